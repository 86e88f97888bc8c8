#pragma once

#include "model/UpgradePlan.h"
#include "tools/NodeShell.h"

#include <QWidget>

#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QProgressBar;
class QPushButton;

namespace DceUpgrade::Wizard {

class FieldProblems;
class HelpLinkButton;
class NodeListEditor;
class SshCheck;
class WizardSession;

// The nodes a sync method works on over ssh (containerd, and Docker on the nodes): the node
// list of the draft plan (sync.nodes, one list whichever method uses it), how ssh reaches them
// (nodes at once, host-key policy, known_hosts file), their problems, and "Test ssh" in the
// background with the plan's ssh settings and each node's answer in the list. The Sync page shows
// the one panel on the tab of the method in use.
class NodeSyncPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NodeSyncPanel)

public:
    NodeSyncPanel(WizardSession *session, FieldProblems *problems, QWidget *parent = nullptr);
    ~NodeSyncPanel() override;

    SshCheck *sshCheck() const { return m_sshCheck; }

    // The draft changed (or the tools): show its nodes; an edit drops a stale ssh answer.
    void showDraft();
    void showTools(bool sshMissing);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void startSshCheck();
    void showSshCheck();
    void browseKnownHosts();

    WizardSession *m_session;
    QLabel *m_nodesLabel = nullptr;
    NodeListEditor *m_nodes = nullptr;
    QPushButton *m_testSshButton = nullptr;
    QPushButton *m_stopSshButton = nullptr;
    QProgressBar *m_sshBusy = nullptr;
    QLabel *m_sshStatus = nullptr;
    QLabel *m_sshResults = nullptr;
    // Help on the first failing node's error (ErrorHelp).
    HelpLinkButton *m_sshHelp = nullptr;
    SshCheck *m_sshCheck = nullptr;
    // How the nodes are reached: sync.parallelNodes, sync.hostKeys, sync.knownHostsFile.
    QLabel *m_parallelLabel = nullptr;
    QSpinBox *m_parallelSpin = nullptr;
    QLabel *m_hostKeysLabel = nullptr;
    QComboBox *m_hostKeys = nullptr;
    QLabel *m_knownHostsLabel = nullptr;
    QLineEdit *m_knownHosts = nullptr;
    QPushButton *m_knownHostsBrowse = nullptr;
    // The nodes the running or last finished ssh test was about: an edit drops its result.
    std::vector<SshNode> m_checkedNodes;
    SshSettings m_checkedSsh;
    bool m_sshStale = true;
    bool m_sshMissing = false;
};

} // namespace DceUpgrade::Wizard
