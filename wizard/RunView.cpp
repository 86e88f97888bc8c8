#include "RunView.h"

#include "LogView.h"
#include "RunModel.h"

#include "util/TransferRate.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPixmap>
#include <QProgressBar>
#include <QSplitter>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

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
    for (int i = 0; i < int(steps.size()) && i < m_steps->topLevelItemCount(); ++i) {
        const RunModel::Step &step = steps[size_t(i)];
        QTreeWidgetItem *item = m_steps->topLevelItem(i);
        item->setIcon(TitleColumn, stateIcon(style(), step.state));
        item->setText(StateColumn, stateText(step.state));
        const bool isRunning = step.state == RunModel::StepState::Running;
        running |= isRunning;
        item->setText(
            TimeColumn, durationText(isRunning ? step.running.elapsed() : step.durationMs));
        const QString detail = step.message.isEmpty()
            ? step.title
            : tr("%1: %2", "@info:tooltip step title: message").arg(step.title, step.message);
        item->setToolTip(TitleColumn, detail);
        if (isRunning) {
            m_steps->scrollToItem(item);
        }
    }
    if (running && !m_clock.isActive()) {
        m_clock.start();
    } else if (!running) {
        m_clock.stop();
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
    parts << tr("%1 of %2", "@info:progress bytes done of total")
                 .arg(locale.formattedDataSize(transfer.done),
                     locale.formattedDataSize(transfer.total));
    if (transfer.bytesPerSecond > 0) {
        parts << tr("%1/s", "@info:progress speed")
                     .arg(locale.formattedDataSize(qint64(transfer.bytesPerSecond)));
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
