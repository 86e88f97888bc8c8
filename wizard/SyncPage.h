#pragma once

#include "ToolInventory.h"
#include "WizardPage.h"

#include "model/UpgradePlan.h"

#include <optional>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTabWidget;
class QVBoxLayout;
class QWidget;

namespace DceUpgrade::Wizard {

class FieldProblems;
class NodeSyncPanel;
class SshCheck;

// Step 3: how the images get where the cluster pulls them from, one tab per method; the tab
// shown is the plan's sync.method. Built-in (recommended: parallel uploads straight from the
// package, no daemon, resumes; jobs and "replace tags that differ"), charts-syncer (HARBOR or
// LOCAL, with the load-image.yaml it will write, password masked), Docker (load, tag, push from
// this machine, or load and tag on every node), containerd (the NodeSyncPanel: nodes, ssh
// settings, "Test ssh" in the background), and "images already there". A tab whose tool is not
// installed says so at its top, with how to get it, and the page is then not complete. Every
// control edits the draft plan at once.
class SyncPage final : public WizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncPage)

public:
    explicit SyncPage(WizardSession *session, QWidget *parent = nullptr);
    ~SyncPage() override;

    void initializePage() override;
    bool isComplete() const override;

    // The tool a sync runs on this machine, if any: charts-syncer, docker, ssh (containerd, and
    // Docker on the nodes).
    static std::optional<ToolInventory::Tool> toolFor(SyncMethod method, DockerTarget docker);
    // Where the Planner puts the bundles charts-syncer reads (in the run's session directory).
    static QString chartsSyncerBundlesDir();

    SshCheck *sshCheck() const;

protected:
    void retranslateUi() override;

private:
    struct MethodTab
    {
        SyncMethod method;
        QWidget *page = nullptr;
        QLabel *missingTool = nullptr; // empty for methods without an external tool
        QLabel *explanation = nullptr;
    };

    MethodTab &addTab(SyncMethod method, const QString &objectName);
    void buildBuiltInTab();
    void buildChartsSyncerTab();
    void buildDockerTab();
    void buildContainerdTab();
    void buildNoneTab();

    SyncMethod currentMethod() const;
    // toolFor() with the draft's Docker target.
    std::optional<ToolInventory::Tool> toolFor(SyncMethod method) const;
    void placeNodePanel();
    void showDockerSteps();
    void showImagesAlreadyNote();
    bool toolMissing(SyncMethod method) const;
    void showDraft();
    void showTools();
    void showProblems();
    void showChartsSyncerConfig();

    std::vector<MethodTab> m_tabs;
    QLabel *m_intro = nullptr;
    QTabWidget *m_tabWidget = nullptr;
    FieldProblems *m_problems = nullptr;

    QLabel *m_jobsLabel = nullptr;
    QSpinBox *m_jobsSpin = nullptr;
    QCheckBox *m_forceCheck = nullptr;
    QLabel *m_forceNote = nullptr;

    QRadioButton *m_harborTarget = nullptr;
    QRadioButton *m_localTarget = nullptr;
    QLabel *m_targetNote = nullptr;
    QLabel *m_configLabel = nullptr;
    QPlainTextEdit *m_configView = nullptr;

    QRadioButton *m_dockerToRegistry = nullptr;
    QRadioButton *m_dockerToNodes = nullptr;
    QLabel *m_dockerSteps = nullptr;
    // Where the one NodeSyncPanel sits: on the Docker tab when Docker loads on the nodes.
    QVBoxLayout *m_dockerNodeSlot = nullptr;
    QVBoxLayout *m_containerdNodeSlot = nullptr;

    // "Images already there": in the registry, or on the nodes (sync.imagesAlreadyOn).
    QRadioButton *m_alreadyInRegistry = nullptr;
    QRadioButton *m_alreadyOnNodes = nullptr;
    QLabel *m_alreadyNote = nullptr;

    NodeSyncPanel *m_nodePanel = nullptr;
};

} // namespace DceUpgrade::Wizard
