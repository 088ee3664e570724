#include "connections/sourcedetailspage.h"

#include "connections/addsourcewizard.h"
#include "engine.h"
#include "sources/sourceid.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace Tidings::Ui {

using namespace Qt::StringLiterals;

namespace {

QLabel *helpLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setForegroundRole(QPalette::PlaceholderText);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 0.92);
    label->setFont(font);
    return label;
}

// A field with its help text right under it, as one cell of the form.
QWidget *withHelp(QWidget *field, QLabel *help, QWidget *parent)
{
    auto *cell = new QWidget(parent);
    auto *layout = new QVBoxLayout(cell);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    field->setParent(cell);
    help->setParent(cell);
    layout->addWidget(field);
    layout->addWidget(help);
    return cell;
}

} // namespace

SourceDetailsPage::SourceDetailsPage(AddSourceWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_form(new QFormLayout)
    , m_name(new QLineEdit(this))
    , m_id(new QLineEdit(this))
    , m_idHint(helpLabel({}, this))
    , m_problem(new QLabel(this))
{
    setObjectName(u"sourceDetailsPage"_s);

    m_name->setObjectName(u"sourceName"_s);
    m_name->setPlaceholderText(tr("e.g. Juniper & Pine web shop"));
    m_name->setMaxLength(100);
    auto *nameLabel = new QLabel(tr("&Name:"), this);
    nameLabel->setBuddy(m_name);

    m_id->setObjectName(u"sourceId"_s);
    m_id->setMaxLength(int(MaxSourceIdLength));
    m_id->setValidator(new QRegularExpressionValidator(
        QRegularExpression(u"[a-z0-9][a-z0-9-]{0,%1}"_s.arg(MaxSourceIdLength - 1)), m_id));
    auto *idLabel = new QLabel(tr("&Id:"), this);
    idLabel->setBuddy(m_id);
    m_idHint->setObjectName(u"sourceIdHint"_s);

    m_problem->setObjectName(u"sourceDetailsProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    QPalette problemPalette = m_problem->palette();
    problemPalette.setColor(QPalette::WindowText, QColor(0xc0, 0x39, 0x2b));
    m_problem->setPalette(problemPalette);
    m_problem->hide();

    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_form->addRow(nameLabel, m_name);
    m_form->addRow(idLabel, withHelp(m_id, m_idHint, this));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addSpacing(8);
    layout->addWidget(m_problem);
    layout->addStretch(1);

    connect(m_name, &QLineEdit::textEdited, this, &SourceDetailsPage::onNameEdited);
    connect(m_id, &QLineEdit::textEdited, this, [this](const QString &id) {
        // An emptied id follows the name again.
        m_idEdited = !id.isEmpty();
        if (!m_idEdited) {
            onNameEdited(m_name->text());
        }
        updateIdHint();
    });
    connect(m_id, &QLineEdit::textChanged, this, &SourceDetailsPage::updateIdHint);
    for (QLineEdit *field : {m_name, m_id}) {
        connect(field, &QLineEdit::textEdited, m_problem, &QWidget::hide);
    }
}

SourceDetailsPage::~SourceDetailsPage() = default;

void SourceDetailsPage::initializePage()
{
    const SourceTypeInfo *type = m_wizard->selectedType();
    const QString platform = type ? type->displayName : QString();
    setTitle(m_wizard->isEditing() ? tr("Edit %1").arg(m_wizard->existingSource().name)
                                   : tr("Name your %1 connection").arg(platform));
    const bool poll = type && type->poll;
    if (poll) {
        setSubTitle(m_wizard->isEditing()
                        ? tr("Change its name or settings. The id stays.")
                        : tr("The name is for you; then where %1 is and how often to check it.").arg(platform));
    } else {
        setSubTitle(m_wizard->isEditing() ? tr("Change its name or settings. The id stays: it is part of the "
                                               "address %1 already sends to.")
                                                .arg(platform)
                                          : tr("The name is for you; the id becomes part of the webhook address."));
    }
    if (m_wizard->isEditing() && m_builtForType.isNull()) {
        const SourceConfig &existing = m_wizard->existingSource();
        m_name->setText(existing.name);
        m_id->setText(existing.id);
        m_id->setReadOnly(true);
        m_idEdited = true;
    }
    rebuildOptions();
    m_problem->hide();
    updateIdHint();
    m_name->setFocus();
}

void SourceDetailsPage::rebuildOptions()
{
    const SourceTypeInfo *type = m_wizard->selectedType();
    const QString key = type ? type->type + u'/' + type->preset + (type->poll ? u"/poll"_s : QString()) : QString();
    if (key == m_builtForType) {
        return;
    }
    m_builtForType = key;
    // Another platform: its own settings, with the values typed for one platform not carried to the next.
    for (QWidget *widget : std::as_const(m_optionWidgets)) {
        m_form->removeRow(widget); // deletes the row's label and field
    }
    m_optionWidgets.clear();
    m_options.clear();
    m_backfillNotify = nullptr;
    if (!type) {
        return;
    }
    QWidget *previous = m_id;
    for (const SourceOptionInfo &option : type->options) {
        auto *field = new QLineEdit(this);
        field->setObjectName(u"option_"_s + option.key);
        field->setPlaceholderText(option.placeholder);
        field->setAccessibleName(option.label);
        if (m_wizard->isEditing()) {
            field->setText(m_wizard->existingSource().options.value(option.key).toString());
        }
        connect(field, &QLineEdit::textEdited, m_problem, &QWidget::hide);
        auto *label =
            new QLabel(option.required ? tr("%1 (required):").arg(option.label) : tr("%1:").arg(option.label), this);
        label->setBuddy(field);
        label->setWordWrap(true);
        QLabel *help = helpLabel(option.help, this);
        help->setVisible(!option.help.isEmpty());
        QWidget *cell = withHelp(field, help, this);
        m_form->addRow(label, cell);
        m_optionWidgets.append(cell);
        m_options.insert(option.key, field);
        setTabOrder(previous, field);
        previous = field;
    }
    if (type->poll) {
        m_backfillNotify = new QCheckBox(tr("Also &write to customers about what the first check finds"), this);
        m_backfillNotify->setObjectName(u"option_backfillNotify"_s);
        m_backfillNotify->setToolTip(tr("Leave this off when the shop has been sending its own messages until "
                                        "now, so nobody hears twice about the same order."));
        if (m_wizard->isEditing()) {
            const QJsonValue value = m_wizard->existingSource().options.value("backfillNotify"_L1);
            m_backfillNotify->setChecked(value.toBool() || value.toString() == "true"_L1);
        }
        m_form->addRow(QString(), m_backfillNotify);
        m_optionWidgets.append(m_backfillNotify);
        setTabOrder(previous, m_backfillNotify);
    }
}

void SourceDetailsPage::onNameEdited(const QString &name)
{
    if (m_idEdited || m_wizard->isEditing()) {
        return;
    }
    QString base = sourceIdFromName(name);
    m_id->setText(base.isEmpty() ? QString() : uniqueSourceId(base, m_wizard->takenIds()));
}

void SourceDetailsPage::updateIdHint()
{
    const QString id = m_id->text();
    if (m_wizard->isEditing()) {
        m_idHint->setText(tr("The id cannot change: it is part of the webhook address."));
    } else if (id.isEmpty()) {
        m_idHint->setText(tr("Lower-case letters a-z, digits and dashes. Made from the name unless you change it."));
    } else if (m_wizard->takenIds().contains(id)) {
        m_idHint->setText(tr("Another connection already uses \"%1\".").arg(id));
    } else if (const SourceTypeInfo *type = m_wizard->selectedType(); type && type->poll) {
        m_idHint->setText(tr("Tidings knows the connection by this id; it cannot change later."));
    } else {
        m_idHint->setText(tr("Webhook address ends in /webhooks/%1").arg(id));
    }
}

bool SourceDetailsPage::validatePage()
{
    const SourceTypeInfo *type = m_wizard->selectedType();
    if (m_name->text().trimmed().isEmpty()) {
        showProblem(tr("Give the connection a name, so you can tell it apart in the Monitor."), m_name);
        return false;
    }
    const QString id = m_id->text();
    if (!m_wizard->isEditing()) {
        if (!isValidSourceId(id)) {
            showProblem(tr("Give the connection an id of lower-case letters a-z, digits and dashes, starting with a "
                           "letter or a digit."),
                        m_id);
            return false;
        }
        if (m_wizard->takenIds().contains(id)) {
            showProblem(tr("Another connection already uses the id \"%1\". Choose another id.").arg(id), m_id);
            return false;
        }
    }
    if (type) {
        for (const SourceOptionInfo &option : type->options) {
            QLineEdit *field = m_options.value(option.key);
            if (option.required && field && field->text().trimmed().isEmpty()) {
                showProblem(tr("Fill in \"%1\": %2 needs it.").arg(option.label, type->displayName), field);
                return false;
            }
        }
    }
    m_problem->hide();
    return true;
}

void SourceDetailsPage::fill(SourceConfig &source) const
{
    source.name = m_name->text().trimmed();
    source.id = m_id->text();
    for (auto it = m_options.constBegin(); it != m_options.constEnd(); ++it) {
        const QString value = it.value()->text().trimmed();
        if (value.isEmpty()) {
            source.options.remove(it.key());
        } else {
            source.options.insert(it.key(), value);
        }
    }
    if (m_backfillNotify) {
        source.options.insert(u"backfillNotify"_s, m_backfillNotify->isChecked());
    }
}

QString SourceDetailsPage::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void SourceDetailsPage::showProblem(const QString &text, QWidget *field)
{
    m_problem->setText(text);
    m_problem->show();
    field->setFocus(Qt::OtherFocusReason);
}

} // namespace Tidings::Ui
