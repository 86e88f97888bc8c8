#pragma once

#include "Relocator.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace DceUpgrade {

struct Bundle;
struct ImageInfo;
class ImageHint;

// One image of a bundle and where the sync puts it.
struct RelocatedImage
{
    QString source; // as rendered from the hint (and stored in RepoTags)
    const ImageHint *hint = nullptr;
    const ImageInfo *image = nullptr;
    Relocation relocation;

    // Every distinct image of the bundle relocated by `relocator`, in hint order; images whose
    // hint repeats an earlier target are listed once (relok8s pushes duplicates once).
    static std::vector<RelocatedImage> forBundle(const Bundle &bundle, const Relocator &relocator);
};

// The chart values charts-syncer rewrites so that every image points where the sync pushed it
// (relok8s RewriteAction, bundle-format.md §3.4 step 5 and §3.6): per hint, the registry and/or
// repository placeholders get the relocated parts, and only parts that change are listed.
// charts-syncer edits values.yaml with them; an upgrade from original-chart/ passes the same
// values with --set-string, which gives the same rendered chart.
struct ValueRewrites
{
    Q_DECLARE_TR_FUNCTIONS(DceUpgrade::ValueRewrites)

public:
    struct Rewrite
    {
        QString key; // dotted path from the parent chart: "global.imageRegistry",
                     // "sesame.image.repository"
        QString value;
    };
    std::vector<Rewrite> rewrites; // sorted by key, each key once
    QStringList conflicts; // translated: a key that hints want set to different values

    static ValueRewrites compute(const Bundle &bundle, const Relocator &relocator);
    // For a sync that gives the images other manifest digests than charts-syncer's (Docker
    // recompresses the layers on push): a value that pins the digest of a tag-less hint names
    // the image by the tag it was pushed under instead ("skoala/hive@sha256:..." becomes
    // "skoala/hive:latest"), or the upgrade would ask for a digest the registry never got.
    void pinTagsInsteadOfDigests(const Bundle &bundle);
    // The rewritten value of `key`, or empty when the relocation leaves it alone.
    QString valueOf(const QString &key) const;
};

} // namespace DceUpgrade
