#pragma once

#include "store/monitorqueries.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTextBrowser;

namespace Tidings::Ui {

// The Monitor's details pane: what an event was, what Tidings did about it (each notification and
// each delivery attempt with the provider's answer), and the payload and headers as received.
class EventDetailsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventDetailsView)

public:
    explicit EventDetailsView(QWidget *parent = nullptr);
    ~EventDetailsView() override;

    // Shows `details`. Showing the same event again keeps the reader's scroll positions.
    void setDetails(const EventDetails &details);
    // Shows a sentence instead of an event (nothing selected, or the event could not be read).
    void showPlaceholder(const QString &text);

    // The event shown, or 0.
    qint64 eventId() const { return m_eventId; }

    // Moves keyboard focus into the pane.
    void focusDetails();

    // The payload as the pane shows it: JSON indented, other text as is, capped in size.
    static QString prettyPayload(const QByteArray &body);
    static QString prettyHeaders(const QByteArray &headersJson);
    // The locale's short date and time with seconds (attempts are often seconds apart), in local time.
    static QString timeText(const QDateTime &utc);
    // What came of a delivery attempt, in the owner's words.
    static QString outcomeText(AttemptOutcome outcome);

    QSplitter *splitter() const { return m_splitter; }

private:
    QString notificationsHtml(const EventDetails &details) const;

    qint64 m_eventId = 0;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_content = nullptr;
    QLabel *m_placeholder = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QTextBrowser *m_messages = nullptr;
    QTabWidget *m_tabs = nullptr;
    QPlainTextEdit *m_payload = nullptr;
    QPlainTextEdit *m_headers = nullptr;
    QSplitter *m_splitter = nullptr;
};

} // namespace Tidings::Ui
