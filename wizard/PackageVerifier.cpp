#include "PackageVerifier.h"

#include "util/Error.h"

#include <QFutureWatcher>
#include <QPromise>
#include <QThreadPool>

#include <algorithm>
#include <atomic>
#include <exception>
#include <utility>

namespace DceUpgrade::Wizard {

namespace {

// The future's progress range: fine enough for a bar, coarse enough that QFutureInterface's own
// throttling keeps the signals to a few per second.
constexpr int ProgressSteps = 1000;

// What a check reads: the whole file, or every distinct blob of every bundle (the blobs' bytes
// stand in for the layers': configs are a few KiB), so one bar covers all the bundles.
qint64 bytesToHash(PackageVerifier::Check check, const Package &package)
{
    if (check == PackageVerifier::Check::Checksum) {
        return package.size;
    }
    qint64 total = 0;
    for (const auto &bundle : package.bundles) {
        total += bundle->images.uniqueBlobBytes();
    }
    return total;
}

bool isDamage(const QString &code)
{
    return code == QLatin1String("checksum.mismatch") || code == QLatin1String("images.bad-digest");
}

} // namespace

struct PackageVerifier::State
{
    std::atomic_bool cancel {false};
    std::atomic<qint64> done {0};
    std::atomic<qint64> total {0};
    std::shared_ptr<QPromise<Result>> promise;

    // Called by the hashing code on the pool thread.
    void report(qint64 bytesDone, qint64 bytesTotal)
    {
        bytesTotal = std::max<qint64>(bytesTotal, 1);
        bytesDone = std::clamp<qint64>(bytesDone, 0, bytesTotal);
        done.store(bytesDone, std::memory_order_relaxed);
        total.store(bytesTotal, std::memory_order_relaxed);
        promise->setProgressValue(static_cast<int>(bytesDone * ProgressSteps / bytesTotal));
    }
};

PackageVerifier::PackageVerifier(QObject *parent)
    : QObject(parent)
{ }

PackageVerifier::~PackageVerifier()
{
    drop();
}

qint64 PackageVerifier::bytesDone() const
{
    return m_state ? m_state->done.load(std::memory_order_relaxed) : 0;
}

qint64 PackageVerifier::bytesTotal() const
{
    return m_state ? m_state->total.load(std::memory_order_relaxed) : 0;
}

void PackageVerifier::start(Check check, std::shared_ptr<const Package> package)
{
    drop();
    m_check = check;
    auto state = std::make_shared<State>();
    state->promise = std::make_shared<QPromise<Result>>();
    // Known before the worker starts, so the first progress shown already says how much.
    state->total.store(std::max<qint64>(bytesToHash(check, *package), 1));
    m_state = state;

    // A watcher per check: the one of a replaced check is deleted with its pending signals.
    m_watcher = new QFutureWatcher<Result>(this);
    connect(m_watcher, &QFutureWatcherBase::finished, this, &PackageVerifier::finish);
    connect(m_watcher, &QFutureWatcherBase::progressValueChanged, this,
        &PackageVerifier::progressChanged);
    m_watcher->setFuture(state->promise->future());
    state->promise->setProgressRange(0, ProgressSteps);
    state->promise->start();
    // QPromise is move-only and QThreadPool::start() wants a copyable callable: both are shared.
    QThreadPool::globalInstance()->start([state, check, package = std::move(package)] {
        Result result;
        result.check = check;
        try {
            result = check == Check::Checksum ? verifyChecksum(*package, *state)
                                              : verifyLayers(*package, *state);
        } catch (const Error &error) {
            result.outcome = isDamage(error.code()) ? Outcome::Mismatch : Outcome::Failed;
            result.code = error.code();
            result.message = error.message();
            result.hint = error.hint();
        } catch (const std::exception &error) {
            // Not an engine Error (out of memory, a bug): still a verdict on the page.
            result.outcome = Outcome::Failed;
            result.code = QStringLiteral("internal");
            result.message = tr("The package could not be checked: %1")
                                 .arg(QString::fromLocal8Bit(error.what()));
        }
        result.bytes = state->done.load(std::memory_order_relaxed);
        state->promise->addResult(result);
        state->promise->finish();
    });
}

void PackageVerifier::cancel()
{
    if (!isBusy()) {
        return;
    }
    // Reported at once, not when the worker notices: a read stuck on a slow disk must not keep
    // the page waiting for the user's own "stop".
    Result result;
    result.check = m_check;
    result.outcome = Outcome::Canceled;
    result.bytes = bytesDone();
    drop();
    emit finished(result);
}

void PackageVerifier::drop()
{
    if (m_watcher) {
        m_watcher->disconnect(this);
        m_watcher->deleteLater();
        m_watcher = nullptr;
    }
    if (m_state) {
        m_state->cancel.store(true);
        m_state.reset();
    }
}

void PackageVerifier::finish()
{
    const QFuture<Result> future = m_watcher->future();
    Result result;
    result.check = m_check;
    if (future.resultCount() > 0) {
        result = future.result();
    } else {
        result.code = QStringLiteral("internal");
        result.message = tr("The package could not be checked.");
    }
    drop();
    emit finished(result);
}

PackageVerifier::Result PackageVerifier::verifyChecksum(const Package &package, State &state)
{
    Result result;
    result.check = Check::Checksum;
    if (!package.checksum) {
        result.code = QStringLiteral("checksum.none");
        result.message = tr("There is no checksum file beside the package to check it with.");
        return result;
    }
    state.report(0, package.size);
    const bool done = package.checksum->verify(
        package.path, [&state](qint64 bytesDone, qint64 total) { state.report(bytesDone, total); },
        &state.cancel);
    result.outcome = done ? Outcome::Verified : Outcome::Canceled;
    return result;
}

PackageVerifier::Result PackageVerifier::verifyLayers(const Package &package, State &state)
{
    Result result;
    result.check = Check::Layers;
    const qint64 total = bytesToHash(Check::Layers, package);
    state.report(0, total);
    qint64 before = 0;
    for (const auto &bundle : package.bundles) {
        const bool done
            = bundle->images.verifyLayers([&state, before, total](qint64 bytesDone,
                                              qint64) { state.report(before + bytesDone, total); },
                &state.cancel);
        if (!done) {
            result.outcome = Outcome::Canceled;
            return result;
        }
        before += bundle->images.uniqueBlobBytes();
    }
    state.report(total, total);
    result.outcome = Outcome::Verified;
    return result;
}

} // namespace DceUpgrade::Wizard
