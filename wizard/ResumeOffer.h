#pragma once

#include <QObject>

class QWidget;

namespace DceUpgrade::Wizard {

class WizardSession;

// On start: when an upgrade (of the module chosen, or of any) was interrupted (killed, canceled,
// failed, and not rolled back since), offers to continue it. Asked without blocking (a window-modal
// box opened with open()). Continue adopts the session's plan and makes the run resume it, skipping
// what is done; the password is asked again on the Registry page, as it is never stored. Start anew
// marks the session so it is not offered again (it is kept on disk).
class ResumeOffer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResumeOffer)

public:
    ResumeOffer(WizardSession *session, QWidget *window);
    ~ResumeOffer() override;

    // Asks when there is something to continue; false when there is nothing.
    bool offer();

private:
    WizardSession *m_session = nullptr;
    QWidget *m_window = nullptr;
};

} // namespace DceUpgrade::Wizard
