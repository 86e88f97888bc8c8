#include "ErrorHelp.h"

#include <QLatin1StringView>

#include <algorithm>

namespace DceUpgrade::Wizard {

namespace {

struct Entry
{
    const char *code; // a whole code, or a prefix ending in '.'
    const char *topic;
};

// Codes come from core (RegistryError, Kubeconfig, NodeFailure, SshReachability::code, the
// package readers); the anchors are in wizard/help/<page>.<language>.html.
constexpr Entry table[] = {
    {"registry.tls", "registry#certificate"},
    {"registry.ca-file", "registry#certificate"},
    {"registry.unauthorized", "registry#login"},
    {"harbor.unauthorized", "registry#login"},
    {"registry.denied", "registry#project"},
    {"harbor.denied", "registry#project"},
    {"harbor.project-missing", "registry#project"},
    {"registry.unreachable", "registry#unreachable"},
    {"registry.not-found", "registry#unreachable"},
    {"harbor.no-chart-repo", "registry#chart"},
    {"checksum.mismatch", "bundle#damaged"},
    {"images.bad-digest", "bundle#damaged"},
    {"registry.digest-mismatch", "bundle#damaged"},
    {"bundle.truncated", "bundle#damaged"},
    {"bundle.", "bundle#not-a-package"},
    {"profile.", "bundle#module"},
    {"node.host-key-unknown", "sync#host-key"},
    {"node.host-key-changed", "sync#host-key"},
    {"node.permission-denied", "sync#ssh-login"},
    {"node.sudo-password", "sync#sudo"},
    {"node.sudo-denied", "sync#sudo"},
    {"node.tool-missing", "sync#runtime"},
    {"node.tool-permission", "sync#runtime"},
    {"node.runtime-down", "sync#runtime"},
    {"node.", "sync#ssh-unreachable"},
    {"tool.docker-not-running", "sync#docker"},
    {"tool.docker-permission", "sync#docker"},
    {"tool.missing", "welcome#tools"},
    {"helm.too-old", "welcome#tools"},
    {"kubeconfig.", "upgrade#kubeconfig"},
    {"cluster.unreachable", "upgrade#kubeconfig"},
    {"release.not-found", "upgrade#release"},
    {"release.downgrade", "review#downgrade"},
    {"repo.tls", "registry#certificate"},
    {"repo.", "upgrade#helm-repo"},
    {"chart.version-missing", "upgrade#helm-repo"},
    {"release.pending", "run#pending"},
    {"images.missing", "run#images-missing"},
};

bool matches(const QString &code, QLatin1StringView entry)
{
    return entry.endsWith(QLatin1Char('.')) ? code.startsWith(entry) : code == entry;
}

} // namespace

HelpTopic ErrorHelp::topicFor(const QString &code)
{
    const Entry *best = nullptr;
    for (const Entry &entry : table) {
        const QLatin1StringView name(entry.code);
        if (matches(code, name) && (!best || name.size() > qsizetype(qstrlen(best->code)))) {
            best = &entry;
        }
    }
    return best ? HelpTopic::parse(QLatin1StringView(best->topic)) : HelpTopic {};
}

std::vector<HelpTopic> ErrorHelp::topics()
{
    std::vector<HelpTopic> all;
    for (const Entry &entry : table) {
        const HelpTopic topic = HelpTopic::parse(QLatin1StringView(entry.topic));
        if (std::find(all.begin(), all.end(), topic) == all.end()) {
            all.push_back(topic);
        }
    }
    return all;
}

} // namespace DceUpgrade::Wizard
