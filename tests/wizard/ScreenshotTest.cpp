#include "BundlePage.h"
#include "ErrorPanel.h"
#include "PackageFixture.h"
#include "WizardHarness.h"

#include <QImage>
#include <QPushButton>

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

// Every page in each language, in the states a person meets: welcome (tools probed, and as a
// demo), package page empty, reading, read and verified, checking every layer, broken, with a
// checksum mismatch and with a damaged layer. The zh_CN pictures show English wherever no
// Chinese translation is compiled in yet. Run the binary with QT_SCALE_FACTOR=2 for the 2x set
// (named ...@2x.png; ctest runs it that way too).
TEST_P(ScreenshotTest, EveryPage)
{
    const QString language = QString::fromLatin1(GetParam());
    PackageFixture fixture;
    const auto good
        = fixture.make(QStringLiteral("package"), QStringLiteral("skoala_v0.28.0_amd64.tar"));
    const auto broken
        = fixture.make(QStringLiteral("truncated"), QStringLiteral("skoala_v0.28.1_amd64.tar"));
    const auto badSum = fixture.make(
        QStringLiteral("package-badsum"), QStringLiteral("skoala_v0.28.2_amd64.tar"));
    const auto badLayer
        = fixture.make(QStringLiteral("bad-digest"), QStringLiteral("skoala_v0.28.3_amd64.tar"));
    ASSERT_FALSE(good.path.isEmpty());
    ASSERT_FALSE(broken.path.isEmpty());
    ASSERT_FALSE(badSum.path.isEmpty());
    ASSERT_FALSE(badLayer.path.isEmpty());

    WizardHarness harness(language);
    UpgradeWizard &wizard = harness.wizard();
    const QString suffix = QLatin1Char('_') + language
        + (wizard.devicePixelRatio() > 1 ? QStringLiteral("@2x") : QString());

    ASSERT_TRUE(harness.waitUntil([&] { return !harness.session().tools().isProbing(); }));
    expectPicture(harness.saveScreenshot(QStringLiteral("1-welcome") + suffix), wizard);
    {
        WizardHarness demo(language, [](WizardSession &session) {
            session.setDemoNote(QStringLiteral(
                "Registry: https://127.0.0.1:5443 (user demo, password demo-password)\n"
                "Cluster: the Kubernetes API stand-in on https://127.0.0.1:6443, skoala 0.27.0\n"
                "Package: /tmp/dce-demo/skoala_v0.28.1_amd64.tar"));
        });
        ASSERT_TRUE(demo.waitUntil([&] { return !demo.session().tools().isProbing(); }));
        expectPicture(
            demo.saveScreenshot(QStringLiteral("1-welcome-demo") + suffix), demo.wizard());
    }

    ASSERT_TRUE(harness.goTo(PageId::Bundle));
    auto *page = qobject_cast<BundlePage *>(wizard.currentPage());
    ASSERT_NE(page, nullptr);
    expectPicture(harness.saveScreenshot(QStringLiteral("2-bundle-empty") + suffix), wizard);

    harness.enterPackagePath(good.path);
    expectPicture(harness.saveScreenshot(
                      QStringLiteral("3-bundle-reading") + suffix, WizardHarness::Settle::No),
        wizard);
    ASSERT_TRUE(harness.waitUntil([&] { return page->isComplete(); }));
    expectPicture(harness.saveScreenshot(QStringLiteral("4-bundle-verified") + suffix), wizard);

    harness.find<QPushButton>(QStringLiteral("verifyLayersButton"))->click();
    expectPicture(harness.saveScreenshot(QStringLiteral("5-bundle-verifying-layers") + suffix,
                      WizardHarness::Settle::No),
        wizard);
    ASSERT_TRUE(harness.waitUntil([&] { return page->isComplete(); }));
    expectPicture(
        harness.saveScreenshot(QStringLiteral("6-bundle-layers-verified") + suffix), wizard);

    auto *error = harness.find<ErrorPanel>(QStringLiteral("errorPanel"));
    ASSERT_NE(error, nullptr);
    harness.enterPackagePath(broken.path);
    ASSERT_TRUE(harness.waitUntil([&] { return error->isVisible(); }));
    expectPicture(harness.saveScreenshot(QStringLiteral("7-bundle-error") + suffix), wizard);

    harness.enterPackagePath(badSum.path);
    ASSERT_TRUE(harness.waitUntil([&] { return error->isVisible() && !page->isBusy(); }));
    expectPicture(
        harness.saveScreenshot(QStringLiteral("8-bundle-checksum-mismatch") + suffix), wizard);

    harness.enterPackagePath(badLayer.path);
    ASSERT_TRUE(harness.waitUntil([&] { return page->isComplete(); }));
    expectPicture(harness.saveScreenshot(QStringLiteral("9-bundle-no-checksum") + suffix), wizard);
    harness.find<QPushButton>(QStringLiteral("verifyLayersButton"))->click();
    ASSERT_TRUE(harness.waitUntil([&] { return error->isVisible() && !page->isBusy(); }));
    expectPicture(harness.saveScreenshot(QStringLiteral("10-bundle-bad-layer") + suffix), wizard);
}

INSTANTIATE_TEST_SUITE_P(Languages, ScreenshotTest, ::testing::Values("en", "zh_CN"),
    [](const ::testing::TestParamInfo<const char *> &param) { return std::string(param.param); });

} // namespace DceUpgrade::Wizard::Test
