#pragma once

#include "HelpTopic.h"

#include <QFrame>
#include <QString>

class QEvent;
class QLabel;

namespace DceUpgrade::Wizard {

class HelpLinkButton;

// An inline error on a page: what went wrong and what to do, selectable so it can be copied
// into a ticket. Hidden while there is no error. The texts come already translated (an Error's
// message and hint); only the frame's own labels follow a language switch.
//
// Accessibility: the panel is an alert for assistive technology, and an error shown while the
// panel is visible is announced: an Alert event, and the focus moves to the message (read with
// the hint as its description), so a screen reader does not stay silent.
//
// With a help topic (ErrorHelp::topicFor(code)), a "Help on this error" button below the hint
// asks for that part of the help (HelpLinkButton::helpRequested).
class ErrorPanel final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ErrorPanel)

public:
    explicit ErrorPanel(QWidget *parent = nullptr);
    ~ErrorPanel() override;

    void showError(
        const QString &message, const QString &hint, const HelpTopic &helpTopic = HelpTopic {});
    void clear();

    QString message() const { return m_messageText; }
    QString hint() const { return m_hintText; }
    HelpLinkButton *helpButton() const { return m_help; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void announce();

    QLabel *m_icon = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_hint = nullptr;
    HelpLinkButton *m_help = nullptr;
    QString m_messageText;
    QString m_hintText;
};

} // namespace DceUpgrade::Wizard
