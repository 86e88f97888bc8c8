#include "Relocator.h"

#include "bundle/ImageHint.h"
#include "bundle/ImageReference.h"

namespace DceUpgrade {

Relocator::Relocator(RelocationRules rules)
    : m_rules(std::move(rules))
{ }

Relocation Relocator::relocate(
    const ImageReference &original, const ImageHint &hint, const QString &manifestDigest) const
{
    const QString origRegistry = original.registry();
    const QString origRepo = original.repository();
    const RelocationRules &r = m_rules;
    const auto join = [](const QString &a, const QString &b) -> QString {
        return a + QLatin1Char('/') + b;
    };

    Relocation result;
    if (!r.prefixRegistry.isEmpty() && r.appendOriginRegistry) {
        result.registry = join(r.prefixRegistry, origRegistry);
    } else if (!r.prefixRegistry.isEmpty()) {
        result.registry = r.prefixRegistry;
    } else if (!r.registry.isEmpty()) {
        result.registry = r.registry;
    } else {
        result.registry = origRegistry;
    }

    result.repository = origRepo;
    if (r.appendOriginRegistry && !r.prefixRegistry.isEmpty()) {
        // the origin registry went into the registry part above
    } else if (r.appendOriginRegistry && !r.prefixRepository.isEmpty()) {
        result.repository = join(r.prefixRepository, origRepo);
    } else if (!r.prefixRepository.isEmpty() && !r.prefixRegistry.isEmpty()) {
        result.repository = join(join(origRegistry, r.prefixRepository), origRepo);
    } else if (!r.prefixRepository.isEmpty()) {
        result.repository = join(r.prefixRepository, origRepo);
    } else if (!r.prefixRegistry.isEmpty()) {
        result.repository = join(origRegistry, origRepo);
    }

    // containerRepository wins over everything and flattens the path to its last segment.
    if (!r.repository.isEmpty()) {
        result.repository = join(r.repository, original.lastSegment());
    }

    // The image is pushed under its original tag (or digest); the chart value of a hint with
    // neither tag nor digest placeholder pins the pushed manifest by digest instead.
    const QString base = join(result.registry, result.repository);
    result.target = original.digest().isEmpty() ? base + QLatin1Char(':') + original.tag()
                                                : base + QLatin1Char('@') + original.digest();
    result.changed = base != original.name();
    if (!hint.hasTag() && !hint.hasDigest()) {
        result.repository += QLatin1Char('@') + manifestDigest;
    }
    return result;
}

} // namespace DceUpgrade
