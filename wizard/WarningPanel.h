#pragma once

#include <QFrame>
#include <QStringList>

class QEvent;
class QLabel;
class QVBoxLayout;

namespace DceUpgrade::Wizard {

// Warnings the user must read before going on, in an amber frame with a title: one paragraph
// each, selectable so they can be copied. Hidden while there is none. Widgets that record the
// user's decision (a consent check box) go under the list with addDecision(). The texts come
// translated; only the title follows a language switch by itself.
class WarningPanel final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WarningPanel)

public:
    explicit WarningPanel(QWidget *parent = nullptr);
    ~WarningPanel() override;

    // Shows the panel when there are warnings or a visible decision; announces new warnings to
    // screen readers.
    void setWarnings(const QStringList &warnings);
    const QStringList &warnings() const { return m_warnings; }
    void addDecision(QWidget *widget);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_icon = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_list = nullptr;
    QVBoxLayout *m_decisions = nullptr;
    QStringList m_warnings;
};

} // namespace DceUpgrade::Wizard
