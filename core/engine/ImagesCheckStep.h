#pragma once

#include "CommandStep.h"

#include <memory>

namespace DceUpgrade {

class RegistryImageCheck;

// images.check: renders what the upgrade will deploy (`helm template` with the chart, values
// and --set-string of the upgrade), then looks up every image it uses in the plan's registry
// (manifest HEAD, pull rights are enough). Any image missing there fails the step before
// `helm upgrade` starts, listing the images and how to get them in. Images that name another
// registry are listed as not checked: this host may not reach it.
class ImagesCheckStep final : public CommandStep
{
    Q_OBJECT
public:
    ImagesCheckStep(const PlannedStep &planned, RunContext &context);
    ~ImagesCheckStep() override;

protected:
    std::optional<StepResult> afterCommand(
        int index, const CommandLine &command, const ProcessRunner::Result &result) override;
    void onCancel() override;

private:
    std::unique_ptr<RegistryImageCheck> m_check;
};

} // namespace DceUpgrade
