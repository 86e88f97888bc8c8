#pragma once

#include <QElapsedTimer>
#include <QString>
#include <QTextStream>

#include <functional>

namespace DceUpgrade {

// One progress line for a person watching a long piece of work. On a terminal it is redrawn in
// place ("\r" and erase to the end of the line); in a pipe or log it is written as a line of its
// own now and then, or not at all. It decides when and how to draw; `text` says what: it is
// called only when a line is due, and an empty text draws nothing.
// A line is due when the work is done (done == total), or when `done` moved and the interval
// since the last drawn line is over; never twice for the same `done`.
// Not thread-safe; `out` must outlive it.
class ProgressLine final
{
public:
    using Text = std::function<QString(qint64 done, qint64 total)>;
    struct Options
    {
        bool terminal = false; // redraw in place: see isTerminal()
        qint64 terminalIntervalMs = 200;
        qint64 logIntervalMs = -1; // not a terminal: a line at most this often; -1: nothing
    };

    ProgressLine(QTextStream &out, Options options, Text text);
    ~ProgressLine() { finish(); }
    Q_DISABLE_COPY_MOVE(ProgressLine)

    // Whether the file descriptor (STDOUT_FILENO, STDERR_FILENO) is a terminal.
    static bool isTerminal(int fd);

    void update(qint64 done, qint64 total) { updateAt(done, total, m_clock.elapsed()); }
    // For tests: `nowMs` since the object was made.
    void updateAt(qint64 done, qint64 total, qint64 nowMs);
    // A line of its own between progress lines: it replaces the line being redrawn, and the
    // next update draws progress again below it.
    void message(const QString &text);
    // Ends the line being redrawn, so what follows starts on a line of its own; the next update
    // starts over (it may draw the same `done` again).
    void finish();

private:
    QTextStream &m_out;
    Options m_options;
    Text m_text;
    QElapsedTimer m_clock;
    qint64 m_drawnAtMs = -1; // -1: nothing drawn yet
    qint64 m_drawnDone = -1;
    bool m_open = false; // a line is on the terminal, being redrawn
};

} // namespace DceUpgrade
