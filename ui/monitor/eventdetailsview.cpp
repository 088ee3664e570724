#include "monitor/eventdetailsview.h"

#include <QFontDatabase>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Tidings::Ui {

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype MaxPayloadShown = 512 * 1024;

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

QString EventDetailsView::timeText(const QDateTime &utc)
{
    if (!utc.isValid()) {
        return {};
    }
    const QLocale locale;
    QString format = locale.dateTimeFormat(QLocale::ShortFormat);
    if (!format.contains(u's')) {
        format.replace(u"mm"_s, u"mm:ss"_s);
    }
    return locale.toString(utc.toLocalTime(), format);
}

QString EventDetailsView::outcomeText(AttemptOutcome outcome)
{
    switch (outcome) {
    case AttemptOutcome::Accepted:
        return EventDetailsView::tr("Accepted");
    case AttemptOutcome::Retrying:
        return EventDetailsView::tr("Failed, will try again");
    case AttemptOutcome::Failed:
        return EventDetailsView::tr("Failed");
    case AttemptOutcome::Interrupted:
        return EventDetailsView::tr("Interrupted (Tidings stopped while sending)");
    case AttemptOutcome::Held:
        return EventDetailsView::tr("Waiting for the account to be signed in again");
    case AttemptOutcome::QuietHours:
        return EventDetailsView::tr("Held for quiet hours");
    }
    return {};
}

namespace {

QString stateColor(NotificationState state)
{
    switch (state) {
    case NotificationState::Failed:
        return u"#d93025"_s;
    case NotificationState::Sent:
        return u"#1e8e3e"_s;
    case NotificationState::Sending:
        return u"#1a73e8"_s;
    case NotificationState::Queued:
        return u"#b27500"_s;
    case NotificationState::Cancelled:
        return u"#80868b"_s;
    case NotificationState::Uncertain:
        return u"#c25e00"_s;
    }
    return {};
}

QPlainTextEdit *makeTextView(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setReadOnly(true);
    edit->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    edit->setFocusPolicy(Qt::StrongFocus);
    edit->setTabChangesFocus(true);
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return edit;
}

} // namespace

EventDetailsView::EventDetailsView(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(this))
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_messages(new QTextBrowser(this))
    , m_tabs(new QTabWidget(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
{
    setObjectName(u"detailsPane"_s);
    setAccessibleName(tr("Event details"));

    m_placeholder->setObjectName(u"detailsPlaceholder"_s);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_placeholder->setMargin(24);

    m_title->setObjectName(u"detailsSummary"_s);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);

    m_subtitle->setObjectName(u"detailsSubtitle"_s);
    m_subtitle->setWordWrap(true);
    m_subtitle->setTextFormat(Qt::PlainText);
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);

    m_messages->setObjectName(u"detailsMessages"_s);
    m_messages->setAccessibleName(tr("Messages and delivery attempts"));
    m_messages->setOpenLinks(false);
    m_messages->setTabChangesFocus(true);

    m_payload = makeTextView(u"detailsPayload"_s, tr("Payload as received"), this);
    m_headers = makeTextView(u"detailsHeaders"_s, tr("Request headers"), this);
    m_tabs->setObjectName(u"detailsTabs"_s);
    m_tabs->addTab(m_payload, tr("Payload"));
    m_tabs->addTab(m_headers, tr("Headers"));
    m_tabs->setDocumentMode(true);

    m_splitter->setObjectName(u"detailsSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_messages);
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(4, 6, 0, 0);
    contentLayout->setSpacing(2);
    contentLayout->addWidget(m_title);
    contentLayout->addWidget(m_subtitle);
    contentLayout->addSpacing(4);
    contentLayout->addWidget(m_splitter, 1);
    m_content = content;

    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_content);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    setTabOrder(m_messages, m_tabs);
    setTabOrder(m_tabs, m_payload);
    setTabOrder(m_payload, m_headers);

    showPlaceholder(tr("Select an event to see what Tidings did about it."));
}

EventDetailsView::~EventDetailsView() = default;

void EventDetailsView::showPlaceholder(const QString &text)
{
    m_eventId = 0;
    m_placeholder->setText(text);
    m_stack->setCurrentWidget(m_placeholder);
}

void EventDetailsView::focusDetails()
{
    if (m_stack->currentWidget() == m_content) {
        m_messages->setFocus(Qt::ShortcutFocusReason);
    }
}

void EventDetailsView::setDetails(const EventDetails &details)
{
    const bool sameEvent = details.row.eventId == m_eventId;
    m_eventId = details.row.eventId;
    const MonitorRow &row = details.row;

    m_title->setText(row.summary.isEmpty() ? row.topic : row.summary);
    QStringList facts;
    if (!row.orderNumber.isEmpty()) {
        facts.append(tr("Order %1").arg(row.orderNumber));
    }
    if (!row.customer.isEmpty()) {
        facts.append(row.customer);
    }
    facts.append(tr("received %1").arg(timeText(row.receivedAt)));
    facts.append(tr("from %1 (%2)").arg(row.sourceId, row.topic));
    m_subtitle->setText(facts.join(u" · "_s));

    const int messagesScroll = m_messages->verticalScrollBar()->value();
    m_messages->setHtml(notificationsHtml(details));
    if (sameEvent) {
        m_messages->verticalScrollBar()->setValue(messagesScroll);
    } else {
        // The payload never changes; only a different event replaces it (and resets its scrolling).
        m_payload->setPlainText(prettyPayload(details.body));
        m_headers->setPlainText(prettyHeaders(details.headersJson));
    }
    m_stack->setCurrentWidget(m_content);
}

QString EventDetailsView::notificationsHtml(const EventDetails &details) const
{
    const QString dim = palette().color(QPalette::PlaceholderText).name();
    QString html;
    if (details.notifications.isEmpty()) {
        html += u"<p>"_s +
                esc(details.row.duplicate
                        ? tr("Tidings had already received this event (the same delivery, or a status the order "
                             "had already reached), so it sent nothing again.")
                        : tr("No rule asks for a message about this event, so nothing was sent.")) +
                u"</p>"_s;
        return html;
    }
    for (const Notification &n : details.notifications) {
        const QString to = n.recipientName.isEmpty() ? n.recipient : tr("%1 <%2>").arg(n.recipientName, n.recipient);
        html += u"<h4 style='margin-top:10px; margin-bottom:2px'>"_s + esc(tr("“%1” to %2").arg(n.templateId, to)) +
                u"</h4>"_s;
        html += u"<p style='margin-top:0; margin-bottom:2px'><span style='color:%1; font-weight:600'>"_s.arg(
                    stateColor(n.state)) +
                esc(displayName(n.state)) + u"</span> <span style='color:%1'>· "_s.arg(dim) +
                esc(tr("via %1").arg(n.channelId));
        if (n.state == NotificationState::Queued && n.dueAt.isValid()) {
            html += u" · "_s + esc(tr("next try %1").arg(timeText(n.dueAt)));
        }
        if (!n.providerMessageId.isEmpty()) {
            html += u" · "_s + esc(tr("provider id %1").arg(n.providerMessageId));
        }
        if (n.resendOf > 0) {
            html += u" · "_s + esc(tr("resent by you"));
        }
        html += u"</span></p>"_s;
        if (!n.lastError.isEmpty()) {
            html += u"<p style='margin-top:2px; margin-bottom:2px'><b>"_s + esc(tr("What went wrong:")) + u"</b> "_s +
                    esc(n.lastError) + u"</p>"_s;
        }

        const QList<DeliveryAttempt> attempts = details.attempts.value(n.id);
        if (attempts.isEmpty()) {
            html += u"<p style='margin-top:2px; color:%1'>"_s.arg(dim) + esc(tr("Not tried yet.")) + u"</p>"_s;
            continue;
        }
        html += u"<table cellspacing='0' cellpadding='3' width='100%' style='margin-top:4px'>"_s;
        for (const DeliveryAttempt &a : attempts) {
            QStringList line{tr("Attempt %1").arg(a.number), timeText(a.startedAt), outcomeText(a.outcome)};
            if (a.httpStatus > 0) {
                line.append(tr("HTTP %1").arg(a.httpStatus));
            } else if (a.outcome != AttemptOutcome::Accepted) {
                line.append(tr("no answer"));
            }
            if (a.finishedAt.isValid() && a.startedAt.isValid()) {
                line.append(tr("%1 ms").arg(a.startedAt.msecsTo(a.finishedAt)));
            }
            html += u"<tr><td style='border-top:1px solid %1'>"_s.arg(dim) + esc(line.join(u" · "_s));
            if (!a.message.isEmpty()) {
                html += u"<br>"_s + esc(a.message);
            }
            if (!a.providerMessageId.isEmpty()) {
                html += u"<br><span style='color:%1'>"_s.arg(dim) + esc(tr("Provider message id:")) +
                        u"</span> <code>"_s + esc(a.providerMessageId) + u"</code>"_s;
            }
            if (!a.providerAnswer.isEmpty()) {
                html += u"<br><span style='color:%1'>"_s.arg(dim) + esc(tr("Provider's answer:")) +
                        u"</span> <code>"_s + esc(a.providerAnswer) + u"</code>"_s;
            }
            html += u"</td></tr>"_s;
        }
        html += u"</table>"_s;
    }
    return html;
}

QString EventDetailsView::prettyPayload(const QByteArray &body)
{
    if (body.isEmpty()) {
        return tr("(empty body)");
    }
    if (body.size() <= MaxPayloadShown) {
        QJsonParseError error;
        const QJsonDocument json = QJsonDocument::fromJson(body, &error);
        if (error.error == QJsonParseError::NoError && !json.isNull()) {
            return QString::fromUtf8(json.toJson(QJsonDocument::Indented)).trimmed();
        }
        return QString::fromUtf8(body);
    }
    return QString::fromUtf8(body.left(MaxPayloadShown)) +
           tr("\n\n(Only the first %1 KiB of %2 KiB are shown.)").arg(MaxPayloadShown / 1024).arg(body.size() / 1024);
}

QString EventDetailsView::prettyHeaders(const QByteArray &headersJson)
{
    const QJsonDocument json = QJsonDocument::fromJson(headersJson);
    if (!json.isObject()) {
        return QString::fromUtf8(headersJson);
    }
    const QJsonObject headers = json.object();
    QStringList lines;
    for (auto it = headers.constBegin(); it != headers.constEnd(); ++it) {
        QString value;
        if (it->isArray()) {
            QStringList parts;
            for (const QJsonValue &part : it->toArray()) {
                parts.append(part.toVariant().toString());
            }
            value = parts.join(u", "_s);
        } else {
            value = it->toVariant().toString();
        }
        lines.append(it.key() + u": "_s + value);
    }
    return lines.isEmpty() ? tr("(no headers)") : lines.join(u'\n');
}

} // namespace Tidings::Ui
