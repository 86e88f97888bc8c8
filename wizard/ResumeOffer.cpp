#include "ResumeOffer.h"

#include "WizardSession.h"

#include "engine/SessionIndex.h"
#include "util/Error.h"

#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace DceUpgrade::Wizard {

ResumeOffer::ResumeOffer(WizardSession *session, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
{ }

ResumeOffer::~ResumeOffer() = default;

bool ResumeOffer::offer()
{
    // Any module's, unless one was chosen: the resumed plan brings its module back.
    const bool chosen = m_session->moduleOrigin() == WizardSession::ModuleOrigin::Chosen;
    const std::optional<SessionSummary> found
        = SessionIndex::newestInterrupted(chosen ? m_session->profile().id : QString());
    if (!found) {
        return false;
    }
    const SessionSummary interrupted = *found;
    const QString when = QLocale().toString(interrupted.created, QLocale::ShortFormat);
    QString what;
    if (interrupted.reported) {
        //: %1: the module's name, such as 微服务引擎 (Microservice Engine)
        what = tr("The upgrade of %1 started on %2 stopped before it finished (%n step(s) done).",
            nullptr, interrupted.stepsDone);
    } else {
        //: %1: the module's name, such as 微服务引擎 (Microservice Engine)
        what = tr("The upgrade of %1 started on %2 was interrupted (%n step(s) done).", nullptr,
            interrupted.stepsDone);
    }
    QString module = interrupted.module;
    try {
        module = ModuleProfile::builtIn(interrupted.module).displayName();
    } catch (const Error &) {
        // A module of another version: its id is all there is to say.
    }
    what = what.arg(module, when);

    auto *box = new QMessageBox(QMessageBox::Question,
        tr("Continue the interrupted upgrade?", "@title:window"), what, QMessageBox::NoButton,
        m_window);
    box->setObjectName(QStringLiteral("resumeOffer"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(
        tr("Continuing skips every step that already finished and uses the same plan and values "
           "backup. You will be asked for the registry password again.\n\nSession: %1\nPackage: "
           "%2")
            .arg(interrupted.dir, interrupted.package));
    QPushButton *resume = box->addButton(tr("C&ontinue it", "@action"), QMessageBox::AcceptRole);
    QPushButton *fresh
        = box->addButton(tr("Start a &new upgrade", "@action"), QMessageBox::RejectRole);
    resume->setObjectName(QStringLiteral("resumeContinue"));
    fresh->setObjectName(QStringLiteral("resumeStartNew"));
    box->setDefaultButton(resume);
    box->setEscapeButton(fresh);
    connect(box, &QMessageBox::finished, this, [this, box, resume, interrupted] {
        if (box->clickedButton() != resume) {
            SessionIndex::dismiss(interrupted.dir);
            return;
        }
        try {
            m_session->resume(
                interrupted.dir, UpgradePlan::load(interrupted.dir + QStringLiteral("/plan.yaml")));
        } catch (const Error &error) {
            auto *failed = new QMessageBox(QMessageBox::Warning,
                tr("Cannot continue", "@title:window"), error.message(), QMessageBox::Ok, m_window);
            failed->setInformativeText(error.hint());
            failed->setAttribute(Qt::WA_DeleteOnClose);
            failed->open();
        }
    });
    box->open();
    return true;
}

} // namespace DceUpgrade::Wizard
