#pragma once

// The fixture of the tests of the import on every node: `dce-upgrade run` as in
// tests/integration (the Kubernetes API stand-in, the real helm 3, a chart repository, a
// generated skoala package), plus nodes: each a private containerd reached through its own real
// sshd on loopback, whose sessions get `SetEnv CONTAINERD_ADDRESS=<that containerd>`, so the
// real `ctr` a session runs talks to that node's containerd and no other.
#include "ContainerdDaemon.h"
#include "SshServer.h"
#include "UpgradeRunFixture.h"

#include <QJsonArray>

#include <memory>

namespace DceUpgrade::Test {

using SshServer = DceUpgrade::Wizard::Test::SshServer;

// One node: its containerd, and the sshd that leads to it. `environment`: more NAME=VALUE for
// the node's sessions (PATH, to give it a FAKE docker or no ctr).
class TestNode
{
public:
    explicit TestNode(const QByteArray &environment = {})
        : sshd(
            "SetEnv CONTAINERD_ADDRESS=" + containerd.socket().toUtf8() + ' ' + environment + '\n')
    { }

    // How the run names the node: USER@127.0.0.1:PORT.
    QString id() const { return SshServer::user() + QStringLiteral("@127.0.0.1:%1").arg(port()); }
    quint16 port() const { return sshd.port(); }
    // Its entry under sync.nodes; `identityFile` empty: the key sshd accepts.
    QString yaml(const QString &identityFile = {}) const
    {
        return QStringLiteral("    - {host: 127.0.0.1, port: %1, user: %2, identityFile: %3}\n")
            .arg(port())
            .arg(SshServer::user(), identityFile.isEmpty() ? sshd.identityFile() : identityFile);
    }
    // sshd logs one such line per session it let in.
    int sessions() const
    {
        return int(sshd.log().count(QStringLiteral("Accepted publickey for ")));
    }

    ContainerdDaemon containerd;
    SshServer sshd;
};

class NodesFixture : public UpgradeRunFixture
{
protected:
    int helmMajor() const override { return 3; }
    // The images go to the nodes, not to the registry: the run must not need it.
    bool imagesPushedBefore() const override { return false; }

    // A skoala plan whose sync imports on `nodes` (YAML entries), with more sync keys in
    // `syncKeys` ("  parallelNodes: 2\n"...).
    QString nodesPlan(const QString &nodes, const QString &syncKeys = {},
        const QString &method = QStringLiteral("containerd"))
    {
        return writePlan(QStringLiteral("helm-repo"), skoalaOnly(), waitFor30s(),
            syncBy(method) + syncKeys + QStringLiteral("  nodes:\n") + nodes
                + QStringLiteral("  hostKeys: strict\n"));
    }

    // A known_hosts file that knows every node given.
    QString knownHosts(std::initializer_list<const TestNode *> nodes)
    {
        QByteArray lines;
        for (const TestNode *node : nodes) {
            lines += readWholeFile(node->sshd.knownHostsFile());
        }
        return m_fixtures.writeFile(QStringLiteral("known_hosts-%1").arg(++m_knownHosts), lines);
    }

    // The names charts-syncer's relocation gives the package's images, worked out here from the
    // generator's description (not from the engine): REGISTRY/skoala/LAST-SEGMENT:TAG.
    QStringList relocatedNames(const GeneratedBundle &package) const
    {
        QStringList names;
        for (const QJsonValue &chart : package.expect.value(QLatin1String("charts")).toArray()) {
            for (const QJsonValue &image :
                chart.toObject().value(QLatin1String("images")).toArray()) {
                for (const QJsonValue &tag :
                    image.toObject().value(QLatin1String("repo_tags")).toArray()) {
                    const QString reference = tag.toString();
                    names.append(m_registry.address() + QLatin1Char('/') + Repository
                        + QLatin1Char('/') + reference.section(QLatin1Char('/'), -1));
                }
            }
        }
        return names;
    }

    // The events of `type` "unit" for `unit`, in order.
    static std::vector<QJsonObject> unitEvents(const CliRun &run, const QString &unit)
    {
        std::vector<QJsonObject> found;
        for (const QJsonObject &event : run.events) {
            if (event.value(QLatin1String("type")) == QLatin1String("unit")
                && event.value(QLatin1String("unit")) == unit) {
                found.push_back(event);
            }
        }
        return found;
    }
    // The last unit event of `unit` (its end, once it ended).
    static QJsonObject unitEnd(const CliRun &run, const QString &unit)
    {
        const std::vector<QJsonObject> events = unitEvents(run, unit);
        return events.empty() ? QJsonObject() : events.back();
    }

    static QStringList missingFrom(const QStringList &names, const QStringList &listing)
    {
        QStringList missing;
        for (const QString &name : names) {
            if (!listing.contains(name)) {
                missing.append(name);
            }
        }
        return missing;
    }

    QStringList resumeArguments(const QString &session) const
    {
        return {QStringLiteral("run"), QStringLiteral("--resume"), session,
            QStringLiteral("--events"), QStringLiteral("-"), QStringLiteral("--secrets-stdin"),
            QStringLiteral("--helm"), m_helm, QStringLiteral("--kubectl"),
            StandinCluster::kubectlBinary()};
    }

    int m_knownHosts = 0;
};

} // namespace DceUpgrade::Test
