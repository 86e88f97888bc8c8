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
class QWidget;

namespace DceUpgrade::Wizard {

class FieldProblems;
class NodeSyncPanel;
class SshCheck;

// Step 3: how the images get where the cluster pulls them from, one tab per method; the tab
// shown is the plan's sync.method. Built-in (recommended: parallel uploads straight from the
// package, no daemon, resumes; jobs and "replace tags that differ"), charts-syncer (HARBOR or
// LOCAL, with the load-image.yaml it will write, password masked), Docker (load, tag, push),
// containerd (the node list, with "Test ssh" in the background: SshCheck), and "images already
// there". A tab whose tool is not installed says so at its top, with how to get it, and the
// page is then not complete. Every control edits the draft plan at once.
class SyncPage final : public WizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncPage)

public:
    explicit SyncPage(WizardSession *session, QWidget *parent = nullptr);
    ~SyncPage() override;

    void initializePage() override;
    bool isComplete() const override;

    // The tool a method runs on this machine, if any: charts-syncer, docker, ssh.
    static std::optional<ToolInventory::Tool> toolFor(SyncMethod method);
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
        QLabel *laterNote = nullptr; // the engine cannot run the method yet
    };

    MethodTab &addTab(SyncMethod method, const QString &objectName);
    void buildBuiltInTab();
    void buildChartsSyncerTab();
    void buildDockerTab();
    void buildContainerdTab();
    void buildNoneTab();

    SyncMethod currentMethod() const;
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

    QLabel *m_dockerSteps = nullptr;

    NodeSyncPanel *m_nodePanel = nullptr;
};

} // namespace DceUpgrade::Wizard
