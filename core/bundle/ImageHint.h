#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <yaml-cpp/yaml.h>

#include <vector>

namespace DceUpgrade {

// One relok8s image pattern from hints.yaml, e.g.
// "{{ .global.imageRegistry }}/{{ .hive.image.repository }}:{{ .hive.image.tag }}".
// Placeholders are plain value paths; the one after ':' is the tag, after '@' the digest, and the
// remaining one or two are "registry and repository in one value" or "registry, then
// repository" (relok8s image_template.go).
class ImageHint final
{
    Q_DECLARE_TR_FUNCTIONS(DceUpgrade::ImageHint)

public:
    struct Placeholder
    {
        enum class Role { RegistryAndRepository, Registry, Repository, Tag, Digest };
        Role role = Role::RegistryAndRepository;
        QStringList path; // {"global", "imageRegistry"}
        qsizetype start = 0; // position of "{{" in the pattern
        qsizetype length = 0; // up to and including "}}"

        QString dottedPath() const { return QLatin1Char('.') + path.join(QLatin1Char('.')); }
    };

    // Throws Error (hints.invalid-pattern) with the reason.
    static ImageHint parse(const QString &pattern);

    // Parses hints.yaml: a YAML sequence of strings. Throws Error (yaml.invalid,
    // hints.invalid) naming the line.
    static std::vector<ImageHint> parseFile(const QByteArray &yaml, const QString &displayName);

    const QString &pattern() const { return m_pattern; }
    const std::vector<Placeholder> &placeholders() const { return m_placeholders; }
    bool hasTag() const;
    bool hasDigest() const;

    // The pattern with every placeholder replaced by its value. Throws Error
    // (hints.missing-value) when a path is absent or not a scalar.
    QString render(const YAML::Node &values) const;

    // The scalar value at `path`, or an undefined node.
    static YAML::Node lookup(const YAML::Node &values, const QStringList &path);

private:
    QString m_pattern;
    std::vector<Placeholder> m_placeholders;
};

} // namespace DceUpgrade
