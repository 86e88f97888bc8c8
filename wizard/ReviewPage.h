#pragma once

#include "WizardPage.h"

namespace DceUpgrade::Wizard {

// Placeholder: the Review step, being written.
class ReviewPage final : public WizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewPage)

public:
    explicit ReviewPage(WizardSession *session, QWidget *parent = nullptr);
    ~ReviewPage() override;

protected:
    void retranslateUi() override;
};

} // namespace DceUpgrade::Wizard
