#include "templates/brandlogo.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Tidings {

namespace {

struct LogoText
{
    Q_DECLARE_TR_FUNCTIONS(Tidings::BrandLogo)
};

} // namespace

QString BrandLogo::fileName() const
{
    if (mimeType == "image/jpeg") {
        return u"logo.jpg"_s;
    }
    if (mimeType == "image/gif") {
        return u"logo.gif"_s;
    }
    if (mimeType == "image/webp") {
        return u"logo.webp"_s;
    }
    return u"logo.png"_s;
}

QString BrandLogo::sha256() const
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

QByteArray BrandLogo::sniffType(const QByteArray &data)
{
    if (data.startsWith("\x89PNG\r\n\x1a\n")) {
        return "image/png";
    }
    if (data.startsWith("\xff\xd8\xff")) {
        return "image/jpeg";
    }
    if (data.startsWith("GIF87a") || data.startsWith("GIF89a")) {
        return "image/gif";
    }
    if (data.size() >= 12 && data.startsWith("RIFF") && data.mid(8, 4) == "WEBP") {
        return "image/webp";
    }
    return {};
}

Result<BrandLogo> BrandLogo::fromData(const QByteArray &data)
{
    const QByteArray type = sniffType(data);
    if (type.isEmpty()) {
        return Error::make(ErrorCode::InvalidInput,
                           LogoText::tr("This file is not a picture email can show. Choose a PNG, JPEG, GIF or WebP "
                                        "file (most logos are PNG)."));
    }
    if (data.size() > MaxBytes) {
        return Error::make(ErrorCode::InvalidInput,
                           LogoText::tr("This picture is %1 KiB; a logo for email can be at most %2 KiB, or every "
                                        "message gets slow to open. Save it smaller (about 600 pixels wide is "
                                        "plenty) and choose it again.")
                               .arg((data.size() + 1023) / 1024)
                               .arg(MaxBytes / 1024));
    }
    return BrandLogo{type, data};
}

Result<BrandLogo> BrandLogo::fromFile(const QString &path)
{
    QFile file(path);
    const QString shown = QDir::toNativeSeparators(QFileInfo(path).fileName());
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::make(ErrorCode::InvalidInput, LogoText::tr("Tidings cannot read %1.").arg(shown),
                           file.errorString());
    }
    // Reads one byte past the limit, so a huge file is neither read whole nor taken for a small one.
    const QByteArray data = file.read(MaxBytes + 1);
    if (data.isEmpty()) {
        return Error::make(ErrorCode::InvalidInput, LogoText::tr("%1 is empty.").arg(shown));
    }
    if (data.size() > MaxBytes && !sniffType(data).isEmpty()) {
        return Error::make(ErrorCode::InvalidInput,
                           LogoText::tr("%1 is %2 KiB; a logo for email can be at most %3 KiB, or every message "
                                        "gets slow to open. Save it smaller (about 600 pixels wide is plenty) and "
                                        "choose it again.")
                               .arg(shown)
                               .arg((file.size() + 1023) / 1024)
                               .arg(MaxBytes / 1024));
    }
    return fromData(data);
}

} // namespace Tidings
