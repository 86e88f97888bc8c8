#include "NodeSyncPanel.h"

#include "ErrorHelp.h"
#include "FieldProblems.h"
#include "HelpLinkButton.h"
#include "NodeListEditor.h"
#include "SshCheck.h"
#include "WizardPage.h"
#include "WizardSession.h"

#include <QAccessible>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace DceUpgrade::Wizard {

namespace {

const QString NodesKey = QStringLiteral("sync.nodes");
const QStringList SshKeys {QStringLiteral("sync.parallelNodes"),
    QStringLiteral("sync.knownHostsFile"), QStringLiteral("sync.hostKeys")};

} // namespace

NodeSyncPanel::NodeSyncPanel(WizardSession *session, FieldProblems *problems, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_nodesLabel(new QLabel(this))
    , m_nodes(new NodeListEditor(this))
    , m_testSshButton(new QPushButton(this))
    , m_stopSshButton(new QPushButton(this))
    , m_sshBusy(new QProgressBar(this))
    , m_sshStatus(WizardPage::wrappedLabel(this))
    , m_sshResults(WizardPage::wrappedLabel(this))
    , m_sshHelp(new HelpLinkButton(this))
    , m_sshCheck(new SshCheck(this))
    , m_parallelLabel(new QLabel(this))
    , m_parallelSpin(new QSpinBox(this))
    , m_hostKeysLabel(new QLabel(this))
    , m_hostKeys(new QComboBox(this))
    , m_knownHostsLabel(new QLabel(this))
    , m_knownHosts(new QLineEdit(this))
    , m_knownHostsBrowse(new QPushButton(this))
{
    setObjectName(QStringLiteral("nodeSyncPanel"));
    m_testSshButton->setObjectName(QStringLiteral("testSsh"));
    m_stopSshButton->setObjectName(QStringLiteral("stopSsh"));
    m_stopSshButton->hide();
    m_sshBusy->setObjectName(QStringLiteral("sshCheckBusy"));
    m_sshBusy->setRange(0, 0);
    m_sshBusy->setTextVisible(false);
    m_sshBusy->setMaximumWidth(120);
    m_sshBusy->hide();
    m_sshStatus->setObjectName(QStringLiteral("sshCheckStatus"));
    m_sshResults->setObjectName(QStringLiteral("sshCheckResults"));
    m_sshResults->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_sshResults->hide();
    QLabel *problem = problems->addLabel(this, QStringLiteral("nodesProblem"), {NodesKey});
    m_parallelSpin->setObjectName(QStringLiteral("parallelNodes"));
    m_parallelSpin->setRange(1, 32);
    m_parallelSpin->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_hostKeys->setObjectName(QStringLiteral("hostKeyPolicy"));
    m_hostKeys->addItem(QString(), int(HostKeyPolicy::Strict));
    m_hostKeys->addItem(QString(), int(HostKeyPolicy::AcceptNew));
    m_knownHosts->setObjectName(QStringLiteral("knownHostsFile"));
    m_knownHosts->setClearButtonEnabled(true);
    m_knownHostsBrowse->setObjectName(QStringLiteral("browseKnownHosts"));
    QLabel *sshProblem = problems->addLabel(this, QStringLiteral("nodeSshProblem"), SshKeys);

    auto *knownHosts = new QHBoxLayout;
    knownHosts->addWidget(m_knownHosts, 1);
    knownHosts->addWidget(m_knownHostsBrowse);
    auto *form = new QFormLayout;
    form->addRow(m_parallelLabel, m_parallelSpin);
    form->addRow(m_hostKeysLabel, m_hostKeys);
    form->addRow(m_knownHostsLabel, knownHosts);

    auto *check = new QHBoxLayout;
    check->addWidget(m_testSshButton);
    check->addWidget(m_stopSshButton);
    check->addWidget(m_sshBusy);
    check->addWidget(m_sshStatus, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_nodesLabel);
    layout->addWidget(m_nodes, 1);
    layout->addWidget(problem);
    layout->addLayout(form);
    layout->addWidget(sshProblem);
    layout->addLayout(check);
    layout->addWidget(m_sshResults);
    layout->addWidget(m_sshHelp, 0, Qt::AlignLeft);

    connect(m_nodes, &NodeListEditor::nodesEdited, this, [this] {
        const std::vector<SshNode> nodes = m_nodes->nodes();
        m_session->editDraft([&nodes](UpgradePlan &plan) { plan.sync.nodes = nodes; });
    });
    connect(m_parallelSpin, &QSpinBox::valueChanged, this, [this](int parallel) {
        m_session->editDraft([parallel](UpgradePlan &plan) { plan.sync.parallelNodes = parallel; });
    });
    connect(m_hostKeys, &QComboBox::activated, this, [this] {
        const auto policy = HostKeyPolicy(m_hostKeys->currentData().toInt());
        m_session->editDraft([policy](UpgradePlan &plan) { plan.sync.hostKeys = policy; });
    });
    connect(m_knownHosts, &QLineEdit::textEdited, this, [this](const QString &file) {
        m_session->editDraft(
            [file](UpgradePlan &plan) { plan.sync.knownHostsFile = file.trimmed(); });
    });
    connect(m_knownHostsBrowse, &QPushButton::clicked, this, &NodeSyncPanel::browseKnownHosts);
    connect(m_testSshButton, &QPushButton::clicked, this, &NodeSyncPanel::startSshCheck);
    connect(m_stopSshButton, &QPushButton::clicked, m_sshCheck, &SshCheck::cancel);
    connect(m_sshCheck, &SshCheck::nodeFinished, this, [this] { showSshCheck(); });
    connect(m_sshCheck, &SshCheck::finished, this, [this] {
        showSshCheck();
        QAccessibleEvent alert(m_sshStatus, QAccessible::Alert);
        QAccessible::updateAccessibility(&alert);
    });
    retranslateUi();
}

NodeSyncPanel::~NodeSyncPanel() = default;

void NodeSyncPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void NodeSyncPanel::showDraft()
{
    const UpgradePlan &plan = m_session->draft();
    m_nodes->setNodes(plan.sync.nodes);
    {
        const QSignalBlocker parallel(m_parallelSpin);
        m_parallelSpin->setValue(plan.sync.parallelNodes);
        m_hostKeys->setCurrentIndex(m_hostKeys->findData(int(plan.sync.hostKeys)));
        if (m_knownHosts->text().trimmed() != plan.sync.knownHostsFile) {
            m_knownHosts->setText(plan.sync.knownHostsFile);
        }
    }
    if (plan.sync.nodes != m_checkedNodes || SshSettings::of(plan.sync) != m_checkedSsh) {
        // The nodes the ssh test was about are gone: test the new list, or drop the result.
        if (m_sshCheck->isRunning()) {
            if (m_session->problems({NodesKey}).empty() && !plan.sync.nodes.empty()) {
                startSshCheck();
            } else {
                m_sshCheck->cancel();
            }
        }
        m_sshStale = !m_sshCheck->isRunning();
    }
    showSshCheck();
}

void NodeSyncPanel::showTools(bool sshMissing)
{
    m_sshMissing = sshMissing;
    showSshCheck();
}

void NodeSyncPanel::startSshCheck()
{
    m_checkedNodes = m_session->draft().sync.nodes;
    m_checkedSsh = SshSettings::of(m_session->draft().sync);
    m_sshStale = false;
    m_sshCheck->start(m_checkedNodes, m_checkedSsh);
    showSshCheck();
}

void NodeSyncPanel::showSshCheck()
{
    const bool running = m_sshCheck->isRunning();
    m_testSshButton->setEnabled(!running && !m_sshMissing && !m_session->draft().sync.nodes.empty()
        && m_session->problems({NodesKey}).empty());
    m_stopSshButton->setVisible(running);
    m_sshBusy->setVisible(running);

    std::vector<std::optional<SshReachability::Diagnosis>> perNode;
    QStringList lines;
    int answered = 0;
    int failed = 0;
    HelpTopic help;
    if (!m_sshStale) {
        for (const SshCheck::NodeResult &result : m_sshCheck->results()) {
            if (!result.answered) {
                perNode.push_back(std::nullopt);
                continue;
            }
            perNode.push_back(result.diagnosis);
            ++answered;
            const QString head = SshReachability::describe(result.node) + QStringLiteral(": ")
                + NodeListEditor::verdictText(result.diagnosis.verdict);
            if (result.diagnosis.ok()) {
                lines.append(head);
            } else {
                ++failed;
                if (help.isEmpty()) {
                    help = ErrorHelp::topicFor(SshReachability::code(result.diagnosis.verdict));
                }
                lines.append(head + QStringLiteral(" — ") + result.diagnosis.message
                    + QLatin1Char(' ') + tr("Fix: %1").arg(result.diagnosis.hint));
            }
        }
    }
    m_nodes->setSshResults(perNode);
    const QString text = lines.join(QLatin1Char('\n'));
    m_sshResults->setText(text);
    m_sshResults->setAccessibleName(text);
    m_sshResults->setVisible(!text.isEmpty());
    m_sshHelp->setTopic(help);

    QString status;
    const int total = int(m_sshCheck->results().size());
    if (m_sshStale || (!running && total == 0)) {
        status = tr("Not tested yet. \"Test ssh\" logs in to every node with its key and runs "
                    "true; nothing is changed.",
            "@info");
    } else if (running) {
        status = tr("Testing ssh… %1 of %2 nodes answered.", "@info").arg(answered).arg(total);
    } else if (m_sshCheck->wasCanceled()) {
        status = tr("Test stopped before it finished.", "@info");
    } else if (failed == 0) {
        status = tr("Every node accepts the key login.", "@info");
    } else {
        status = tr("%n node(s) cannot be reached as the upgrade needs: see the fix below.",
            "@info", failed);
    }
    m_sshStatus->setText(status);
    m_sshStatus->setAccessibleName(status);
}

void NodeSyncPanel::browseKnownHosts()
{
    auto *dialog
        = new QFileDialog(this, tr("Choose the known_hosts file for the nodes", "@title:window"));
    dialog->setObjectName(QStringLiteral("knownHostsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // It need not exist yet: with accept-new, ssh creates it and records the keys there.
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setFilter(dialog->filter() | QDir::Hidden);
    dialog->setDirectory(QDir::home().filePath(QStringLiteral(".ssh")));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &file) {
        m_session->editDraft([file](UpgradePlan &plan) { plan.sync.knownHostsFile = file; });
    });
    dialog->open();
}

void NodeSyncPanel::retranslateUi()
{
    m_nodesLabel->setText(tr("N&odes:"));
    m_nodesLabel->setBuddy(m_nodes->table());
    m_nodes->table()->setAccessibleName(tr("Nodes"));
    m_testSshButton->setText(tr("&Test ssh", "@action"));
    m_testSshButton->setAccessibleDescription(
        tr("Logs in to every node in the background with its key (BatchMode, no prompt) and "
           "runs true."));
    m_stopSshButton->setText(tr("Stop testin&g", "@action"));
    m_sshBusy->setAccessibleName(tr("Testing ssh", "@info"));
    m_sshResults->setAccessibleDescription(tr("The ssh test's answer for each node"));
    WizardPage::labelField(m_parallelLabel, m_parallelSpin, tr("Nodes at once:"),
        tr("How many nodes import the images at the same time (1 to 32). Each node reads the "
           "whole offline package from this machine, so more nodes at once share its disk and "
           "network."));
    m_hostKeys->setItemText(0, tr("Only host keys this machine already knows (strict)"));
    m_hostKeys->setItemText(1, tr("Trust a node seen for the first time (accept-new)"));
    WizardPage::labelField(m_hostKeysLabel, m_hostKeys, tr("Host &keys:"),
        tr("What ssh does with a node whose host key it does not know yet. Neither choice "
           "accepts a key that differs from the one known for the node: that could be "
           "someone else answering."));
    WizardPage::labelField(m_knownHostsLabel, m_knownHosts, tr("kno&wn_hosts file:"),
        tr("Optional. The node keys in this file are trusted besides those in "
           "~/.ssh/known_hosts; with accept-new, the keys of new nodes are recorded here."));
    m_knownHosts->setPlaceholderText(tr("~/.ssh/known_hosts only"));
    m_knownHostsBrowse->setText(tr("Browse…", "@action"));
    m_knownHostsBrowse->setAccessibleDescription(tr("Chooses the known_hosts file for the nodes"));
    showSshCheck();
}

} // namespace DceUpgrade::Wizard
