#include "UpgradeWizard.h"

#include "BundlePage.h"
#include "FinishPage.h"
#include "HelpLinkButton.h"
#include "HelpTopic.h"
#include "HelpWindow.h"
#include "PageId.h"
#include "RegistryPage.h"
#include "ReviewPage.h"
#include "RunPage.h"
#include "StepSidebar.h"
#include "SyncPage.h"
#include "UpgradePage.h"
#include "WelcomePage.h"
#include "WizardSession.h"

#include <QCloseEvent>
#include <QEvent>
#include <QIcon>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>

namespace DceUpgrade::Wizard {

UpgradeWizard::UpgradeWizard(WizardSession *session, QWidget *parent)
    : QWizard(parent)
    , m_session(session)
    , m_sidebar(new StepSidebar(this))
    , m_help(new HelpWindow(this))
{
    setObjectName(QStringLiteral("upgradeWizard"));
    const QIcon icon(QStringLiteral(":/icons/io.daocloud.DceUpgradeWizard.svg"));
    setWindowIcon(icon);
    setWizardStyle(QWizard::ModernStyle);
    setPixmap(QWizard::LogoPixmap, icon.pixmap(48, 48));
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton, true);
    setSideWidget(m_sidebar);
    setMinimumSize(900, 620);
    resize(1040, 720);

    setPage(pageIndex(PageId::Welcome), new WelcomePage(m_session, this));
    setPage(pageIndex(PageId::Bundle), new BundlePage(m_session, this));
    setPage(pageIndex(PageId::Registry), new RegistryPage(m_session, this));
    setPage(pageIndex(PageId::Sync), new SyncPage(m_session, this));
    setPage(pageIndex(PageId::Upgrade), new UpgradePage(m_session, this));
    setPage(pageIndex(PageId::Review), new ReviewPage(m_session, this));
    setPage(pageIndex(PageId::Run), new RunPage(m_session, this));
    setPage(pageIndex(PageId::Finish), new FinishPage(m_session, this));
    setStartId(pageIndex(PageId::Welcome));

    connect(this, &QWizard::currentIdChanged, m_sidebar, &StepSidebar::setCurrent);
    connect(this, &QWizard::currentIdChanged, this, &UpgradeWizard::nameLogo);

    // Help: the button, F1 anywhere in the wizard, and every "Help on this error" of the pages
    // (all built above, with their pages). An open help window follows the page shown.
    connect(this, &QWizard::helpRequested, this, [this] { showHelp({}); });
    auto *helpKey = new QShortcut(QKeySequence::HelpContents, this);
    helpKey->setContext(Qt::WindowShortcut);
    connect(helpKey, &QShortcut::activated, this, [this] { showHelp({}); });
    for (HelpLinkButton *link : findChildren<HelpLinkButton *>()) {
        connect(link, &HelpLinkButton::helpRequested, this, &UpgradeWizard::showHelp);
    }
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (m_help->isVisible() && id >= 0) {
            m_help->showTopic(HelpTopic::of(static_cast<PageId>(id)));
        }
    });
    for (const int id : pageIds()) {
        if (WizardPage *page = wizardPage(id)) {
            connect(page, &WizardPage::workEnded, this, [this] {
                if (m_closeWhenIdle) {
                    m_closeWhenIdle = false;
                    close();
                }
            });
        }
    }
    retranslateUi();
}

UpgradeWizard::~UpgradeWizard() = default;

WizardPage *UpgradeWizard::wizardPage(int id) const
{
    return qobject_cast<WizardPage *>(page(id));
}

void UpgradeWizard::showHelp(const HelpTopic &topic)
{
    // Shown before the text is set, so that the anchor scrolls in a laid-out view.
    m_help->show();
    m_help->raise();
    m_help->activateWindow();
    m_help->showTopic(topic.isEmpty() && currentId() >= 0
            ? HelpTopic::of(static_cast<PageId>(currentId()))
            : topic);
}

void UpgradeWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWizard::changeEvent(event);
}

void UpgradeWizard::retranslateUi()
{
    const QString title = tr("DCE 5.0 Offline Upgrade", "@title:window");
    setWindowTitle(m_session->isDemo() ? tr("%1 (demo)", "@title:window").arg(title) : title);
    // Set here rather than left to Qt's own catalogue, so they follow the language switch even
    // where qtbase_zh_CN.qm is not installed. Back and Browse must not share a mnemonic: Back
    // has none (Alt+Left is the platform's way back), Next keeps Alt+N.
    setButtonText(QWizard::BackButton, tr("< Back", "@action"));
    setButtonText(QWizard::NextButton, tr("&Next >", "@action"));
    setButtonText(QWizard::CommitButton, tr("&Start", "@action"));
    setButtonText(QWizard::FinishButton, tr("&Close", "@action"));
    setButtonText(QWizard::CancelButton, tr("Cancel", "@action"));
    // No mnemonic: F1 is the key for help, and the pages' fields need their letters.
    setButtonText(QWizard::HelpButton, tr("Help", "@action"));
    button(QWizard::HelpButton)->setToolTip(tr("Help on this page (F1)", "@info:tooltip"));
    nameLogo();
}

void UpgradeWizard::nameLogo()
{
    // The header's logo is a QLabel with a picture and no text: a screen reader needs a name.
    // QWizard gives the label its picture only when it lays a page out, hence also on each
    // page change.
    const qint64 logo = pixmap(QWizard::LogoPixmap).cacheKey();
    for (QLabel *label : findChildren<QLabel *>()) {
        if (label->text().isEmpty() && label->pixmap().cacheKey() == logo) {
            label->setAccessibleName(tr("DCE 5.0 Offline Upgrade logo", "@info"));
        }
    }
}

bool UpgradeWizard::mayClose()
{
    WizardPage *page = wizardPage(currentId());
    if (!page || !page->isWorking()) {
        return true;
    }
    if (m_closeWhenIdle) {
        return false; // already asked and stopping
    }
    if (m_askingToStop) {
        return false;
    }
    // Asked without a nested event loop: the worker's events keep arriving behind the question.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Stop the upgrade?", "@title:window"),
        tr("The upgrade is still running. Closing stops it safely: a running helm upgrade is "
           "allowed to finish or roll back, then the window closes."),
        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("stopAndCloseQuestion"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *stop
        = box->addButton(tr("&Stop and close", "@action"), QMessageBox::DestructiveRole);
    QPushButton *keep = box->addButton(tr("&Keep running", "@action"), QMessageBox::RejectRole);
    box->setDefaultButton(keep);
    box->setEscapeButton(keep);
    m_askingToStop = true;
    connect(box, &QMessageBox::finished, this, [this, box, stop] {
        m_askingToStop = false;
        WizardPage *working = wizardPage(currentId());
        if (box->clickedButton() != stop || !working) {
            return;
        }
        if (!working->isWorking()) {
            close(); // it ended while the question was open
            return;
        }
        m_closeWhenIdle = true;
        working->requestStop();
    });
    box->open();
    return false;
}

void UpgradeWizard::reject()
{
    if (mayClose()) {
        QWizard::reject();
    }
}

void UpgradeWizard::closeEvent(QCloseEvent *event)
{
    if (!mayClose()) {
        event->ignore();
        return;
    }
    QWizard::closeEvent(event);
}

} // namespace DceUpgrade::Wizard
