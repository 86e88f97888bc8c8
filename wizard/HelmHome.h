#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QTemporaryDir>

namespace DceUpgrade::Wizard {

// A private helm configuration for the wizard's own helm runs (chart versions, release probes):
// HELM_CONFIG_HOME, HELM_CACHE_HOME, HELM_DATA_HOME and the kube cache in a 0700 temporary
// directory, so nothing the user set up with helm is read or changed, and the repository
// password helm writes into repositories.yaml is deleted with the object.
class HelmHome final
{
public:
    HelmHome();
    ~HelmHome();
    HelmHome(const HelmHome &) = delete;
    HelmHome &operator=(const HelmHome &) = delete;

    bool isValid() const { return m_dir.isValid(); }
    QString errorString() const { return m_dir.errorString(); }

    // The system environment with the private homes, LC_ALL=C (helm's output is parsed) and
    // KUBECONFIG set to `kubeconfig` when one is given.
    QProcessEnvironment environment(const QString &kubeconfig = {}) const;

private:
    QTemporaryDir m_dir;
};

} // namespace DceUpgrade::Wizard
