#pragma once

#include "util/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace DceUpgrade {

// Turns what a registry answered into an Error a person can act on (bundle-format.md §4.5):
// Harbor's "project does not exist" arrives as 401 and its quota as 403 DENIED, so both are
// named in the advice; a tag immutability rule is 412; a proxy's size limit is 413.
struct RegistryError
{
    Q_DECLARE_TR_FUNCTIONS(DceUpgrade::RegistryError)

public:
    struct Context
    {
        QString registry; // host[:port]
        QString repository; // project/repo, empty for /v2/
        QString user; // empty: anonymous
        QString what; // "the layer sha256:ab12…", "the manifest of hive:v0.28.1"
    };

    // `status` is the HTTP status; `body` the response body (the distribution error JSON when
    // the registry sent one); `challenge` its WWW-Authenticate header, whose
    // `error="insufficient_scope"` is how distribution says "no push right" (it never sends 403).
    static Error fromResponse(int status, const QByteArray &body, const Context &context,
        const QByteArray &challenge = {});
    // Connection-level failures: refused, DNS, timeout, TLS.
    static Error fromNetwork(const QString &detail, bool tls, const Context &context);
    // The same for the token service (Bearer auth) at `tokenService` (host[:port]), which is
    // often another host than the registry (Harbor's core): the error names that host.
    static Error fromTokenServiceNetwork(
        const QString &detail, bool tls, const QString &tokenService, const Context &context);

    // Worth another try after a pause: 429, 502, 503, 504 (and a dropped connection).
    static bool isTemporary(int status)
    {
        return status == 429 || status == 502 || status == 503 || status == 504;
    }
    // The codes fromResponse/fromNetwork give for a registry that is busy, restarting or
    // briefly unreachable, or that lost an upload session: another try may succeed.
    static bool isRetryable(const Error &error);

    // The first {"errors":[{"code","message"}]} entry: (code, message), or empty strings.
    static std::pair<QString, QString> firstError(const QByteArray &body);
};

} // namespace DceUpgrade
