#include "ProblemLabel.h"

#include <QAccessible>

namespace DceUpgrade::Wizard {

ProblemLabel::ProblemLabel(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    // The red of the ErrorPanel's frame, dark enough to read on a light window; Qt has no
    // palette role for error text.
    QPalette palette = this->palette();
    palette.setColor(QPalette::WindowText, QColor(176, 0, 32));
    setPalette(palette);
    hide();
}

ProblemLabel::~ProblemLabel() = default;

void ProblemLabel::showProblems(const std::vector<PlanProblem> &problems)
{
    QStringList lines;
    for (const PlanProblem &problem : problems) {
        lines.append(problem.hint.isEmpty() ? problem.message
                                            : problem.message + QLatin1Char(' ') + problem.hint);
    }
    const QString shown = lines.join(QLatin1Char('\n'));
    if (shown == text() && isHidden() == shown.isEmpty()) {
        return;
    }
    setText(shown);
    setAccessibleName(shown);
    setVisible(!shown.isEmpty());
    if (!shown.isEmpty()) {
        QAccessibleEvent alert(this, QAccessible::Alert);
        QAccessible::updateAccessibility(&alert);
    }
}

} // namespace DceUpgrade::Wizard
