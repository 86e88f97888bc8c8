#include "SyncPage.h"

namespace DceUpgrade::Wizard {

SyncPage::SyncPage(WizardSession *session, QWidget *parent)
    : WizardPage(session, PageId::Sync, parent)
{
    setObjectName(QStringLiteral("syncPage"));
    retranslateUi();
}

SyncPage::~SyncPage() = default;

void SyncPage::retranslateUi()
{
    setTitle(tr("Image sync", "@title"));
}

} // namespace DceUpgrade::Wizard
