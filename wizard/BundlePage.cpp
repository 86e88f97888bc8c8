#include "BundlePage.h"

#include "ErrorPanel.h"
#include "PackageLoader.h"
#include "PackageSummary.h"
#include "PackageTree.h"
#include "WizardSession.h"

#include <QCompleter>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemModel>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace DceUpgrade::Wizard {

namespace {

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

} // namespace

BundlePage::BundlePage(WizardSession *session, QWidget *parent)
    : WizardPage(session, PageId::Bundle, parent)
    , m_session(session)
    , m_loader(new PackageLoader(this))
    , m_pathLabel(new QLabel(this))
    , m_pathEdit(new QLineEdit(this))
    , m_browseButton(new QPushButton(this))
    , m_busy(new QWidget(this))
    , m_busyBar(new QProgressBar(m_busy))
    , m_busyLabel(new QLabel(m_busy))
    , m_error(new ErrorPanel(this))
    , m_summary(new PackageSummary(this))
    , m_tree(new PackageTree(this))
    , m_emptyHint(new QLabel(this))
{
    setObjectName(QStringLiteral("bundlePage"));
    m_pathEdit->setObjectName(QStringLiteral("packagePath"));
    m_browseButton->setObjectName(QStringLiteral("browseButton"));
    m_busy->setObjectName(QStringLiteral("busyIndicator"));
    m_emptyHint->setObjectName(QStringLiteral("emptyHint"));

    m_pathLabel->setBuddy(m_pathEdit);
    m_pathEdit->setClearButtonEnabled(true);
    m_pathEdit->setCompleter(makePathCompleter(m_pathEdit));
    m_pathEdit->setText(m_session->packagePath());

    m_busyBar->setRange(0, 0);
    m_busyBar->setTextVisible(false);
    m_busyBar->setMaximumWidth(160);
    auto *busyLayout = new QHBoxLayout(m_busy);
    busyLayout->setContentsMargins(0, 0, 0, 0);
    busyLayout->addWidget(m_busyBar);
    busyLayout->addWidget(m_busyLabel, 1);
    m_busy->hide();

    m_emptyHint->setWordWrap(true);
    m_emptyHint->setForegroundRole(QPalette::PlaceholderText);
    m_emptyHint->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_tree->hide();

    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_pathLabel);
    pathRow->addWidget(m_pathEdit, 1);
    pathRow->addWidget(m_browseButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(pathRow);
    layout->addWidget(m_busy);
    layout->addWidget(m_error);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_emptyHint, 1);
    // Takes the free space while neither the tree nor the hint is shown (reading, error), so
    // the busy indicator and the error panel stay at the top at their natural height.
    layout->addStretch(0);

    connect(m_browseButton, &QPushButton::clicked, this, &BundlePage::browse);
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

    connect(m_session, &WizardSession::packagePathChanged, this, [this](const QString &path) {
        if (QFileInfo(expandHome(m_pathEdit->text().trimmed())).absoluteFilePath() != path) {
            m_pathEdit->setText(path);
        }
        startReading();
    });
    connect(m_session, &WizardSession::packageChanged, this, &BundlePage::showPackage);

    connect(m_loader, &PackageLoader::loaded, this,
        [this](const QString &path, std::shared_ptr<const Package> package) {
            if (path != m_session->packagePath()) {
                return;
            }
            setBusy(false);
            m_session->setPackage(std::move(package));
        });
    connect(m_loader, &PackageLoader::failed, this,
        [this](const QString &path, const QString &, const QString &message, const QString &hint) {
            showError(path, message, hint);
        });

    retranslateUi();
    if (m_session->hasPackage()) {
        showPackage();
    } else if (!m_session->packagePath().isEmpty()) {
        startReading();
    }
}

BundlePage::~BundlePage() = default;

bool BundlePage::isComplete() const
{
    return m_session->hasPackage() && !m_loader->isBusy();
}

bool BundlePage::isBusy() const
{
    return m_loader->isBusy();
}

void BundlePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        // An Error is translated when it is raised: read again so it speaks the new language.
        if (!m_error->isHidden()) {
            startReading();
        }
    }
    WizardPage::changeEvent(event);
}

void BundlePage::retranslateUi()
{
    const QString module = m_session->profile().displayName();
    setTitle(tr("Offline package", "@title"));
    setSubTitle(tr("Choose the %1 offline package you downloaded. Its charts and images are "
                   "shown without unpacking anything.")
                    .arg(module));
    m_pathLabel->setText(tr("&Package file:"));
    m_pathEdit->setPlaceholderText(
        tr("for example %1")
            .arg(QDir::toNativeSeparators(
                QDir::homePath() + QStringLiteral("/Downloads/skoala_v0.28.0_amd64.tar"))));
    m_browseButton->setText(tr("&Browse…", "@action"));
    m_browseButton->setToolTip(tr("Choose the package file"));
    m_busyLabel->setText(readingText());
    m_emptyHint->setText(
        tr("The package is read in place: only its table of contents, the chart and the image "
           "manifests are read, so even a package of several gigabytes opens in seconds and "
           "needs no free disk space.\n\nIf a .sha512sum file was published with the package, "
           "keep it in the same folder: it is checked before the upgrade starts."));
}

QString BundlePage::readingText() const
{
    return tr("Reading %1…", "@status").arg(QFileInfo(m_session->packagePath()).fileName());
}

void BundlePage::browse()
{
    auto *dialog = new QFileDialog(this, tr("Choose the offline package", "@title:window"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    const ModuleProfile &profile = m_session->profile();
    QStringList filters;
    if (!profile.packageGlob.isEmpty()) {
        filters.append(tr("%1 packages (%2)").arg(profile.displayName(), profile.packageGlob));
    }
    filters.append(tr("Tar archives (*.tar)"));
    filters.append(tr("All files (*)"));
    dialog->setNameFilters(filters);
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

void BundlePage::choosePath(const QString &path)
{
    m_session->setPackagePath(expandHome(path.trimmed()));
}

void BundlePage::startReading()
{
    m_error->clear();
    m_session->setPackage(nullptr);
    const QString path = m_session->packagePath();
    if (path.isEmpty()) {
        setBusy(false);
        showPackage();
        return;
    }
    m_loader->start(path);
    setBusy(true);
}

void BundlePage::showPackage()
{
    const auto &package = m_session->package();
    m_summary->showPackage(package);
    m_tree->showPackage(package);
    m_tree->setVisible(package != nullptr);
    m_emptyHint->setVisible(!package && !m_loader->isBusy() && m_error->isHidden());
    emit completeChanged();
}

void BundlePage::showError(const QString &path, const QString &message, const QString &hint)
{
    if (path != m_session->packagePath()) {
        return;
    }
    setBusy(false);
    m_error->showError(message, hint);
    m_emptyHint->hide();
    emit completeChanged();
}

void BundlePage::setBusy(bool busy)
{
    // The path stays editable: choosing another package abandons the read in progress.
    m_busyLabel->setText(readingText());
    m_busy->setVisible(busy);
    if (busy) {
        m_emptyHint->hide();
    }
    emit completeChanged();
}

} // namespace DceUpgrade::Wizard
