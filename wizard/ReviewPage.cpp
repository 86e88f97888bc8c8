#include "ReviewPage.h"

namespace DceUpgrade::Wizard {

ReviewPage::ReviewPage(WizardSession *session, QWidget *parent)
    : WizardPage(session, PageId::Review, parent)
{
    setObjectName(QStringLiteral("reviewPage"));
    retranslateUi();
}

ReviewPage::~ReviewPage() = default;

void ReviewPage::retranslateUi()
{
    setTitle(tr("Review", "@title"));
}

} // namespace DceUpgrade::Wizard
