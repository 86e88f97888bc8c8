#pragma once

#include "model/RegistryTarget.h"

#include <QSslConfiguration>
#include <QUrl>

namespace DceUpgrade {

// How every client of the registry host (RegistryClient for /v2/, HarborApi for /api/) connects,
// so that both always agree: the base URL from the target's scheme and address, TLS with the
// system trust plus the target's CA file, or no verification when the target is insecure, and
// proxies from the environment (http_proxy, https_proxy, no_proxy), as charts-syncer does.
struct RegistryConnection
{
    static QUrl baseUrl(const RegistryTarget &target);
    static QSslConfiguration tls(const RegistryTarget &target);
    // Once per process; idempotent.
    static void useProxiesFromEnvironment();
};

} // namespace DceUpgrade
