#pragma once

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>

namespace DceUpgrade {

// What the user's shell may hand to the tools dce-upgrade starts (helm, kubectl, docker, ssh,
// charts-syncer). An allow-list, not a deny-list: a variable that tells a tool where to read or
// write its configuration (HELM_REPOSITORY_CONFIG, HELM_REGISTRY_CONFIG, DOCKER_CONFIG,
// XDG_CONFIG_HOME, KUBECACHEDIR, ...) would send the session's credentials into the user's own
// files, and the cleanup would then delete the wrong file. Those come from the plan and the
// session only (RunContext::toolEnvironment()).
//
// Passed on, because the tools cannot work without them and none of them names a file a tool
// writes a credential to:
//   PATH, TMPDIR          where the tools and room for their temporary files are
//   LANG, TZ, USER, LOGNAME  (LC_ALL=C is set on top: outputs are parsed)
//   http(s)_proxy, no_proxy, all_proxy (either case)  the route to the registry and clusters;
//                         a site behind a proxy could not reach them otherwise
//   SSH_AUTH_SOCK         the key agent ssh logs in to the nodes with (keys stay in the agent;
//                         ssh reads its config from the passwd home, not from a variable)
//   DOCKER_HOST           which Docker daemon docker talks to (rootless Docker)
//   CONTAINERD_ADDRESS    which containerd ctr talks to on this machine (a `local` node)
// and the variables the user names in DCE_UPGRADE_TOOL_ENV (space or comma separated: what a
// site's tools need beyond these, such as AWS_PROFILE for a kubeconfig's credential plugin),
// except those that say where a tool keeps its configuration: asked for by name, never silent.
struct ToolEnvironment
{
    Q_DECLARE_TR_FUNCTIONS(DceUpgrade::ToolEnvironment)

public:
    // The allowed variables of `user`, nothing else.
    static QProcessEnvironment allowListed(const QProcessEnvironment &user);

    // The kubeconfig of the tools when the plan names none: the one kubectl would use for this
    // user ($KUBECONFIG, else ~/.kube/config), resolved before HOME moves into the session.
    static QString userKubeconfig(const QProcessEnvironment &user);
    // One line for the person at the terminal: which kubeconfig the run uses and why, since
    // it does not come from the plan (empty when the plan names one).
    static QString kubeconfigNote(const QString &planKubeconfig, const QProcessEnvironment &user);
};

} // namespace DceUpgrade
