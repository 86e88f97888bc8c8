#pragma once

#include "WizardPage.h"

#include "model/UpgradePlan.h"

#include <QByteArray>

#include <functional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QToolButton;
class QWidget;

namespace DceUpgrade::Wizard {

class ErrorPanel;
class FieldProblems;
class RegistryCheck;

// Step 2: where the images and the chart go. The registry (address, http/https, TLS trust by a
// CA file or, warned about, none), the repository (charts-syncer's containerRepository), the
// account (robot$name works; the password lives only in the session's SecretStore), and the
// chart target (Harbor chart repository, OCI, a local directory, none). Every field edits the
// draft plan at once; the plan's own validation is shown under each field and decides whether
// the page is complete. "Test connection" runs the engine's registry preflight in the
// background (RegistryCheck) and shows its findings line by line; an edit drops a test that is
// running and starts it again, and makes a finished one "not tested yet" again. A test is not
// required: the engine checks the registry again before it pushes anything.
class RegistryPage final : public WizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegistryPage)

public:
    explicit RegistryPage(WizardSession *session, QWidget *parent = nullptr);
    ~RegistryPage() override;

    void initializePage() override;
    bool isComplete() const override;

protected:
    void retranslateUi() override;

private:
    QWidget *buildRegistryGroup();
    QWidget *buildAccountGroup();
    QWidget *buildChartGroup();
    QWidget *buildCheckGroup();
    void connectFields();

    // Applies `change` to the draft; the chart repository URL follows (ChartRepoUrl).
    void edit(const std::function<void(UpgradePlan &)> &change);
    void splitSchemeFromAddress();
    void showDraft();
    void showProblems();
    void showChartRepoPlaceholder();
    void setPassword(const QString &password);
    void browseCaFile();
    void browseLocalChartPath();
    void publishChartToOci();

    void startCheck();
    void onDraftOrPasswordChanged();
    void showCheckState();
    QByteArray checkFingerprint() const;

    QLabel *m_intro = nullptr;
    QGroupBox *m_registryGroup = nullptr;
    QLabel *m_addressLabel = nullptr;
    QComboBox *m_schemeCombo = nullptr;
    QLineEdit *m_addressEdit = nullptr;
    QLabel *m_caLabel = nullptr;
    QLineEdit *m_caEdit = nullptr;
    QPushButton *m_caBrowse = nullptr;
    QCheckBox *m_insecureCheck = nullptr;
    QLabel *m_insecureWarning = nullptr;
    QLabel *m_repositoryLabel = nullptr;
    QLineEdit *m_repositoryEdit = nullptr;
    QLabel *m_repositoryHelp = nullptr;
    QCheckBox *m_createProjectCheck = nullptr;

    QGroupBox *m_accountGroup = nullptr;
    QLabel *m_userLabel = nullptr;
    QLineEdit *m_userEdit = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLineEdit *m_passwordEdit = nullptr;
    QToolButton *m_showPassword = nullptr;
    QLabel *m_passwordNote = nullptr;
    QLabel *m_passwordProblem = nullptr;

    QGroupBox *m_chartGroup = nullptr;
    QLabel *m_chartTargetLabel = nullptr;
    QComboBox *m_chartTargetCombo = nullptr;
    QFormLayout *m_chartForm = nullptr;
    QLabel *m_chartRepoLabel = nullptr;
    QLineEdit *m_chartRepoEdit = nullptr;
    QLabel *m_localPathLabel = nullptr;
    QWidget *m_localPathRow = nullptr;
    QLineEdit *m_localPathEdit = nullptr;
    QPushButton *m_localPathBrowse = nullptr;

    QGroupBox *m_checkGroup = nullptr;
    QPushButton *m_testButton = nullptr;
    QPushButton *m_stopTestButton = nullptr;
    QProgressBar *m_checkBusy = nullptr;
    QLabel *m_checkStatus = nullptr;
    QLabel *m_checkLines = nullptr;
    ErrorPanel *m_checkError = nullptr;
    QPushButton *m_useOciButton = nullptr;

    FieldProblems *m_problems = nullptr;
    RegistryCheck *m_check = nullptr;
    // What the running or last finished test was about (registry settings and a hash of the
    // password, never the password): an edit that changes it restarts or drops the result.
    QByteArray m_checkedFingerprint;
    bool m_checkStale = false;
};

} // namespace DceUpgrade::Wizard
