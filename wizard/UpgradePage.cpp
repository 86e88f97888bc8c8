#include "UpgradePage.h"

#include "ErrorHelp.h"
#include "ErrorPanel.h"
#include "FieldText.h"
#include "HelpLinkButton.h"
#include "KubeconfigLoader.h"
#include "ProblemLabel.h"
#include "ReleaseEditor.h"
#include "ToolInventory.h"
#include "WizardSession.h"

#include "bundle/PackageReader.h"
#include "engine/VersionNotes.h"
#include "registry/RelocatedImage.h"
#include "registry/Relocator.h"

#include <QAccessible>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace DceUpgrade::Wizard {

namespace {

// Typing in the repository fields fetches again once the user pauses.
constexpr int FetchDelayMs = 700;

QString expandHome(const QString &path)
{
    if (path == QLatin1String("~") || path.startsWith(QLatin1String("~/"))) {
        return QDir::homePath() + path.mid(1);
    }
    return path;
}

QLabel *noteLabel(QWidget *parent, const QString &objectName)
{
    QLabel *label = WizardPage::wrappedLabel(parent);
    label->setObjectName(objectName);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

// The index in upgrade.releases a problem key points into ("upgrade.releases[1].version" -> 1).
int releaseIndexOf(const QString &key)
{
    static const QRegularExpression pattern(QStringLiteral("^upgrade\\.releases\\[(\\d+)\\]"));
    const QRegularExpressionMatch match = pattern.match(key);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

} // namespace

UpgradePage::UpgradePage(WizardSession *session, QWidget *parent)
    : WizardPage(session, PageId::Upgrade, parent)
    , m_fetcher(new ChartVersionFetcher(this))
    , m_kubeconfigLoader(new KubeconfigLoader(this))
    , m_fetchTimer(new QTimer(this))
    , m_generalProblems(new ProblemLabel(this))
{
    setObjectName(QStringLiteral("upgradePage"));
    m_generalProblems->setObjectName(QStringLiteral("upgradeProblems"));
    m_fetchTimer->setSingleShot(true);
    m_fetchTimer->setInterval(FetchDelayMs);

    // Two columns: where the chart and the clusters are on the left, what is upgraded and how
    // on the right. The page scrolls rather than squeezing the fields when the window is small.
    auto *content = new QWidget;
    auto *left = new QVBoxLayout;
    left->addWidget(buildMethodGroup());
    left->addWidget(buildClusterGroup());
    left->addWidget(buildImageGroup());
    left->addStretch(1);
    auto *right = new QVBoxLayout;
    right->addWidget(buildReleasesGroup());
    right->addWidget(buildHelmGroup());
    right->addStretch(1);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_generalProblems);
    contentLayout->addLayout(columns, 1);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("upgradeScroll"));
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connectEdits();
    connect(session, &WizardSession::draftChanged, this, &UpgradePage::showDraft);
    connect(session, &WizardSession::packageChanged, this, &UpgradePage::showDraft);
    // The package named another module: its releases, alias and registry keys.
    connect(session, &WizardSession::profileChanged, this, [this] {
        buildReleaseEditors();
        // New widgets join the end of the window's tab chain: the Helm options, created after
        // the releases, go back after the new editors so Tab still follows the page's order.
        QWidget *previous = window()->previousInFocusChain();
        for (QWidget *widget : m_helmGroup->findChildren<QWidget *>()) {
            if (widget->focusPolicy() & Qt::TabFocus) {
                QWidget::setTabOrder(previous, widget);
                previous = widget;
            }
        }
        m_versions.reset();
        retranslateUi();
        showDraft();
    });
    connect(m_fetcher, &ChartVersionFetcher::finished, this, &UpgradePage::onVersions);
    connect(m_fetchTimer, &QTimer::timeout, this, &UpgradePage::fetchVersions);
    connect(&session->tools(), &ToolInventory::changed, this, [this] {
        if (m_waitingForHelm && !this->session()->tools().isProbing()) {
            m_waitingForHelm = false;
            fetchVersions();
        }
        showAtomicFlag(); // its name follows the helm version
    });
    connect(
        m_kubeconfigLoader, &KubeconfigLoader::loaded, this, [this](const Kubeconfig &kubeconfig) {
            m_kubeconfig = kubeconfig;
            m_kubeconfigError.clear();
            m_kubeconfigHint.clear();
            m_kubeconfigCode.clear();
            showKubeconfig();
        });
    connect(m_kubeconfigLoader, &KubeconfigLoader::failed, this,
        [this](const QString &code, const QString &message, const QString &hint) {
            m_kubeconfig.reset();
            m_kubeconfigCode = code;
            m_kubeconfigError = message;
            m_kubeconfigHint = hint;
            showKubeconfig();
        });

    retranslateUi();
    showDraft();
}

UpgradePage::~UpgradePage() = default;

QWidget *UpgradePage::buildMethodGroup()
{
    m_methodGroup = new QGroupBox(this);
    m_repoRadio = new QRadioButton(m_methodGroup);
    m_packageRadio = new QRadioButton(m_methodGroup);
    m_repoFields = new QWidget(m_methodGroup);
    m_aliasLabel = new QLabel(m_repoFields);
    m_alias = new QLineEdit(m_repoFields);
    m_urlLabel = new QLabel(m_repoFields);
    m_url = new QLineEdit(m_repoFields);
    m_versionsBusy = new QProgressBar(m_repoFields);
    m_versionsStatus = wrappedLabel(m_repoFields);
    m_fetchButton = new QPushButton(m_repoFields);
    m_versionsError = new ErrorPanel(m_repoFields);
    m_packageNote = noteLabel(m_methodGroup, QStringLiteral("chartPackageNote"));
    m_syncOnlyRadio = new QRadioButton(m_methodGroup);
    m_syncOnlyNote = noteLabel(m_methodGroup, QStringLiteral("syncOnlyNote"));
    m_methodProblems = new ProblemLabel(m_methodGroup);

    m_methodGroup->setObjectName(QStringLiteral("upgradeMethod"));
    m_repoRadio->setObjectName(QStringLiteral("methodHelmRepo"));
    m_packageRadio->setObjectName(QStringLiteral("methodChartPackage"));
    m_syncOnlyRadio->setObjectName(QStringLiteral("methodSyncOnly"));
    m_alias->setObjectName(QStringLiteral("repoAlias"));
    m_url->setObjectName(QStringLiteral("repoUrl"));
    m_versionsBusy->setObjectName(QStringLiteral("versionsBusy"));
    m_versionsStatus->setObjectName(QStringLiteral("versionsStatus"));
    m_fetchButton->setObjectName(QStringLiteral("fetchVersions"));
    m_versionsError->setObjectName(QStringLiteral("versionsError"));
    m_methodProblems->setObjectName(QStringLiteral("methodProblems"));

    auto *methods = new QButtonGroup(m_methodGroup);
    methods->addButton(m_repoRadio);
    methods->addButton(m_packageRadio);
    methods->addButton(m_syncOnlyRadio);
    m_versionsBusy->setRange(0, 0);
    m_versionsBusy->setTextVisible(false);
    m_versionsBusy->setMaximumWidth(80);
    m_versionsBusy->hide();

    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(m_aliasLabel, m_alias);
    form->addRow(m_urlLabel, m_url);
    auto *status = new QHBoxLayout;
    status->addWidget(m_versionsBusy);
    status->addWidget(m_versionsStatus, 1);
    status->addWidget(m_fetchButton, 0, Qt::AlignTop);
    auto *repoLayout = new QVBoxLayout(m_repoFields);
    // Indented under its radio button, so it reads as that choice's settings.
    repoLayout->setContentsMargins(style()->pixelMetric(QStyle::PM_IndicatorWidth) + 6, 0, 0, 0);
    repoLayout->addLayout(form);
    repoLayout->addLayout(status);
    repoLayout->addWidget(m_versionsError);

    m_packageNote->setContentsMargins(style()->pixelMetric(QStyle::PM_IndicatorWidth) + 6, 0, 0, 0);
    m_syncOnlyNote->setContentsMargins(m_packageNote->contentsMargins());
    auto *layout = new QVBoxLayout(m_methodGroup);
    layout->addWidget(m_repoRadio);
    layout->addWidget(m_repoFields);
    layout->addWidget(m_packageRadio);
    layout->addWidget(m_packageNote);
    layout->addWidget(m_syncOnlyRadio);
    layout->addWidget(m_syncOnlyNote);
    layout->addWidget(m_methodProblems);
    return m_methodGroup;
}

QWidget *UpgradePage::buildReleasesGroup()
{
    m_releasesGroup = new QGroupBox(this);
    m_releasesGroup->setObjectName(QStringLiteral("releasesGroup"));
    new QVBoxLayout(m_releasesGroup);
    buildReleaseEditors();
    return m_releasesGroup;
}

void UpgradePage::buildReleaseEditors()
{
    for (ReleaseEditor *editor : m_editors) {
        delete editor;
    }
    m_editors.clear();
    auto *layout = m_releasesGroup->layout();
    // One editor per chart of the profile, management releases first as the upgrade runs them.
    std::vector<ReleaseProfile> releases = session()->profile().releases;
    std::stable_sort(releases.begin(), releases.end(),
        [](const ReleaseProfile &a, const ReleaseProfile &b) { return a.scope < b.scope; });
    for (const ReleaseProfile &release : releases) {
        auto *editor = new ReleaseEditor(release, m_releasesGroup);
        m_editors.push_back(editor);
        layout->addWidget(editor);
        connect(editor, &ReleaseEditor::edited, this, &UpgradePage::writeReleases);
    }
}

QWidget *UpgradePage::buildClusterGroup()
{
    m_clusterGroup = new QGroupBox(this);
    m_kubeconfigLabel = new QLabel(m_clusterGroup);
    m_kubeconfigPath = new QLineEdit(m_clusterGroup);
    m_browseButton = new QPushButton(m_clusterGroup);
    m_contextLabel = new QLabel(m_clusterGroup);
    m_contextCombo = new QComboBox(m_clusterGroup);
    m_kubeconfigStatus = noteLabel(m_clusterGroup, QStringLiteral("kubeconfigStatus"));
    m_kubeconfigProblem = new ProblemLabel(m_clusterGroup);
    m_kubeconfigProblem->setObjectName(QStringLiteral("kubeconfigProblem"));
    m_kubeconfigHelp = new HelpLinkButton(m_clusterGroup);
    m_clusterProblems = new ProblemLabel(m_clusterGroup);

    m_clusterGroup->setObjectName(QStringLiteral("clusterGroup"));
    m_kubeconfigPath->setObjectName(QStringLiteral("kubeconfigPath"));
    m_browseButton->setObjectName(QStringLiteral("kubeconfigBrowse"));
    m_contextCombo->setObjectName(QStringLiteral("managementContext"));
    m_clusterProblems->setObjectName(QStringLiteral("clusterProblems"));
    m_kubeconfigPath->setClearButtonEnabled(true);

    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_kubeconfigPath, 1);
    pathRow->addWidget(m_browseButton);
    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(m_kubeconfigLabel, pathRow);
    form->addRow(nullptr, m_kubeconfigStatus);
    form->addRow(nullptr, m_kubeconfigProblem);
    form->addRow(nullptr, m_kubeconfigHelp);
    form->addRow(m_contextLabel, m_contextCombo);
    auto *layout = new QVBoxLayout(m_clusterGroup);
    layout->addLayout(form);
    layout->addWidget(m_clusterProblems);
    return m_clusterGroup;
}

QWidget *UpgradePage::buildImageGroup()
{
    m_imageGroup = new QGroupBox(this);
    m_imageRegistryLabel = new QLabel(m_imageGroup);
    m_imageRegistry = new QLineEdit(m_imageGroup);
    m_imageRegistryNote = noteLabel(m_imageGroup, QStringLiteral("imageRegistryNote"));
    m_imageProblems = new ProblemLabel(m_imageGroup);
    m_imageGroup->setObjectName(QStringLiteral("imageGroup"));
    m_imageRegistry->setObjectName(QStringLiteral("imageRegistry"));
    m_imageProblems->setObjectName(QStringLiteral("imageRegistryProblems"));

    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(m_imageRegistryLabel, m_imageRegistry);
    auto *layout = new QVBoxLayout(m_imageGroup);
    layout->addLayout(form);
    layout->addWidget(m_imageProblems);
    layout->addWidget(m_imageRegistryNote);
    return m_imageGroup;
}

QWidget *UpgradePage::buildHelmGroup()
{
    m_helmGroup = new QGroupBox(this);
    m_atomic = new QCheckBox(m_helmGroup);
    m_wait = new QCheckBox(m_helmGroup);
    m_renameKeys = new QCheckBox(m_helmGroup);
    m_renameKeysNote = noteLabel(m_helmGroup, QStringLiteral("renameKeysNote"));
    m_timeoutLabel = new QLabel(m_helmGroup);
    m_timeout = new QLineEdit(m_helmGroup);
    m_helmProblems = new ProblemLabel(m_helmGroup);
    m_helmGroup->setObjectName(QStringLiteral("helmOptions"));
    m_atomic->setObjectName(QStringLiteral("atomic"));
    m_wait->setObjectName(QStringLiteral("wait"));
    m_renameKeys->setObjectName(QStringLiteral("renameKeys"));
    m_timeout->setObjectName(QStringLiteral("timeout"));
    m_helmProblems->setObjectName(QStringLiteral("timeoutProblems"));
    m_timeout->setMaximumWidth(m_timeout->fontMetrics().horizontalAdvance(QLatin1Char('m')) * 10);

    auto *timeoutRow = new QHBoxLayout;
    timeoutRow->addWidget(m_timeoutLabel);
    timeoutRow->addWidget(m_timeout);
    timeoutRow->addStretch(1);
    auto *layout = new QVBoxLayout(m_helmGroup);
    layout->addWidget(m_atomic);
    layout->addWidget(m_wait);
    layout->addLayout(timeoutRow);
    layout->addWidget(m_renameKeys);
    layout->addWidget(m_renameKeysNote);
    layout->addWidget(m_helmProblems);
    return m_helmGroup;
}

void UpgradePage::connectEdits()
{
    const std::pair<QRadioButton *, UpgradeMethod> methods[]
        = {{m_repoRadio, UpgradeMethod::HelmRepo}, {m_packageRadio, UpgradeMethod::ChartPackage},
            {m_syncOnlyRadio, UpgradeMethod::None}};
    for (const auto &[radio, method] : methods) {
        connect(radio, &QRadioButton::toggled, this, [this, method = method](bool checked) {
            if (checked) {
                setMethod(method);
            }
        });
    }
    connect(m_alias, &QLineEdit::textEdited, this, [this] {
        const QString alias = FieldText::nonDefault(m_alias, defaultAlias());
        session()->editDraft([&alias](UpgradePlan &plan) { plan.upgrade.repoAlias = alias; });
        scheduleFetch();
    });
    connect(m_url, &QLineEdit::textEdited, this, [this] {
        const QString url = FieldText::nonDefault(m_url, defaultRepoUrl());
        session()->editDraft([&url](UpgradePlan &plan) { plan.upgrade.repoUrl = url; });
        scheduleFetch();
    });
    // Leaving a field shows the default again when it was cleared.
    for (QLineEdit *edit : {m_alias, m_url, m_kubeconfigPath, m_imageRegistry, m_timeout}) {
        connect(edit, &QLineEdit::editingFinished, this, &UpgradePage::showDraft);
    }
    connect(m_fetchButton, &QPushButton::clicked, this, &UpgradePage::fetchVersions);

    connect(m_kubeconfigPath, &QLineEdit::textEdited, this, [this] {
        const QString path = expandHome(m_kubeconfigPath->text().trimmed());
        session()->editDraft([&path](UpgradePlan &plan) { plan.upgrade.kubeconfig = path; });
    });
    connect(m_kubeconfigPath, &QLineEdit::editingFinished, this, &UpgradePage::readKubeconfig);
    connect(m_browseButton, &QPushButton::clicked, this, &UpgradePage::browseKubeconfig);
    connect(m_contextCombo, &QComboBox::activated, this, [this] {
        const QString context = m_contextCombo->currentData().toString();
        session()->editDraft([&context](UpgradePlan &plan) { plan.upgrade.kubeContext = context; });
    });

    connect(m_imageRegistry, &QLineEdit::textEdited, this, [this] {
        const QString value = m_imageRegistry->text().trimmed();
        session()->editDraft([&value](UpgradePlan &plan) { plan.upgrade.imageRegistry = value; });
    });
    connect(m_atomic, &QCheckBox::toggled, this, [this](bool checked) {
        session()->editDraft([checked](UpgradePlan &plan) { plan.upgrade.atomic = checked; });
    });
    connect(m_wait, &QCheckBox::toggled, this, [this](bool checked) {
        session()->editDraft([checked](UpgradePlan &plan) { plan.upgrade.wait = checked; });
    });
    connect(m_renameKeys, &QCheckBox::toggled, this, [this](bool checked) {
        session()->editDraft([checked](UpgradePlan &plan) { plan.upgrade.renameKeys = checked; });
    });
    connect(m_timeout, &QLineEdit::textEdited, this, [this] {
        const QString timeout = m_timeout->text().trimmed();
        session()->editDraft([&timeout](UpgradePlan &plan) { plan.upgrade.timeout = timeout; });
    });
}

void UpgradePage::initializePage()
{
    ToolInventory &tools = session()->tools();
    if (!tools.found(ToolInventory::Tool::Helm).probed && !tools.isProbing()) {
        tools.probe();
    }
    m_keptOneRelease = false;
    showDraft();
    readKubeconfig();
    if (!m_versions || m_versionsFrom != effectiveRepoUrl()) {
        fetchVersions();
    }
}

bool UpgradePage::isComplete() const
{
    return problems({QStringLiteral("upgrade.")}).empty();
}

bool UpgradePage::isFetchingVersions() const
{
    return m_fetcher->isBusy() || m_fetchTimer->isActive() || m_waitingForHelm;
}

bool UpgradePage::isReadingKubeconfig() const
{
    return m_kubeconfigLoader->isBusy();
}

QString UpgradePage::defaultRepoUrl() const
{
    // The plan's own rule with no upgrade.repoUrl: the chart repository the sync publishes to
    // (a Harbor chart repository, or an OCI one: helm 3.8+ reads both).
    UpgradePlan plan = session()->draft();
    plan.upgrade.repoUrl.clear();
    return plan.upgradeRepoUrl();
}

QString UpgradePage::defaultAlias() const
{
    for (const ReleaseProfile &release : session()->profile().releases) {
        if (!release.repoAlias.isEmpty()) {
            return release.repoAlias;
        }
    }
    return session()->profile().id + QLatin1String("-release");
}

QString UpgradePage::effectiveRepoUrl() const
{
    return session()->draft().upgradeRepoUrl();
}

QStringList UpgradePage::charts() const
{
    QStringList charts;
    for (const ReleaseEditor *editor : m_editors) {
        if (!charts.contains(editor->profile().chart)) {
            charts.append(editor->profile().chart);
        }
    }
    return charts;
}

QString UpgradePage::computedImageRegistry() const
{
    // What the planner sets global.imageRegistry to when the plan leaves it empty: the value the
    // relocation rules of the Registry page give the chart's own registry key.
    const auto &package = session()->package();
    if (!package) {
        return {};
    }
    const Relocator relocator(RelocationRules::forTarget(session()->draft().registry));
    for (const ReleaseEditor *editor : m_editors) {
        const Bundle *bundle = package->bundleForChart(editor->profile().chart);
        if (!bundle || !editor->isChecked()) {
            continue;
        }
        const ValueRewrites rewrites = ValueRewrites::compute(*bundle, relocator);
        for (const QString &key : editor->profile().imageRegistryKeys) {
            const QString value = rewrites.valueOf(key);
            if (!value.isEmpty()) {
                return value;
            }
        }
    }
    return {};
}

void UpgradePage::showDraft()
{
    const UpgradePlan &plan = session()->draft();
    const UpgradeSettings &upgrade = plan.upgrade;
    const bool fromRepo = upgrade.method == UpgradeMethod::HelmRepo;
    {
        const QSignalBlocker repo(m_repoRadio);
        const QSignalBlocker package(m_packageRadio);
        const QSignalBlocker syncOnly(m_syncOnlyRadio);
        m_repoRadio->setChecked(fromRepo);
        m_packageRadio->setChecked(upgrade.method == UpgradeMethod::ChartPackage);
        m_syncOnlyRadio->setChecked(plan.syncOnly());
    }
    m_repoFields->setEnabled(fromRepo);
    // Sync only: what the upgrade would use stays as it is, for the later upgrade.
    for (QWidget *upgradeOnly : std::initializer_list<QWidget *> {
             m_releasesGroup, m_clusterGroup, m_imageGroup, m_helmGroup}) {
        upgradeOnly->setEnabled(!plan.syncOnly());
    }
    FieldText::show(m_alias, upgrade.repoAlias.isEmpty() ? defaultAlias() : upgrade.repoAlias);
    FieldText::show(m_url, effectiveRepoUrl());

    const auto &package = session()->package();
    for (ReleaseEditor *editor : m_editors) {
        const QString chart = editor->profile().chart;
        const Bundle *bundle = package ? package->bundleForChart(chart) : nullptr;
        editor->setPackageVersion(bundle ? bundle->chart.version : QString());
        std::optional<ReleasePlan> entry;
        if (upgrade.releases.empty()) {
            // The plan's default: every release of the profile the package has.
            if (bundle) {
                entry = ReleasePlan {chart, {}, {}, {}, {}};
            }
        } else {
            for (const ReleasePlan &release : upgrade.releases) {
                if (release.chart == chart) {
                    entry = release;
                }
            }
        }
        editor->showEntry(entry);
        editor->setRepositoryVersions(
            m_versions ? std::optional<QStringList>(m_versions->value(chart)) : std::nullopt,
            fromRepo);
        editor->setContexts(m_kubeconfig ? m_kubeconfig->contexts : QStringList());
    }

    FieldText::show(m_kubeconfigPath, upgrade.kubeconfig);
    showKubeconfig();
    FieldText::show(m_imageRegistry, upgrade.imageRegistry);
    showImageRegistry();
    {
        const QSignalBlocker atomic(m_atomic);
        const QSignalBlocker wait(m_wait);
        const QSignalBlocker renameKeys(m_renameKeys);
        m_atomic->setChecked(upgrade.atomic);
        m_wait->setChecked(upgrade.wait);
        m_renameKeys->setChecked(upgrade.renameKeys);
    }
    showRenameKeys();
    FieldText::show(m_timeout, upgrade.timeout);
    showVersionsState();
    showProblems();
}

void UpgradePage::showProblems()
{
    const std::vector<PlanProblem> found = problems({QStringLiteral("upgrade.")});
    std::vector<PlanProblem> method, cluster, image, helm, general;
    std::vector<std::vector<PlanProblem>> perEditor(m_editors.size());
    const auto &releases = session()->draft().upgrade.releases;
    for (const PlanProblem &problem : found) {
        const QString &key = problem.key;
        const int index = releaseIndexOf(key);
        if (index >= 0 && std::size_t(index) < releases.size()) {
            const QString chart = releases[std::size_t(index)].chart;
            const auto editor = std::find_if(m_editors.cbegin(), m_editors.cend(),
                [&chart](const ReleaseEditor *e) { return e->profile().chart == chart; });
            if (editor != m_editors.cend()) {
                perEditor[std::size_t(editor - m_editors.cbegin())].push_back(problem);
                continue;
            }
        }
        if (key.startsWith(QLatin1String("upgrade.repo"))
            || key == QLatin1String("upgrade.method")) {
            method.push_back(problem);
        } else if (key.startsWith(QLatin1String("upgrade.kube"))) {
            cluster.push_back(problem);
        } else if (key == QLatin1String("upgrade.imageRegistry")) {
            image.push_back(problem);
        } else if (key == QLatin1String("upgrade.timeout") || key == QLatin1String("upgrade.atomic")
            || key == QLatin1String("upgrade.wait")) {
            helm.push_back(problem);
        } else {
            general.push_back(problem);
        }
    }
    if (m_keptOneRelease) {
        general.push_back(
            {QStringLiteral("upgrade.releases"), tr("At least one release must be upgraded."),
                tr("Choose the releases to upgrade; clear the others.")});
    }
    m_methodProblems->showProblems(method);
    m_clusterProblems->showProblems(cluster);
    m_imageProblems->showProblems(image);
    m_helmProblems->showProblems(helm);
    m_generalProblems->showProblems(general);
    for (std::size_t i = 0; i < m_editors.size(); ++i) {
        m_editors[i]->showProblems(perEditor[i]);
    }
    emit completeChanged();
}

void UpgradePage::setMethod(UpgradeMethod method)
{
    session()->editDraft([method](UpgradePlan &plan) {
        plan.upgrade.method = method;
        if (method == UpgradeMethod::ChartPackage) {
            // The chart package holds one version: its own.
            for (ReleasePlan &release : plan.upgrade.releases) {
                release.version.clear();
            }
        }
    });
    if (method == UpgradeMethod::HelmRepo && !m_versions) {
        fetchVersions();
    }
}

void UpgradePage::writeReleases()
{
    std::vector<ReleasePlan> releases;
    for (const ReleaseEditor *editor : m_editors) {
        if (editor->isChecked()) {
            releases.push_back(editor->entry());
        }
    }
    // An empty list means "every release" in a plan: the last release cannot be cleared.
    m_keptOneRelease = releases.empty();
    if (m_keptOneRelease) {
        showDraft();
        return;
    }
    session()->editDraft([&releases](UpgradePlan &plan) { plan.upgrade.releases = releases; });
    showProblems();
}

void UpgradePage::scheduleFetch()
{
    m_fetcher->cancel();
    m_fetchTimer->start();
    showVersionsState();
}

void UpgradePage::fetchVersions()
{
    m_fetchTimer->stop();
    m_fetcher->cancel();
    m_versions.reset();
    m_versionsFailed = false;
    m_versionsError->clear();
    const UpgradePlan &plan = session()->draft();
    const ToolInventory &tools = session()->tools();
    m_waitingForHelm = tools.isProbing();
    const QString url = effectiveRepoUrl();
    if (plan.upgrade.method != UpgradeMethod::HelmRepo || url.isEmpty() || m_waitingForHelm
        || !tools.found(ToolInventory::Tool::Helm).found) {
        showVersionsState();
        showDraft();
        return;
    }
    ChartVersionFetcher::Request request;
    request.helmProgram = ToolInventory::program(ToolInventory::Tool::Helm);
    request.helm = tools.helmVersion().value_or(HelmVersion {});
    request.alias = plan.upgrade.repoAlias.isEmpty() ? defaultAlias() : plan.upgrade.repoAlias;
    request.url = url;
    request.username = plan.registry.username;
    request.password = session()->secrets().value(RegistryPasswordId);
    request.caFile = plan.registry.caFile;
    request.insecure = plan.registry.insecure;
    request.charts = charts();
    const auto &package = session()->package();
    for (const ReleaseEditor *editor : m_editors) {
        const Bundle *bundle = package ? package->bundleForChart(editor->profile().chart) : nullptr;
        request.devel
            = request.devel || (bundle && bundle->chart.version.contains(QLatin1Char('-')));
    }
    m_versionsFrom = url;
    m_fetcher->start(std::move(request));
    showVersionsState();
    showDraft();
}

void UpgradePage::onVersions(const ChartVersionFetcher::Result &result)
{
    if (result.ok) {
        m_versions = result.versions;
    } else {
        m_versionsFailed = true;
        m_versionsError->showError(result.message, result.hint, ErrorHelp::topicFor(result.code));
        QAccessibleEvent alert(m_versionsError, QAccessible::Alert);
        QAccessible::updateAccessibility(&alert);
    }
    showVersionsState();
    showDraft();
}

void UpgradePage::showVersionsState()
{
    const bool busy = isFetchingVersions();
    m_versionsBusy->setVisible(busy);
    QString status;
    const ToolInventory &tools = session()->tools();
    if (m_waitingForHelm) {
        status = tr("Looking for helm on this machine…", "@status");
    } else if (busy) {
        status = tr("Fetching the chart versions from %1…", "@status").arg(effectiveRepoUrl());
    } else if (session()->draft().upgrade.method != UpgradeMethod::HelmRepo) {
        status.clear();
    } else if (effectiveRepoUrl().isEmpty()) {
        status = tr("Enter the URL of the Helm repository to see the versions it offers.");
    } else if (tools.found(ToolInventory::Tool::Helm).probed
        && !tools.found(ToolInventory::Tool::Helm).found) {
        status = tr("helm was not found on this machine, so the versions cannot be listed. %1")
                     .arg(ToolInventory::howToGet(ToolInventory::Tool::Helm));
    } else if (m_versionsFailed) {
        status = tr("The versions could not be listed: only the package's own version is "
                    "offered.");
    } else if (m_versions) {
        QStringList counts;
        for (const QString &chart : charts()) {
            counts.append(
                tr("%1: %n version(s)", nullptr, int(m_versions->value(chart).size())).arg(chart));
        }
        status = tr("The repository offers %1.", "list of charts with their version counts")
                     .arg(counts.join(tr(", ", "list separator")));
    }
    m_versionsStatus->setText(status);
    m_versionsStatus->setAccessibleName(status);
    m_versionsStatus->setVisible(!status.isEmpty());
    m_fetchButton->setEnabled(!busy && !effectiveRepoUrl().isEmpty());
}

void UpgradePage::readKubeconfig()
{
    m_kubeconfigLoader->start(session()->draft().upgrade.kubeconfig);
    showKubeconfig();
}

void UpgradePage::browseKubeconfig()
{
    auto *dialog = new QFileDialog(this, tr("Choose the kubeconfig", "@title:window"));
    dialog->setObjectName(QStringLiteral("kubeconfigDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    // Kubeconfig files rarely have an extension: no filter that would hide them.
    const QString current = session()->draft().upgrade.kubeconfig;
    dialog->setDirectory(current.isEmpty() ? QDir::homePath() + QLatin1String("/.kube")
                                           : QFileInfo(current).absolutePath());
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &file) {
        session()->editDraft([&file](UpgradePlan &plan) { plan.upgrade.kubeconfig = file; });
        readKubeconfig();
    });
    dialog->open();
}

void UpgradePage::showKubeconfig()
{
    const QString chosen = session()->draft().upgrade.kubeContext;
    const QStringList contexts = m_kubeconfig ? m_kubeconfig->contexts : QStringList();
    const QString current = m_kubeconfig ? m_kubeconfig->currentContext : QString();
    {
        const QSignalBlocker blocker(m_contextCombo);
        m_contextCombo->clear();
        m_contextCombo->addItem(current.isEmpty()
                ? tr("The current context")
                : tr("The current context (%1)", "kube context").arg(current),
            QString());
        for (const QString &context : contexts) {
            m_contextCombo->addItem(context, context);
        }
        if (!chosen.isEmpty() && !contexts.contains(chosen)) {
            m_contextCombo->addItem(
                tr("%1 (not in the kubeconfig)", "kube context").arg(chosen), chosen);
        }
        m_contextCombo->setCurrentIndex(m_contextCombo->findData(chosen));
    }
    for (ReleaseEditor *editor : m_editors) {
        editor->setContexts(contexts);
    }

    if (m_kubeconfigLoader->isBusy()) {
        m_kubeconfigStatus->setText(tr("Reading the kubeconfig…", "@status"));
        m_kubeconfigStatus->setForegroundRole(QPalette::PlaceholderText);
    } else if (m_kubeconfig) {
        m_kubeconfigStatus->setText(tr("%n context(s) in %1.", nullptr, int(contexts.size()))
                                        .arg(QDir::toNativeSeparators(
                                            m_kubeconfig->files.join(tr(", ", "list separator")))));
        m_kubeconfigStatus->setForegroundRole(QPalette::PlaceholderText);
    } else {
        m_kubeconfigStatus->clear();
    }
    m_kubeconfigStatus->setVisible(!m_kubeconfigStatus->text().isEmpty());
    m_kubeconfigStatus->setAccessibleName(m_kubeconfigStatus->text());
    std::vector<PlanProblem> unreadable;
    // A sync-only plan asks no cluster: an unreadable kubeconfig is nothing to fix now.
    if (!m_kubeconfig && !m_kubeconfigLoader->isBusy() && !m_kubeconfigError.isEmpty()
        && !session()->draft().syncOnly()) {
        unreadable.push_back(
            {QStringLiteral("upgrade.kubeconfig"), m_kubeconfigError, m_kubeconfigHint});
    }
    m_kubeconfigProblem->showProblems(unreadable);
    m_kubeconfigHelp->setTopic(
        unreadable.empty() ? HelpTopic {} : ErrorHelp::topicFor(m_kubeconfigCode));
}

void UpgradePage::retranslateUi()
{
    setTitle(tr("Upgrade", "@title"));
    setSubTitle(tr("Where the chart comes from, which releases are upgraded on which clusters, "
                   "and how helm upgrades them; or only sync the images now and upgrade later."));

    m_methodGroup->setTitle(tr("Upgrade method", "@title"));
    m_repoRadio->setText(tr("From the &Helm repository"));
    m_repoRadio->setToolTip(tr("helm repo add, then helm upgrade ALIAS/CHART --version X: the "
                               "chart the sync published, relocated to your registry."));
    m_packageRadio->setText(tr("From the chart in the offline &package"));
    m_packageRadio->setToolTip(tr("helm upgrade with original-chart/ from the package: no Helm "
                                  "repository is needed."));
    m_packageNote->setText(tr("Installs original-chart/ from the offline package, with the image "
                              "values set to your registry. No Helm repository is needed."));
    m_syncOnlyRadio->setText(tr("&Only sync the images now; upgrade later"));
    m_syncOnlyRadio->setToolTip(tr("The run stages the images and changes no release: helm and "
                                   "kubectl are not needed."));
    m_syncOnlyNote->setText(tr("Stages the images with the sync chosen before, days ahead of the "
                               "maintenance window; nothing on the clusters changes. The other "
                               "choices on this page are kept for the upgrade later."));
    labelField(m_aliasLabel, m_alias, tr("Repository &alias:"),
        tr("The name helm gives the repository during the upgrade (in a private helm "
           "configuration: your own repositories are not changed)."));
    labelField(m_urlLabel, m_url, tr("Repository &URL:"),
        tr("For Harbor: https://HARBOR/chartrepo/PROJECT. Prefilled with the chart target of the "
           "Registry page."));
    m_alias->setPlaceholderText(defaultAlias());
    m_url->setPlaceholderText(QStringLiteral("https://10.16.23.145/chartrepo/release.daocloud.io"));
    m_fetchButton->setText(tr("&Fetch versions", "@action"));
    m_fetchButton->setToolTip(tr("List the chart versions the repository offers again"));
    m_versionsBusy->setAccessibleName(tr("Fetching the chart versions", "@status"));
    showVersionsState();

    m_releasesGroup->setTitle(tr("Releases", "@title"));

    m_clusterGroup->setTitle(tr("Cluster", "@title"));
    labelField(m_kubeconfigLabel, m_kubeconfigPath, tr("&Kubeconfig:"),
        tr("The kubeconfig file helm uses; empty: $KUBECONFIG or ~/.kube/config."));
    m_kubeconfigPath->setPlaceholderText(qEnvironmentVariableIsEmpty("KUBECONFIG")
            ? tr("empty: %1")
                  .arg(QDir::toNativeSeparators(QDir::homePath() + QLatin1String("/.kube/config")))
            : tr("empty: $KUBECONFIG"));
    m_browseButton->setText(tr("&Browse…", "@action"));
    // Errors are translated when they happen: find them again in the new language.
    if (!m_kubeconfigError.isEmpty() && !m_kubeconfigLoader->isBusy()) {
        readKubeconfig();
    }
    if (m_versionsFailed) {
        fetchVersions();
    }
    m_browseButton->setToolTip(tr("Choose the kubeconfig file"));
    labelField(m_contextLabel, m_contextCombo, tr("&Management cluster:"),
        tr("The kube context of the cluster that runs %1.")
            .arg(session()->profile().releases.empty()
                    ? session()->profile().id
                    : session()->profile().releases.front().release));

    m_imageGroup->setTitle(tr("Images", "@title"));
    labelField(m_imageRegistryLabel, m_imageRegistry, tr("&Image registry:"),
        tr("The value of the image registry key of each chart; empty: the computed value."));
    showImageRegistry();

    m_helmGroup->setTitle(tr("helm upgrade", "@title"));
    showAtomicFlag();
    m_wait->setText(tr("&Wait until the new pods are ready (--wait)"));
    showRenameKeys();
    labelField(m_timeoutLabel, m_timeout, tr("&Timeout:"),
        tr("How long helm waits, as a duration such as 10m, 600s or 1h30m."));
    m_timeout->setPlaceholderText(QStringLiteral("10m"));
}

void UpgradePage::showRenameKeys()
{
    const QStringList renames
        = VersionNotes::possibleRenames(session()->profile(), session()->package().get());
    m_renameKeys->setVisible(!renames.isEmpty());
    m_renameKeysNote->setVisible(!renames.isEmpty());
    if (renames.isEmpty()) {
        return;
    }
    //: %1: values keys renamed, such as keycloak → keycloakx
    m_renameKeys->setText(tr("R&ename %1 in the values passed to helm")
                              .arg(renames.join(tr(", ", "separator between renamed keys"))));
    m_renameKeysNote->setText(tr("Only when the installed version calls for it, as a version "
                                 "note of the module says (the Review page shows it). The "
                                 "backup is never changed."));
    m_renameKeys->setAccessibleDescription(m_renameKeysNote->text());
}

void UpgradePage::showAtomicFlag()
{
    const HelmVersion helm = session()->tools().helmVersion().value_or(HelmVersion {});
    m_atomic->setText(
        tr("&Roll back automatically if the upgrade fails (%1)").arg(helm.atomicFlag()));
}

void UpgradePage::showImageRegistry()
{
    QStringList keys;
    for (const ReleaseProfile &release : session()->profile().releases) {
        for (const QString &key : release.imageRegistryKeys) {
            if (!keys.contains(key)) {
                keys.append(key);
            }
        }
    }
    const QString computed = computedImageRegistry();
    m_imageRegistry->setPlaceholderText(computed.isEmpty()
            ? tr("computed once the registry is set on the Registry page")
            : computed);
    m_imageRegistryNote->setText(
        tr("The upgrade sets %1 to this value so the pods pull their images from your registry; "
           "left empty, it is %2, computed from the Registry page.")
            .arg(keys.join(tr(", ", "list separator")),
                computed.isEmpty() ? tr("not known yet") : computed));
}

} // namespace DceUpgrade::Wizard
