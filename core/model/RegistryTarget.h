#pragma once

#include <QString>

namespace DceUpgrade {

// The id under which a run holds the registry password (RunContext::secrets, a command's stdin
// secret, `--secrets-stdin`): the password itself is never in a plan or on a command line.
inline const QString RegistryPasswordId = QStringLiteral("registry.password");

struct RegistryTarget
{
    QString address; // host[:port] of the image registry (Harbor)
    QString scheme = QStringLiteral("https"); // "https" or "http"
    QString caFile; // trust this CA (self-signed Harbor)
    bool insecure = false; // skip TLS verification (warned about)
    QString repository; // charts-syncer containerRepository, e.g. release.daocloud.io/skoala
    QString prefixRegistry; // containerPrefixRegistry (insight-style relocation)
    QString prefixRepository; // containerPrefixRepository
    bool appendOriginRegistry = false;
    QString username; // the password is a secret: never in the plan
};

} // namespace DceUpgrade
