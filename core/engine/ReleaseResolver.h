#pragma once

#include "PlanPhase.h"

namespace DceUpgrade {

// The releases a plan upgrades, with every default filled in from the module's profile and the
// package, and the --set-string values that point their images at the registry.
class ReleaseResolver final : public PlanPhase
{
public:
    using PlanPhase::PlanPhase;

    // A sync-only plan upgrades nothing, but staging another module's images is still a mistake.
    void requireChartOfModule() const;
    void resolveReleases();

private:
    [[noreturn]] void packageOfAnotherModule() const;
    // A chart of the package that the profile lists no release for (hydra-agent): upgraded only
    // when the plan names its release and namespace, which the user chose when installing it.
    ReleaseProfile releaseOfUnlistedChart(const ReleasePlan &want) const;
    // The helm repo path installs the chart charts-syncer (or the built-in sync) relocated: only
    // the backup's registry keys need overriding. original-chart/ is not relocated, so every value
    // charts-syncer would rewrite is passed instead.
    void resolveImageValues(ResolvedRelease &release, bool relocatedChart);
};

} // namespace DceUpgrade
