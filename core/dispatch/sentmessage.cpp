#include "dispatch/sentmessage.h"

#include "dispatch/failurealert.h"
#include "store/configrepository.h"
#include "store/database.h"
#include "store/templaterepository.h"
#include "templates/templaterenderer.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace Tidings {

using namespace Qt::StringLiterals;

namespace {

struct SentText
{
    Q_DECLARE_TR_FUNCTIONS(Tidings::SentMessage)
};

Error readError(const QSqlQuery &query)
{
    return Database::storageError(SentText::tr("Tidings could not read this message."), query.lastError().text());
}

} // namespace

Result<SentMessage> messageAsSent(QSqlDatabase db, qint64 notificationId, const Brand &currentBrand)
{
    QSqlQuery query(db);
    query.prepare(u"SELECT n.template_id, COALESCE(n.template_version, 0), n.context, b.context"
                  " FROM notifications n LEFT JOIN brand_versions b ON b.id = n.brand_version WHERE n.id = ?"_s);
    bindValue(query, notificationId);
    if (!query.exec()) {
        return readError(query);
    }
    if (!query.next()) {
        return Error::make(ErrorCode::NotFound, SentText::tr("This message is no longer in the database."));
    }
    const QString templateId = query.value(0).toString();
    const qint64 versionId = query.value(1).toLongLong();
    QJsonObject context = TemplateRenderer::storedContext(query.value(2).toString().toUtf8());
    const QString brandJson = query.value(3).toString();
    query.finish();

    SentMessage sent;
    sent.templateVersion = versionId;
    MessageTemplate content;
    if (versionId != 0) {
        auto version = TemplateRepository(db).version(versionId);
        if (!version) {
            return version.error();
        }
        content = version->content;
    } else if (templateId == FailureAlert::templateId()) {
        content = FailureAlert::messageTemplate();
    } else {
        return Error::make(ErrorCode::NotFound,
                           SentText::tr("The template of this message (\"%1\") is not stored.").arg(templateId));
    }
    sent.templateName = content.name;
    if (brandJson.isEmpty()) {
        TemplateRenderer::applyBrand(context, currentBrand);
        sent.logo = currentBrand.logoFile;
    } else {
        const QJsonObject brand = QJsonDocument::fromJson(brandJson.toUtf8()).object();
        for (auto it = brand.begin(); it != brand.end(); ++it) {
            context.insert(it.key(), it.value());
        }
        sent.exactBrand = true;
        if (const QString logo = brand.value(u"brand"_s)[u"logoImage"_s].toString(); !logo.isEmpty()) {
            // Kept after the logo changed; a picture missing from the store shows as missing, nothing more.
            if (auto image = ConfigRepository(db).brandImage(logo)) {
                sent.logo = *image;
            }
        }
    }
    auto compiled = CompiledTemplate::compile(content); // as the dispatcher renders
    if (!compiled) {
        return compiled.error();
    }
    auto rendered = compiled->render(context);
    if (!rendered) {
        return rendered.error();
    }
    sent.message = std::move(rendered).value();
    return sent;
}

} // namespace Tidings
