#include "TransferRate.h"

#include "DataSize.h"

namespace DceUpgrade {

TransferRate::TransferRate(qint64 windowMs)
    : m_windowMs(windowMs)
{
    m_clock.start();
}

void TransferRate::updateAt(qint64 done, qint64 nowMs)
{
    if (!m_samples.empty() && done < m_samples.back().bytes) {
        m_samples.clear();
    }
    m_samples.push_back({nowMs, done});
    // Keep one sample older than the window, so the window is always fully covered.
    while (m_samples.size() > 2 && nowMs - m_samples[1].ms >= m_windowMs) {
        m_samples.pop_front();
    }
}

double TransferRate::bytesPerSecond() const
{
    if (m_samples.size() < 2) {
        return 0;
    }
    const Sample &first = m_samples.front();
    const Sample &last = m_samples.back();
    const qint64 ms = last.ms - first.ms;
    if (ms < 200) {
        return 0;
    }
    return double(last.bytes - first.bytes) * 1000.0 / double(ms);
}

qint64 TransferRate::secondsLeft(qint64 total) const
{
    const double speed = bytesPerSecond();
    if (speed <= 0 || m_samples.empty()) {
        return -1;
    }
    const qint64 remaining = std::max<qint64>(0, total - m_samples.back().bytes);
    return qint64(double(remaining) / speed + 0.999);
}

QString TransferRate::duration(qint64 seconds)
{
    if (seconds < 60) {
        return tr("%1 s").arg(seconds);
    }
    if (seconds < 3600) {
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    }
    return tr("%1 h %2 min").arg(seconds / 3600).arg(seconds % 3600 / 60);
}

QString TransferRate::describe(qint64 total) const
{
    const qint64 done = m_samples.empty() ? 0 : m_samples.back().bytes;
    QString text = tr("%1 of %2").arg(dataSize(done), dataSize(total));
    const double speed = bytesPerSecond();
    if (speed > 0) {
        text = tr("%1, %2/s").arg(text, dataSize(qint64(speed)));
        const qint64 left = secondsLeft(total);
        if (left >= 0 && done < total) {
            text = tr("%1, about %2 left").arg(text, duration(left));
        }
    }
    return text;
}

} // namespace DceUpgrade
