#pragma once

#include "Step.h"

#include <QThread>

#include <atomic>
#include <memory>

namespace DceUpgrade {

// bundle.read: the offline package verified before anything reaches a registry or a node, on
// a worker thread with progress (cancel stops it between blocks): the checksum file beside the
// package when there is one, and the sha256 of every layer the sync will push or import, read
// from the package by offset. A rerun of the session skips the hashing when this very file (same
// path, size and modification time) passed before: re-reading gigabytes proves nothing new, a
// replaced or rewritten package is verified again.
class PackageVerifyStep final : public Step
{
    Q_OBJECT
public:
    using Step::Step;
    ~PackageVerifyStep() override;

protected:
    void run() override;
    void onCancel() override { m_cancel = true; }

private:
    struct Outcome;
    Outcome verify() const;
    QJsonObject fingerprint() const;

    std::unique_ptr<QThread> m_thread;
    std::atomic_bool m_cancel {false};
};

// chart.extract:<chart>: original-chart/ of the bundle written into the session, straight
// from the package by offset. The index already refused unsafe names and links.
class ChartExtractStep final : public Step
{
    Q_OBJECT
public:
    using Step::Step;

protected:
    void run() override;
};

// values.prepare:<target>: the backup with the profile's image-registry keys set, every other
// value kept; pinned image tags are warned about; the changes are logged and recorded.
class ValuesPrepareStep final : public Step
{
    Q_OBJECT
public:
    using Step::Step;

protected:
    void run() override;
};

// helm.repo.cleanup: the repositories.yaml in which helm saved the repository password.
class RepoCleanupStep final : public Step
{
    Q_OBJECT
public:
    using Step::Step;

protected:
    void run() override;
};

// report: report.json and report.html in the session; runs even after a failure.
class ReportStep final : public Step
{
    Q_OBJECT
public:
    using Step::Step;

protected:
    void run() override;
};

// A built-in step the factory has no class for: a programming error, never a plan the user
// wrote (StepFactory::implements is tested for every method). It fails, naming the step.
class UnimplementedStep final : public Step
{
    Q_OBJECT
public:
    using Step::Step;

protected:
    void run() override;
};

} // namespace DceUpgrade
