// The chart relocation charts-syncer does on "load" (bundle-format.md §3.6-§3.7, §3.9): the
// values.yaml byte-span rewrite (relok8s yamlops test vectors and our own), subchart routing,
// Chart.yaml dependency stripping, the packaged .tgz, and the LOCAL publish.

#include "Fixtures.h"

#include "bundle/ChartLoader.h"
#include "bundle/ImageHint.h"
#include "bundle/PackageReader.h"
#include "registry/ChartPublisher.h"
#include "registry/ChartRelocator.h"
#include "registry/Relocator.h"
#include "util/Error.h"
#include "util/Yaml.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <yaml-cpp/yaml.h>

#include <gtest/gtest.h>

using namespace DceUpgrade;
using DceUpgrade::Test::Fixtures;

namespace {

QByteArray rewrite(const char *doc, const char *path, const char *value)
{
    return ChartRelocator::rewriteValue(QByteArray(doc), QString::fromUtf8(path),
        QString::fromUtf8(value), QStringLiteral("values.yaml"));
}

// The code of the Error a rewrite throws, or "" when it succeeds.
std::string rewriteError(const char *doc, const char *path, const char *value = "xxx")
{
    try {
        rewrite(doc, path, value);
    } catch (const Error &error) {
        EXPECT_FALSE(error.message().isEmpty());
        EXPECT_FALSE(error.hint().isEmpty());
        return error.code().toStdString();
    }
    return {};
}

struct Vector
{
    const char *name;
    const char *doc;
    const char *path; // the mapping path plus the field, as relok8s' RewriteAction.Path
    const char *result;
};

// relok8s internal/yamlops/yamlops_test.go (TestUpdateMap with a path, TestUpdateMapUnicode,
// TestUpdateMapValueNodeStyle, TestUpdateMapComments), value "xxx" (or "new").
const Vector RelokVectors[] = {
    {"updates map with path", "a:\n  foo: a foo\nb:\n  foo: b foo", ".a.foo",
        "a:\n  foo: xxx\nb:\n  foo: b foo"},
    {"updates nested map with path", "a:\n  b:\n    foo: a b foo", ".a.b.foo",
        "a:\n  b:\n    foo: xxx"},
    {"updates inline map", "a: {foo: a foo}", ".a.foo", "a: {foo: xxx}"},
    {"updates unquoted value", "a:\n  foo: a foo", ".a.foo", "a:\n  foo: xxx"},
    {"updates single quoted value", "a:\n  foo: 'a foo'", ".a.foo", "a:\n  foo: xxx"},
    {"updates double quoted value", "a:\n  foo: \"a foo\"", ".a.foo", "a:\n  foo: xxx"},
    {"updates single quoted value in inline map", "a: {foo: 'a foo'}", ".a.foo", "a: {foo: xxx}"},
    {"updates double quoted value in inline map", "a: {foo: \"a foo\"}", ".a.foo", "a: {foo: xxx}"},
    {"updates flow value", "a:\n  foo: a\n    foo", ".a.foo", "a:\n  foo: xxx"},
    {"updates single quoted flow value", "a:\n  foo: 'a\n  foo'", ".a.foo", "a:\n  foo: xxx"},
    {"updates double quoted flow value", "a:\n  foo: \"a\n  foo\"", ".a.foo", "a:\n  foo: xxx"},
    {"updates block folded value", "a:\n  foo: >\n    a foo", ".a.foo", "a:\n  foo: xxx"},
    {"updates block literal value", "a:\n  foo: |\n    a foo", ".a.foo", "a:\n  foo: xxx"},
    {"retains value's head comment", "a:\n  # a foo head comment\n  foo: a foo", ".a.foo",
        "a:\n  # a foo head comment\n  foo: xxx"},
    {"retains value's foot comment", "a:\n  foo: a foo\n  # a foo foot comment", ".a.foo",
        "a:\n  foo: xxx\n  # a foo foot comment"},
    {"retains value's line comment", "a:\n  foo: a foo # a foo line comment", ".a.foo",
        "a:\n  foo: xxx # a foo line comment"},
    {"retains map's head comment", "# a head comment\na:\n  foo: a foo", ".a.foo",
        "# a head comment\na:\n  foo: xxx"},
    {"retains map's foot comment", "a:\n  foo: a foo\n# a foot comment", ".a.foo",
        "a:\n  foo: xxx\n# a foot comment"},
    {"retains map's line comment", "a: # a line comment\n  foo: a foo", ".a.foo",
        "a: # a line comment\n  foo: xxx"},
    {"retains unrelated comments", "a: \n  foo: a foo\n\n# b head comment\nb: b\n# b foot comment",
        ".a.foo", "a: \n  foo: xxx\n\n# b head comment\nb: b\n# b foot comment"},
    {"earlier unicode comment", "## unicöde comment\na:\n  foo: old", ".a.foo",
        "## unicöde comment\na:\n  foo: xxx"},
    {"earlier unicode value", "x: unicöde value\na:\n  foo: old", ".a.foo",
        "x: unicöde value\na:\n  foo: xxx"},
};

QByteArray readTestFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

TEST(ChartRelocator, RelokYamlopsVectors)
{
    for (const Vector &vector : RelokVectors) {
        EXPECT_EQ(rewrite(vector.doc, vector.path, "xxx"), QByteArray(vector.result))
            << vector.name;
    }
}

// The bytes outside the old scalar are the same bytes, whatever the scalar looked like.
TEST(ChartRelocator, OnlyTheScalarSpanChanges)
{
    const QByteArray doc = "# Default values for skoala.\n"
                           "global:\n"
                           "  imageRegistry: release.daocloud.io   # where images live\n"
                           "  imagePullSecrets: []\n"
                           "hive:\n"
                           "  image:\n"
                           "    repository: \"skoala/hive\" # quoted\n"
                           "    tag: 'v0.28.1'\n"
                           "\n"
                           "# trailing comment\n";
    const QByteArray registry
        = ChartRelocator::rewriteValue(doc, QStringLiteral(".global.imageRegistry"),
            QStringLiteral("10.16.23.145"), QStringLiteral("values.yaml"));
    const qsizetype start = doc.indexOf("release.daocloud.io");
    ASSERT_GT(start, 0);
    EXPECT_EQ(registry.left(start), doc.left(start));
    EXPECT_EQ(registry.mid(start, 12), QByteArray("10.16.23.145"));
    EXPECT_EQ(registry.mid(start + 12), doc.mid(start + qsizetype(strlen("release.daocloud.io"))));

    const QByteArray repository
        = ChartRelocator::rewriteValue(registry, QStringLiteral(".hive.image.repository"),
            QStringLiteral("release.daocloud.io/skoala/hive"), QStringLiteral("values.yaml"));
    const qsizetype quoted = registry.indexOf("\"skoala/hive\"");
    ASSERT_GT(quoted, 0);
    EXPECT_EQ(repository.left(quoted), registry.left(quoted));
    EXPECT_EQ(repository.mid(quoted),
        "release.daocloud.io/skoala/hive"
            + registry.mid(quoted + qsizetype(strlen("\"skoala/hive\""))));
}

TEST(ChartRelocator, ValuesThatWouldChangeTypeAreQuoted)
{
    EXPECT_EQ(rewrite("a:\n  foo: a foo", ".a.foo", "1"), QByteArray("a:\n  foo: \"1\""));
    EXPECT_EQ(
        rewrite("a:\n  foo: x # c\n", ".a.foo", "1.25"), QByteArray("a:\n  foo: \"1.25\" # c\n"));
}

TEST(ChartRelocator, AnchorsAndTagsStay)
{
    EXPECT_EQ(rewrite("a:\n  foo: &r old\nb: *r\n", ".a.foo", "new"),
        QByteArray("a:\n  foo: &r new\nb: *r\n"));
    EXPECT_EQ(
        rewrite("a:\n  foo: !!str 12\n", ".a.foo", "new"), QByteArray("a:\n  foo: !!str new\n"));
}

TEST(ChartRelocator, BlockScalarFollowedByMoreKeys)
{
    EXPECT_EQ(rewrite("a:\n  foo: |\n    a foo\n  bar: b\n", ".a.foo", "xxx"),
        QByteArray("a:\n  foo: xxx\n  bar: b\n"));
}

// DaoCloud's InsertMap (commit 8c1849f): a missing field is appended to its mapping.
TEST(ChartRelocator, MissingFieldIsInserted)
{
    EXPECT_EQ(rewrite("image:\n  repository: skoala/hive\n  tag: v1 # t\nother: 1\n",
                  ".image.registry", "10.16.23.145"),
        QByteArray("image:\n  repository: skoala/hive\n  tag: v1\n  registry: 10.16.23.145 # t\n"
                   "other: 1\n"));
    EXPECT_EQ(rewrite("a:\n  b:\n    deep: x\n  c:\n    - 1\n    - 2\nz: 0\n", ".a.registry", "r"),
        QByteArray("a:\n  b:\n    deep: x\n  c:\n    - 1\n    - 2\n  registry: r\nz: 0\n"));
    EXPECT_EQ(rewrite("a:\n  empty:\nz: 0\n", ".a.registry", "r"),
        QByteArray("a:\n  empty:\n  registry: r\nz: 0\n"));
    EXPECT_EQ(
        rewrite("a: {foo: x}\n", ".a.registry", "r"), QByteArray("a: {foo: x, registry: r}\n"));
    EXPECT_EQ(rewrite("a: {}\n", ".a.registry", "r"), QByteArray("a: {registry: r}\n"));
}

TEST(ChartRelocator, RewriteErrors)
{
    const std::string code = "chart.values-rewrite";
    // Field present but not a string: relok8s "expected !!str".
    EXPECT_EQ(rewriteError("a:\n  foo: 1", ".a.foo"), code);
    EXPECT_EQ(rewriteError("a:\n  foo: 1.25", ".a.foo"), code);
    EXPECT_EQ(rewriteError("a:\n  foo:\n  bar: x", ".a.foo"), code);
    EXPECT_EQ(rewriteError("a:\n  foo: true", ".a.foo"), code);
    EXPECT_EQ(rewriteError("a:\n  foo:\n    nested: x", ".a.foo"), code);
    EXPECT_EQ(rewriteError("a:\n  foo: [x]", ".a.foo"), code);
    // The mapping path is missing, or is no mapping.
    EXPECT_EQ(rewriteError("a:\n  foo: x", ".b.foo"), code);
    EXPECT_EQ(rewriteError("a: x", ".a.foo"), code);
    EXPECT_EQ(rewriteError("a:", ".a.foo"), code);
    EXPECT_EQ(rewriteError("a: [x]", ".a.b.foo"), code);
    // A top-level value: relok8s "need path or selectors or both".
    EXPECT_EQ(rewriteError("foo: x", ".foo"), code);
    // An alias would change its anchor too.
    EXPECT_EQ(rewriteError("x: &r old\na:\n  foo: *r\n", ".a.foo"), code);
    // Quoted numbers are strings: no error.
    EXPECT_EQ(rewriteError("a:\n  foo: \"1\"", ".a.foo"), std::string());
    EXPECT_EQ(rewriteError("a:\n  foo: !!str 1", ".a.foo"), std::string());
}

TEST(ChartRelocator, ChartYamlAsHelmSavesIt)
{
    const QByteArray original = "# comment lost\n"
                                "name: skoala\n"
                                "version: 0.28.1\n"
                                "apiVersion: v2\n"
                                "appVersion: \"1.0\"\n"
                                "unknownField: dropped\n"
                                "dependencies:\n"
                                "  - name: sesame\n"
                                "    version: 0.28.1\n"
                                "    repository: https://release.daocloud.io/chartrepo/skoala\n"
                                "    condition: sesame.enabled\n";
    const QByteArray saved
        = ChartRelocator::strippedChartYaml(original, QStringLiteral("Chart.yaml"));
    EXPECT_EQ(saved,
        QByteArray("apiVersion: v2\n"
                   "appVersion: \"1.0\"\n"
                   "dependencies:\n"
                   "- condition: sesame.enabled\n"
                   "  name: sesame\n"
                   "  repository: \"\"\n"
                   "  version: 0.28.1\n"
                   "name: skoala\n"
                   "version: 0.28.1\n"));
    const YAML::Node reread = YAML::Load(saved.toStdString());
    EXPECT_EQ(reread["appVersion"].Scalar(), "1.0");
    EXPECT_EQ(reread["dependencies"][0]["repository"].Scalar(), "");
}

// The mkbundle skoala chart relocated as in the DCE docs (§3.4 first example): every rewrite
// lands in the right values.yaml, and nothing else in those files changes.
TEST(ChartRelocator, RelocatesTheGeneratedBundle)
{
    Fixtures fixtures;
    const auto generated = fixtures.make(QStringLiteral("ggcr"));
    const Package package = PackageReader::open(generated.path);
    ASSERT_EQ(package.bundles.size(), 1u);
    const Bundle &bundle = *package.bundles.front();

    RelocationRules rules;
    rules.registry = QStringLiteral("10.16.23.145");
    rules.repository = QStringLiteral("release.daocloud.io/skoala");
    const ValueRewrites rewrites = ValueRewrites::compute(bundle, Relocator(rules));
    ASSERT_FALSE(rewrites.rewrites.empty());
    bool routesToSubchart = false;
    for (const auto &rewrite : rewrites.rewrites) {
        routesToSubchart = routesToSubchart || rewrite.key.startsWith(QLatin1String("sesame."));
    }
    ASSERT_TRUE(routesToSubchart) << "the fixture should have a subchart image";

    const RelocatedChart chart = ChartRelocator::relocate(bundle, rewrites);
    EXPECT_EQ(chart.name, bundle.chart.name);
    EXPECT_EQ(chart.version, bundle.chart.version);
    EXPECT_EQ(chart.fileName(),
        bundle.chart.name + QLatin1Char('-') + bundle.chart.version + QLatin1String(".tgz"));

    // Each edited values file differs from the original exactly on the lines of its rewrites.
    ASSERT_EQ(chart.editedValues.size(), 2u);
    int linesChanged = 0;
    for (const auto &[path, edited] : chart.editedValues) {
        const QString subchart = path.startsWith(QLatin1String("charts/"))
            ? path.section(QLatin1Char('/'), 1, 1)
            : QString();
        const QByteArray original = bundle.index.readFile(QLatin1String("original-chart/") + path);
        const QList<QByteArray> before = original.split('\n');
        const QList<QByteArray> after = edited.split('\n');
        ASSERT_EQ(before.size(), after.size()) << path.toStdString();
        for (qsizetype i = 0; i < before.size(); ++i) {
            if (before[i] == after[i]) {
                continue;
            }
            ++linesChanged;
            const qsizetype colon = before[i].indexOf(": ");
            ASSERT_GT(colon, 0) << before[i].constData();
            const QByteArray field = before[i].left(colon).trimmed();
            // The rewrite for this line: its key ends with the field, and the new line is the
            // old one up to the value, then the new value.
            bool matched = false;
            for (const auto &rewrite : rewrites.rewrites) {
                const bool inThisFile = subchart.isEmpty()
                    ? !rewrite.key.startsWith(QLatin1String("sesame."))
                    : rewrite.key.startsWith(subchart + QLatin1Char('.'));
                if (inThisFile && rewrite.key.endsWith(QLatin1Char('.') + QString::fromUtf8(field))
                    && after[i] == before[i].left(colon + 2) + rewrite.value.toUtf8()) {
                    matched = true;
                }
            }
            EXPECT_TRUE(matched) << before[i].constData() << " -> " << after[i].constData();
        }
    }
    EXPECT_EQ(linesChanged, int(rewrites.rewrites.size()));

    // The package, read back by the bundle reader: the rewritten values in place, the subchart a
    // directory, dependency repositories empty.
    const ChartInfo relocated = ChartLoader::loadFromTgz(chart.tgz, chart.fileName());
    EXPECT_EQ(relocated.name, bundle.chart.name);
    ASSERT_EQ(relocated.subcharts.size(), bundle.chart.subcharts.size());
    ASSERT_FALSE(relocated.dependencies.empty());
    ASSERT_FALSE(bundle.chart.dependencies.front().repository.isEmpty());
    EXPECT_TRUE(relocated.dependencies.front().repository.isEmpty());
    EXPECT_TRUE(relocated.files.contains(QStringLiteral("charts/sesame/values.yaml")));
    const YAML::Node merged = relocated.mergedValues();
    for (const auto &rewrite : rewrites.rewrites) {
        EXPECT_EQ(Yaml::toQString(ImageHint::lookup(merged, rewrite.key.split(QLatin1Char('.')))),
            rewrite.value)
            << rewrite.key.toStdString();
    }
    // Every original file is in the package (Chart.lock aside), nothing else.
    QStringList expectedFiles = bundle.chart.files;
    expectedFiles.removeAll(QStringLiteral("Chart.lock"));
    EXPECT_EQ(relocated.files, expectedFiles);

    // Member names: "<name>/..." and no directory entries (helm's writer).
    QTemporaryDir dir;
    const QString tgz = dir.filePath(chart.fileName());
    QFile out(tgz);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(chart.tgz);
    out.close();
    QProcess tar;
    tar.start(QStringLiteral("tar"), {QStringLiteral("-tzf"), tgz});
    ASSERT_TRUE(tar.waitForFinished(30000));
    const QStringList members = QString::fromUtf8(tar.readAllStandardOutput())
                                    .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    EXPECT_EQ(members.size(), expectedFiles.size());
    for (const QString &member : members) {
        EXPECT_TRUE(member.startsWith(bundle.chart.name + QLatin1Char('/')))
            << member.toStdString();
        EXPECT_FALSE(member.endsWith(QLatin1Char('/'))) << member.toStdString();
    }
    EXPECT_EQ(members.first(), bundle.chart.name + QLatin1String("/Chart.yaml"));

    // The helm push config: Chart.yaml metadata as JSON.
    const YAML::Node config = YAML::Load(chart.metadataJson.toStdString());
    EXPECT_EQ(config["name"].Scalar(), bundle.chart.name.toStdString());
    EXPECT_EQ(config["version"].Scalar(), bundle.chart.version.toStdString());
    EXPECT_EQ(chart.annotations.value(QStringLiteral("org.opencontainers.image.title")).toString(),
        bundle.chart.name);
}

// A subchart key the parent's values also have stays in the parent (FindChartDestination).
TEST(ChartRelocator, ParentValuesWinOverSubchartRouting)
{
    Fixtures fixtures;
    const auto generated = fixtures.make(QStringLiteral("ggcr"));
    const Package package = PackageReader::open(generated.path);
    const Bundle &bundle = *package.bundles.front();
    ValueRewrites rewrites;
    rewrites.rewrites.push_back(
        {QStringLiteral("hive.image.repository"), QStringLiteral("x/hive")});
    rewrites.rewrites.push_back(
        {QStringLiteral("sesame.image.repository"), QStringLiteral("x/sesame")});
    const RelocatedChart chart = ChartRelocator::relocate(bundle, rewrites);
    ASSERT_EQ(chart.editedValues.size(), 2u);
    EXPECT_EQ(chart.editedValues[0].first, QStringLiteral("values.yaml"));
    EXPECT_TRUE(chart.editedValues[0].second.contains("repository: x/hive"));
    EXPECT_FALSE(chart.editedValues[0].second.contains("x/sesame"));
    EXPECT_EQ(chart.editedValues[1].first, QStringLiteral("charts/sesame/values.yaml"));
    EXPECT_TRUE(chart.editedValues[1].second.contains("repository: x/sesame"));

    // A rewrite under a key the parent lacks and no subchart has: the parent's mapping is missing.
    ValueRewrites missing;
    missing.rewrites.push_back({QStringLiteral("nosuch.image.repository"), QStringLiteral("x")});
    try {
        ChartRelocator::relocate(bundle, missing);
        ADD_FAILURE() << "expected chart.values-rewrite";
    } catch (const Error &error) {
        EXPECT_EQ(error.code(), QStringLiteral("chart.values-rewrite"));
        EXPECT_TRUE(error.message().contains(QLatin1String(".nosuch")));
    }
}

TEST(ChartPublisher, LocalWritesOnceUnlessForced)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    RelocatedChart chart;
    chart.name = QStringLiteral("skoala");
    chart.version = QStringLiteral("0.28.1");
    chart.tgz = QByteArray("first version of the archive");
    const QString target = dir.filePath(QStringLiteral("charts/local"));

    const ChartPublishResult first = ChartPublisher::publishLocal(chart, target, false);
    EXPECT_EQ(first.outcome, ChartPublishResult::Outcome::Published);
    const QString file = target + QLatin1String("/skoala-0.28.1.tgz");
    EXPECT_EQ(QFileInfo(first.location).absoluteFilePath(), QFileInfo(file).absoluteFilePath());
    EXPECT_EQ(readTestFile(file), chart.tgz);
    EXPECT_EQ(QFileInfo(file).permissions() & 0x7077, QFileDevice::Permissions(0x6044));
    EXPECT_EQ(QFileInfo(target).permissions() & 0x7077, QFileDevice::Permissions(0x7055));
    EXPECT_EQ(QFileInfo(dir.filePath(QStringLiteral("charts"))).permissions() & 0x7077,
        QFileDevice::Permissions(0x7055));

    RelocatedChart second = chart;
    second.tgz = QByteArray("second version");
    const ChartPublishResult skipped = ChartPublisher::publishLocal(second, target, false);
    EXPECT_EQ(skipped.outcome, ChartPublishResult::Outcome::AlreadyThere);
    EXPECT_EQ(readTestFile(file), chart.tgz);

    const ChartPublishResult forced = ChartPublisher::publishLocal(second, target, true);
    EXPECT_EQ(forced.outcome, ChartPublishResult::Outcome::Replaced);
    EXPECT_EQ(readTestFile(file), second.tgz);
    EXPECT_EQ(QFileInfo(file).permissions() & 0x7077, QFileDevice::Permissions(0x6044));
    EXPECT_EQ(QDir(target).entryList(QDir::Files | QDir::Hidden).size(), 1);
}

TEST(ChartPublisher, LocalFailureIsExplained)
{
    QTemporaryDir dir;
    const QString blocker = dir.filePath(QStringLiteral("file"));
    QFile file(blocker);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.close();
    RelocatedChart chart;
    chart.name = QStringLiteral("skoala");
    chart.version = QStringLiteral("0.28.1");
    try {
        ChartPublisher::publishLocal(chart, blocker + QLatin1String("/sub"), false);
        ADD_FAILURE() << "expected chart.publish-local";
    } catch (const Error &error) {
        EXPECT_EQ(error.code(), QStringLiteral("chart.publish-local"));
        EXPECT_FALSE(error.hint().isEmpty());
    }
}

TEST(ChartPublisher, OciTagAndManifest)
{
    EXPECT_EQ(
        ChartPublisher::ociTag(QStringLiteral("1.2.3+build.4")), QStringLiteral("1.2.3_build.4"));
    RelocatedChart chart;
    chart.annotations.insert(
        QStringLiteral("org.opencontainers.image.title"), QStringLiteral("skoala"));
    const QByteArray manifest = ChartPublisher::ociManifest(
        chart, QStringLiteral("sha256:c"), 12, QStringLiteral("sha256:l"), 34);
    const YAML::Node json = YAML::Load(manifest.toStdString());
    EXPECT_EQ(json["schemaVersion"].as<int>(), 2);
    EXPECT_EQ(json["mediaType"].Scalar(), "application/vnd.oci.image.manifest.v1+json");
    EXPECT_EQ(json["config"]["mediaType"].Scalar(), "application/vnd.cncf.helm.config.v1+json");
    EXPECT_EQ(json["config"]["digest"].Scalar(), "sha256:c");
    EXPECT_EQ(json["config"]["size"].as<int>(), 12);
    EXPECT_EQ(json["layers"][0]["mediaType"].Scalar(),
        "application/vnd.cncf.helm.chart.content.v1.tar+gzip");
    EXPECT_EQ(json["layers"][0]["size"].as<int>(), 34);
    EXPECT_EQ(json["annotations"]["org.opencontainers.image.title"].Scalar(), "skoala");
    EXPECT_TRUE(manifest.startsWith("{\"schemaVersion\":2,\"mediaType\":"));
}
