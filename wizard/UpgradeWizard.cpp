#include "UpgradeWizard.h"

#include "BundlePage.h"
#include "PageId.h"
#include "WelcomePage.h"
#include "WizardSession.h"

#include <QEvent>
#include <QIcon>

namespace DceUpgrade::Wizard {

UpgradeWizard::UpgradeWizard(WizardSession *session, QWidget *parent)
    : QWizard(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("upgradeWizard"));
    const QIcon icon(QStringLiteral(":/icons/io.daocloud.DceUpgradeWizard.svg"));
    setWindowIcon(icon);
    setWizardStyle(QWizard::ModernStyle);
    setPixmap(QWizard::LogoPixmap, icon.pixmap(48, 48));
    setOption(QWizard::NoBackButtonOnStartPage);
    setMinimumSize(720, 540);
    resize(860, 640);

    setPage(pageIndex(PageId::Welcome), new WelcomePage(m_session, this));
    setPage(pageIndex(PageId::Bundle), new BundlePage(m_session, this));
    setStartId(pageIndex(PageId::Welcome));

    retranslateUi();
}

UpgradeWizard::~UpgradeWizard() = default;

void UpgradeWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWizard::changeEvent(event);
}

void UpgradeWizard::retranslateUi()
{
    setWindowTitle(tr("DCE 5.0 Offline Upgrade", "@title:window"));
    // Set here rather than left to Qt's own catalogue, so they follow the language switch even
    // where qtbase_zh_CN.qm is not installed.
    setButtonText(QWizard::BackButton, tr("< &Back", "@action"));
    setButtonText(QWizard::NextButton, tr("&Next >", "@action"));
    setButtonText(QWizard::CommitButton, tr("&Commit", "@action"));
    setButtonText(QWizard::FinishButton, tr("&Finish", "@action"));
    setButtonText(QWizard::CancelButton, tr("Cancel", "@action"));
    setButtonText(QWizard::HelpButton, tr("&Help", "@action"));
}

} // namespace DceUpgrade::Wizard
