#include "WizardSession.h"

#include "util/Error.h"
#include "util/Translations.h"

#include <QFileInfo>

#include <utility>

namespace DceUpgrade::Wizard {

WizardSession::WizardSession(ModuleProfile profile, QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
{
    m_draft.module = m_profile.id;
    revalidate();
}

WizardSession::~WizardSession() = default;

void WizardSession::setLanguage(const QString &language)
{
    if (!m_language.isEmpty() && language == m_language) {
        return;
    }
    const QString effective = Translations::install(language);
    if (effective != m_language) {
        m_language = effective;
        // The problems' texts are translated when they are found.
        revalidate();
        emit languageChanged(m_language);
    }
}

void WizardSession::setPackagePath(const QString &path)
{
    // Absolute, like Package::path, so a package can be matched with the path it was read from.
    const QString absolute = path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
    if (absolute == m_packagePath) {
        return;
    }
    m_packagePath = absolute;
    const bool hadPackage = hasPackage();
    m_package.reset();
    emit packagePathChanged(m_packagePath);
    if (hadPackage) {
        emit packageChanged();
    }
    editDraft([&absolute](UpgradePlan &plan) { plan.package = absolute; });
}

void WizardSession::setPackage(std::shared_ptr<const Package> package)
{
    if (package && package->path != m_packagePath) {
        return;
    }
    if (package == m_package) {
        return;
    }
    m_package = std::move(package);
    emit packageChanged();
}

void WizardSession::editDraft(const std::function<void(UpgradePlan &)> &edit)
{
    UpgradePlan changed = m_draft;
    edit(changed);
    if (changed.toYaml() == m_draft.toYaml()) {
        return;
    }
    m_draft = std::move(changed);
    revalidate();
    if (!m_resumeSession.isEmpty()) {
        m_resumeSession.clear();
        emit resumeSessionChanged();
    }
    emit draftChanged();
}

void WizardSession::resume(const QString &sessionDir, const UpgradePlan &plan)
{
    setDraft(plan);
    m_resumeSession = sessionDir;
    emit resumeSessionChanged();
}

bool WizardSession::setProfile(ModuleProfile profile, ModuleOrigin origin)
{
    const bool otherModule = profile.id != m_profile.id;
    if (!otherModule && origin == m_moduleOrigin) {
        return false;
    }
    const bool hadReleases = otherModule && !m_draft.upgrade.releases.empty();
    m_profile = std::move(profile);
    m_moduleOrigin = origin;
    editDraft([this, otherModule](UpgradePlan &plan) {
        plan.module = m_profile.id;
        if (otherModule) {
            plan.upgrade.releases.clear();
        }
    });
    emit profileChanged();
    return hadReleases;
}

void WizardSession::setDraft(const UpgradePlan &plan, ModuleOrigin origin)
{
    UpgradePlan adopted = plan;
    try {
        // Before the draft is replaced: a switch drops the other module's releases, and the
        // plan's own are adopted below.
        setProfile(
            adopted.module == m_profile.id ? m_profile : ModuleProfile::forUpgrade(adopted.module),
            origin);
    } catch (const Error &) {
        adopted.module = m_profile.id; // a module this version does not upgrade
    }
    editDraft([&adopted](UpgradePlan &draft) { draft = adopted; });
    setPackagePath(adopted.package);
}

void WizardSession::revalidate()
{
    m_problems = m_draft.validate();
}

const UpgradePlan &WizardSession::freeze()
{
    m_frozen = m_draft;
    return *m_frozen;
}

void WizardSession::setLastRun(const RunOutcome &outcome)
{
    m_lastRun = outcome;
    emit lastRunChanged();
}

std::vector<PlanProblem> WizardSession::problems(const QStringList &prefixes) const
{
    std::vector<PlanProblem> wanted;
    for (const PlanProblem &problem : m_problems) {
        for (const QString &prefix : prefixes) {
            if (problem.key.startsWith(prefix)) {
                wanted.push_back(problem);
                break;
            }
        }
    }
    return wanted;
}

} // namespace DceUpgrade::Wizard
