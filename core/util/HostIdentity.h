#pragma once

#include <QString>

namespace DceUpgrade {

// Where and by whom a run was made, for the report: the host name, the operating system as its
// vendor names it, and the login name of the user the process runs as.
struct HostIdentity
{
    QString hostName;
    QString operatingSystem;
    QString user;

    static HostIdentity current();
};

} // namespace DceUpgrade
