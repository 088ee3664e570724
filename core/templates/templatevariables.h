#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Tidings {

// One value a template can show, e.g. {{order.number}}.
struct TemplateVariable
{
    enum class Type {
        Text,    // shown as it is: {{order.number}}
        Boolean, // only used as a condition: {{#hasTracking}}…{{/hasTracking}}
        Object,  // a group of values; {{#shipment}}…{{/shipment}} shows its inside only when it is there
        List,    // repeated: {{#items}}…{{/items}} once per line of the order
    };

    QString path; // dotted from the top: "order.number"; inside a list "items.name" ({{name}} in the loop)
    Type type = Type::Text;
    QString description; // translated, in words a shop owner understands
    QString sample;      // what it looks like for a typical order (empty for groups and lists)

    // True for what is opened with {{#path}} rather than shown: objects and lists.
    bool isSection() const { return type == Type::Object || type == Type::List; }

    // The list this value sits inside ("items" for "items.name"), empty when it is not inside a list.
    QString listPath() const;
    // The last part of the path: "name" for "items.name".
    QString key() const;
};

// The catalogue of every variable TemplateRenderer::buildContext provides, used by the variables palette,
// the code editor's completion and highlighting and the template validator. tst_templatevariables checks
// that buildContext produces nothing that is missing here, so the two cannot drift apart silently.
class TemplateVariables
{
    Q_DECLARE_TR_FUNCTIONS(Tidings::TemplateVariables)

public:
    // Every variable, parents before their children, descriptions in the current language.
    static QList<TemplateVariable> all();

    static std::optional<TemplateVariable> find(const QString &path);
    static bool contains(const QString &path);

    // The full path a tag name refers to, the way Mustache looks names up: from the innermost open section
    // outwards, then from the top. `openSections` are the full paths of the sections around the tag, outermost
    // first (as resolve() returned them; "" for one that resolved to nothing). "." is the current value.
    // Returns nothing when the name is not a known variable.
    static std::optional<QString> resolve(const QString &name, const QStringList &openSections = {});

    // What completion offers at a place inside `openSections`: every top-level path and, inside a list, the
    // keys of its items as they are written there ("name" inside {{#items}}).
    static QStringList completions(const QStringList &openSections = {});

    // What inserting `path` writes at a place inside `openSections`: `before` goes before the cursor (or the
    // selection), `after` after it. A value is {{order.number}}; a list's value is {{name}} inside its list and
    // {{#items}}{{name}}{{/items}} elsewhere; a list, group or yes/no value opens and closes a section around
    // the cursor: {{#hasTracking}}|{{/hasTracking}}.
    struct Snippet
    {
        QString before;
        QString after;
    };

    static Snippet snippet(const QString &path, const QStringList &openSections = {});
};

} // namespace Tidings
