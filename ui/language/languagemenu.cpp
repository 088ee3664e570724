#include "language/languagemenu.h"

#include "language/language.h"
#include "widgets/messagebox.h"

#include <QActionGroup>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Tidings::Ui {

LanguageMenu::LanguageMenu(QWidget *parent)
    : QMenu(tr("&Language"), parent)
    , m_group(new QActionGroup(this))
    , m_running(Languages::effective())
{
    setObjectName(u"languageMenu"_s);
    const QString preferred = Languages::preferred();
    const QString systemName = Languages::nativeName(Languages::effectiveFor({}, QLocale()));
    QAction *systemAction = addAction(tr("&System Language (%1)").arg(systemName));
    systemAction->setObjectName(u"languageAction_system"_s);
    systemAction->setData(QString());
    addSeparator();
    const QList<Language> languages = Languages::available();
    for (const Language &language : languages) {
        // Each name as its speakers write it, so a person who cannot read the current language finds theirs.
        QAction *action = addAction(language.nativeName);
        action->setObjectName(u"languageAction_"_s + language.code);
        action->setData(language.code);
    }
    for (QAction *action : actions()) {
        if (action->isSeparator()) {
            continue;
        }
        action->setCheckable(true);
        action->setChecked(action->data().toString() == preferred);
        m_group->addAction(action);
    }
    connect(m_group, &QActionGroup::triggered, this, [this](QAction *action) { choose(action->data().toString()); });
}

LanguageMenu::~LanguageMenu() = default;

void LanguageMenu::choose(const QString &code)
{
    Languages::setPreferred(code);
    const QString next = Languages::effective();
    if (next == m_running) {
        return;
    }
    const QString name = Languages::nativeName(next);
    const auto answer = MessageBox::confirm(
        parentWidget(), tr("Change Language"),
        tr("Tidings will speak %1 after a restart. Restart now? Nothing waiting to be sent is lost.").arg(name),
        tr("Restart Now"));
    if (answer == QMessageBox::Yes) {
        emit restartRequested();
    }
}

} // namespace Tidings::Ui
