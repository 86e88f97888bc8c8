#pragma once

#include "WizardPage.h"

namespace DceUpgrade::Wizard {

// Placeholder: the Image sync step, being written.
class SyncPage final : public WizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncPage)

public:
    explicit SyncPage(WizardSession *session, QWidget *parent = nullptr);
    ~SyncPage() override;

protected:
    void retranslateUi() override;
};

} // namespace DceUpgrade::Wizard
