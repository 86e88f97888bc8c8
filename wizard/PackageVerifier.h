#pragma once

#include "bundle/PackageReader.h"

#include <QObject>
#include <QString>

#include <memory>

template<typename T>
class QFutureWatcher;

namespace DceUpgrade::Wizard {

// Checks a package that was read, on a pool thread, so a package of gigabytes is hashed while
// the window stays responsive: the checksum file beside it (ChecksumFile::verify) or every
// layer's digest (ImageArchive::verifyLayers), as `dce-upgrade inspect --verify` does.
//
// Lives on the GUI thread; its signals are emitted there. One check at a time: starting
// another cancels the one running, which then never reports. Each started check ends exactly
// once with finished(), unless a newer one replaced it. cancel() may be called any number of
// times; the check then finishes with Outcome::Canceled. The worker shares only the package
// (shared, read-only) and an atomic progress and cancel state with this object, so destroying
// the verifier mid-check is safe: the worker sees the cancel flag and ends on its own.
class PackageVerifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PackageVerifier)

public:
    enum class Check { Checksum, Layers };
    enum class Outcome {
        Verified, // every byte matched
        Mismatch, // checksum.mismatch or images.bad-digest: the package is damaged
        Failed, // could not be checked (the file vanished, a read error...)
        Canceled,
    };

    struct Result
    {
        Check check = Check::Checksum;
        Outcome outcome = Outcome::Failed;
        // The Error's stable code; message and hint are already translated (empty when the
        // check was verified or canceled).
        QString code;
        QString message;
        QString hint;
        qint64 bytes = 0; // bytes hashed
    };

    explicit PackageVerifier(QObject *parent = nullptr);
    ~PackageVerifier() override;

    // Starts checking `package`: its checksum file (which it must have) or its layers.
    void start(Check check, std::shared_ptr<const Package> package);
    void cancel();

    bool isBusy() const { return m_state != nullptr; }
    // The check running; meaningful while isBusy().
    Check check() const { return m_check; }
    // Bytes hashed so far and the bytes to hash in all, of the check running.
    qint64 bytesDone() const;
    qint64 bytesTotal() const;

signals:
    // Throttled (a few per second): bytesDone()/bytesTotal() have moved.
    void progressChanged();
    void finished(const DceUpgrade::Wizard::PackageVerifier::Result &result);

private:
    struct State;

    // Run on a pool thread: they touch nothing but their arguments.
    static Result verifyChecksum(const Package &package, State &state);
    static Result verifyLayers(const Package &package, State &state);
    void finish();
    void drop();

    QFutureWatcher<Result> *m_watcher = nullptr;
    std::shared_ptr<State> m_state;
    Check m_check = Check::Checksum;
};

} // namespace DceUpgrade::Wizard
