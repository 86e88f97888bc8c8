#pragma once

#include "PackageVerifier.h"
#include "WizardPage.h"

#include <memory>

class QDragEnterEvent;
class QDropEvent;
class QEvent;
class QLabel;
class QLineEdit;
class QMenu;
class QProgressBar;
class QPushButton;

namespace DceUpgrade::Wizard {

class ErrorPanel;
class PackageLoader;
class PackageModuleView;
class PackageSummary;
class PackageTree;
class WizardSession;

// Step 1: choose the offline package (path field, file dialog, drag and drop, recent packages)
// and see what it holds without unpacking it. Reading runs on a pool thread (PackageLoader)
// behind a busy indicator; then the checksum file beside the package is verified in the
// background (PackageVerifier, with progress and Stop), and "Verify every layer" compares each
// layer with its digest the same way. A package that cannot be read, a checksum mismatch or a
// damaged layer is explained inline and keeps Next disabled; a package without a checksum file
// is only a warning. The module is recognised from the package's charts (PackageModuleView):
// the wizard switches to it, or says why it cannot upgrade this package and keeps Next
// disabled. Complete once the session holds a package of the module it upgrades and no check
// runs or failed.
class BundlePage final : public WizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BundlePage)

public:
    explicit BundlePage(WizardSession *session, QWidget *parent = nullptr);
    ~BundlePage() override;

    bool isComplete() const override;
    // Reading or verifying.
    bool isBusy() const;
    bool isVerifying() const;

protected:
    void changeEvent(QEvent *event) override;
    void retranslateUi() override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    // Where the error shown comes from, so a language switch can redo just that.
    enum class ErrorSource { None, Reading, Checksum, Layers };

    QString readingText() const;
    void browse();
    void browseFolder();
    void choosePath(const QString &path);
    void startReading();
    void onPackageChanged();
    void onPackageLoaded(const QString &path, std::shared_ptr<const Package> package);
    QStringList fileDialogFilters() const;
    void showPackage();
    void showError(
        const QString &path, const QString &code, const QString &message, const QString &hint);
    void setBusy(bool busy);
    void fillRecentMenu();
    // Emits completeChanged() when isComplete() changed since the last time.
    void updateComplete();

    void startCheck(PackageVerifier::Check check);
    void onCheckFinished(const PackageVerifier::Result &result);
    void showCheckProgress();
    void updateCheckRow();

    WizardSession *m_session = nullptr; // session(), kept for brevity
    PackageLoader *m_loader = nullptr;
    PackageVerifier *m_verifier = nullptr;
    // The package the verdicts shown are about.
    std::shared_ptr<const Package> m_checkedPackage;
    ErrorSource m_errorSource = ErrorSource::None;
    bool m_complete = false;

    QLabel *m_pathLabel = nullptr;
    QLineEdit *m_pathEdit = nullptr;
    QPushButton *m_browseButton = nullptr;
    QPushButton *m_folderButton = nullptr; // a directory where a bundle was unpacked
    QPushButton *m_recentButton = nullptr;
    QMenu *m_recentMenu = nullptr;
    QWidget *m_busy = nullptr;
    QProgressBar *m_busyBar = nullptr;
    QLabel *m_busyLabel = nullptr;
    ErrorPanel *m_error = nullptr;
    PackageModuleView *m_module = nullptr;
    PackageSummary *m_summary = nullptr;
    QWidget *m_checkRow = nullptr;
    QPushButton *m_verifyLayersButton = nullptr;
    QPushButton *m_checkAgainButton = nullptr;
    QProgressBar *m_checkBar = nullptr;
    QLabel *m_checkLabel = nullptr;
    QPushButton *m_stopButton = nullptr;
    PackageTree *m_tree = nullptr;
    QLabel *m_emptyHint = nullptr;
};

} // namespace DceUpgrade::Wizard
