#pragma once

#include "SecretStore.h"
#include "ToolInventory.h"

#include "bundle/PackageReader.h"
#include "model/ModuleProfile.h"
#include "model/PlanProblem.h"
#include "model/UpgradePlan.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace DceUpgrade::Wizard {

// How the last engine run (upgrade or rollback) ended, as the Run page saw it: what the Finish
// page tells the user.
struct RunOutcome
{
    enum class Kind { None, Upgrade, Rollback };
    enum class Result { Succeeded, Failed, Canceled, WorkerLost };

    Kind kind = Kind::None;
    Result result = Result::Failed;
    QString sessionDir; // the engine's session (plan, state.json, logs, backups, report)
    QString report; // report.html (or rollback-report.html)
    int exitCode = -1;
    // The step that failed, with the engine's translated message and hint.
    QString failedStep;
    QString failedStepTitle;
    QString code;
    QString message;
    QString hint;
    QStringList lastLines; // the worker's last stderr lines, when it was lost
};

// The state the wizard's pages share: the module, the language, the package that was read, the
// draft plan the pages edit, the secrets typed in, the tools found on this machine, the plan
// frozen for the run and how the run ended. Pages edit it and react to its change signals; they
// never talk to each other. GUI thread only. Never holds a secret in a form that is saved
// anywhere: the draft has none (UpgradePlan cannot carry one), secrets() is memory only.
class WizardSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WizardSession)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(QString packagePath READ packagePath WRITE setPackagePath NOTIFY packagePathChanged)
    Q_PROPERTY(bool hasPackage READ hasPackage NOTIFY packageChanged)

public:
    // Where the session's module comes from. Assumed: nobody named it yet (the profile given to
    // the constructor stands in until a package is read); Chosen: --module, the Welcome page, a
    // plan file or a resumed session; Recognised: the charts of the package read.
    enum class ModuleOrigin { Assumed, Chosen, Recognised };

    explicit WizardSession(ModuleProfile profile, QObject *parent = nullptr);
    ~WizardSession() override;

    const ModuleProfile &profile() const { return m_profile; }
    ModuleOrigin moduleOrigin() const { return m_moduleOrigin; }
    bool isModuleKnown() const { return m_moduleOrigin != ModuleOrigin::Assumed; }
    // Makes `profile` the module the wizard upgrades (the draft's `module`). Another module's
    // release settings (upgrade.releases name its charts) are dropped: returns true when there
    // were any, so the page that switched can say so. Emits profileChanged() when the module or
    // its origin changed.
    bool setProfile(ModuleProfile profile, ModuleOrigin origin);

    // "en" or "zh_CN". Setting it installs the translators (Translations::install): every widget
    // then receives QEvent::LanguageChange and retranslates itself. Empty picks the system's.
    QString language() const { return m_language; }
    void setLanguage(const QString &language);

    // The package file the user chose, made absolute (also the draft's `package`). Changing it
    // drops the package read from the old path.
    QString packagePath() const { return m_packagePath; }
    void setPackagePath(const QString &path);

    // What was read from packagePath(), or null while nothing was (yet). Read-only and shared.
    const std::shared_ptr<const Package> &package() const { return m_package; }
    bool hasPackage() const { return m_package != nullptr; }
    // Ignored unless `package` was read from the current packagePath().
    void setPackage(std::shared_ptr<const Package> package);

    // The plan being built by the pages. editDraft() applies one change and emits draftChanged()
    // when the plan really changed; problems() is the draft's UpgradePlan::validate().
    const UpgradePlan &draft() const { return m_draft; }
    void editDraft(const std::function<void(UpgradePlan &)> &edit);
    // Replaces the whole draft (a plan opened from a file); its package becomes packagePath().
    // The plan's module becomes the session's, with `origin`, when this version upgrades it;
    // otherwise the plan takes the session's module. A plan the user opened or resumed names
    // the module (Chosen); the choices remembered from the last use only assume it.
    void setDraft(const UpgradePlan &plan, ModuleOrigin origin = ModuleOrigin::Chosen);
    const std::vector<PlanProblem> &problems() const { return m_problems; }
    // Those whose key starts with one of `prefixes` ("sync.nodes" also gives sync.nodes[1].host).
    std::vector<PlanProblem> problems(const QStringList &prefixes) const;

    // The plan the run uses: a copy of the draft taken when the user confirms the Review page.
    // Later edits of the draft do not change it.
    const UpgradePlan &freeze();
    const std::optional<UpgradePlan> &frozenPlan() const { return m_frozen; }
    // The run's plan only syncs (upgrade.method none): the Run and Finish pages speak of staged
    // images, not of an upgrade, and offer no rollback.
    bool runIsSyncOnly() const { return m_frozen && m_frozen->syncOnly(); }

    // An interrupted engine session the user chose to continue: the run then resumes it
    // (`run --resume`), skipping what it finished. Any later change of the draft makes it a new
    // run, so the resume is dropped then.
    const QString &resumeSession() const { return m_resumeSession; }
    // Adopts the session's own plan as the draft and remembers the session.
    void resume(const QString &sessionDir, const UpgradePlan &plan);

    // Consent the Review page asked for: install an older chart version than the deployed one.
    bool allowDowngrade() const { return m_allowDowngrade; }
    void setAllowDowngrade(bool allow) { m_allowDowngrade = allow; }

    SecretStore &secrets() { return m_secrets; }
    const SecretStore &secrets() const { return m_secrets; }
    ToolInventory &tools() { return m_tools; }
    const ToolInventory &tools() const { return m_tools; }

    const RunOutcome &lastRun() const { return m_lastRun; }
    void setLastRun(const RunOutcome &outcome);

    // The wizard was started by `scripts/run.sh --demo`: the note says what runs where.
    bool isDemo() const { return !m_demoNote.isNull(); }
    const QString &demoNote() const { return m_demoNote; }
    void setDemoNote(const QString &note) { m_demoNote = note; }

signals:
    void languageChanged(const QString &language);
    void packagePathChanged(const QString &path);
    void packageChanged();
    void draftChanged();
    void lastRunChanged();
    void resumeSessionChanged();
    void profileChanged();

private:
    void revalidate();

    ModuleProfile m_profile;
    ModuleOrigin m_moduleOrigin = ModuleOrigin::Assumed;
    QString m_language;
    QString m_packagePath;
    std::shared_ptr<const Package> m_package;
    UpgradePlan m_draft;
    std::vector<PlanProblem> m_problems;
    std::optional<UpgradePlan> m_frozen;
    bool m_allowDowngrade = false;
    SecretStore m_secrets;
    ToolInventory m_tools;
    RunOutcome m_lastRun;
    QString m_demoNote;
    QString m_resumeSession;
};

} // namespace DceUpgrade::Wizard
