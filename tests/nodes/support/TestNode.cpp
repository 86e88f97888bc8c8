#include "TestNode.h"

#include "ChildProcess.h"

namespace DceUpgrade::Test {

QByteArray TestNode::knownHostsOf(std::initializer_list<const TestNode *> nodes)
{
    QByteArray lines;
    for (const TestNode *node : nodes) {
        lines += readWholeFile(node->sshd.knownHostsFile());
    }
    return lines;
}

QStringList missingFrom(const QStringList &names, const QStringList &listing)
{
    QStringList missing;
    for (const QString &name : names) {
        if (!listing.contains(name)) {
            missing.append(name);
        }
    }
    return missing;
}

} // namespace DceUpgrade::Test
