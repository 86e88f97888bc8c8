#include "WizardHarness.h"

#include "model/ModuleProfile.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QLineEdit>
#include <QPixmap>
#include <QTest>

namespace DceUpgrade::Wizard::Test {

WizardHarness::WizardHarness(const QString &language)
    : m_session(std::make_unique<WizardSession>(ModuleProfile::builtIn(QStringLiteral("skoala"))))
{
    m_session->setLanguage(language);
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
