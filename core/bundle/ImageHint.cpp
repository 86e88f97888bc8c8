#include "ImageHint.h"

#include "util/Error.h"
#include "util/Yaml.h"

#include <QRegularExpression>

namespace DceUpgrade {

namespace {

Error invalidPattern(const QString &pattern, const QString &why)
{
    return Error(QStringLiteral("hints.invalid-pattern"),
        ImageHint::tr("The image hint \"%1\" cannot be used: %2").arg(pattern, why),
        ImageHint::tr("hints.yaml in the package is damaged. Download the package "
                      "again."));
}

} // namespace

ImageHint ImageHint::parse(const QString &pattern)
{
    // "{{ .a.b-c.d }}": relok8s rewrites these to `index . "a" "b-c" "d"`, so any key without
    // dots, spaces or braces is allowed.
    static const QRegularExpression placeholder(
        QStringLiteral("\\{\\{\\s*\\.([^\\s{}]+?)\\s*\\}\\}"));
    static const QRegularExpression anyAction(QStringLiteral("\\{\\{.*?\\}\\}"));

    ImageHint hint;
    hint.m_pattern = pattern;

    int tags = 0;
    int digests = 0;
    auto it = anyAction.globalMatch(pattern);
    while (it.hasNext()) {
        const QRegularExpressionMatch action = it.next();
        const QRegularExpressionMatch simple = placeholder.match(action.captured(0));
        if (!simple.hasMatch() || simple.capturedLength(0) != action.capturedLength(0)) {
            throw invalidPattern(pattern,
                tr("\"%1\" is not a plain value path like "
                   "{{ .image.tag }}")
                    .arg(action.captured(0)));
        }
        Placeholder p;
        p.path = simple.captured(1).split(QLatin1Char('.'));
        if (p.path.contains(QString())) {
            throw invalidPattern(pattern, tr("\"%1\" has an empty key").arg(action.captured(0)));
        }
        p.start = action.capturedStart(0);
        p.length = action.capturedLength(0);
        const QChar before = p.start > 0 ? pattern.at(p.start - 1) : QChar();
        if (before == QLatin1Char(':')) {
            p.role = Placeholder::Role::Tag;
            ++tags;
        } else if (before == QLatin1Char('@')) {
            p.role = Placeholder::Role::Digest;
            ++digests;
        }
        hint.m_placeholders.push_back(p);
    }
    if (tags > 1 || digests > 1) {
        throw invalidPattern(pattern, tr("it has more than one tag or digest placeholder"));
    }

    std::vector<Placeholder *> location;
    for (Placeholder &p : hint.m_placeholders) {
        if (p.role != Placeholder::Role::Tag && p.role != Placeholder::Role::Digest) {
            location.push_back(&p);
        }
    }
    if (location.size() == 1) {
        location[0]->role = Placeholder::Role::RegistryAndRepository;
    } else if (location.size() == 2) {
        location[0]->role = Placeholder::Role::Registry;
        location[1]->role = Placeholder::Role::Repository;
    } else {
        throw invalidPattern(pattern,
            tr("it needs one or two placeholders for the registry and "
               "repository, but has %1")
                .arg(location.size()));
    }
    return hint;
}

std::vector<ImageHint> ImageHint::parseFile(const QByteArray &yaml, const QString &displayName)
{
    const YAML::Node root = Yaml::parse(yaml, displayName);
    if (!root.IsSequence()) {
        Yaml::fail(QStringLiteral("hints.invalid"), displayName, root,
            tr("hints.yaml must be a list of image patterns."),
            tr("The package is damaged or was not made by charts-syncer. Download it "
               "again."));
    }
    std::vector<ImageHint> hints;
    for (const YAML::Node &entry : root) {
        if (!entry.IsScalar()) {
            Yaml::fail(QStringLiteral("hints.invalid"), displayName, entry,
                tr("every entry must be a string such as "
                   "\"{{ .image.repository }}:{{ .image.tag }}\"."));
        }
        try {
            hints.push_back(parse(Yaml::toQString(entry)));
        } catch (const Error &error) {
            Yaml::fail(error.code(), displayName, entry, error.message(), error.hint());
        }
    }
    return hints;
}

bool ImageHint::hasTag() const
{
    return std::any_of(m_placeholders.cbegin(), m_placeholders.cend(),
        [](const Placeholder &p) { return p.role == Placeholder::Role::Tag; });
}

bool ImageHint::hasDigest() const
{
    return std::any_of(m_placeholders.cbegin(), m_placeholders.cend(),
        [](const Placeholder &p) { return p.role == Placeholder::Role::Digest; });
}

YAML::Node ImageHint::lookup(const YAML::Node &values, const QStringList &path)
{
    YAML::Node node;
    node.reset(values); // rebinds without copying; assigning would overwrite the values
    for (const QString &key : path) {
        if (!node.IsMap()) {
            return YAML::Node(YAML::NodeType::Undefined);
        }
        const YAML::Node &current = node;
        const YAML::Node child = current[key.toStdString()]; // const lookup never inserts
        if (!child) {
            return YAML::Node(YAML::NodeType::Undefined);
        }
        node.reset(child);
    }
    return node;
}

QString ImageHint::render(const YAML::Node &values) const
{
    QString result;
    qsizetype copied = 0;
    for (const Placeholder &p : m_placeholders) {
        result += QStringView(m_pattern).mid(copied, p.start - copied);
        const YAML::Node value = lookup(values, p.path);
        if (!value.IsDefined() || !value.IsScalar()) {
            throw Error(QStringLiteral("hints.missing-value"),
                tr("The image hint \"%1\" needs the value %2, which the chart's "
                   "values.yaml does not set (or sets to a list or map).")
                    .arg(m_pattern, p.dottedPath()),
                tr("The package is damaged or its hints do not match its chart. Ask "
                   "DaoCloud for a corrected package."));
        }
        result += Yaml::toQString(value);
        copied = p.start + p.length;
    }
    result += QStringView(m_pattern).mid(copied);
    return result;
}

} // namespace DceUpgrade
