#include "RelocatedImage.h"

#include "bundle/Bundle.h"
#include "bundle/ImageReference.h"

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

ImageRegistryValue ImageRegistryValue::compute(const Bundle &bundle, const Relocator &relocator,
    const QString &key, const bool chartIsRelocated)
{
    const QStringList keyPath = key.split(QLatin1Char('.'));
    const YAML::Node values = bundle.chart.mergedValues();
    ImageRegistryValue result;
    QSet<QString> candidates;

    for (const RelocatedImage &item : RelocatedImage::forBundle(bundle, relocator)) {
        for (const ImageHint::Placeholder &p : item.hint->placeholders()) {
            if (p.path != keyPath) {
                continue;
            }
            if (p.role == ImageHint::Placeholder::Role::Registry) {
                QString candidate = item.relocation.registry;
                if (!chartIsRelocated) {
                    // The repository value stays as shipped: the registry value must carry the
                    // rest of the pushed path in front of it.
                    const ImageHint::Placeholder *repo = nullptr;
                    for (const auto &other : item.hint->placeholders()) {
                        if (other.role == ImageHint::Placeholder::Role::Repository) {
                            repo = &other;
                        }
                    }
                    const QString shipped = repo
                        ? QString::fromStdString(ImageHint::lookup(values, repo->path).Scalar())
                        : QString();
                    const QString pushed = item.relocation.registry + QLatin1Char('/')
                        + item.relocation.repository.section(QLatin1Char('@'), 0, 0);
                    if (!shipped.isEmpty() && pushed.endsWith(QLatin1Char('/') + shipped)) {
                        candidate = pushed.chopped(shipped.size() + 1);
                    } else {
                        result.conflicts.append(
                            tr("%1 is pushed to %2, which no value of %3 can reach while its "
                               "repository value stays \"%4\".")
                                .arg(item.source, pushed, key, shipped));
                        continue;
                    }
                }
                candidates.insert(candidate);
            } else if (p.role == ImageHint::Placeholder::Role::RegistryAndRepository) {
                candidates.insert(
                    item.relocation.registry + QLatin1Char('/') + item.relocation.repository);
            }
        }
    }
    QStringList sorted(candidates.cbegin(), candidates.cend());
    sorted.sort();
    if (!sorted.isEmpty()) {
        result.value = sorted.constFirst();
    }
    if (sorted.size() > 1) {
        result.conflicts.append(tr("Images need different values of %1: %2.")
                                    .arg(key, sorted.join(QLatin1String(", "))));
    }
    return result;
}

} // namespace DceUpgrade
