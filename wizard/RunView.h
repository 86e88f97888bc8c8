#pragma once

#include <QString>
#include <QTimer>
#include <QWidget>

class QEvent;
class QLabel;
class QProgressBar;
class QSplitter;
class QTreeWidget;

namespace DceUpgrade::Wizard {

class LogView;
class RunModel;

// The live view of one engine run, as the Run page shows an upgrade and the Finish page a
// rollback: the steps with state icons and durations (a step that fans out has its units, the
// nodes, as child items with their own state, bytes and time), one overall progress bar (step
// weights) with "1.2 of 2.0 GiB, 45 MiB/s, about 3 min left", and the LogView.
//
// It never redraws per event: model changes mark it dirty and it redraws at most every
// RefreshIntervalMs (and once a second while a step runs, for its elapsed time), so a worker
// that floods progress cannot stall the window. The model is not owned and must outlive it.
class RunView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunView)

public:
    static constexpr int RefreshIntervalMs = 100;

    explicit RunView(RunModel *model, QWidget *parent = nullptr);
    ~RunView() override;

    LogView *logView() const { return m_log; }
    QTreeWidget *stepList() const { return m_steps; }
    QProgressBar *progressBar() const { return m_bar; }
    // The line under the bar: the running step and its transfer.
    QString progressText() const;
    // Redraws now (tests, screenshots); otherwise it happens on the next tick.
    void refresh();

protected:
    void changeEvent(QEvent *event) override;

private:
    void scheduleRefresh();
    void rebuildSteps();
    void updateSteps();
    void makeRoomForUnits();
    QString transferText() const;

    RunModel *m_model = nullptr;
    QProgressBar *m_bar = nullptr;
    QLabel *m_progressLabel = nullptr;
    QSplitter *m_splitter = nullptr;
    QTreeWidget *m_steps = nullptr;
    LogView *m_log = nullptr;
    QTimer m_refreshTimer;
    QTimer m_clock; // elapsed time of the running step
    bool m_stepsDirty = true;
};

} // namespace DceUpgrade::Wizard
