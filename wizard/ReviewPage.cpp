#include "ReviewPage.h"

#include "ErrorHelp.h"
#include "ErrorPanel.h"
#include "ToolInventory.h"
#include "WarningPanel.h"
#include "WizardSession.h"

#include "bundle/PackageReader.h"
#include "engine/ScriptWriter.h"
#include "engine/VersionNotes.h"
#include "util/DataSize.h"
#include "util/Error.h"
#include "util/SystemError.h"

#include <QAccessible>
#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <QWizard>

#include <exception>

namespace DceUpgrade::Wizard {

namespace {

QString defaultDirectory()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return documents.isEmpty() ? QDir::homePath() : documents;
}

} // namespace

ReviewPage::ReviewPage(WizardSession *session, QWidget *parent)
    : WizardPage(session, PageId::Review, parent)
    , m_probe(new ReleaseProbe(this))
    , m_nothingRan(wrappedLabel(this))
    , m_helmNote(wrappedLabel(this))
    , m_planError(new ErrorPanel(this))
    , m_warnings(new WarningPanel(this))
    , m_allowDowngrade(new QCheckBox(this))
    , m_probeBusy(new QProgressBar(this))
    , m_clusterTitle(new QLabel(this))
    , m_clusterState(wrappedLabel(this))
    , m_planTextLabel(new QLabel(this))
    , m_planText(new QPlainTextEdit(this))
    , m_saveButton(new QPushButton(this))
    , m_exportButton(new QPushButton(this))
    , m_fileStatus(wrappedLabel(this))
{
    setObjectName(QStringLiteral("reviewPage"));
    // The last page before anything changes: once left forward, Back cannot return here.
    setCommitPage(true);
    m_nothingRan->setObjectName(QStringLiteral("nothingRanNote"));
    m_helmNote->setObjectName(QStringLiteral("helmNote"));
    m_planError->setObjectName(QStringLiteral("planError"));
    m_allowDowngrade->setObjectName(QStringLiteral("allowDowngrade"));
    m_probeBusy->setObjectName(QStringLiteral("probeBusy"));
    m_clusterState->setObjectName(QStringLiteral("releaseState"));
    m_planText->setObjectName(QStringLiteral("planText"));
    m_saveButton->setObjectName(QStringLiteral("savePlan"));
    m_exportButton->setObjectName(QStringLiteral("exportScript"));
    m_fileStatus->setObjectName(QStringLiteral("fileStatus"));

    QFont bold = m_clusterTitle->font();
    bold.setBold(true);
    m_clusterTitle->setFont(bold);
    m_planTextLabel->setFont(bold);
    m_helmNote->setFont(bold);
    m_clusterState->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_probeBusy->setRange(0, 0);
    m_probeBusy->setTextVisible(false);
    m_probeBusy->setMaximumWidth(80);
    m_probeBusy->hide();
    m_planText->setReadOnly(true);
    m_planText->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_planText->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_planTextLabel->setBuddy(m_planText);
    m_allowDowngrade->hide();
    m_warnings->addDecision(m_allowDowngrade);
    m_fileStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *clusterRow = new QHBoxLayout;
    clusterRow->addWidget(m_clusterTitle);
    clusterRow->addWidget(m_probeBusy);
    clusterRow->addStretch(1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_saveButton);
    buttons->addWidget(m_exportButton);
    buttons->addWidget(m_fileStatus, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_nothingRan);
    layout->addWidget(m_helmNote);
    layout->addWidget(m_planError);
    layout->addWidget(m_warnings);
    layout->addLayout(clusterRow);
    layout->addWidget(m_clusterState);
    layout->addWidget(m_planTextLabel);
    layout->addWidget(m_planText, 1);
    layout->addLayout(buttons);

    connect(m_allowDowngrade, &QCheckBox::toggled, this, [this](bool checked) {
        this->session()->setAllowDowngrade(checked);
        emit completeChanged();
    });
    connect(m_saveButton, &QPushButton::clicked, this, &ReviewPage::savePlan);
    connect(m_exportButton, &QPushButton::clicked, this, &ReviewPage::exportScript);
    connect(m_probe, &ReleaseProbe::changed, this, &ReviewPage::showFindings);
    connect(m_probe, &ReleaseProbe::finished, this, &ReviewPage::showFindings);
    // Only while shown: the other pages' edits are planned when this page is entered.
    connect(session, &WizardSession::draftChanged, this, [this] {
        if (wizard() && wizard()->currentPage() == this) {
            replan();
            startProbe();
        }
    });
    connect(&session->tools(), &ToolInventory::changed, this, [this] {
        if (wizard() && wizard()->currentPage() == this && !this->session()->tools().isProbing()) {
            replan();
            startProbe();
        }
    });

    retranslateUi();
}

ReviewPage::~ReviewPage() = default;

void ReviewPage::initializePage()
{
    m_confirmed = false;
    m_allowDowngrade->setChecked(false);
    session()->setAllowDowngrade(false);
    m_fileStatus->clear();
    ToolInventory &tools = session()->tools();
    if (!tools.found(ToolInventory::Tool::Helm).probed && !tools.isProbing()) {
        tools.probe();
    }
    m_probedTargets.clear();
    replan();
    startProbe();
}

void ReviewPage::cleanupPage()
{
    m_probe->cancel();
    m_probedTargets.clear();
    QWizardPage::cleanupPage();
}

HelmVersion ReviewPage::plannedHelm() const
{
    return session()->tools().helmVersion().value_or(HelmVersion {});
}

PlanText::Heading ReviewPage::planHeading() const
{
    PlanText::Heading heading;
    heading.moduleName = session()->profile().displayName();
    heading.planName = QFileInfo(session()->draft().package).fileName();
    if (session()->draft().syncOnly()) {
        return heading; // no helm runs: nothing to say about it
    }
    const ToolInventory &tools = session()->tools();
    if (tools.helmVersion()) {
        heading.notes.append(
            tr("Commands are for the installed helm %1.").arg(plannedHelm().toString()));
    } else if (!tools.isProbing()) {
        heading.notes.append(tr("helm was not found (or did not answer); commands are shown for "
                                "helm %1.")
                                 .arg(plannedHelm().toString()));
    }
    // Once the clusters answered, the version notes say what applies, not what may.
    heading.installedOf = [this](const QString &target) {
        return installedVersion(target);
    };
    return heading;
}

QString ReviewPage::installedVersion(const QString &target) const
{
    for (const ReleaseProbe::Finding &finding : m_probe->findings()) {
        if (finding.target.name == target
            && finding.state == ReleaseProbe::Finding::State::Deployed) {
            return finding.chartVersion;
        }
    }
    return {};
}

void ReviewPage::showPlanText()
{
    const QString text = m_result ? PlanText::render(*m_result, planHeading()) : QString();
    if (text == m_planText->toPlainText()) {
        return;
    }
    // The clusters' answers may change a few lines: the reader keeps their place.
    QScrollBar *scroll = m_planText->verticalScrollBar();
    const int position = scroll->value();
    m_planText->setPlainText(text);
    scroll->setValue(position);
}

void ReviewPage::replan()
{
    m_result.reset();
    m_planError->clear();
    const auto &package = session()->package();
    try {
        if (!package) {
            throw Error(QStringLiteral("plan.invalid"), tr("No offline package has been read."),
                tr("Go back to the Package page and choose the package."));
        }
        Planner::Input input;
        input.plan = &session()->draft();
        input.profile = &session()->profile();
        input.package = package.get();
        input.helm = plannedHelm();
        m_result = Planner::plan(input);
    } catch (const Error &error) {
        m_planError->showError(error.message(), error.hint(), ErrorHelp::topicFor(error.code()));
    } catch (const std::exception &error) {
        m_planError->showError(
            tr("The plan could not be made: %1").arg(QString::fromLocal8Bit(error.what())), {});
    }
    if (!m_planError->isHidden()) {
        QAccessibleEvent alert(m_planError, QAccessible::Alert);
        QAccessible::updateAccessibility(&alert);
    }
    m_planText->setEnabled(m_result.has_value()); // its text: showFindings() below
    m_saveButton->setEnabled(true);
    m_exportButton->setEnabled(m_result.has_value());
    showHelmNote();
    showStartTexts();
    showFindings();
}

void ReviewPage::startProbe()
{
    if (!m_result || m_result->syncOnly) {
        m_probe->cancel();
        m_probedTargets.clear();
        showFindings();
        return;
    }
    std::vector<ReleaseProbe::Target> targets;
    QStringList keys;
    for (const ResolvedRelease &release : m_result->releases) {
        for (const QString &context : release.kubeContexts) {
            targets.push_back({release.target(context), release.release, release.namespaceName,
                context, release.version});
            keys.append(
                QStringList {release.target(context), release.namespaceName, release.version}.join(
                    QLatin1Char('|')));
        }
    }
    const ToolInventory &tools = session()->tools();
    const QString key
        = keys.join(QLatin1Char('\n')) + QLatin1Char('\n') + session()->draft().upgrade.kubeconfig;
    if (key == m_probedTargets || tools.isProbing()
        || !tools.found(ToolInventory::Tool::Helm).found) {
        showFindings();
        return;
    }
    m_probedTargets = key;
    ReleaseProbe::Settings settings;
    settings.helmProgram = ToolInventory::program(ToolInventory::Tool::Helm);
    settings.helm = plannedHelm();
    settings.kubeconfig = session()->draft().upgrade.kubeconfig;
    m_probe->start(settings, targets);
}

bool ReviewPage::needsDowngradeConsent() const
{
    for (const ReleaseProbe::Finding &finding : m_probe->findings()) {
        if (finding.isDowngrade()) {
            return true;
        }
    }
    return false;
}

QStringList ReviewPage::decisionWarnings() const
{
    QStringList warnings;
    if (!m_result) {
        return warnings;
    }
    const UpgradePlan &plan = session()->draft();
    const bool fromRepo = plan.upgrade.method == UpgradeMethod::HelmRepo;
    if (plan.syncOnly() && plan.sync.chartTarget == ChartTarget::None) {
        warnings.append(tr("No chart repository receives the chart in this run: the upgrade "
                           "later installs it from the offline package, or from a Helm "
                           "repository that offers this version already."));
    } else if (plan.sync.chartTarget == ChartTarget::None || plan.sync.method == SyncMethod::None) {
        warnings.append(fromRepo
                ? tr("No chart repository receives the chart: nothing publishes it in this run, "
                     "so the Helm repository must already offer the versions chosen.")
                : tr("No chart repository receives the chart: it is installed from the offline "
                     "package only, and a later upgrade from a Helm repository will not find "
                     "this version there."));
    }
    for (const ResolvedRelease &release : m_result->releases) {
        if (release.profile.scope == ReleaseProfile::Scope::Worker
            && !plan.upgrade.kubeContext.isEmpty()
            && release.kubeContexts.contains(plan.upgrade.kubeContext)) {
            warnings.append(tr("%1 is also upgraded in the management cluster (%2); it belongs in "
                               "the worker clusters.")
                                .arg(release.release, plan.upgrade.kubeContext));
        }
    }
    warnings += m_result->warnings;
    const auto installed = [this](const QString &target) {
        return installedVersion(target);
    };
    for (const VersionNotes::Entry &entry : VersionNotes::of(*m_result, installed)) {
        if (entry.certain()) {
            warnings.append(tr("Version note: %1").arg(VersionNotes::line(entry)));
        }
    }
    for (const ReleaseProbe::Finding &finding : m_probe->findings()) {
        const QString &name = finding.target.name;
        using State = ReleaseProbe::Finding::State;
        switch (finding.state) {
        case State::Probing:
            break;
        case State::Deployed:
            if (finding.isDowngrade()) {
                warnings.append(tr("%1 runs chart version %2; the plan installs the older %3.")
                                    .arg(name, finding.chartVersion, finding.target.targetVersion));
            }
            if (finding.status.startsWith(QLatin1String("pending-"))) {
                warnings.append(tr("%1 is %2: an earlier helm operation was interrupted. The "
                                   "upgrade stops at its first check and says how to recover.")
                                    .arg(name, finding.status));
            }
            for (const QString &pinned : finding.pinnedImages) {
                warnings.append(tr("The values of %1 pin %2: that image stays as it is after the "
                                   "upgrade. Remove the value if the new chart's image is wanted.")
                                    .arg(name, pinned));
            }
            break;
        case State::NotInstalled:
            warnings.append(tr("%1 is not installed in namespace %2 of %3: the upgrade stops at "
                               "its first check. This tool upgrades; it does not install.")
                                .arg(finding.target.release, finding.target.namespaceName,
                                    Planner::clusterName(finding.target.context)));
            break;
        case State::Unreachable:
            warnings.append(tr("The cluster of %1 cannot be reached from here. The upgrade "
                               "checks again before it changes anything. Reason: %2")
                                .arg(name, finding.message));
            break;
        case State::Failed:
            warnings.append(tr("The state of %1 could not be read: %2").arg(name, finding.message));
            break;
        }
    }
    return warnings;
}

void ReviewPage::showFindings()
{
    QStringList lines;
    using State = ReleaseProbe::Finding::State;
    for (const ReleaseProbe::Finding &finding : m_probe->findings()) {
        const QString target = finding.target.targetVersion;
        QString now;
        switch (finding.state) {
        case State::Probing:
            now = tr("checking…", "@status release");
            break;
        case State::Deployed:
            now = finding.status == QLatin1String("deployed")
                ? tr("%1 (revision %2)").arg(finding.chartVersion).arg(finding.revision)
                : tr("%1 (revision %2, %3)")
                      .arg(finding.chartVersion)
                      .arg(finding.revision)
                      .arg(finding.status);
            break;
        case State::NotInstalled:
            now = tr("not installed");
            break;
        case State::Unreachable:
            now = tr("cluster not reachable");
            break;
        case State::Failed:
            now = tr("unknown");
            break;
        }
        lines.append(QStringLiteral("%1: %2 -> %3").arg(finding.target.name, now, target));
    }
    const ToolInventory &tools = session()->tools();
    // A sync-only run asks no cluster anything: no section about them.
    const bool upgrades = m_result && !m_result->syncOnly;
    if (lines.isEmpty() && upgrades) {
        lines.append(tools.isProbing()
                ? tr("Looking for helm on this machine…", "@status")
                : tr("helm was not found: what the clusters run now cannot be shown. The upgrade "
                     "checks it before it changes anything."));
    }
    m_clusterState->setText(lines.join(QLatin1Char('\n')));
    m_clusterState->setAccessibleName(m_clusterState->text());
    m_clusterTitle->setVisible(upgrades);
    m_clusterState->setVisible(upgrades);
    m_probeBusy->setVisible(m_probe->isBusy());

    const bool consent = needsDowngradeConsent();
    m_allowDowngrade->setVisible(consent);
    if (!consent && m_allowDowngrade->isChecked()) {
        m_allowDowngrade->setChecked(false);
    }
    m_warnings->setWarnings(decisionWarnings());
    showPlanText();
    emit completeChanged();
}

bool ReviewPage::isComplete() const
{
    return m_result.has_value() && (!needsDowngradeConsent() || m_allowDowngrade->isChecked());
}

bool ReviewPage::validatePage()
{
    if (!isComplete()) {
        return false;
    }
    if (!m_confirmed) {
        askToStart();
        return false;
    }
    session()->freeze();
    return true;
}

QString ReviewPage::confirmationText() const
{
    if (!m_result) {
        return {};
    }
    const UpgradePlan &plan = session()->draft();
    const auto &package = session()->package();
    qsizetype images = 0;
    qint64 bytes = 0;
    for (const auto &bundle : package->bundles) {
        images += qsizetype(bundle->images.images().size());
        bytes += bundle->images.uniqueBlobBytes();
    }
    QString sync;
    switch (plan.sync.method) {
    case SyncMethod::BuiltIn:
    case SyncMethod::ChartsSyncer:
    case SyncMethod::Docker:
        sync = tr("pushes %n image(s) (%1) to %2", nullptr, int(images))
                   .arg(dataSize(bytes), plan.registry.address);
        break;
    case SyncMethod::Containerd:
        sync = tr("imports %1 (%2) on %3", "imports N images (their size) on N nodes")
                   .arg(tr("%n image(s)", "imported on the nodes", int(images)), dataSize(bytes),
                       tr("%n node(s)", nullptr, int(plan.sync.nodes.size())));
        break;
    case SyncMethod::None:
        break;
    }
    if (m_result->syncOnly) {
        return tr("This %1. No release is upgraded.",
            "%1: what the sync does, such as: pushes 8 images (21.7 kB) to 10.16.23.145")
            .arg(sync);
    }
    QStringList upgrades;
    for (const ResolvedRelease &release : m_result->releases) {
        for (const QString &context : release.kubeContexts) {
            QString from = tr("its current version");
            for (const ReleaseProbe::Finding &finding : m_probe->findings()) {
                if (finding.target.name == release.target(context)
                    && finding.state == ReleaseProbe::Finding::State::Deployed) {
                    from = finding.chartVersion;
                }
            }
            upgrades.append(
                tr("%1 from %2 to %3 on %4", "release from version to version on cluster")
                    .arg(release.release, from, release.version, Planner::clusterName(context)));
        }
    }
    const QString list = QLocale().createSeparatedList(upgrades);
    return sync.isEmpty() ? tr("This upgrades %1.").arg(list)
                          : tr("This %1, then upgrades %2.").arg(sync, list);
}

void ReviewPage::askToStart()
{
    if (m_confirmation && m_confirmation->isVisible()) {
        return; // already asking (a closed one is only waiting to be deleted)
    }
    const bool syncOnly = m_result && m_result->syncOnly;
    auto *box = new QMessageBox(QMessageBox::Question,
        syncOnly ? tr("Start the sync?", "@title:window")
                 : tr("Start the upgrade?", "@title:window"),
        confirmationText(), QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("startConfirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(syncOnly
            ? tr("Nothing on the clusters changes. Upgrade later with the same choices and a "
                 "Helm repository or the chart package chosen on the Upgrade page.")
            : tr("The values of every release are backed up before it is upgraded, "
                 "and the Finish page can roll the upgrade back."));
    QPushButton *start
        = box->addButton(syncOnly ? tr("&Start sync", "@action") : tr("&Start upgrade", "@action"),
            QMessageBox::AcceptRole);
    start->setObjectName(QStringLiteral("confirmStart"));
    QPushButton *notYet = box->addButton(tr("Not yet", "@action"), QMessageBox::RejectRole);
    notYet->setObjectName(QStringLiteral("confirmNotYet"));
    // A slip of the Enter key must not start an upgrade.
    box->setDefaultButton(notYet);
    box->setEscapeButton(notYet);
    connect(box, &QMessageBox::finished, this, [this, box, start] {
        if (box->clickedButton() != start || !wizard()) {
            return;
        }
        m_confirmed = true;
        wizard()->next();
    });
    m_confirmation = box;
    // open(), not exec(): window-modal without a nested event loop.
    box->open();
}

void ReviewPage::writeFile(const QString &path, const QByteArray &bytes,
    QFileDevice::Permissions mode, const QString &done)
{
    QSaveFile file(path);
    const bool written = file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size()
        && file.setPermissions(mode) && file.commit();
    if (written) {
        m_fileStatus->setForegroundRole(QPalette::PlaceholderText);
        m_fileStatus->setText(done.arg(QDir::toNativeSeparators(path)));
    } else {
        m_fileStatus->setForegroundRole(QPalette::WindowText);
        m_fileStatus->setText(
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), SystemError::of(file)));
        QAccessibleEvent alert(m_fileStatus, QAccessible::Alert);
        QAccessible::updateAccessibility(&alert);
    }
    m_fileStatus->setAccessibleName(m_fileStatus->text());
}

QFileDialog *ReviewPage::saveDialog(
    const QString &objectName, const QString &title, const QString &filter, const QString &fileName)
{
    auto *dialog = new QFileDialog(this, title, defaultDirectory());
    dialog->setObjectName(objectName);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setDefaultSuffix(QFileInfo(fileName).suffix());
    dialog->setNameFilters({filter, tr("All files (*)")});
    dialog->selectFile(fileName);
    return dialog;
}

void ReviewPage::savePlan()
{
    QFileDialog *dialog = saveDialog(QStringLiteral("savePlanDialog"),
        tr("Save the plan", "@title:window"), tr("Upgrade plans (*.yaml *.yml)"),
        session()->profile().id + QStringLiteral("-upgrade-plan.yaml"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        // The draft as it stands: never a secret (UpgradePlan cannot hold one).
        writeFile(path, session()->draft().toYaml(),
            QFileDevice::ReadOwner | QFileDevice::WriteOwner,
            tr("Plan saved to %1. `dce-upgrade run --plan` runs it; --plan opens it here."));
    });
    // open(), not exec(): window-modal without a nested event loop.
    dialog->open();
}

void ReviewPage::exportScript()
{
    if (!m_result) {
        return;
    }
    QFileDialog *dialog = saveDialog(QStringLiteral("exportScriptDialog"),
        tr("Export the upgrade script", "@title:window"), tr("Shell scripts (*.sh)"),
        session()->profile().id + QStringLiteral("-upgrade.sh"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        if (!m_result) {
            return;
        }
        const QByteArray script = ScriptWriter::write(
            *m_result, {&session()->draft(), plannedHelm(), planHeading().planName});
        writeFile(path, script,
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner,
            tr("Script written to %1: the same steps, for running by hand."));
    });
    dialog->open();
}

void ReviewPage::retranslateUi()
{
    setTitle(tr("Review", "@title"));
    setSubTitle(
        tr("Every step of the upgrade with its exact commands. Passwords are never shown."));
    showStartTexts();
    showHelmNote();
    m_allowDowngrade->setText(tr("I want to install an &older version"));
    m_allowDowngrade->setToolTip(tr("Without this, the upgrade refuses to replace a newer chart "
                                    "version with an older one."));
    m_probeBusy->setAccessibleName(tr("Checking the releases on the clusters", "@status"));
    m_clusterTitle->setText(tr("On the clusters now", "@title"));
    m_planTextLabel->setText(tr("S&teps and commands", "@title"));
    m_planText->setAccessibleName(plainLabel(m_planTextLabel->text()));
    m_planText->setAccessibleDescription(
        tr("The same text as dce-upgrade plan prints for this plan."));
    m_saveButton->setText(tr("Save &plan…", "@action"));
    m_saveButton->setToolTip(tr("Save the choices as a plan file (no password inside)"));
    m_exportButton->setText(tr("E&xport script…", "@action"));
    m_exportButton->setToolTip(tr("Write the same steps as a bash script"));
    // The plan's texts are translated when it is made: make it again in the new language.
    if (m_result) {
        replan();
    }
}

void ReviewPage::showStartTexts()
{
    const bool syncOnly = session()->draft().syncOnly();
    setButtonText(QWizard::CommitButton,
        syncOnly ? tr("&Start sync", "@action") : tr("&Start upgrade", "@action"));
    m_nothingRan->setText(syncOnly
            ? tr("Nothing has run yet: nothing is synced until you press Start sync and confirm. "
                 "This run only syncs the images; no release changes.")
            : tr("Nothing has run yet: nothing is pushed and no release changes until you press "
                 "Start upgrade and confirm."));
}

void ReviewPage::showHelmNote()
{
    const ToolInventory &tools = session()->tools();
    // A sync-only run needs no helm.
    const bool helmMissing = tools.found(ToolInventory::Tool::Helm).probed
        && !tools.found(ToolInventory::Tool::Helm).found && !session()->draft().syncOnly();
    m_helmNote->setText(helmMissing
            ? tr("helm was not found on this machine: the commands below are for helm %1, and "
                 "the upgrade cannot run until helm is installed. %2")
                  .arg(plannedHelm().toString(), ToolInventory::howToGet(ToolInventory::Tool::Helm))
            : QString());
    m_helmNote->setVisible(helmMissing);
    m_helmNote->setAccessibleName(m_helmNote->text());
}

} // namespace DceUpgrade::Wizard
