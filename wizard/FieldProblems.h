#pragma once

#include "model/PlanProblem.h"

#include <QObject>
#include <QStringList>

#include <vector>

class QLabel;
class QWidget;

namespace DceUpgrade::Wizard {

// The draft plan's validation problems shown inline, each under the field it is about: a page
// makes one label per field (or group of fields) for the plan keys it shows there, and hands
// show() the problems of its keys whenever the draft changes. A problem no label claims goes to
// the last label made without prefixes (the page's catch-all). A label hides while its field
// has no problem; a problem that appears is announced to screen readers (an Alert event).
class FieldProblems final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FieldProblems)

public:
    explicit FieldProblems(QObject *parent = nullptr);
    ~FieldProblems() override;

    // A hidden label for the problems whose key starts with one of `keyPrefixes`
    // ("registry.address", "sync.nodes["); empty: the catch-all.
    QLabel *addLabel(QWidget *parent, const QString &objectName, const QStringList &keyPrefixes);

    void show(const std::vector<PlanProblem> &problems);

    // A problem label for a page's own checks (not the plan's), styled as addLabel() makes them.
    static QLabel *makeLabel(QWidget *parent, const QString &objectName);
    // Sets a problem label's text, hides it when empty, and announces a problem that appears.
    static void setProblem(QLabel *label, const QString &text);

    // "message hint" as a label shows it.
    static QString describe(const PlanProblem &problem);

private:
    struct Slot
    {
        QLabel *label = nullptr;
        QStringList prefixes;
    };

    std::vector<Slot> m_slots;
};

} // namespace DceUpgrade::Wizard
