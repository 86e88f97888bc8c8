#include "UpgradePlan.h"

#include "util/Error.h"
#include "util/Yaml.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <utility>

namespace DceUpgrade {

namespace {

template<typename E>
struct Spelling
{
    E value;
    const char *text;
};

constexpr Spelling<SyncMethod> SyncMethods[] = {{SyncMethod::BuiltIn, "builtin"},
    {SyncMethod::ChartsSyncer, "charts-syncer"}, {SyncMethod::Docker, "docker"},
    {SyncMethod::Containerd, "containerd"}, {SyncMethod::None, "none"}};
constexpr Spelling<ChartTarget> ChartTargets[] = {{ChartTarget::Harbor, "harbor"},
    {ChartTarget::Local, "local"}, {ChartTarget::Oci, "oci"}, {ChartTarget::None, "none"}};
constexpr Spelling<UpgradeMethod> UpgradeMethods[]
    = {{UpgradeMethod::HelmRepo, "helm-repo"}, {UpgradeMethod::ChartPackage, "chart-package"}};

template<typename E, size_t N>
QString spell(const Spelling<E> (&table)[N], E value)
{
    for (const auto &entry : table) {
        if (entry.value == value) {
            return QString::fromLatin1(entry.text);
        }
    }
    return {};
}

// Reads one YAML mapping strictly: unknown keys are errors (a typo must not silently become a
// default), and every error names the file and line.
class Section
{
public:
    Section(const YAML::Node &node, const QString &file, const char *name)
        : m_node(node)
        , m_file(file)
        , m_name(QString::fromLatin1(name))
    {
        if (m_node && !m_node.IsNull() && !m_node.IsMap()) {
            fail(m_node, UpgradePlan::tr("\"%1\" must be a mapping.").arg(m_name));
        }
    }

    void allowOnly(std::initializer_list<const char *> keys) const
    {
        if (!m_node || !m_node.IsMap()) {
            return;
        }
        for (const auto &entry : m_node) {
            const std::string key = entry.first.as<std::string>();
            const bool known
                = std::any_of(keys.begin(), keys.end(), [&key](const char *k) { return key == k; });
            if (!known) {
                QStringList names;
                for (const char *k : keys) {
                    names.append(QString::fromLatin1(k));
                }
                fail(entry.first,
                    UpgradePlan::tr("unknown key \"%1\" in %2 (known: %3).")
                        .arg(QString::fromStdString(key), m_name, names.join(QLatin1String(", "))));
            }
        }
    }

    YAML::Node child(const char *key) const
    {
        // A default YAML::Node is Null, which tests true: absent must stay Undefined.
        return m_node && m_node.IsMap() ? m_node[key] : YAML::Node(YAML::NodeType::Undefined);
    }

    QString string(const char *key, const QString &fallback = {}) const
    {
        const YAML::Node value = child(key);
        if (!value || value.IsNull()) {
            return fallback;
        }
        if (!value.IsScalar()) {
            fail(value,
                UpgradePlan::tr("%1.%2 must be a text value.")
                    .arg(m_name, QString::fromLatin1(key)));
        }
        return Yaml::toQString(value);
    }

    bool boolean(const char *key, bool fallback) const
    {
        const YAML::Node value = child(key);
        if (!value || value.IsNull()) {
            return fallback;
        }
        bool result = fallback;
        if (!value.IsScalar() || !YAML::convert<bool>::decode(value, result)) {
            fail(value,
                UpgradePlan::tr("%1.%2 must be true or false.")
                    .arg(m_name, QString::fromLatin1(key)));
        }
        return result;
    }

    int integer(const char *key, int fallback, int min, int max) const
    {
        const YAML::Node value = child(key);
        if (!value || value.IsNull()) {
            return fallback;
        }
        int result = fallback;
        if (!value.IsScalar() || !YAML::convert<int>::decode(value, result) || result < min
            || result > max) {
            fail(value,
                UpgradePlan::tr("%1.%2 must be a whole number from %3 to %4.")
                    .arg(m_name, QString::fromLatin1(key))
                    .arg(min)
                    .arg(max));
        }
        return result;
    }

    template<typename E, size_t N>
    E choice(const char *key, const Spelling<E> (&table)[N], E fallback) const
    {
        const QString text = string(key);
        if (text.isEmpty()) {
            return fallback;
        }
        QStringList allowed;
        for (const auto &entry : table) {
            if (text == QLatin1String(entry.text)) {
                return entry.value;
            }
            allowed.append(QString::fromLatin1(entry.text));
        }
        fail(child(key),
            UpgradePlan::tr("%1.%2 is \"%3\"; it must be one of: %4.")
                .arg(m_name, QString::fromLatin1(key), text, allowed.join(QLatin1String(", "))));
    }

    [[noreturn]] void fail(const YAML::Node &at, const QString &message) const
    {
        Yaml::fail(QStringLiteral("plan.invalid"), m_file, at, message,
            UpgradePlan::tr("Correct the plan file and try again."));
    }

    const YAML::Node &node() const { return m_node; }

private:
    YAML::Node m_node;
    QString m_file;
    QString m_name;
};

QString resolvePath(const QString &path, const QString &baseDir)
{
    if (path.isEmpty() || baseDir.isEmpty()) {
        return path;
    }
    if (path.startsWith(QLatin1String("~/"))) {
        return QDir::homePath() + path.mid(1);
    }
    return QDir::cleanPath(QDir(baseDir).absoluteFilePath(path));
}

} // namespace

QString UpgradePlan::toString(SyncMethod method)
{
    return spell(SyncMethods, method);
}

QString UpgradePlan::toString(ChartTarget target)
{
    return spell(ChartTargets, target);
}

QString UpgradePlan::toString(UpgradeMethod method)
{
    return spell(UpgradeMethods, method);
}

UpgradePlan UpgradePlan::fromYaml(
    const QByteArray &yaml, const QString &file, const QString &baseDir)
{
    const YAML::Node root = Yaml::parse(yaml, file);
    const Section top(root, file, "plan");
    if (!root || !root.IsMap()) {
        top.fail(root, tr("a plan must be a YAML mapping."));
    }
    top.allowOnly({"apiVersion", "kind", "module", "package", "registry", "sync", "upgrade"});
    if (top.string("apiVersion") != ApiVersion) {
        top.fail(top.child("apiVersion"),
            tr("apiVersion must be \"%1\"; this program does not know \"%2\".")
                .arg(ApiVersion, top.string("apiVersion")));
    }
    if (top.string("kind", QString(Kind)) != Kind) {
        top.fail(top.child("kind"), tr("kind must be \"%1\".").arg(Kind));
    }

    UpgradePlan plan;
    plan.module = top.string("module", plan.module);
    plan.package = resolvePath(top.string("package"), baseDir);
    if (plan.package.isEmpty()) {
        top.fail(root, tr("the plan names no package (key \"package\")."));
    }

    const Section reg(top.child("registry"), file, "registry");
    reg.allowOnly({"address", "scheme", "caFile", "insecure", "repository", "prefixRegistry",
        "prefixRepository", "appendOriginRegistry", "username", "password"});
    if (reg.child("password")) {
        reg.fail(reg.child("password"),
            tr("a plan never holds a password. Remove it: the password is asked for when it "
               "is needed and is never stored."));
    }
    RegistryTarget &r = plan.registry;
    r.address = reg.string("address");
    r.scheme = reg.string("scheme", r.scheme);
    if (r.scheme != QLatin1String("https") && r.scheme != QLatin1String("http")) {
        reg.fail(reg.child("scheme"), tr("registry.scheme must be https or http."));
    }
    if (r.address.contains(QLatin1String("://")) || r.address.contains(QLatin1Char('/'))) {
        reg.fail(reg.child("address"),
            tr("registry.address is a host name or address with an optional port, such as "
               "10.16.23.145 or harbor.example.com:8443, without http:// or a path. Put "
               "the project into registry.repository."));
    }
    r.caFile = resolvePath(reg.string("caFile"), baseDir);
    r.insecure = reg.boolean("insecure", false);
    r.repository = reg.string("repository");
    r.prefixRegistry = reg.string("prefixRegistry");
    r.prefixRepository = reg.string("prefixRepository");
    r.appendOriginRegistry = reg.boolean("appendOriginRegistry", false);
    r.username = reg.string("username");

    const Section sync(top.child("sync"), file, "sync");
    sync.allowOnly({"method", "jobs", "chartTarget", "chartRepoUrl", "localChartPath", "nodes",
        "createProject", "force"});
    SyncSettings &s = plan.sync;
    s.method = sync.choice("method", SyncMethods, s.method);
    s.jobs = sync.integer("jobs", s.jobs, 1, 32);
    s.chartTarget = sync.choice("chartTarget", ChartTargets, s.chartTarget);
    s.chartRepoUrl = sync.string("chartRepoUrl");
    s.localChartPath = resolvePath(sync.string("localChartPath"), baseDir);
    s.createProject = sync.boolean("createProject", s.createProject);
    s.force = sync.boolean("force", s.force);
    if (const YAML::Node nodes = sync.child("nodes"); nodes && !nodes.IsNull()) {
        if (!nodes.IsSequence()) {
            sync.fail(nodes, tr("sync.nodes must be a list of nodes."));
        }
        for (const YAML::Node &n : nodes) {
            const Section node(n, file, "sync.nodes[]");
            node.allowOnly({"host", "user", "port", "identityFile"});
            SshNode ssh;
            ssh.host = node.string("host");
            ssh.user = node.string("user", ssh.user);
            ssh.port = node.integer("port", ssh.port, 1, 65535);
            ssh.identityFile = resolvePath(node.string("identityFile"), baseDir);
            if (ssh.host.isEmpty()) {
                node.fail(n, tr("every node needs a host."));
            }
            s.nodes.push_back(ssh);
        }
    }

    const Section up(top.child("upgrade"), file, "upgrade");
    up.allowOnly({"method", "repoAlias", "repoUrl", "kubeconfig", "kubeContext", "imageRegistry",
        "atomic", "wait", "timeout", "releases"});
    UpgradeSettings &u = plan.upgrade;
    u.method = up.choice("method", UpgradeMethods, u.method);
    u.repoAlias = up.string("repoAlias");
    u.repoUrl = up.string("repoUrl");
    u.kubeconfig = resolvePath(up.string("kubeconfig"), baseDir);
    u.kubeContext = up.string("kubeContext");
    u.imageRegistry = up.string("imageRegistry");
    u.atomic = up.boolean("atomic", u.atomic);
    u.wait = up.boolean("wait", u.wait);
    u.timeout = up.string("timeout", u.timeout);
    static const QRegularExpression duration(QStringLiteral("^([0-9]+h)?([0-9]+m)?([0-9]+s)?$"));
    if (u.timeout.isEmpty() || !duration.match(u.timeout).hasMatch()) {
        up.fail(up.child("timeout"),
            tr("upgrade.timeout must be a duration such as 10m, 600s or 1h30m."));
    }
    if (const YAML::Node releases = up.child("releases"); releases && !releases.IsNull()) {
        if (!releases.IsSequence()) {
            up.fail(releases, tr("upgrade.releases must be a list."));
        }
        for (const YAML::Node &n : releases) {
            const Section rel(n, file, "upgrade.releases[]");
            rel.allowOnly({"chart", "release", "namespace", "version", "kubeContexts"});
            ReleasePlan release;
            release.chart = rel.string("chart");
            release.release = rel.string("release");
            release.namespaceName = rel.string("namespace");
            release.version = rel.string("version");
            if (const YAML::Node contexts = rel.child("kubeContexts");
                contexts && contexts.IsSequence()) {
                for (const YAML::Node &c : contexts) {
                    release.kubeContexts.append(Yaml::toQString(c));
                }
            }
            if (release.chart.isEmpty()) {
                rel.fail(n, tr("every release needs its chart name."));
            }
            u.releases.push_back(release);
        }
    }
    return plan;
}

UpgradePlan UpgradePlan::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        throw Error(QStringLiteral("plan.unreadable"),
            tr("Cannot read the plan %1: %2").arg(path, file.errorString()),
            tr("Check the path to the plan file."));
    }
    return fromYaml(file.read(1024 * 1024), path, QFileInfo(path).absolutePath());
}

QByteArray UpgradePlan::toYaml() const
{
    YAML::Emitter out;
    const auto str = [](const QString &s) {
        return s.toStdString();
    };
    const auto optional = [&](const char *key, const QString &value) {
        if (!value.isEmpty()) {
            out << YAML::Key << key << YAML::Value << str(value);
        }
    };
    out << YAML::BeginMap;
    out << YAML::Key << "apiVersion" << YAML::Value << str(QString(ApiVersion));
    out << YAML::Key << "kind" << YAML::Value << str(QString(Kind));
    out << YAML::Key << "module" << YAML::Value << str(module);
    out << YAML::Key << "package" << YAML::Value << str(package);

    out << YAML::Key << "registry" << YAML::Value << YAML::BeginMap;
    optional("address", registry.address);
    out << YAML::Key << "scheme" << YAML::Value << str(registry.scheme);
    optional("caFile", registry.caFile);
    out << YAML::Key << "insecure" << YAML::Value << registry.insecure;
    optional("repository", registry.repository);
    optional("prefixRegistry", registry.prefixRegistry);
    optional("prefixRepository", registry.prefixRepository);
    if (registry.appendOriginRegistry) {
        out << YAML::Key << "appendOriginRegistry" << YAML::Value << true;
    }
    optional("username", registry.username);
    out << YAML::EndMap;

    out << YAML::Key << "sync" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "method" << YAML::Value << str(toString(sync.method));
    out << YAML::Key << "jobs" << YAML::Value << sync.jobs;
    out << YAML::Key << "chartTarget" << YAML::Value << str(toString(sync.chartTarget));
    optional("chartRepoUrl", sync.chartRepoUrl);
    optional("localChartPath", sync.localChartPath);
    if (sync.createProject) {
        out << YAML::Key << "createProject" << YAML::Value << true;
    }
    if (sync.force) {
        out << YAML::Key << "force" << YAML::Value << true;
    }
    if (!sync.nodes.empty()) {
        out << YAML::Key << "nodes" << YAML::Value << YAML::BeginSeq;
        for (const SshNode &node : sync.nodes) {
            out << YAML::BeginMap;
            out << YAML::Key << "host" << YAML::Value << str(node.host);
            out << YAML::Key << "user" << YAML::Value << str(node.user);
            out << YAML::Key << "port" << YAML::Value << node.port;
            if (!node.identityFile.isEmpty()) {
                out << YAML::Key << "identityFile" << YAML::Value << str(node.identityFile);
            }
            out << YAML::EndMap;
        }
        out << YAML::EndSeq;
    }
    out << YAML::EndMap;

    out << YAML::Key << "upgrade" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "method" << YAML::Value << str(toString(upgrade.method));
    optional("repoAlias", upgrade.repoAlias);
    optional("repoUrl", upgrade.repoUrl);
    optional("kubeconfig", upgrade.kubeconfig);
    optional("kubeContext", upgrade.kubeContext);
    optional("imageRegistry", upgrade.imageRegistry);
    out << YAML::Key << "atomic" << YAML::Value << upgrade.atomic;
    out << YAML::Key << "wait" << YAML::Value << upgrade.wait;
    out << YAML::Key << "timeout" << YAML::Value << str(upgrade.timeout);
    if (!upgrade.releases.empty()) {
        out << YAML::Key << "releases" << YAML::Value << YAML::BeginSeq;
        for (const ReleasePlan &release : upgrade.releases) {
            out << YAML::BeginMap;
            out << YAML::Key << "chart" << YAML::Value << str(release.chart);
            optional("release", release.release);
            optional("namespace", release.namespaceName);
            optional("version", release.version);
            if (!release.kubeContexts.isEmpty()) {
                out << YAML::Key << "kubeContexts" << YAML::Value << YAML::BeginSeq;
                for (const QString &context : release.kubeContexts) {
                    out << str(context);
                }
                out << YAML::EndSeq;
            }
            out << YAML::EndMap;
        }
        out << YAML::EndSeq;
    }
    out << YAML::EndMap;
    out << YAML::EndMap;
    return QByteArray(out.c_str()) + '\n';
}

} // namespace DceUpgrade
