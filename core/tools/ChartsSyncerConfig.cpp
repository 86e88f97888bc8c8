#include "ChartsSyncerConfig.h"

#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

namespace DceUpgrade {

ChartsSyncerConfig::ChartsSyncerConfig(const UpgradePlan &plan, QString bundlesDir)
    : m_plan(plan)
    , m_bundlesDir(std::move(bundlesDir))
{
    // The registry address and a Harbor or local chart target are rules of a charts-syncer plan.
    m_plan.throwIfInvalid();
}

bool ChartsSyncerConfig::needsInsecureFlag() const
{
    return m_plan.registry.insecure || m_plan.registry.scheme == QLatin1String("http");
}

QString ChartsSyncerConfig::bundleFileName(const QString &chart, const QString &version)
{
    return chart + QLatin1Char('_') + version + QLatin1String(".bundle.tar");
}

bool ChartsSyncerConfig::canNameBundle(const QString &chart, const QString &version)
{
    // chartutil's nameRegexp and versionRegexp, which its bundle pattern is made of.
    static const QRegularExpression name(QStringLiteral("^[a-zA-Z][a-zA-Z0-9+-]*$"));
    static const QRegularExpression versionPattern(QStringLiteral("^[a-zA-Z0-9][a-zA-Z0-9+.-]*$"));
    return name.match(chart).hasMatch() && versionPattern.match(version).hasMatch();
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
