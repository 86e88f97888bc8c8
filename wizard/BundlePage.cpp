#include "BundlePage.h"

#include "ErrorHelp.h"
#include "ErrorPanel.h"
#include "PackageLoader.h"
#include "PackageModuleView.h"
#include "PackageSummary.h"
#include "PackageTree.h"
#include "WizardSession.h"
#include "WizardSettings.h"

#include "util/DataSize.h"

#include <QAction>
#include <QCompleter>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemModel>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStandardPaths>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace DceUpgrade::Wizard {

namespace {

constexpr int CheckBarSteps = 1000;

QString expandHome(const QString &path)
{
    if (path == QLatin1String("~") || path.startsWith(QLatin1String("~/"))) {
        return QDir::homePath() + path.mid(1);
    }
    return path;
}

QCompleter *makePathCompleter(QObject *parent)
{
    auto *model = new QFileSystemModel(parent);
    model->setRootPath(QString());
    model->setFilter(QDir::AllDirs | QDir::Files | QDir::NoDotAndDotDot);
    auto *completer = new QCompleter(model, parent);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    return completer;
}

// The one file or folder a drag carries from a file manager, or empty: several items or a
// remote URL are refused while dragging, so the cursor says so before the drop. A folder is
// read as a package when it is an unpacked bundle or holds one package (PackageDirectory).
QString draggedFile(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls()) {
        return {};
    }
    const QList<QUrl> urls = mime->urls();
    if (urls.size() != 1 || !urls.first().isLocalFile()) {
        return {};
    }
    const QString path = urls.first().toLocalFile();
    return QFileInfo(path).isFile() || QFileInfo(path).isDir() ? path : QString();
}

PackageSummary::Verdict verdictOf(PackageVerifier::Outcome outcome)
{
    switch (outcome) {
    case PackageVerifier::Outcome::Verified:
        return PackageSummary::Verdict::Verified;
    case PackageVerifier::Outcome::Mismatch:
        return PackageSummary::Verdict::Mismatch;
    case PackageVerifier::Outcome::Failed:
        return PackageSummary::Verdict::Failed;
    case PackageVerifier::Outcome::Canceled:
        return PackageSummary::Verdict::Canceled;
    }
    return PackageSummary::Verdict::Failed;
}

bool blocksNext(PackageSummary::Verdict verdict)
{
    return verdict == PackageSummary::Verdict::Mismatch
        || verdict == PackageSummary::Verdict::Failed;
}

} // namespace

BundlePage::BundlePage(WizardSession *session, QWidget *parent)
    : WizardPage(session, PageId::Bundle, parent)
    , m_session(session)
    , m_loader(new PackageLoader(this))
    , m_verifier(new PackageVerifier(this))
    , m_pathLabel(new QLabel(this))
    , m_pathEdit(new QLineEdit(this))
    , m_browseButton(new QPushButton(this))
    , m_folderButton(new QPushButton(this))
    , m_recentButton(new QPushButton(this))
    , m_recentMenu(new QMenu(m_recentButton))
    , m_busy(new QWidget(this))
    , m_busyBar(new QProgressBar(m_busy))
    , m_busyLabel(new QLabel(m_busy))
    , m_error(new ErrorPanel(this))
    , m_module(new PackageModuleView(this))
    , m_summary(new PackageSummary(this))
    , m_checkRow(new QWidget(this))
    , m_verifyLayersButton(new QPushButton(m_checkRow))
    , m_checkAgainButton(new QPushButton(m_checkRow))
    , m_checkBar(new QProgressBar(m_checkRow))
    , m_checkLabel(new QLabel(m_checkRow))
    , m_stopButton(new QPushButton(m_checkRow))
    , m_tree(new PackageTree(this))
    , m_emptyHint(new QLabel(this))
{
    setObjectName(QStringLiteral("bundlePage"));
    m_pathEdit->setObjectName(QStringLiteral("packagePath"));
    m_browseButton->setObjectName(QStringLiteral("browseButton"));
    m_folderButton->setObjectName(QStringLiteral("folderButton"));
    m_recentButton->setObjectName(QStringLiteral("recentButton"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    m_busy->setObjectName(QStringLiteral("busyIndicator"));
    m_busyBar->setObjectName(QStringLiteral("busyBar"));
    m_checkRow->setObjectName(QStringLiteral("checkRow"));
    m_verifyLayersButton->setObjectName(QStringLiteral("verifyLayersButton"));
    m_checkAgainButton->setObjectName(QStringLiteral("checkAgainButton"));
    m_checkBar->setObjectName(QStringLiteral("checkProgress"));
    m_checkLabel->setObjectName(QStringLiteral("checkStatus"));
    m_stopButton->setObjectName(QStringLiteral("stopCheckButton"));
    m_emptyHint->setObjectName(QStringLiteral("emptyHint"));

    // Files dropped anywhere on the page are taken; the field would only paste the URL's text.
    setAcceptDrops(true);
    m_pathEdit->setAcceptDrops(false);

    m_pathLabel->setBuddy(m_pathEdit);
    m_pathEdit->setClearButtonEnabled(true);
    m_pathEdit->setCompleter(makePathCompleter(m_pathEdit));
    m_pathEdit->setText(m_session->packagePath());

    m_recentButton->setMenu(m_recentMenu);

    m_busyBar->setRange(0, 0);
    m_busyBar->setTextVisible(false);
    m_busyBar->setMaximumWidth(160);
    auto *busyLayout = new QHBoxLayout(m_busy);
    busyLayout->setContentsMargins(0, 0, 0, 0);
    busyLayout->addWidget(m_busyBar);
    busyLayout->addWidget(m_busyLabel, 1);
    m_busy->hide();

    m_checkBar->setRange(0, CheckBarSteps);
    m_checkBar->setMaximumWidth(160);
    m_checkLabel->setTextFormat(Qt::PlainText);
    auto *checkLayout = new QHBoxLayout(m_checkRow);
    checkLayout->setContentsMargins(0, 0, 0, 0);
    checkLayout->addWidget(m_verifyLayersButton);
    checkLayout->addWidget(m_checkAgainButton);
    checkLayout->addWidget(m_checkBar);
    checkLayout->addWidget(m_checkLabel, 1);
    checkLayout->addWidget(m_stopButton);
    checkLayout->addStretch(0);

    m_emptyHint->setWordWrap(true);
    m_emptyHint->setForegroundRole(QPalette::PlaceholderText);
    m_emptyHint->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_tree->hide();

    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_pathLabel);
    pathRow->addWidget(m_pathEdit, 1);
    pathRow->addWidget(m_browseButton);
    pathRow->addWidget(m_folderButton);
    pathRow->addWidget(m_recentButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(pathRow);
    layout->addWidget(m_busy);
    layout->addWidget(m_error);
    layout->addWidget(m_module);
    layout->addWidget(m_summary);
    layout->addWidget(m_checkRow);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_emptyHint, 1);
    // Takes the free space while neither the tree nor the hint is shown (reading, error), so
    // the busy indicator and the error panel stay at the top at their natural height.
    layout->addStretch(0);

    // The tab order is the order of creation above: field, Browse, Folder, Recent, the error,
    // the module of the package (or why it cannot be upgraded), the summary's values, the check
    // buttons, the tree.

    connect(m_browseButton, &QPushButton::clicked, this, &BundlePage::browse);
    connect(m_folderButton, &QPushButton::clicked, this, &BundlePage::browseFolder);
    connect(m_pathEdit, &QLineEdit::returnPressed, this, [this] {
        // Enter reads again even when the path did not change (the file may have been replaced).
        const QString before = m_session->packagePath();
        choosePath(m_pathEdit->text());
        if (!before.isEmpty() && m_session->packagePath() == before) {
            startReading();
        }
    });
    connect(
        m_pathEdit, &QLineEdit::editingFinished, this, [this] { choosePath(m_pathEdit->text()); });
    connect(m_verifyLayersButton, &QPushButton::clicked, this,
        [this] { startCheck(PackageVerifier::Check::Layers); });
    connect(m_checkAgainButton, &QPushButton::clicked, this,
        [this] { startCheck(PackageVerifier::Check::Checksum); });
    connect(m_stopButton, &QPushButton::clicked, m_verifier, &PackageVerifier::cancel);

    connect(m_session, &WizardSession::packagePathChanged, this, [this](const QString &path) {
        if (QFileInfo(expandHome(m_pathEdit->text().trimmed())).absoluteFilePath() != path) {
            m_pathEdit->setText(path);
        }
        startReading();
    });
    connect(m_session, &WizardSession::packageChanged, this, &BundlePage::onPackageChanged);
    connect(m_session, &WizardSession::profileChanged, this, [this] {
        retranslateUi();
        m_module->showPackage(m_session->package().get(), m_session->profile());
        updateComplete();
    });

    connect(m_loader, &PackageLoader::loaded, this, &BundlePage::onPackageLoaded);
    connect(m_loader, &PackageLoader::failed, this,
        [this](const QString &path, const QString &code, const QString &message,
            const QString &hint) { showError(path, code, message, hint); });
    connect(m_verifier, &PackageVerifier::finished, this, &BundlePage::onCheckFinished);
    connect(m_verifier, &PackageVerifier::progressChanged, this, &BundlePage::showCheckProgress);

    retranslateUi();
    if (m_session->hasPackage()) {
        onPackageChanged();
    } else if (!m_session->packagePath().isEmpty()) {
        startReading();
    } else {
        showPackage();
    }
}

BundlePage::~BundlePage() = default;

bool BundlePage::isComplete() const
{
    return m_session->hasPackage() && !isBusy() && !m_module->blocksNext()
        && !blocksNext(m_summary->checksumVerdict()) && !blocksNext(m_summary->layersVerdict());
}

bool BundlePage::isBusy() const
{
    return m_loader->isBusy() || m_verifier->isBusy();
}

bool BundlePage::isVerifying() const
{
    return m_verifier->isBusy();
}

void BundlePage::changeEvent(QEvent *event)
{
    // An Error is translated when it is raised: redo what raised it, so it speaks the new
    // language. A verdict stays until its check has run again (Next stays disabled meanwhile).
    if (event->type() == QEvent::LanguageChange && !m_error->isHidden() && !m_verifier->isBusy()) {
        switch (m_errorSource) {
        case ErrorSource::Reading:
            startReading();
            break;
        case ErrorSource::Checksum:
            startCheck(PackageVerifier::Check::Checksum);
            break;
        case ErrorSource::Layers:
            startCheck(PackageVerifier::Check::Layers);
            break;
        case ErrorSource::None:
            break;
        }
    }
    WizardPage::changeEvent(event);
}

void BundlePage::retranslateUi()
{
    const QString module = m_session->profile().displayName();
    setTitle(tr("Offline package", "@title"));
    if (m_session->isModuleKnown()) {
        //: %1: the module's name, such as 微服务引擎 (Microservice Engine)
        setSubTitle(tr("Choose the %1 offline package you downloaded, or drop it here. Its "
                       "charts and images are shown without unpacking anything.")
                        .arg(module));
    } else {
        setSubTitle(tr("Choose the offline package of the DCE module you upgrade, or drop it "
                       "here. The module is recognised from its charts, which are shown with "
                       "its images without unpacking anything."));
    }
    m_pathLabel->setText(tr("&Package file:"));
    m_pathEdit->setAccessibleName(plainLabel(m_pathLabel->text()));
    m_pathEdit->setPlaceholderText(
        tr("for example %1")
            .arg(QDir::toNativeSeparators(
                QDir::homePath() + QStringLiteral("/Downloads/skoala_v0.28.0_amd64.tar"))));
    // The field's clear button is a tool button with an icon only: give it a name.
    const QString clearText = tr("Clear the package path", "@action");
    for (QToolButton *clear : m_pathEdit->findChildren<QToolButton *>()) {
        clear->setAccessibleName(clearText);
        clear->setToolTip(clearText);
    }
    m_browseButton->setText(tr("&Browse…", "@action"));
    m_browseButton->setToolTip(tr("Choose the package file"));
    m_folderButton->setText(tr("Fol&der…", "@action"));
    m_folderButton->setToolTip(tr("Choose the folder where you unpacked a bundle with tar xvf "
                                  "(hints.yaml, images.tar, original-chart), or a folder that "
                                  "holds one package file"));
    m_recentButton->setText(tr("&Recent", "@action"));
    m_recentButton->setAccessibleName(tr("Recent packages"));
    m_recentButton->setToolTip(tr("Open one of the packages read before"));
    m_busyLabel->setText(readingText());
    m_busyBar->setAccessibleName(tr("Reading the package", "@info busy indicator"));

    m_verifyLayersButton->setText(tr("&Verify every layer", "@action"));
    m_verifyLayersButton->setToolTip(
        tr("Read each image layer in the package and compare it with its digest. Takes about as "
           "long as copying the package."));
    m_checkAgainButton->setText(tr("Check &again", "@action"));
    m_checkAgainButton->setToolTip(tr("Compare the package with its checksum file again"));
    m_stopButton->setText(tr("S&top", "@action"));
    m_stopButton->setToolTip(tr("Stop the check; the package stays open"));
    m_checkBar->setAccessibleName(tr("Check progress"));
    showCheckProgress();
    fillRecentMenu();

    m_emptyHint->setText(
        tr("The package is read in place: only its table of contents, the chart and the image "
           "manifests are read, so even a package of several gigabytes opens in seconds and "
           "needs no free disk space.\n\nIf a .sha512sum file was published with the package, "
           "keep it in the same folder: the package is compared with it as soon as it is "
           "read.\n\nYou can also drop the package file onto this page, or choose or drop the "
           "folder where you unpacked a bundle with tar xvf."));
}

QString BundlePage::readingText() const
{
    return tr("Reading %1…", "@status").arg(QFileInfo(m_session->packagePath()).fileName());
}

void BundlePage::dragEnterEvent(QDragEnterEvent *event)
{
    if (!draggedFile(event->mimeData()).isEmpty()) {
        event->acceptProposedAction();
    }
}

void BundlePage::dropEvent(QDropEvent *event)
{
    const QString path = draggedFile(event->mimeData());
    if (path.isEmpty()) {
        return;
    }
    event->acceptProposedAction();
    const QString before = m_session->packagePath();
    choosePath(path);
    // Dropping the same file again reads it again, like Enter in the field.
    if (m_session->packagePath() == before) {
        startReading();
    }
}

void BundlePage::browse()
{
    auto *dialog = new QFileDialog(this, tr("Choose the offline package", "@title:window"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("packageDialog"));
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    const QStringList filters = fileDialogFilters();
    dialog->setNameFilters(filters);
    // Every module's name forms make a long pattern: the filter list shows the names only.
    dialog->setOption(QFileDialog::HideNameFilterDetails, !m_session->isModuleKnown());
    // Qt's own dialog hides what the filter does not match and then refuses a typed path to
    // such a file ("Open" stays disabled): list those files greyed out instead, so a typed
    // path to any existing file is accepted.
    if (auto *model = dialog->findChild<QFileSystemModel *>()) {
        model->setNameFilterDisables(true);
    }
    const QString current = m_session->packagePath();
    if (current.isEmpty()) {
        dialog->setDirectory(QStandardPaths::writableLocation(QStandardPaths::DownloadLocation));
    } else {
        dialog->setDirectory(QFileInfo(current).absolutePath());
        dialog->selectFile(current);
    }
    // open(), not exec(): window-modal without a nested event loop.
    connect(dialog, &QFileDialog::fileSelected, this, &BundlePage::choosePath);
    dialog->open();
}

QStringList BundlePage::fileDialogFilters() const
{
    QStringList filters;
    if (m_session->isModuleKnown()) {
        const ModuleProfile &profile = m_session->profile();
        // Tar archives first: a package renamed on the way (skoala-offline.tar) is still listed.
        filters.append(tr("Tar archives (*.tar)"));
        if (!profile.packageGlob.isEmpty()) {
            //: %1: the module's name, such as 微服务引擎 (Microservice Engine)
            filters.append(tr("%1 packages (%2)").arg(profile.displayName(), profile.packageGlob));
        }
    } else {
        // No module chosen: the package says which it is, so every module's names are listed.
        QStringList globs;
        for (const ModuleProfile &profile : ModuleProfile::allBuiltIn()) {
            for (const QString &glob : profile.packageNames) {
                if (!globs.contains(glob)) {
                    globs.append(glob);
                }
            }
        }
        filters.append(tr("DCE module packages (%1)").arg(globs.join(QLatin1Char(' '))));
        filters.append(tr("Tar archives (*.tar)"));
    }
    filters.append(tr("All files (*)"));
    return filters;
}

void BundlePage::browseFolder()
{
    auto *dialog
        = new QFileDialog(this, tr("Choose the folder of an unpacked bundle", "@title:window"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("packageFolderDialog"));
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    const QString current = m_session->packagePath();
    dialog->setDirectory(current.isEmpty()
            ? QStandardPaths::writableLocation(QStandardPaths::DownloadLocation)
            : QFileInfo(current).absolutePath());
    // open(), not exec(): window-modal without a nested event loop.
    connect(dialog, &QFileDialog::fileSelected, this, &BundlePage::choosePath);
    dialog->open();
}

void BundlePage::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = WizardSettings::recentPackages();
    const QFontMetrics metrics(m_recentMenu->font());
    int number = 0;
    for (const QString &path : recent) {
        const QFileInfo info(path);
        // File names may hold '&': doubled, so they are not taken for mnemonics.
        QString name = info.fileName();
        name.replace(QLatin1Char('&'), QLatin1String("&&"));
        QString folder = metrics.elidedText(
            QDir::toNativeSeparators(info.absolutePath()), Qt::ElideMiddle, 360);
        folder.replace(QLatin1Char('&'), QLatin1String("&&"));
        ++number;
        // Numbered 1-8 so each entry has its own mnemonic.
        QString text
            = tr("&%1  %2 (in %3)", "number, file name, folder").arg(number).arg(name, folder);
        const bool exists = info.isFile() || info.isDir(); // a package or an unpacked bundle
        if (!exists) {
            text = tr("%1 (missing)", "a recent package that is no longer there").arg(text);
        }
        QAction *action = m_recentMenu->addAction(text);
        action->setData(path);
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setEnabled(exists);
        connect(action, &QAction::triggered, this, [this, path] {
            const QString before = m_session->packagePath();
            choosePath(path);
            if (m_session->packagePath() == before) {
                startReading();
            }
        });
    }
    m_recentMenu->setToolTipsVisible(true);
    m_recentButton->setEnabled(!recent.isEmpty());
}

void BundlePage::choosePath(const QString &path)
{
    m_session->setPackagePath(expandHome(path.trimmed()));
}

void BundlePage::startReading()
{
    m_error->clear();
    m_errorSource = ErrorSource::None;
    m_session->setPackage(nullptr);
    onPackageChanged();
    const QString path = m_session->packagePath();
    if (path.isEmpty()) {
        setBusy(false);
        showPackage();
        return;
    }
    m_loader->start(path);
    setBusy(true);
}

void BundlePage::onPackageChanged()
{
    const std::shared_ptr<const Package> &package = m_session->package();
    if (package != m_checkedPackage) {
        m_checkedPackage = package;
        {
            // A check of the previous package ends here, unreported: its verdict is moot.
            const QSignalBlocker blocker(m_verifier);
            m_verifier->cancel();
        }
        if (m_errorSource == ErrorSource::Checksum || m_errorSource == ErrorSource::Layers) {
            m_error->clear();
            m_errorSource = ErrorSource::None;
        }
        m_module->showPackage(package.get(), m_session->profile());
        m_summary->showPackage(package);
        m_tree->showPackage(package);
        if (package && package->checksum) {
            startCheck(PackageVerifier::Check::Checksum);
        }
    }
    showPackage();
}

void BundlePage::onPackageLoaded(const QString &path, std::shared_ptr<const Package> package)
{
    if (path != m_session->packagePath()) {
        return;
    }
    setBusy(false);
    WizardSettings::addRecentPackage(path);
    fillRecentMenu();
    // The package names its module: the wizard switches to it before the pages see the package,
    // so they show that module's releases. One this version does not upgrade changes nothing.
    const PackageModule module = PackageModule::of(*package);
    std::optional<ModuleProfile> chosenBefore;
    bool releasesCleared = false;
    if (module.kind() == PackageModule::Kind::Supported) {
        const bool chosen = m_session->moduleOrigin() == WizardSession::ModuleOrigin::Chosen;
        if (chosen) {
            chosenBefore = m_session->profile();
        }
        // A choice the package confirms stays a choice.
        const bool confirmed = chosen && module.profile()->id == m_session->profile().id;
        releasesCleared = m_session->setProfile(*module.profile(),
            confirmed ? WizardSession::ModuleOrigin::Chosen
                      : WizardSession::ModuleOrigin::Recognised);
    }
    m_session->setPackage(std::move(package));
    m_module->setSwitchedFrom(chosenBefore, releasesCleared);
    updateComplete();
}

void BundlePage::showPackage()
{
    const auto &package = m_session->package();
    m_tree->setVisible(package != nullptr);
    m_emptyHint->setVisible(!package && !m_loader->isBusy() && m_error->isHidden());
    updateCheckRow();
    updateComplete();
}

void BundlePage::showError(
    const QString &path, const QString &code, const QString &message, const QString &hint)
{
    if (path != m_session->packagePath()) {
        return;
    }
    setBusy(false);
    m_errorSource = ErrorSource::Reading;
    m_emptyHint->hide();
    m_error->showError(message, hint, ErrorHelp::topicFor(code));
    updateComplete();
}

void BundlePage::setBusy(bool busy)
{
    // The path stays editable: choosing another package abandons the read in progress.
    m_busyLabel->setText(readingText());
    m_busy->setVisible(busy);
    if (busy) {
        m_emptyHint->hide();
    }
    updateComplete();
}

void BundlePage::updateComplete()
{
    // Only on a real change: QWizard hides and shows the whole page to update its buttons,
    // which a screen reader hears as every control disappearing and coming back.
    const bool complete = isComplete();
    if (complete != m_complete) {
        m_complete = complete;
        emit completeChanged();
    }
}

void BundlePage::startCheck(PackageVerifier::Check check)
{
    const std::shared_ptr<const Package> &package = m_session->package();
    if (!package || (check == PackageVerifier::Check::Checksum && !package->checksum)) {
        return;
    }
    const ErrorSource source
        = check == PackageVerifier::Check::Checksum ? ErrorSource::Checksum : ErrorSource::Layers;
    if (m_errorSource == source) {
        m_error->clear();
        m_errorSource = ErrorSource::None;
    }
    if (check == PackageVerifier::Check::Checksum) {
        m_summary->setChecksumVerdict(PackageSummary::Verdict::Checking);
    } else {
        m_summary->setLayersVerdict(PackageSummary::Verdict::Checking);
    }
    m_verifier->start(check, package);
    showCheckProgress();
    updateCheckRow();
    updateComplete();
}

void BundlePage::onCheckFinished(const PackageVerifier::Result &result)
{
    const PackageSummary::Verdict verdict = verdictOf(result.outcome);
    if (result.check == PackageVerifier::Check::Checksum) {
        m_summary->setChecksumVerdict(verdict, result.bytes);
    } else {
        m_summary->setLayersVerdict(verdict, result.bytes);
    }
    updateCheckRow();
    if (blocksNext(verdict)) {
        m_errorSource = result.check == PackageVerifier::Check::Checksum ? ErrorSource::Checksum
                                                                         : ErrorSource::Layers;
        m_emptyHint->hide();
        m_error->showError(result.message, result.hint, ErrorHelp::topicFor(result.code));
    }
    updateComplete();
}

void BundlePage::showCheckProgress()
{
    if (!m_verifier->isBusy()) {
        return;
    }
    const qint64 done = m_verifier->bytesDone();
    const qint64 total = m_verifier->bytesTotal();
    m_checkBar->setValue(total > 0 ? static_cast<int>(done * CheckBarSteps / total) : 0);
    const QString amount
        = tr("%1 of %2", "bytes done of bytes in all").arg(dataSize(done), dataSize(total));
    QString text;
    if (m_verifier->check() == PackageVerifier::Check::Checksum) {
        const auto &package = m_session->package();
        text = tr("Checking the %1 checksum: %2", "@status algorithm, amount")
                   .arg(package && package->checksum ? package->checksum->algorithmName()
                                                     : QString(),
                       amount);
    } else {
        text = tr("Checking every layer: %1", "@status amount").arg(amount);
    }
    m_checkLabel->setText(text);
    m_checkBar->setAccessibleDescription(text);
}

void BundlePage::updateCheckRow()
{
    const auto &package = m_session->package();
    const bool running = m_verifier->isBusy();
    m_checkRow->setVisible(package != nullptr);
    m_checkBar->setVisible(running);
    m_checkLabel->setVisible(running);
    m_stopButton->setVisible(running);
    m_verifyLayersButton->setEnabled(package && !running);
    const PackageSummary::Verdict checksum = m_summary->checksumVerdict();
    m_checkAgainButton->setVisible(package && package->checksum && !running
        && (checksum == PackageSummary::Verdict::Canceled
            || checksum == PackageSummary::Verdict::Failed));
}

} // namespace DceUpgrade::Wizard
