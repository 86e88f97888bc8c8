#pragma once

#include "PasswordKeyring.h"
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
    // Leaving forward: with "Remember the password" ticked, the password goes to the keyring.
    bool validatePage() override;

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

    // The system keyring (PasswordKeyring): looked up for user@address when the page shows or
    // either changes; written when the page is left with the box ticked; unticking deletes.
    QString keyringKey() const;
    void lookUpKeyring();
    void onKeyringRead(const QString &key, PasswordKeyring::Result result, const QString &password,
        const QString &message);
    void onRememberToggled(bool remember);
    // What the keyring last did, said under the checkbox (rebuilt on a language change).
    enum class KeyringNote { None, Filled, Stored, Removed, Failed };
    void noteKeyring(KeyringNote note, const QString &message = {});
    void showKeyringState();

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
    QCheckBox *m_rememberPassword = nullptr;
    QLabel *m_keyringStatus = nullptr;

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

    PasswordKeyring *m_keyring = nullptr;
    // The key of the last lookup, and whether the password shown came from the keyring under
    // it (then a change of user or address may replace it with that key's own).
    QString m_keyringLookupKey;
    bool m_passwordFromKeyring = false;
    // Whether the box was ticked by a lookup (not by the user).
    bool m_rememberFromKeyring = false;
    // Whether a keyring service answered the last lookup (the checkbox is disabled when not).
    bool m_keyringAvailable = true;
    KeyringNote m_keyringNote = KeyringNote::None;
    QString m_keyringMessage;
};

} // namespace DceUpgrade::Wizard
