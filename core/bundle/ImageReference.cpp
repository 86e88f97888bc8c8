#include "ImageReference.h"

#include "util/Error.h"

#include <QRegularExpression>

namespace DceUpgrade {

namespace {

bool isRepositoryValid(const QString &repository)
{
    // go-containerregistry accepts lower-case letters, digits and "_-./" (no upper case, no empty
    // path components) and at most 255 characters.
    static const QRegularExpression pattern(
        QStringLiteral("^[a-z0-9]+(?:[._-]+[a-z0-9]+)*(?:/[a-z0-9]+(?:[._-]+[a-z0-9]+)*)*$"));
    return repository.size() <= 255 && pattern.match(repository).hasMatch();
}

bool isRegistryValid(const QString &registry)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?"
                       "(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*|\\[[0-9a-fA-F:.]+\\])"
                       "(?::[0-9]{1,5})?$"));
    return pattern.match(registry).hasMatch();
}

bool looksLikeRegistry(const QString &firstSegment)
{
    return firstSegment.contains(QLatin1Char('.')) || firstSegment.contains(QLatin1Char(':'))
        || firstSegment == QLatin1String("localhost");
}

} // namespace

ImageReference ImageReference::parse(const QString &text)
{
    const auto invalid = [&text](const QString &why) {
        return Error(QStringLiteral("image.invalid-reference"),
            tr("\"%1\" is not a valid image reference: %2").arg(text, why),
            tr("Check the image values of the chart (values.yaml) and hints.yaml."));
    };
    if (text.isEmpty()) {
        throw invalid(tr("it is empty"));
    }
    if (text != text.trimmed() || text.contains(QLatin1Char(' '))) {
        throw invalid(tr("it contains white space"));
    }

    ImageReference ref;
    ref.m_original = text;
    QString rest = text;

    if (const qsizetype at = rest.indexOf(QLatin1Char('@')); at >= 0) {
        ref.m_digest = rest.mid(at + 1);
        rest.truncate(at);
        static const QRegularExpression digestPattern(QStringLiteral("^sha256:[0-9a-f]{64}$"));
        if (!digestPattern.match(ref.m_digest).hasMatch()) {
            throw invalid(tr("the digest \"%1\" is not sha256 followed by 64 hexadecimal digits")
                              .arg(ref.m_digest));
        }
        // "repo:tag@digest": go-containerregistry keeps the digest and drops the tag.
        if (const qsizetype colon = rest.lastIndexOf(QLatin1Char(':'));
            colon > rest.lastIndexOf(QLatin1Char('/'))) {
            rest.truncate(colon);
        }
    } else {
        const qsizetype colon = rest.lastIndexOf(QLatin1Char(':'));
        if (colon > rest.lastIndexOf(QLatin1Char('/'))) {
            ref.m_tag = rest.mid(colon + 1);
            ref.m_explicitTag = true;
            rest.truncate(colon);
            static const QRegularExpression tagPattern(QStringLiteral("^[\\w][\\w.-]{0,127}$"));
            if (!tagPattern.match(ref.m_tag).hasMatch()) {
                throw invalid(tr("the tag \"%1\" is not valid").arg(ref.m_tag));
            }
        } else {
            ref.m_tag = QStringLiteral("latest");
        }
    }

    const qsizetype slash = rest.indexOf(QLatin1Char('/'));
    if (slash > 0 && looksLikeRegistry(rest.left(slash))) {
        ref.m_registry = rest.left(slash);
        ref.m_repository = rest.mid(slash + 1);
    } else {
        ref.m_registry = DockerHub;
        ref.m_repository = rest;
    }
    if (ref.m_registry == QLatin1String("docker.io")) {
        ref.m_registry = DockerHub;
    }
    if (ref.m_registry == DockerHub && !ref.m_repository.contains(QLatin1Char('/'))) {
        ref.m_repository.prepend(QLatin1String("library/"));
    }

    if (!isRegistryValid(ref.m_registry)) {
        throw invalid(tr("the registry \"%1\" is not a host name or address").arg(ref.m_registry));
    }
    if (!isRepositoryValid(ref.m_repository)) {
        throw invalid(tr("the repository \"%1\" may only contain lower-case letters, digits and "
                         "the separators . _ - /")
                          .arg(ref.m_repository));
    }
    return ref;
}

bool ImageReference::isValid(const QString &text)
{
    try {
        parse(text);
        return true;
    } catch (const Error &) {
        return false;
    }
}

QString ImageReference::name() const
{
    return m_registry + QLatin1Char('/') + m_repository;
}

QString ImageReference::toString() const
{
    if (!m_digest.isEmpty()) {
        return name() + QLatin1Char('@') + m_digest;
    }
    return name() + QLatin1Char(':') + m_tag;
}

QString ImageReference::lastSegment() const
{
    return m_repository.section(QLatin1Char('/'), -1);
}

} // namespace DceUpgrade
