// The Sync method page (wizard/SyncPage.h) in the real wizard: the tab shown is sync.method, the
// built-in settings, the charts-syncer configuration as it will be written (password masked),
// missing tools, the containerd node list edited with the keyboard, "Test ssh" against a real
// sshd on loopback (SshServer.h), and for the charts-syncer, Docker and containerd tabs the plan
// they produce, accepted by the engine's Planner with a generated package.

#include "SyncPage.h"
#include "ChildProcess.h"
#include "FieldInput.h"
#include "NodeListEditor.h"
#include "PackageFixture.h"
#include "SshCheck.h"
#include "SshServer.h"
#include "WizardHarness.h"

#include "bundle/PackageReader.h"
#include "engine/Planner.h"
#include "tools/ChartsSyncerConfig.h"
#include "util/Error.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

namespace DceUpgrade::Wizard::Test {

namespace {

const QString Password = QStringLiteral("Sk0ala$ecret");

// PATH for one test: `tools` are small scripts that answer --version, so the tool inventory
// finds them; ssh stays reachable; nothing else of this machine's PATH is seen. Restored after.
class ToolPath
{
public:
    explicit ToolPath(const QStringList &tools)
        : m_saved(qgetenv("PATH"))
    {
        const QString bin = m_dir.filePath(QStringLiteral("bin"));
        QDir().mkpath(bin);
        for (const QString &tool : tools) {
            QFile script(bin + QLatin1Char('/') + tool);
            if (script.open(QIODevice::WriteOnly)) {
                script.write("#!/bin/sh\necho \"" + tool.toUtf8() + " 0.0.0-test\"\n");
                script.close();
                script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
            }
        }
        const QString ssh = QStandardPaths::findExecutable(QStringLiteral("ssh"));
        if (!ssh.isEmpty()) {
            QFile::link(ssh, bin + QStringLiteral("/ssh"));
        }
        qputenv("PATH", bin.toUtf8());
    }
    ~ToolPath() { qputenv("PATH", m_saved); }
    ToolPath(const ToolPath &) = delete;
    ToolPath &operator=(const ToolPath &) = delete;

private:
    QByteArray m_saved;
    QTemporaryDir m_dir;
};

// A registry and chart repository that every method can plan with.
void fillRegistry(WizardSession &session)
{
    session.editDraft([](UpgradePlan &plan) {
        plan.registry.address = QStringLiteral("10.16.23.145");
        plan.registry.repository = QStringLiteral("release.daocloud.io/skoala");
        plan.registry.username = QStringLiteral("robot$skoala");
        plan.sync.chartTarget = ChartTarget::Harbor;
        plan.sync.chartRepoUrl
            = QStringLiteral("https://10.16.23.145/chartrepo/release.daocloud.io");
    });
    session.secrets().set(RegistryPasswordId, Password.toUtf8());
}

struct SyncPageDriver
{
    explicit SyncPageDriver(WizardHarness &wizardHarness)
        : harness(wizardHarness)
    {
        EXPECT_TRUE(harness.goTo(PageId::Sync));
        page = qobject_cast<SyncPage *>(harness.wizard().currentPage());
        EXPECT_NE(page, nullptr);
        tabs = harness.find<QTabWidget>(QStringLiteral("syncMethodTabs"));
    }

    // Clicks the tab of `method`, as a person would.
    void choose(SyncMethod method)
    {
        QTabBar *bar = tabs->tabBar();
        for (int i = 0; i < tabs->count(); ++i) {
            if (tabs->widget(i)->objectName() == tabName(method)) {
                QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(i).center());
                return;
            }
        }
        ADD_FAILURE() << "no tab " << tabName(method).toStdString();
    }

    static QString tabName(SyncMethod method)
    {
        switch (method) {
        case SyncMethod::BuiltIn:
            return QStringLiteral("builtInTab");
        case SyncMethod::ChartsSyncer:
            return QStringLiteral("chartsSyncerTab");
        case SyncMethod::Docker:
            return QStringLiteral("dockerTab");
        case SyncMethod::Containerd:
            return QStringLiteral("containerdTab");
        case SyncMethod::None:
            return QStringLiteral("noSyncTab");
        }
        return {};
    }

    bool nextEnabled() const { return harness.wizard().button(QWizard::NextButton)->isEnabled(); }

    WizardHarness &harness;
    SyncPage *page = nullptr;
    QTabWidget *tabs = nullptr;
};

// The draft planned with the package, as `dce-upgrade plan` does; fails the test when the
// Planner refuses it.
std::optional<PlanResult> planWith(WizardSession &session, const QString &packagePath)
{
    try {
        const Package package = PackageReader::open(packagePath);
        Planner::Input input;
        UpgradePlan plan = session.draft();
        plan.package = packagePath;
        input.plan = &plan;
        input.profile = &session.profile();
        input.package = &package;
        return Planner::plan(input);
    } catch (const Error &error) {
        ADD_FAILURE() << "the Planner refused the plan: " << error.describe().toStdString() << "\n"
                      << session.draft().toYaml().toStdString();
    }
    return std::nullopt;
}

QStringList stepIds(const PlanResult &result)
{
    QStringList ids;
    for (const PlannedStep &step : result.steps) {
        ids.append(step.id);
    }
    return ids;
}

// The tabs tested up to their plan: a generated package, the tools on PATH, a registry filled
// in, and the wizard on the Sync page with the tab of `method` clicked.
struct SyncTabWithPackage
{
    SyncTabWithPackage(SyncMethod chosen, const QStringList &tools)
        : method(chosen)
        , path(tools)
        , package(
              fixture.make(QStringLiteral("package"), QStringLiteral("skoala_v0.28.0_amd64.tar")))
    {
        fillRegistry(harness.session());
        driver.emplace(harness);
        driver->choose(method);
    }

    bool ready()
    {
        return !package.path.isEmpty() && driver->page
            && harness.session().draft().sync.method == method;
    }
    std::optional<PlanResult> plan() { return planWith(harness.session(), package.path); }
    SyncPage *page() const { return driver->page; }

    SyncMethod method;
    ToolPath path;
    PackageFixture fixture;
    PackageFixture::Generated package;
    WizardHarness harness;
    std::optional<SyncPageDriver> driver;
};

} // namespace

TEST(SyncPageTest, TheTabShownIsTheMethod)
{
    ToolPath path({QStringLiteral("charts-syncer"), QStringLiteral("docker")});
    WizardHarness harness;
    fillRegistry(harness.session());
    SyncPageDriver page(harness);
    ASSERT_TRUE(page.page && page.tabs);
    EXPECT_EQ(page.tabs->currentWidget()->objectName(), QStringLiteral("builtInTab"));
    EXPECT_EQ(harness.session().draft().sync.method, SyncMethod::BuiltIn);
    EXPECT_TRUE(page.nextEnabled());

    for (const SyncMethod method : {SyncMethod::ChartsSyncer, SyncMethod::Docker,
             SyncMethod::Containerd, SyncMethod::None, SyncMethod::BuiltIn}) {
        page.choose(method);
        EXPECT_EQ(harness.session().draft().sync.method, method)
            << SyncPageDriver::tabName(method).toStdString();
        EXPECT_FALSE(page.tabs->tabText(page.tabs->currentIndex()).isEmpty());
        EXPECT_FALSE(page.tabs->currentWidget()->accessibleName().isEmpty());
    }
    // And the other way: a plan opened from a file shows its method.
    harness.session().editDraft([](UpgradePlan &plan) { plan.sync.method = SyncMethod::Docker; });
    EXPECT_EQ(page.tabs->currentWidget()->objectName(), QStringLiteral("dockerTab"));

    // Ctrl+Tab (the keyboard's way between tabs) chooses too.
    page.tabs->setFocus();
    QTest::keyClick(page.tabs, Qt::Key_Tab, Qt::ControlModifier);
    EXPECT_EQ(harness.session().draft().sync.method, SyncMethod::Containerd);
}

TEST(SyncPageTest, BuiltInJobsAndReplaceEditTheDraft)
{
    WizardHarness harness;
    SyncPageDriver page(harness);
    ASSERT_TRUE(page.page);
    auto *jobs = harness.find<QSpinBox>(QStringLiteral("syncJobs"));
    auto *force = harness.find<QCheckBox>(QStringLiteral("syncForce"));
    ASSERT_TRUE(jobs && force);
    EXPECT_EQ(jobs->value(), 4);
    EXPECT_EQ(jobs->minimum(), 1);
    EXPECT_EQ(jobs->maximum(), 32);

    jobs->setFocus();
    QTest::keyClick(jobs, Qt::Key_Up);
    QTest::keyClick(jobs, Qt::Key_Up);
    EXPECT_EQ(harness.session().draft().sync.jobs, 6);
    QTest::keyClick(jobs, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(jobs, QStringLiteral("99"));
    EXPECT_LE(harness.session().draft().sync.jobs, 32);

    pressSpace(force);
    EXPECT_TRUE(harness.session().draft().sync.force);
    EXPECT_FALSE(force->accessibleDescription().isEmpty());
}

TEST(SyncPageTest, ChartsSyncerShowsTheConfigurationItWillWriteWithoutThePassword)
{
    SyncTabWithPackage tab(SyncMethod::ChartsSyncer, {QStringLiteral("charts-syncer")});
    ASSERT_TRUE(tab.ready());
    WizardHarness &harness = tab.harness;
    SyncPage *page = tab.page();
    auto *view = harness.find<QPlainTextEdit>(QStringLiteral("chartsSyncerConfig"));
    auto *harborTarget = harness.find<QRadioButton>(QStringLiteral("chartsSyncerHarbor"));
    auto *localTarget = harness.find<QRadioButton>(QStringLiteral("chartsSyncerLocal"));
    ASSERT_TRUE(view && harborTarget && localTarget);
    EXPECT_TRUE(view->isReadOnly());
    EXPECT_TRUE(view->isVisible());
    EXPECT_TRUE(harborTarget->isChecked());
    EXPECT_TRUE(page->isComplete());

    const QString yaml = view->toPlainText();
    EXPECT_TRUE(yaml.contains(QStringLiteral("containerRepository: release.daocloud.io/skoala")))
        << yaml.toStdString();
    EXPECT_TRUE(yaml.contains(QStringLiteral("kind: HARBOR"))) << yaml.toStdString();
    EXPECT_TRUE(yaml.contains(QString(ChartsSyncerConfig::Masked))) << yaml.toStdString();
    EXPECT_FALSE(yaml.contains(Password)) << "the password must be masked";
    EXPECT_TRUE(view->font().fixedPitch() || QFontInfo(view->font()).fixedPitch());

    // It is what the plan writes: the Planner's file, placeholder and all.
    const std::optional<PlanResult> planned = tab.plan();
    ASSERT_TRUE(planned);
    const QStringList ids = stepIds(*planned);
    EXPECT_TRUE(ids.contains(QStringLiteral("chartsyncer.prepare")))
        << ids.join(QLatin1Char(' ')).toStdString();
    EXPECT_TRUE(ids.contains(QStringLiteral("images.sync")))
        << ids.join(QLatin1Char(' ')).toStdString();
    for (const PlannedStep &step : planned->steps) {
        if (step.id == QLatin1String("chartsyncer.prepare")) {
            ASSERT_EQ(step.files.size(), 1u);
            EXPECT_EQ(QString::fromUtf8(step.files.front().content), view->toPlainText());
        }
    }

    // It follows the draft: LOCAL, with the directory from the Registry page.
    harness.session().editDraft([](UpgradePlan &plan) {
        plan.sync.localChartPath = QStringLiteral("/srv/charts");
        // No chart repository to upgrade from then: the Upgrade page's chart-package method.
        plan.upgrade.method = UpgradeMethod::ChartPackage;
    });
    pressSpace(localTarget);
    EXPECT_EQ(harness.session().draft().sync.chartTarget, ChartTarget::Local);
    EXPECT_TRUE(view->toPlainText().contains(QStringLiteral("kind: LOCAL")));
    EXPECT_TRUE(view->toPlainText().contains(QStringLiteral("path: /srv/charts")));
    EXPECT_TRUE(tab.plan());

    // OCI is not for charts-syncer: said on the tab, and the page is not complete.
    harness.session().editDraft(
        [](UpgradePlan &plan) { plan.sync.chartTarget = ChartTarget::Oci; });
    EXPECT_FALSE(harborTarget->isChecked());
    EXPECT_FALSE(localTarget->isChecked());
    EXPECT_FALSE(page->isComplete());
    EXPECT_FALSE(tab.driver->nextEnabled());
    EXPECT_TRUE(harness.find<QLabel>(QStringLiteral("chartsSyncerProblem"))->isVisible());
}

TEST(SyncPageTest, AMissingToolIsSaidWithHowToGetItAndBlocksItsTab)
{
    ToolPath path({}); // neither charts-syncer nor docker; ssh only
    WizardHarness harness;
    fillRegistry(harness.session());
    SyncPageDriver page(harness);
    ASSERT_TRUE(page.page);
    EXPECT_TRUE(page.nextEnabled()) << "the built-in sync needs no tool";

    for (const auto &[method, label, tool] :
        {std::tuple {SyncMethod::ChartsSyncer, QStringLiteral("chartsSyncerTabMissingTool"),
             ToolInventory::Tool::ChartsSyncer},
            std::tuple {SyncMethod::Docker, QStringLiteral("dockerTabMissingTool"),
                ToolInventory::Tool::Docker}}) {
        page.choose(method);
        auto *missing = harness.find<QLabel>(label);
        ASSERT_NE(missing, nullptr);
        EXPECT_TRUE(missing->isVisible()) << label.toStdString();
        EXPECT_TRUE(missing->text().contains(ToolInventory::howToGet(tool)))
            << missing->text().toStdString();
        EXPECT_FALSE(page.page->isComplete());
        EXPECT_FALSE(page.nextEnabled());
    }
    page.choose(SyncMethod::Containerd);
    EXPECT_FALSE(harness.find<QLabel>(QStringLiteral("containerdTabMissingTool"))->isVisible())
        << "ssh is there";
}

TEST(SyncPageTest, DockerTabPlansLoadTagAndPush)
{
    SyncTabWithPackage tab(SyncMethod::Docker, {QStringLiteral("docker")});
    ASSERT_TRUE(tab.ready());
    WizardHarness &harness = tab.harness;
    EXPECT_TRUE(tab.page()->isComplete());
    EXPECT_FALSE(harness.find<QLabel>(QStringLiteral("dockerTabMissingTool"))->isVisible());
    auto *steps = harness.find<QLabel>(QStringLiteral("dockerSteps"));
    ASSERT_NE(steps, nullptr);
    EXPECT_TRUE(steps->text().contains(QStringLiteral("docker load")));
    EXPECT_FALSE(harness.find<QWidget>(QStringLiteral("nodeSyncPanel"))->isVisible())
        << "Docker pushes from this machine: no node list";

    const std::optional<PlanResult> planned = tab.plan();
    ASSERT_TRUE(planned);
    const QStringList ids = stepIds(*planned);
    for (const char *id : {"docker.check", "docker.login", "docker.load", "docker.push"}) {
        EXPECT_TRUE(ids.contains(QLatin1String(id)))
            << id << " not in " << ids.join(QLatin1Char(' ')).toStdString();
    }
}

TEST(SyncPageTest, NodeListIsEditedWithTheKeyboardAndPlansAnImportPerNode)
{
    SyncTabWithPackage tab(SyncMethod::Containerd, {});
    ASSERT_TRUE(tab.ready());
    WizardHarness &harness = tab.harness;
    SyncPage *page = tab.page();
    auto *table = harness.find<QTableWidget>(QStringLiteral("nodeTable"));
    auto *add = harness.find<QPushButton>(QStringLiteral("addNode"));
    ASSERT_TRUE(table && add);
    EXPECT_FALSE(table->tabKeyNavigation()) << "Tab must leave the table";
    EXPECT_FALSE(page->isComplete()) << "containerd without nodes";

    // Add node: a row, its host cell already being edited.
    pressSpace(add);
    ASSERT_EQ(table->rowCount(), 1);
    ASSERT_TRUE(typeIntoCellEditor(table, QStringLiteral("10.0.0.11")));
    QTest::keyClick(table, Qt::Key_Right);
    EXPECT_TRUE(editCurrentCell(table, QStringLiteral("admin")));
    QTest::keyClick(table, Qt::Key_Right);
    EXPECT_TRUE(editCurrentCell(table, QStringLiteral("2222")));
    QTest::keyClick(table, Qt::Key_Right);
    EXPECT_EQ(table->currentColumn(), NodeListEditor::IdentityColumn);
    EXPECT_TRUE(editCurrentCell(table, QStringLiteral("~/.ssh/id_ed25519")));

    ASSERT_EQ(harness.session().draft().sync.nodes.size(), 1u);
    const SshNode first = harness.session().draft().sync.nodes.front();
    EXPECT_EQ(first.host, QStringLiteral("10.0.0.11"));
    EXPECT_EQ(first.user, QStringLiteral("admin"));
    EXPECT_EQ(first.port, 2222);
    EXPECT_EQ(first.identityFile, QStringLiteral("~/.ssh/id_ed25519"));

    // A second node takes the first one's user, port and key; only the host is typed.
    pressSpace(add);
    ASSERT_EQ(table->rowCount(), 2);
    EXPECT_TRUE(typeIntoCellEditor(table, QStringLiteral("10.0.0.12")))
        << "Add node starts editing the new row's host";
    ASSERT_EQ(harness.session().draft().sync.nodes.size(), 2u);
    EXPECT_EQ(harness.session().draft().sync.nodes[1].user, QStringLiteral("admin"));
    EXPECT_EQ(harness.session().draft().sync.nodes[1].port, 2222);
    EXPECT_TRUE(page->isComplete());

    const std::optional<PlanResult> planned = tab.plan();
    ASSERT_TRUE(planned);
    // One import step, each node a unit of it, named as the run names it.
    const QStringList ids = stepIds(*planned);
    ASSERT_EQ(ids.count(QStringLiteral("images.import")), 1)
        << ids.join(QLatin1Char(' ')).toStdString();
    const auto import = std::find_if(planned->steps.cbegin(), planned->steps.cend(),
        [](const PlannedStep &step) { return step.id == QLatin1String("images.import"); });
    const QString details = import->details.join(QLatin1Char('\n'));
    EXPECT_TRUE(details.contains(QStringLiteral("admin@10.0.0.11:2222"))) << details.toStdString();
    EXPECT_TRUE(details.contains(QStringLiteral("admin@10.0.0.12:2222"))) << details.toStdString();

    // Delete removes the selected node.
    table->setFocus();
    table->setCurrentCell(0, NodeListEditor::HostColumn);
    table->selectRow(0);
    QTest::keyClick(table, Qt::Key_Delete);
    ASSERT_EQ(harness.session().draft().sync.nodes.size(), 1u);
    EXPECT_EQ(harness.session().draft().sync.nodes.front().host, QStringLiteral("10.0.0.12"));
}

TEST(SyncPageTest, TestSshAgainstARealSshd)
{
    SshServer sshd;
    ASSERT_TRUE(sshd.isRunning()) << sshd.log().toStdString();
    const quint16 closedPort = DceUpgrade::Test::freeLoopbackPort();

    WizardHarness harness;
    fillRegistry(harness.session());
    SyncPageDriver page(harness);
    ASSERT_TRUE(page.page);
    page.choose(SyncMethod::Containerd);
    // Three nodes, each its own (a plan lists a node once): the server as 127.0.0.1 with the
    // right key and as 127.0.0.2 with a key it refuses, and a port where nothing listens.
    SshNode refused = sshd.node(sshd.otherIdentityFile());
    refused.host = QStringLiteral("127.0.0.2");
    SshNode closed = sshd.node(sshd.identityFile());
    closed.port = closedPort;
    harness.session().editDraft([&](UpgradePlan &plan) {
        plan.sync.nodes = {sshd.node(sshd.identityFile()), refused, closed};
    });
    auto *test = harness.find<QPushButton>(QStringLiteral("testSsh"));
    auto *results = harness.find<QLabel>(QStringLiteral("sshCheckResults"));
    auto *table = harness.find<QTableWidget>(QStringLiteral("nodeTable"));
    ASSERT_TRUE(test && results && table);
    SshCheck *check = page.page->sshCheck();

    const auto run = [&](const QString &knownHosts) {
        check->setExtraOptions(SshServer::clientOptions(knownHosts));
        const ToolInventory::Found &ssh = harness.session().tools().found(ToolInventory::Tool::Ssh);
        EXPECT_TRUE(test->isEnabled()) << "ssh probed " << ssh.probed << " found " << ssh.found
                                       << " problems " << harness.session().problems().size();
        test->click();
        EXPECT_TRUE(check->isRunning()) << "the test runs in the background";
        EXPECT_TRUE(harness.waitUntil([&] { return !check->isRunning(); }, 60000));
        std::vector<SshReachability::Verdict> verdicts;
        for (const SshCheck::NodeResult &result : check->results()) {
            EXPECT_TRUE(result.answered);
            verdicts.push_back(result.diagnosis.verdict);
        }
        return verdicts;
    };
    const auto describe = [&] {
        QString text = results->text() + QStringLiteral("\nsshd log:\n") + sshd.log();
        return text.toStdString();
    };

    using Verdict = SshReachability::Verdict;
    std::vector<Verdict> verdicts = run(sshd.knownHostsFile());
    ASSERT_EQ(verdicts.size(), 3u);
    EXPECT_EQ(verdicts[0], Verdict::Ok) << describe();
    EXPECT_EQ(verdicts[1], Verdict::PermissionDenied) << describe();
    EXPECT_EQ(verdicts[2], Verdict::ConnectionRefused) << describe();
    EXPECT_EQ(table->item(0, NodeListEditor::SshColumn)->text(), QStringLiteral("ok"));
    EXPECT_EQ(
        table->item(1, NodeListEditor::SshColumn)->text(), QStringLiteral("permission denied"));
    EXPECT_FALSE(table->item(1, NodeListEditor::SshColumn)->toolTip().isEmpty());
    EXPECT_TRUE(results->isVisible());
    EXPECT_TRUE(results->text().contains(QStringLiteral("authorized_keys"))) << describe();
    EXPECT_TRUE(results->text().contains(QStringLiteral("sshd"))) << describe();
    harness.saveScreenshot(QStringLiteral("sync-containerd-ssh-test_en"));

    verdicts = run(sshd.emptyKnownHostsFile());
    ASSERT_EQ(verdicts.size(), 3u);
    EXPECT_EQ(verdicts[0], Verdict::HostKeyUnknown) << describe();
    EXPECT_TRUE(results->text().contains(QStringLiteral("host key unknown"))) << describe();
    EXPECT_TRUE(results->text().contains(QStringLiteral("known_hosts"))) << describe();

    verdicts = run(sshd.changedKnownHostsFile());
    ASSERT_EQ(verdicts.size(), 3u);
    EXPECT_EQ(verdicts[0], Verdict::HostKeyChanged) << describe();
    EXPECT_TRUE(results->text().contains(QStringLiteral("ssh-keygen -R"))) << describe();

    // An edit drops the result.
    harness.session().editDraft([](UpgradePlan &plan) { plan.sync.nodes.pop_back(); });
    EXPECT_FALSE(results->isVisible());
    EXPECT_TRUE(table->item(0, NodeListEditor::SshColumn)->text().isEmpty());
}

// "Test ssh" connects as the run will: with the plan's known_hosts file and host-key policy
// (set on the panel), not only the user's own ~/.ssh/known_hosts.
TEST(SyncPageTest, TheSshTestUsesThePlansKnownHostsFileAndHostKeyPolicy)
{
    SshServer sshd;
    ASSERT_TRUE(sshd.isRunning()) << sshd.log().toStdString();
    WizardHarness harness;
    fillRegistry(harness.session());
    SyncPageDriver page(harness);
    ASSERT_TRUE(page.page);
    page.choose(SyncMethod::Containerd);
    harness.session().editDraft(
        [&](UpgradePlan &plan) { plan.sync.nodes = {sshd.node(sshd.identityFile())}; });
    auto *knownHosts = harness.find<QLineEdit>(QStringLiteral("knownHostsFile"));
    auto *policy = harness.find<QComboBox>(QStringLiteral("hostKeyPolicy"));
    auto *parallel = harness.find<QSpinBox>(QStringLiteral("parallelNodes"));
    auto *test = harness.find<QPushButton>(QStringLiteral("testSsh"));
    ASSERT_TRUE(knownHosts && policy && parallel && test);
    SshCheck *check = page.page->sshCheck();
    // No ssh_config of this machine's and no global known_hosts: only the plan's file counts.
    check->setExtraOptions({QStringLiteral("-F"), QStringLiteral("/dev/null"), QStringLiteral("-o"),
        QStringLiteral("GlobalKnownHostsFile=/dev/null")});
    const auto verdict = [&] {
        test->click();
        EXPECT_TRUE(harness.waitUntil([&] { return !check->isRunning(); }, 60000));
        return check->results().empty() ? SshReachability::Verdict::Failed
                                        : check->results().front().diagnosis.verdict;
    };

    typeInto(knownHosts, sshd.knownHostsFile());
    EXPECT_EQ(harness.session().draft().sync.knownHostsFile, sshd.knownHostsFile());
    EXPECT_EQ(verdict(), SshReachability::Verdict::Ok) << sshd.log().toStdString();

    // A file that does not know the node: strict refuses, accept-new trusts it and records it.
    QTemporaryDir dir;
    const QString fresh = dir.filePath(QStringLiteral("nodes_known_hosts"));
    typeInto(knownHosts, fresh);
    EXPECT_EQ(verdict(), SshReachability::Verdict::HostKeyUnknown);
    policy->setFocus();
    QTest::keyClick(policy, Qt::Key_Down);
    EXPECT_EQ(harness.session().draft().sync.hostKeys, HostKeyPolicy::AcceptNew);
    EXPECT_EQ(verdict(), SshReachability::Verdict::Ok) << sshd.log().toStdString();
    EXPECT_TRUE(QFileInfo(fresh).size() > 0) << "accept-new records the key in the plan's file";

    parallel->setFocus();
    QTest::keyClick(parallel, Qt::Key_Up);
    EXPECT_EQ(harness.session().draft().sync.parallelNodes, 5);
}

// sudo is a check box per node (Space toggles it); this machine is a row of its own, added once,
// whose host, user, port and key cannot be edited.
TEST(SyncPageTest, SudoAndThisMachineAreChosenWithTheKeyboard)
{
    SyncTabWithPackage tab(SyncMethod::Containerd, {});
    ASSERT_TRUE(tab.ready());
    WizardHarness &harness = tab.harness;
    harness.session().editDraft([](UpgradePlan &plan) {
        plan.sync.nodes = {{QStringLiteral("10.0.0.11"), QStringLiteral("ops"), 22, QString()}};
    });
    auto *table = harness.find<QTableWidget>(QStringLiteral("nodeTable"));
    auto *addLocal = harness.find<QPushButton>(QStringLiteral("addThisMachine"));
    ASSERT_TRUE(table && addLocal);

    table->setFocus();
    table->setCurrentCell(0, NodeListEditor::SudoColumn);
    QTest::keyClick(table, Qt::Key_Space);
    ASSERT_EQ(harness.session().draft().sync.nodes.size(), 1u);
    EXPECT_TRUE(harness.session().draft().sync.nodes[0].sudo);

    pressSpace(addLocal);
    const std::vector<SshNode> &nodes = harness.session().draft().sync.nodes;
    ASSERT_EQ(nodes.size(), 2u);
    EXPECT_TRUE(nodes[1].local);
    EXPECT_EQ(nodes[1].id(), QStringLiteral("local"));
    EXPECT_FALSE(addLocal->isEnabled()) << "this machine is one node";
    EXPECT_FALSE(table->item(1, NodeListEditor::HostColumn)->flags() & Qt::ItemIsEditable);
    EXPECT_TRUE(harness.session().problems({QStringLiteral("sync.nodes")}).empty());

    const std::optional<PlanResult> planned = tab.plan();
    ASSERT_TRUE(planned);
    const QString details = [&] {
        for (const PlannedStep &step : planned->steps) {
            if (step.id == QLatin1String("images.import")) {
                return step.details.join(QLatin1Char('\n'));
            }
        }
        return QString();
    }();
    EXPECT_TRUE(details.contains(QStringLiteral("ops@10.0.0.11:22"))) << details.toStdString();
    EXPECT_TRUE(details.contains(QStringLiteral("sudo -n"))) << details.toStdString();
    EXPECT_TRUE(details.contains(QStringLiteral("local"))) << details.toStdString();
}

// "Images already there" says where: in the registry (checked before helm upgrade) or on the
// nodes (imported earlier; nothing looked up in a registry).
TEST(SyncPageTest, ImagesAlreadyThereSaysWhere)
{
    SyncTabWithPackage tab(SyncMethod::None, {});
    ASSERT_TRUE(tab.ready());
    WizardHarness &harness = tab.harness;
    auto *onNodes = harness.find<QRadioButton>(QStringLiteral("imagesAlreadyOnNodes"));
    auto *inRegistry = harness.find<QRadioButton>(QStringLiteral("imagesAlreadyInRegistry"));
    auto *note = harness.find<QLabel>(QStringLiteral("imagesAlreadyNote"));
    ASSERT_TRUE(onNodes && inRegistry && note);
    EXPECT_TRUE(inRegistry->isChecked());
    EXPECT_TRUE(note->text().contains(QStringLiteral("registry")));
    const auto checksImages = [&] {
        const std::optional<PlanResult> planned = tab.plan();
        EXPECT_TRUE(planned);
        return planned && stepIds(*planned).contains(QStringLiteral("images.check:skoala"));
    };
    EXPECT_TRUE(checksImages());

    pressSpace(onNodes);
    EXPECT_EQ(harness.session().draft().sync.imagesAlreadyOn, ImagesLocation::Nodes);
    EXPECT_TRUE(note->text().contains(QStringLiteral("nodes"))) << note->text().toStdString();
    EXPECT_TRUE(tab.page()->isComplete());
    EXPECT_FALSE(checksImages()) << "nothing to look up in a registry";
}

// A node that accepts the connection and never says a word: Stop ends the test at once; left
// alone, ssh's connect timeout ends it as "timed out".
TEST(SyncPageTest, AnSshTestCanBeStoppedAndASilentNodeTimesOut)
{
    QTcpServer silent;
    ASSERT_TRUE(silent.listen(QHostAddress::LocalHost));
    WizardHarness harness;
    fillRegistry(harness.session());
    SyncPageDriver page(harness);
    ASSERT_TRUE(page.page);
    page.choose(SyncMethod::Containerd);
    harness.session().editDraft([&](UpgradePlan &plan) {
        plan.sync.nodes = {{QStringLiteral("127.0.0.1"), QStringLiteral("root"),
            int(silent.serverPort()), QString()}};
    });
    auto *test = harness.find<QPushButton>(QStringLiteral("testSsh"));
    auto *stop = harness.find<QPushButton>(QStringLiteral("stopSsh"));
    auto *status = harness.find<QLabel>(QStringLiteral("sshCheckStatus"));
    ASSERT_TRUE(test && stop && status);
    SshCheck *check = page.page->sshCheck();
    check->setExtraOptions(SshServer::clientOptions(QStringLiteral("/dev/null")));
    int finished = 0;
    QObject::connect(check, &SshCheck::finished, [&finished] { ++finished; });

    test->click();
    ASSERT_TRUE(check->isRunning());
    EXPECT_TRUE(stop->isVisible());
    QTest::qWait(300);
    stop->click();
    EXPECT_FALSE(check->isRunning());
    EXPECT_TRUE(check->wasCanceled());
    EXPECT_EQ(finished, 1);
    EXPECT_TRUE(status->text().contains(QStringLiteral("stopped"))) << status->text().toStdString();
    EXPECT_TRUE(test->isEnabled());

    test->click();
    ASSERT_TRUE(harness.waitUntil([&] { return !check->isRunning(); }, 60000));
    EXPECT_EQ(finished, 2) << "the stopped test must not report again";
    ASSERT_EQ(check->results().size(), 1u);
    EXPECT_EQ(check->results().front().diagnosis.verdict, SshReachability::Verdict::TimedOut)
        << check->results().front().diagnosis.message.toStdString();
}

// Every tab's controls (all of them, hidden tabs included), the tab titles and the wizard's
// buttons: no letter twice.
TEST(SyncPageTest, MnemonicsAreUniqueOnEveryTab)
{
    for (const char *language : {"en", "zh_CN"}) {
        WizardHarness harness(QString::fromLatin1(language));
        SyncPageDriver page(harness);
        ASSERT_TRUE(page.page && page.tabs);
        const QStringList clashes = harness.mnemonicClashes(WizardHarness::Visibility::All);
        EXPECT_TRUE(clashes.isEmpty())
            << language << ": " << clashes.join(QLatin1Char('\n')).toStdString();
        for (int tab = 0; tab < page.tabs->count(); ++tab) {
            EXPECT_TRUE(page.tabs->tabText(tab).contains(QLatin1Char('&')))
                << "tab " << tab << " has no mnemonic";
        }
    }
}

} // namespace DceUpgrade::Wizard::Test

namespace DceUpgrade::Wizard::Test {

// Every tab in each language (QT_SCALE_FACTOR=2 gives the @2x set), with the tools found, and
// the charts-syncer and Docker tabs once more as they look without their tool.
class SyncPageScreenshot : public ::testing::TestWithParam<const char *>
{
};

TEST_P(SyncPageScreenshot, EveryTab)
{
    const QString language = QString::fromLatin1(GetParam());
    std::optional<ToolPath> path;
    path.emplace(QStringList {QStringLiteral("charts-syncer"), QStringLiteral("docker")});
    WizardHarness harness(language);
    fillRegistry(harness.session());
    harness.session().editDraft([](UpgradePlan &plan) {
        plan.sync.nodes = {{QStringLiteral("10.0.0.11"), QStringLiteral("root"), 22,
                               QStringLiteral("~/.ssh/id_ed25519")},
            {QStringLiteral("10.0.0.12"), QStringLiteral("ops"), 2222, QString(), true}};
        SshNode thisMachine;
        thisMachine.local = true;
        plan.sync.nodes.push_back(thisMachine);
    });
    SyncPageDriver page(harness);
    ASSERT_TRUE(page.page);
    const QString suffix = QLatin1Char('_') + language
        + (harness.wizard().devicePixelRatio() > 1 ? QStringLiteral("@2x") : QString());
    for (const auto &[method, name] : {std::pair {SyncMethod::BuiltIn, "4-sync-builtin"},
             std::pair {SyncMethod::ChartsSyncer, "4-sync-charts-syncer"},
             std::pair {SyncMethod::Docker, "4-sync-docker"},
             std::pair {SyncMethod::Containerd, "4-sync-containerd"},
             std::pair {SyncMethod::None, "4-sync-none"}}) {
        page.choose(method);
        ASSERT_EQ(harness.session().draft().sync.method, method);
        harness.saveScreenshot(QString::fromLatin1(name) + suffix);
        EXPECT_TRUE(WizardHarness::unnamedControls(page.page).isEmpty())
            << name << ": "
            << WizardHarness::unnamedControls(page.page).join(QLatin1Char(' ')).toStdString();
    }
    page.choose(SyncMethod::Docker);
    pressSpace(harness.find<QRadioButton>(QStringLiteral("dockerToNodes")));
    EXPECT_EQ(harness.session().draft().sync.docker, DockerTarget::Nodes);
    EXPECT_TRUE(harness.find<QWidget>(QStringLiteral("nodeSyncPanel"))->isVisible());
    harness.saveScreenshot(QStringLiteral("4-sync-docker-nodes") + suffix);
    EXPECT_TRUE(WizardHarness::unnamedControls(page.page).isEmpty())
        << WizardHarness::unnamedControls(page.page).join(QLatin1Char(' ')).toStdString();
    pressSpace(harness.find<QRadioButton>(QStringLiteral("dockerToRegistry")));
    EXPECT_FALSE(harness.find<QWidget>(QStringLiteral("nodeSyncPanel"))->isVisible());

    path.reset();
    path.emplace(QStringList {});
    harness.session().tools().probe();
    page.choose(SyncMethod::ChartsSyncer);
    harness.saveScreenshot(QStringLiteral("4-sync-charts-syncer-missing") + suffix);
    page.choose(SyncMethod::Docker);
    harness.saveScreenshot(QStringLiteral("4-sync-docker-missing") + suffix);
    EXPECT_FALSE(page.nextEnabled());
}

INSTANTIATE_TEST_SUITE_P(Languages, SyncPageScreenshot, ::testing::Values("en", "zh_CN"),
    [](const ::testing::TestParamInfo<const char *> &param) { return std::string(param.param); });

} // namespace DceUpgrade::Wizard::Test
