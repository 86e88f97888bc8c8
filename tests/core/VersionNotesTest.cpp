#include "Fixtures.h"

#include "engine/VersionNotes.h"
#include "model/ChartVersion.h"
#include "model/ModuleProfile.h"
#include "util/Translations.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace DceUpgrade;
using namespace DceUpgrade::Test;

namespace {

ResolvedRelease ghippo(const QString &version, const QStringList &contexts = {QString()})
{
    ResolvedRelease release;
    release.profile = ModuleProfile::builtIn(QStringLiteral("ghippo")).releases.at(0);
    release.release = release.profile.release;
    release.namespaceName = release.profile.namespaceName;
    release.version = version;
    release.kubeContexts = contexts;
    return release;
}

// The installed-from ranges of the notes shown for one upgrade.
QStringList shown(const QString &installed, const QString &target)
{
    QStringList ranges;
    for (const VersionNotes::Entry &entry : VersionNotes::of(ghippo(target), {}, installed)) {
        EXPECT_EQ(entry.certain(), ChartVersion::parse(installed).isValid());
        ranges.append(entry.note.installedRange);
    }
    return ranges;
}

class VersionNotesTest : public ::testing::Test
{
protected:
    void SetUp() override { Translations::install(QStringLiteral("en")); }
    void TearDown() override { Translations::install(QStringLiteral("en")); }
};

} // namespace

// Notes by version: shown exactly when the versions match (ghippo: keycloak -> keycloakx from
// <0.12.0 to >=0.12.0, the database DSN from <0.16.0 to >=0.16.0).
TEST_F(VersionNotesTest, ShownExactlyWhenTheVersionsMatch)
{
    EXPECT_EQ(shown(QStringLiteral("0.11.2"), QStringLiteral("0.12.0")),
        QStringList {QStringLiteral("<0.12.0")});
    EXPECT_EQ(shown(QStringLiteral("0.11.2"), QStringLiteral("0.16.1")),
        (QStringList {QStringLiteral("<0.12.0"), QStringLiteral("<0.16.0")}));
    EXPECT_EQ(shown(QStringLiteral("0.15.0"), QStringLiteral("0.16.1")),
        QStringList {QStringLiteral("<0.16.0")});
    EXPECT_EQ(shown(QStringLiteral("v0.12.0"), QStringLiteral("v0.13.0")), QStringList {});
    EXPECT_EQ(shown(QStringLiteral("0.16.0"), QStringLiteral("0.17.0")), QStringList {});
    EXPECT_EQ(shown(QStringLiteral("0.10.0"), QStringLiteral("0.11.9")), QStringList {});
    // Before the installed version is known: what the target alone allows ("may apply").
    EXPECT_EQ(shown({}, QStringLiteral("0.12.0")), QStringList {QStringLiteral("<0.12.0")});
    EXPECT_EQ(shown({}, QStringLiteral("0.20.1")),
        (QStringList {QStringLiteral("<0.12.0"), QStringLiteral("<0.16.0")}));
    EXPECT_EQ(shown({}, QStringLiteral("0.11.0")), QStringList {});
    // What helm reported as a version it cannot read counts as not known.
    EXPECT_EQ(shown(QStringLiteral("unknown"), QStringLiteral("0.12.0")),
        QStringList {QStringLiteral("<0.12.0")});
}

TEST_F(VersionNotesTest, EveryClusterOfAReleaseHasItsOwnInstalledVersion)
{
    PlanResult plan;
    plan.releases.push_back(
        ghippo(QStringLiteral("0.12.0"), {QStringLiteral("a"), QStringLiteral("b")}));
    const auto installed = [](const QString &target) {
        return target == QLatin1String("ghippo@a") ? QStringLiteral("0.11.0")
                                                   : QStringLiteral("0.12.0");
    };
    const std::vector<VersionNotes::Entry> entries = VersionNotes::of(plan, installed);
    ASSERT_EQ(entries.size(), 1u);
    EXPECT_EQ(entries.at(0).target, QStringLiteral("ghippo@a"));
    EXPECT_EQ(entries.at(0).installed, QStringLiteral("0.11.0"));
    // A plan with no release (sync only) has no note.
    EXPECT_TRUE(VersionNotes::of(PlanResult {}).empty());
}

TEST_F(VersionNotesTest, SaysTheNoteInBothLanguagesWithWhatHappensToTheRename)
{
    const VersionNotes::Entry known
        = VersionNotes::of(ghippo(QStringLiteral("0.12.0")), {}, QStringLiteral("0.11.2")).at(0);
    EXPECT_EQ(VersionNotes::line(known),
        QStringLiteral("ghippo (0.11.2 → 0.12.0): From 0.11 or older to 0.12 or newer, every "
                       "keycloak key of the backed-up values is named keycloakx. The upgrade "
                       "renames keycloak → keycloakx in the values it passes to helm; the backup "
                       "stays as it was."));
    const VersionNotes::Entry maybe
        = VersionNotes::of(ghippo(QStringLiteral("0.12.0")), {}, {}).at(0);
    EXPECT_TRUE(VersionNotes::line(maybe).startsWith(
        QStringLiteral("ghippo, if the installed version is <0.12.0 (this upgrade installs "
                       "0.12.0): From 0.11")))
        << VersionNotes::line(maybe).toStdString();

    ResolvedRelease byHand = ghippo(QStringLiteral("0.12.0"));
    byHand.renameKeys = false; // upgrade.renameKeys: false
    const VersionNotes::Entry manual = VersionNotes::of(byHand, {}, QStringLiteral("0.11.2")).at(0);
    EXPECT_FALSE(manual.renamesApplied);
    EXPECT_TRUE(VersionNotes::line(manual).endsWith(QStringLiteral(
        "upgrade.renameKeys is false: rename keycloak → keycloakx in the values yourself.")));

    Translations::install(QStringLiteral("zh_CN"));
    const QString chinese = VersionNotes::line(known);
    EXPECT_TRUE(chinese.contains(known.note.text.zhCN)) << chinese.toStdString();
    EXPECT_FALSE(chinese.contains(QLatin1String("The upgrade renames"))) << chinese.toStdString();
    EXPECT_TRUE(chinese.contains(QStringLiteral("keycloak → keycloakx"))) << chinese.toStdString();
    EXPECT_FALSE(VersionNotes::line(maybe).contains(QLatin1String("if the installed version")));
}

// report.json keeps both languages: the report reads the same whatever language shows it.
TEST_F(VersionNotesTest, JsonRoundTripKeepsEverythingTheLineSays)
{
    const VersionNotes::Entry entry
        = VersionNotes::of(ghippo(QStringLiteral("0.16.0")), {}, QStringLiteral("0.11.0")).at(0);
    const VersionNotes::Entry back = VersionNotes::fromJson(VersionNotes::toJson(entry));
    EXPECT_EQ(VersionNotes::line(back), VersionNotes::line(entry));
    EXPECT_EQ(back.note.text.zhCN, entry.note.text.zhCN);
    Translations::install(QStringLiteral("zh_CN"));
    EXPECT_EQ(VersionNotes::line(back), VersionNotes::line(entry));
}

namespace {

// `dce-upgrade plan` of a generated package of `module` at `version` (init writes the plan;
// `planExtra` is appended to it), in `language`; --json when asked.
Fixtures::CliResult planOf(Fixtures &fixtures, const QString &module, const QString &version,
    const QString &language, bool json = false, const QByteArray &planExtra = {})
{
    const GeneratedBundle package = fixtures.make(QStringLiteral("module"),
        QStringLiteral("%1_%2_amd64.tar").arg(module, version),
        {QStringLiteral("--module"), module, QStringLiteral("--version"), version});
    static int plans = 0;
    const QString plan = fixtures.dir() + QStringLiteral("/plan-%1.yaml").arg(++plans);
    const Fixtures::CliResult init
        = Fixtures::runCli({QStringLiteral("init"), package.path, QStringLiteral("--registry"),
            QStringLiteral("10.6.0.10/") + module, QStringLiteral("--output"), plan});
    EXPECT_EQ(init.exitCode, 0) << init.err.toStdString();
    if (!planExtra.isEmpty()) {
        QFile file(plan);
        EXPECT_TRUE(file.open(QIODevice::ReadOnly));
        QByteArray text = file.readAll();
        file.close();
        text.replace("upgrade:\n", QByteArray("upgrade:\n").append(planExtra));
        fixtures.writeFile(QFileInfo(plan).fileName(), text);
    }
    QStringList arguments {QStringLiteral("plan"), QStringLiteral("--plan"), plan,
        QStringLiteral("--helm-version"), QStringLiteral("3.18.0"), QStringLiteral("--lang"),
        language};
    if (json) {
        arguments.append(QStringLiteral("--json"));
    }
    const Fixtures::CliResult result = Fixtures::runCli(arguments);
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
    return result;
}

} // namespace

// `plan` shows the notes of the target version, in both languages, before anything runs, and
// none for a version no note concerns.
TEST(VersionNotesPlan, PlanShowsTheNotesThatMayApplyInBothLanguages)
{
    Fixtures fixtures;
    const ModuleProfile ghippoProfile = ModuleProfile::builtIn(QStringLiteral("ghippo"));
    const VersionNote &keycloak = ghippoProfile.releases.at(0).notes.at(0);

    const QString english
        = planOf(fixtures, QStringLiteral("ghippo"), QStringLiteral("0.12.0"), QStringLiteral("en"))
              .out;
    EXPECT_TRUE(english.contains(QStringLiteral("Version notes:"))) << english.toStdString();
    EXPECT_TRUE(english.contains(
        QStringLiteral(" - ghippo, if the installed version is <0.12.0 (this upgrade installs "
                       "0.12.0): ")
        + keycloak.text.en))
        << english.toStdString();
    // The DSN note is for 0.16 and later: not this upgrade.
    EXPECT_FALSE(english.contains(QLatin1String("dsn"))) << english.toStdString();
    // values.prepare says which rename it makes, and where.
    EXPECT_TRUE(english.contains(QStringLiteral("If the installed version is <0.12.0: rename "
                                                "keycloak → keycloakx in ")))
        << english.toStdString();

    const QString chinese = planOf(
        fixtures, QStringLiteral("ghippo"), QStringLiteral("0.12.0"), QStringLiteral("zh_CN"))
                                .out;
    EXPECT_TRUE(chinese.contains(keycloak.text.zhCN)) << chinese.toStdString();
    EXPECT_FALSE(chinese.contains(keycloak.text.en));
    EXPECT_FALSE(chinese.contains(QLatin1String("Version notes"))) << chinese.toStdString();

    const QString old
        = planOf(fixtures, QStringLiteral("ghippo"), QStringLiteral("0.11.0"), QStringLiteral("en"))
              .out;
    EXPECT_FALSE(old.contains(QLatin1String("Version notes"))) << old.toStdString();
    EXPECT_FALSE(old.contains(QLatin1String("keycloakx")));

    // kpanda's sentinel note is for 0.21.0 and later.
    EXPECT_TRUE(
        planOf(fixtures, QStringLiteral("kpanda"), QStringLiteral("0.21.0"), QStringLiteral("en"))
            .out.contains(QLatin1String("master_password")));
    EXPECT_FALSE(
        planOf(fixtures, QStringLiteral("kpanda"), QStringLiteral("0.20.0"), QStringLiteral("en"))
            .out.contains(QLatin1String("Version notes")));
}

TEST(VersionNotesPlan, JsonListsTheNotesAndRenameKeysFalseLeavesTheRenameToTheEngineer)
{
    Fixtures fixtures;
    const QJsonObject json
        = QJsonDocument::fromJson(planOf(fixtures, QStringLiteral("ghippo"),
                                      QStringLiteral("0.16.0"), QStringLiteral("en"), true)
                                      .out.toUtf8())
              .object();
    const QJsonArray notes = json.value(QLatin1String("versionNotes")).toArray();
    ASSERT_EQ(notes.size(), 2);
    EXPECT_EQ(notes.at(0)[QLatin1String("from")].toString(), QStringLiteral("<0.12.0"));
    EXPECT_EQ(notes.at(0)[QLatin1String("installed")].toString(), QString());
    EXPECT_TRUE(notes.at(0)[QLatin1String("renamesApplied")].toBool());
    EXPECT_EQ(notes.at(1)[QLatin1String("from")].toString(), QStringLiteral("<0.16.0"));
    EXPECT_FALSE(notes.at(1)[QLatin1String("zh_CN")].toString().isEmpty());

    const QString byHand = planOf(fixtures, QStringLiteral("ghippo"), QStringLiteral("0.12.0"),
        QStringLiteral("en"), false, "  renameKeys: false\n")
                               .out;
    EXPECT_TRUE(byHand.contains(QStringLiteral(
        "upgrade.renameKeys is false: rename keycloak → keycloakx in the values yourself.")))
        << byHand.toStdString();
    EXPECT_FALSE(byHand.contains(QLatin1String("If the installed version is <0.12.0: rename")));
}
