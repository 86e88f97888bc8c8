#include "NodeImport.h"

#include "ScriptWriter.h"
#include "bundle/ImageReference.h"
#include "bundle/PackageReader.h"
#include "registry/RelocatedImage.h"

namespace DceUpgrade {

NodeImport NodeImport::forPlan(const UpgradePlan &plan, const Package &package)
{
    NodeImport work;
    work.runtime
        = plan.sync.method == SyncMethod::Docker ? NodeRuntime::Docker : NodeRuntime::Containerd;
    work.ssh = SshSettings::of(plan.sync);
    work.nodes = plan.sync.nodes;
    work.parallel = plan.sync.parallelNodes;
    work.packagePath = package.path;
    const Relocator relocator(RelocationRules::forTarget(plan.registry));
    for (const auto &bundle : package.bundles) {
        Batch batch;
        batch.bundle = bundle->displayName;
        batch.member = bundle->memberChain + QStringList {QStringLiteral("images.tar")};
        batch.bytes = package.member(batch.member).size();
        for (const RelocatedImage &image : RelocatedImage::forBundle(*bundle, relocator)) {
            if (!image.image) {
                work.warnings.append(tr("%1 is named by the chart %2 but is not in its "
                                        "images.tar: it cannot be imported on the nodes.")
                                         .arg(image.source, bundle->chart.name));
                continue;
            }
            if (!ImageReference::isValid(image.source)
                || !ImageReference::parse(image.source).digest().isEmpty()) {
                // The runtime names an image imported without a tag after a digest of its own
                // making, not the registry's: there is nothing stable to tag or look for.
                work.warnings.append(tr("%1 has no tag: it is imported on the nodes but can be "
                                        "neither tagged nor checked there.")
                                         .arg(image.source));
                continue;
            }
            if (image.relocation.repository.contains(QLatin1Char('@'))) {
                // relok8s pins tag-less hints by the registry's manifest digest; an import
                // rewrites the manifest, so the node has the image under another digest.
                work.warnings.append(
                    tr("The chart will refer to %1 by the digest %2, which an import on the "
                       "nodes cannot reproduce: the nodes get it tagged as %3, and pull the "
                       "pinned digest from the registry.")
                        .arg(image.source, image.relocation.repository.section(QLatin1Char('@'), 1),
                            image.relocation.target));
            }
            const QString source = NodeImportScript::listedName(work.runtime, image.source);
            const QString target
                = NodeImportScript::listedName(work.runtime, image.relocation.target);
            batch.expected.append(target);
            if (source != target) {
                batch.tags.push_back({source, target});
                batch.relocations.append(source + QLatin1String(" -> ") + target);
            }
        }
        work.batches.push_back(std::move(batch));
    }
    return work;
}

CommandLine NodeImport::command(const SshNode &node, const Batch &batch) const
{
    return NodeShell::script(node, ssh, NodeImportScript::build(runtime, node.sudo, batch.tags))
        .stdinMember(packagePath, batch.member);
}

qint64 NodeImport::bytesPerNode() const
{
    qint64 bytes = 0;
    for (const Batch &batch : batches) {
        bytes += batch.bytes;
    }
    return bytes;
}

QStringList NodeImport::scriptLines() const
{
    const auto q = [](const QString &word) {
        return CommandLine::shellQuote(word);
    };
    // The engine's check, in bash: every expected name must be a line of the listing.
    QStringList lines {QStringLiteral("dce_node_check() {"),
        QStringLiteral("  local node=$1 listing=$2 name missing=()"), QStringLiteral("  shift 2"),
        QStringLiteral("  for name in \"$@\"; do"),
        QStringLiteral("    grep -Fxq -- \"$name\" <<<\"$listing\" || missing+=(\"$name\")"),
        QStringLiteral("  done"), QStringLiteral("  if ((${#missing[@]})); then"),
        QStringLiteral("    echo %1 \"$node:\" \"${missing[@]}\" >&2")
            .arg(q(tr("Missing on the node after the import:"))),
        QStringLiteral("    return 1"), QStringLiteral("  fi"), QStringLiteral("}")};
    for (const SshNode &node : nodes) {
        lines.append(QStringLiteral("# ") + node.id());
        for (const Batch &batch : batches) {
            const CommandLine session = command(node, batch);
            lines.append(QStringLiteral("dce_listing=$(%1 | %2)")
                             .arg(ScriptWriter::streamMember(packagePath, batch.member),
                                 session.shellCommand()));
            QStringList names;
            for (const QString &name : batch.expected) {
                names.append(q(name));
            }
            lines.append(QStringLiteral("dce_node_check %1 \"$dce_listing\" %2")
                             .arg(q(node.id()), names.join(QLatin1Char(' ')))
                             .trimmed());
        }
    }
    return lines;
}

} // namespace DceUpgrade
