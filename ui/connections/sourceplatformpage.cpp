#include "connections/sourceplatformpage.h"

#include "connections/addsourcewizard.h"
#include "connections/sourcesmodel.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace Tidings::Ui {

using namespace Qt::StringLiterals;

namespace {

constexpr int TypeIndexRole = Qt::UserRole + 1;
constexpr int SummaryRole = Qt::UserRole + 2;
constexpr int SearchTextRole = Qt::UserRole + 3;

// Two lines per platform: its name in bold, and what arrives from it in the secondary colour.
class PlatformDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem background = option;
        initStyleOption(&background, index);
        background.text.clear();
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

        const bool selected = option.state & QStyle::State_Selected;
        const QPalette::ColorGroup group = option.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
        const QRect area =
            option.rect.adjusted(padding(option), padding(option) / 2, -padding(option), -padding(option) / 2);
        QFont bold = option.font;
        bold.setBold(true);
        const QFontMetrics boldMetrics(bold);
        const QFontMetrics metrics(option.font);

        painter->save();
        painter->setFont(bold);
        painter->setPen(option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
        const QRect nameRect(area.left(), area.top(), area.width(), boldMetrics.height());
        painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                          boldMetrics.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, area.width()));
        painter->setFont(option.font);
        QColor summaryColor = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
        if (!selected) {
            summaryColor.setAlphaF(0.7f);
        }
        painter->setPen(summaryColor);
        const QRect summaryRect(area.left(), nameRect.bottom() + 2, area.width(), metrics.height());
        painter->drawText(summaryRect, Qt::AlignLeft | Qt::AlignVCenter,
                          metrics.elidedText(index.data(SummaryRole).toString(), Qt::ElideRight, area.width()));
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        QFont bold = option.font;
        bold.setBold(true);
        const int height = QFontMetrics(bold).height() + 2 + QFontMetrics(option.font).height() + padding(option);
        return {QFontMetrics(option.font).averageCharWidth() * 40, height};
    }

private:
    static int padding(const QStyleOptionViewItem &option) { return QFontMetrics(option.font).height(); }
};

} // namespace

SourcePlatformPage::SourcePlatformPage(AddSourceWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_search(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_noMatch(new QLabel(this))
{
    setObjectName(u"sourcePlatformPage"_s);
    setTitle(tr("Where do your orders come from?"));
    setSubTitle(tr("Choose the shop or system that will tell Tidings about new orders and shipments."));

    m_search->setObjectName(u"platformSearch"_s);
    m_search->setPlaceholderText(tr("Type a name, e.g. Shopify"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    auto *searchLabel = new QLabel(tr("&Find:"), this);
    searchLabel->setBuddy(m_search);

    m_list->setObjectName(u"platformList"_s);
    m_list->setAccessibleName(tr("Platforms"));
    m_list->setItemDelegate(new PlatformDelegate(m_list));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setUniformItemSizes(true);
    m_list->setAlternatingRowColors(false);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->installEventFilter(this);
    const QList<SourceTypeInfo> &types = wizard->types();
    for (int i = 0; i < types.size(); ++i) {
        const SourceTypeInfo &type = types.at(i);
        const QString name = SourcesModel::listName(type);
        const QString summary = type.poll ? tr("Works behind any router: Tidings asks %1 every few minutes. %2")
                                                .arg(type.displayName, type.summary)
                                          : type.summary;
        auto *item = new QListWidgetItem(name, m_list);
        item->setData(TypeIndexRole, i);
        item->setData(SummaryRole, summary);
        item->setData(SearchTextRole, QString(name + u' ' + summary + u' ' + type.type + u' ' + type.preset +
                                              (type.poll ? tr(" poll polling api") : QString())));
        item->setToolTip(summary);
        item->setData(Qt::AccessibleTextRole, QString(name + u". "_s + summary));
    }
    auto *listLabel = new QLabel(tr("&Platform:"), this);
    listLabel->setBuddy(m_list);

    m_noMatch->setObjectName(u"platformNoMatch"_s);
    m_noMatch->setWordWrap(true);
    m_noMatch->hide();

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(searchRow);
    layout->addSpacing(4);
    layout->addWidget(listLabel);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_noMatch);

    connect(m_search, &QLineEdit::textChanged, this, &SourcePlatformPage::applyFilter);
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        const QListWidgetItem *item = m_list->currentItem();
        m_wizard->selectType(item && !item->isHidden() ? item->data(TypeIndexRole).toInt() : -1);
        emit completeChanged();
    });
    connect(m_list, &QListWidget::itemActivated, this, [this] { m_wizard->next(); });
}

SourcePlatformPage::~SourcePlatformPage() = default;

void SourcePlatformPage::initializePage()
{
    if (!m_list->currentItem() && m_list->count() > 0) {
        m_list->setCurrentRow(0);
    }
    m_search->setFocus();
}

bool SourcePlatformPage::isComplete() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item && !item->isHidden() && item->isSelected();
}

bool SourcePlatformPage::validatePage()
{
    return isComplete();
}

bool SourcePlatformPage::selectPlatform(const QString &displayName)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->text() == displayName && !m_list->item(row)->isHidden()) {
            m_list->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

void SourcePlatformPage::applyFilter(const QString &text)
{
    const QStringList words = text.simplified().split(u' ', Qt::SkipEmptyParts);
    int firstVisible = -1;
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        const QString haystack = item->data(SearchTextRole).toString();
        const bool match = std::all_of(words.cbegin(), words.cend(), [&haystack](const QString &word) {
            return haystack.contains(word, Qt::CaseInsensitive);
        });
        item->setHidden(!match);
        if (match && firstVisible < 0) {
            firstVisible = row;
        }
    }
    const QListWidgetItem *current = m_list->currentItem();
    if (!current || current->isHidden()) {
        if (firstVisible >= 0) {
            m_list->setCurrentRow(firstVisible);
        } else {
            m_list->setCurrentItem(nullptr);
            m_wizard->selectType(-1);
        }
    }
    m_noMatch->setVisible(firstVisible < 0);
    m_noMatch->setText(tr("No platform matches \"%1\". If yours is not listed, Tidings cannot receive from it yet.")
                           .arg(text.simplified()));
    emit completeChanged();
}

bool SourcePlatformPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (watched == m_search && (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up)) {
            // From the search field straight into the list, keeping the highlighted platform.
            m_list->setFocus(Qt::OtherFocusReason);
            return true;
        }
        if (watched == m_search && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
            if (isComplete()) {
                m_wizard->next();
            }
            return true;
        }
    }
    return QWizardPage::eventFilter(watched, event);
}

} // namespace Tidings::Ui
