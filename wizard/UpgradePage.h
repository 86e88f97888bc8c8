#pragma once

#include "ChartVersionFetcher.h"
#include "WizardPage.h"

#include "model/UpgradePlan.h"
#include "tools/Kubeconfig.h"

#include <QMap>
#include <QStringList>

#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTimer;

namespace DceUpgrade::Wizard {

class ErrorPanel;
class HelpLinkButton;
class KubeconfigLoader;
class ProblemLabel;
class ReleaseEditor;

// Step 5: how the releases are upgraded. The chart comes from a Helm repository (alias and URL,
// prefilled from the chart target of the Registry page; its versions are listed in the
// background by ChartVersionFetcher with the real helm) or from the offline package
// (original-chart/, no repository). Each release of the module (ReleaseEditor): included or
// not, name, namespace, version and, for skoala-init, the worker clusters, whose kube contexts
// come from the kubeconfig (read in the background by KubeconfigLoader). Then the management
// cluster's context, the image registry value and helm's atomic/wait/timeout. A third choice
// only syncs (upgrade.method none: the images are staged before the maintenance window), which
// leaves the rest of the page disabled but kept for the later upgrade. Every edit goes to the
// session's draft (upgrade.*); its problems are shown next to the fields and keep Next
// disabled.
class UpgradePage final : public WizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UpgradePage)

public:
    explicit UpgradePage(WizardSession *session, QWidget *parent = nullptr);
    ~UpgradePage() override;

    void initializePage() override;
    bool isComplete() const override;

    bool isFetchingVersions() const;
    bool isReadingKubeconfig() const;

protected:
    void retranslateUi() override;

private:
    QWidget *buildMethodGroup();
    QWidget *buildReleasesGroup();
    // One editor per release of the session's module (again when the module changes).
    void buildReleaseEditors();
    QWidget *buildClusterGroup();
    QWidget *buildImageGroup();
    QWidget *buildHelmGroup();
    void connectEdits();

    // The draft into the widgets (a field being typed in keeps its text).
    void showDraft();
    void showProblems();
    void showVersionsState();
    void showKubeconfig();
    void showImageRegistry();
    void showAtomicFlag();
    void showRenameKeys();
    void writeReleases();
    void setMethod(UpgradeMethod method);

    QString defaultRepoUrl() const;
    QString defaultAlias() const;
    QString effectiveRepoUrl() const;
    QString computedImageRegistry() const;
    QStringList charts() const;

    void scheduleFetch();
    void fetchVersions();
    void onVersions(const ChartVersionFetcher::Result &result);
    void readKubeconfig();
    void browseKubeconfig();

    ChartVersionFetcher *m_fetcher = nullptr;
    KubeconfigLoader *m_kubeconfigLoader = nullptr;
    QTimer *m_fetchTimer = nullptr;
    std::optional<QMap<QString, QStringList>> m_versions; // per chart, once fetched
    QString m_versionsFrom; // the URL they came from
    bool m_versionsFailed = false;
    bool m_waitingForHelm = false; // the tools are still being looked for
    std::optional<Kubeconfig> m_kubeconfig;
    QString m_kubeconfigError;
    QString m_kubeconfigHint;
    QString m_kubeconfigCode;
    bool m_keptOneRelease = false; // the last release could not be cleared: say why

    ProblemLabel *m_generalProblems = nullptr;

    QGroupBox *m_methodGroup = nullptr;
    QRadioButton *m_repoRadio = nullptr;
    QRadioButton *m_packageRadio = nullptr;
    QWidget *m_repoFields = nullptr;
    QLabel *m_aliasLabel = nullptr;
    QLineEdit *m_alias = nullptr;
    QLabel *m_urlLabel = nullptr;
    QLineEdit *m_url = nullptr;
    QProgressBar *m_versionsBusy = nullptr;
    QLabel *m_versionsStatus = nullptr;
    QPushButton *m_fetchButton = nullptr;
    ErrorPanel *m_versionsError = nullptr;
    QLabel *m_packageNote = nullptr;
    QRadioButton *m_syncOnlyRadio = nullptr; // upgrade.method none: stage the images only
    QLabel *m_syncOnlyNote = nullptr;
    ProblemLabel *m_methodProblems = nullptr;

    QGroupBox *m_releasesGroup = nullptr;
    std::vector<ReleaseEditor *> m_editors;

    QGroupBox *m_clusterGroup = nullptr;
    QLabel *m_kubeconfigLabel = nullptr;
    QLineEdit *m_kubeconfigPath = nullptr;
    QPushButton *m_browseButton = nullptr;
    QLabel *m_contextLabel = nullptr;
    QComboBox *m_contextCombo = nullptr;
    QLabel *m_kubeconfigStatus = nullptr;
    ProblemLabel *m_kubeconfigProblem = nullptr; // the kubeconfig cannot be read
    HelpLinkButton *m_kubeconfigHelp = nullptr; // and the help on that
    ProblemLabel *m_clusterProblems = nullptr;

    QGroupBox *m_imageGroup = nullptr;
    QLabel *m_imageRegistryLabel = nullptr;
    QLineEdit *m_imageRegistry = nullptr;
    QLabel *m_imageRegistryNote = nullptr;
    ProblemLabel *m_imageProblems = nullptr;

    QGroupBox *m_helmGroup = nullptr;
    QCheckBox *m_atomic = nullptr;
    QCheckBox *m_wait = nullptr;
    QCheckBox *m_renameKeys = nullptr; // upgrade.renameKeys, shown when a version note renames
    QLabel *m_renameKeysNote = nullptr;
    QLabel *m_timeoutLabel = nullptr;
    QLineEdit *m_timeout = nullptr;
    ProblemLabel *m_helmProblems = nullptr;
};

} // namespace DceUpgrade::Wizard
