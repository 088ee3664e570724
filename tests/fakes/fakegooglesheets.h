#pragma once

#include "fakes/fakeplatformserver.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Tidings::Test {

class FakeOAuth2Server;

// A loopback Google Sheets API v4 holding one spreadsheet with one range. Checks
// GET /v4/spreadsheets/{spreadsheetId}/values/{range} (the range percent-decoded), majorDimension=ROWS,
// valueRenderOption=FORMATTED_VALUE (what Tidings asks for) and a valid dateTimeRenderOption when sent,
// and the credential: ?key= (only for a sheet shared with anyone with the link) or Authorization: Bearer
// with a token the given FakeOAuth2Server issued. Violations answer as Google does: {"error": {code,
// message, status, details}} with 400 (API_KEY_INVALID, unparsable range), 401 UNAUTHENTICATED, 403
// PERMISSION_DENIED or 404 NOT_FOUND. Serves {range, majorDimension, values} with trailing empty cells and
// rows left out (no "values" when empty), and a Date header.
class FakeGoogleSheets final : public FakePlatformServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeGoogleSheets)

public:
    FakeGoogleSheets(QString spreadsheetId, QString range, QObject *parent = nullptr);

    // Accept ?key=<key>; `shared` false answers 403 as for a sheet not shared with anyone with the link.
    void setApiKey(const QString &key, bool shared = true)
    {
        m_apiKey = key;
        m_shared = shared;
    }

    // Accept bearer tokens this server issued.
    void setTokens(const FakeOAuth2Server *tokens) { m_tokens = tokens; }

    // The whole range, first row the header. Rows may be shorter than the header.
    void setValues(const QList<QStringList> &values) { m_values = values; }

    QList<QStringList> &values() { return m_values; }

    // Sets one cell of the row whose first cell is `orderId` (row and column must exist in the header).
    void setCell(const QString &orderId, const QString &header, const QString &value);

    // The Date header of the answers (default: the time of the answer).
    void setDate(const QDateTime &date) { m_date = date; }

protected:
    std::optional<Response> violation(const Request &request) const override;
    Response serve(const Request &request) override;

private:
    QString m_spreadsheetId;
    QString m_range;
    QString m_apiKey;
    bool m_shared = true;
    const FakeOAuth2Server *m_tokens = nullptr;
    QList<QStringList> m_values;
    QDateTime m_date;
};

} // namespace Tidings::Test
