#pragma once

#include "PageId.h"
#include "UpgradeWizard.h"
#include "WizardSession.h"

#include <QString>
#include <QStringList>
#include <QWidget>

#include <functional>
#include <memory>

#include <gtest/gtest.h>

namespace DceUpgrade::Wizard::Test {

// The real wizard, shown on the offscreen platform, with its own session, in one language.
class WizardHarness final
{
public:
    explicit WizardHarness(const QString &language = QStringLiteral("en"));
    // Lets `prepare` set up the session before the wizard is built from it (a demo note).
    WizardHarness(const QString &language, const std::function<void(WizardSession &)> &prepare);
    ~WizardHarness();

    WizardSession &session() { return *m_session; }
    UpgradeWizard &wizard() { return *m_wizard; }

    // The named child widget; fails the test when there is none.
    template<typename T>
    T *find(const QString &objectName) const
    {
        T *widget = m_wizard->findChild<T *>(objectName);
        EXPECT_NE(widget, nullptr) << "no widget named " << objectName.toStdString();
        return widget;
    }

    // Presses Next until `page` is current; false when the wizard does not get there.
    bool goTo(PageId page);

    // Shows `page` at once, as the first page of the wizard's history (its initializePage()
    // runs; Back has nowhere to go): for pages whose test needs none of the pages before.
    void jumpTo(PageId page);

    // Types `path` into the package field and presses Enter, as a person would.
    void enterPackagePath(const QString &path);

    // Runs the event loop until `condition` holds or `timeoutMs` passed (QTRY-style).
    static bool waitUntil(const std::function<bool()> &condition, int timeoutMs = 20000);

    // Sets the language through the Welcome page's switch and waits for the window to be
    // retranslated (the LanguageChange events Qt posts are delivered).
    void switchLanguage(const QString &language);

    // Saves the whole window as <build>/tests/wizard/screenshots/<name>.png; returns the path.
    // Settle::Yes runs the event loop briefly first; Settle::No only lays out, to catch a
    // passing state (the busy indicator) before the worker's result is delivered.
    enum class Settle { Yes, No };
    QString saveScreenshot(const QString &name, Settle settle = Settle::Yes);
    // The shown controls under `root` a screen reader would announce without a name (buttons,
    // fields, spin and combo boxes, tables), each as "objectName (class)": an empty list is
    // what a page must give.
    static QStringList unnamedControls(const QWidget *root);

    // The mnemonics (Alt+B of "&Browse…") of the current page must be unique on the page and
    // must not take a letter of the wizard's Next, Start or Close buttons (whether these are
    // shown on this page or not, in the language shown). Collected from the page's labels that
    // have a buddy, its buttons, group boxes and tabs, plus the wizard's visible buttons.
    // Visibility::All also counts widgets hidden in the page's present state (a Stop button
    // shown only while something runs). Returns one line per clash; empty when there is none.
    enum class Visibility { Shown, All };
    QStringList mnemonicClashes(Visibility visibility = Visibility::Shown) const;

private:
    std::unique_ptr<WizardSession> m_session;
    std::unique_ptr<UpgradeWizard> m_wizard;
};

} // namespace DceUpgrade::Wizard::Test
