#include "UpgradePage.h"

namespace DceUpgrade::Wizard {

UpgradePage::UpgradePage(WizardSession *session, QWidget *parent)
    : WizardPage(session, PageId::Upgrade, parent)
{
    setObjectName(QStringLiteral("upgradePage"));
    retranslateUi();
}

UpgradePage::~UpgradePage() = default;

void UpgradePage::retranslateUi()
{
    setTitle(tr("Upgrade", "@title"));
}

} // namespace DceUpgrade::Wizard
