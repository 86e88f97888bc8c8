#include "RegistryPage.h"

namespace DceUpgrade::Wizard {

RegistryPage::RegistryPage(WizardSession *session, QWidget *parent)
    : WizardPage(session, PageId::Registry, parent)
{
    setObjectName(QStringLiteral("registryPage"));
    retranslateUi();
}

RegistryPage::~RegistryPage() = default;

void RegistryPage::retranslateUi()
{
    setTitle(tr("Registry", "@title"));
}

} // namespace DceUpgrade::Wizard
