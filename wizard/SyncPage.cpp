#include "SyncPage.h"

#include "ChartRepoUrl.h"
#include "FieldProblems.h"
#include "NodeSyncPanel.h"
#include "WizardSession.h"

#include "tools/ChartsSyncerConfig.h"
#include "util/Error.h"

#include <QAccessible>
#include <QCheckBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace DceUpgrade::Wizard {

namespace {

// The plan keys this page edits; the chart target is the Registry page's, but charts-syncer
// restricts it, so its problem shows on that tab too.
const QStringList PageKeys {QStringLiteral("sync.method"), QStringLiteral("sync.jobs"),
    QStringLiteral("sync.force"), QStringLiteral("sync.nodes"), QStringLiteral("sync.chartTarget"),
    QStringLiteral("sync.docker"), QStringLiteral("sync.parallelNodes"),
    QStringLiteral("sync.knownHostsFile"), QStringLiteral("sync.hostKeys"),
    QStringLiteral("sync.imagesAlreadyOn")};

QLabel *warningLabel(QWidget *parent, const QString &objectName)
{
    QLabel *label = WizardPage::wrappedLabel(parent);
    label->setObjectName(objectName);
    label->setStyleSheet(QStringLiteral("QLabel { color: rgb(176, 96, 0); font-weight: bold; }"));
    label->hide();
    return label;
}

} // namespace

SyncPage::SyncPage(WizardSession *session, QWidget *parent)
    : WizardPage(session, PageId::Sync, parent)
    , m_intro(wrappedLabel(this))
    , m_tabWidget(new QTabWidget(this))
    , m_problems(new FieldProblems(this))
{
    setObjectName(QStringLiteral("syncPage"));
    m_tabWidget->setObjectName(QStringLiteral("syncMethodTabs"));
    m_tabs.reserve(5);
    buildBuiltInTab();
    buildChartsSyncerTab();
    buildDockerTab();
    buildContainerdTab();
    buildNoneTab();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_tabWidget, 1);
    layout->addWidget(m_problems->addLabel(this, QStringLiteral("syncOtherProblems"), {}));

    // The tab shown is the method: switching tabs is choosing it.
    connect(m_tabWidget, &QTabWidget::currentChanged, this, [this](int index) {
        if (index < 0 || std::size_t(index) >= m_tabs.size()) {
            return;
        }
        const SyncMethod method = m_tabs[std::size_t(index)].method;
        this->session()->editDraft([method](UpgradePlan &plan) { plan.sync.method = method; });
        emit completeChanged();
    });
    connect(session, &WizardSession::draftChanged, this, &SyncPage::showDraft);
    connect(session, &WizardSession::languageChanged, this, &SyncPage::showProblems);
    connect(&session->tools(), &ToolInventory::changed, this, &SyncPage::showTools);

    retranslateUi();
    showDraft();
    showTools();
}

SyncPage::~SyncPage() = default;

SyncPage::MethodTab &SyncPage::addTab(SyncMethod method, const QString &objectName)
{
    MethodTab tab;
    tab.method = method;
    tab.page = new QWidget(m_tabWidget);
    tab.page->setObjectName(objectName);
    tab.explanation = wrappedLabel(tab.page);
    tab.explanation->setObjectName(objectName + QStringLiteral("Explanation"));
    if (method != SyncMethod::BuiltIn && method != SyncMethod::None) {
        tab.missingTool = warningLabel(tab.page, objectName + QStringLiteral("MissingTool"));
    }
    auto *layout = new QVBoxLayout(tab.page);
    if (tab.missingTool) {
        layout->addWidget(tab.missingTool);
    }
    layout->addWidget(tab.explanation);
    m_tabWidget->addTab(tab.page, QString());
    m_tabs.push_back(tab);
    return m_tabs.back();
}

void SyncPage::buildBuiltInTab()
{
    MethodTab &tab = addTab(SyncMethod::BuiltIn, QStringLiteral("builtInTab"));
    m_jobsLabel = new QLabel(tab.page);
    m_jobsSpin = new QSpinBox(tab.page);
    m_jobsSpin->setObjectName(QStringLiteral("syncJobs"));
    m_jobsSpin->setRange(1, 32);
    m_forceCheck = new QCheckBox(tab.page);
    m_forceCheck->setObjectName(QStringLiteral("syncForce"));
    QLabel *problem = m_problems->addLabel(tab.page, QStringLiteral("builtInProblem"),
        {QStringLiteral("sync.jobs"), QStringLiteral("sync.force")});

    m_forceNote = wrappedLabel(tab.page);
    m_forceNote->setForegroundRole(QPalette::PlaceholderText);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(m_jobsLabel, m_jobsSpin);
    auto *layout = static_cast<QVBoxLayout *>(tab.page->layout());
    layout->addLayout(form);
    layout->addWidget(m_forceCheck);
    layout->addWidget(m_forceNote);
    layout->addWidget(problem);
    layout->addStretch(1);

    connect(m_jobsSpin, &QSpinBox::valueChanged, this, [this](int jobs) {
        session()->editDraft([jobs](UpgradePlan &plan) { plan.sync.jobs = jobs; });
    });
    connect(m_forceCheck, &QCheckBox::toggled, this, [this](bool force) {
        session()->editDraft([force](UpgradePlan &plan) { plan.sync.force = force; });
    });
}

void SyncPage::buildChartsSyncerTab()
{
    MethodTab &tab = addTab(SyncMethod::ChartsSyncer, QStringLiteral("chartsSyncerTab"));
    m_harborTarget = new QRadioButton(tab.page);
    m_harborTarget->setObjectName(QStringLiteral("chartsSyncerHarbor"));
    m_localTarget = new QRadioButton(tab.page);
    m_localTarget->setObjectName(QStringLiteral("chartsSyncerLocal"));
    m_targetNote = wrappedLabel(tab.page);
    m_targetNote->setForegroundRole(QPalette::PlaceholderText);
    QLabel *problem = m_problems->addLabel(
        tab.page, QStringLiteral("chartsSyncerProblem"), {QStringLiteral("sync.chartTarget")});
    m_configLabel = new QLabel(tab.page);
    m_configView = new QPlainTextEdit(tab.page);
    m_configView->setObjectName(QStringLiteral("chartsSyncerConfig"));
    m_configView->setReadOnly(true);
    m_configView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_configView->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_configView->setTabChangesFocus(true);
    m_configLabel->setBuddy(m_configView);

    auto *targets = new QHBoxLayout;
    targets->addWidget(m_harborTarget);
    targets->addWidget(m_localTarget);
    targets->addStretch(1);
    auto *layout = static_cast<QVBoxLayout *>(tab.page->layout());
    layout->addLayout(targets);
    layout->addWidget(m_targetNote);
    layout->addWidget(problem);
    layout->addWidget(m_configLabel);
    layout->addWidget(m_configView, 1);

    const auto chooseTarget = [this](ChartTarget target) {
        ChartRepoUrl::editFollowing(
            *session(), [target](UpgradePlan &plan) { plan.sync.chartTarget = target; });
    };
    connect(m_harborTarget, &QRadioButton::clicked, this,
        [chooseTarget] { chooseTarget(ChartTarget::Harbor); });
    connect(m_localTarget, &QRadioButton::clicked, this,
        [chooseTarget] { chooseTarget(ChartTarget::Local); });
}

void SyncPage::buildDockerTab()
{
    MethodTab &tab = addTab(SyncMethod::Docker, QStringLiteral("dockerTab"));
    m_dockerToRegistry = new QRadioButton(tab.page);
    m_dockerToRegistry->setObjectName(QStringLiteral("dockerToRegistry"));
    m_dockerToNodes = new QRadioButton(tab.page);
    m_dockerToNodes->setObjectName(QStringLiteral("dockerToNodes"));
    m_dockerSteps = wrappedLabel(tab.page);
    m_dockerSteps->setObjectName(QStringLiteral("dockerSteps"));
    QLabel *problem = m_problems->addLabel(
        tab.page, QStringLiteral("dockerProblem"), {QStringLiteral("sync.docker")});
    m_dockerNodeSlot = new QVBoxLayout;
    auto *layout = static_cast<QVBoxLayout *>(tab.page->layout());
    layout->addWidget(m_dockerToRegistry);
    layout->addWidget(m_dockerToNodes);
    layout->addWidget(m_dockerSteps);
    layout->addWidget(problem);
    layout->addLayout(m_dockerNodeSlot);
    layout->addStretch(1);

    const auto chooseTarget = [this](DockerTarget target) {
        session()->editDraft([target](UpgradePlan &plan) { plan.sync.docker = target; });
    };
    connect(m_dockerToRegistry, &QRadioButton::clicked, this,
        [chooseTarget] { chooseTarget(DockerTarget::Registry); });
    connect(m_dockerToNodes, &QRadioButton::clicked, this,
        [chooseTarget] { chooseTarget(DockerTarget::Nodes); });
}

void SyncPage::buildContainerdTab()
{
    MethodTab &tab = addTab(SyncMethod::Containerd, QStringLiteral("containerdTab"));
    m_containerdNodeSlot = new QVBoxLayout;
    static_cast<QVBoxLayout *>(tab.page->layout())->addLayout(m_containerdNodeSlot, 1);
    m_nodePanel = new NodeSyncPanel(session(), m_problems, tab.page);
    m_containerdNodeSlot->addWidget(m_nodePanel);
}

void SyncPage::buildNoneTab()
{
    MethodTab &tab = addTab(SyncMethod::None, QStringLiteral("noSyncTab"));
    m_alreadyInRegistry = new QRadioButton(tab.page);
    m_alreadyInRegistry->setObjectName(QStringLiteral("imagesAlreadyInRegistry"));
    m_alreadyOnNodes = new QRadioButton(tab.page);
    m_alreadyOnNodes->setObjectName(QStringLiteral("imagesAlreadyOnNodes"));
    m_alreadyNote = wrappedLabel(tab.page);
    m_alreadyNote->setObjectName(QStringLiteral("imagesAlreadyNote"));
    QLabel *problem = m_problems->addLabel(
        tab.page, QStringLiteral("noSyncProblem"), {QStringLiteral("sync.imagesAlreadyOn")});
    auto *layout = static_cast<QVBoxLayout *>(tab.page->layout());
    layout->addWidget(m_alreadyInRegistry);
    layout->addWidget(m_alreadyOnNodes);
    layout->addWidget(m_alreadyNote);
    layout->addWidget(problem);
    layout->addStretch(1);

    const auto choose = [this](ImagesLocation location) {
        session()->editDraft(
            [location](UpgradePlan &plan) { plan.sync.imagesAlreadyOn = location; });
    };
    connect(m_alreadyInRegistry, &QRadioButton::clicked, this,
        [choose] { choose(ImagesLocation::Registry); });
    connect(m_alreadyOnNodes, &QRadioButton::clicked, this,
        [choose] { choose(ImagesLocation::Nodes); });
}

std::optional<ToolInventory::Tool> SyncPage::toolFor(SyncMethod method, DockerTarget docker)
{
    switch (method) {
    case SyncMethod::ChartsSyncer:
        return ToolInventory::Tool::ChartsSyncer;
    case SyncMethod::Docker:
        // On the nodes, Docker runs there: this machine needs only ssh.
        return docker == DockerTarget::Nodes ? ToolInventory::Tool::Ssh
                                             : ToolInventory::Tool::Docker;
    case SyncMethod::Containerd:
        return ToolInventory::Tool::Ssh;
    case SyncMethod::BuiltIn:
    case SyncMethod::None:
        break;
    }
    return std::nullopt;
}

QString SyncPage::chartsSyncerBundlesDir()
{
    // As the Planner names it: the dry run shows the session directory as ${SESSION}.
    return QStringLiteral("${SESSION}/charts-syncer/bundles");
}

void SyncPage::initializePage()
{
    // The Welcome page usually asked already; a plan opened straight here had nobody ask.
    ToolInventory &tools = session()->tools();
    const ToolInventory::Found &ssh = tools.found(ToolInventory::Tool::Ssh);
    if (!tools.isProbing() && !ssh.probed && !ssh.found) {
        tools.probe();
    }
    showDraft();
    showTools();
}

bool SyncPage::isComplete() const
{
    return problems(PageKeys).empty() && !toolMissing(currentMethod());
}

SyncMethod SyncPage::currentMethod() const
{
    const int index = m_tabWidget->currentIndex();
    return index >= 0 && std::size_t(index) < m_tabs.size() ? m_tabs[std::size_t(index)].method
                                                            : SyncMethod::BuiltIn;
}

std::optional<ToolInventory::Tool> SyncPage::toolFor(SyncMethod method) const
{
    return toolFor(method, session()->draft().sync.docker);
}

bool SyncPage::toolMissing(SyncMethod method) const
{
    const std::optional<ToolInventory::Tool> tool = toolFor(method);
    if (!tool) {
        return false;
    }
    // Missing only once looked for: probe() knows at once whether the program is on PATH, and
    // marks an installed one found before its version answers.
    const ToolInventory::Found &found = session()->tools().found(*tool);
    return found.probed && !found.found;
}

void SyncPage::showDraft()
{
    const UpgradePlan &plan = session()->draft();
    for (std::size_t i = 0; i < m_tabs.size(); ++i) {
        if (m_tabs[i].method == plan.sync.method && m_tabWidget->currentIndex() != int(i)) {
            const QSignalBlocker blocker(m_tabWidget);
            m_tabWidget->setCurrentIndex(int(i));
        }
    }
    {
        const QSignalBlocker jobsBlocker(m_jobsSpin);
        m_jobsSpin->setValue(plan.sync.jobs);
        const QSignalBlocker forceBlocker(m_forceCheck);
        m_forceCheck->setChecked(plan.sync.force);
    }
    // Neither radio is checked for a target charts-syncer cannot use (OCI, none).
    m_harborTarget->setAutoExclusive(false);
    m_harborTarget->setChecked(plan.sync.chartTarget == ChartTarget::Harbor);
    m_localTarget->setChecked(plan.sync.chartTarget == ChartTarget::Local);
    m_harborTarget->setAutoExclusive(true);

    m_dockerToRegistry->setChecked(plan.sync.docker == DockerTarget::Registry);
    m_dockerToNodes->setChecked(plan.sync.docker == DockerTarget::Nodes);
    m_alreadyInRegistry->setChecked(plan.sync.imagesAlreadyOn == ImagesLocation::Registry);
    m_alreadyOnNodes->setChecked(plan.sync.imagesAlreadyOn == ImagesLocation::Nodes);
    showDockerSteps();
    showImagesAlreadyNote();
    placeNodePanel();
    m_nodePanel->showDraft();
    showChartsSyncerConfig();
    showProblems();
}

void SyncPage::placeNodePanel()
{
    // One node list for both methods that import on every node: it sits on the tab in use.
    const UpgradePlan &plan = session()->draft();
    const bool docker = plan.sync.method == SyncMethod::Docker;
    QVBoxLayout *slot = docker ? m_dockerNodeSlot : m_containerdNodeSlot;
    if (slot->indexOf(m_nodePanel) < 0) {
        slot->addWidget(m_nodePanel);
    }
    const bool shown = !docker || plan.sync.docker == DockerTarget::Nodes;
    m_nodePanel->setVisible(shown);
    // The Docker tab's texts stay at its top; the node list, when there, takes the room left.
    auto *dockerLayout = static_cast<QVBoxLayout *>(m_dockerNodeSlot->parentWidget()->layout());
    dockerLayout->setStretchFactor(m_dockerNodeSlot, docker && shown ? 1 : 0);
    dockerLayout->setStretch(dockerLayout->count() - 1, docker && shown ? 0 : 1);
}

void SyncPage::showDockerSteps()
{
    if (session()->draft().sync.docker == DockerTarget::Nodes) {
        m_dockerSteps->setText(
            tr("On every node listed below, over ssh, one session per images.tar:\n"
               "1. docker load: images.tar is streamed from the offline package on this machine "
               "into the node's Docker; nothing is copied to the node's disk first.\n"
               "2. docker tag: every image gets its name in your registry, so the pods find it "
               "without pulling.\n"
               "3. docker images: every relocated name must be there.\n\n"
               "Nothing is pushed to a registry: nodes added later will not have the images."));
        return;
    }
    m_dockerSteps->setText(
        tr("On this machine:\n"
           "1. docker load: images.tar is streamed from the offline package into Docker; "
           "nothing is unpacked to disk.\n"
           "2. docker tag: every image gets its name in your registry.\n"
           "3. docker push: with a login kept in the run's own directory, never in your "
           "~/.docker/config.json, and removed at the end.\n\n"
           "Docker recompresses the layers, so the images get other digests than with "
           "charts-syncer or the built-in sync; the upgrade names them by tag."));
}

void SyncPage::showImagesAlreadyNote()
{
    m_alreadyNote->setText(session()->draft().sync.imagesAlreadyOn == ImagesLocation::Nodes
            ? tr("The upgrade uses the images by the names they were tagged with on the nodes, "
                 "and looks nothing up in a registry: make sure every node that runs the "
                 "module's pods has them.")
            : tr("The upgrade still checks, before helm upgrade, that every image it will use "
                 "is in the registry."));
}

void SyncPage::showTools()
{
    for (const MethodTab &tab : m_tabs) {
        if (!tab.missingTool) {
            continue;
        }
        const std::optional<ToolInventory::Tool> tool = toolFor(tab.method);
        if (!tool) {
            continue;
        }
        const bool missing = toolMissing(tab.method);
        FieldProblems::setProblem(tab.missingTool,
            missing ? tr("%1 is not installed on this machine (not found on PATH). %2",
                "@info: tool, how to get it")
                          .arg(ToolInventory::program(*tool), ToolInventory::howToGet(*tool))
                    : QString());
    }
    m_nodePanel->showTools(toolMissing(currentMethod()));
    emit completeChanged();
}

void SyncPage::showProblems()
{
    m_problems->show(problems(PageKeys));
    showTools();
}

void SyncPage::showChartsSyncerConfig()
{
    // The file as charts-syncer will get it, with the password masked (render() without one).
    // It is made of the registry and sync settings only, but its constructor checks the whole
    // plan: what the later pages fill in (the upgrade) and the package are made neutral here,
    // so the file shows as soon as its own settings are complete.
    UpgradePlan preview = session()->draft();
    preview.sync.method = SyncMethod::ChartsSyncer;
    if (preview.package.isEmpty()) {
        preview.package = QStringLiteral("package.tar");
    }
    preview.upgrade = UpgradeSettings();
    preview.upgrade.method = UpgradeMethod::ChartPackage;
    QString text;
    try {
        text = QString::fromUtf8(ChartsSyncerConfig(preview, chartsSyncerBundlesDir()).render({}));
    } catch (const Error &error) {
        text = tr("# Not complete yet: %1\n# %2").arg(error.message(), error.hint());
    } catch (const std::exception &error) {
        text = QStringLiteral("# ") + QString::fromLocal8Bit(error.what());
    }
    if (m_configView->toPlainText() != text) {
        m_configView->setPlainText(text);
    }
}

SshCheck *SyncPage::sshCheck() const
{
    return m_nodePanel->sshCheck();
}

void SyncPage::retranslateUi()
{
    setTitle(tr("Image sync", "@title"));
    setSubTitle(tr("How the images of the offline package get to where the cluster pulls them "
                   "from. The tab shown is the method used."));
    m_intro->setText(tr("The built-in sync suits almost every site. The other tabs do what the "
                        "DCE documentation describes, with its traps avoided."));
    m_tabWidget->setAccessibleName(tr("Sync method"));

    const auto tabTitle = [](SyncMethod method) {
        switch (method) {
        case SyncMethod::BuiltIn:
            return tr("&Built-in (recommended)", "@title:tab");
        case SyncMethod::ChartsSyncer:
            return tr("charts-s&yncer", "@title:tab");
        case SyncMethod::Docker:
            return tr("&Docker", "@title:tab");
        case SyncMethod::Containerd:
            return tr("containe&rd", "@title:tab");
        case SyncMethod::None:
            return tr("&Images already there", "@title:tab");
        }
        return QString();
    };
    for (std::size_t i = 0; i < m_tabs.size(); ++i) {
        const MethodTab &tab = m_tabs[i];
        m_tabWidget->setTabText(int(i), tabTitle(tab.method));
        tab.page->setAccessibleName(plainLabel(tabTitle(tab.method)));
    }

    m_tabs[0].explanation->setText(
        tr("The images go straight from the offline package to the registry, several uploads "
           "in parallel: nothing is unpacked, and no Docker daemon or extra tool is needed. A "
           "rerun sends only what is missing, so an interrupted sync resumes where it stopped. "
           "Then the relocated chart is published to the chart target chosen on the Registry "
           "page."));
    labelField(m_jobsLabel, m_jobsSpin, tr("Parallel &uploads:"),
        tr("How many layers are uploaded at once (1 to 32). 4 suits most registries; more "
           "helps a Harbor with many cores on a fast network."));
    m_forceCheck->setText(tr("Re&place tags that differ"));
    m_forceNote->setText(
        tr("On: image tags in the registry whose content differs from the package are "
           "overwritten, and the chart is published even when its version is already there. "
           "Off: such tags are left as they are and reported, as charts-syncer does."));
    m_forceCheck->setAccessibleDescription(m_forceNote->text());

    m_tabs[1].explanation->setText(
        tr("DaoCloud's charts-syncer, as the DCE documentation uses it. The wizard writes "
           "load-image.yaml for you (the credentials nested correctly, the password in a file "
           "only you can read, removed afterwards), runs charts-syncer sync, and then checks "
           "that every image really is in the registry."));
    m_harborTarget->setText(tr("&Harbor chart repository (HARBOR)"));
    m_localTarget->setText(tr("&Local directory (LOCAL)"));
    m_targetNote->setText(tr("The chart repository URL and the directory are set on the "
                             "Registry page."));
    m_configLabel->setText(tr("The &file it writes, load-image.yaml (the password masked; "
                              "${SESSION} is the run's directory):"));
    m_configView->setAccessibleName(tr("load-image.yaml as it will be written"));
    m_configView->setAccessibleDescription(
        tr("Read only. The password is shown as ******; the real file holds it."));

    m_tabs[2].explanation->setText(
        tr("Docker does the work, as the DCE documentation describes: either on this machine, "
           "which then pushes to your registry, or on every node, for nodes that cannot pull "
           "from a registry. Docker must be running where it loads the images, with room for "
           "them in its storage."));
    m_dockerToRegistry->setText(tr("Push to the registry from this machine", "@option:radio"));
    m_dockerToNodes->setText(tr("Load on e&very node over ssh (nothing pushed)", "@option:radio"));
    showDockerSteps();

    m_tabs[3].explanation->setText(
        tr("For nodes that cannot pull from a registry: the images are imported on every node "
           "listed, over ssh (ctr -n k8s.io images import, streamed from the offline package), "
           "tagged with their names in the registry and checked. Nothing is pushed. ssh must "
           "log in with a key, without a password prompt; a node that fails does not stop the "
           "others, and a rerun imports only where it did not finish."));

    m_tabs[4].explanation->setText(
        tr("Nothing is synced. Choose this when the images are already where the cluster "
           "pulls them from: synced earlier (for example by a sync-only run days before), or by "
           "a colleague."));
    m_alreadyInRegistry->setText(
        tr("In the registry (with the chart in its target)", "@option:radio"));
    m_alreadyOnNodes->setText(
        tr("On every node (imported with containerd or Docker)", "@option:radio"));
    showImagesAlreadyNote();

    showTools();
}

} // namespace DceUpgrade::Wizard
