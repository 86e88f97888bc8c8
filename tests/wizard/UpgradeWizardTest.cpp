#include "WizardHarness.h"

#include <QAbstractButton>
#include <QComboBox>

#include <gtest/gtest.h>

namespace DceUpgrade::Wizard::Test {

TEST(UpgradeWizardTest, OpensOnTheWelcomePage)
{
    WizardHarness harness;
    UpgradeWizard &wizard = harness.wizard();

    EXPECT_TRUE(wizard.isVisible());
    EXPECT_EQ(wizard.currentId(), pageIndex(PageId::Welcome));
    EXPECT_FALSE(wizard.windowTitle().isEmpty());
    EXPECT_FALSE(wizard.currentPage()->title().isEmpty());
    // The icon comes from an SVG resource: a null icon means the resource or the SVG plugin is
    // missing.
    EXPECT_FALSE(wizard.windowIcon().isNull());
    EXPECT_FALSE(wizard.pixmap(QWizard::LogoPixmap).isNull());

    // No module named: it is recognised from the package.
    auto *module = harness.find<QComboBox>(QStringLiteral("moduleChoice"));
    ASSERT_NE(module, nullptr);
    EXPECT_EQ(module->currentText(), QStringLiteral("Recognise it from the package"));
    EXPECT_EQ(wizard.currentPage()->title(), QStringLiteral("Upgrade a DCE 5.0 module offline"));

    EXPECT_TRUE(wizard.button(QWizard::NextButton)->isEnabled());
    EXPECT_FALSE(wizard.button(QWizard::BackButton)->isVisible());
    ASSERT_TRUE(harness.goTo(PageId::Bundle));
    EXPECT_FALSE(wizard.currentPage()->isComplete()) << "no package read yet";
}

// Proves the run-time switch reaches every page, hidden ones included, through
// Translations::install -> LanguageChange -> retranslateUi(). It watches the module name, which
// comes from the profile's data (name.zh_CN), so it does not depend on compiled translations.
TEST(UpgradeWizardTest, LanguageSwitchRetranslatesEveryPage)
{
    // skoala named, as `--module skoala` does.
    WizardHarness harness(QStringLiteral("en"), [](WizardSession &session) {
        session.setProfile(session.profile(), WizardSession::ModuleOrigin::Chosen);
    });
    UpgradeWizard &wizard = harness.wizard();
    auto *combo = harness.find<QComboBox>(QStringLiteral("moduleChoice"));
    ASSERT_NE(combo, nullptr);
    const QComboBox *module = combo; // the chosen module's name, from the profile
    QWizardPage *bundlePage = wizard.page(pageIndex(PageId::Bundle));
    const QString moduleEn = module->currentText();
    EXPECT_EQ(moduleEn, QStringLiteral("Microservice Engine (skoala)"));

    harness.switchLanguage(QStringLiteral("zh_CN"));
    ASSERT_TRUE(harness.waitUntil([&] { return module->currentText() != moduleEn; }, 5000))
        << "the Welcome page was not retranslated after the switch to zh_CN";
    EXPECT_TRUE(module->currentText().contains(QStringLiteral(u"微服务引擎")))
        << module->currentText().toStdString();
    EXPECT_TRUE(wizard.currentPage()->title().contains(QStringLiteral(u"微服务引擎")));
    EXPECT_TRUE(bundlePage->subTitle().contains(QStringLiteral(u"微服务引擎")))
        << "the (hidden) Bundle page was not retranslated";

    harness.switchLanguage(QStringLiteral("en"));
    ASSERT_TRUE(harness.waitUntil([&] { return module->currentText() == moduleEn; }, 5000));
    EXPECT_TRUE(bundlePage->subTitle().contains(QStringLiteral("Microservice Engine")));
}

// NEEDS TRANSLATIONS: passes only once translations/dce-upgrade_zh_CN.ts is translated and
// compiled into the :/i18n/dce-upgrade_zh_CN.qm resource that Translations::install() loads.
// Until then it fails on purpose, loudly: a wizard that stays English after choosing 中文 is a
// bug a user would see, not something to skip.
TEST(UpgradeWizardTest, LanguageSwitchTranslatesTheTexts)
{
    WizardHarness harness;
    UpgradeWizard &wizard = harness.wizard();
    const QString windowTitleEn = wizard.windowTitle();
    const QString pageTitleEn = wizard.currentPage()->title();
    const QString nextEn = wizard.buttonText(QWizard::NextButton);

    harness.switchLanguage(QStringLiteral("zh_CN"));
    const bool translated
        = harness.waitUntil([&] { return wizard.windowTitle() != windowTitleEn; }, 5000);
    ASSERT_TRUE(translated)
        << "\n*** NO CHINESE TRANSLATION LOADED ***\n"
        << "After switching to zh_CN the window title is still \"" << windowTitleEn.toStdString()
        << "\".\nTranslations::install(\"zh_CN\") found no translation for it in "
           ":/i18n/dce-upgrade_zh_CN.qm.\nTranslate translations/dce-upgrade_zh_CN.ts (context "
           "DceUpgrade::Wizard::UpgradeWizard, \"DCE 5.0 Offline Upgrade\") and embed the .qm; "
           "this test passes once that is done.";
    EXPECT_NE(wizard.currentPage()->title(), pageTitleEn) << "page title not translated";
    EXPECT_NE(wizard.buttonText(QWizard::NextButton), nextEn) << "Next button not translated";

    harness.switchLanguage(QStringLiteral("en"));
    ASSERT_TRUE(harness.waitUntil([&] { return wizard.windowTitle() == windowTitleEn; }, 5000))
        << "switching back to English did not restore the window title";
    EXPECT_EQ(wizard.currentPage()->title(), pageTitleEn);
    EXPECT_EQ(wizard.buttonText(QWizard::NextButton), nextEn);
}

} // namespace DceUpgrade::Wizard::Test
