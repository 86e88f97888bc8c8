#pragma once

#include "Step.h"

#include <memory>

namespace DceUpgrade {

// The Step that performs a PlannedStep, chosen by the stable part of its id ("helm.upgrade" in
// "helm.upgrade:skoala@worker-1"). Steps with only external commands and nothing to interpret
// run as plain CommandSteps.
struct StepFactory
{
    static std::unique_ptr<Step> create(const PlannedStep &planned, RunContext &context);
    // Whether create() has a Step that performs `planned` (every built-in step the Planner
    // makes must have one).
    static bool implements(const PlannedStep &planned);
};

} // namespace DceUpgrade
