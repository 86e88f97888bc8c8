#include "BundlePage.h"
#include "ErrorPanel.h"
#include "PackageFixture.h"
#include "WizardHarness.h"

#include <QImage>

#include <gtest/gtest.h>

namespace DceUpgrade::Wizard::Test {

namespace {

void expectPicture(const QString &path, const UpgradeWizard &wizard)
{
    const QImage image(path);
    ASSERT_FALSE(image.isNull()) << path.toStdString();
    EXPECT_EQ(image.size(), wizard.size() * wizard.devicePixelRatio());
}

} // namespace

class ScreenshotTest : public ::testing::TestWithParam<const char *>
{
};

// Every page in each language, in the states a person meets: welcome, package page empty,
// package read, package broken. The zh_CN pictures show English wherever no Chinese translation
// is compiled in yet (UpgradeWizardTest.LanguageSwitchTranslatesTheTexts fails meanwhile).
TEST_P(ScreenshotTest, EveryPage)
{
    const QString language = QString::fromLatin1(GetParam());
    PackageFixture fixture;
    const auto good
        = fixture.make(QStringLiteral("package"), QStringLiteral("skoala_v0.28.0_amd64.tar"));
    const auto broken
        = fixture.make(QStringLiteral("truncated"), QStringLiteral("skoala_v0.28.1_amd64.tar"));
    ASSERT_FALSE(good.path.isEmpty());
    ASSERT_FALSE(broken.path.isEmpty());

    WizardHarness harness(language);
    UpgradeWizard &wizard = harness.wizard();
    const QString suffix = QLatin1Char('_') + language;

    expectPicture(harness.saveScreenshot(QStringLiteral("1-welcome") + suffix), wizard);

    ASSERT_TRUE(harness.goTo(PageId::Bundle));
    auto *page = qobject_cast<BundlePage *>(wizard.currentPage());
    ASSERT_NE(page, nullptr);
    expectPicture(harness.saveScreenshot(QStringLiteral("2-bundle-empty") + suffix), wizard);

    harness.enterPackagePath(good.path);
    expectPicture(harness.saveScreenshot(
                      QStringLiteral("3-bundle-reading") + suffix, WizardHarness::Settle::No),
        wizard);
    ASSERT_TRUE(harness.waitUntil([&] { return page->isComplete(); }));
    expectPicture(harness.saveScreenshot(QStringLiteral("4-bundle-read") + suffix), wizard);

    auto *error = harness.find<ErrorPanel>(QStringLiteral("errorPanel"));
    ASSERT_NE(error, nullptr);
    harness.enterPackagePath(broken.path);
    ASSERT_TRUE(harness.waitUntil([&] { return error->isVisible(); }));
    expectPicture(harness.saveScreenshot(QStringLiteral("5-bundle-error") + suffix), wizard);
}

INSTANTIATE_TEST_SUITE_P(Languages, ScreenshotTest, ::testing::Values("en", "zh_CN"),
    [](const ::testing::TestParamInfo<const char *> &param) { return std::string(param.param); });

} // namespace DceUpgrade::Wizard::Test
