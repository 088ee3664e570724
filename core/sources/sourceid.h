#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace Tidings {

// A source's id names it in its webhook address (/webhooks/<id>) and in its keychain entries, so one made
// in the window is short and safe in a URL: lower-case letters a-z, digits and '-', starting with a letter
// or a digit, at most MaxSourceIdLength characters. (Imported files may use the wider id rule of the
// configuration file; those ids are kept as they are.)
inline constexpr qsizetype MaxSourceIdLength = 64;

bool isValidSourceId(QStringView id);

// A valid id made from the owner's name for a source: "Juniper & Pine" -> "juniper-pine", "Café Nord" ->
// "cafe-nord". Empty when the name has no letters or digits a-z/0-9 left after dropping accents.
QString sourceIdFromName(const QString &name);

// `base` when it is not in `taken`, else the first of "base-2", "base-3", ... that is not (shortened so the
// result stays within MaxSourceIdLength).
QString uniqueSourceId(const QString &base, const QStringList &taken);

} // namespace Tidings
