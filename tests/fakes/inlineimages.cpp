#include "fakes/inlineimages.h"

#include "channels/mimemessage.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace Tidings::Test {

QByteArray pngLogo()
{
    return QByteArray::fromHex("89504e470d0a1a0a0000000d4948445200000001000000010806000000") + QByteArray(300, '\x7f');
}

QByteArray jpegLogo()
{
    return QByteArray::fromHex("ffd8ffe000104a46494600010100000100010000") + QByteArray(400, '\x80') +
           QByteArray::fromHex("ffd9");
}

void addInlineImageRows()
{
    QTest::addColumn<QByteArray>("mimeType");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<bool>("referenced");
    QTest::addColumn<bool>("refused");
    QTest::addColumn<QString>("name");

    QTest::newRow("png logo") << QByteArray("image/png") << u"logo.png"_s << pngLogo() << true << false
                              << u"logo.png"_s;
    QTest::newRow("jpeg without file name")
        << QByteArray("image/jpeg") << QString() << jpegLogo() << true << false << u"logo.jpg"_s;
    QTest::newRow("type in capitals") << QByteArray("Image/PNG") << u"logo.png"_s << pngLogo() << true << false
                                      << u"logo.png"_s;
    QTest::newRow("not referenced") << QByteArray("image/png") << u"logo.png"_s << pngLogo() << false << false
                                    << QString();
    QTest::newRow("not an image") << QByteArray("text/html") << u"logo.html"_s << QByteArray("<script>x</script>")
                                  << true << true << QString();
    QTest::newRow("file name injection") << QByteArray("image/png") << u"logo\"; x=\"y.png"_s << pngLogo() << true
                                         << true << QString();
    QTest::newRow("too large") << QByteArray("image/png") << u"logo.png"_s
                               << pngLogo() + QByteArray(Mime::MaxInlineBytes, '\x01') << true << true << QString();
}

OutgoingMessage withInlineLogo(OutgoingMessage message, const QByteArray &mimeType, const QByteArray &data,
                               const QString &fileName, bool referenced)
{
    if (referenced) {
        message.html = u"<img src=\"cid:%1\" alt=\"Logo\">"_s.arg(QString::fromLatin1(LogoContentId)) + message.html;
    }
    message.inlineImages = {{LogoContentId, mimeType, data, fileName},
                            {"unused@tidings", "image/png", QByteArray(5000, 'u'), u"unused.png"_s}};
    return message;
}

bool refusedForGood(const SendOutcome &outcome)
{
    if (outcome.accepted || !outcome.error) {
        qWarning("accepted, or failed without an error");
        return false;
    }
    const Error &error = *outcome.error;
    if (error.code != ErrorCode::InvalidInput || error.retryable ||
        !error.message.contains(QStringLiteral("image"), Qt::CaseInsensitive) ||
        error.message.contains(QStringLiteral("(2048 KiB"))) {
        qWarning("not refused for good over an image: %s", qPrintable(error.message));
        return false;
    }
    return true;
}

} // namespace Tidings::Test
