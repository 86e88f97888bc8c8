// The scalar-span scanner and the yaml.v3-style encoder behind the values.yaml rewrite
// (bundle-format.md §3.6): where a scalar token ends, and how a new value is written.

#include "util/YamlScalar.h"

#include <yaml-cpp/yaml.h>

#include <gtest/gtest.h>

using namespace DceUpgrade;

namespace {

// The token text of the value of `key` (a child of the mapping at `mapPath`), measured from
// yaml-cpp's start mark: an independent check that the scanner and the parser agree.
QByteArray valueToken(const QByteArray &doc, const std::vector<std::string> &mapPath,
    const std::string &key, YamlScalar::Style *style = nullptr)
{
    YAML::Node map = YAML::Load(doc.toStdString());
    for (const std::string &part : mapPath) {
        map.reset(map[part]);
    }
    const YAML::Node value = map[key];
    const bool flow = map.Style() == YAML::EmitterStyle::Flow;
    const YamlScalar::Span span = YamlScalar::measure(
        doc, YamlScalar::skipProperties(doc, value.Mark().pos), map.Mark().column, flow);
    if (!span.isValid()) {
        return "<invalid>";
    }
    if (style) {
        *style = span.style;
    }
    return doc.mid(span.begin, span.length());
}

} // namespace

TEST(YamlScalar, PlainEndsBeforeCommentAndBlanks)
{
    const QByteArray doc = "image:\n  registry: docker.io   # where\n  tag: v1\n";
    YamlScalar::Style style = YamlScalar::Style::Literal;
    EXPECT_EQ(valueToken(doc, {"image"}, "registry", &style), QByteArray("docker.io"));
    EXPECT_EQ(style, YamlScalar::Style::Plain);
    EXPECT_EQ(valueToken(doc, {"image"}, "tag"), QByteArray("v1"));
}

TEST(YamlScalar, PlainKeepsHashInsideAWord)
{
    const QByteArray doc = "a:\n  b: x#y # comment\n";
    EXPECT_EQ(valueToken(doc, {"a"}, "b"), QByteArray("x#y"));
}

TEST(YamlScalar, PlainContinuesOnMoreIndentedLines)
{
    const QByteArray doc = "a:\n  foo: a\n    foo\n\n    bar\n  next: x\n";
    EXPECT_EQ(valueToken(doc, {"a"}, "foo"), QByteArray("a\n    foo\n\n    bar"));
    EXPECT_EQ(valueToken(doc, {"a"}, "next"), QByteArray("x"));
}

TEST(YamlScalar, PlainStopsAtACommentLine)
{
    const QByteArray doc = "a:\n  foo: one\n    # not part of it\n  bar: two\n";
    EXPECT_EQ(valueToken(doc, {"a"}, "foo"), QByteArray("one"));
}

TEST(YamlScalar, QuotedScalarsIncludeTheirQuotes)
{
    const QByteArray doc = "a:\n  s: 'it''s # here'  # c\n  d: \"say \\\"hi\\\" # x\" # c\n"
                           "  m: 'two\n    lines'\n";
    YamlScalar::Style style = YamlScalar::Style::Plain;
    EXPECT_EQ(valueToken(doc, {"a"}, "s", &style), QByteArray("'it''s # here'"));
    EXPECT_EQ(style, YamlScalar::Style::SingleQuoted);
    EXPECT_EQ(valueToken(doc, {"a"}, "d", &style), QByteArray("\"say \\\"hi\\\" # x\""));
    EXPECT_EQ(style, YamlScalar::Style::DoubleQuoted);
    EXPECT_EQ(valueToken(doc, {"a"}, "m"), QByteArray("'two\n    lines'"));
}

TEST(YamlScalar, BlockScalarsEndAtTheirLastContentLine)
{
    const QByteArray doc = "a:\n  lit: |\n    one\n\n    two\n  \n  fold: >- # c\n    x\n  k: v\n";
    YamlScalar::Style style = YamlScalar::Style::Plain;
    EXPECT_EQ(valueToken(doc, {"a"}, "lit", &style), QByteArray("|\n    one\n\n    two"));
    EXPECT_EQ(style, YamlScalar::Style::Literal);
    // A comment after the header lies inside the token's bytes, so it goes with the value.
    EXPECT_EQ(valueToken(doc, {"a"}, "fold", &style), QByteArray(">- # c\n    x"));
    EXPECT_EQ(style, YamlScalar::Style::Folded);
    EXPECT_EQ(valueToken(doc, {"a"}, "k"), QByteArray("v"));
}

TEST(YamlScalar, FlowMappingValuesStopAtIndicators)
{
    const QByteArray doc = "a: {foo: a foo, bar: 'b', baz: c}\n";
    EXPECT_EQ(valueToken(doc, {"a"}, "foo"), QByteArray("a foo"));
    EXPECT_EQ(valueToken(doc, {"a"}, "bar"), QByteArray("'b'"));
    EXPECT_EQ(valueToken(doc, {"a"}, "baz"), QByteArray("c"));
}

TEST(YamlScalar, PropertiesAreSkipped)
{
    const QByteArray doc = "a:\n  t: !!str 123\n  n: &anchor value\n  l: !!str\n    below\n";
    EXPECT_EQ(valueToken(doc, {"a"}, "t"), QByteArray("123"));
    EXPECT_EQ(valueToken(doc, {"a"}, "n"), QByteArray("value"));
    EXPECT_EQ(valueToken(doc, {"a"}, "l"), QByteArray("below"));
}

TEST(YamlScalar, MarksAreBytesAfterMultiByteCharacters)
{
    const QByteArray doc = "# ünïcödé\nx: ünïcödé value\na:\n  foo: old # ç\n";
    EXPECT_EQ(valueToken(doc, {}, "x"), QByteArray("ünïcödé value"));
    EXPECT_EQ(valueToken(doc, {"a"}, "foo"), QByteArray("old"));
}

TEST(YamlScalar, NothingToMeasure)
{
    EXPECT_FALSE(YamlScalar::measure("a: b", 10, 0, false).isValid());
    EXPECT_FALSE(YamlScalar::measure("a: [b]", 3, 0, false).isValid());
    EXPECT_FALSE(YamlScalar::measure("a: 'open", 3, 0, false).isValid());
}

TEST(YamlScalar, EncodeLikeYamlV3Marshal)
{
    // Plain when it reads back as the same string.
    EXPECT_EQ(YamlScalar::encode(QStringLiteral("10.16.23.145")), QByteArray("10.16.23.145"));
    EXPECT_EQ(YamlScalar::encode(QStringLiteral("10.16.23.145:5000/release.daocloud.io/skoala")),
        QByteArray("10.16.23.145:5000/release.daocloud.io/skoala"));
    EXPECT_EQ(YamlScalar::encode(QStringLiteral("skoala/hive@sha256:abc")),
        QByteArray("skoala/hive@sha256:abc"));
    EXPECT_EQ(YamlScalar::encode(QStringLiteral("xxx")), QByteArray("xxx"));
    // Another type in plain form: double quotes (relok8s TestUpdateMapEncodesValues: "1").
    for (const char *text : {"1", "1.25", "-3", "0x1F", "0o17", "1e3", ".5", "true", "False",
             "null", "~", "", "yes", "off", "Y", "2001-12-14", "1:20", ".inf"}) {
        EXPECT_EQ(YamlScalar::encode(QString::fromUtf8(text)),
            QByteArray("\"") + QByteArray(text) + QByteArray("\""))
            << text;
    }
    // Impossible as plain, possible single-quoted.
    EXPECT_EQ(YamlScalar::encode(QStringLiteral("a: b")), QByteArray("'a: b'"));
    EXPECT_EQ(YamlScalar::encode(QStringLiteral("#x")), QByteArray("'#x'"));
    EXPECT_EQ(YamlScalar::encode(QStringLiteral("- x")), QByteArray("'- x'"));
    EXPECT_EQ(YamlScalar::encode(QStringLiteral(" lead")), QByteArray("' lead'"));
    EXPECT_EQ(YamlScalar::encode(QStringLiteral("it's: x")), QByteArray("'it''s: x'"));
    // Control characters only in double quotes.
    EXPECT_EQ(YamlScalar::encode(QStringLiteral("a\tb")), QByteArray("\"a\\tb\""));
    EXPECT_EQ(YamlScalar::encode(QStringLiteral("a\nb")), QByteArray("\"a\\nb\""));
}

// Whatever encode() writes, yaml-cpp reads back as the same string, never as another type.
TEST(YamlScalar, EncodedValuesReadBackAsTheSameString)
{
    for (const char *text : {"10.16.23.145", "1.25", "true", "a: b", "#x", "- x", " lead",
             "it's: x", "a\tb", "a\nb", "", "@at", "`tick", "x #y", "say \"hi\"", "back\\slash",
             "ünïcode", "[x]", "{x}", "*alias", "&anchor", "!tag", "%pct", "---", "..."}) {
        const QByteArray encoded = YamlScalar::encode(QString::fromUtf8(text));
        const YAML::Node node = YAML::Load(QByteArray("key: " + encoded).toStdString())["key"];
        ASSERT_TRUE(node.IsScalar()) << encoded.constData();
        EXPECT_EQ(node.Scalar(), std::string(text)) << encoded.constData();
        if (node.Tag() == "?") {
            EXPECT_TRUE(YamlScalar::plainIsString(encoded)) << encoded.constData();
        }
    }
}

TEST(YamlScalar, PlainResolution)
{
    EXPECT_TRUE(YamlScalar::plainIsString("release.daocloud.io"));
    EXPECT_TRUE(YamlScalar::plainIsString("v0.28.1"));
    EXPECT_TRUE(YamlScalar::plainIsString("0.28.1"));
    EXPECT_TRUE(YamlScalar::plainIsString("yes")); // YAML 1.1 only: a string for yaml.v3
    EXPECT_FALSE(YamlScalar::plainIsString("1.25"));
    EXPECT_FALSE(YamlScalar::plainIsString("1_000"));
    EXPECT_FALSE(YamlScalar::plainIsString("null"));
    EXPECT_FALSE(YamlScalar::plainIsString(""));
    EXPECT_FALSE(YamlScalar::plainIsString("TRUE"));
    EXPECT_FALSE(YamlScalar::plainIsString("2024-06-20"));
}
