#include "RunPage.h"

namespace DceUpgrade::Wizard {

RunPage::RunPage(WizardSession *session, QWidget *parent)
    : WizardPage(session, PageId::Run, parent)
{
    setObjectName(QStringLiteral("runPage"));
    retranslateUi();
}

RunPage::~RunPage() = default;

void RunPage::retranslateUi()
{
    setTitle(tr("Run", "@title"));
}

} // namespace DceUpgrade::Wizard
