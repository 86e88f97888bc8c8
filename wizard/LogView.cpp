#include "LogView.h"
#include "util/SystemError.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QStyle>
#include <QTextBlock>
#include <QTextCursor>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace DceUpgrade::Wizard {

namespace {

enum Stream : quint8 { StdOut, StdErr, Engine, Warning };

// A flush that would push out more than 1/RedrawFraction of the text redraws it instead.
constexpr int RedrawFraction = 5;

quint8 streamOf(const QString &stream)
{
    if (stream == QLatin1String("stderr")) {
        return StdErr;
    }
    if (stream == QLatin1String("engine")) {
        return Engine;
    }
    if (stream == QLatin1String("warning")) {
        return Warning;
    }
    return StdOut;
}

// Errors and warnings stand out in colours that read on light and dark palettes; the engine's
// own lines (the commands it runs) are bold.
QTextCharFormat formatOf(quint8 stream)
{
    QTextCharFormat format;
    switch (stream) {
    case StdErr:
        format.setForeground(QColor(0xc0, 0x39, 0x2b));
        break;
    case Warning:
        format.setForeground(QColor(0xb9, 0x77, 0x0e));
        break;
    case Engine:
        format.setFontWeight(QFont::Bold);
        break;
    default:
        break;
    }
    return format;
}

} // namespace

LogView::LogView(QWidget *parent)
    : QWidget(parent)
    , m_filterLabel(new QLabel(this))
    , m_filter(new QComboBox(this))
    , m_findLabel(new QLabel(this))
    , m_find(new QLineEdit(this))
    , m_findPrevious(new QToolButton(this))
    , m_findNext(new QToolButton(this))
    , m_status(new QLabel(this))
    , m_copy(new QPushButton(this))
    , m_copyAll(new QPushButton(this))
    , m_save(new QPushButton(this))
    , m_text(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("logView"));
    m_filter->setObjectName(QStringLiteral("logFilter"));
    m_find->setObjectName(QStringLiteral("logFind"));
    m_findPrevious->setObjectName(QStringLiteral("logFindPrevious"));
    m_findNext->setObjectName(QStringLiteral("logFindNext"));
    m_status->setObjectName(QStringLiteral("logStatus"));
    m_copy->setObjectName(QStringLiteral("logCopy"));
    m_copyAll->setObjectName(QStringLiteral("logCopyAll"));
    m_save->setObjectName(QStringLiteral("logSave"));
    m_text->setObjectName(QStringLiteral("logText"));

    m_filterLabel->setBuddy(m_filter);
    m_findLabel->setBuddy(m_find);
    m_filter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_filter->setMinimumContentsLength(14);
    m_find->setClearButtonEnabled(true);
    // Room for a word or an image name: the steps list beside the log never takes it away.
    m_find->setMinimumWidth(m_find->fontMetrics().averageCharWidth() * 16);
    m_findPrevious->setIcon(style()->standardIcon(QStyle::SP_ArrowUp, nullptr, this));
    m_findNext->setIcon(style()->standardIcon(QStyle::SP_ArrowDown, nullptr, this));
    m_findPrevious->setShortcut(QKeySequence::FindPrevious);
    m_findNext->setShortcut(QKeySequence::FindNext);
    m_copy->setEnabled(false);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);

    m_text->setReadOnly(true);
    m_text->setUndoRedoEnabled(false);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setMaximumBlockCount(m_maximumLines);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    // Filter and find above the text, what to do with it below: one row would squeeze the
    // find field to nothing beside the steps list.
    auto *tools = new QHBoxLayout;
    tools->addWidget(m_filterLabel);
    tools->addWidget(m_filter);
    tools->addSpacing(8);
    tools->addWidget(m_findLabel);
    tools->addWidget(m_find, 1);
    tools->addWidget(m_findPrevious);
    tools->addWidget(m_findNext);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_status, 1);
    actions->addWidget(m_copy);
    actions->addWidget(m_copyAll);
    actions->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(tools);
    layout->addWidget(m_text, 1);
    layout->addLayout(actions);
    setTabOrder(m_filter, m_find);
    setTabOrder(m_find, m_findPrevious);
    setTabOrder(m_findPrevious, m_findNext);
    setTabOrder(m_findNext, m_copy);
    setTabOrder(m_copy, m_copyAll);
    setTabOrder(m_copyAll, m_save);
    setTabOrder(m_save, m_text);

    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(FlushIntervalMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &LogView::flush);
    connect(m_filter, &QComboBox::currentIndexChanged, this, [this] { rebuild(); });
    connect(m_find, &QLineEdit::returnPressed, this, [this] { findNext(false); });
    connect(m_find, &QLineEdit::textChanged, this, [this] { showStatus(QString()); });
    connect(m_findNext, &QToolButton::clicked, this, [this] { findNext(false); });
    connect(m_findPrevious, &QToolButton::clicked, this, [this] { findNext(true); });
    connect(m_text, &QPlainTextEdit::copyAvailable, m_copy, &QPushButton::setEnabled);
    connect(m_copy, &QPushButton::clicked, m_text, &QPlainTextEdit::copy);
    connect(m_copyAll, &QPushButton::clicked, this, &LogView::copyAll);
    connect(m_save, &QPushButton::clicked, this, &LogView::askWhereToSave);

    retranslateUi();
}

LogView::~LogView() = default;

void LogView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void LogView::retranslateUi()
{
    m_filterLabel->setText(tr("Sho&w:", "@label:listbox which step's log lines"));
    m_filter->setAccessibleName(tr("Show the log of a step", "@label"));
    m_filter->setAccessibleDescription(tr("Shows the lines of every step or of one step."));
    if (m_filter->count() > 0) {
        m_filter->setItemText(0, tr("All steps", "@item:inlistbox"));
    }
    m_findLabel->setText(tr("&Find:", "@label:textbox"));
    m_find->setPlaceholderText(tr("Text in the log", "@info:placeholder"));
    m_find->setAccessibleName(tr("Find in the log", "@label"));
    m_findPrevious->setToolTip(tr("Previous match (Shift+F3)", "@info:tooltip"));
    m_findPrevious->setAccessibleName(tr("Previous match", "@action"));
    m_findNext->setToolTip(tr("Next match (F3)", "@info:tooltip"));
    m_findNext->setAccessibleName(tr("Next match", "@action"));
    m_copy->setText(tr("Cop&y", "@action copy the selected log lines"));
    m_copy->setToolTip(tr("Copies the selected lines.", "@info:tooltip"));
    m_copyAll->setText(tr("Copy &all", "@action"));
    m_copyAll->setToolTip(tr("Copies every line the view keeps.", "@info:tooltip"));
    m_save->setText(tr("Sa&ve…", "@action save the log"));
    m_save->setToolTip(tr("Saves the lines the view keeps to a text file.", "@info:tooltip"));
    m_text->setAccessibleName(tr("Log", "@label"));
    m_text->setAccessibleDescription(
        tr("What the engine and its tools print, newest at the bottom.", "@info"));
    showStatus(m_statusText);
}

void LogView::showStatus(const QString &text)
{
    m_statusText = text;
    QString shown = text;
    if (shown.isEmpty() && m_dropped) {
        shown = tr("Only the last %1 lines are shown here; the session's log files keep every "
                   "line.",
            "@info")
                    .arg(m_maximumLines);
    }
    m_status->setText(shown);
}

void LogView::setSteps(const QList<QPair<QString, QString>> &steps)
{
    if (steps == m_steps) {
        return;
    }
    const QString current = filterStep();
    m_steps = steps;
    const QSignalBlocker blocker(m_filter);
    m_filter->clear();
    m_filter->addItem(tr("All steps", "@item:inlistbox"), QString());
    for (const auto &[id, title] : steps) {
        m_filter->addItem(title, id);
    }
    const int index = m_filter->findData(current);
    m_filter->setCurrentIndex(std::max(0, index));
    if (index < 0 && !current.isEmpty()) {
        rebuild();
    }
}

QString LogView::filterStep() const
{
    return m_filter->currentIndex() < 0 ? QString() : m_filter->currentData().toString();
}

void LogView::setFilterStep(const QString &stepId)
{
    m_filter->setCurrentIndex(std::max(0, m_filter->findData(stepId)));
}

void LogView::setMaximumLines(int lines)
{
    m_maximumLines = std::max(1, lines);
    m_text->setMaximumBlockCount(m_maximumLines);
    while (m_all.size() > size_t(m_maximumLines)) {
        m_all.pop_front();
    }
    for (Lines &stepLines : m_byStep) {
        while (stepLines.size() > size_t(m_maximumLines)) {
            stepLines.pop_front();
        }
    }
    rebuild();
}

void LogView::keep(Lines &lines, const Line &line)
{
    lines.push_back(line);
    if (lines.size() > size_t(m_maximumLines)) {
        lines.pop_front();
        m_dropped = true;
    }
}

void LogView::appendLine(const QString &step, const QString &stream, const QString &text)
{
    // The same Line (its strings are shared, not copied) goes to the run's list and its step's.
    const Line line {m_nextSequence++, step, text, streamOf(stream)};
    keep(m_all, line);
    if (!step.isEmpty()) {
        keep(m_byStep[step], line);
    }
    if (!m_flushTimer.isActive()) {
        m_flushTimer.start();
    }
}

void LogView::clear()
{
    m_flushTimer.stop();
    m_all.clear();
    m_byStep.clear();
    m_dropped = false;
    m_drawnSequence = -1;
    m_text->clear();
    showStatus(QString());
}

const LogView::Lines &LogView::shownLines() const
{
    static const Lines none;
    const QString step = filterStep();
    if (step.isEmpty()) {
        return m_all;
    }
    const auto it = m_byStep.constFind(step);
    return it == m_byStep.cend() ? none : *it;
}

bool LogView::hasPendingLines() const
{
    const Lines &lines = shownLines();
    return !lines.empty() && lines.back().sequence > m_drawnSequence;
}

void LogView::rebuild()
{
    m_text->clear();
    m_drawnSequence = -1;
    flush();
}

void LogView::flush()
{
    m_flushTimer.stop();
    const Lines &lines = shownLines();
    // Only lines newer than the last drawn one; of those, no more than the text keeps anyway.
    auto first = std::partition_point(lines.cbegin(), lines.cend(),
        [this](const Line &line) { return line.sequence <= m_drawnSequence; });
    if (first == lines.cend()) {
        showStatus(m_statusText);
        return;
    }
    if (lines.cend() - first > m_maximumLines) {
        first = lines.cend() - m_maximumLines;
    }
    // Trimming the top of a full text costs several times more per line than drawing one
    // (QTextDocument removes block by block): when many new lines would push as many old ones
    // out, drawing the last maximumLines() anew from the store is cheaper.
    const qsizetype incoming = lines.cend() - first;
    const int drawn = m_text->document()->isEmpty() ? 0 : m_text->document()->blockCount();
    if (drawn + incoming > m_maximumLines && incoming > m_maximumLines / RedrawFraction) {
        m_text->clear();
        first = lines.cend() - std::min<qsizetype>(qsizetype(lines.size()), m_maximumLines);
    }

    QScrollBar *bar = m_text->verticalScrollBar();
    const bool follow = bar->value() >= bar->maximum();
    const int keptValue = bar->value();

    QTextCursor cursor(m_text->document());
    cursor.movePosition(QTextCursor::End);
    cursor.beginEditBlock();
    bool firstBlock = m_text->document()->isEmpty();
    // One insertion per run of lines in the same stream: fast, and the colours stay right.
    QString run;
    quint8 runStream = first->stream;
    const auto insertRun = [&] {
        if (!firstBlock) {
            cursor.insertBlock();
        }
        cursor.insertText(run, formatOf(runStream));
        firstBlock = false;
        run.clear();
    };
    bool runOpen = false;
    for (auto it = first; it != lines.cend(); ++it) {
        if (runOpen && it->stream != runStream) {
            insertRun();
            runOpen = false;
        }
        if (runOpen) {
            run += QLatin1Char('\n');
        } else {
            runStream = it->stream;
            runOpen = true;
        }
        run += it->text;
    }
    insertRun();
    cursor.endEditBlock();
    m_drawnSequence = lines.back().sequence;

    if (follow) {
        bar->setValue(bar->maximum());
    } else {
        bar->setValue(keptValue);
    }
    showStatus(m_statusText);
}

QString LogView::bufferedText() const
{
    QString text;
    const Lines &lines = shownLines();
    for (const Line &line : lines) {
        text += line.text;
        text += QLatin1Char('\n');
    }
    return text;
}

bool LogView::findNext(bool backward)
{
    const QString needle = m_find->text();
    if (needle.isEmpty()) {
        return false;
    }
    flush();
    const QTextDocument::FindFlags flags
        = backward ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    if (m_text->find(needle, flags)) {
        showStatus(QString());
        return true;
    }
    // Wrap around: from the other end once.
    const QTextCursor before = m_text->textCursor();
    QTextCursor from(m_text->document());
    from.movePosition(backward ? QTextCursor::End : QTextCursor::Start);
    m_text->setTextCursor(from);
    if (m_text->find(needle, flags)) {
        showStatus(QString());
        return true;
    }
    m_text->setTextCursor(before);
    showStatus(tr("“%1” is not in the lines shown.", "@info").arg(needle));
    return false;
}

void LogView::copyAll()
{
    QApplication::clipboard()->setText(bufferedText());
}

void LogView::askWhereToSave()
{
    auto *dialog = new QFileDialog(this, tr("Save the Log", "@title:window"),
        QDir::home().filePath(QStringLiteral("dce-upgrade-log.txt")),
        tr("Text files (*.txt *.log);;All files (*)", "@item:inlistbox file types"));
    dialog->setObjectName(QStringLiteral("logSaveDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QString error;
        if (saveTo(path, &error)) {
            showStatus(tr("Saved to %1.", "@info").arg(QDir::toNativeSeparators(path)));
        } else {
            showStatus(error);
        }
    });
    dialog->open();
}

bool LogView::saveTo(const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)
        || file.write(bufferedText().toUtf8()) < 0 || !file.commit()) {
        if (error) {
            *error = tr("The log could not be saved to %1: %2", "@info")
                         .arg(QDir::toNativeSeparators(path), SystemError::of(file));
        }
        return false;
    }
    return true;
}

} // namespace DceUpgrade::Wizard
