#include "templates/templatevalidator.h"

#include "templates/samplescenarios.h"
#include "templates/smssegments.h"
#include "templates/templaterenderer.h"
#include "templates/templatevariables.h"

#include <QRegularExpression>
#include <QSet>

#include <kainjow/mustache.hpp>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Tidings {

namespace {

using Part = TemplateProblem::Part;
using Severity = TemplateProblem::Severity;

// Templates whose message is about a parcel on its way: without a tracking link they miss their point.
const QStringList shippingTemplateIds{u"shipped"_s, u"out_for_delivery"_s, u"label_created"_s, u"delivery_attempted"_s};

TemplateProblem problemAt(Severity severity, Part part, QStringView source, qsizetype index, const QString &message)
{
    const auto [line, column] = TemplateValidator::lineAndColumn(source, index);
    return TemplateProblem{severity, part, line, column, message};
}

QString linePrefixed(int line, const QString &sentence)
{
    // One arg() call: a name in the sentence that looks like %1 stays as it is.
    return TemplateValidator::tr("Line %1: %2").arg(QString::number(line), sentence);
}

QString tagText(const MustacheTag &tag)
{
    switch (tag.kind) {
    case MustacheTag::Kind::Section:
        return u"{{#"_s + tag.name + u"}}"_s;
    case MustacheTag::Kind::Inverted:
        return u"{{^"_s + tag.name + u"}}"_s;
    case MustacheTag::Kind::Close:
        return u"{{/"_s + tag.name + u"}}"_s;
    case MustacheTag::Kind::Partial:
        return u"{{> "_s + tag.name + u"}}"_s;
    case MustacheTag::Kind::Unescaped:
        return u"{{{"_s + tag.name + u"}}}"_s;
    case MustacheTag::Kind::Variable:
    case MustacheTag::Kind::Comment:
    case MustacheTag::Kind::SetDelimiter:
        break;
    }
    return u"{{"_s + tag.name + u"}}"_s;
}

// The list a name belongs to when it is only valid inside that list's section ("items" for "name" or
// "items.name"), so the message can say where it works.
QString listOfStrayName(const QString &name)
{
    if (const auto variable = TemplateVariables::find(name); variable && !variable->listPath().isEmpty()) {
        return variable->listPath();
    }
    const QList<TemplateVariable> all = TemplateVariables::all();
    for (const TemplateVariable &variable : all) {
        const QString list = variable.listPath();
        if (!list.isEmpty() && variable.path == list + u'.' + name) {
            return list;
        }
    }
    return {};
}

QString unknownNameMessage(const MustacheTag &tag)
{
    const QString list = listOfStrayName(tag.name);
    if (!list.isEmpty()) {
        return TemplateValidator::tr("“%1” only works between {{#%2}} and {{/%2}}, where it is repeated for each "
                                     "entry; here it would show nothing.")
            .arg(tagText(tag), list);
    }
    return TemplateValidator::tr("“%1” is not something Tidings knows, so it would show nothing. Check the "
                                 "spelling or pick it from the list of variables.")
        .arg(tagText(tag));
}

struct OpenSection
{
    MustacheTag tag;
    QString scope; // the resolved path its inside is looked up in; empty for an inverted or unknown section
};

// Tags, sections and names of one part. Adds problems to `problems`, the resolved paths of every tag to `used`.
// Returns false when the structure itself is broken (so rendering it makes no sense).
bool checkTags(Part part, const QString &source, QList<TemplateProblem> &problems, QSet<QString> &used)
{
    const MustacheScan scan = TemplateValidator::scan(source);
    bool structureOk = true;
    QList<OpenSection> open;
    const auto scopes = [&open] {
        QStringList result;
        for (const OpenSection &section : std::as_const(open)) {
            result.append(section.scope);
        }
        return result;
    };
    const auto lineOf = [&source](qsizetype index) { return TemplateValidator::lineAndColumn(source, index).first; };
    const auto report = [&](Severity severity, qsizetype index, const QString &sentence) {
        problems.append(problemAt(severity, part, source, index, linePrefixed(lineOf(index), sentence)));
    };

    for (const MustacheTag &tag : scan.tags) {
        switch (tag.kind) {
        case MustacheTag::Kind::Section:
        case MustacheTag::Kind::Inverted:
        case MustacheTag::Kind::Variable:
        case MustacheTag::Kind::Unescaped: {
            const auto resolved = TemplateVariables::resolve(tag.name, scopes());
            if (resolved) {
                used.insert(*resolved);
            } else {
                report(Severity::Error, tag.start, unknownNameMessage(tag));
            }
            if (tag.kind == MustacheTag::Kind::Section || tag.kind == MustacheTag::Kind::Inverted) {
                // An inverted section shows when the value is missing: its inside sees the outer values only.
                const bool opensScope = tag.kind == MustacheTag::Kind::Section && resolved;
                open.append(OpenSection{tag, opensScope ? *resolved : QString()});
            }
            break;
        }
        case MustacheTag::Kind::Close: {
            if (open.isEmpty()) {
                structureOk = false;
                report(Severity::Error, tag.start,
                       TemplateValidator::tr("“%1” closes a section that was never opened. Remove it or add "
                                             "{{#%2}} before it.")
                           .arg(tagText(tag), tag.name));
                break;
            }
            if (open.last().tag.name != tag.name) {
                structureOk = false;
                const MustacheTag &inner = open.last().tag;
                report(Severity::Error, tag.start,
                       TemplateValidator::tr("“%1” closes the section “%2”, but the section “%3” opened on line %4 "
                                             "is still open. Close it first with {{/%3}}.")
                           .arg(tagText(tag), tag.name, inner.name, QString::number(lineOf(inner.start))));
                // Carry on as if the inner sections were closed here, so one slip gives one message.
                const auto match = std::find_if(open.crbegin(), open.crend(), [&tag](const OpenSection &section) {
                    return section.tag.name == tag.name;
                });
                if (match != open.crend()) {
                    open.resize(open.crend() - match - 1);
                }
                break;
            }
            open.removeLast();
            break;
        }
        case MustacheTag::Kind::Partial:
            report(Severity::Warning, tag.start,
                   TemplateValidator::tr("“%1” would include another template, which Tidings does not do: it "
                                         "shows nothing. Remove it.")
                       .arg(tagText(tag)));
            break;
        case MustacheTag::Kind::Comment:
        case MustacheTag::Kind::SetDelimiter:
            break;
        }
    }
    for (const OpenSection &section : std::as_const(open)) {
        structureOk = false;
        report(Severity::Error, section.tag.start,
               TemplateValidator::tr("the section “%1” is opened but never closed. Add {{/%1}} where it should end.")
                   .arg(section.tag.name));
    }
    if (scan.unclosedTagAt >= 0) {
        structureOk = false;
        report(Severity::Error, scan.unclosedTagAt,
               TemplateValidator::tr("a tag starts with {{ but never ends. Add }} after the name."));
    }
    return structureOk;
}

// What kainjow itself says: a safety net for anything the scan above lets through. Its positions are UTF-8
// byte offsets.
bool checkWithKainjow(Part part, const QString &source, QList<TemplateProblem> &problems)
{
    const QByteArray utf8 = source.toUtf8();
    const kainjow::mustache::mustache parsed{std::string(utf8.constData(), static_cast<size_t>(utf8.size()))};
    if (parsed.is_valid()) {
        return true;
    }
    const QString reason = QString::fromStdString(parsed.error_message());
    static const QRegularExpression atOffset(u" at (\\d+)$"_s);
    const QRegularExpressionMatch match = atOffset.match(reason);
    qsizetype index = 0;
    if (match.hasMatch()) {
        const qsizetype bytes = std::min<qsizetype>(match.captured(1).toLongLong(), utf8.size());
        index = QString::fromUtf8(utf8.constData(), bytes).size();
    }
    const int line = TemplateValidator::lineAndColumn(source, index).first;
    QString sentence;
    if (reason.startsWith(u"Invalid set delimiter")) {
        sentence = TemplateValidator::tr("this tag should change the {{ }} markers but is not written right. "
                                         "Remove it.");
    } else {
        sentence = TemplateValidator::tr("this part has a mistake Tidings cannot read past (%1).").arg(reason);
    }
    problems.append(problemAt(Severity::Error, part, source, index, linePrefixed(line, sentence)));
    return false;
}

bool usesAny(const QSet<QString> &used, std::initializer_list<QString> paths)
{
    return std::any_of(paths.begin(), paths.end(), [&used](const QString &path) { return used.contains(path); });
}

// Where a whole-part warning points: the first line matching `pattern`, else the start.
qsizetype indexOrStart(const QString &source, const QRegularExpression &pattern)
{
    const qsizetype at = source.indexOf(pattern);
    return at < 0 ? 0 : at;
}

QJsonObject sampleContextFor(const MessageTemplate &messageTemplate, const TemplateValidationOptions &options)
{
    if (!options.sampleContext.isEmpty()) {
        return options.sampleContext;
    }
    const SampleScenario scenario =
        SampleScenarios::find(SampleScenarios::defaultId()).value_or(SampleScenarios::all().first());
    return SampleScenarios::contextFor(scenario, messageTemplate.id, SampleScenarios::sampleBrand());
}

} // namespace

MustacheScan TemplateValidator::scan(QStringView source)
{
    MustacheScan result;
    QString open = u"{{"_s;
    QString close = u"}}"_s;
    qsizetype position = 0;
    for (;;) {
        const qsizetype start = source.indexOf(open, position);
        if (start < 0) {
            break;
        }
        qsizetype contentStart = start + open.size();
        // Like kainjow: with the default markers, {{{name}}} is one tag ending in }}}.
        const bool triple =
            open == u"{{" && close == u"}}" && contentStart < source.size() && source.at(contentStart) == u'{';
        const QString end = triple ? u"}}}"_s : close;
        if (triple) {
            ++contentStart;
        }
        const qsizetype endAt = source.indexOf(end, contentStart);
        if (endAt < 0) {
            result.unclosedTagAt = start;
            break;
        }
        const QStringView contents = source.mid(contentStart, endAt - contentStart).trimmed();
        MustacheTag tag;
        tag.start = start;
        tag.length = endAt + end.size() - start;
        if (triple) {
            tag.kind = MustacheTag::Kind::Unescaped;
            tag.name = contents.toString();
        } else if (contents.startsWith(u'=')) {
            tag.kind = MustacheTag::Kind::SetDelimiter;
            if (contents.size() >= 2 && contents.endsWith(u'=')) {
                const QList<QStringView> markers =
                    contents.sliced(1, contents.size() - 2).trimmed().split(u' ', Qt::SkipEmptyParts);
                if (markers.size() == 2) {
                    open = markers.at(0).toString();
                    close = markers.at(1).toString();
                }
            }
        } else {
            const QChar sigil = contents.isEmpty() ? QChar() : contents.front();
            const std::pair<char16_t, MustacheTag::Kind> sigils[] = {
                {u'#', MustacheTag::Kind::Section}, {u'^', MustacheTag::Kind::Inverted},
                {u'/', MustacheTag::Kind::Close},   {u'!', MustacheTag::Kind::Comment},
                {u'>', MustacheTag::Kind::Partial}, {u'&', MustacheTag::Kind::Unescaped},
            };
            tag.kind = MustacheTag::Kind::Variable;
            tag.name = contents.toString();
            for (const auto &[character, kind] : sigils) {
                if (sigil == character) {
                    tag.kind = kind;
                    tag.name = contents.mid(1).trimmed().toString();
                    break;
                }
            }
        }
        result.tags.append(tag);
        position = endAt + end.size();
    }
    return result;
}

std::pair<int, int> TemplateValidator::lineAndColumn(QStringView source, qsizetype index)
{
    index = std::clamp<qsizetype>(index, 0, source.size());
    const QStringView before = source.first(index);
    const int line = static_cast<int>(before.count(u'\n')) + 1;
    const qsizetype lineStart = before.lastIndexOf(u'\n') + 1;
    return {line, static_cast<int>(index - lineStart) + 1};
}

QList<TemplateProblem> TemplateValidator::validate(const MessageTemplate &messageTemplate,
                                                   const TemplateValidationOptions &options)
{
    QList<TemplateProblem> problems;
    const bool email = messageTemplate.kind != u"sms" && messageTemplate.kind != u"chat";

    // Structure and names, part by part.
    QSet<QString> usedInHtml;
    QSet<QString> usedInText;
    QSet<QString> usedInSubject;
    // Unknown names still render (as nothing); only a broken structure stops the length checks below.
    bool structureOk = true;
    const auto checkPart = [&](Part part, const QString &source, QSet<QString> &used) {
        const bool parses = checkTags(part, source, problems, used) && checkWithKainjow(part, source, problems);
        structureOk = structureOk && parses;
    };
    if (email) {
        checkPart(Part::Subject, messageTemplate.subject, usedInSubject);
        checkPart(Part::Html, messageTemplate.html, usedInHtml);
    }
    checkPart(Part::Text, messageTemplate.text, usedInText);

    // A message about a parcel without a way to follow it.
    static const QRegularExpression mentionsTracking(u"track"_s, QRegularExpression::CaseInsensitiveOption);
    const Part linkPart = email && !messageTemplate.html.isEmpty() ? Part::Html : Part::Text;
    const QString &linkSource = linkPart == Part::Html ? messageTemplate.html : messageTemplate.text;
    const QSet<QString> &linkUsed = linkPart == Part::Html ? usedInHtml : usedInText;
    const bool shipping =
        shippingTemplateIds.contains(baseTemplateId(messageTemplate.id)) || linkSource.contains(mentionsTracking);
    if (shipping && !usesAny(linkUsed, {u"shipment.trackingUrl"_s, u"hasTracking"_s})) {
        const qsizetype at = indexOrStart(linkSource, mentionsTracking);
        problems.append(problemAt(
            Severity::Warning, linkPart, linkSource, at,
            linePrefixed(lineAndColumn(linkSource, at).first,
                         tr("this is a shipping message but it has no tracking link. Add "
                            "{{#hasTracking}}{{shipment.trackingUrl}}{{/hasTracking}} so customers can follow "
                            "their parcel."))));
    }

    // A full HTML document is sent as it is (no layout around it), so it must carry the footer itself. The same
    // test as the renderer's (white space and a byte order mark may come first).
    static const QRegularExpression fullDocument(u"^[\\s\\x{feff}]*<(!doctype|html)"_s,
                                                 QRegularExpression::CaseInsensitiveOption);
    if (email && fullDocument.match(messageTemplate.html).hasMatch() && !usedInHtml.contains(u"brand.footer"_s)) {
        static const QRegularExpression bodyEnd(u"</body"_s, QRegularExpression::CaseInsensitiveOption);
        qsizetype at = messageTemplate.html.indexOf(bodyEnd);
        if (at < 0) {
            at = messageTemplate.html.size();
        }
        problems.append(problemAt(
            Severity::Warning, Part::Html, messageTemplate.html, at,
            linePrefixed(lineAndColumn(messageTemplate.html, at).first,
                         tr("this email has no footer. Add {{brand.footer}} before the end of the email, so every "
                            "email carries your shop's details."))));
    }

    // Length, with the sample order: only when the parts can be rendered at all.
    if (structureOk) {
        const QJsonObject context = sampleContextFor(messageTemplate, options);
        if (email) {
            const auto subject =
                TemplateRenderer::renderPart(TemplateRenderer::Part::Subject, messageTemplate.subject, context);
            const int characters = subject ? static_cast<int>(subject->toUcs4().size()) : 0;
            if (characters > options.maxSubjectLength) {
                problems.append(TemplateProblem{
                    Severity::Warning, Part::Subject, 1, 1,
                    tr("With a sample order the subject is %n characters long; many inboxes cut it off after "
                       "about %1. Make it shorter.",
                       nullptr, characters)
                        .arg(options.maxSubjectLength)});
            }
        }
        if (messageTemplate.kind == u"sms") {
            const auto text = TemplateRenderer::renderPart(TemplateRenderer::Part::Text, messageTemplate.text, context);
            const SmsSegments count = SmsSegments::count(text ? *text : QString());
            if (count.segments > options.maxSmsSegments) {
                QString message = tr("With a sample order this text message is %n characters long and is sent as "
                                     "%1 SMS; more than %2 cost more and may arrive in pieces.",
                                     nullptr, count.characters)
                                      .arg(count.segments)
                                      .arg(options.maxSmsSegments);
                if (!count.firstNonGsm.isEmpty()) {
                    message += u' ' + tr("The character “%1” makes every SMS hold only 70 characters instead of "
                                         "160; a plain one saves space.")
                                          .arg(count.firstNonGsm);
                }
                problems.append(TemplateProblem{Severity::Warning, Part::Text, 1, 1, message});
            }
        }
    }

    std::stable_sort(problems.begin(), problems.end(), [](const TemplateProblem &a, const TemplateProblem &b) {
        return std::pair(a.part, a.line) < std::pair(b.part, b.line);
    });
    return problems;
}

} // namespace Tidings
