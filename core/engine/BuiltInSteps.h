#pragma once

#include "Step.h"

#include <QThread>

#include <atomic>
#include <memory>

namespace DceUpgrade {

// bundle.verify: the package's sha512/sha256 against the file published beside it, on a worker
// thread with progress; cancel stops it between blocks.
class ChecksumStep final : public Step
{
    Q_OBJECT
public:
    using Step::Step;
    ~ChecksumStep() override;

protected:
    void run() override;
    void onCancel() override { m_cancel = true; }

private:
    std::unique_ptr<QThread> m_thread;
    std::atomic_bool m_cancel {false};
};

// bundle.read: the package was read (headers only) before the run began; this records it.
class BundleReadStep final : public Step
{
    Q_OBJECT
public:
    using Step::Step;

protected:
    void run() override;
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
