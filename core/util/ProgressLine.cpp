#include "ProgressLine.h"

#include <unistd.h>

namespace DceUpgrade {

namespace {

const char *const EraseToEndOfLine = "\x1b[K"; // the rest of a longer line drawn before

} // namespace

ProgressLine::ProgressLine(QTextStream &out, Options options, Text text)
    : m_out(out)
    , m_options(options)
    , m_text(std::move(text))
{
    m_clock.start();
}

bool ProgressLine::isTerminal(int fd)
{
    return ::isatty(fd) != 0;
}

void ProgressLine::updateAt(qint64 done, qint64 total, qint64 nowMs)
{
    const qint64 interval
        = m_options.terminal ? m_options.terminalIntervalMs : m_options.logIntervalMs;
    if (interval < 0 || done == m_drawnDone) {
        return;
    }
    if (m_drawnAtMs >= 0 && nowMs - m_drawnAtMs < interval && done != total) {
        return;
    }
    const QString text = m_text(done, total);
    if (text.isEmpty()) {
        return;
    }
    m_drawnAtMs = nowMs;
    m_drawnDone = done;
    if (m_options.terminal) {
        m_out << '\r' << text << EraseToEndOfLine << Qt::flush;
        m_open = true;
    } else {
        m_out << text << Qt::endl;
    }
}

void ProgressLine::message(const QString &text)
{
    if (m_open) {
        m_out << '\r' << text << EraseToEndOfLine << Qt::endl;
        m_open = false;
    } else {
        m_out << text << Qt::endl;
    }
}

void ProgressLine::finish()
{
    if (m_open) {
        m_out << Qt::endl;
        m_open = false;
    }
    m_drawnDone = -1;
}

} // namespace DceUpgrade
