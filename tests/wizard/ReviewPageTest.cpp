#include "ReviewPage.h"
#include "ChartRepo.h"
#include "ErrorPanel.h"
#include "Fixtures.h"
#include "PackageFixture.h"
#include "ScopedEnvironment.h"
#include "StandinCluster.h"
#include "ToolInventory.h"
#include "UpgradeDraft.h"
#include "WarningPanel.h"
#include "WizardHarness.h"

#include "bundle/PackageReader.h"
#include "engine/PlanText.h"
#include "engine/Planner.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

#include <gtest/gtest.h>

namespace DceUpgrade::Wizard::Test {

namespace {

const QString PackageName = DraftedWizard::PackageName;
const QByteArray Password = QByteArrayLiteral("Harbor12345");

class ReviewFixture : public DraftedWizard
{
public:
    ReviewFixture()
        : DraftedWizard(UpgradeDraft::ChartRepoUrl, UpgradeDraft::User, Password)
    { }

    ReviewPage *page()
    {
        return qobject_cast<ReviewPage *>(harness().wizard().page(pageIndex(PageId::Review)));
    }
    bool enterPage()
    {
        return harness().goTo(PageId::Review) && WizardHarness::waitUntil([this] {
            return !session().tools().isProbing() && !page()->isProbing();
        });
    }
    QAbstractButton *startButton() { return harness().wizard().button(QWizard::CommitButton); }

    // The plan text the page shows, as `dce-upgrade plan` prints it.
    QString planText()
    {
        return harness().find<QPlainTextEdit>(QStringLiteral("planText"))->toPlainText();
    }

    // What `dce-upgrade plan --lang en` prints for the draft saved as a plan file, with `extra`
    // options; empty (and the test failed) when it does not succeed.
    QString cliPlanText(const QStringList &extra = {})
    {
        const QString planFile = dir() + QStringLiteral("/plan.yaml");
        QFile file(planFile);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly) && file.write(session().draft().toYaml()) > 0);
        file.close();
        const auto cli = DceUpgrade::Test::Fixtures::runCli(
            QStringList {QStringLiteral("plan"), QStringLiteral("--plan"), planFile,
                QStringLiteral("--lang"), QStringLiteral("en")}
            + extra);
        EXPECT_EQ(cli.exitCode, 0) << cli.err.toStdString();
        return cli.exitCode == 0 ? cli.out : QString();
    }

    // A plan text from its steps on: the title and notes name the plan file and the helm found.
    static QString steps(const QString &text)
    {
        return text.mid(text.indexOf(QStringLiteral("${SESSION} is the session directory")));
    }

    // Accepts the file dialog the page opened (open(), so the test keeps running) with `path`.
    bool acceptFileDialog(const QString &objectName, const QString &path)
    {
        QFileDialog *dialog = nullptr;
        const bool shown = WizardHarness::waitUntil([&] {
            dialog = harness().wizard().findChild<QFileDialog *>(objectName);
            return dialog && dialog->isVisible();
        });
        if (!shown) {
            ADD_FAILURE() << "no visible " << objectName.toStdString();
            return false;
        }
        EXPECT_TRUE(dialog->isModal());
        dialog->selectFile(path);
        // QFileDialog::accept() is protected; the dialog is accepted as its button would.
        static_cast<QDialog *>(dialog)->accept();
        return true;
    }

    // The confirmation Start opened, or null when none is shown.
    QMessageBox *confirmation()
    {
        auto *box
            = harness().wizard().findChild<QMessageBox *>(QStringLiteral("startConfirmation"));
        return box && box->isVisible() ? box : nullptr;
    }
    QMessageBox *waitForConfirmation()
    {
        WizardHarness::waitUntil([this] { return confirmation() != nullptr; }, 5000);
        return confirmation();
    }
};

} // namespace

TEST(ReviewPage, ShowsTheTextOfDceUpgradePlan)
{
    ReviewFixture fixture;
    ASSERT_TRUE(fixture.enterPage());
    ReviewPage *page = fixture.page();
    ASSERT_TRUE(page->planResult().has_value());

    // The page's text is PlanText of the planner's result for this draft.
    Planner::Input input;
    input.plan = &fixture.session().draft();
    input.profile = &fixture.session().profile();
    input.package = fixture.session().package().get();
    input.helm = page->plannedHelm();
    const QString expected = PlanText::render(Planner::plan(input), page->planHeading());
    EXPECT_EQ(fixture.planText(), expected);
    EXPECT_TRUE(fixture.planText().contains(QStringLiteral("--password-stdin")));
    EXPECT_FALSE(fixture.planText().contains(QString::fromUtf8(Password)));

    // ... and what the command line prints for the same plan, word for word after its title
    // and notes (which name the plan file and the helm it found).
    const QString cli
        = fixture.cliPlanText({QStringLiteral("--helm-version"), page->plannedHelm().toString()});
    ASSERT_FALSE(cli.isEmpty());
    EXPECT_EQ(ReviewFixture::steps(fixture.planText()), ReviewFixture::steps(cli));
    EXPECT_TRUE(fixture.planText().startsWith(
        QStringLiteral("Upgrade plan for Microservice Engine (%1)").arg(PackageName)))
        << fixture.planText().left(200).toStdString();

    // Nothing ran, and the start button says what it does.
    EXPECT_TRUE(fixture.harness().find<QLabel>(QStringLiteral("nothingRanNote"))->isVisible());
    EXPECT_EQ(fixture.startButton()->text(), QStringLiteral("&Start upgrade"));
    EXPECT_TRUE(fixture.startButton()->isEnabled());
    EXPECT_FALSE(fixture.session().frozenPlan().has_value());
    expectUniqueMnemonics(&fixture.harness().wizard());
}

TEST(ReviewPage, APlanThePlannerRefusesIsExplainedInline)
{
    ReviewFixture fixture;
    ASSERT_TRUE(fixture.enterPage());
    auto *error = fixture.harness().find<ErrorPanel>(QStringLiteral("planError"));
    ASSERT_NE(error, nullptr);
    EXPECT_FALSE(error->isVisible());

    // The chart package holds 0.28.1 only: the planner refuses another version.
    fixture.session().editDraft([](UpgradePlan &plan) {
        plan.upgrade.method = UpgradeMethod::ChartPackage;
        plan.upgrade.releases = {{QStringLiteral("skoala"), {}, {}, QStringLiteral("0.27.0"), {}}};
    });
    EXPECT_TRUE(error->isVisible());
    EXPECT_TRUE(error->message().contains(QStringLiteral("0.27.0")))
        << error->message().toStdString();
    EXPECT_FALSE(error->hint().isEmpty());
    EXPECT_FALSE(fixture.page()->isComplete());
    EXPECT_FALSE(fixture.startButton()->isEnabled());
    EXPECT_TRUE(fixture.planText().isEmpty());
    EXPECT_FALSE(fixture.harness().find<QPushButton>(QStringLiteral("exportScript"))->isEnabled());

    // Corrected, the plan is shown again.
    fixture.session().editDraft([](UpgradePlan &plan) { plan.upgrade.releases.clear(); });
    EXPECT_FALSE(error->isVisible());
    EXPECT_TRUE(fixture.startButton()->isEnabled());
    EXPECT_TRUE(fixture.planText().contains(QStringLiteral("original-chart")));
}

TEST(ReviewPage, SavePlanWritesAPlanThatLoadsBackEqual)
{
    ReviewFixture fixture;
    ASSERT_TRUE(fixture.enterPage());
    fixture.session().editDraft([](UpgradePlan &plan) {
        plan.upgrade.timeout = QStringLiteral("1h30m");
        plan.upgrade.releases
            = {{QStringLiteral("skoala"), QStringLiteral("skoala-prod"), {}, {}, {}},
                {QStringLiteral("skoala-init"), {}, {}, {}, {QStringLiteral("worker-1")}}};
    });
    fixture.harness().find<QPushButton>(QStringLiteral("savePlan"))->click();
    const QString path = fixture.dir() + QStringLiteral("/saved-plan.yaml");
    ASSERT_TRUE(fixture.acceptFileDialog(QStringLiteral("savePlanDialog"), path));
    ASSERT_TRUE(QFileInfo::exists(path));

    const UpgradePlan loaded = UpgradePlan::load(path);
    EXPECT_EQ(loaded.toYaml(), fixture.session().draft().toYaml());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_FALSE(file.readAll().contains(Password));
    EXPECT_TRUE(fixture.harness()
                    .find<QLabel>(QStringLiteral("fileStatus"))
                    ->text()
                    .contains(QStringLiteral("saved-plan.yaml")));
}

TEST(ReviewPage, ExportScriptWritesAnExecutableScript)
{
    ReviewFixture fixture;
    ASSERT_TRUE(fixture.enterPage());
    fixture.harness().find<QPushButton>(QStringLiteral("exportScript"))->click();
    const QString path = fixture.dir() + QStringLiteral("/upgrade.sh");
    ASSERT_TRUE(fixture.acceptFileDialog(QStringLiteral("exportScriptDialog"), path));

    const QFileInfo info(path);
    ASSERT_TRUE(info.exists());
    EXPECT_TRUE(info.permission(QFileDevice::ExeOwner));
    EXPECT_TRUE(info.permission(QFileDevice::ReadOwner));
    EXPECT_FALSE(info.permission(QFileDevice::ReadGroup));
    EXPECT_FALSE(info.permission(QFileDevice::ReadOther));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray script = file.readAll();
    EXPECT_TRUE(script.startsWith("#!/usr/bin/env bash\n"));
    EXPECT_TRUE(script.contains("set -euo pipefail"));
    EXPECT_TRUE(script.contains("upgrade skoala"));
    EXPECT_FALSE(script.contains(Password));
}

TEST(ReviewPage, StartAsksOnceThenFreezesThePlan)
{
    // The Run page starts the engine when it is entered: here one that cannot start, so this
    // test never runs an upgrade (the Run page's own tests do).
    const ScopedEnvironment engine(
        "DCE_UPGRADE_ENGINE", QByteArrayLiteral("/nonexistent/dce-upgrade"));
    ReviewFixture fixture;
    const ScopedEnvironment state("XDG_STATE_HOME", fixture.dir().toUtf8());
    ASSERT_TRUE(fixture.enterPage());
    UpgradeWizard &wizard = fixture.harness().wizard();
    ASSERT_TRUE(fixture.startButton()->isEnabled());

    // Not yet: nothing frozen, still here.
    fixture.startButton()->click();
    QMessageBox *box = fixture.waitForConfirmation();
    ASSERT_NE(box, nullptr);
    EXPECT_EQ(box->windowModality(), Qt::WindowModal);
    // The folder may not exist yet when this test runs first on a fresh build.
    ASSERT_TRUE(QDir().mkpath(QStringLiteral(DCE_WIZARD_SCREENSHOT_DIR)));
    EXPECT_TRUE(box->grab().save(
        QStringLiteral(DCE_WIZARD_SCREENSHOT_DIR "/p6-review-confirm_en.png"), "PNG"));
    qsizetype images = 0;
    for (const auto &bundle : fixture.session().package()->bundles) {
        images += qsizetype(bundle->images.images().size());
    }
    EXPECT_TRUE(box->text().contains(QStringLiteral("pushes %1 image").arg(images)))
        << box->text().toStdString();
    EXPECT_TRUE(box->text().contains(UpgradeDraft::Registry)) << box->text().toStdString();
    EXPECT_TRUE(box->text().contains(QStringLiteral("skoala from"))) << box->text().toStdString();
    EXPECT_TRUE(box->text().contains(QStringLiteral("to 0.28.1 on the current cluster")))
        << box->text().toStdString();
    EXPECT_EQ(wizard.currentId(), pageIndex(PageId::Review));
    EXPECT_FALSE(fixture.session().frozenPlan().has_value());
    wizard.findChild<QPushButton *>(QStringLiteral("confirmNotYet"))->click();
    ASSERT_TRUE(WizardHarness::waitUntil([&] { return !fixture.confirmation(); }));
    EXPECT_EQ(wizard.currentId(), pageIndex(PageId::Review));
    EXPECT_FALSE(fixture.session().frozenPlan().has_value());

    // Confirmed: on to the Run page with the plan frozen, without a second question.
    fixture.startButton()->click();
    box = fixture.waitForConfirmation();
    ASSERT_NE(box, nullptr);
    wizard.findChild<QPushButton *>(QStringLiteral("confirmStart"))->click();
    ASSERT_TRUE(
        WizardHarness::waitUntil([&] { return wizard.currentId() == pageIndex(PageId::Run); }));
    ASSERT_TRUE(fixture.session().frozenPlan().has_value());
    EXPECT_EQ(fixture.session().frozenPlan()->toYaml(), fixture.session().draft().toYaml());
    QTest::qWait(100);
    EXPECT_EQ(fixture.confirmation(), nullptr);
}

// A sync-only plan (upgrade.method none) on a machine without helm: the text of `dce-upgrade
// plan`, no helm note and no cluster section, a chart warning that fits the later upgrade, and
// Start says what it starts.
TEST(ReviewPage, ASyncOnlyPlanNeedsNoHelmAndSaysWhatStarts)
{
    const ScopedEnvironment engine(
        "DCE_UPGRADE_ENGINE", QByteArrayLiteral("/nonexistent/dce-upgrade"));
    // A name no directory of PATH holds: a machine without helm.
    const ScopedEnvironment noHelm("DCE_UPGRADE_HELM", QByteArrayLiteral("dce-test-no-such-helm"));
    ReviewFixture fixture;
    const ScopedEnvironment state("XDG_STATE_HOME", fixture.dir().toUtf8());
    fixture.session().editDraft([](UpgradePlan &plan) {
        plan.upgrade.method = UpgradeMethod::None;
        plan.sync.chartTarget = ChartTarget::None;
    });
    ASSERT_TRUE(fixture.enterPage());
    WizardHarness &harness = fixture.harness();
    ASSERT_TRUE(fixture.session().tools().found(ToolInventory::Tool::Helm).probed);
    ASSERT_FALSE(fixture.session().tools().found(ToolInventory::Tool::Helm).found);
    ASSERT_TRUE(fixture.page()->isComplete());
    ASSERT_TRUE(fixture.page()->planResult().has_value());
    EXPECT_TRUE(fixture.page()->planResult()->syncOnly);

    EXPECT_FALSE(harness.find<QLabel>(QStringLiteral("helmNote"))->isVisible());
    EXPECT_FALSE(harness.find<QLabel>(QStringLiteral("releaseState"))->isVisible());
    EXPECT_TRUE(fixture.planText().startsWith(
        QStringLiteral("Sync-only plan for Microservice Engine (%1)").arg(PackageName)))
        << fixture.planText().left(200).toStdString();
    EXPECT_FALSE(fixture.planText().contains(QStringLiteral("$ helm")));
    const QString cli = fixture.cliPlanText();
    ASSERT_FALSE(cli.isEmpty());
    EXPECT_EQ(ReviewFixture::steps(fixture.planText()), ReviewFixture::steps(cli));

    const QStringList warnings
        = harness.find<WarningPanel>(QStringLiteral("warningPanel"))->warnings();
    EXPECT_TRUE(
        warnings.join(QLatin1Char('\n')).contains(QStringLiteral("the upgrade later installs it")))
        << warnings.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(harness.find<QLabel>(QStringLiteral("nothingRanNote"))
                    ->text()
                    .contains(QStringLiteral("only syncs the images")));
    EXPECT_EQ(fixture.startButton()->text(), QStringLiteral("&Start sync"));
    expectUniqueMnemonics(&harness.wizard());

    fixture.startButton()->click();
    QMessageBox *box = fixture.waitForConfirmation();
    ASSERT_NE(box, nullptr);
    ASSERT_TRUE(QDir().mkpath(QStringLiteral(DCE_WIZARD_SCREENSHOT_DIR)));
    EXPECT_TRUE(box->grab().save(
        QStringLiteral(DCE_WIZARD_SCREENSHOT_DIR "/p6-review-confirm-synconly_en.png"), "PNG"));
    EXPECT_EQ(box->windowTitle(), QStringLiteral("Start the sync?"));
    EXPECT_TRUE(box->text().contains(QStringLiteral("pushes"))) << box->text().toStdString();
    EXPECT_TRUE(box->text().contains(QStringLiteral("No release is upgraded")))
        << box->text().toStdString();
    EXPECT_FALSE(box->informativeText().contains(QStringLiteral("roll")));
    auto *start = box->findChild<QPushButton *>(QStringLiteral("confirmStart"));
    ASSERT_NE(start, nullptr);
    EXPECT_EQ(start->text(), QStringLiteral("&Start sync"));
    start->click();
    UpgradeWizard &wizard = harness.wizard();
    ASSERT_TRUE(
        WizardHarness::waitUntil([&] { return wizard.currentId() == pageIndex(PageId::Run); }));
    EXPECT_TRUE(fixture.session().runIsSyncOnly());
}

// What the clusters run now, read with the real helm 3 from the Kubernetes API stand-in.
class ReviewPageWithRealHelm : public RealHelmTest
{
};

TEST_F(ReviewPageWithRealHelm, ShowsTheDeployedVersionsAndAsksBeforeADowngrade)
{
    DceUpgrade::Test::ChartRepo repo;
    DceUpgrade::Test::StandinCluster cluster;
    ASSERT_TRUE(repo.isValid() && cluster.isRunning());
    // skoala 0.28.1 runs, with an image tag pinned in its values.
    ASSERT_TRUE(cluster.installRelease(3, QStringLiteral("skoala"), QStringLiteral("skoala-system"),
        repo.chartTgz(QStringLiteral("skoala"), QStringLiteral("0.28.1")),
        {QStringLiteral("--set"), QStringLiteral("hive.image.tag=v0.27.0")}));

    ReviewFixture fixture;
    fixture.session().editDraft([&](UpgradePlan &plan) {
        plan.upgrade.kubeconfig = cluster.kubeconfig();
        plan.upgrade.repoUrl = repo.url();
        plan.upgrade.releases = {{QStringLiteral("skoala"), {}, {}, QStringLiteral("0.28.0"), {}},
            {QStringLiteral("skoala-init"), {}, {}, {},
                {DceUpgrade::Test::StandinCluster::WorkerContext}}};
    });
    fixture.session().tools().probe();
    ASSERT_TRUE(fixture.enterPage());
    WizardHarness &harness = fixture.harness();

    const QString state = harness.find<QLabel>(QStringLiteral("releaseState"))->text();
    EXPECT_TRUE(state.contains(QStringLiteral("skoala: 0.28.1 (revision 1) -> 0.28.0")))
        << state.toStdString();
    EXPECT_TRUE(state.contains(QStringLiteral("skoala-init@worker-1: not installed -> 0.28.1")))
        << state.toStdString();

    auto *warnings = harness.find<WarningPanel>(QStringLiteral("warningPanel"));
    ASSERT_NE(warnings, nullptr);
    EXPECT_TRUE(warnings->isVisible());
    const QString all = warnings->warnings().join(QLatin1Char('\n'));
    EXPECT_TRUE(all.contains(QStringLiteral("skoala runs chart version 0.28.1; the plan installs "
                                            "the older 0.28.0.")))
        << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("hive.image.tag = v0.27.0"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("skoala-init is not installed"))) << all.toStdString();

    harness.saveScreenshot(QStringLiteral("p6-review-downgrade_en"));

    // The downgrade needs the consent box before Start.
    auto *consent = harness.find<QCheckBox>(QStringLiteral("allowDowngrade"));
    ASSERT_NE(consent, nullptr);
    EXPECT_TRUE(consent->isVisible());
    expectUniqueMnemonics(&harness.wizard());
    EXPECT_FALSE(fixture.startButton()->isEnabled());
    EXPECT_FALSE(fixture.session().allowDowngrade());
    consent->click();
    EXPECT_TRUE(fixture.session().allowDowngrade());
    EXPECT_TRUE(fixture.startButton()->isEnabled());
    fixture.startButton()->click();
    QMessageBox *box = fixture.waitForConfirmation();
    ASSERT_NE(box, nullptr);
    EXPECT_TRUE(box->text().contains(QStringLiteral("skoala from 0.28.1 to 0.28.0")))
        << box->text().toStdString();
    harness.wizard().findChild<QPushButton *>(QStringLiteral("confirmNotYet"))->click();
}

TEST_F(ReviewPageWithRealHelm, AClusterOutOfReachIsAWarningNotABlocker)
{
    ReviewFixture fixture;
    // Nothing listens on port 9 of loopback.
    const QString kubeconfig = UpgradeDraft::writeKubeconfig(
        fixture.dir(), {QStringLiteral("gone")}, QStringLiteral("https://127.0.0.1:9"));
    fixture.session().editDraft([&](UpgradePlan &plan) { plan.upgrade.kubeconfig = kubeconfig; });
    fixture.session().tools().probe();
    ASSERT_TRUE(fixture.enterPage());
    WizardHarness &harness = fixture.harness();

    const QString state = harness.find<QLabel>(QStringLiteral("releaseState"))->text();
    EXPECT_TRUE(state.contains(QStringLiteral("skoala: cluster not reachable -> 0.28.1")))
        << state.toStdString();
    const QString all = harness.find<WarningPanel>(QStringLiteral("warningPanel"))
                            ->warnings()
                            .join(QLatin1Char('\n'));
    EXPECT_TRUE(all.contains(QStringLiteral("cannot be reached"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("127.0.0.1:9"))) << all.toStdString();
    EXPECT_TRUE(fixture.startButton()->isEnabled());
}

} // namespace DceUpgrade::Wizard::Test
