#include "templates/brandlogo.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace Tidings {

namespace {

// A real 1 × 1 PNG.
QByteArray tinyPng()
{
    return QByteArray::fromBase64(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5E"
        "rkJggg==");
}

QByteArray padded(const QByteArray &start, qsizetype size)
{
    return start + QByteArray(size - start.size(), '\0');
}

} // namespace

class TestBrandLogo final : public QObject
{
    Q_OBJECT

private slots:

    void fromData_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QByteArray>("type");
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QString>("problem"); // a word of the error; empty: accepted

        QTest::newRow("png") << tinyPng() << "image/png"_ba << u"logo.png"_s << QString();
        QTest::newRow("jpeg") << padded("\xff\xd8\xff\xe0\0\x10JFIF"_ba, 200) << "image/jpeg"_ba << u"logo.jpg"_s
                              << QString();
        QTest::newRow("gif87a") << padded("GIF87a", 64) << "image/gif"_ba << u"logo.gif"_s << QString();
        QTest::newRow("gif89a") << padded("GIF89a", 64) << "image/gif"_ba << u"logo.gif"_s << QString();
        QTest::newRow("webp") << padded("RIFF\x24\0\0\0WEBPVP8 "_ba, 64) << "image/webp"_ba << u"logo.webp"_s
                              << QString();
        QTest::newRow("riff but not webp")
            << padded("RIFF\x24\0\0\0WAVEfmt "_ba, 64) << QByteArray() << QString() << u"PNG, JPEG, GIF or WebP"_s;
        QTest::newRow("svg") << "<svg xmlns=\"http://www.w3.org/2000/svg\"/>"_ba << QByteArray() << QString()
                             << u"PNG, JPEG, GIF or WebP"_s;
        QTest::newRow("html named .png") << "<html><script>alert(1)</script>"_ba << QByteArray() << QString()
                                         << u"PNG, JPEG, GIF or WebP"_s;
        QTest::newRow("empty") << QByteArray() << QByteArray() << QString() << u"PNG, JPEG, GIF or WebP"_s;
        QTest::newRow("exactly the limit")
            << padded(tinyPng(), BrandLogo::MaxBytes) << "image/png"_ba << u"logo.png"_s << QString();
        QTest::newRow("one byte over") << padded(tinyPng(), BrandLogo::MaxBytes + 1) << QByteArray() << QString()
                                       << u"at most 512 KiB"_s;
    }

    void fromData()
    {
        QFETCH(QByteArray, data);
        QFETCH(QByteArray, type);
        QFETCH(QString, fileName);
        QFETCH(QString, problem);

        const auto logo = BrandLogo::fromData(data);
        QCOMPARE(logo.ok(), problem.isEmpty());
        if (!logo) {
            QVERIFY2(logo.error().message.contains(problem), qPrintable(logo.error().message));
            return;
        }
        QCOMPARE(logo->mimeType, type);
        QCOMPARE(logo->data, data);
        QCOMPARE(logo->fileName(), fileName);
        QCOMPARE(logo->contentUrl(), u"cid:"_s + fileName);
        QCOMPARE(logo->sha256(),
                 QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex()));
    }

    void fromFile_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("problem");

        QTest::newRow("a png") << tinyPng() << QString();
        QTest::newRow("too large: named, with its size")
            << padded(tinyPng(), 3 * 1024 * 1024) << u"shop logo.png is 3072 KiB"_s;
        QTest::newRow("large and no picture: said so") << QByteArray(600 * 1024, 'x') << u"not a picture"_s;
        QTest::newRow("empty file") << QByteArray() << u"shop logo.png is empty"_s;
    }

    void fromFile()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, problem);

        QTemporaryDir dir;
        const QString path = dir.filePath(u"shop logo.png"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(data);
        file.close();

        const auto logo = BrandLogo::fromFile(path);
        QCOMPARE(logo.ok(), problem.isEmpty());
        if (logo) {
            QCOMPARE(logo->data, data);
        } else {
            QVERIFY2(logo.error().message.contains(problem), qPrintable(logo.error().message));
        }
    }

    void fromFile_missing()
    {
        const auto logo = BrandLogo::fromFile(u"/nonexistent/logo.png"_s);
        QVERIFY(!logo);
        QCOMPARE(logo.error().message, u"Tidings cannot read logo.png."_s);
    }
};

} // namespace Tidings

QTEST_GUILESS_MAIN(Tidings::TestBrandLogo)
#include "tst_brandlogo.moc"
