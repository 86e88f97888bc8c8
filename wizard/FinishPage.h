#pragma once

#include "WizardPage.h"

namespace DceUpgrade::Wizard {

// Placeholder: the Finish step, being written.
class FinishPage final : public WizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FinishPage)

public:
    explicit FinishPage(WizardSession *session, QWidget *parent = nullptr);
    ~FinishPage() override;

protected:
    void retranslateUi() override;
};

} // namespace DceUpgrade::Wizard
