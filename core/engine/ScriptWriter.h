#pragma once

#include "Planner.h"

#include <QByteArray>
#include <QCoreApplication>

namespace DceUpgrade {

struct Bundle;
struct Package;

// Exports planned steps as one bash script for engineers who must run things by hand: the same
// commands as the engine, `set -euo pipefail`, every word quoted (robot$name survives), secrets
// read once from the environment or a silent prompt and fed through pipes, never through argv.
class ScriptWriter final
{
    Q_DECLARE_TR_FUNCTIONS(DceUpgrade::ScriptWriter)

public:
    struct Context
    {
        const UpgradePlan *plan = nullptr;
        HelmVersion helm;
        QString planPath;
    };

    static QByteArray write(const PlanResult &result, const Context &context);

    // A bash function of the script that reads `helm template` output on stdin and looks up
    // every image of the plan's registry there (manifest HEAD, as the engine's images.check),
    // listing the missing ones and failing, so the script stops before the upgrade. Called as
    // `RENDER | dce_check_images REGISTRY SCHEME USER [curl TLS options]`; checkImagesCall()
    // writes that call for a plan's registry.
    static inline const QString CheckImages = QStringLiteral("dce_check_images");
    static QString checkImagesCall(const RegistryTarget &registry);

    // "tar -xOf PKG a.tar | tar -xO b.bundle.tar": the bytes of a nested member on stdout
    // ("cat DIR/images.tar" when the package is a directory where a bundle was unpacked).
    static QString streamMember(const QString &packagePath, const QStringList &memberChain);

    // The line that puts `bundle` of `package` as a bundle file at `target` (charts-syncer
    // reads bundle files only), and the one that unpacks its original-chart/ into `dir`.
    static QString bundleToFile(
        const Package &package, const Bundle &bundle, const QString &target);
    static QString extractChart(const Package &package, const Bundle &bundle, const QString &dir);

    // The environment variable a secret is read from ("registry.password" ->
    // DCE_REGISTRY_PASSWORD).
    static QString secretVariable(const QString &secretId);
};

} // namespace DceUpgrade
