#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QString>

#include <deque>

namespace DceUpgrade {

// Speed and time left of a long transfer, over a sliding window of the last few seconds: a
// stall shows at once, an early burst (blobs the registry already had) does not promise a speed
// that will not last. Feed it the running total; not thread-safe, one per transfer.
class TransferRate final
{
    Q_DECLARE_TR_FUNCTIONS(DceUpgrade::TransferRate)

public:
    explicit TransferRate(qint64 windowMs = 10000);

    // The bytes done so far (never less than before; a smaller value starts over).
    void update(qint64 done) { updateAt(done, m_clock.elapsed()); }
    // For tests: `nowMs` since the object was made.
    void updateAt(qint64 done, qint64 nowMs);

    // Bytes per second over the window; 0 until two samples at least 200 ms apart exist.
    double bytesPerSecond() const;
    // Seconds until `total` at the current speed; -1 when unknown (no speed yet).
    qint64 secondsLeft(qint64 total) const;

    // "1.2 GiB of 2.0 GiB, 310.5 MiB/s, about 3 s left" (translated; speed and time only when
    // known).
    QString describe(qint64 total) const;
    static QString duration(qint64 seconds); // "3 s", "2 min 5 s", "1 h 4 min"

private:
    struct Sample
    {
        qint64 ms;
        qint64 bytes;
    };
    qint64 m_windowMs;
    QElapsedTimer m_clock;
    std::deque<Sample> m_samples;
};

} // namespace DceUpgrade
