#include "UpgradePlan.h"

#include "PlanSource.h"

#include "util/Error.h"
#include "util/Yaml.h"

#include <QDir>
#include <QRegularExpression>
#include <QUrl>

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
constexpr Spelling<HostKeyPolicy> HostKeyPolicies[]
    = {{HostKeyPolicy::Strict, "strict"}, {HostKeyPolicy::AcceptNew, "accept-new"}};
constexpr Spelling<UpgradeMethod> UpgradeMethods[] = {{UpgradeMethod::HelmRepo, "helm-repo"},
    {UpgradeMethod::ChartPackage, "chart-package"}, {UpgradeMethod::None, "none"}};
constexpr Spelling<DockerTarget> DockerTargets[]
    = {{DockerTarget::Registry, "registry"}, {DockerTarget::Nodes, "nodes"}};
constexpr Spelling<ImagesLocation> ImagesLocations[]
    = {{ImagesLocation::Registry, "registry"}, {ImagesLocation::Nodes, "nodes"}};

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

    // Its range is a rule of the plan: UpgradePlan::validate() checks it.
    int integer(const char *key, int fallback) const
    {
        const YAML::Node value = child(key);
        if (!value || value.IsNull()) {
            return fallback;
        }
        int result = fallback;
        if (!value.IsScalar() || !YAML::convert<int>::decode(value, result)) {
            fail(value,
                UpgradePlan::tr("%1.%2 must be a whole number.")
                    .arg(m_name, QString::fromLatin1(key)));
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

// The node a problem's key names ("sync.nodes[1].host"), or, when the file lacks it, the key of
// the deepest section it has ("sync:" for a missing sync.chartRepoUrl); a node without a line
// when not even the first section is there.
YAML::Node nodeForKey(const YAML::Node &root, const QString &key)
{
    static const QRegularExpression segmentPattern(
        QStringLiteral("^([A-Za-z]+)(?:\\[(\\d+)\\])?$"));
    YAML::Node nearest;
    YAML::Node current = root;
    for (const QString &segment : key.split(QLatin1Char('.'))) {
        const QRegularExpressionMatch match = segmentPattern.match(segment);
        if (!match.hasMatch() || !current.IsMap()) {
            return nearest;
        }
        const std::string name = match.captured(1).toStdString();
        bool found = false;
        for (const auto &entry : current) {
            if (entry.first.IsScalar() && entry.first.Scalar() == name) {
                nearest = entry.first;
                current = entry.second;
                found = true;
                break;
            }
        }
        if (!found) {
            return nearest;
        }
        if (match.hasCaptured(2)) {
            const std::size_t index = match.captured(2).toULong();
            if (!current.IsSequence() || index >= current.size()) {
                return nearest;
            }
            current = current[index];
            nearest = current;
        }
    }
    return current;
}

// Why `url` cannot name a chart repository in an OCI registry; empty when it can. helm takes
// oci://HOST[:PORT]/PATH and appends the chart name; PATH is a repository path, lower case.
QString ociUrlProblem(const QString &url)
{
    static const QRegularExpression segment(
        QStringLiteral("^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$"));
    if (!url.startsWith(QLatin1String("oci://"))) {
        return UpgradePlan::tr("it does not start with oci://");
    }
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid() || parsed.host().isEmpty()) {
        return UpgradePlan::tr("it names no registry host");
    }
    if (!parsed.userInfo().isEmpty() || parsed.hasQuery() || parsed.hasFragment()) {
        return UpgradePlan::tr("a user name, password, query or fragment has no place in it");
    }
    QString path = parsed.path();
    if (path.endsWith(QLatin1Char('/'))) {
        path.chop(1);
    }
    if (path.size() < 2) {
        return UpgradePlan::tr("it names no project after the registry");
    }
    for (const QString &part : path.mid(1).split(QLatin1Char('/'))) {
        if (!segment.match(part).hasMatch()) {
            return UpgradePlan::tr("\"%1\" is no repository name (lower-case letters, digits, and "
                                   "\".\", \"_\" or \"-\" between them)")
                .arg(part);
        }
    }
    return {};
}

} // namespace

QString UpgradePlan::toString(SyncMethod method)
{
    return spell(SyncMethods, method);
}

QString UpgradePlan::toString(HostKeyPolicy policy)
{
    return spell(HostKeyPolicies, policy);
}

QString UpgradePlan::toString(ChartTarget target)
{
    return spell(ChartTargets, target);
}

QString UpgradePlan::toString(UpgradeMethod method)
{
    return spell(UpgradeMethods, method);
}

QString UpgradePlan::toString(DockerTarget target)
{
    return spell(DockerTargets, target);
}

QString UpgradePlan::toString(ImagesLocation location)
{
    return spell(ImagesLocations, location);
}

UpgradePlan UpgradePlan::fromYaml(
    const QByteArray &yaml, const QString &file, const QString &baseDir, Rules rules)
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
    r.caFile = resolvePath(reg.string("caFile"), baseDir);
    r.insecure = reg.boolean("insecure", false);
    r.repository = reg.string("repository");
    r.prefixRegistry = reg.string("prefixRegistry");
    r.prefixRepository = reg.string("prefixRepository");
    r.appendOriginRegistry = reg.boolean("appendOriginRegistry", false);
    r.username = reg.string("username");

    const Section sync(top.child("sync"), file, "sync");
    sync.allowOnly({"method", "jobs", "chartTarget", "chartRepoUrl", "localChartPath", "nodes",
        "createProject", "force", "docker", "parallelNodes", "knownHostsFile", "hostKeys",
        "imagesAlreadyOn"});
    SyncSettings &s = plan.sync;
    s.method = sync.choice("method", SyncMethods, s.method);
    s.jobs = sync.integer("jobs", s.jobs);
    s.chartTarget = sync.choice("chartTarget", ChartTargets, s.chartTarget);
    s.chartRepoUrl = sync.string("chartRepoUrl");
    s.localChartPath = resolvePath(sync.string("localChartPath"), baseDir);
    s.parallelNodes = sync.integer("parallelNodes", s.parallelNodes);
    s.knownHostsFile = resolvePath(sync.string("knownHostsFile"), baseDir);
    s.hostKeys = sync.choice("hostKeys", HostKeyPolicies, s.hostKeys);
    s.createProject = sync.boolean("createProject", s.createProject);
    s.force = sync.boolean("force", s.force);
    s.docker = sync.choice("docker", DockerTargets, s.docker);
    s.imagesAlreadyOn = sync.choice("imagesAlreadyOn", ImagesLocations, s.imagesAlreadyOn);
    if (const YAML::Node nodes = sync.child("nodes"); nodes && !nodes.IsNull()) {
        if (!nodes.IsSequence()) {
            sync.fail(nodes, tr("sync.nodes must be a list of nodes."));
        }
        for (const YAML::Node &n : nodes) {
            const Section node(n, file, "sync.nodes[]");
            node.allowOnly({"host", "user", "port", "identityFile", "sudo", "local"});
            SshNode ssh;
            ssh.local = node.boolean("local", false);
            ssh.sudo = node.boolean("sudo", false);
            ssh.host = node.string("host");
            ssh.user = node.string("user", ssh.user);
            ssh.port = node.integer("port", ssh.port);
            ssh.identityFile = resolvePath(node.string("identityFile"), baseDir);
            s.nodes.push_back(ssh);
        }
    }

    const Section up(top.child("upgrade"), file, "upgrade");
    up.allowOnly({"method", "repoAlias", "repoUrl", "kubeconfig", "kubeContext", "imageRegistry",
        "atomic", "wait", "timeout", "renameKeys", "releases"});
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
    u.renameKeys = up.boolean("renameKeys", u.renameKeys);
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
            u.releases.push_back(release);
        }
    }

    if (rules == Rules::StructureOnly) {
        return plan;
    }
    const std::vector<PlanProblem> problems = plan.validate();
    if (!problems.empty()) {
        const PlanProblem &first = problems.front();
        Yaml::fail(QStringLiteral("plan.invalid"), file, nodeForKey(root, first.key), first.message,
            first.hint);
    }
    return plan;
}

std::vector<PlanProblem> UpgradePlan::validate() const
{
    std::vector<PlanProblem> problems;
    const QString correct = tr("Correct the plan and try again.");
    const auto add = [&problems](const QString &key, const QString &message, const QString &hint) {
        problems.push_back({key, message, hint});
    };
    const auto inRange
        = [&](const QString &section, const char *name, int value, int min, int max) {
              if (value < min || value > max) {
                  add(section + QLatin1Char('.') + QLatin1String(name),
                      tr("%1.%2 must be a whole number from %3 to %4.")
                          .arg(section, QLatin1String(name))
                          .arg(min)
                          .arg(max),
                      correct);
              }
          };

    if (package.isEmpty()) {
        add(QStringLiteral("package"), tr("The plan names no offline package (package)."),
            tr("Set package to the path of the module's offline package (the .tar file)."));
    }

    const SyncMethod method = sync.method;
    const bool pushes = method != SyncMethod::None && !importsOnNodes();
    if (registry.address.contains(QLatin1String("://"))
        || registry.address.contains(QLatin1Char('/'))) {
        add(QStringLiteral("registry.address"),
            tr("registry.address is a host name or address with an optional port, such as "
               "10.16.23.145 or harbor.example.com:8443, without http:// or a path. Put "
               "the project into registry.repository."),
            correct);
    } else if (pushes && registry.address.isEmpty() && registry.prefixRegistry.isEmpty()) {
        add(QStringLiteral("registry.address"),
            tr("The plan pushes images but names no registry (registry.address)."),
            tr("Set registry.address to the registry's host name or address, such as "
               "10.16.23.145 or harbor.example.com:8443."));
    }
    if (registry.scheme != QLatin1String("https") && registry.scheme != QLatin1String("http")) {
        add(QStringLiteral("registry.scheme"), tr("registry.scheme must be https or http."),
            correct);
    }
    if (registry.insecure && !registry.caFile.isEmpty()) {
        add(QStringLiteral("registry.caFile"),
            tr("The plan both trusts a CA file and skips TLS verification; choose one."),
            tr("Remove registry.caFile to skip the verification, or set registry.insecure to "
               "false to verify against that CA."));
    }

    inRange(QStringLiteral("sync"), "jobs", sync.jobs, 1, 32);
    // The chart goes where sync.chartTarget says: without its address the run would push every
    // image first and only then find it has nowhere to put the chart.
    const bool publishes = method == SyncMethod::BuiltIn || method == SyncMethod::ChartsSyncer;
    const bool toUrl
        = sync.chartTarget == ChartTarget::Harbor || sync.chartTarget == ChartTarget::Oci;
    if (method == SyncMethod::ChartsSyncer
        && (sync.chartTarget == ChartTarget::Oci || sync.chartTarget == ChartTarget::None)) {
        add(QStringLiteral("sync.chartTarget"),
            tr("charts-syncer can publish the chart only to a Harbor chart repository "
               "or a local directory."),
            tr("Set sync.chartTarget to harbor or local, or use the built-in sync, "
               "which also publishes to OCI."));
    } else if (publishes && toUrl && sync.chartRepoUrl.isEmpty()) {
        add(QStringLiteral("sync.chartRepoUrl"),
            tr("sync.chartTarget is %1, but sync.chartRepoUrl does not say where the chart goes.")
                .arg(toString(sync.chartTarget)),
            tr("Set sync.chartRepoUrl (https://HARBOR/chartrepo/PROJECT for harbor, "
               "oci://REGISTRY/PROJECT for oci), or set sync.chartTarget to none when "
               "the chart needs no publishing."));
    } else if (const QString why = publishes && sync.chartTarget == ChartTarget::Oci
                   ? ociUrlProblem(sync.chartRepoUrl)
                   : QString();
               !why.isEmpty()) {
        add(QStringLiteral("sync.chartRepoUrl"),
            tr("sync.chartRepoUrl %1 is not a place in an OCI registry: %2.")
                .arg(sync.chartRepoUrl, why),
            tr("Write it as oci://REGISTRY[:PORT]/PROJECT, such as "
               "oci://harbor.example.com/skoala; "
               "helm adds the chart name and version itself."));
    } else if (publishes && sync.chartTarget == ChartTarget::Local
        && sync.localChartPath.isEmpty()) {
        add(QStringLiteral("sync.localChartPath"),
            tr("sync.chartTarget is local, but sync.localChartPath does not say which directory "
               "the chart goes to."),
            tr("Set sync.localChartPath, or set sync.chartTarget to none."));
    }

    if (method == SyncMethod::Containerd && sync.nodes.empty()) {
        add(QStringLiteral("sync.nodes"),
            tr("The containerd method imports images on every node, but the plan lists no nodes "
               "(sync.nodes)."),
            tr("List every node that runs the module's pods under sync.nodes, or choose another "
               "sync.method."));
    } else if (importsOnNodes() && sync.nodes.empty()) {
        add(QStringLiteral("sync.nodes"),
            tr("sync.docker is nodes: Docker loads the images on every node, but the plan lists "
               "no nodes (sync.nodes)."),
            tr("List every node that runs the module's pods under sync.nodes, or set sync.docker "
               "to registry to push from this machine."));
    }
    if (sync.imagesAlreadyOn == ImagesLocation::Nodes && method != SyncMethod::None) {
        add(QStringLiteral("sync.imagesAlreadyOn"),
            tr("sync.imagesAlreadyOn says where the images were put before the run, so it goes "
               "with sync.method: none only."),
            tr("Remove sync.imagesAlreadyOn, or set sync.method to none when the images are "
               "already on the nodes."));
    }
    inRange(QStringLiteral("sync"), "parallelNodes", sync.parallelNodes, 1, 32);
    for (std::size_t i = 0; i < sync.nodes.size(); ++i) {
        const SshNode &node = sync.nodes[i];
        const QString at = QStringLiteral("sync.nodes[%1]").arg(i);
        if (node.local) {
            std::size_t earlier = 0;
            while (earlier < i && !sync.nodes[earlier].local) {
                ++earlier;
            }
            // The jump host itself: nothing to connect to, so nothing may say how.
            if (!node.host.isEmpty() || !node.identityFile.isEmpty()) {
                add(at + QLatin1String(".host"),
                    tr("%1 is this machine (local: true) and also says how to reach it over ssh "
                       "(%2); choose one.")
                        .arg(at, node.host.isEmpty() ? node.identityFile : node.host),
                    tr("Remove local to reach the node over ssh, or remove host and "
                       "identityFile."));
            } else if (earlier < i) {
                add(at + QLatin1String(".local"),
                    tr("%1 is this machine (local: true), like sync.nodes[%2]: the images would be "
                       "imported twice.")
                        .arg(at, QString::number(earlier)),
                    tr("List every node once."));
            }
            continue;
        }
        if (node.host.isEmpty()) {
            add(at + QLatin1String(".host"), tr("%1 has no host; every node needs one.").arg(at),
                tr("Give the node's host name or address, or remove the entry."));
        }
        inRange(at, "port", node.port, 1, 65535);
        for (std::size_t j = 0; j < i && !node.host.isEmpty(); ++j) {
            const SshNode &earlier = sync.nodes[j];
            if (!earlier.local && earlier.port == node.port
                && earlier.host.compare(node.host, Qt::CaseInsensitive) == 0) {
                add(at + QLatin1String(".host"),
                    tr("%1 is the same node as sync.nodes[%2] (%3, port %4): the images would be "
                       "imported twice.")
                        .arg(at, QString::number(j), node.host, QString::number(node.port)),
                    tr("List every node once."));
                break;
            }
        }
    }

    // With upgrade.method none the other upgrade keys may stay in the plan, so the same file
    // upgrades later by changing the method alone: unused now, so not checked either.
    if (syncOnly() && method == SyncMethod::None) {
        add(QStringLiteral("upgrade.method"),
            tr("The plan neither syncs the images nor upgrades (sync.method and upgrade.method "
               "are both none): there is nothing to do."),
            tr("Choose a sync method to stage the images now (builtin, charts-syncer, docker or "
               "containerd), or an upgrade method (helm-repo or chart-package)."));
    }
    if (upgrade.method == UpgradeMethod::HelmRepo && upgradeRepoUrl().isEmpty()) {
        add(QStringLiteral("upgrade.repoUrl"),
            tr("The helm-repo method needs the chart repository URL (upgrade.repoUrl, or "
               "sync.chartRepoUrl when the sync publishes the chart to Harbor)."),
            tr("Set upgrade.repoUrl, such as https://HARBOR/chartrepo/PROJECT (Harbor 2.8 and "
               "later: oci://HARBOR/PROJECT), or choose the chart-package method, which installs "
               "the chart from the package."));
    } else if (const QString why = upgrade.method == UpgradeMethod::HelmRepo
                       && upgrade.repoUrl.startsWith(QLatin1String("oci:"), Qt::CaseInsensitive)
                   ? ociUrlProblem(upgrade.repoUrl)
                   : QString();
               !why.isEmpty()) {
        add(QStringLiteral("upgrade.repoUrl"),
            tr("upgrade.repoUrl %1 is not a chart repository in an OCI registry: %2.")
                .arg(upgrade.repoUrl, why),
            tr("Write it as oci://REGISTRY[:PORT]/PROJECT, such as "
               "oci://harbor.example.com/skoala; "
               "helm adds the chart name and version itself."));
    }
    static const QRegularExpression duration(QStringLiteral("^([0-9]+h)?([0-9]+m)?([0-9]+s)?$"));
    if (!syncOnly() && (upgrade.timeout.isEmpty() || !duration.match(upgrade.timeout).hasMatch())) {
        add(QStringLiteral("upgrade.timeout"),
            tr("upgrade.timeout must be a duration such as 10m, 600s or 1h30m."), correct);
    }
    for (std::size_t i = 0; i < upgrade.releases.size() && !syncOnly(); ++i) {
        if (upgrade.releases[i].chart.isEmpty()) {
            add(QStringLiteral("upgrade.releases[%1].chart").arg(i),
                tr("upgrade.releases[%1] names no chart; every release needs its chart name.")
                    .arg(i),
                tr("Add the chart name, such as skoala, or remove the entry."));
        }
    }
    return problems;
}

void UpgradePlan::throwIfInvalid() const
{
    const std::vector<PlanProblem> problems = validate();
    if (!problems.empty()) {
        throw Error(
            QStringLiteral("plan.invalid"), problems.front().message, problems.front().hint);
    }
}

QString UpgradePlan::upgradeRepoUrl() const
{
    // An OCI target is a chart repository helm reads too (helm 3.8+).
    if (!upgrade.repoUrl.isEmpty()
        || !(sync.chartRepoUrl.startsWith(QLatin1String("http"))
            || sync.chartRepoUrl.startsWith(QLatin1String("oci://")))) {
        return upgrade.repoUrl;
    }
    return sync.chartRepoUrl;
}

UpgradePlan UpgradePlan::load(const QString &path)
{
    return PlanSource::read(path).parse();
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
    if (sync.docker != DockerTarget::Registry) {
        out << YAML::Key << "docker" << YAML::Value << str(toString(sync.docker));
    }
    if (sync.imagesAlreadyOn != ImagesLocation::Registry) {
        out << YAML::Key << "imagesAlreadyOn" << YAML::Value << str(toString(sync.imagesAlreadyOn));
    }
    if (!sync.nodes.empty()) {
        out << YAML::Key << "nodes" << YAML::Value << YAML::BeginSeq;
        for (const SshNode &node : sync.nodes) {
            out << YAML::BeginMap;
            if (node.local) {
                out << YAML::Key << "local" << YAML::Value << true;
                optional("host", node.host); // only in a plan validate() refuses
                optional("identityFile", node.identityFile);
            } else {
                out << YAML::Key << "host" << YAML::Value << str(node.host);
                out << YAML::Key << "user" << YAML::Value << str(node.user);
                out << YAML::Key << "port" << YAML::Value << node.port;
                if (!node.identityFile.isEmpty()) {
                    out << YAML::Key << "identityFile" << YAML::Value << str(node.identityFile);
                }
            }
            if (node.sudo) {
                out << YAML::Key << "sudo" << YAML::Value << true;
            }
            out << YAML::EndMap;
        }
        out << YAML::EndSeq;
    }
    // Spelled out whenever there are nodes: the frozen plan shows how they are reached.
    const bool nodes = !sync.nodes.empty();
    if (nodes || sync.parallelNodes != SyncSettings().parallelNodes) {
        out << YAML::Key << "parallelNodes" << YAML::Value << sync.parallelNodes;
    }
    optional("knownHostsFile", sync.knownHostsFile);
    if (nodes || sync.hostKeys != HostKeyPolicy::Strict) {
        out << YAML::Key << "hostKeys" << YAML::Value << str(toString(sync.hostKeys));
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
    if (!upgrade.renameKeys) {
        out << YAML::Key << "renameKeys" << YAML::Value << false;
    }
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
