#include "bundle/ImageHint.h"
#include "bundle/ChartInfo.h"
#include "util/Error.h"
#include "util/Yaml.h"

#include <gtest/gtest.h>

using namespace DceUpgrade;
using Role = ImageHint::Placeholder::Role;

TEST(ImageHint, RolesFollowRelok8s)
{
    const ImageHint two = ImageHint::parse(
        QStringLiteral("{{.global.imageRegistry}}/{{ .subchart-1.deployment.imageName }}:{{ "
                       ".subchart-1.deployment.dockerTag }}"));
    ASSERT_EQ(two.placeholders().size(), 3u);
    EXPECT_EQ(two.placeholders()[0].role, Role::Registry);
    EXPECT_EQ(two.placeholders()[1].role, Role::Repository);
    EXPECT_EQ(two.placeholders()[1].path,
        (QStringList {QStringLiteral("subchart-1"), QStringLiteral("deployment"),
            QStringLiteral("imageName")}));
    EXPECT_EQ(two.placeholders()[2].role, Role::Tag);
    EXPECT_TRUE(two.hasTag());

    const ImageHint one = ImageHint::parse(QStringLiteral("{{ .singleImageReference.image }}"));
    EXPECT_EQ(one.placeholders()[0].role, Role::RegistryAndRepository);
    EXPECT_FALSE(one.hasTag());
    EXPECT_FALSE(one.hasDigest());

    EXPECT_TRUE(ImageHint::parse(QStringLiteral("{{ .i.repo }}@{{ .i.digest }}")).hasDigest());
}

TEST(ImageHint, RejectsPatternsRelok8sRejects)
{
    for (const char *bad : {"nginx:1.25", "{{ .a }}/{{ .b }}/{{ .c }}",
             "{{ .a }}:{{ .t }}:{{ .u }}", "{{ .image.tag | default \"x\" }}", "{{ .a..b }}"}) {
        EXPECT_THROW(ImageHint::parse(QString::fromLatin1(bad)), Error) << bad;
    }
}

TEST(ImageHint, ParseFileNamesTheLine)
{
    const QByteArray yaml = "---\n- \"{{ .a.repository }}:{{ .a.tag }}\"\n# comment\n- \"{{ .x "
                            "}}/{{ .y }}/{{ .z }}\"\n";
    try {
        ImageHint::parseFile(yaml, QStringLiteral("hints.yaml"));
        FAIL() << "no error";
    } catch (const Error &error) {
        EXPECT_EQ(error.code(), QStringLiteral("hints.invalid-pattern"));
        EXPECT_TRUE(error.message().contains(QStringLiteral("hints.yaml, line 4")))
            << error.message().toStdString();
    }
    EXPECT_THROW(ImageHint::parseFile("a: b\n", QStringLiteral("hints.yaml")), Error);
    EXPECT_EQ(
        ImageHint::parseFile("- \"{{ .a }}\"\n- \"{{ .b }}\"\n", QStringLiteral("h")).size(), 2u);
}

TEST(ImageHint, RendersAgainstMergedValuesWithParentWinning)
{
    ChartInfo parent;
    parent.values
        = Yaml::parse("global: {imageRegistry: release.daocloud.io}\nsub: {image: {tag: parent}}\n",
            QStringLiteral("v"));
    ChartInfo sub;
    sub.name = QStringLiteral("sub");
    sub.values = Yaml::parse("image: {repository: skoala/sub, tag: child}\n", QStringLiteral("s"));
    parent.subcharts.push_back(sub);

    const YAML::Node values = parent.mergedValues();
    const ImageHint hint = ImageHint::parse(QStringLiteral(
        "{{ .global.imageRegistry }}/{{ .sub.image.repository }}:{{ .sub.image.tag }}"));
    EXPECT_EQ(hint.render(values), QStringLiteral("release.daocloud.io/skoala/sub:parent"));
    // mergedValues() is a copy: rendering never changes the chart.
    EXPECT_FALSE(parent.values["sub"]["image"]["repository"]);

    try {
        ImageHint::parse(QStringLiteral("{{ .missing.key }}")).render(values);
        FAIL() << "no error";
    } catch (const Error &error) {
        EXPECT_EQ(error.code(), QStringLiteral("hints.missing-value"));
        EXPECT_TRUE(error.message().contains(QStringLiteral(".missing.key")));
    }
}
