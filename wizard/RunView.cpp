#include "RunView.h"

#include "LogView.h"
#include "RunModel.h"

#include "util/DataSize.h"
#include "util/TransferRate.h"

#include <QEvent>
#include <QFontMetrics>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPixmap>
#include <QProgressBar>
#include <QSplitter>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace DceUpgrade::Wizard {

namespace {

constexpr int ProgressSteps = 1000;

enum Column { TitleColumn, StateColumn, TimeColumn, ColumnCount };

QString stateText(RunModel::StepState state)
{
    switch (state) {
    case RunModel::StepState::Pending:
        return RunView::tr("waiting", "@item step state");
    case RunModel::StepState::Running:
        return RunView::tr("running", "@item step state");
    case RunModel::StepState::Ok:
        return RunView::tr("done", "@item step state");
    case RunModel::StepState::Failed:
        return RunView::tr("failed", "@item step state");
    case RunModel::StepState::Canceled:
        return RunView::tr("canceled", "@item step state");
    case RunModel::StepState::Skipped:
        return RunView::tr("skipped", "@item step state");
    }
    return QString();
}

QIcon stateIcon(const QStyle *style, RunModel::StepState state)
{
    switch (state) {
    case RunModel::StepState::Pending: {
        // Blank, so every title starts in the same column.
        QPixmap blank(16, 16);
        blank.fill(Qt::transparent);
        return QIcon(blank);
    }
    case RunModel::StepState::Running:
        return style->standardIcon(QStyle::SP_MediaPlay);
    case RunModel::StepState::Ok:
        return style->standardIcon(QStyle::SP_DialogApplyButton);
    case RunModel::StepState::Failed:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case RunModel::StepState::Canceled:
        return style->standardIcon(QStyle::SP_BrowserStop);
    case RunModel::StepState::Skipped:
        return style->standardIcon(QStyle::SP_MediaSkipForward);
    }
    return QIcon();
}

QString durationText(qint64 ms)
{
    if (ms < 0) {
        return QString();
    }
    if (ms < 10000) {
        return RunView::tr("%1 s", "@item duration in seconds")
            .arg(QLocale().toString(double(ms) / 1000.0, 'f', 1));
    }
    return TransferRate::duration(ms / 1000);
}

QString bytesText(qint64 done, qint64 total)
{
    return RunView::tr("%1 of %2", "@info:progress bytes done of total")
        .arg(dataSize(done), dataSize(total));
}

// A node as the engine names it ("root@10.0.0.11:22"), or this machine.
QString unitTitle(const QString &unitId)
{
    return unitId == QLatin1String("local")
        ? RunView::tr("This machine", "@item a node: the computer the wizard runs on")
        : unitId;
}

// The state column of a unit: its state, and while it runs its own bytes.
QString unitStateText(const RunModel::Unit &unit)
{
    if (unit.state != RunModel::StepState::Running || unit.total <= 0) {
        return stateText(unit.state);
    }
    return RunView::tr("%1, %2", "@item node state, bytes done of total: running, 1 GiB of 2 GiB")
        .arg(stateText(unit.state), bytesText(unit.done, unit.total));
}

// The tooltip of a step or unit, which a screen reader gets as the item's description too.
void setDetail(QTreeWidgetItem *item, const QString &detail)
{
    item->setToolTip(TitleColumn, detail);
    item->setData(TitleColumn, Qt::AccessibleDescriptionRole, detail);
}

QString detailText(const QString &title, const QString &message, const QString &hint)
{
    QString detail = message.isEmpty()
        ? title
        : RunView::tr("%1: %2", "@info:tooltip step title: message").arg(title, message);
    if (!hint.isEmpty()) {
        detail += QLatin1Char('\n')
            + RunView::tr("What to do: %1", "@info:tooltip how to fix a failed node").arg(hint);
    }
    return detail;
}

bool anyUnitFailed(const RunModel::Step &step)
{
    return std::any_of(step.units.cbegin(), step.units.cend(),
        [](const RunModel::Unit &unit) { return unit.state == RunModel::StepState::Failed; });
}

// Adds the step's new units under its item and redraws them all; true when some were added.
bool updateUnits(const QStyle *style, QTreeWidgetItem *stepItem, const RunModel::Step &step)
{
    const bool added = stepItem->childCount() < int(step.units.size());
    // Units only ever come after the ones there (until the next run rebuilds the list).
    for (int u = stepItem->childCount(); u < int(step.units.size()); ++u) {
        auto *child = new QTreeWidgetItem(stepItem);
        child->setData(TitleColumn, Qt::UserRole, step.units[size_t(u)].id);
        child->setTextAlignment(TimeColumn, Qt::AlignRight | Qt::AlignVCenter);
    }
    for (int u = 0; u < int(step.units.size()); ++u) {
        const RunModel::Unit &unit = step.units[size_t(u)];
        QTreeWidgetItem *child = stepItem->child(u);
        const QString title = unitTitle(unit.id);
        child->setText(TitleColumn, title);
        child->setIcon(TitleColumn, stateIcon(style, unit.state));
        child->setText(StateColumn, unitStateText(unit));
        const bool isRunning = unit.state == RunModel::StepState::Running;
        child->setText(
            TimeColumn, durationText(isRunning ? unit.running.elapsed() : unit.durationMs));
        setDetail(child,
            detailText(title, unit.message,
                unit.state == RunModel::StepState::Failed ? unit.hint : QString()));
    }
    return added;
}

// Expands a step while it runs, and keeps it expanded after it when one of its units failed.
void followStepState(QTreeWidgetItem *item, const RunModel::Step &step, bool unitsAdded)
{
    // Only when the step's state changes (or its first units come while it runs): an item
    // the user opened or closed stays so until then.
    const QVariant seen = item->data(StateColumn, Qt::UserRole);
    const bool changed = !seen.isValid() || seen.toInt() != int(step.state);
    item->setData(StateColumn, Qt::UserRole, int(step.state));
    if (step.state == RunModel::StepState::Running) {
        if (changed || unitsAdded) {
            item->setExpanded(true);
        }
    } else if (changed && step.state != RunModel::StepState::Pending) {
        // Its nodes stay in sight when one of them failed.
        item->setExpanded(anyUnitFailed(step));
    }
}

} // namespace

RunView::RunView(RunModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_bar(new QProgressBar(this))
    , m_progressLabel(new QLabel(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_steps(new QTreeWidget(m_splitter))
    , m_log(new LogView(m_splitter))
{
    setObjectName(QStringLiteral("runView"));
    m_bar->setObjectName(QStringLiteral("runProgress"));
    m_progressLabel->setObjectName(QStringLiteral("runProgressText"));
    m_steps->setObjectName(QStringLiteral("runSteps"));

    m_bar->setRange(0, ProgressSteps);
    m_bar->setValue(0);
    m_progressLabel->setTextFormat(Qt::PlainText);
    m_progressLabel->setWordWrap(true);

    m_steps->setColumnCount(ColumnCount);
    m_steps->setRootIsDecorated(false);
    m_steps->setUniformRowHeights(true);
    m_steps->setSelectionMode(QAbstractItemView::SingleSelection);
    m_steps->header()->setStretchLastSection(false);
    m_steps->header()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_steps->header()->setSectionResizeMode(StateColumn, QHeaderView::ResizeToContents);
    m_steps->header()->setSectionResizeMode(TimeColumn, QHeaderView::ResizeToContents);
    m_steps->setMinimumWidth(220);

    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_steps);
    m_splitter->addWidget(m_log);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setSizes({320, 480});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_bar);
    layout->addWidget(m_progressLabel);
    layout->addWidget(m_splitter, 1);

    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(RefreshIntervalMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, &RunView::refresh);
    m_clock.setInterval(1000);
    connect(&m_clock, &QTimer::timeout, this, &RunView::scheduleRefresh);

    connect(m_model, &RunModel::stepsReset, this, [this] {
        m_stepsDirty = true;
        scheduleRefresh();
    });
    connect(m_model, &RunModel::stepChanged, this, &RunView::scheduleRefresh);
    connect(m_model, &RunModel::unitChanged, this, &RunView::scheduleRefresh);
    connect(m_model, &RunModel::progressChanged, this, &RunView::scheduleRefresh);
    connect(m_model, &RunModel::logLine, m_log, &LogView::appendLine);
    connect(m_model, &RunModel::cleared, m_log, &LogView::clear);
    // Once the worker is gone nothing more comes: its last lines are drawn at once.
    connect(m_model, &RunModel::ended, m_log, &LogView::flush);

    refresh();
}

RunView::~RunView() = default;

void RunView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_stepsDirty = true;
        refresh();
    }
    QWidget::changeEvent(event);
}

void RunView::scheduleRefresh()
{
    if (!m_refreshTimer.isActive()) {
        m_refreshTimer.start();
    }
}

void RunView::rebuildSteps()
{
    m_steps->setHeaderLabels(
        {tr("Step", "@title:column"), tr("State", "@title:column"), tr("Time", "@title:column")});
    m_steps->setAccessibleName(tr("Steps", "@label"));
    m_steps->setAccessibleDescription(tr("Every step of the run with its state and how long it "
                                         "took.",
        "@info"));
    m_bar->setAccessibleName(tr("Overall progress", "@label"));

    m_steps->clear();
    QList<QPair<QString, QString>> filter;
    for (const RunModel::Step &step : m_model->steps()) {
        auto *item = new QTreeWidgetItem(m_steps);
        item->setText(TitleColumn, step.title);
        item->setData(TitleColumn, Qt::UserRole, step.id);
        item->setTextAlignment(TimeColumn, Qt::AlignRight | Qt::AlignVCenter);
        filter.append({step.id, step.title});
    }
    m_log->setSteps(filter);
    m_stepsDirty = false;
}

void RunView::updateSteps()
{
    const std::vector<RunModel::Step> &steps = m_model->steps();
    bool running = false;
    bool anyUnits = false;
    for (int i = 0; i < int(steps.size()) && i < m_steps->topLevelItemCount(); ++i) {
        const RunModel::Step &step = steps[size_t(i)];
        QTreeWidgetItem *item = m_steps->topLevelItem(i);
        item->setIcon(TitleColumn, stateIcon(style(), step.state));
        item->setText(StateColumn, stateText(step.state));
        const bool isRunning = step.state == RunModel::StepState::Running;
        running |= isRunning;
        item->setText(
            TimeColumn, durationText(isRunning ? step.running.elapsed() : step.durationMs));
        setDetail(item, detailText(step.title, step.message, QString()));
        const bool unitsAdded = updateUnits(style(), item, step);
        anyUnits |= !step.units.empty();
        followStepState(item, step, unitsAdded);
        if (isRunning) {
            if (item->childCount() > 0 && item->isExpanded()) {
                m_steps->scrollToItem(item->child(item->childCount() - 1));
            }
            m_steps->scrollToItem(item);
        }
    }
    // The expand arrows only once some step has units, so a run without any looks as before.
    if (m_steps->rootIsDecorated() != anyUnits) {
        m_steps->setRootIsDecorated(anyUnits);
        if (anyUnits) {
            makeRoomForUnits();
        }
    }
    if (running && !m_clock.isActive()) {
        m_clock.start();
    } else if (!running) {
        m_clock.stop();
    }
}

void RunView::makeRoomForUnits()
{
    // A node's name under its step, its state with its bytes, and its time: the list is widened
    // once (taking from the log, which scrolls sideways anyway, never more than 55 % of the
    // width, and never below the log's own minimum, so its find field stays usable) so
    // "root@10.0.0.11:22" is not cut down to "r…". Later a person's own splitter
    // position stays.
    const QFontMetrics metrics(m_steps->font());
    int title = 0;
    int state = 0;
    for (const RunModel::Step &step : m_model->steps()) {
        for (const RunModel::Unit &unit : step.units) {
            title = std::max(title, metrics.horizontalAdvance(unitTitle(unit.id)));
            RunModel::Unit widest;
            widest.done = unit.total;
            widest.total = unit.total;
            state = std::max(state, metrics.horizontalAdvance(unitStateText(widest)));
        }
    }
    // Each cell's padding (the focus frame's margins and a little air).
    const int margin = 2 * style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_steps)
        + metrics.horizontalAdvance(QStringLiteral("00"));
    const int needed = 2 * m_steps->indentation()
        + style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, m_steps) + title + state
        + m_steps->header()->sectionSize(TimeColumn) + 3 * margin + 2 * m_steps->frameWidth();
    QList<int> sizes = m_splitter->sizes();
    const int total = sizes.value(0) + sizes.value(1);
    const int list = std::min({needed, total * 55 / 100, total - m_log->minimumSizeHint().width()});
    if (sizes.size() == 2 && sizes.at(0) < list) {
        m_splitter->setSizes({list, total - list});
    }
}

QString RunView::transferText() const
{
    const RunModel::Transfer &transfer = m_model->transfer();
    if (transfer.unit.isEmpty() || transfer.total <= 0) {
        return QString();
    }
    const QLocale locale;
    if (transfer.unit != QLatin1String("bytes")) {
        return tr("%1 of %2", "@info:progress items done of total")
            .arg(locale.toString(transfer.done), locale.toString(transfer.total));
    }
    QStringList parts;
    parts << bytesText(transfer.done, transfer.total);
    if (transfer.bytesPerSecond > 0) {
        parts << tr("%1/s", "@info:progress speed").arg(dataSize(qint64(transfer.bytesPerSecond)));
    }
    if (transfer.secondsLeft >= 0 && transfer.done < transfer.total) {
        parts << tr("about %1 left", "@info:progress time left")
                     .arg(TransferRate::duration(transfer.secondsLeft));
    }
    return parts.join(tr(", ", "@info:progress separator"));
}

QString RunView::progressText() const
{
    const std::vector<RunModel::Step> &steps = m_model->steps();
    const int running = m_model->runningIndex();
    if (running >= 0) {
        const QString step = tr("Step %1 of %2: %3", "@info:progress")
                                 .arg(running + 1)
                                 .arg(steps.size())
                                 .arg(steps[size_t(running)].title);
        const QString transfer = transferText();
        return transfer.isEmpty()
            ? step
            : tr("%1 — %2", "@info:progress step — transfer").arg(step, transfer);
    }
    if (m_model->hasEnded()) {
        int finished = 0;
        for (const RunModel::Step &step : steps) {
            finished += step.state == RunModel::StepState::Ok
                || step.state == RunModel::StepState::Skipped;
        }
        return tr("%1 of %2 steps done.", "@info:progress").arg(finished).arg(steps.size());
    }
    if (!m_model->hasStarted()) {
        return tr("Starting the engine…", "@info:progress");
    }
    return QString();
}

void RunView::refresh()
{
    m_refreshTimer.stop();
    if (m_stepsDirty) {
        rebuildSteps();
    }
    updateSteps();
    const int value = int(m_model->progress() * ProgressSteps + 0.5);
    if (m_bar->value() != value) {
        m_bar->setValue(value);
    }
    const QString text = progressText();
    if (m_progressLabel->text() != text) {
        m_progressLabel->setText(text);
        m_bar->setAccessibleDescription(text);
    }
}

} // namespace DceUpgrade::Wizard
