#pragma once

#include <QByteArray>
#include <QtGlobal>

namespace DceUpgrade::Wizard::Test {

// Sets an environment variable while the object lives (DCE_UPGRADE_HELM, KUBECONFIG), then
// restores it. A null value unsets it for that time. The wizard's tools and its engine worker
// read this process's environment.
class ScopedEnvironment final
{
public:
    ScopedEnvironment(const char *name, const QByteArray &value)
        : m_name(name)
        , m_saved(qgetenv(name))
        , m_wasSet(qEnvironmentVariableIsSet(name))
    {
        if (value.isNull()) {
            qunsetenv(name);
        } else {
            qputenv(name, value);
        }
    }
    ~ScopedEnvironment()
    {
        if (m_wasSet) {
            qputenv(m_name, m_saved);
        } else {
            qunsetenv(m_name);
        }
    }
    ScopedEnvironment(const ScopedEnvironment &) = delete;
    ScopedEnvironment &operator=(const ScopedEnvironment &) = delete;

private:
    const char *m_name;
    QByteArray m_saved;
    bool m_wasSet;
};

} // namespace DceUpgrade::Wizard::Test
