#pragma once

#include <QCoreApplication>
#include <QString>

namespace DceUpgrade {

// An image reference parsed the way go-containerregistry's name.ParseReference does (what
// charts-syncer and relok8s use), so that our idea of "the same image" matches theirs: no registry
// or "docker.io" means "index.docker.io", a one-segment Docker Hub repository gets "library/", an
// implicit tag is "latest". The string as written is kept too: images.tar RepoTags store it.
class ImageReference final
{
    Q_DECLARE_TR_FUNCTIONS(DceUpgrade::ImageReference)

public:
    static constexpr QLatin1StringView DockerHub {"index.docker.io"};

    // Throws Error (image.invalid-reference) naming what is wrong with `text`.
    static ImageReference parse(const QString &text);
    static bool isValid(const QString &text);

    const QString &original() const { return m_original; }
    const QString &registry() const { return m_registry; }
    const QString &repository() const { return m_repository; }
    // Empty for a digest reference.
    const QString &tag() const { return m_tag; }
    // "sha256:..." for a digest reference, else empty.
    const QString &digest() const { return m_digest; }
    bool hasExplicitTag() const { return m_explicitTag; }

    // registry/repository, normalised.
    QString name() const;
    // registry/repository:tag or registry/repository@digest, normalised.
    QString toString() const;
    // The last path segment of the repository ("skoala/hive" -> "hive").
    QString lastSegment() const;

    bool operator==(const ImageReference &other) const { return toString() == other.toString(); }

private:
    QString m_original;
    QString m_registry;
    QString m_repository;
    QString m_tag;
    QString m_digest;
    bool m_explicitTag = false;
};

} // namespace DceUpgrade
