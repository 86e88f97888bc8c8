#pragma once

// The fixture of the tests of the import on every node: `dce-upgrade run` as in
// tests/integration (the Kubernetes API stand-in, the real helm 3, a chart repository, a
// generated skoala package), plus nodes (support/TestNode.h): each a private containerd reached
// through its own real sshd on loopback.
#include "TestNode.h"
#include "UpgradeRunFixture.h"

#include <memory>

namespace DceUpgrade::Test {

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
        return m_fixtures.writeFile(
            QStringLiteral("known_hosts-%1").arg(++m_knownHosts), TestNode::knownHostsOf(nodes));
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

    int m_knownHosts = 0;
};

} // namespace DceUpgrade::Test
