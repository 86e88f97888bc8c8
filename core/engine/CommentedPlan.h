#pragma once

#include "model/ModuleProfile.h"
#include "model/UpgradePlan.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

namespace DceUpgrade {

// The plan `dce-upgrade init` writes: a few answers (registry, sync and upgrade method) and the
// package's charts become a plan with a comment on every key that says what it does and what
// the choices are, so nobody has to start from docs/plan.md. Valid as written (write() checks
// it with UpgradePlan::validate()), and never a secret: the password is asked at run time.
class CommentedPlan final
{
    Q_DECLARE_TR_FUNCTIONS(DceUpgrade::CommentedPlan)

public:
    struct Answers
    {
        QString package; // absolute path of the offline package
        QStringList charts; // the charts in the package, in its order
        QString registryAddress; // host[:port]
        QString repository; // the project (and path) the images go to
        QString scheme = QStringLiteral("https");
        QString username;
        SyncMethod sync = SyncMethod::BuiltIn;
        UpgradeMethod upgrade = UpgradeMethod::ChartPackage;
        QString repoUrl; // the Helm repository of helm-repo; empty: the sync's Harbor one
        QString kubeconfig;
        std::vector<SshNode> nodes; // containerd (and docker on nodes)
    };

    // Throws Error (plan.invalid) when the answers cannot make a valid plan, saying which
    // answer is missing (containerd without nodes, helm-repo without a repository...).
    static QByteArray write(const Answers &answers, const ModuleProfile &profile);
};

} // namespace DceUpgrade
