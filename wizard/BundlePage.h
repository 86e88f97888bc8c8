#pragma once

#include "WizardPage.h"

class QEvent;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace DceUpgrade::Wizard {

class ErrorPanel;
class PackageLoader;
class PackageSummary;
class PackageTree;
class WizardSession;

// Step 1: choose the offline package (path field or file dialog) and see what it holds without
// unpacking it. Reading runs on a pool thread (PackageLoader) behind a busy indicator; a package
// that cannot be read is explained inline. Complete once the session holds a package.
class BundlePage final : public WizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BundlePage)

public:
    explicit BundlePage(WizardSession *session, QWidget *parent = nullptr);
    ~BundlePage() override;

    bool isComplete() const override;
    bool isBusy() const;

protected:
    void changeEvent(QEvent *event) override;
    void retranslateUi() override;

private:
    QString readingText() const;
    void browse();
    void choosePath(const QString &path);
    void startReading();
    void showPackage();
    void showError(const QString &path, const QString &message, const QString &hint);
    void setBusy(bool busy);

    WizardSession *m_session = nullptr; // session(), kept for brevity
    PackageLoader *m_loader = nullptr;
    QLabel *m_pathLabel = nullptr;
    QLineEdit *m_pathEdit = nullptr;
    QPushButton *m_browseButton = nullptr;
    QWidget *m_busy = nullptr;
    QProgressBar *m_busyBar = nullptr;
    QLabel *m_busyLabel = nullptr;
    ErrorPanel *m_error = nullptr;
    PackageSummary *m_summary = nullptr;
    PackageTree *m_tree = nullptr;
    QLabel *m_emptyHint = nullptr;
};

} // namespace DceUpgrade::Wizard
