#include "FieldProblems.h"

#include <QAccessible>
#include <QLabel>

namespace DceUpgrade::Wizard {

FieldProblems::FieldProblems(QObject *parent)
    : QObject(parent)
{ }

FieldProblems::~FieldProblems() = default;

QLabel *FieldProblems::addLabel(
    QWidget *parent, const QString &objectName, const QStringList &keyPrefixes)
{
    QLabel *label = makeLabel(parent, objectName);
    m_slots.push_back({label, keyPrefixes});
    return label;
}

QLabel *FieldProblems::makeLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    // The red of the error panel, readable on light and dark palettes.
    label->setStyleSheet(QStringLiteral("QLabel { color: rgb(200, 40, 50); }"));
    label->hide();
    return label;
}

QString FieldProblems::describe(const PlanProblem &problem)
{
    return problem.hint.isEmpty() ? problem.message
                                  : problem.message + QLatin1Char(' ') + problem.hint;
}

void FieldProblems::show(const std::vector<PlanProblem> &problems)
{
    std::vector<QStringList> texts(m_slots.size());
    for (const PlanProblem &problem : problems) {
        std::size_t target = m_slots.size();
        for (std::size_t i = 0; i < m_slots.size() && target == m_slots.size(); ++i) {
            for (const QString &prefix : m_slots[i].prefixes) {
                if (problem.key.startsWith(prefix)) {
                    target = i;
                    break;
                }
            }
        }
        if (target == m_slots.size()) {
            for (std::size_t i = m_slots.size(); i-- > 0;) {
                if (m_slots[i].prefixes.isEmpty()) {
                    target = i;
                    break;
                }
            }
        }
        if (target < m_slots.size()) {
            texts[target].append(describe(problem));
        }
    }
    for (std::size_t i = 0; i < m_slots.size(); ++i) {
        setProblem(m_slots[i].label, texts[i].join(QLatin1Char('\n')));
    }
}

void FieldProblems::setProblem(QLabel *label, const QString &text)
{
    const bool appeared = label->text().isEmpty() && !text.isEmpty();
    if (text != label->text()) {
        label->setText(text);
        label->setAccessibleName(text);
    }
    label->setVisible(!text.isEmpty());
    if (appeared && label->isVisible()) {
        QAccessibleEvent alert(label, QAccessible::Alert);
        QAccessible::updateAccessibility(&alert);
    }
}

} // namespace DceUpgrade::Wizard
