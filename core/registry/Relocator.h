#pragma once

#include "model/RegistryTarget.h"

#include <QString>

namespace DceUpgrade {

class ImageHint;
class ImageReference;

// charts-syncer's target rules (load-image.yaml "target:"), bundle-format.md §3.1.
struct RelocationRules
{
    QString registry; // containerRegistry
    QString repository; // containerRepository
    QString prefixRegistry; // containerPrefixRegistry
    QString prefixRepository; // containerPrefixRepository
    bool appendOriginRegistry = false;

    // The rules a plan's registry section sets.
    static RelocationRules forTarget(const RegistryTarget &target)
    {
        return {target.address, target.repository, target.prefixRegistry, target.prefixRepository,
            target.appendOriginRegistry};
    }

    bool isEmpty() const
    {
        return registry.isEmpty() && repository.isEmpty() && prefixRegistry.isEmpty()
            && prefixRepository.isEmpty();
    }
};

// Where one image goes, and the values that make the chart point there.
struct Relocation
{
    QString registry; // target registry (host[:port], possibly with a path for prefixes)
    QString repository; // target repository path, "@<digest>" appended for tag-less hints
    QString target; // the reference pushed: registry/repository with the original tag/digest
    bool changed = false; // relok8s pushes only images whose normalised name changes
};

// relok8s' ImageTemplate.Apply as DaoCloud's fork does it (bundle-format.md §3.4), so that our
// push lands exactly where charts-syncer's would. Pure functions.
class Relocator final
{
public:
    explicit Relocator(RelocationRules rules);

    // `manifestDigest` is the digest of the manifest that will be pushed; it is only used for
    // hints with neither tag nor digest placeholder (the reference then pins the digest).
    Relocation relocate(
        const ImageReference &original, const ImageHint &hint, const QString &manifestDigest) const;

    const RelocationRules &rules() const { return m_rules; }

private:
    RelocationRules m_rules;
};

} // namespace DceUpgrade
