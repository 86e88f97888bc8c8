#pragma once

#include "WizardPage.h"

namespace DceUpgrade::Wizard {

// Placeholder: the Upgrade step, being written.
class UpgradePage final : public WizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UpgradePage)

public:
    explicit UpgradePage(WizardSession *session, QWidget *parent = nullptr);
    ~UpgradePage() override;

protected:
    void retranslateUi() override;
};

} // namespace DceUpgrade::Wizard
