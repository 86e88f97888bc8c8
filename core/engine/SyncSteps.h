#pragma once

#include "Step.h"

#include <memory>

namespace DceUpgrade {

class ChartSync;
class ImagePusher;
class RegistryClient;
class RegistryPreflight;

// The built-in sync (bundle-format.md §4.7), as three steps that share the registry client of
// the run's plan: check the registry, push the images, publish the chart. Each is asynchronous
// on the engine's thread, reports progress, and stops cleanly on cancel; nothing half-pushed is
// ever visible (a manifest goes up only after all its blobs), so a rerun completes the sync.

// registry.check: RegistryPreflight with the plan's settings (the registry answers, the account
// may push, and on Harbor the project exists and the chart target fits the version).
class RegistryCheckStep final : public Step
{
    Q_OBJECT
public:
    RegistryCheckStep(const PlannedStep &planned, RunContext &context);
    ~RegistryCheckStep() override;

protected:
    void run() override;

private:
    std::unique_ptr<RegistryClient> m_client;
    std::unique_ptr<RegistryPreflight> m_preflight;
};

// images.push: every image of the package into the registry (ImagePusher), progress in bytes.
class ImagesPushStep final : public Step
{
    Q_OBJECT
public:
    ImagesPushStep(const PlannedStep &planned, RunContext &context);
    ~ImagesPushStep() override;

protected:
    void run() override;
    void onCancel() override;

private:
    std::unique_ptr<RegistryClient> m_client;
    std::unique_ptr<ImagePusher> m_pusher;
};

// chart.publish: every chart of the package relocated and published to the plan's chart target
// (ChartSync); a version already there is reported and left alone unless sync.force.
class ChartPublishStep final : public Step
{
    Q_OBJECT
public:
    ChartPublishStep(const PlannedStep &planned, RunContext &context);
    ~ChartPublishStep() override;

protected:
    void run() override;
    void onCancel() override;

private:
    std::unique_ptr<ChartSync> m_sync;
};

} // namespace DceUpgrade
