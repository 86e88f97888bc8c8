#include "RegistryError.h"

#include "AuthChallenge.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace DceUpgrade {

std::pair<QString, QString> RegistryError::firstError(const QByteArray &body)
{
    const QJsonObject first = QJsonDocument::fromJson(body)
                                  .object()
                                  .value(QLatin1String("errors"))
                                  .toArray()
                                  .first()
                                  .toObject();
    QString message = first.value(QLatin1String("message")).toString();
    // distribution puts the cause in `detail` ("unknown error" + "write ...: no space left on
    // device"); it may also be an object (a digest), which adds nothing a person can use.
    const QString detail = first.value(QLatin1String("detail")).toString();
    if (!detail.isEmpty() && !message.contains(detail)) {
        message = message.isEmpty() ? detail : message + QStringLiteral(": ") + detail;
    }
    return {first.value(QLatin1String("code")).toString(), message};
}

bool RegistryError::isRetryable(const Error &error)
{
    return error.code() == QLatin1String("registry.busy")
        || error.code() == QLatin1String("registry.unreachable")
        || error.code() == QLatin1String("registry.upload-lost");
}

Error RegistryError::fromResponse(
    int status, const QByteArray &body, const Context &context, const QByteArray &challenge)
{
    const auto [code, said] = firstError(body);
    const QString detail = said.isEmpty() ? QStringLiteral("HTTP %1").arg(status)
                                          : QStringLiteral("%1 (HTTP %2)").arg(said).arg(status);
    const QString who = context.user.isEmpty() ? tr("anonymous access") : context.user;
    const QString project = context.repository.section(QLatin1Char('/'), 0, 0);
    const auto authChallenge = AuthChallenge::parse(challenge);
    const bool insufficientScope = authChallenge
        && authChallenge->parameters.value(QStringLiteral("error"))
            == QLatin1String("insufficient_scope");
    switch (status) {
    case 401:
        if (insufficientScope && !context.repository.isEmpty()) {
            // The password was accepted (a token was issued), but without push on this
            // repository: a rights problem, or on Harbor a project that does not exist.
            return Error(QStringLiteral("registry.denied"),
                tr("%1 may not push to %2 in %3: %4")
                    .arg(who, context.repository, context.registry, detail),
                tr("Give the account push rights on the project %1 (a Harbor robot account needs "
                   "\"push repository\"), or use another account. On Harbor this also means that "
                   "the project %1 does not exist: create it, or choose an existing project.")
                    .arg(project));
        }
        return Error(QStringLiteral("registry.unauthorized"),
            tr("The registry %1 refused %2 for %3: %4")
                .arg(context.registry, who, context.what, detail),
            project.isEmpty()
                ? tr("Check the user name and password (robot accounts are written robot$name).")
                : tr("Check the user name and password (robot accounts are written robot$name). On "
                     "Harbor this also means that the project %1 does not exist: create it, or "
                     "choose an existing project.")
                      .arg(project));
    case 403:
        if (said.contains(QLatin1String("quota"), Qt::CaseInsensitive)) {
            return Error(QStringLiteral("registry.quota"),
                tr("The project %1 in %2 has no storage quota left: %3")
                    .arg(project, context.registry, detail),
                tr("Ask the Harbor administrator to raise the project quota or free space, then "
                   "run again: what was pushed stays."));
        }
        return Error(QStringLiteral("registry.denied"),
            tr("%1 may not push to %2 in %3: %4")
                .arg(who, context.repository, context.registry, detail),
            tr("Give the account push rights on the project (a Harbor robot account needs "
               "\"push repository\"), or use another account."));
    case 404:
        if (code == QLatin1String("BLOB_UPLOAD_UNKNOWN")) {
            return Error(QStringLiteral("registry.upload-lost"),
                tr("The registry %1 lost the upload of %2 (it restarted, or the upload took too "
                   "long).")
                    .arg(context.registry, context.what),
                tr("Run again: the upload starts over."));
        }
        return Error(QStringLiteral("registry.not-found"),
            tr("The registry %1 does not know %2: %3").arg(context.registry, context.what, detail),
            tr("Check the registry address and the repository in the plan."));
    case 412:
        return Error(QStringLiteral("registry.tag-immutable"),
            tr("A tag immutability rule of %1 refuses %2: %3")
                .arg(context.registry, context.what, detail),
            tr("The tag exists and may not be replaced. Leave it (the default), or ask the Harbor "
               "administrator to relax the rule for this project."));
    case 413:
        return Error(QStringLiteral("registry.too-large"),
            tr("A proxy in front of %1 refused %2 as too large.")
                .arg(context.registry, context.what),
            tr("Raise the body size limit of the proxy or ingress (client_max_body_size)."));
    case 400:
        if (code == QLatin1String("DIGEST_INVALID")) {
            return Error(QStringLiteral("registry.digest-mismatch"),
                tr("The registry %1 computed another digest for %2.")
                    .arg(context.registry, context.what),
                tr("The package is damaged, or something between here and the registry changes "
                   "the data. Verify the package (dce-upgrade inspect --verify)."));
        }
        break;
    default:
        break;
    }
    if (status >= 500
        && (said.contains(QLatin1String("no space left"), Qt::CaseInsensitive)
            || said.contains(QLatin1String("file too large"), Qt::CaseInsensitive)
            || said.contains(QLatin1String("quota"), Qt::CaseInsensitive))) {
        return Error(QStringLiteral("registry.storage-full"),
            tr("The registry %1 could not store %2: its storage is full (%3).")
                .arg(context.registry, context.what, detail),
            tr("Free space on the registry's storage or enlarge its volume, then run again: what "
               "was pushed stays and is not sent again."));
    }
    if (isTemporary(status)) {
        return Error(QStringLiteral("registry.busy"),
            tr("The registry %1 is busy or restarting (%2).").arg(context.registry, detail),
            tr("Run again in a moment: what was pushed stays and is not sent again."));
    }
    return Error(QStringLiteral("registry.failed"),
        tr("The registry %1 answered an error for %2: %3")
            .arg(context.registry, context.what, detail),
        tr("See the registry's log for the reason."));
}

Error RegistryError::fromTokenServiceNetwork(
    const QString &detail, bool tls, const QString &tokenService, const Context &context)
{
    if (tls) {
        return Error(QStringLiteral("registry.tls"),
            tr("The TLS certificate of %1, the token service of the registry %2, is not trusted: "
               "%3")
                .arg(tokenService, context.registry, detail),
            tr("Give the CA certificate that signed it in the plan (registry.caFile), or, on a "
               "trusted network only, allow insecure access."));
    }
    return Error(QStringLiteral("registry.unreachable"),
        tr("The token service %1 of the registry %2 cannot be reached: %3")
            .arg(tokenService, context.registry, detail),
        tr("The registry sends clients to %1 for their tokens: check that it runs and that this "
           "host can reach it (firewall, NO_PROXY).")
            .arg(tokenService));
}

Error RegistryError::fromNetwork(const QString &detail, bool tls, const Context &context)
{
    if (tls) {
        return Error(QStringLiteral("registry.tls"),
            tr("The TLS certificate of %1 is not trusted: %2").arg(context.registry, detail),
            tr("Give the registry's CA certificate file in the plan (registry.caFile), or, on a "
               "trusted network only, allow insecure access."));
    }
    return Error(QStringLiteral("registry.unreachable"),
        tr("The registry %1 cannot be reached: %2").arg(context.registry, detail),
        tr("Check the address and port, that the registry runs, and that no proxy is in the way "
           "(NO_PROXY)."));
}

} // namespace DceUpgrade
