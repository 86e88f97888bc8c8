#pragma once

#include "model/PlanProblem.h"

#include <QLabel>

#include <vector>

namespace DceUpgrade::Wizard {

// The validation problems of one field (UpgradePlan::validate()), shown right under it: each
// message with its hint, in an error colour, hidden while there is none. A screen reader hears
// a new problem when it appears (an Alert event), not only when it reaches the field.
class ProblemLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProblemLabel)

public:
    explicit ProblemLabel(QWidget *parent = nullptr);
    ~ProblemLabel() override;

    // Empty hides the label. The texts come translated from the session.
    void showProblems(const std::vector<PlanProblem> &problems);
};

} // namespace DceUpgrade::Wizard
