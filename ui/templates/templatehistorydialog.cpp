#include "templates/templatehistorydialog.h"

#include "widgets/dialogparts.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTextBlock>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Tidings::Ui {

namespace {

// Whole lines, in colours that read on light and dark themes alike (the text keeps the palette's colour).
QList<QTextEdit::ExtraSelection> highlight(QPlainTextEdit *view, const QList<int> &lines, const QColor &colour)
{
    QList<QTextEdit::ExtraSelection> selections;
    for (int line : lines) {
        const QTextBlock block = view->document()->findBlockByNumber(line);
        if (!block.isValid()) {
            continue;
        }
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(block);
        selection.format.setBackground(colour);
        selection.format.setProperty(QTextFormat::FullWidthSelection, true);
        selections.append(selection);
    }
    return selections;
}

} // namespace

TemplateHistoryDialog::TemplateHistoryDialog(const QString &templateName, const QList<HistoryVersion> &versions,
                                             Restore restore, QWidget *parent)
    : QDialog(parent)
    , m_versions(versions)
    , m_restoreVersion(std::move(restore))
{
    setObjectName(u"templateHistoryDialog"_s);
    setWindowTitle(tr("History of \"%1\"").arg(templateName));

    m_list = new QListWidget(this);
    m_list->setObjectName(u"historyVersionList"_s);
    m_list->setMaximumHeight(fontMetrics().lineSpacing() * 8); // the comparison below gets the room
    for (int i = 0; i < versions.size(); ++i) {
        auto *item = new QListWidgetItem(labelFor(versions.at(i), int(versions.size() - i)), m_list);
        item->setData(Qt::UserRole, versions.at(i).id);
    }
    auto *listLabel = new QLabel(tr("&Versions, newest first:"), this);
    listLabel->setBuddy(m_list);
    m_restore = new QPushButton(tr("&Restore as Draft"), this);
    m_restore->setObjectName(u"historyRestoreButton"_s);
    m_restore->setToolTip(tr("Puts this version's text in the editor as a draft. Customers keep getting the live "
                             "version until you publish."));
    m_restore->setEnabled(false);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) { m_restore->setEnabled(row >= 0); });
    connect(m_list, &QListWidget::itemActivated, this, &TemplateHistoryDialog::restoreSelected);
    connect(m_restore, &QPushButton::clicked, this, &TemplateHistoryDialog::restoreSelected);

    m_leftBox = new QComboBox(this);
    m_leftBox->setObjectName(u"historyLeftBox"_s);
    m_rightBox = new QComboBox(this);
    m_rightBox->setObjectName(u"historyRightBox"_s);
    for (QComboBox *box : {m_leftBox, m_rightBox}) {
        for (int i = 0; i < m_list->count(); ++i) {
            box->addItem(m_list->item(i)->text());
        }
    }
    m_partBox = new QComboBox(this);
    m_partBox->setObjectName(u"historyPartBox"_s);
    m_partBox->addItem(tr("Subject"), QVariant::fromValue(Part::Subject));
    m_partBox->addItem(tr("HTML"), QVariant::fromValue(Part::Html));
    m_partBox->addItem(tr("Plain text"), QVariant::fromValue(Part::Text));
    m_partBox->setCurrentIndex(1);
    auto *compareRow = new QHBoxLayout;
    auto *compareLabel = new QLabel(tr("&Compare:"), this);
    compareLabel->setBuddy(m_leftBox);
    compareRow->addWidget(compareLabel);
    compareRow->addWidget(m_leftBox, 1);
    auto *withLabel = new QLabel(tr("wit&h:"), this);
    withLabel->setBuddy(m_rightBox);
    compareRow->addWidget(withLabel);
    compareRow->addWidget(m_rightBox, 1);
    auto *partLabel = new QLabel(tr("&Part:"), this);
    partLabel->setBuddy(m_partBox);
    compareRow->addWidget(partLabel);
    compareRow->addWidget(m_partBox);

    m_left = new QPlainTextEdit(this);
    m_left->setObjectName(u"historyLeftView"_s);
    m_left->setAccessibleName(tr("Older version"));
    m_right = new QPlainTextEdit(this);
    m_right->setObjectName(u"historyRightView"_s);
    m_right->setAccessibleName(tr("Newer version"));
    for (QPlainTextEdit *view : {m_left, m_right}) {
        view->setReadOnly(true);
        view->setLineWrapMode(QPlainTextEdit::NoWrap);
        view->setTabChangesFocus(true);
    }
    auto *sides = new QSplitter(Qt::Horizontal, this);
    sides->addWidget(m_left);
    sides->addWidget(m_right);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"historySummary"_s);

    m_problem = makeProblemLabel(u"historyProblem"_s, this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *top = new QHBoxLayout;
    auto *listColumn = new QVBoxLayout;
    listColumn->addWidget(listLabel);
    listColumn->addWidget(m_list, 1);
    listColumn->addWidget(m_restore, 0, Qt::AlignLeft);
    top->addLayout(listColumn);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(compareRow);
    layout->addWidget(sides, 3);
    layout->addWidget(m_summary);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    if (versions.isEmpty()) {
        m_summary->setText(tr("This template has not been published yet: there is no history to show."));
    } else {
        m_list->setCurrentRow(0);
        m_rightBox->setCurrentIndex(0);                                         // the newest
        m_leftBox->setCurrentIndex(std::min<int>(1, int(versions.size()) - 1)); // the one before it
    }
    for (QComboBox *box : {m_leftBox, m_rightBox, m_partBox}) {
        connect(box, &QComboBox::currentIndexChanged, this, &TemplateHistoryDialog::updateComparison);
    }
    updateComparison();
    resize(fontMetrics().averageCharWidth() * 150, fontMetrics().lineSpacing() * 40);
}

TemplateHistoryDialog::~TemplateHistoryDialog() = default;

QString TemplateHistoryDialog::labelFor(const HistoryVersion &version, int number)
{
    const QLocale locale;
    const QDateTime when = (version.publishedAt.isValid() ? version.publishedAt : version.createdAt).toLocalTime();
    QString label = tr("Version %1 — published %2").arg(number).arg(locale.toString(when, QLocale::ShortFormat));
    if (version.live) {
        label += u' ' + tr("(live)");
    }
    return label;
}

QString TemplateHistoryDialog::partOf(const MessageTemplate &content, Part part)
{
    switch (part) {
    case Part::Subject:
        return content.subject;
    case Part::Html:
        return content.html;
    case Part::Text:
        return content.text;
    }
    return {};
}

void TemplateHistoryDialog::updateComparison()
{
    const int leftIndex = m_leftBox->currentIndex();
    const int rightIndex = m_rightBox->currentIndex();
    if (leftIndex < 0 || rightIndex < 0) {
        m_left->clear();
        m_right->clear();
        m_diff = {};
        return;
    }
    const Part part = m_partBox->currentData().value<Part>();
    const QString left = partOf(m_versions.at(leftIndex).content, part);
    const QString right = partOf(m_versions.at(rightIndex).content, part);
    m_left->setPlainText(left);
    m_right->setPlainText(right);
    m_diff = diffLines(left, right);
    m_left->setExtraSelections(highlight(m_left, m_diff.removedLines, QColor(0xf4, 0x43, 0x36, 70)));
    m_right->setExtraSelections(highlight(m_right, m_diff.addedLines, QColor(0x4c, 0xaf, 0x50, 70)));
    m_summary->setText(
        m_diff.isEmpty()
            ? tr("No differences in this part.")
            : tr("%1; %2.").arg(tr("%n line(s) only on the left", nullptr, int(m_diff.removedLines.size())),
                                tr("%n line(s) only on the right", nullptr, int(m_diff.addedLines.size()))));
}

void TemplateHistoryDialog::restoreSelected()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item || !m_restoreVersion) {
        return;
    }
    const qint64 id = item->data(Qt::UserRole).toLongLong();
    if (const Status restored = m_restoreVersion(id); !restored) {
        m_problem->setText(restored.error().message);
        m_problem->show();
        return;
    }
    m_restoredId = id;
    accept();
}

} // namespace Tidings::Ui
