#include "ChartRepo.h"
#include "ReviewPage.h"
#include "StandinCluster.h"
#include "UpgradeDraft.h"
#include "UpgradePage.h"
#include "WizardHarness.h"

#include <QApplication>
#include <QImage>
#include <QListWidget>
#include <QRadioButton>
#include <QTest>

#include <gtest/gtest.h>

namespace DceUpgrade::Wizard::Test {

// The Upgrade and Review pages as a person meets them on a site: versions listed from a real
// chart repository, the worker clusters of a real kubeconfig, skoala 0.28.0 running on the
// management cluster and skoala-init 0.28.0 on a worker. Saved as p5-upgrade_<lang> and
// p6-review_<lang> (with "@2x" when run with QT_SCALE_FACTOR=2).
class UpgradeReviewScreenshotsWithRealHelm : public ::testing::TestWithParam<const char *>
{
};

TEST_P(UpgradeReviewScreenshotsWithRealHelm, UpgradeAndReviewPages)
{
    using DceUpgrade::Test::ChartRepo;
    using DceUpgrade::Test::StandinCluster;
    const QString helm = StandinCluster::helmBinary(3);
    ASSERT_FALSE(helm.isEmpty());
    const ScopedEnvironment helmChoice("DCE_UPGRADE_HELM", helm.toUtf8());
    const QString password = QStringLiteral("Harbor12345");
    ChartRepo repo(password);
    StandinCluster cluster;
    ASSERT_TRUE(repo.isValid() && cluster.isRunning());
    ASSERT_TRUE(cluster.installRelease(3, QStringLiteral("skoala"), QStringLiteral("skoala-system"),
        repo.chartTgz(QStringLiteral("skoala"), QStringLiteral("0.28.0"))));
    ASSERT_TRUE(
        cluster.installRelease(3, QStringLiteral("skoala-init"), QStringLiteral("skoala-system"),
            repo.chartTgz(QStringLiteral("skoala-init"), QStringLiteral("0.28.0")),
            {QStringLiteral("--kube-context"), StandinCluster::WorkerContext}));

    const QString language = QString::fromLatin1(GetParam());
    const QString suffix = QLatin1Char('_') + language
        + (qApp->devicePixelRatio() > 1.5 ? QStringLiteral("@2x") : QString());
    DraftedWizard drafted(repo.url(), repo.username(), password.toUtf8(), language);
    WizardHarness &harness = drafted.harness();
    harness.session().editDraft(
        [&](UpgradePlan &plan) { plan.upgrade.kubeconfig = cluster.kubeconfig(); });
    harness.session().tools().probe();

    ASSERT_TRUE(harness.goTo(PageId::Upgrade));
    auto *upgrade = qobject_cast<UpgradePage *>(harness.wizard().currentPage());
    ASSERT_NE(upgrade, nullptr);
    ASSERT_TRUE(WizardHarness::waitUntil(
        [&] { return !upgrade->isFetchingVersions() && !upgrade->isReadingKubeconfig(); }, 60000));
    auto *workers = harness.find<QListWidget>(QStringLiteral("workerContexts_skoala-init"));
    ASSERT_NE(workers, nullptr);
    const auto found = workers->findItems(StandinCluster::WorkerContext, Qt::MatchExactly);
    ASSERT_EQ(found.size(), 1);
    found.first()->setCheckState(Qt::Checked);
    const QString upgradeShot = harness.saveScreenshot(QStringLiteral("p5-upgrade") + suffix);
    EXPECT_FALSE(QImage(upgradeShot).isNull());

    ASSERT_TRUE(harness.goTo(PageId::Review));
    auto *review = qobject_cast<ReviewPage *>(harness.wizard().currentPage());
    ASSERT_NE(review, nullptr);
    ASSERT_TRUE(WizardHarness::waitUntil([&] { return !review->isProbing(); }, 60000));
    ASSERT_TRUE(review->isComplete());
    const QString reviewShot = harness.saveScreenshot(QStringLiteral("p6-review") + suffix);
    EXPECT_FALSE(QImage(reviewShot).isNull());
}

INSTANTIATE_TEST_SUITE_P(Languages, UpgradeReviewScreenshotsWithRealHelm,
    ::testing::Values("en", "zh_CN"),
    [](const ::testing::TestParamInfo<const char *> &param) { return std::string(param.param); });

// The same pages for a plan that only syncs (upgrade.method none), chosen with the keyboard,
// on a machine without helm: p5-upgrade-synconly_<lang>, p6-review-synconly_<lang>. Each page's
// mnemonics are checked in the language shown.
class SyncOnlyScreenshotTest : public ::testing::TestWithParam<const char *>
{
};

TEST_P(SyncOnlyScreenshotTest, UpgradeAndReviewPages)
{
    // A name no directory of PATH holds: a machine without helm.
    const ScopedEnvironment noHelm("DCE_UPGRADE_HELM", QByteArrayLiteral("dce-test-no-such-helm"));
    const QString language = QString::fromLatin1(GetParam());
    const QString suffix = QLatin1Char('_') + language
        + (qApp->devicePixelRatio() > 1.5 ? QStringLiteral("@2x") : QString());
    DraftedWizard drafted(
        UpgradeDraft::ChartRepoUrl, UpgradeDraft::User, QByteArrayLiteral("Harbor12345"), language);
    WizardHarness &harness = drafted.harness();
    ASSERT_TRUE(harness.goTo(PageId::Upgrade));
    auto *upgrade = qobject_cast<UpgradePage *>(harness.wizard().currentPage());
    ASSERT_NE(upgrade, nullptr);
    auto *syncOnly = harness.find<QRadioButton>(QStringLiteral("methodSyncOnly"));
    ASSERT_NE(syncOnly, nullptr);
    syncOnly->setFocus();
    QTest::keyClick(syncOnly, Qt::Key_Space);
    ASSERT_TRUE(WizardHarness::waitUntil([&] { return !upgrade->isReadingKubeconfig(); }));
    ASSERT_TRUE(upgrade->isComplete());
    EXPECT_TRUE(harness.mnemonicClashes(WizardHarness::Visibility::All).isEmpty())
        << harness.mnemonicClashes(WizardHarness::Visibility::All)
               .join(QLatin1Char('\n'))
               .toStdString();
    EXPECT_FALSE(
        QImage(harness.saveScreenshot(QStringLiteral("p5-upgrade-synconly") + suffix)).isNull());

    ASSERT_TRUE(harness.goTo(PageId::Review));
    auto *review = qobject_cast<ReviewPage *>(harness.wizard().currentPage());
    ASSERT_NE(review, nullptr);
    ASSERT_TRUE(WizardHarness::waitUntil(
        [&] { return !harness.session().tools().isProbing() && !review->isProbing(); }));
    ASSERT_TRUE(review->isComplete());
    EXPECT_TRUE(harness.mnemonicClashes(WizardHarness::Visibility::All).isEmpty())
        << harness.mnemonicClashes(WizardHarness::Visibility::All)
               .join(QLatin1Char('\n'))
               .toStdString();
    EXPECT_FALSE(
        QImage(harness.saveScreenshot(QStringLiteral("p6-review-synconly") + suffix)).isNull());
}

INSTANTIATE_TEST_SUITE_P(Languages, SyncOnlyScreenshotTest, ::testing::Values("en", "zh_CN"),
    [](const ::testing::TestParamInfo<const char *> &param) { return std::string(param.param); });

} // namespace DceUpgrade::Wizard::Test
