#include "RelocatedImage.h"

#include "bundle/Bundle.h"
#include "bundle/ImageReference.h"

#include <QMap>
#include <QSet>

namespace DceUpgrade {

std::vector<RelocatedImage> RelocatedImage::forBundle(
    const Bundle &bundle, const Relocator &relocator)
{
    std::vector<RelocatedImage> result;
    QSet<QString> targets;
    for (const RenderedHint &rendered : bundle.hints) {
        const ImageReference original = ImageReference::parse(rendered.reference);
        const QString digest = rendered.image ? rendered.image->manifestDigest : QString();
        RelocatedImage item {rendered.reference, &rendered.hint, rendered.image,
            relocator.relocate(original, rendered.hint, digest)};
        if (targets.contains(item.relocation.target)) {
            continue;
        }
        targets.insert(item.relocation.target);
        result.push_back(std::move(item));
    }
    return result;
}

ValueRewrites ValueRewrites::compute(const Bundle &bundle, const Relocator &relocator)
{
    using Role = ImageHint::Placeholder::Role;
    const YAML::Node values = bundle.chart.mergedValues();
    QMap<QString, QString> wanted;
    ValueRewrites result;
    for (const RenderedHint &rendered : bundle.hints) {
        const ImageReference original = ImageReference::parse(rendered.reference);
        const QString digest = rendered.image ? rendered.image->manifestDigest : QString();
        const Relocation relocation = relocator.relocate(original, rendered.hint, digest);
        for (const ImageHint::Placeholder &p : rendered.hint.placeholders()) {
            QString value;
            switch (p.role) {
            case Role::Registry:
                value = relocation.registry;
                break;
            case Role::Repository:
                value = relocation.repository;
                break;
            case Role::RegistryAndRepository:
                value = relocation.registry + QLatin1Char('/') + relocation.repository;
                break;
            case Role::Tag:
            case Role::Digest:
                continue;
            }
            const QString key = p.path.join(QLatin1Char('.'));
            if (QString::fromStdString(ImageHint::lookup(values, p.path).Scalar()) == value) {
                continue; // unchanged parts are not rewritten
            }
            if (wanted.contains(key) && wanted.value(key) != value) {
                result.conflicts.append(tr("The value %1 would have to be both %2 and %3.")
                                            .arg(key, wanted.value(key), value));
                continue;
            }
            wanted.insert(key, value);
        }
    }
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
        result.rewrites.push_back({it.key(), it.value()});
    }
    return result;
}

void ValueRewrites::pinTagsInsteadOfDigests(const Bundle &bundle)
{
    for (const RenderedHint &rendered : bundle.hints) {
        const ImageReference original = ImageReference::parse(rendered.reference);
        if (!rendered.image || original.tag().isEmpty()) {
            continue; // a digest reference has no tag to name it by
        }
        const QString pin = QLatin1Char('@') + rendered.image->manifestDigest;
        for (const ImageHint::Placeholder &p : rendered.hint.placeholders()) {
            const QString key = p.path.join(QLatin1Char('.'));
            for (Rewrite &rewrite : rewrites) {
                if (rewrite.key == key && rewrite.value.endsWith(pin)) {
                    rewrite.value.chop(pin.size());
                    rewrite.value += QLatin1Char(':') + original.tag();
                }
            }
        }
    }
}

QString ValueRewrites::valueOf(const QString &key) const
{
    for (const Rewrite &rewrite : rewrites) {
        if (rewrite.key == key) {
            return rewrite.value;
        }
    }
    return {};
}

} // namespace DceUpgrade
