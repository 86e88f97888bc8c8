#pragma once

#include <QByteArray>
#include <QtGlobal>

namespace DceUpgrade::Test {

// Sets an environment variable while the object lives (DCE_UPGRADE_HELM, KUBECONFIG, PATH with a
// fake tool first), then restores it. A null value unsets it for that time. The programs a test
// starts (the engine, the wizard's tools and worker) inherit this process's environment.
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

} // namespace DceUpgrade::Test
