// The whole wizard, end to end, as a site engineer walks it: package -> registry (the real
// docker-registry over TLS with htpasswd, tested live) -> sync (built-in, or a tab's method:
// charts-syncer, Docker, containerd on real nodes) -> upgrade (helm repository or the package's
// chart; real helm 3 or 4 against the Kubernetes API stand-in) -> review -> run by the real
// engine worker -> finish, then a rollback from the Finish page.
#include "FakeDocker.h"
#include "FieldInput.h"
#include "ScopedEnvironment.h"
#include "TestNode.h"
#include "UntranslatedText.h"
#include "UpgradeRunFixture.h"
#include "WizardHarness.h"

#include "EngineRun.h"
#include "NodeListEditor.h"
#include "ResumeOffer.h"
#include "RunModel.h"
#include "WizardPage.h"
#include "WizardSettings.h"

#include "bundle/PackageReader.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QHash>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <algorithm>
#include <csignal>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

#include <gtest/gtest.h>

namespace DceUpgrade::Wizard::Test {

using DceUpgrade::Test::FakeDocker;
using DceUpgrade::Test::Namespace;
using DceUpgrade::Test::Password;
using DceUpgrade::Test::RegistryMode;
using DceUpgrade::Test::Repository;
using DceUpgrade::Test::ScopedEnvironment;
using DceUpgrade::Test::StandinCluster;
using DceUpgrade::Test::TestNode;
using DceUpgrade::Test::UpgradeRunFixture;
using DceUpgrade::Test::User;

namespace {

struct Walk
{
    int helm;
    const char *language;
    bool chartPackage;
    SyncMethod sync = SyncMethod::BuiltIn;
    bool syncOnly = false; // upgrade.method none: the sync alone
    DockerTarget docker = DockerTarget::Registry; // where the Docker method loads the images
};

std::string walkName(const ::testing::TestParamInfo<Walk> &info)
{
    const Walk &walk = info.param;
    std::string name = "helm" + std::to_string(walk.helm) + "_" + walk.language;
    name += walk.syncOnly ? "_syncOnly" : walk.chartPackage ? "_chartPackage" : "_helmRepo";
    if (walk.sync != SyncMethod::BuiltIn) {
        name += "_" + UpgradePlan::toString(walk.sync).toStdString();
    }
    if (walk.sync == SyncMethod::Docker && walk.docker == DockerTarget::Nodes) {
        name += "_onNodes";
    }
    for (char &c : name) {
        if (c == '-') {
            c = '_';
        }
    }
    return name;
}

} // namespace

// The command line's fixture (UpgradeRunFixture.h) with the registry a site has: TLS with a
// throw-away CA and htpasswd, empty, so the wizard's own sync must bring every image.
class WizardUpgrade : public UpgradeRunFixture, public ::testing::WithParamInterface<Walk>
{
protected:
    WizardUpgrade()
        : UpgradeRunFixture(RegistryMode::TlsHtpasswd)
    { }

    bool imagesPushedBefore() const override { return false; }
    int helmMajor() const override { return GetParam().helm; }

    void SetUp() override
    {
        UpgradeRunFixture::SetUp();
        if (HasFatalFailure()) {
            return;
        }
        m_environment.push_back(
            std::make_unique<ScopedEnvironment>("XDG_STATE_HOME", m_state.path().toUtf8()));
        m_environment.push_back(
            std::make_unique<ScopedEnvironment>("DCE_UPGRADE_HELM", helmForTheWizard()));
        m_environment.push_back(std::make_unique<ScopedEnvironment>(
            "DCE_UPGRADE_ENGINE", QByteArrayLiteral(DCE_TEST_CLI)));
        m_environment.push_back(std::make_unique<ScopedEnvironment>("KUBECONFIG", QByteArray()));
        m_harness = std::make_unique<WizardHarness>(QString::fromLatin1(GetParam().language));
    }

    void TearDown() override
    {
        m_harness.reset();
        m_environment.clear();
    }

    // The helm the wizard and its engine worker find.
    virtual QByteArray helmForTheWizard() const { return m_helm.toUtf8(); }

    // What the chosen tab of the Sync page needs besides the tab itself (nodes...), filled in
    // as a person would; the page must be complete afterwards.
    virtual void fillInTheSyncTab() { }

    UpgradeWizard &wizard() { return m_harness->wizard(); }
    template<typename T>
    T *find(const QString &name)
    {
        return m_harness->find<T>(name);
    }
    // A screenshot of the wizard as it is, and in Chinese the check that it shows no English
    // left but names, commands, paths and plan keys (issue 11).
    QString shot(const QString &page)
    {
        const std::string walk = walkName(::testing::TestParamInfo<Walk>(GetParam(), 0));
        if (QString::fromLatin1(GetParam().language) == QLatin1String("zh_CN")) {
            const QStringList english = UntranslatedText::in(&wizard());
            EXPECT_TRUE(english.isEmpty()) << page.toStdString() << " shows English:\n"
                                           << english.join(QLatin1Char('\n')).toStdString();
        }
        return m_harness->saveScreenshot(
            QStringLiteral("e2e-%1-%2").arg(QString::fromStdString(walk), page));
    }
    bool nextTo(PageId page)
    {
        wizard().next();
        return WizardHarness::waitUntil(
            [&] { return wizard().currentId() == pageIndex(page); }, 5000);
    }
    bool pageComplete(int timeoutMs = 60000)
    {
        return WizardHarness::waitUntil(
            [&] { return wizard().currentPage()->isComplete(); }, timeoutMs);
    }

    // Package -> Registry -> Sync -> Upgrade -> Review, filled in as a person would.
    void fillInTheWizard()
    {
        fillInPackageRegistryAndSync();
        if (HasFatalFailure()) {
            return;
        }

        ASSERT_TRUE(nextTo(PageId::Upgrade));
        if (GetParam().chartPackage) {
            pressSpace(find<QRadioButton>(QStringLiteral("methodChartPackage")));
        } else {
            pressSpace(find<QRadioButton>(QStringLiteral("methodHelmRepo")));
            typeInto(find<QLineEdit>(QStringLiteral("repoUrl")), m_repo.url());
        }
        typeInto(find<QLineEdit>(QStringLiteral("kubeconfigPath")), m_cluster.kubeconfig());
        // skoala alone: skoala-init's worker clusters are the command line tests' concern.
        auto *init = find<QGroupBox>(QStringLiteral("release_skoala-init"));
        if (init->isChecked()) {
            init->setChecked(false);
        }
        typeInto(find<QLineEdit>(QStringLiteral("timeout")), QStringLiteral("30s"));
        leaveUpgradeForReview(
            [](const QString &plan) { EXPECT_TRUE(plan.contains(QStringLiteral("helm"))); });
    }

    // The Upgrade page as filled in -> Review: the plan shown, never the password, and what
    // `checkPlan` expects of its text.
    void leaveUpgradeForReview(const std::function<void(const QString &)> &checkPlan)
    {
        ASSERT_TRUE(pageComplete(30000))
            << "Upgrade page incomplete; problems: " << problems().toStdString();
        shot(QStringLiteral("5-upgrade"));

        ASSERT_TRUE(nextTo(PageId::Review));
        auto *plan = find<QPlainTextEdit>(QStringLiteral("planText"));
        ASSERT_TRUE(WizardHarness::waitUntil([&] { return !plan->toPlainText().isEmpty(); }));
        EXPECT_TRUE(find<QWidget>(QStringLiteral("planError"))->isHidden());
        // The exact commands, never the password.
        EXPECT_FALSE(plan->toPlainText().contains(m_password));
        checkPlan(plan->toPlainText());
        ASSERT_TRUE(pageComplete(30000));
        shot(QStringLiteral("6-review"));
    }

    // The walk up to the Sync page, its sync method chosen.
    void fillInPackageRegistryAndSync()
    {
        shot(QStringLiteral("1-welcome"));
        ASSERT_TRUE(m_harness->goTo(PageId::Bundle));
        m_harness->enterPackagePath(m_package.path);
        ASSERT_TRUE(pageComplete()) << "the package was not read and verified";
        shot(QStringLiteral("2-package"));

        ASSERT_TRUE(nextTo(PageId::Registry));
        ASSERT_TRUE(chooseWithKeyboard(
            find<QComboBox>(QStringLiteral("registryScheme")), QStringLiteral("https")));
        typeInto(find<QLineEdit>(QStringLiteral("registryAddress")), m_registry.address());
        typeInto(find<QLineEdit>(QStringLiteral("registryCaFile")), m_registry.caFile());
        typeInto(find<QLineEdit>(QStringLiteral("registryRepository")), Repository);
        typeInto(find<QLineEdit>(QStringLiteral("registryUser")), User);
        typeInto(find<QLineEdit>(QStringLiteral("registryPassword")), m_password);
        if (GetParam().sync == SyncMethod::ChartsSyncer) {
            // charts-syncer always writes the relocated chart somewhere: a local directory.
            ASSERT_TRUE(chooseWithKeyboard(
                find<QComboBox>(QStringLiteral("chartTarget")), int(ChartTarget::Local)));
            typeInto(find<QLineEdit>(QStringLiteral("localChartPath")),
                m_fixtures.dir() + QStringLiteral("/local-repo"));
        } else {
            ASSERT_TRUE(chooseWithKeyboard(
                find<QComboBox>(QStringLiteral("chartTarget")), int(ChartTarget::None)));
        }
        pressSpace(find<QPushButton>(QStringLiteral("testConnection")));
        auto *verdict = find<QLabel>(QStringLiteral("registryCheckStatus"));
        ASSERT_TRUE(WizardHarness::waitUntil(
            [&] { return !find<QPushButton>(QStringLiteral("stopTest"))->isVisible(); }, 30000));
        EXPECT_TRUE(find<QWidget>(QStringLiteral("registryCheckError"))->isHidden())
            << verdict->text().toStdString();
        ASSERT_TRUE(pageComplete(5000));
        shot(QStringLiteral("3-registry"));

        ASSERT_TRUE(nextTo(PageId::Sync));
        EXPECT_EQ(m_harness->session().draft().sync.method, SyncMethod::BuiltIn);
        chooseSyncTab();
        fillInTheSyncTab();
        if (HasFatalFailure()) {
            return;
        }
        ASSERT_TRUE(pageComplete(5000)) << problems().toStdString();
        EXPECT_EQ(m_harness->session().draft().sync.method, GetParam().sync);
        shot(QStringLiteral("4-sync"));
    }

    // The Sync page's tab of the walk's method, chosen as a person does (the tab is the method).
    void chooseSyncTab()
    {
        static const QHash<SyncMethod, QString> tabs {
            {SyncMethod::BuiltIn, QStringLiteral("builtInTab")},
            {SyncMethod::ChartsSyncer, QStringLiteral("chartsSyncerTab")},
            {SyncMethod::Docker, QStringLiteral("dockerTab")},
            {SyncMethod::Containerd, QStringLiteral("containerdTab")},
        };
        auto *tabWidget = find<QTabWidget>(QStringLiteral("syncMethodTabs"));
        tabWidget->setCurrentWidget(find<QWidget>(tabs.value(GetParam().sync)));
    }

    // Start on the Review page asks once; yes starts the run on the Run page.
    void startAndConfirm()
    {
        wizard().next();
        QMessageBox *question = nullptr;
        ASSERT_TRUE(WizardHarness::waitUntil([&] {
            question = wizard().findChild<QMessageBox *>(QStringLiteral("startConfirmation"));
            return question && question->isVisible();
        }));
        EXPECT_EQ(wizard().currentId(), pageIndex(PageId::Review)) << "nothing runs before yes";
        auto *yes = question->findChild<QAbstractButton *>(QStringLiteral("confirmStart"));
        ASSERT_NE(yes, nullptr);
        yes->click();
        ASSERT_TRUE(WizardHarness::waitUntil(
            [&] { return wizard().currentId() == pageIndex(PageId::Run); }, 5000));
    }

    // Fills in the wizard, starts the run and waits until the push is under way.
    void startAndWaitForThePush()
    {
        fillInTheWizard();
        if (HasFatalFailure()) {
            return;
        }
        startAndConfirm();
        if (HasFatalFailure()) {
            return;
        }
        ASSERT_TRUE(WizardHarness::waitUntil(
            [&] { return runningStep() == QLatin1String("images.push"); }, 60000))
            << runLog().toStdString();
    }

    // `image` as skopeo (an independent client) finds it in the registry.
    DceUpgrade::Test::ProcessResult inspect(const QString &image) const
    {
        return m_registry.skopeo({QStringLiteral("inspect"), QStringLiteral("--raw"),
            QStringLiteral("docker://") + image});
    }
    // Every relocated image of the package is in the registry.
    void expectEveryImageInTheRegistry()
    {
        for (const QString &target : relocatedImages()) {
            const auto inspected = inspect(target);
            EXPECT_TRUE(inspected.ok()) << target.toStdString() << inspected.describe();
        }
    }

    // The upgrade happened, and its pods name images of the registry of the Registry page:
    // the image of the first container of a skoala Deployment.
    QString expectTheUpgradeUsesTheRegistry()
    {
        EXPECT_EQ(chart(), QStringLiteral("skoala-0.28.1"));
        const QString image = firstImageOf(GetParam().chartPackage ? QStringLiteral("skoala-skoala")
                                                                   : QStringLiteral("skoala-hive"));
        EXPECT_TRUE(image.startsWith(m_registry.address() + QLatin1Char('/')))
            << image.toStdString();
        return image;
    }

    // Start -> yes -> the real worker runs the plan, which must succeed: `outcome`.
    void runToSuccess(RunOutcome &outcome)
    {
        startAndConfirm();
        if (HasFatalFailure()) {
            return;
        }
        outcome = waitForTheRun();
        shot(QStringLiteral("7-run-done"));
        ASSERT_EQ(outcome.result, RunOutcome::Result::Succeeded)
            << outcome.code.toStdString() << ": " << outcome.message.toStdString() << "\n"
            << runLog().toStdString();
    }

    // Every page filled in, then Start: the run must succeed (`outcome`).
    void walkToASuccessfulRun(RunOutcome &outcome)
    {
        fillInTheWizard();
        if (HasFatalFailure()) {
            return;
        }
        runToSuccess(outcome);
    }

    // Waits until the Run page's worker has ended; the outcome it left in the session.
    RunOutcome waitForTheRun()
    {
        const bool ended = WizardHarness::waitUntil(
            [&] {
                return wizard().currentPage()->isComplete()
                    && m_harness->session().lastRun().kind != RunOutcome::Kind::None;
            },
            240000);
        EXPECT_TRUE(ended) << "the run did not end; log:\n" << runLog().toStdString();
        return m_harness->session().lastRun();
    }

    // The id of the step the Run page shows as running, or empty.
    QString runningStep()
    {
        auto *run = wizard().findChild<EngineRun *>(QStringLiteral("engineRun"));
        if (!run) {
            return {};
        }
        const int index = run->model()->runningIndex();
        return index >= 0 ? run->model()->steps().at(size_t(index)).id : QString();
    }

    // The state the Run page shows for step `id`, none if it does not list it.
    std::optional<RunModel::StepState> stepState(const QString &id)
    {
        if (auto *run = wizard().findChild<EngineRun *>(QStringLiteral("engineRun"))) {
            for (const RunModel::Step &step : run->model()->steps()) {
                if (step.id == id) {
                    return step.state;
                }
            }
        }
        return std::nullopt;
    }

    // "id=state" of every step the Run page lists.
    QString stepStates()
    {
        QStringList states;
        if (auto *run = wizard().findChild<EngineRun *>(QStringLiteral("engineRun"))) {
            for (const RunModel::Step &step : run->model()->steps()) {
                states << step.id + QLatin1Char('=') + QString::number(int(step.state));
            }
        }
        return states.join(QLatin1Char(' '));
    }

    // Clicks the button named `button` of the question box that is open now.
    bool answer(const QString &button)
    {
        QAbstractButton *found = nullptr;
        const bool asked = WizardHarness::waitUntil([&] {
            for (QMessageBox *box : wizard().findChildren<QMessageBox *>()) {
                if (box->isVisible()) {
                    found = box->findChild<QAbstractButton *>(button);
                }
            }
            return found != nullptr;
        });
        if (asked) {
            found->click();
        }
        return asked;
    }

    // Stops or continues the registry process: a push in flight then waits on the network.
    void pauseRegistry(bool paused)
    {
        for (const qint64 pid : m_registry.processIds()) {
            ::kill(pid_t(pid), paused ? SIGSTOP : SIGCONT);
        }
    }

    QString runLog()
    {
        QString text;
        for (QPlainTextEdit *log : wizard().findChildren<QPlainTextEdit *>()) {
            if (log->isVisible() && log->objectName() != QLatin1String("planText")) {
                text += log->toPlainText();
            }
        }
        return text;
    }

    // The password is nowhere in the session the engine kept (plan, state, logs, report).
    void expectNoSecretLeftIn(const QString &sessionDir)
    {
        ASSERT_FALSE(sessionDir.isEmpty());
        const QStringList files = DceUpgrade::Test::filesHolding(sessionDir, m_password.toUtf8());
        EXPECT_TRUE(files.isEmpty()) << files.join(QLatin1Char('\n')).toStdString();
    }

    QString problems() const
    {
        QStringList all;
        for (const PlanProblem &problem : m_harness->session().problems()) {
            all << problem.key + QStringLiteral(": ") + problem.message;
        }
        return all.join(QLatin1Char('\n'));
    }

    std::vector<std::unique_ptr<ScopedEnvironment>> m_environment;
    std::unique_ptr<WizardHarness> m_harness;
};

TEST_P(WizardUpgrade, UpgradesThroughEveryPageThenRollsBackFromFinish)
{
    fillInTheWizard();
    if (HasFatalFailure()) {
        return;
    }
    startAndConfirm();
    if (HasFatalFailure()) {
        return;
    }
    shot(QStringLiteral("7-run"));
    const RunOutcome outcome = waitForTheRun();
    shot(QStringLiteral("7-run-done"));
    ASSERT_EQ(outcome.result, RunOutcome::Result::Succeeded)
        << outcome.code.toStdString() << ": " << outcome.message.toStdString() << "\n"
        << runLog().toStdString();

    // On the cluster: the new chart, the user's values kept, images from the registry pushed to.
    expectTheUpgradeUsesTheRegistry();
    EXPECT_EQ(userValues()["hive"]["replicas"].as<int>(), 2);
    expectNoSecretLeftIn(outcome.sessionDir);

    ASSERT_TRUE(nextTo(PageId::Finish));
    auto *releases = find<QTreeWidget>(QStringLiteral("finishReleases"));
    ASSERT_NE(releases, nullptr);
    ASSERT_TRUE(WizardHarness::waitUntil([&] { return releases->topLevelItemCount() > 0; }, 5000));
    QString table;
    for (int row = 0; row < releases->topLevelItemCount(); ++row) {
        for (int column = 0; column < releases->columnCount(); ++column) {
            table += releases->topLevelItem(row)->text(column) + QLatin1Char('|');
        }
    }
    EXPECT_TRUE(table.contains(QStringLiteral("0.28.1"))) << table.toStdString();
    EXPECT_TRUE(table.contains(QStringLiteral("0.28.0"))) << table.toStdString();
    shot(QStringLiteral("8-finish"));

    // Roll back from the Finish page: it asks, then runs with the same live view.
    find<QPushButton>(QStringLiteral("finishRollbackButton"))->click();
    QMessageBox *question = nullptr;
    ASSERT_TRUE(WizardHarness::waitUntil([&] {
        for (QMessageBox *box : wizard().findChildren<QMessageBox *>()) {
            if (box->isVisible()) {
                question = box;
            }
        }
        return question != nullptr;
    }));
    auto *yes = question->findChild<QAbstractButton *>(QStringLiteral("confirmButton"));
    ASSERT_NE(yes, nullptr);
    yes->click();
    ASSERT_TRUE(WizardHarness::waitUntil(
        [&] {
            return m_harness->session().lastRun().kind == RunOutcome::Kind::Rollback
                && !wizard().wizardPage(pageIndex(PageId::Finish))->isWorking();
        },
        180000))
        << runLog().toStdString();
    EXPECT_EQ(m_harness->session().lastRun().result, RunOutcome::Result::Succeeded)
        << m_harness->session().lastRun().message.toStdString() << "\n"
        << runLog().toStdString();
    EXPECT_EQ(chart(), QStringLiteral("skoala-0.28.0"));
    shot(QStringLiteral("8-finish-rolled-back"));
}

// Cancel in the middle of the push: the page asks first, the run ends canceled with nothing
// upgraded, and Retry resumes the session and completes the upgrade.
TEST_P(WizardUpgrade, CancelDuringThePushThenRetryCompletes)
{
    startAndWaitForThePush();
    if (HasFatalFailure()) {
        return;
    }
    // The registry stops answering mid-push, so the cancel lands during the push for sure.
    pauseRegistry(true);
    find<QPushButton>(QStringLiteral("cancelRunButton"))->click();
    ASSERT_TRUE(answer(QStringLiteral("confirmButton"))) << "Cancel did not ask first";
    pauseRegistry(false);
    const RunOutcome canceled = waitForTheRun();
    EXPECT_EQ(canceled.result, RunOutcome::Result::Canceled)
        << canceled.failedStep.toStdString() << " " << canceled.code.toStdString() << ": "
        << canceled.message.toStdString() << "\n"
        << stepStates().toStdString();
    EXPECT_EQ(chart(), QStringLiteral("skoala-0.28.0")) << "a canceled run upgraded nothing";
    shot(QStringLiteral("7-run-canceled"));

    auto *retry = find<QPushButton>(QStringLiteral("retryButton"));
    ASSERT_TRUE(retry->isVisible());
    retry->click();
    ASSERT_TRUE(
        WizardHarness::waitUntil([&] { return !wizard().currentPage()->isComplete(); }, 10000));
    const RunOutcome resumed = waitForTheRun();
    ASSERT_EQ(resumed.result, RunOutcome::Result::Succeeded)
        << resumed.message.toStdString() << "\n"
        << runLog().toStdString();
    EXPECT_EQ(resumed.sessionDir, canceled.sessionDir) << "Retry continues the same session";
    EXPECT_EQ(chart(), QStringLiteral("skoala-0.28.1"));
}

// The worker dies mid-run (kill -9): the page says so; a new wizard offers to continue the
// interrupted upgrade, and continuing (the password typed again) finishes it in that session.
// What the wizard remembers holds no password.
TEST_P(WizardUpgrade, AWorkerKilledMidRunIsOfferedAgainAndResumes)
{
    startAndWaitForThePush();
    if (HasFatalFailure()) {
        return;
    }
    auto *run = wizard().findChild<EngineRun *>(QStringLiteral("engineRun"));
    ASSERT_NE(run, nullptr);
    pauseRegistry(true);
    ASSERT_GT(run->client()->processId(), 0);
    ::kill(pid_t(run->client()->processId()), SIGKILL);
    const RunOutcome lost = waitForTheRun();
    pauseRegistry(false);
    EXPECT_EQ(lost.result, RunOutcome::Result::WorkerLost);
    // The page says the worker was lost, and in which step (the error panel's message).
    const QString said
        = wizard().currentPage()->findChild<QLabel *>(QStringLiteral("errorMessage"))->text();
    EXPECT_TRUE(said.contains(QStringLiteral("killed")) || said.contains(QStringLiteral(u"终止")))
        << said.toStdString();
    shot(QStringLiteral("7-run-worker-lost"));
    const QString sessionDir = run->model()->sessionDir();
    ASSERT_FALSE(sessionDir.isEmpty());

    // What main() saves when the window closes: never the password.
    WizardSettings::setLastPlan(m_harness->session().draft());
    QSettings settings;
    settings.sync();
    QFile stored(settings.fileName());
    ASSERT_TRUE(stored.open(QIODevice::ReadOnly)) << settings.fileName().toStdString();
    EXPECT_FALSE(stored.readAll().contains(m_password.toUtf8()));

    // A new start of the wizard, as after a crash of the whole desktop.
    m_harness = std::make_unique<WizardHarness>(QString::fromLatin1(GetParam().language));
    auto *offer = new ResumeOffer(&m_harness->session(), &wizard());
    ASSERT_TRUE(offer->offer());
    ASSERT_TRUE(answer(QStringLiteral("resumeContinue")));
    EXPECT_EQ(m_harness->session().resumeSession(), sessionDir);
    EXPECT_EQ(m_harness->session().draft().registry.address, m_registry.address());

    // The pages come back filled in; only the password is asked again.
    ASSERT_TRUE(m_harness->goTo(PageId::Bundle));
    ASSERT_TRUE(pageComplete());
    ASSERT_TRUE(nextTo(PageId::Registry));
    typeInto(find<QLineEdit>(QStringLiteral("registryPassword")), m_password);
    for (const PageId page : {PageId::Sync, PageId::Upgrade, PageId::Review}) {
        ASSERT_TRUE(pageComplete(30000)) << problems().toStdString();
        ASSERT_TRUE(nextTo(page));
    }
    EXPECT_EQ(m_harness->session().resumeSession(), sessionDir) << "nothing was changed";
    ASSERT_TRUE(pageComplete(30000));
    startAndConfirm();
    if (HasFatalFailure()) {
        return;
    }
    const RunOutcome resumed = waitForTheRun();
    ASSERT_EQ(resumed.result, RunOutcome::Result::Succeeded)
        << resumed.message.toStdString() << "\n"
        << runLog().toStdString();
    EXPECT_EQ(resumed.sessionDir, sessionDir);
    EXPECT_EQ(chart(), QStringLiteral("skoala-0.28.1"));
}

INSTANTIATE_TEST_SUITE_P(Walks, WizardUpgrade,
    ::testing::Values(Walk {3, "en", false}, Walk {3, "zh_CN", true}, Walk {4, "en", false}),
    walkName);

// The other sync methods through their tabs, with the tool each runs on this machine first on
// PATH: charts-syncer is tests/support/fake-tools/fake-charts-syncer (DaoCloud's fork cannot be
// installed here; the fake checks its config strictly and pushes with skopeo for real); docker
// is tests/support/fake-tools/fake-docker (no Docker daemon can run here; the fake checks argv,
// DOCKER_CONFIG, the password on stdin and that docker load gets the package's images.tar byte
// for byte, and pushes with skopeo for real).
class WizardSyncMethod : public WizardUpgrade
{
protected:
    WizardSyncMethod()
    {
        const QString fake = QStringLiteral(DCE_TEST_SOURCE_DIR "/tests/support/fake-tools/");
        QByteArray path = QFile::encodeName(m_bin.path()) + ':';
        if (GetParam().sync == SyncMethod::ChartsSyncer) {
            QFile::link(fake + QStringLiteral("fake-charts-syncer"),
                m_bin.filePath(QStringLiteral("charts-syncer")));
        } else if (dockerHere()) {
            path += QFile::encodeName(m_docker.binDir()) + ':';
        }
        m_path = std::make_unique<ScopedEnvironment>("PATH", path + qgetenv("PATH"));
    }

    void SetUp() override
    {
        WizardUpgrade::SetUp();
        if (HasFatalFailure() || !dockerHere()) {
            return;
        }
        ASSERT_TRUE(m_docker.isValid());
        m_docker.expectLogin(User, m_password.toUtf8());
        m_docker.expectImagesOf(PackageReader::open(m_package.path));
    }

    // Docker loads, tags and pushes on this machine (the tab's first choice).
    static bool dockerHere()
    {
        return GetParam().sync == SyncMethod::Docker && GetParam().docker == DockerTarget::Registry;
    }

    void fillInTheSyncTab() override
    {
        if (dockerHere()) {
            // Push from this machine is what the tab offers first: no node list to fill in.
            EXPECT_TRUE(find<QRadioButton>(QStringLiteral("dockerToRegistry"))->isChecked());
            EXPECT_FALSE(find<QWidget>(QStringLiteral("nodeSyncPanel"))->isVisible());
        }
    }

    QTemporaryDir m_bin;
    FakeDocker m_docker; // this machine's docker: on PATH for the dockerHere() walk only
    std::unique_ptr<ScopedEnvironment> m_path;
};

TEST_P(WizardSyncMethod, SyncsThroughItsTabThenUpgrades)
{
    RunOutcome outcome;
    walkToASuccessfulRun(outcome);
    if (HasFatalFailure()) {
        return;
    }
    const QString states = stepStates();
    if (GetParam().sync == SyncMethod::ChartsSyncer) {
        for (const char *id : {"chartsyncer.prepare=", "images.sync=", "chartsyncer.cleanup="}) {
            EXPECT_TRUE(states.contains(QString::fromLatin1(id))) << states.toStdString();
        }
        EXPECT_TRUE(runLog().contains(QStringLiteral("charts-syncer"))) << runLog().toStdString();
    }
    if (dockerHere()) {
        for (const char *id : {"docker.check", "docker.login", "docker.load", "docker.push",
                 "docker.logout", "images.check:skoala"}) {
            EXPECT_EQ(stepState(QString::fromLatin1(id)), RunModel::StepState::Ok)
                << id << " " << states.toStdString();
        }
        EXPECT_EQ(m_docker.callsOf(QStringLiteral("load")).size(), 2) << "one per bundle";
        EXPECT_EQ(m_docker.callsOf(QStringLiteral("push")).size(), relocatedImages().size());
        expectNoDockerLoginLeftIn(outcome.sessionDir);
        EXPECT_TRUE(m_docker.stillRunning().isEmpty()) << "a docker was left running";
    }
    expectTheUpgradeUsesTheRegistry();
    expectEveryImageInTheRegistry();
    expectNoSecretLeftIn(outcome.sessionDir);
}

INSTANTIATE_TEST_SUITE_P(Methods, WizardSyncMethod,
    ::testing::Values(Walk {3, "zh_CN", true, SyncMethod::ChartsSyncer},
        Walk {4, "en", false, SyncMethod::Docker}),
    walkName);

// The import on every node through its tab: two nodes, each a private containerd behind its own
// real sshd on loopback (tests/nodes/support/TestNode.h), typed into the node table as a person
// does, with the known_hosts file that knows them; "Test ssh" must find both; then the real
// engine worker imports on both (containerd: the real ctr on each node; Docker on the nodes:
// each node's PATH starts with its own FAKE docker in its node role, through the sshd's SetEnv)
// and helm upgrades. The images go to the nodes only: nothing is pushed to the registry, and no
// registry check runs before helm.
class WizardNodeImport : public WizardSyncMethod
{
protected:
    void SetUp() override
    {
        WizardSyncMethod::SetUp();
        if (HasFatalFailure()) {
            return;
        }
        const bool docker = GetParam().sync == SyncMethod::Docker;
        for (int i = 0; i < 2; ++i) {
            QByteArray environment;
            if (docker) {
                const auto &fake = m_nodeDockers.emplace_back(std::make_unique<FakeDocker>());
                ASSERT_TRUE(fake->isValid());
                fake->write(QStringLiteral("node"), {});
                fake->expectImagesOf(PackageReader::open(m_package.path));
                environment = "PATH=" + QFile::encodeName(fake->binDir()) + ":/usr/bin:/bin";
            }
            const auto &node = m_nodes.emplace_back(std::make_unique<TestNode>(environment));
            ASSERT_TRUE(node->sshd.isRunning()) << node->sshd.log().toStdString();
        }
    }

    void fillInTheSyncTab() override
    {
        if (GetParam().sync == SyncMethod::Docker) {
            pressSpace(find<QRadioButton>(QStringLiteral("dockerToNodes")));
            ASSERT_EQ(m_harness->session().draft().sync.docker, DockerTarget::Nodes);
        }
        ASSERT_TRUE(find<QWidget>(QStringLiteral("nodeSyncPanel"))->isVisible());
        enterTheNodes();
        if (HasFatalFailure()) {
            return;
        }
        const QString knownHosts = m_fixtures.writeFile(QStringLiteral("nodes_known_hosts"),
            TestNode::knownHostsOf({m_nodes[0].get(), m_nodes[1].get()}));
        typeInto(find<QLineEdit>(QStringLiteral("knownHostsFile")), knownHosts);
        EXPECT_EQ(m_harness->session().draft().sync.knownHostsFile, knownHosts);
        testSshReachesEveryNode();
    }

    // Every node typed into the table, every cell (host, user, port, identity file) with the
    // keyboard: "Add node" opens the new row's host; the arrows move on. A new row starts with
    // the row above's user, so the user is typed once.
    void enterTheNodes()
    {
        auto *table = find<QTableWidget>(QStringLiteral("nodeTable"));
        auto *add = find<QPushButton>(QStringLiteral("addNode"));
        std::vector<SshNode> expected;
        for (const auto &node : m_nodes) {
            pressSpace(add);
            ASSERT_TRUE(typeIntoCellEditor(table, QStringLiteral("127.0.0.1")));
            QTest::keyClick(table, Qt::Key_Right);
            if (expected.empty()) {
                ASSERT_TRUE(editCurrentCell(table, SshServer::user()));
            }
            QTest::keyClick(table, Qt::Key_Right);
            ASSERT_TRUE(editCurrentCell(table, QString::number(node->port())));
            QTest::keyClick(table, Qt::Key_Right);
            ASSERT_EQ(table->currentColumn(), NodeListEditor::IdentityColumn);
            ASSERT_TRUE(editCurrentCell(table, node->sshd.identityFile()));
            expected.push_back(node->sshd.node(node->sshd.identityFile()));
        }
        const std::vector<SshNode> &entered = m_harness->session().draft().sync.nodes;
        ASSERT_EQ(entered.size(), expected.size());
        for (std::size_t i = 0; i < expected.size(); ++i) {
            EXPECT_EQ(entered[i], expected[i])
                << entered[i].id().toStdString() << " " << entered[i].identityFile.toStdString();
        }
    }

    // "Test ssh" as the run will connect (the plan's known_hosts, strict host keys): every node
    // answers ok, in its row and in the results below the table.
    void testSshReachesEveryNode()
    {
        auto *table = find<QTableWidget>(QStringLiteral("nodeTable"));
        auto *test = find<QPushButton>(QStringLiteral("testSsh"));
        ASSERT_TRUE(test->isEnabled());
        pressSpace(test);
        const auto everyRowAnswered = [&] {
            for (int row = 0; row < table->rowCount(); ++row) {
                if (table->item(row, NodeListEditor::SshColumn)->text().isEmpty()) {
                    return false;
                }
            }
            return !find<QWidget>(QStringLiteral("stopSsh"))->isVisible();
        };
        ASSERT_TRUE(WizardHarness::waitUntil(everyRowAnswered, 60000));
        const QString results = find<QLabel>(QStringLiteral("sshCheckResults"))->text();
        ASSERT_EQ(table->rowCount(), int(m_nodes.size()));
        for (int row = 0; row < table->rowCount(); ++row) {
            EXPECT_EQ(table->item(row, NodeListEditor::SshColumn)->text(),
                NodeListEditor::verdictText(SshReachability::Verdict::Ok))
                << results.toStdString() << "\n"
                << m_nodes[std::size_t(row)]->sshd.log().toStdString();
            EXPECT_TRUE(results.contains(m_nodes[std::size_t(row)]->id())) << results.toStdString();
        }
    }

    // The Run page keeps each node of the import as its own line under the step, done with all
    // its bytes; a person opens the step with the keyboard to see them.
    void expectTheRunPageListsEveryNode()
    {
        auto *run = wizard().findChild<EngineRun *>(QStringLiteral("engineRun"));
        ASSERT_NE(run, nullptr);
        const std::vector<RunModel::Step> &steps = run->model()->steps();
        const auto import = std::find_if(steps.cbegin(), steps.cend(),
            [](const RunModel::Step &step) { return step.id == QLatin1String("images.import"); });
        ASSERT_NE(import, steps.cend());
        QStringList units;
        for (const RunModel::Unit &unit : import->units) {
            units.append(unit.id);
            EXPECT_EQ(unit.state, RunModel::StepState::Ok) << unit.id.toStdString();
            EXPECT_GT(unit.total, 0) << unit.id.toStdString();
            EXPECT_EQ(unit.done, unit.total) << unit.id.toStdString();
        }
        QStringList nodes;
        for (const auto &node : m_nodes) {
            nodes.append(node->id());
        }
        units.sort();
        nodes.sort();
        EXPECT_TRUE(units == nodes) << units.join(QLatin1Char(' ')).toStdString();

        auto *list = find<QTreeWidget>(QStringLiteral("runSteps"));
        QTreeWidgetItem *item = list->topLevelItem(int(import - steps.cbegin()));
        ASSERT_NE(item, nullptr);
        EXPECT_EQ(item->childCount(), int(m_nodes.size()));
        list->setFocus();
        list->setCurrentItem(item);
        QTest::keyClick(list, Qt::Key_Right);
        EXPECT_TRUE(item->isExpanded());
        shot(QStringLiteral("7-run-nodes"));
    }

    // What each node holds afterwards, asked on the node's side: containerd's image list (the
    // real ctr against the node's own containerd), or the names its FAKE docker tagged.
    QStringList imagesOn(std::size_t node) const
    {
        return m_nodeDockers.empty() ? m_nodes[node]->containerd.images()
                                     : m_nodeDockers[node]->tagged();
    }

    std::vector<std::unique_ptr<FakeDocker>> m_nodeDockers;
    std::vector<std::unique_ptr<TestNode>> m_nodes;
};

TEST_P(WizardNodeImport, ImportsOnEveryNodeThroughItsTabThenUpgrades)
{
    RunOutcome outcome;
    walkToASuccessfulRun(outcome);
    if (HasFatalFailure()) {
        return;
    }
    const QString states = stepStates();
    EXPECT_EQ(stepState(QStringLiteral("images.import")), RunModel::StepState::Ok)
        << states.toStdString();
    // The nodes got the images: nothing was pushed, and there was nothing to look up in the
    // registry before helm (expectEveryImageInTheRegistry does not apply).
    for (const char *id : {"images.push", "docker.login", "docker.push", "images.check:"}) {
        EXPECT_FALSE(states.contains(QString::fromLatin1(id))) << id << " " << states.toStdString();
    }
    expectTheRunPageListsEveryNode();
    const QStringList expected = relocatedImages();
    EXPECT_FALSE(inspect(expected.constFirst()).ok()) << "nothing is pushed to the registry";
    for (std::size_t node = 0; node < m_nodes.size(); ++node) {
        const QStringList missing = DceUpgrade::Test::missingFrom(expected, imagesOn(node));
        EXPECT_TRUE(missing.isEmpty()) << m_nodes[node]->id().toStdString() << " lacks "
                                       << missing.join(QLatin1Char(' ')).toStdString();
        EXPECT_EQ(m_nodes[node]->sessions(), 2 + 1) << "Test ssh, then one import per bundle";
    }
    // The upgraded pods' image is on every node under the name they ask for.
    const QString image = expectTheUpgradeUsesTheRegistry();
    for (std::size_t node = 0; node < m_nodes.size(); ++node) {
        EXPECT_TRUE(imagesOn(node).contains(image))
            << m_nodes[node]->id().toStdString() << " lacks " << image.toStdString();
    }
    expectNoSecretLeftIn(outcome.sessionDir);
}

INSTANTIATE_TEST_SUITE_P(Methods, WizardNodeImport,
    ::testing::Values(Walk {3, "en", true, SyncMethod::Containerd},
        Walk {3, "zh_CN", false, SyncMethod::Docker, false, DockerTarget::Nodes}),
    walkName);

// upgrade.method none through the wizard, on a machine without helm (DCE_UPGRADE_HELM names
// none): "Only sync the images now; upgrade later" on the Upgrade page, then the real engine
// worker pushes every image into the TLS registry, no helm runs and the cluster is never
// called; the Finish page says the images are staged and offers no rollback.
class WizardSyncOnly : public WizardUpgrade
{
protected:
    // A name no directory of PATH holds.
    QByteArray helmForTheWizard() const override
    {
        return QByteArrayLiteral("dce-test-no-such-helm");
    }
};

TEST_P(WizardSyncOnly, StagesTheImagesWithoutHelmOrCluster)
{
    const qsizetype clusterCalls = m_cluster.requestLog().size();
    fillInPackageRegistryAndSync();
    if (HasFatalFailure()) {
        return;
    }
    ASSERT_TRUE(nextTo(PageId::Upgrade));
    pressSpace(find<QRadioButton>(QStringLiteral("methodSyncOnly")));
    EXPECT_EQ(m_harness->session().draft().upgrade.method, UpgradeMethod::None);
    EXPECT_FALSE(find<QGroupBox>(QStringLiteral("releasesGroup"))->isEnabled());
    leaveUpgradeForReview([](const QString &plan) {
        EXPECT_TRUE(plan.contains(QStringLiteral("upgrade.method: none")));
        EXPECT_FALSE(plan.contains(QStringLiteral("$ helm")));
    });
    if (HasFatalFailure()) {
        return;
    }
    EXPECT_FALSE(find<QWidget>(QStringLiteral("helmNote"))->isVisible()) << "helm is not needed";

    RunOutcome outcome;
    runToSuccess(outcome);
    if (HasFatalFailure()) {
        return;
    }
    const QString steps = stepStates();
    EXPECT_FALSE(steps.contains(QStringLiteral("helm."))) << steps.toStdString();
    EXPECT_TRUE(steps.contains(QStringLiteral("images.push"))) << steps.toStdString();
    EXPECT_EQ(m_cluster.requestLog().size(), clusterCalls) << "the cluster was called";
    expectEveryImageInTheRegistry();
    expectNoSecretLeftIn(outcome.sessionDir);

    ASSERT_TRUE(nextTo(PageId::Finish));
    EXPECT_TRUE(find<QLabel>(QStringLiteral("finishOutcome"))
                    ->text()
                    .contains(QStringLiteral("are staged")));
    EXPECT_FALSE(find<QWidget>(QStringLiteral("finishRollbackButton"))->isVisible());
    EXPECT_FALSE(find<QWidget>(QStringLiteral("finishReleases"))->isVisible());
    shot(QStringLiteral("8-finish"));
    EXPECT_EQ(chart(), QStringLiteral("skoala-0.28.0")) << "nothing was upgraded";
}

INSTANTIATE_TEST_SUITE_P(Walks, WizardSyncOnly,
    ::testing::Values(Walk {3, "en", false, SyncMethod::BuiltIn, true}), walkName);

} // namespace DceUpgrade::Wizard::Test
