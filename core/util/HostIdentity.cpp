#include "HostIdentity.h"

#include <QSysInfo>

#include <pwd.h>
#include <unistd.h>

namespace DceUpgrade {

HostIdentity HostIdentity::current()
{
    HostIdentity identity;
    identity.hostName = QSysInfo::machineHostName();
    identity.operatingSystem = QSysInfo::prettyProductName();
    // The account the process runs as (sudo included), not what $USER claims; the variables are
    // the fallback for an account without a passwd entry (a container's random uid).
    if (const passwd *entry = ::getpwuid(::geteuid()); entry && entry->pw_name) {
        identity.user = QString::fromLocal8Bit(entry->pw_name);
    }
    if (identity.user.isEmpty()) {
        identity.user = qEnvironmentVariable("USER", qEnvironmentVariable("LOGNAME"));
    }
    if (identity.user.isEmpty()) {
        identity.user = QStringLiteral("uid %1").arg(::geteuid());
    }
    return identity;
}

} // namespace DceUpgrade
