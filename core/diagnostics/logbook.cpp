#include "diagnostics/logbook.h"

#include <QAtomicPointer>
#include <QCoreApplication>
#include <QDir>
#include <QMutexLocker>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Tidings {

namespace {

QAtomicPointer<LogBook> s_current;
QtMessageHandler s_previous = nullptr;
// A message logged while recording one (QFile warns, say) goes to the previous handler only.
thread_local bool t_recording = false;

const QString Redacted = u"[redacted]"_s;

QString typeName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return u"debug"_s;
    case QtInfoMsg:
        return u"info"_s;
    case QtWarningMsg:
        return u"warning"_s;
    case QtCriticalMsg:
        return u"critical"_s;
    case QtFatalMsg:
        return u"fatal"_s;
    }
    return u"info"_s;
}

void handleMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    LogBook *book = s_current.loadAcquire();
    QString redacted;
    if (book && !t_recording) {
        t_recording = true;
        redacted = book->record(type,
                                context.category && qstrcmp(context.category, "default") != 0
                                    ? QString::fromLatin1(context.category)
                                    : QString(),
                                message);
        t_recording = false;
    } else {
        redacted = redactSecrets(message);
    }
    if (s_previous) {
        s_previous(type, context, redacted);
    }
}

struct Pattern
{
    QRegularExpression expression;
    QString replacement;
};

const QList<Pattern> &patterns()
{
    static const QList<Pattern> list = [] {
        const auto rx = [](const QString &pattern) {
            return QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption);
        };
        // Names of settings that hold secrets, as they appear in forms, URLs, JSON and headers.
        const QString names = u"(?:api[_-]?key|apikey|access[_-]?token|refresh[_-]?token|id[_-]?token|"
                              "client[_-]?secret|secret|password|passwd|token|signature|code_verifier|"
                              "private[_-]?key|auth[_-]?token|x-api-key|x-shopify-access-token|x-postmark-"
                              "server-token)"_s;
        return QList<Pattern>{
            // Authorization: Bearer abc / Basic abc / Klaviyo-API-Key abc
            {rx(u"\\b((?:proxy-)?authorization\\s*[:=]\\s*)(?:[A-Za-z-]+\\s+)?[^\\s,;\"]+"_s), u"\\1"_s + Redacted},
            {rx(u"\\b(bearer)\\s+[A-Za-z0-9._~+/=-]{6,}"_s), u"\\1 "_s + Redacted},
            // "Basic" only before something base64-like, so "basic settings" stays.
            {QRegularExpression(u"\\b(Basic)\\s+(?=[A-Za-z0-9+/]*[0-9+/=])[A-Za-z0-9+/]{8,}={0,2}"_s),
             u"\\1 "_s + Redacted},
            // "password": "abc"  /  password=abc  /  token: abc
            {rx(u"(\"?\\b"_s + names + u"\"?\\s*[:=]\\s*\"?)([^\"&\\s,;}]+)"_s), u"\\1"_s + Redacted},
            // Shapes of provider keys, wherever they stand.
            {rx(u"\\bSG\\.[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{10,}"_s), Redacted},
            {rx(u"\\bxox[abposr]-[A-Za-z0-9-]{10,}"_s), Redacted},
            {rx(u"\\bshp(?:at|ss|ca|pa|ua)_[A-Fa-f0-9]{16,}"_s), Redacted},
            {rx(u"\\bya29\\.[A-Za-z0-9_.-]{10,}"_s), Redacted},
            {rx(u"\\b1//[A-Za-z0-9_-]{20,}"_s), Redacted},
            {rx(u"\\bkey-[a-f0-9]{32}\\b"_s), Redacted},
            {QRegularExpression(u"\\b(?:AKIA|ASIA)[0-9A-Z]{16}\\b"_s), Redacted},
            {rx(u"\\beyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}"_s), Redacted},
        };
    }();
    return list;
}

} // namespace

QString redactSecrets(const QString &text)
{
    QString result = text;
    for (const Pattern &pattern : patterns()) {
        result.replace(pattern.expression, pattern.replacement);
    }
    return result;
}

QString formatLogEntry(const LogEntry &entry)
{
    QString line = entry.at.toLocalTime().toString(u"yyyy-MM-dd hh:mm:ss.zzz"_s) + u' ';
    if (!entry.category.isEmpty()) {
        line += entry.category + u' ';
    }
    return line + typeName(entry.type) + u": "_s + entry.message;
}

LogBook::LogBook(int capacity, QObject *parent)
    : QObject(parent)
    , m_capacity(std::max(1, capacity))
{
    qRegisterMetaType<Tidings::LogEntry>();
}

LogBook::~LogBook()
{
    uninstall();
}

Status LogBook::openFile(const QString &dir, qint64 maxBytes)
{
    if (!QDir().mkpath(dir)) {
        return Error::make(
            ErrorCode::Storage,
            QCoreApplication::translate("Tidings::LogBook", "Tidings could not make the folder for its log: %1")
                .arg(QDir::toNativeSeparators(dir)));
    }
    QMutexLocker lock(&m_mutex);
    m_file.close();
    m_file.setFileName(QDir(dir).filePath(u"tidings.log"_s));
    m_maxBytes = maxBytes;
    if (!m_file.open(QIODevice::Append | QIODevice::Text)) {
        return Error::make(ErrorCode::Storage,
                           QCoreApplication::translate("Tidings::LogBook", "Tidings could not write its log file %1.")
                               .arg(QDir::toNativeSeparators(m_file.fileName())),
                           m_file.errorString());
    }
    return {};
}

QString LogBook::filePath() const
{
    QMutexLocker lock(&m_mutex);
    return m_file.fileName();
}

void LogBook::install()
{
    if (m_installed) {
        return;
    }
    LogBook *before = s_current.fetchAndStoreOrdered(this);
    if (!before) {
        s_previous = qInstallMessageHandler(handleMessage);
    }
    m_installed = true;
}

void LogBook::uninstall()
{
    if (!m_installed) {
        return;
    }
    m_installed = false;
    if (s_current.testAndSetOrdered(this, nullptr)) {
        qInstallMessageHandler(s_previous);
        s_previous = nullptr;
    }
}

LogBook *LogBook::current()
{
    return s_current.loadAcquire();
}

QString LogBook::record(QtMsgType type, const QString &category, const QString &message)
{
    LogEntry entry{QDateTime::currentDateTimeUtc(), type, category, redactSecrets(message)};
    {
        QMutexLocker lock(&m_mutex);
        if (m_entries.size() < m_capacity) {
            m_entries.append(entry);
        } else {
            m_entries[m_next] = entry;
            m_next = (m_next + 1) % m_capacity;
        }
        writeToFile(entry);
    }
    emit entryAdded(entry);
    return entry.message;
}

void LogBook::writeToFile(const LogEntry &entry)
{
    if (!m_file.isOpen()) {
        return;
    }
    const QByteArray line = formatLogEntry(entry).toUtf8() + '\n';
    if (m_maxBytes > 0 && m_file.size() + line.size() > m_maxBytes) {
        // Keep one older file: the newest lines are the ones that explain a problem.
        const QString path = m_file.fileName();
        m_file.close();
        QFile::remove(path + u".1"_s);
        QFile::rename(path, path + u".1"_s);
        m_file.setFileName(path);
        if (!m_file.open(QIODevice::Append | QIODevice::Text)) {
            return;
        }
    }
    m_file.write(line);
    m_file.flush();
}

QList<LogEntry> LogBook::entries() const
{
    QMutexLocker lock(&m_mutex);
    if (m_entries.size() < m_capacity) {
        return m_entries;
    }
    return m_entries.mid(m_next) + m_entries.mid(0, m_next);
}

} // namespace Tidings
