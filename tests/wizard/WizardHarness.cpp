#include "WizardHarness.h"

#include "model/ModuleProfile.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QGroupBox>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QPixmap>
#include <QTabBar>
#include <QTableView>
#include <QTest>

namespace DceUpgrade::Wizard::Test {

namespace {

// What a widget's text makes Alt+<letter> do, keyed by that shortcut.
using MnemonicMap = QMap<int, QStringList>;

void addMnemonic(MnemonicMap &map, const QString &text, const QString &owner)
{
    const QKeySequence mnemonic = QKeySequence::mnemonic(text);
    if (!mnemonic.isEmpty()) {
        map[mnemonic[0].toCombined()].append(QStringLiteral("\"%1\" (%2)").arg(text, owner));
    }
}

QString ownerName(const QObject *object)
{
    return object->objectName().isEmpty() ? QString::fromLatin1(object->metaObject()->className())
                                          : object->objectName();
}

} // namespace

WizardHarness::WizardHarness(const QString &language)
    : WizardHarness(language, [](WizardSession &) {})
{ }

WizardHarness::WizardHarness(
    const QString &language, const std::function<void(WizardSession &)> &prepare)
    : m_session(std::make_unique<WizardSession>(ModuleProfile::builtIn(QStringLiteral("skoala"))))
{
    m_session->setLanguage(language);
    prepare(*m_session);
    m_wizard = std::make_unique<UpgradeWizard>(m_session.get());
    m_wizard->show();
    EXPECT_TRUE(QTest::qWaitForWindowExposed(m_wizard.get()));
}

WizardHarness::~WizardHarness()
{
    m_wizard.reset();
    m_session.reset();
}

bool WizardHarness::goTo(PageId page)
{
    const int wanted = pageIndex(page);
    for (int step = 0; step < 10 && m_wizard->currentId() != wanted; ++step) {
        if (m_wizard->currentId() > wanted) {
            m_wizard->back();
        } else {
            m_wizard->next();
        }
        QCoreApplication::processEvents();
    }
    return m_wizard->currentId() == wanted;
}

void WizardHarness::jumpTo(PageId page)
{
    const int start = m_wizard->startId();
    m_wizard->setStartId(pageIndex(page));
    m_wizard->restart();
    // Only this start: "Start another" and the like still go back to the real first page.
    m_wizard->setStartId(start);
    QCoreApplication::processEvents();
}

void WizardHarness::enterPackagePath(const QString &path)
{
    auto *edit = find<QLineEdit>(QStringLiteral("packagePath"));
    if (!edit) {
        return;
    }
    edit->setFocus();
    edit->clear();
    QTest::keyClicks(edit, path);
    QTest::keyClick(edit, Qt::Key_Return);
}

bool WizardHarness::waitUntil(const std::function<bool()> &condition, int timeoutMs)
{
    return QTest::qWaitFor(condition, timeoutMs);
}

void WizardHarness::switchLanguage(const QString &language)
{
    auto *combo = find<QComboBox>(QStringLiteral("languageSwitch"));
    if (!combo) {
        return;
    }
    combo->setCurrentIndex(combo->findData(language));
    EXPECT_EQ(m_session->language(), language);
    // LanguageChange reaches the widgets through posted events: let them be delivered.
    QTest::qWait(50);
}

QString WizardHarness::saveScreenshot(const QString &name, Settle settle)
{
    const QDir dir(QStringLiteral(DCE_WIZARD_SCREENSHOT_DIR));
    EXPECT_TRUE(dir.mkpath(QStringLiteral(".")));
    if (settle == Settle::Yes) {
        QTest::qWait(50);
    } else {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    }
    const QString path = dir.filePath(name + QStringLiteral(".png"));
    const QPixmap picture = m_wizard->grab();
    EXPECT_FALSE(picture.isNull());
    EXPECT_TRUE(picture.save(path, "PNG")) << "cannot write " << path.toStdString();
    return path;
}

} // namespace DceUpgrade::Wizard::Test

namespace DceUpgrade::Wizard::Test {

QStringList WizardHarness::mnemonicClashes(Visibility visibility) const
{
    QWidget *page = m_wizard->currentPage();
    if (!page) {
        return {QStringLiteral("no current page")};
    }
    const auto counts = [&](const QWidget *widget) {
        // Menus and dialogs are windows of their own, with their own mnemonics.
        return widget->window() == m_wizard.get()
            && (visibility == Visibility::All || widget->isVisible());
    };

    MnemonicMap used;
    for (const QLabel *label : page->findChildren<QLabel *>()) {
        if (label->buddy() && counts(label)) {
            addMnemonic(used, label->text(), ownerName(label));
        }
    }
    for (const QAbstractButton *button : page->findChildren<QAbstractButton *>()) {
        if (counts(button)) {
            addMnemonic(used, button->text(), ownerName(button));
        }
    }
    for (const QGroupBox *box : page->findChildren<QGroupBox *>()) {
        if (counts(box)) {
            addMnemonic(used, box->title(), ownerName(box));
        }
    }
    for (const QTabBar *tabs : page->findChildren<QTabBar *>()) {
        if (counts(tabs)) {
            for (int i = 0; i < tabs->count(); ++i) {
                addMnemonic(used, tabs->tabText(i), ownerName(tabs));
            }
        }
    }

    // The wizard's buttons: those shown count like the page's own; Next, Start and Close keep
    // their letters on every page, shown or not.
    MnemonicMap reserved;
    for (const QWizard::WizardButton which :
        {QWizard::BackButton, QWizard::NextButton, QWizard::CommitButton, QWizard::FinishButton,
            QWizard::CancelButton, QWizard::HelpButton}) {
        const QAbstractButton *button = m_wizard->button(which);
        const QString owner = QStringLiteral("wizard button");
        if (button && button->isVisible()) {
            addMnemonic(used, button->text(), owner);
        } else if (which == QWizard::NextButton || which == QWizard::CommitButton
            || which == QWizard::FinishButton) {
            addMnemonic(reserved, m_wizard->buttonText(which), owner);
        }
    }

    QStringList clashes;
    for (auto it = used.cbegin(); it != used.cend(); ++it) {
        const QString shortcut = QKeySequence(QKeyCombination::fromCombined(it.key()))
                                     .toString(QKeySequence::PortableText);
        if (it.value().size() > 1) {
            clashes.append(
                shortcut + QStringLiteral(" used by ") + it.value().join(QStringLiteral(", ")));
        }
        if (reserved.contains(it.key())) {
            clashes.append(shortcut + QStringLiteral(" is the wizard's ")
                + reserved.value(it.key()).join(QStringLiteral(", ")) + QStringLiteral(", also ")
                + it.value().join(QStringLiteral(", ")));
        }
    }
    return clashes;
}

} // namespace DceUpgrade::Wizard::Test

namespace DceUpgrade::Wizard::Test {

QStringList WizardHarness::unnamedControls(const QWidget *root)
{
    QStringList unnamed;
    for (QWidget *widget : root->findChildren<QWidget *>()) {
        const bool control = qobject_cast<QAbstractButton *>(widget)
            || qobject_cast<QLineEdit *>(widget) || qobject_cast<QAbstractSpinBox *>(widget)
            || qobject_cast<QComboBox *>(widget) || qobject_cast<QTableView *>(widget);
        // A spin or combo box's own line edit is announced as part of its box.
        const bool part = qobject_cast<QAbstractSpinBox *>(widget->parentWidget())
            || qobject_cast<QComboBox *>(widget->parentWidget());
        if (!control || part || !widget->isVisible()) {
            continue;
        }
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty()) {
            unnamed.append(widget->objectName() + QStringLiteral(" (")
                + QString::fromLatin1(widget->metaObject()->className()) + QLatin1Char(')'));
        }
    }
    return unnamed;
}

} // namespace DceUpgrade::Wizard::Test
