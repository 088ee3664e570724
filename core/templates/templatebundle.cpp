#include "templates/templatebundle.h"

#include "config/appconfig.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Tidings {

namespace {

constexpr auto FormatName = u"tidings-templates";

Error refused(const QString &message)
{
    return Error::make(ErrorCode::InvalidInput, message);
}

} // namespace

bool TemplateBundle::isValidId(const QString &id)
{
    static const QRegularExpression pattern(u"^[a-z0-9_]{1,64}$"_s);
    return pattern.match(id).hasMatch();
}

QByteArray TemplateBundle::toJson(const QDateTime &exportedAt) const
{
    QJsonArray list;
    for (const MessageTemplate &messageTemplate : templates) {
        list.append(QJsonObject{
            {u"id"_s, messageTemplate.id},
            {u"language"_s, messageTemplate.language},
            {u"kind"_s, messageTemplate.kind},
            {u"name"_s, messageTemplate.name},
            {u"subject"_s, messageTemplate.subject},
            {u"html"_s, messageTemplate.html},
            {u"text"_s, messageTemplate.text},
        });
    }
    QJsonObject root{
        {u"format"_s, QString::fromUtf16(FormatName)},
        {u"version"_s, FormatVersion},
        {u"exportedAt"_s, exportedAt.toUTC().toString(Qt::ISODate)},
        {u"templates"_s, list},
    };
    if (brand) {
        root.insert(u"brand"_s, Tidings::toJson(*brand));
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<TemplateBundle> TemplateBundle::fromJson(const QByteArray &json)
{
    if (json.size() > MaxFileBytes) {
        return Error::make(ErrorCode::TooLarge,
                           tr("The file is larger than %1 MB: it is not a templates file Tidings wrote.")
                               .arg(MaxFileBytes / (1024 * 1024)));
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    const QJsonObject root = document.object();
    if (parseError.error != QJsonParseError::NoError || !document.isObject() ||
        root.value(u"format"_s).toString() != FormatName) {
        return refused(tr("This is not a templates file from Tidings. Choose a file made with Export Templates."));
    }
    const int version = root.value(u"version"_s).toInt(0);
    if (version < 1) {
        return refused(tr("The templates file has no version Tidings knows."));
    }
    if (version > FormatVersion) {
        return refused(tr("The templates file comes from a newer Tidings. Update Tidings on this computer first."));
    }

    TemplateBundle bundle;
    if (root.contains(u"brand"_s)) {
        if (!root.value(u"brand"_s).isObject()) {
            return refused(tr("The brand kit in the templates file is damaged."));
        }
        bundle.brand = brandFromJson(root.value(u"brand"_s).toObject());
    }
    const QJsonValue listValue = root.value(u"templates"_s);
    if (!listValue.isArray()) {
        return refused(tr("The templates file has no list of templates."));
    }
    const QJsonArray list = listValue.toArray();
    if (list.size() > MaxTemplates) {
        return Error::make(ErrorCode::TooLarge,
                           tr("The templates file has %1 templates; Tidings takes at most %2 at a time.")
                               .arg(list.size())
                               .arg(MaxTemplates));
    }
    static const QRegularExpression languagePattern(u"^([a-z]{2})?$"_s);
    static const QStringList kinds{u"email"_s, u"chat"_s, u"sms"_s};
    QSet<QString> seen;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject object = list.at(i).toObject();
        MessageTemplate messageTemplate;
        messageTemplate.id = object.value(u"id"_s).toString();
        messageTemplate.language = object.value(u"language"_s).toString();
        messageTemplate.kind = object.value(u"kind"_s).toString(u"email"_s);
        messageTemplate.name = object.value(u"name"_s).toString().simplified();
        messageTemplate.subject = object.value(u"subject"_s).toString();
        messageTemplate.html = object.value(u"html"_s).toString();
        messageTemplate.text = object.value(u"text"_s).toString();
        // The owner reads which one: its name, else its place in the file.
        const QString which =
            messageTemplate.name.isEmpty() ? tr("number %1").arg(i + 1) : u"\u201c%1\u201d"_s.arg(messageTemplate.name);
        if (!isValidId(messageTemplate.id)) {
            return refused(
                tr("Template %1 in the file has no usable id (lower-case letters, digits and _).").arg(which));
        }
        if (!languagePattern.match(messageTemplate.language).hasMatch()) {
            return refused(tr("Template %1 in the file has a language Tidings does not know (\"%2\"): use two "
                              "letters such as \"de\", or none.")
                               .arg(which, messageTemplate.language.left(16)));
        }
        if (!kinds.contains(messageTemplate.kind)) {
            return refused(tr("Template %1 in the file is for \"%2\"; Tidings has email, chat and text message "
                              "templates.")
                               .arg(which, messageTemplate.kind.left(16)));
        }
        if (messageTemplate.name.isEmpty()) {
            messageTemplate.name = messageTemplate.id;
        }
        if (messageTemplate.subject.size() > MaxPartChars || messageTemplate.html.size() > MaxPartChars ||
            messageTemplate.text.size() > MaxPartChars) {
            return Error::make(ErrorCode::TooLarge, tr("Template %1 in the file is too long.").arg(which));
        }
        const QString key = messageTemplate.id + u'/' + messageTemplate.language;
        if (seen.contains(key)) {
            return refused(tr("Template %1 is in the file twice.").arg(which));
        }
        seen.insert(key);
        bundle.templates.append(messageTemplate);
    }
    return bundle;
}

} // namespace Tidings
