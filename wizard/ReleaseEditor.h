#pragma once

#include "model/ModuleProfile.h"
#include "model/PlanProblem.h"
#include "model/UpgradePlan.h"

#include <QGroupBox>
#include <QStringList>

#include <optional>
#include <vector>

class QComboBox;
class QEvent;
class QLabel;
class QLineEdit;
class QListWidget;

namespace DceUpgrade::Wizard {

class ProblemLabel;

// One release of the module on the Upgrade page: whether it is upgraded (the group's check box),
// its release name and namespace (the profile's unless changed), the chart version (the package's
// unless another one the repository offers is chosen) and, for a worker-scope release such as
// skoala-init, the worker clusters (kube contexts) it is upgraded in. Shows what the page gives
// it and reports the user's edits with edited(); the page writes them into the draft.
class ReleaseEditor final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReleaseEditor)

public:
    ReleaseEditor(const ReleaseProfile &profile, QWidget *parent = nullptr);
    ~ReleaseEditor() override;

    const ReleaseProfile &profile() const { return m_profile; }

    // The chart version in the package, or empty when the package has no such chart (then the
    // release cannot be chosen).
    void setPackageVersion(const QString &version);
    // The plan's entry for this release, or nullopt when the plan leaves it out. Fields being
    // edited keep what is typed.
    void showEntry(const std::optional<ReleasePlan> &entry);
    // What the plan holds for this release: only the values that differ from the defaults.
    ReleasePlan entry() const;

    // Versions the Helm repository offers (newest first), or nullopt while they are not known.
    // `fromRepository` false: the chart package is installed, its version only.
    void setRepositoryVersions(const std::optional<QStringList> &versions, bool fromRepository);
    // The kube contexts of the kubeconfig (worker-scope releases list them to choose from).
    void setContexts(const QStringList &contexts);

    void showProblems(const std::vector<PlanProblem> &problems);

signals:
    void edited();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillVersions();
    void fillContexts();
    QString chosenVersion() const;
    QStringList chosenContexts() const;
    void updateNotes();
    bool isWorker() const { return m_profile.scope == ReleaseProfile::Scope::Worker; }

    ReleaseProfile m_profile;
    QString m_packageVersion;
    std::optional<QStringList> m_repositoryVersions;
    bool m_fromRepository = true;
    QString m_version; // the plan's version, empty: the package's
    QStringList m_contexts; // of the kubeconfig
    QStringList m_chosenContexts; // the plan's

    QLabel *m_releaseLabel = nullptr;
    QLineEdit *m_release = nullptr;
    QLabel *m_namespaceLabel = nullptr;
    QLineEdit *m_namespace = nullptr;
    QLabel *m_versionLabel = nullptr;
    QComboBox *m_versionCombo = nullptr;
    QLabel *m_versionNote = nullptr;
    QLabel *m_contextsLabel = nullptr;
    QListWidget *m_contextList = nullptr;
    QLabel *m_contextsNote = nullptr;
    ProblemLabel *m_problems = nullptr;
};

} // namespace DceUpgrade::Wizard
