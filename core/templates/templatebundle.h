#pragma once

#include "model/result.h"
#include "templates/messagetemplate.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include <optional>

namespace Tidings {

// A file of templates and the brand kit, to move a shop's look to another computer or keep a copy:
//   {"format": "tidings-templates", "version": 1, "exportedAt": "2026-11-30T02:00:00Z",
//    "brand": {shopName, logoUrl, accentColor, ...},            (optional)
//    "templates": [{id, language, kind, name, subject, html, text}, ...]}
// It holds no secrets and no order data. Reading checks everything before anything is used: a file that is
// not one, comes from a newer Tidings, is too large or has a template Tidings could not keep is refused whole,
// in words, naming the template.
class TemplateBundle final
{
    Q_DECLARE_TR_FUNCTIONS(Tidings::TemplateBundle)

public:
    static constexpr int FormatVersion = 1;
    static constexpr qsizetype MaxFileBytes = 8 * 1024 * 1024;
    static constexpr int MaxTemplates = 1000;
    static constexpr qsizetype MaxPartChars = 512 * 1024;

    std::optional<Brand> brand;
    QList<MessageTemplate> templates;

    QByteArray toJson(const QDateTime &exportedAt) const;
    static Result<TemplateBundle> fromJson(const QByteArray &json);

    // An id a template can be stored under: lower-case letters, digits and "_", at most 64 characters.
    static bool isValidId(const QString &id);
};

} // namespace Tidings
