#include "UpgradePage.h"
#include "ChartRepo.h"
#include "ErrorPanel.h"
#include "HelpLinkButton.h"
#include "PackageFixture.h"
#include "ReleaseEditor.h"
#include "SecretScan.h"
#include "StandinCluster.h"
#include "UpgradeDraft.h"
#include "WizardHarness.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

namespace DceUpgrade::Wizard::Test {

namespace {

// Replaces the text of a field as a person would: focus, select all, type, leave.
void typeInto(QLineEdit *edit, const QString &text)
{
    ASSERT_NE(edit, nullptr);
    edit->setFocus();
    edit->selectAll();
    if (text.isEmpty()) {
        QTest::keyClick(edit, Qt::Key_Delete);
    } else {
        QTest::keyClicks(edit, text);
    }
    QTest::keyClick(edit, Qt::Key_Tab);
}

const ReleasePlan *releaseOf(const UpgradePlan &plan, const QString &chart)
{
    for (const ReleasePlan &release : plan.upgrade.releases) {
        if (release.chart == chart) {
            return &release;
        }
    }
    return nullptr;
}

QStringList comboData(const QComboBox *combo)
{
    QStringList data;
    for (int i = 0; i < combo->count(); ++i) {
        data.append(combo->itemData(i).toString());
    }
    return data;
}

// Picks the combo's item `data` with the keyboard (which emits activated(), as a person does).
void chooseWithKeys(QComboBox *combo, const QString &data)
{
    ASSERT_NE(combo, nullptr);
    const int wanted = combo->findData(data);
    ASSERT_GE(wanted, 0) << data.toStdString() << " is not offered";
    combo->setFocus();
    while (combo->currentIndex() != wanted) {
        QTest::keyClick(combo, combo->currentIndex() < wanted ? Qt::Key_Down : Qt::Key_Up);
    }
}

class UpgradePageFixture : public DraftedWizard
{
public:
    using DraftedWizard::DraftedWizard;

    UpgradePage *page()
    {
        return qobject_cast<UpgradePage *>(harness().wizard().page(pageIndex(PageId::Upgrade)));
    }
    bool enterPage()
    {
        return harness().goTo(PageId::Upgrade)
            && WizardHarness::waitUntil([this] { return !page()->isReadingKubeconfig(); });
    }
};

} // namespace

TEST(UpgradePage, EditsGoToTheDraft)
{
    UpgradePageFixture fixture;
    ASSERT_TRUE(fixture.enterPage());
    WizardHarness &harness = fixture.harness();
    UpgradePage *page = fixture.page();
    ASSERT_NE(page, nullptr);

    // The repository is the chart target of the Registry page until the user types another.
    auto *url = harness.find<QLineEdit>(QStringLiteral("repoUrl"));
    auto *alias = harness.find<QLineEdit>(QStringLiteral("repoAlias"));
    ASSERT_TRUE(url && alias);
    EXPECT_EQ(url->text(), UpgradeDraft::ChartRepoUrl);
    EXPECT_EQ(alias->text(), QStringLiteral("skoala-release"));
    EXPECT_TRUE(fixture.draft().upgrade.repoUrl.isEmpty());
    EXPECT_TRUE(page->isComplete());
    expectUniqueMnemonics(&harness.wizard());

    typeInto(alias, QStringLiteral("site-charts"));
    EXPECT_EQ(fixture.draft().upgrade.repoAlias, QStringLiteral("site-charts"));
    typeInto(url, QStringLiteral("https://charts.example.com/skoala"));
    EXPECT_EQ(fixture.draft().upgrade.repoUrl, QStringLiteral("https://charts.example.com/skoala"));
    // Cleared: back to the Registry page's chart target, which the plan then follows.
    typeInto(url, QString());
    EXPECT_TRUE(fixture.draft().upgrade.repoUrl.isEmpty());
    EXPECT_EQ(url->text(), UpgradeDraft::ChartRepoUrl);

    // Releases: every one of the package by default; a changed name is kept, a cleared
    // release is left out.
    EXPECT_TRUE(fixture.draft().upgrade.releases.empty());
    auto *skoalaName = harness.find<QLineEdit>(QStringLiteral("releaseName_skoala"));
    ASSERT_NE(skoalaName, nullptr);
    EXPECT_EQ(skoalaName->text(), QStringLiteral("skoala"));
    typeInto(skoalaName, QStringLiteral("skoala-prod"));
    ASSERT_NE(releaseOf(fixture.draft(), QStringLiteral("skoala")), nullptr);
    EXPECT_EQ(releaseOf(fixture.draft(), QStringLiteral("skoala"))->release,
        QStringLiteral("skoala-prod"));
    EXPECT_NE(releaseOf(fixture.draft(), QStringLiteral("skoala-init")), nullptr);
    auto *init = harness.find<ReleaseEditor>(QStringLiteral("release_skoala-init"));
    ASSERT_NE(init, nullptr);
    init->setChecked(false);
    EXPECT_EQ(releaseOf(fixture.draft(), QStringLiteral("skoala-init")), nullptr);
    ASSERT_EQ(fixture.draft().upgrade.releases.size(), 1u);
    // The last release cannot be cleared (an empty list would mean "all of them").
    auto *skoala = harness.find<ReleaseEditor>(QStringLiteral("release_skoala"));
    ASSERT_NE(skoala, nullptr);
    skoala->setChecked(false);
    EXPECT_TRUE(skoala->isChecked());
    EXPECT_EQ(fixture.draft().upgrade.releases.size(), 1u);
    EXPECT_TRUE(harness.find<QLabel>(QStringLiteral("upgradeProblems"))->isVisible());

    // The chart package: no repository, the package's version only.
    auto *chartPackage = harness.find<QRadioButton>(QStringLiteral("methodChartPackage"));
    ASSERT_NE(chartPackage, nullptr);
    chartPackage->click();
    EXPECT_EQ(fixture.draft().upgrade.method, UpgradeMethod::ChartPackage);
    EXPECT_FALSE(url->isEnabled());
    auto *version = harness.find<QComboBox>(QStringLiteral("releaseVersion_skoala"));
    ASSERT_NE(version, nullptr);
    EXPECT_EQ(comboData(version), QStringList {QStringLiteral("0.28.1")});
    EXPECT_FALSE(version->isEnabled());
    harness.find<QRadioButton>(QStringLiteral("methodHelmRepo"))->click();
    EXPECT_EQ(fixture.draft().upgrade.method, UpgradeMethod::HelmRepo);
    EXPECT_TRUE(url->isEnabled());

    // Image registry: computed unless overridden.
    auto *registry = harness.find<QLineEdit>(QStringLiteral("imageRegistry"));
    ASSERT_NE(registry, nullptr);
    EXPECT_TRUE(registry->placeholderText().startsWith(UpgradeDraft::Registry))
        << registry->placeholderText().toStdString();
    EXPECT_TRUE(harness.find<QLabel>(QStringLiteral("imageRegistryNote"))
                    ->text()
                    .contains(QStringLiteral("global.imageRegistry")));
    typeInto(registry, QStringLiteral("harbor.site.local/release.daocloud.io"));
    EXPECT_EQ(fixture.draft().upgrade.imageRegistry,
        QStringLiteral("harbor.site.local/release.daocloud.io"));

    // atomic and wait.
    harness.find<QAbstractButton>(QStringLiteral("atomic"))->click();
    EXPECT_FALSE(fixture.draft().upgrade.atomic);
    harness.find<QAbstractButton>(QStringLiteral("wait"))->click();
    EXPECT_FALSE(fixture.draft().upgrade.wait);
}

// "Only sync the images now; upgrade later" (upgrade.method none), chosen with the keyboard:
// the rest of the page is disabled but keeps its values for the later upgrade, and Next follows
// the plan's rules (with no sync either there is nothing to do).
TEST(UpgradePage, SyncOnlyDisablesTheUpgradeChoicesAndKeepsThem)
{
    UpgradePageFixture fixture;
    ASSERT_TRUE(fixture.enterPage());
    WizardHarness &harness = fixture.harness();
    UpgradePage *page = fixture.page();
    QAbstractButton *next = harness.wizard().button(QWizard::NextButton);
    auto *syncOnly = harness.find<QRadioButton>(QStringLiteral("methodSyncOnly"));
    auto *chartPackage = harness.find<QRadioButton>(QStringLiteral("methodChartPackage"));
    auto *problems = harness.find<QLabel>(QStringLiteral("methodProblems"));
    ASSERT_TRUE(syncOnly && chartPackage && problems && next);
    EXPECT_FALSE(syncOnly->isChecked());
    typeInto(harness.find<QLineEdit>(QStringLiteral("timeout")), QStringLiteral("25m"));

    syncOnly->setFocus();
    QTest::keyClick(syncOnly, Qt::Key_Space);
    EXPECT_TRUE(syncOnly->isChecked());
    EXPECT_EQ(fixture.draft().upgrade.method, UpgradeMethod::None);
    const QStringList upgradeOnly {QStringLiteral("releasesGroup"), QStringLiteral("clusterGroup"),
        QStringLiteral("imageGroup"), QStringLiteral("helmOptions")};
    for (const QString &name : upgradeOnly) {
        EXPECT_FALSE(harness.find<QWidget>(name)->isEnabled()) << name.toStdString();
    }
    EXPECT_FALSE(harness.find<QLineEdit>(QStringLiteral("repoUrl"))->isEnabled());
    EXPECT_TRUE(harness.find<QLabel>(QStringLiteral("syncOnlyNote"))->isVisible());
    EXPECT_EQ(fixture.draft().upgrade.timeout, QStringLiteral("25m")) << "kept for later";
    EXPECT_TRUE(page->isComplete());
    EXPECT_TRUE(next->isEnabled());
    EXPECT_FALSE(problems->isVisible());
    EXPECT_TRUE(syncOnly->text().contains(QStringLiteral("Only sync")));
    EXPECT_FALSE(syncOnly->toolTip().isEmpty());
    expectUniqueMnemonics(&harness.wizard());

    // No sync either: nothing to do, said next to the choice, and Next stays disabled.
    fixture.session().editDraft([](UpgradePlan &plan) { plan.sync.method = SyncMethod::None; });
    EXPECT_FALSE(page->isComplete());
    EXPECT_FALSE(next->isEnabled());
    EXPECT_TRUE(problems->isVisible());
    EXPECT_TRUE(problems->text().contains(QStringLiteral("nothing to do")))
        << problems->text().toStdString();
    fixture.session().editDraft([](UpgradePlan &plan) { plan.sync.method = SyncMethod::BuiltIn; });
    EXPECT_TRUE(page->isComplete());
    EXPECT_FALSE(problems->isVisible());

    // Back to an upgrade: what was kept is there again.
    chartPackage->setFocus();
    QTest::keyClick(chartPackage, Qt::Key_Space);
    EXPECT_EQ(fixture.draft().upgrade.method, UpgradeMethod::ChartPackage);
    for (const QString &name : upgradeOnly) {
        EXPECT_TRUE(harness.find<QWidget>(name)->isEnabled()) << name.toStdString();
    }
    EXPECT_EQ(harness.find<QLineEdit>(QStringLiteral("timeout"))->text(), QStringLiteral("25m"));
    EXPECT_TRUE(page->isComplete());
}

TEST(UpgradePage, TimeoutIsValidatedInline)
{
    UpgradePageFixture fixture;
    ASSERT_TRUE(fixture.enterPage());
    WizardHarness &harness = fixture.harness();
    UpgradePage *page = fixture.page();
    auto *timeout = harness.find<QLineEdit>(QStringLiteral("timeout"));
    auto *problem = harness.find<QLabel>(QStringLiteral("timeoutProblems"));
    QAbstractButton *next = harness.wizard().button(QWizard::NextButton);
    ASSERT_TRUE(timeout && problem && next);
    EXPECT_EQ(timeout->text(), QStringLiteral("10m"));

    for (const QString &bad : {QStringLiteral("ten minutes"), QStringLiteral("10"),
             QStringLiteral("-5m"), QStringLiteral("1h30")}) {
        typeInto(timeout, bad);
        EXPECT_EQ(fixture.draft().upgrade.timeout, bad);
        EXPECT_FALSE(page->isComplete()) << bad.toStdString();
        EXPECT_FALSE(next->isEnabled()) << bad.toStdString();
        EXPECT_TRUE(problem->isVisible()) << bad.toStdString();
        EXPECT_FALSE(problem->text().isEmpty());
    }
    for (const QString &good :
        {QStringLiteral("10m"), QStringLiteral("600s"), QStringLiteral("1h30m")}) {
        typeInto(timeout, good);
        EXPECT_EQ(fixture.draft().upgrade.timeout, good);
        EXPECT_TRUE(page->isComplete()) << good.toStdString();
        EXPECT_TRUE(next->isEnabled()) << good.toStdString();
        EXPECT_FALSE(problem->isVisible()) << good.toStdString();
    }
}

TEST(UpgradePage, KubeContextsComeFromTheKubeconfig)
{
    UpgradePageFixture fixture;
    const QString kubeconfig = UpgradeDraft::writeKubeconfig(fixture.dir(),
        {QStringLiteral("kpanda-global"), QStringLiteral("worker-1"), QStringLiteral("worker-2")});
    ASSERT_TRUE(fixture.enterPage());
    WizardHarness &harness = fixture.harness();
    UpgradePage *page = fixture.page();

    typeInto(harness.find<QLineEdit>(QStringLiteral("kubeconfigPath")), kubeconfig);
    EXPECT_EQ(fixture.draft().upgrade.kubeconfig, kubeconfig);
    auto *contexts = harness.find<QComboBox>(QStringLiteral("managementContext"));
    ASSERT_NE(contexts, nullptr);
    ASSERT_TRUE(WizardHarness::waitUntil([&] {
        return !page->isReadingKubeconfig() && contexts->count() == 4;
    })) << contexts->count();
    EXPECT_EQ(comboData(contexts),
        (QStringList {QString(), QStringLiteral("kpanda-global"), QStringLiteral("worker-1"),
            QStringLiteral("worker-2")}));
    EXPECT_TRUE(contexts->itemText(0).contains(QStringLiteral("kpanda-global")));
    EXPECT_TRUE(harness.find<QLabel>(QStringLiteral("kubeconfigStatus"))
                    ->text()
                    .contains(QStringLiteral("3 context")));

    chooseWithKeys(contexts, QStringLiteral("kpanda-global"));
    EXPECT_EQ(fixture.draft().upgrade.kubeContext, QStringLiteral("kpanda-global"));

    // skoala-init: one upgrade per worker cluster chosen.
    auto *workers = harness.find<QListWidget>(QStringLiteral("workerContexts_skoala-init"));
    ASSERT_NE(workers, nullptr);
    ASSERT_EQ(workers->count(), 3);
    auto *note = harness.find<QLabel>(QStringLiteral("workerContextsNote_skoala-init"));
    EXPECT_TRUE(note->text().contains(QStringLiteral("current cluster only")));
    workers->item(1)->setCheckState(Qt::Checked);
    workers->item(2)->setCheckState(Qt::Checked);
    const ReleasePlan *init = releaseOf(fixture.draft(), QStringLiteral("skoala-init"));
    ASSERT_NE(init, nullptr);
    EXPECT_EQ(
        init->kubeContexts, (QStringList {QStringLiteral("worker-1"), QStringLiteral("worker-2")}));
    EXPECT_NE(releaseOf(fixture.draft(), QStringLiteral("skoala")), nullptr);
    EXPECT_FALSE(note->text().contains(QStringLiteral("current cluster only")));

    // A kubeconfig that cannot be read is said so next to the field.
    typeInto(harness.find<QLineEdit>(QStringLiteral("kubeconfigPath")),
        fixture.dir() + QStringLiteral("/missing-kubeconfig"));
    ASSERT_TRUE(WizardHarness::waitUntil([&] { return !page->isReadingKubeconfig(); }));
    auto *unreadable = harness.find<QLabel>(QStringLiteral("kubeconfigProblem"));
    ASSERT_NE(unreadable, nullptr);
    EXPECT_TRUE(unreadable->isVisible());
    EXPECT_TRUE(unreadable->text().contains(QStringLiteral("missing-kubeconfig")))
        << unreadable->text().toStdString();
    // The chosen contexts stay, marked as not in the kubeconfig.
    EXPECT_EQ(workers->count(), 2);
    EXPECT_TRUE(workers->item(0)->text().contains(QStringLiteral("not in the kubeconfig")));
}

TEST(UpgradePage, EmptyKubeconfigFieldReadsKubeconfigFromTheEnvironment)
{
    QTemporaryDir dir;
    const QString kubeconfig = UpgradeDraft::writeKubeconfig(
        dir.path(), {QStringLiteral("from-env"), QStringLiteral("worker-9")});
    const ScopedEnvironment env("KUBECONFIG", kubeconfig.toUtf8());
    UpgradePageFixture fixture;
    ASSERT_TRUE(fixture.enterPage());
    EXPECT_TRUE(fixture.draft().upgrade.kubeconfig.isEmpty());
    auto *contexts = fixture.harness().find<QComboBox>(QStringLiteral("managementContext"));
    ASSERT_NE(contexts, nullptr);
    EXPECT_EQ(comboData(contexts),
        (QStringList {QString(), QStringLiteral("from-env"), QStringLiteral("worker-9")}));
}

// The versions come from a real chart repository (tests/integration/support/ChartRepo: skoala
// and skoala-init 0.28.0 and 0.28.1, Basic auth as a Harbor robot account), listed by the real
// helm 3 of the test cache.
class UpgradePageWithRealHelm : public RealHelmTest
{
};

TEST_F(UpgradePageWithRealHelm, ListsTheRepositoryVersionsWithThePackagesMarked)
{
    const QString password = QStringLiteral("pa$$ 'word\"ci");
    DceUpgrade::Test::ChartRepo repo(password);
    ASSERT_TRUE(repo.isValid());
    UpgradePageFixture fixture(repo.url(), repo.username(), password.toUtf8());
    fixture.session().tools().probe();
    ASSERT_TRUE(fixture.enterPage());
    WizardHarness &harness = fixture.harness();
    UpgradePage *page = fixture.page();

    // The password reaches helm on stdin only: no process shows it while the versions load.
    QStringList holders;
    ASSERT_TRUE(WizardHarness::waitUntil(
        [&] {
            holders += DceUpgrade::Test::processesHolding(password.toUtf8());
            return !page->isFetchingVersions();
        },
        60000));
    EXPECT_TRUE(holders.isEmpty()) << holders.join(QLatin1Char('\n')).toStdString();
    EXPECT_FALSE(harness.find<ErrorPanel>(QStringLiteral("versionsError"))->isVisible())
        << harness.find<ErrorPanel>(QStringLiteral("versionsError"))->message().toStdString();

    auto *version = harness.find<QComboBox>(QStringLiteral("releaseVersion_skoala"));
    ASSERT_NE(version, nullptr);
    EXPECT_EQ(
        comboData(version), (QStringList {QStringLiteral("0.28.1"), QStringLiteral("0.28.0")}));
    EXPECT_EQ(version->currentData().toString(), QStringLiteral("0.28.1"));
    EXPECT_TRUE(version->itemText(0).contains(QStringLiteral("in the offline package")));
    EXPECT_FALSE(version->itemText(1).contains(QStringLiteral("in the offline package")));
    EXPECT_TRUE(version->isEnabled());
    EXPECT_TRUE(harness.find<QLabel>(QStringLiteral("versionsStatus"))
                    ->text()
                    .contains(QStringLiteral("skoala: 2 version")));
    // Exactly skoala-init's versions, not skoala's too (helm's search is a substring match).
    auto *initVersion = harness.find<QComboBox>(QStringLiteral("releaseVersion_skoala-init"));
    EXPECT_EQ(comboData(initVersion).size(), 2);

    // The package's version is the default and stays out of the plan; another is written.
    EXPECT_TRUE(fixture.draft().upgrade.releases.empty());
    chooseWithKeys(version, QStringLiteral("0.28.0"));
    const ReleasePlan *skoala = releaseOf(fixture.draft(), QStringLiteral("skoala"));
    ASSERT_NE(skoala, nullptr);
    EXPECT_EQ(skoala->version, QStringLiteral("0.28.0"));
    chooseWithKeys(version, QStringLiteral("0.28.1"));
    EXPECT_TRUE(releaseOf(fixture.draft(), QStringLiteral("skoala"))->version.isEmpty());

    // The repository saw the robot account with the right password.
    bool authenticated = false;
    for (const QJsonValue request : repo.requests()) {
        const QJsonObject record = request.toObject();
        EXPECT_NE(record.value(QStringLiteral("auth")).toString(), QStringLiteral("bad"));
        authenticated = authenticated
            || (record.value(QStringLiteral("auth")).toString() == QStringLiteral("ok")
                && record.value(QStringLiteral("user")).toString() == repo.username());
    }
    EXPECT_TRUE(authenticated);
}

TEST_F(UpgradePageWithRealHelm, WrongPasswordIsExplained)
{
    DceUpgrade::Test::ChartRepo repo(QStringLiteral("the-right-one"));
    ASSERT_TRUE(repo.isValid());
    UpgradePageFixture fixture(repo.url(), repo.username(), QByteArrayLiteral("a-wrong-one"));
    fixture.session().tools().probe();
    ASSERT_TRUE(fixture.enterPage());
    WizardHarness &harness = fixture.harness();
    ASSERT_TRUE(
        WizardHarness::waitUntil([&] { return !fixture.page()->isFetchingVersions(); }, 60000));

    auto *error = harness.find<ErrorPanel>(QStringLiteral("versionsError"));
    ASSERT_NE(error, nullptr);
    EXPECT_TRUE(error->isVisible());
    EXPECT_TRUE(error->message().contains(repo.url())) << error->message().toStdString();
    EXPECT_TRUE(error->message().contains(QStringLiteral("401"))) << error->message().toStdString();
    EXPECT_TRUE(error->hint().contains(QStringLiteral("password"))) << error->hint().toStdString();
    EXPECT_FALSE(error->message().contains(QStringLiteral("a-wrong-one")));
    // With the help on a refused Helm repository a click away.
    ASSERT_NE(error->helpButton(), nullptr);
    EXPECT_TRUE(error->helpButton()->isVisibleTo(error));
    EXPECT_EQ(error->helpButton()->topic().toString(), QStringLiteral("upgrade#helm-repo"));
    harness.saveScreenshot(QStringLiteral("p5-upgrade-wrong-password_en"));
    // Only the package's own version can be chosen then, and the page is not blocked by it:
    // the engine checks the repository again before the upgrade.
    EXPECT_EQ(comboData(harness.find<QComboBox>(QStringLiteral("releaseVersion_skoala"))),
        QStringList {QStringLiteral("0.28.1")});
    EXPECT_TRUE(fixture.page()->isComplete());

    // A password typed on the Registry page afterwards is used by "Fetch versions".
    fixture.session().secrets().set(RegistryPasswordId, QByteArrayLiteral("the-right-one"));
    harness.find<QAbstractButton>(QStringLiteral("fetchVersions"))->click();
    ASSERT_TRUE(
        WizardHarness::waitUntil([&] { return !fixture.page()->isFetchingVersions(); }, 60000));
    EXPECT_FALSE(error->isVisible()) << error->message().toStdString();
    EXPECT_EQ(harness.find<QComboBox>(QStringLiteral("releaseVersion_skoala"))->count(), 2);
}

} // namespace DceUpgrade::Wizard::Test
