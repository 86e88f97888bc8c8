#pragma once

#include "WizardPage.h"

namespace DceUpgrade::Wizard {

// Placeholder: the Run step, being written.
class RunPage final : public WizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunPage)

public:
    explicit RunPage(WizardSession *session, QWidget *parent = nullptr);
    ~RunPage() override;

protected:
    void retranslateUi() override;
};

} // namespace DceUpgrade::Wizard
