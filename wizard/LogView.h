#pragma once

#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QTimer>
#include <QWidget>

#include <deque>

class QComboBox;
class QEvent;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

namespace DceUpgrade::Wizard {

// The live log of an engine run: a read-only QPlainTextEdit with a filter by step, a find field
// (next/previous, wrapping), copy (the selection or everything kept) and save.
//
// Built for a worker that writes faster than anyone reads: appendLine() only stores the line;
// the text is redrawn from the store at most every FlushIntervalMs, one edit block per flush.
// Memory is bounded: the last maximumLines() lines of the whole run and of each step are kept
// (the session's log files keep everything). The view follows new lines only while its
// scroll bar is at the bottom, so reading older lines is never disturbed. GUI thread only.
class LogView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogView)

public:
    static constexpr int FlushIntervalMs = 150;
    static constexpr int DefaultMaximumLines = 5000;

    explicit LogView(QWidget *parent = nullptr);
    ~LogView() override;

    // The steps the filter offers, as {id, title}, in run order. The current choice is kept
    // when its step is still there.
    void setSteps(const QList<QPair<QString, QString>> &steps);
    // `stream`: stdout, stderr, engine or warning (docs/events.md); others show as stdout.
    void appendLine(const QString &step, const QString &stream, const QString &text);
    void clear();

    void setMaximumLines(int lines);
    int maximumLines() const { return m_maximumLines; }

    // The step whose lines are shown; empty: every step.
    QString filterStep() const;
    void setFilterStep(const QString &stepId);

    // Everything the view keeps for the current filter, lines not drawn yet included: what
    // "Copy all" and "Save" write.
    QString bufferedText() const;
    // Lines stored but not drawn yet (the next flush draws them).
    bool hasPendingLines() const;
    // Draws pending lines now instead of at the next tick.
    void flush();

    // Selects the next (or previous) match of the find field's text, wrapping around; false
    // when there is none.
    bool findNext(bool backward = false);
    // Writes bufferedText() to `path` atomically; false with a translated reason otherwise.
    bool saveTo(const QString &path, QString *error = nullptr);

    QPlainTextEdit *textEdit() const { return m_text; }

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Line
    {
        qint64 sequence = 0;
        QString step;
        QString text;
        quint8 stream = 0;
    };
    using Lines = std::deque<Line>;

    void retranslateUi();
    const Lines &shownLines() const;
    void rebuild();
    void keep(Lines &lines, const Line &line);
    void askWhereToSave();
    void copyAll();
    void showStatus(const QString &text);

    QLabel *m_filterLabel = nullptr;
    QComboBox *m_filter = nullptr;
    QLabel *m_findLabel = nullptr;
    QLineEdit *m_find = nullptr;
    QToolButton *m_findPrevious = nullptr;
    QToolButton *m_findNext = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_copyAll = nullptr;
    QPushButton *m_save = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QTimer m_flushTimer;

    int m_maximumLines = DefaultMaximumLines;
    Lines m_all;
    QHash<QString, Lines> m_byStep;
    QList<QPair<QString, QString>> m_steps;
    qint64 m_nextSequence = 0;
    qint64 m_drawnSequence = -1; // the last line drawn in the text
    bool m_dropped = false; // lines were let go (the cap was reached)
    QString m_statusText;
};

} // namespace DceUpgrade::Wizard
