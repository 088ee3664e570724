#pragma once

#include "model/result.h"

#include <QByteArray>
#include <QString>

namespace Tidings {

// The shop's logo chosen from a file (Brand Kit, first-run wizard). Each email carries it inside the message as
// an inline image that the HTML shows by "cid:logo.png" (or .jpg, .gif, .webp), so it appears without the
// customer's mail program loading anything from the web, and the shop needs no website to host it.
// The type is read from the bytes, never from the file name: PNG, JPEG, GIF or WebP, at most MaxBytes.
struct BrandLogo
{
    // Mail programs show a logo a few hundred pixels wide; a larger file only slows every message down.
    static constexpr qsizetype MaxBytes = 512 * 1024;

    QByteArray mimeType; // image/png, image/jpeg, image/gif or image/webp
    QByteArray data;

    bool isEmpty() const { return data.isEmpty(); }

    // "logo.png": the content id the HTML refers to and the name a saved copy gets.
    QString fileName() const;

    QString contentUrl() const { return QStringLiteral("cid:") + fileName(); }

    // Lower-case hex: how the store and the record of each message's look name the picture.
    QString sha256() const;

    bool operator==(const BrandLogo &other) const = default;

    // The picture in `data`, or why it cannot be a logo, in the owner's words.
    static Result<BrandLogo> fromData(const QByteArray &data);
    // Reads the file; errors name it.
    static Result<BrandLogo> fromFile(const QString &path);
    // "image/png" for PNG bytes, and so on; empty when the bytes are none of the four.
    static QByteArray sniffType(const QByteArray &data);
};

} // namespace Tidings
