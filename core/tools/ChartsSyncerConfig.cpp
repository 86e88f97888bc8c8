#include "ChartsSyncerConfig.h"

#include "util/Error.h"

#include <yaml-cpp/yaml.h>

namespace DceUpgrade {

ChartsSyncerConfig::ChartsSyncerConfig(const UpgradePlan &plan, QString bundlesDir)
    : m_plan(plan)
    , m_bundlesDir(std::move(bundlesDir))
{
    const auto missing = [](const QString &what) {
        return Error(QStringLiteral("plan.invalid"),
            tr("charts-syncer needs %1, and the plan has none.").arg(what),
            tr("Complete the plan and try again."));
    };
    if (plan.registry.address.isEmpty() && plan.registry.prefixRegistry.isEmpty()) {
        throw missing(tr("the registry address (registry.address)"));
    }
    switch (plan.sync.chartTarget) {
    case ChartTarget::Harbor:
        if (plan.sync.chartRepoUrl.isEmpty()) {
            throw missing(tr("the Harbor chart repository URL (sync.chartRepoUrl)"));
        }
        break;
    case ChartTarget::Local:
        if (plan.sync.localChartPath.isEmpty()) {
            throw missing(tr("a directory for the chart (sync.localChartPath)"));
        }
        break;
    case ChartTarget::Oci:
    case ChartTarget::None:
        throw Error(QStringLiteral("plan.invalid"),
            tr("charts-syncer can publish the chart only to a Harbor chart repository "
               "or a local directory."),
            tr("Set sync.chartTarget to harbor or local, or use the built-in sync, "
               "which also publishes to OCI."));
    }
}

bool ChartsSyncerConfig::needsInsecureFlag() const
{
    return m_plan.registry.insecure || m_plan.registry.scheme == QLatin1String("http");
}

QByteArray ChartsSyncerConfig::render(const QString &password) const
{
    const RegistryTarget &r = m_plan.registry;
    const std::string secret
        = password.isEmpty() ? std::string(Masked.data(), Masked.size()) : password.toStdString();
    const auto auth = [&](YAML::Emitter &out) {
        out << YAML::Key << "auth" << YAML::Value << YAML::BeginMap;
        out << YAML::Key << "username" << YAML::Value << YAML::DoubleQuoted
            << r.username.toStdString();
        out << YAML::Key << "password" << YAML::Value << YAML::DoubleQuoted << secret;
        out << YAML::EndMap;
    };
    const auto optional = [](YAML::Emitter &out, const char *key, const QString &value) {
        if (!value.isEmpty()) {
            out << YAML::Key << key << YAML::Value << value.toStdString();
        }
    };

    YAML::Emitter out;
    out << YAML::BeginMap;
    out << YAML::Key << "source" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "intermediateBundlesPath" << YAML::Value << m_bundlesDir.toStdString();
    out << YAML::EndMap;

    out << YAML::Key << "target" << YAML::Value << YAML::BeginMap;
    optional(out, "containerRegistry", r.address);
    optional(out, "containerRepository", r.repository);
    optional(out, "containerPrefixRegistry", r.prefixRegistry);
    optional(out, "containerPrefixRepository", r.prefixRepository);
    if (r.appendOriginRegistry) {
        out << YAML::Key << "appendOriginRegistry" << YAML::Value << true;
    }
    out << YAML::Key << "repo" << YAML::Value << YAML::BeginMap;
    if (m_plan.sync.chartTarget == ChartTarget::Harbor) {
        out << YAML::Key << "kind" << YAML::Value << "HARBOR";
        out << YAML::Key << "url" << YAML::Value << m_plan.sync.chartRepoUrl.toStdString();
        if (!r.username.isEmpty()) {
            auth(out);
        }
    } else {
        out << YAML::Key << "kind" << YAML::Value << "LOCAL";
        out << YAML::Key << "path" << YAML::Value << m_plan.sync.localChartPath.toStdString();
    }
    out << YAML::EndMap;
    if (!r.username.isEmpty()) {
        out << YAML::Key << "containers" << YAML::Value << YAML::BeginMap;
        auth(out);
        out << YAML::EndMap;
    }
    out << YAML::EndMap;
    out << YAML::EndMap;
    return QByteArray(out.c_str()) + '\n';
}

} // namespace DceUpgrade
