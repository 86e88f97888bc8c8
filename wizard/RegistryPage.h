#pragma once

#include "WizardPage.h"

namespace DceUpgrade::Wizard {

// Placeholder: the Registry step, being written.
class RegistryPage final : public WizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegistryPage)

public:
    explicit RegistryPage(WizardSession *session, QWidget *parent = nullptr);
    ~RegistryPage() override;

protected:
    void retranslateUi() override;
};

} // namespace DceUpgrade::Wizard
