#pragma once

#include <QListWidget>

class QEvent;

namespace DceUpgrade::Wizard {

// The eight steps of the wizard down the left side, as installers show them: the current one
// marked and bold, the finished ones checked, the rest plain, so the engineer always knows where
// they are and what is left. Read-only: it follows the wizard (setCurrent), it never drives it.
// Each row's accessible text says its state ("Registry: current step").
class StepSidebar final : public QListWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StepSidebar)

public:
    explicit StepSidebar(QWidget *parent = nullptr);
    ~StepSidebar() override;

    // `current` is a PageId index; the steps before it are shown as done.
    void setCurrent(int current);
    int current() const { return m_current; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void refresh();

    int m_current = 0;
};

} // namespace DceUpgrade::Wizard
