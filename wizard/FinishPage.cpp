#include "FinishPage.h"

namespace DceUpgrade::Wizard {

FinishPage::FinishPage(WizardSession *session, QWidget *parent)
    : WizardPage(session, PageId::Finish, parent)
{
    setObjectName(QStringLiteral("finishPage"));
    retranslateUi();
}

FinishPage::~FinishPage() = default;

void FinishPage::retranslateUi()
{
    setTitle(tr("Finish", "@title"));
}

} // namespace DceUpgrade::Wizard
