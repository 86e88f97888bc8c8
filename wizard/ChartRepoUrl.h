#pragma once

#include "model/UpgradePlan.h"

#include <QString>

#include <functional>

namespace DceUpgrade::Wizard {

class WizardSession;

// The chart repository URL the wizard fills in for the user (sync.chartRepoUrl), from the
// registry address and the project (the first segment of registry.repository): Harbor
// SCHEME://ADDRESS/chartrepo/PROJECT, OCI oci://ADDRESS/PROJECT. A URL the user typed is theirs:
// it is replaced only while it is empty or still the suggestion.
struct ChartRepoUrl
{
    // Empty for Local and None, and while the address or the project is missing.
    static QString suggested(const UpgradePlan &plan, ChartTarget target);

    // Applies `change` to the session's draft in one edit; a chart repository URL that was
    // empty or suggested becomes the suggestion for the changed plan.
    static void editFollowing(
        WizardSession &session, const std::function<void(UpgradePlan &)> &change);
};

} // namespace DceUpgrade::Wizard
