// The Review page and the version notes of a module (issue 12): with ghippo 0.11.0 running in
// the Kubernetes API stand-in (installed by the real helm 3) and the package of ghippo 0.12.0,
// the page asks the cluster what runs, and then says that the keycloak -> keycloakx note applies
// to this upgrade, in the plan text and among the things to read before starting, in English
// and in Chinese. With ghippo 0.12.0 already running, no note is shown as applying. The Upgrade
// page offers the note's rename (upgrade.renameKeys).
#include "ModuleChart.h"
#include "PackageFixture.h"
#include "ReviewPage.h"
#include "StandinCluster.h"
#include "UpgradeDraft.h"
#include "WarningPanel.h"
#include "WizardHarness.h"

#include "model/ModuleProfile.h"

#include <QCheckBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTest>

#include <gtest/gtest.h>

namespace DceUpgrade::Wizard::Test {

namespace {

using DceUpgrade::Test::StandinCluster;

class VersionNotesReviewWithRealHelm : public RealHelmTest,
                                       public ::testing::WithParamInterface<const char *>
{
protected:
    QString language() const { return QString::fromLatin1(GetParam()); }

    PackageFixture::Generated ghippoPackage(const QString &version)
    {
        return fixture.make(QStringLiteral("module"),
            QStringLiteral("ghippo_%1_amd64.tar").arg(version),
            {QStringLiteral("--module"), QStringLiteral("ghippo"), QStringLiteral("--version"),
                version});
    }

    // ghippo at `installed` in the stand-in; the wizard on the Review page with the package of
    // 0.12.0 and the stand-in's kubeconfig; the page done asking the cluster.
    void reviewOver(const QString &installed)
    {
        const PackageFixture::Generated older = ghippoPackage(installed);
        ASSERT_FALSE(older.path.isEmpty());
        const DceUpgrade::Test::GeneratedBundle bundle {older.path, older.expect};
        ASSERT_TRUE(
            cluster.installRelease(3, QStringLiteral("ghippo"), QStringLiteral("ghippo-system"),
                DceUpgrade::Test::unpackModuleChart(
                    bundle, QStringLiteral("ghippo"), fixture.dir() + QStringLiteral("/old")),
                {QStringLiteral("--skip-crds")}));
        const PackageFixture::Generated package = ghippoPackage(QStringLiteral("0.12.0"));
        ASSERT_FALSE(package.path.isEmpty());

        harness = std::make_unique<WizardHarness>(language());
        ASSERT_TRUE(harness->goTo(PageId::Bundle));
        harness->enterPackagePath(package.path);
        ASSERT_TRUE(WizardHarness::waitUntil([this] {
            return harness->session().hasPackage()
                && harness->session().profile().id == QLatin1String("ghippo");
        }));
        UpgradeDraft::fillRegistryAndSync(harness->session());
        harness->session().editDraft(
            [this](UpgradePlan &plan) { plan.upgrade.kubeconfig = cluster.kubeconfig(); });
        harness->session().tools().probe();
        ASSERT_TRUE(harness->goTo(PageId::Review));
        auto *review = qobject_cast<ReviewPage *>(harness->wizard().currentPage());
        ASSERT_NE(review, nullptr);
        ASSERT_TRUE(WizardHarness::waitUntil(
            [&] { return !harness->session().tools().isProbing() && !review->isProbing(); }));
    }

    QString planText() const
    {
        return harness->find<QPlainTextEdit>(QStringLiteral("planText"))->toPlainText();
    }
    QString warnings() const
    {
        return harness->find<WarningPanel>(QStringLiteral("warningPanel"))
            ->warnings()
            .join(QLatin1Char('\n'));
    }

    PackageFixture fixture;
    StandinCluster cluster;
    std::unique_ptr<WizardHarness> harness;
};

} // namespace

TEST_P(VersionNotesReviewWithRealHelm, TheNoteOfTheInstalledVersionIsShownAsApplying)
{
    ASSERT_TRUE(cluster.isRunning());
    reviewOver(QStringLiteral("0.11.0"));
    const ProfileText note
        = ModuleProfile::builtIn(QStringLiteral("ghippo")).releases.at(0).notes.at(0).text;
    const bool chinese = language() == QLatin1String("zh_CN");
    const QString text = chinese ? note.zhCN : note.en;
    const QString applies = chinese ? QStringLiteral("ghippo（0.11.0 → 0.12.0）：") + text
                                    : QStringLiteral("ghippo (0.11.0 → 0.12.0): ") + text;
    EXPECT_TRUE(planText().contains(applies)) << planText().toStdString();
    // Once the cluster answered, "if the installed version is ..." is no longer said.
    EXPECT_FALSE(
        planText().contains(chinese ? QStringLiteral(" - ghippo（如果已安装的版本满足")
                                    : QStringLiteral(" - ghippo, if the installed version")))
        << planText().toStdString();
    EXPECT_TRUE(warnings().contains(applies)) << warnings().toStdString();
    EXPECT_FALSE(warnings().contains(chinese ? note.en : note.zhCN)) << warnings().toStdString();
    harness->saveScreenshot(QStringLiteral("p6-review-version-note_") + language());
}

TEST_P(VersionNotesReviewWithRealHelm, NoNoteAppliesWhenTheInstalledVersionIsPastIt)
{
    ASSERT_TRUE(cluster.isRunning());
    reviewOver(QStringLiteral("0.12.0"));
    const ProfileText note
        = ModuleProfile::builtIn(QStringLiteral("ghippo")).releases.at(0).notes.at(0).text;
    EXPECT_FALSE(planText().contains(note.en)) << planText().toStdString();
    EXPECT_FALSE(planText().contains(note.zhCN)) << planText().toStdString();
    EXPECT_FALSE(warnings().contains(QStringLiteral("keycloakx"))) << warnings().toStdString();
}

// The Upgrade page offers the rename a version note calls for (checked: upgrade.renameKeys
// defaults to true), and only for a module and version that have one.
TEST(VersionNotesUpgradePage, OffersTheRenameOfTheNoteAndPassesTheChoiceToThePlan)
{
    PackageFixture fixture;
    const QString ghippo
        = fixture
              .make(QStringLiteral("module"), QStringLiteral("ghippo_0.12.0_amd64.tar"),
                  {QStringLiteral("--module"), QStringLiteral("ghippo"),
                      QStringLiteral("--version"), QStringLiteral("0.12.0")})
              .path;
    const QString kpanda
        = fixture
              .make(QStringLiteral("module"), QStringLiteral("kpanda_0.28.0_amd64.tar"),
                  {QStringLiteral("--module"), QStringLiteral("kpanda"),
                      QStringLiteral("--version"), QStringLiteral("0.28.0")})
              .path;
    ASSERT_FALSE(ghippo.isEmpty() || kpanda.isEmpty());

    WizardHarness harness;
    ASSERT_TRUE(harness.goTo(PageId::Bundle));
    harness.enterPackagePath(ghippo);
    ASSERT_TRUE(WizardHarness::waitUntil(
        [&] { return harness.session().profile().id == QLatin1String("ghippo"); }));
    UpgradeDraft::fillRegistryAndSync(harness.session());
    ASSERT_TRUE(harness.goTo(PageId::Upgrade));
    auto *rename = harness.find<QCheckBox>(QStringLiteral("renameKeys"));
    ASSERT_NE(rename, nullptr);
    EXPECT_TRUE(rename->isVisible());
    EXPECT_TRUE(rename->isChecked());
    EXPECT_TRUE(rename->text().contains(QStringLiteral("keycloak → keycloakx")))
        << rename->text().toStdString();
    harness.saveScreenshot(QStringLiteral("p5-upgrade-rename-keys_en"));

    // By keyboard, as an engineer who edits the values by hand would.
    rename->setFocus();
    QTest::keyClick(rename, Qt::Key_Space);
    EXPECT_FALSE(harness.session().draft().upgrade.renameKeys);
    EXPECT_TRUE(QString::fromUtf8(harness.session().draft().toYaml())
                    .contains(QStringLiteral("renameKeys: false")));
    ASSERT_TRUE(harness.goTo(PageId::Review));
    const QString plan = harness.find<QPlainTextEdit>(QStringLiteral("planText"))->toPlainText();
    EXPECT_TRUE(plan.contains(QStringLiteral(
        "upgrade.renameKeys is false: rename keycloak → keycloakx in the values yourself.")))
        << plan.toStdString();

    // kpanda's notes rename nothing: no such choice.
    ASSERT_TRUE(harness.goTo(PageId::Bundle));
    harness.enterPackagePath(kpanda);
    ASSERT_TRUE(WizardHarness::waitUntil(
        [&] { return harness.session().profile().id == QLatin1String("kpanda"); }));
    ASSERT_TRUE(harness.goTo(PageId::Upgrade));
    EXPECT_FALSE(harness.find<QCheckBox>(QStringLiteral("renameKeys"))->isVisible());
}

INSTANTIATE_TEST_SUITE_P(Languages, VersionNotesReviewWithRealHelm,
    ::testing::Values("en", "zh_CN"),
    [](const ::testing::TestParamInfo<const char *> &param) { return std::string(param.param); });

} // namespace DceUpgrade::Wizard::Test
