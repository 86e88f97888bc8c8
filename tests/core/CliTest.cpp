#include "PlanFixture.h"

#include "util/DataSize.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSet>

#include <gtest/gtest.h>

#include <map>

using DceUpgrade::Test::Fixtures;
using DceUpgrade::Test::PlanFixture;

TEST(Cli, UsageErrorsExitWithTwo)
{
    EXPECT_EQ(Fixtures::runCli({}).exitCode, 2);
    const auto unknown = Fixtures::runCli({QStringLiteral("frobnicate")});
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("frobnicate")));
    EXPECT_EQ(Fixtures::runCli({QStringLiteral("inspect")}).exitCode, 2);
    EXPECT_EQ(Fixtures::runCli({QStringLiteral("plan")}).exitCode, 2);
    const auto help = Fixtures::runCli({QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains(QStringLiteral("Exit codes")));
}

TEST(Cli, InspectJsonDescribesThePackage)
{
    Fixtures fixtures;
    const auto package = fixtures.make(QStringLiteral("package"));
    const auto result
        = Fixtures::runCli({QStringLiteral("inspect"), QStringLiteral("--json"), package.path});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QJsonObject json = QJsonDocument::fromJson(result.out.toUtf8()).object();
    EXPECT_EQ(json.value(QLatin1String("bundles")).toArray().size(), 2);
    EXPECT_EQ(json.value(QLatin1String("checksum"))
                  .toObject()
                  .value(QLatin1String("algorithm"))
                  .toString(),
        QStringLiteral("SHA-512"));
    EXPECT_GT(json.value(QLatin1String("size")).toInteger(), 0);

    const auto human = Fixtures::runCli({QStringLiteral("inspect"), package.path});
    EXPECT_EQ(human.exitCode, 0);
    EXPECT_TRUE(human.out.contains(QStringLiteral("skoala-init 0.28.1")));
    EXPECT_TRUE(human.out.contains(QStringLiteral("release.daocloud.io/skoala/hive:v0.28.1")));
}

// Issue 10: --verify says what it verified: the checksum file (or that there is none) and how
// many layers, of how many bytes, matched their digests. The figures come from expect.json,
// which mkbundle.py computes from the bytes it writes.
TEST(Cli, InspectVerifySaysWhatItVerified)
{
    Fixtures fixtures;
    const auto package = fixtures.make(QStringLiteral("package"), QStringLiteral("pkg.tar"));
    int count = 0;
    qint64 bytes = 0;
    for (const QJsonValue &chart : package.expect.value(QLatin1String("charts")).toArray()) {
        QSet<QString> ofBundle; // each bundle's images.tar holds its own copy of a layer
        for (const QJsonValue &image : chart.toObject().value(QLatin1String("images")).toArray()) {
            for (const QJsonValue &value :
                image.toObject().value(QLatin1String("layers")).toArray()) {
                const QJsonObject layer = value.toObject();
                if (!ofBundle.contains(layer.value(QLatin1String("digest")).toString())) {
                    ofBundle.insert(layer.value(QLatin1String("digest")).toString());
                    bytes += layer.value(QLatin1String("size")).toInteger();
                }
            }
        }
        EXPECT_FALSE(ofBundle.isEmpty());
        count += int(ofBundle.size());
    }
    const auto verified
        = Fixtures::runCli({QStringLiteral("inspect"), QStringLiteral("--verify"), package.path});
    ASSERT_EQ(verified.exitCode, 0) << verified.err.toStdString();
    EXPECT_TRUE(verified.out.contains(
        QStringLiteral("Verified: checksum file %1.sha512sum matched (SHA-512)").arg(package.path)))
        << verified.out.toStdString();
    EXPECT_TRUE(verified.out.contains(
        (count == 1 ? QStringLiteral("Verified: %1 layer (%2 bytes) matches its digest")
                    : QStringLiteral("Verified: %1 layers (%2 bytes) match their digests"))
            .arg(count)
            .arg(bytes)))
        << verified.out.toStdString() << " expected " << count << " layers, " << bytes;
    const auto json = Fixtures::runCli({QStringLiteral("inspect"), QStringLiteral("--verify"),
        QStringLiteral("--json"), package.path});
    const QJsonObject summary = QJsonDocument::fromJson(json.out.toUtf8())
                                    .object()
                                    .value(QLatin1String("verification"))
                                    .toObject();
    EXPECT_EQ(summary.value(QLatin1String("layers")).toInt(), count);
    EXPECT_EQ(summary.value(QLatin1String("layerBytes")).toInteger(), bytes);
    EXPECT_EQ(summary.value(QLatin1String("checksumFile")).toString(),
        package.path + QStringLiteral(".sha512sum"));

    // Without the checksum file it says so, and still checks the layers.
    ASSERT_TRUE(QFile::remove(package.path + QStringLiteral(".sha512sum")));
    const auto unsummed
        = Fixtures::runCli({QStringLiteral("inspect"), QStringLiteral("--verify"), package.path});
    ASSERT_EQ(unsummed.exitCode, 0) << unsummed.err.toStdString();
    EXPECT_TRUE(
        unsummed.out.contains(QStringLiteral("Verified: no checksum file beside the package")))
        << unsummed.out.toStdString();
    EXPECT_TRUE(unsummed.out.contains(
        QString::fromLatin1(count == 1 ? "Verified: %1 layer " : "Verified: %1 layers ")
            .arg(count)))
        << unsummed.out.toStdString();
    // Without --verify nothing claims to be verified.
    const auto plain = Fixtures::runCli({QStringLiteral("inspect"), package.path});
    EXPECT_FALSE(plain.out.contains(QStringLiteral("Verified:")));
}

TEST(Cli, ErrorsGoToStderrWithAdviceAndADocumentedExitCode)
{
    Fixtures fixtures;
    const auto truncated = Fixtures::runCli(
        {QStringLiteral("inspect"), fixtures.make(QStringLiteral("truncated")).path});
    EXPECT_EQ(truncated.exitCode, 3);
    EXPECT_TRUE(truncated.out.isEmpty());
    EXPECT_TRUE(truncated.err.contains(QStringLiteral("truncated")));
    EXPECT_TRUE(truncated.err.contains(QStringLiteral("Download the package again")));

    const auto badSum = Fixtures::runCli({QStringLiteral("inspect"), QStringLiteral("--verify"),
        fixtures.make(QStringLiteral("package-badsum")).path});
    EXPECT_EQ(badSum.exitCode, 4);
    EXPECT_TRUE(badSum.err.contains(QStringLiteral("checksum.mismatch")));

    const auto badDigest = Fixtures::runCli({QStringLiteral("inspect"), QStringLiteral("--verify"),
        fixtures.make(QStringLiteral("bad-digest")).path});
    EXPECT_EQ(badDigest.exitCode, 4);

    const auto missing = Fixtures::runCli(
        {QStringLiteral("inspect"), fixtures.dir() + QStringLiteral("/nope.tar")});
    EXPECT_EQ(missing.exitCode, 5);
}

TEST(Cli, PlanAndScriptNeverShowASecret)
{
    Fixtures fixtures;
    const auto package = fixtures.make(QStringLiteral("package"));
    PlanFixture::Options options;
    options.sync = QStringLiteral("charts-syncer");
    const QString plan = fixtures.writeFile(
        QStringLiteral("plan.yaml"), PlanFixture::planYaml(package.path, options));
    // Even with the password in the environment, nothing prints it.
    qputenv("DCE_REGISTRY_PASSWORD", "Harbor12345");
    const auto dryRun = Fixtures::runCli({QStringLiteral("plan"), QStringLiteral("--plan"), plan,
        QStringLiteral("--helm-version"), QStringLiteral("3.18.0")});
    const auto json = Fixtures::runCli({QStringLiteral("plan"), QStringLiteral("--json"),
        QStringLiteral("--plan"), plan, QStringLiteral("--helm-version"), QStringLiteral("4.1.4")});
    const auto script = Fixtures::runCli({QStringLiteral("script"), QStringLiteral("--plan"), plan,
        QStringLiteral("--helm-version"), QStringLiteral("3.18.0")});
    qunsetenv("DCE_REGISTRY_PASSWORD");
    for (const auto *result : {&dryRun, &json, &script}) {
        EXPECT_EQ(result->exitCode, 0) << result->err.toStdString();
        EXPECT_FALSE(result->out.contains(QStringLiteral("Harbor12345")));
        EXPECT_FALSE(result->err.contains(QStringLiteral("Harbor12345")));
    }
    EXPECT_TRUE(dryRun.out.contains(QStringLiteral("--password-stdin")));
    EXPECT_TRUE(dryRun.out.contains(QStringLiteral("'robot$skoala'")));
    EXPECT_TRUE(dryRun.out.contains(QStringLiteral("password: \"******\"")));
    const QJsonObject parsed = QJsonDocument::fromJson(json.out.toUtf8()).object();
    EXPECT_EQ(parsed.value(QLatin1String("helmVersion")).toString(), QStringLiteral("v4.1.4"));
    EXPECT_GT(parsed.value(QLatin1String("steps")).toArray().size(), 10);
    EXPECT_TRUE(script.out.startsWith(QStringLiteral("#!/usr/bin/env bash\n")));
    EXPECT_TRUE(script.out.contains(QStringLiteral("set -euo pipefail")));
}

TEST(Cli, BadPlanNamesTheLine)
{
    Fixtures fixtures;
    const QString plan = fixtures.writeFile(QStringLiteral("plan.yaml"),
        "apiVersion: dce-upgrade.daocloud.io/v1alpha1\nkind: UpgradePlan\npackage: x.tar\nsync:\n  "
        "methd: docker\n");
    const auto result = Fixtures::runCli({QStringLiteral("plan"), QStringLiteral("--plan"), plan});
    EXPECT_EQ(result.exitCode, 3);
    EXPECT_TRUE(result.err.contains(QStringLiteral("line 5"))) << result.err.toStdString();
}

// `plan` of a sync-only plan: the sync's steps, no helm step, and no helm asked for (PATH
// without helm), in text and JSON; `script` likewise.
TEST(Cli, PlanOfASyncOnlyPlanNeedsNoHelm)
{
    Fixtures fixtures;
    const auto package = fixtures.make(QStringLiteral("package"));
    PlanFixture::Options options;
    options.upgrade = QStringLiteral("none");
    const QString plan = fixtures.writeFile(
        QStringLiteral("plan.yaml"), PlanFixture::planYaml(package.path, options));
    const QByteArray path = qgetenv("PATH");
    qputenv("PATH", "/nonexistent");
    const auto text = Fixtures::runCli({QStringLiteral("plan"), QStringLiteral("--plan"), plan});
    const auto json = Fixtures::runCli(
        {QStringLiteral("plan"), QStringLiteral("--json"), QStringLiteral("--plan"), plan});
    const auto script
        = Fixtures::runCli({QStringLiteral("script"), QStringLiteral("--plan"), plan});
    qputenv("PATH", path);
    for (const auto *result : {&text, &json, &script}) {
        EXPECT_EQ(result->exitCode, 0) << result->err.toStdString();
    }
    EXPECT_TRUE(text.out.contains(QStringLiteral("Sync only (upgrade.method: none)")))
        << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("[images.push]")));
    EXPECT_FALSE(text.out.contains(QStringLiteral("$ helm"))) << text.out.toStdString();
    EXPECT_FALSE(text.out.contains(QStringLiteral("[helm.")));
    EXPECT_FALSE(text.out.contains(QStringLiteral("$ kubectl")));

    const QJsonObject parsed = QJsonDocument::fromJson(json.out.toUtf8()).object();
    EXPECT_TRUE(parsed.value(QLatin1String("syncOnly")).toBool());
    EXPECT_TRUE(parsed.value(QLatin1String("releases")).toArray().isEmpty());
    EXPECT_TRUE(parsed.value(QLatin1String("notes")).toArray().isEmpty());
    QStringList ids;
    for (const QJsonValue &step : parsed.value(QLatin1String("steps")).toArray()) {
        ids.append(step.toObject().value(QLatin1String("id")).toString());
    }
    EXPECT_EQ(ids,
        (QStringList {QStringLiteral("bundle.read"), QStringLiteral("registry.check"),
            QStringLiteral("images.push"), QStringLiteral("chart.publish"),
            QStringLiteral("report")}));
    EXPECT_FALSE(script.out.contains(QStringLiteral("helm"))) << script.out.toStdString();
}

// Issue 10 (the house): sizes in one unit system (IEC, as the wizard shows them) in every command
// and language; the CLI said "kB"/"MB" before. In a pipe, inspect --verify draws no progress.
TEST(Cli, SizesAreInIecUnitsEverywhere)
{
    Fixtures fixtures;
    const auto package = fixtures.make(QStringLiteral("package"));
    PlanFixture::Options options;
    options.upgrade = QStringLiteral("none"); // no helm needed
    const QString plan = fixtures.writeFile(
        QStringLiteral("plan.yaml"), PlanFixture::planYaml(package.path, options));
    const QString size
        = DceUpgrade::dataSize(QFileInfo(package.path).size(), QLocale(QLocale::English));
    ASSERT_TRUE(size.endsWith(QStringLiteral("KiB")) || size.endsWith(QStringLiteral("MiB")))
        << size.toStdString();

    const auto english = Fixtures::runCli({QStringLiteral("--lang"), QStringLiteral("en"),
        QStringLiteral("inspect"), QStringLiteral("--verify"), package.path});
    const auto chinese = Fixtures::runCli({QStringLiteral("--lang"), QStringLiteral("zh_CN"),
        QStringLiteral("inspect"), package.path});
    const auto dryRun = Fixtures::runCli({QStringLiteral("--lang"), QStringLiteral("en"),
        QStringLiteral("plan"), QStringLiteral("--plan"), plan});
    for (const auto *result : {&english, &chinese, &dryRun}) {
        ASSERT_EQ(result->exitCode, 0) << result->err.toStdString();
        EXPECT_TRUE(result->out.contains(size)) << result->out.toStdString();
        for (const char *unit : {" kB", " MB", " GB"}) {
            EXPECT_FALSE(result->out.contains(QLatin1String(unit))) << result->out.toStdString();
        }
    }
    EXPECT_TRUE(english.out.contains(QStringLiteral("Package: %1 (%2)").arg(package.path, size)));
    EXPECT_TRUE(english.err.isEmpty())
        << "no progress line in a pipe: " << english.err.toStdString();
}

// `COMMAND --help` (and `help COMMAND`) prints that command's options, not the global usage.
TEST(Cli, EachCommandHelpsWithItsOwnOptions)
{
    const std::map<QString, QStringList> options {
        {QStringLiteral("inspect"), {QStringLiteral("--json"), QStringLiteral("--verify")}},
        {QStringLiteral("plan"),
            {QStringLiteral("--plan FILE"), QStringLiteral("--json"),
                QStringLiteral("--helm-version"), QStringLiteral("dce-upgrade help plan")}},
        {QStringLiteral("script"),
            {QStringLiteral("--output FILE"), QStringLiteral("--helm-version"),
                QStringLiteral("DCE_REGISTRY_PASSWORD")}},
        {QStringLiteral("run"),
            {QStringLiteral("--resume SESSION"), QStringLiteral("--events -"),
                QStringLiteral("--secrets-stdin"), QStringLiteral("--helm PATH"),
                QStringLiteral("--kubectl PATH"), QStringLiteral("--allow-downgrade"),
                QStringLiteral("--recover-pending"), QStringLiteral("--verbose")}},
        {QStringLiteral("rollback"),
            {QStringLiteral("--session SESSION"), QStringLiteral("--events -"),
                QStringLiteral("--helm PATH")}},
        {QStringLiteral("push"),
            {QStringLiteral("--registry URL"), QStringLiteral("--repository"),
                QStringLiteral("--user"), QStringLiteral("--password-stdin"),
                QStringLiteral("--ca-file"), QStringLiteral("--insecure"), QStringLiteral("--jobs"),
                QStringLiteral("--force"), QStringLiteral("--create-project"),
                QStringLiteral("--chart-target"), QStringLiteral("--chart-repo")}},
        {QStringLiteral("init"),
            {QStringLiteral("--registry HOST/PROJECT"), QStringLiteral("--sync"),
                QStringLiteral("--upgrade"), QStringLiteral("--repo-url"), QStringLiteral("--node"),
                QStringLiteral("--output FILE")}},
    };
    for (const auto &[command, expected] : options) {
        const auto help = Fixtures::runCli({command, QStringLiteral("--help")});
        EXPECT_EQ(help.exitCode, 0) << command.toStdString();
        EXPECT_TRUE(help.out.startsWith(QStringLiteral("Usage: dce-upgrade ") + command))
            << help.out.toStdString();
        for (const QString &option : expected) {
            EXPECT_TRUE(help.out.contains(option))
                << command.toStdString() << " --help lacks " << option.toStdString();
        }
        EXPECT_FALSE(help.out.contains(QStringLiteral("Exit codes"))) << command.toStdString();
        // `help plan` is the plan format (HelpPrintsThePlanFormatAsIs): `plan --help` only.
        if (command != QLatin1String("plan")) {
            EXPECT_EQ(Fixtures::runCli({QStringLiteral("help"), command}).out, help.out);
        }
    }
    // rollback's help is rollback's: no run-only option in it.
    EXPECT_FALSE(Fixtures::runCli({QStringLiteral("rollback"), QStringLiteral("-h")})
                     .out.contains(QStringLiteral("--recover-pending")));
}

// The global usage names every command, push and init included, and where the plan format is.
TEST(Cli, GlobalHelpNamesEveryCommandAndThePlanFormat)
{
    const auto help = Fixtures::runCli({QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    for (const char *command : {"inspect", "init", "plan", "script", "run", "rollback", "push"}) {
        EXPECT_TRUE(help.out.contains(QStringLiteral("\n  %1 ").arg(QLatin1String(command))))
            << command << '\n'
            << help.out.toStdString();
    }
    // Where the plan format is, on a jump host: the help topic and the installed file.
    EXPECT_TRUE(help.out.contains(QStringLiteral("dce-upgrade help plan")));
    EXPECT_TRUE(help.out.contains(QStringLiteral("/usr/share/doc/dce-upgrade/plan.md")));
    EXPECT_FALSE(help.out.contains(QStringLiteral("docs/plan.md")));
    EXPECT_TRUE(help.out.contains(QStringLiteral("\n  help ")));
}

namespace {

// Standard output of dce-upgrade as bytes, not decoded: the help documents must come out as
// they are in docs/.
QByteArray rawOutput(const QStringList &arguments, int *exitCode)
{
    QProcess process;
    process.start(QStringLiteral(DCE_TEST_CLI), arguments);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000)) {
        process.kill();
        ADD_FAILURE() << "dce-upgrade timed out";
        return {};
    }
    *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return process.readAllStandardOutput();
}

QByteArray document(const char *name)
{
    QFile file(QStringLiteral(DCE_TEST_SOURCE_DIR "/docs/") + QLatin1String(name));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << file.fileName().toStdString();
    return file.readAll();
}

} // namespace

// Issue 11: the plan format (and the other references) without a browser, byte for byte the
// files in docs/ (which the package also installs under /usr/share/doc/dce-upgrade/).
TEST(Cli, HelpPrintsThePlanFormatAsIs)
{
    for (const auto &[topic, file] : {std::pair {"plan", "plan.md"},
             std::pair {"events", "events.md"}, std::pair {"cli", "cli.md"}}) {
        int exitCode = -1;
        const QByteArray out = rawOutput({QStringLiteral("help"), QLatin1String(topic)}, &exitCode);
        EXPECT_EQ(exitCode, 0) << topic;
        const QByteArray expected = document(file);
        ASSERT_FALSE(expected.isEmpty()) << file;
        EXPECT_TRUE(out == expected)
            << topic << ": " << out.size() << " bytes, " << file << " has " << expected.size();
    }
    int exitCode = -1;
    EXPECT_TRUE(rawOutput({QStringLiteral("help"), QStringLiteral("plan")}, &exitCode)
                    .startsWith("# The upgrade plan"));
    // The language does not change the document (it is English), and --lang may stand anywhere.
    EXPECT_TRUE(rawOutput({QStringLiteral("--lang"), QStringLiteral("zh_CN"),
                              QStringLiteral("help"), QStringLiteral("plan")},
                    &exitCode)
        == document("plan.md"));
}

TEST(Cli, HelpListsItsTopicsAndRefusesAnUnknownOne)
{
    const auto list = Fixtures::runCli({QStringLiteral("help")});
    EXPECT_EQ(list.exitCode, 0);
    for (const char *topic : {"plan", "events", "cli"}) {
        EXPECT_TRUE(list.out.contains(QStringLiteral("\n  %1 ").arg(QLatin1String(topic))))
            << topic << '\n'
            << list.out.toStdString();
    }
    EXPECT_TRUE(list.err.isEmpty()) << list.err.toStdString();

    const auto unknown = Fixtures::runCli({QStringLiteral("help"), QStringLiteral("plna")});
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(unknown.out.isEmpty()) << unknown.out.toStdString();
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("Unknown help topic \"plna\"")))
        << unknown.err.toStdString();
    // It says what there is.
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("\n  plan "))) << unknown.err.toStdString();

    // `help COMMAND` still prints a command's options.
    EXPECT_TRUE(Fixtures::runCli({QStringLiteral("help"), QStringLiteral("run")})
                    .out.startsWith(QStringLiteral("Usage: dce-upgrade run")));
}

// --lang is global: before the command as after it, as --lang X or --lang=X.
TEST(Cli, LanguageWorksBeforeOrAfterTheCommand)
{
    Fixtures fixtures;
    const auto package = fixtures.make(QStringLiteral("package"));
    const auto before = Fixtures::runCli({QStringLiteral("--lang"), QStringLiteral("zh_CN"),
        QStringLiteral("inspect"), package.path});
    const auto after = Fixtures::runCli({QStringLiteral("inspect"), package.path,
        QStringLiteral("--lang"), QStringLiteral("zh_CN")});
    const auto joined = Fixtures::runCli(
        {QStringLiteral("--lang=zh_CN"), QStringLiteral("inspect"), package.path});
    const auto english = Fixtures::runCli(
        {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("inspect"), package.path});
    ASSERT_EQ(before.exitCode, 0) << before.err.toStdString();
    EXPECT_EQ(after.exitCode, 0) << after.err.toStdString();
    EXPECT_TRUE(before.out.contains(QStringLiteral("离线包："))) << before.out.toStdString();
    EXPECT_EQ(before.out, after.out);
    EXPECT_EQ(joined.out, after.out);
    EXPECT_TRUE(english.out.startsWith(QStringLiteral("Package: "))) << english.out.toStdString();
    const auto version = Fixtures::runCli(
        {QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("--version")});
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_TRUE(version.out.startsWith(QStringLiteral("dce-upgrade ")));
}

// `script --output FILE`: nothing on stdout or stderr, an executable file (0755: the script
// holds no secret), the same bytes as on stdout.
TEST(Cli, ScriptOutputIsAnExecutableFileWithoutWarnings)
{
    Fixtures fixtures;
    const auto package = fixtures.make(QStringLiteral("package"));
    PlanFixture::Options options;
    options.upgrade = QStringLiteral("none");
    const QString plan = fixtures.writeFile(
        QStringLiteral("plan.yaml"), PlanFixture::planYaml(package.path, options));
    const QString file = fixtures.dir() + QStringLiteral("/upgrade.sh");
    const auto written = Fixtures::runCli({QStringLiteral("script"), QStringLiteral("--plan"), plan,
        QStringLiteral("--output"), file});
    EXPECT_EQ(written.exitCode, 0) << written.err.toStdString();
    EXPECT_TRUE(written.out.isEmpty()) << written.out.toStdString();
    EXPECT_TRUE(written.err.isEmpty()) << written.err.toStdString();
    EXPECT_EQ(DceUpgrade::Test::unixPermissions(file),
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
            | QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
            | QFileDevice::ExeOther);
    QFile script(file);
    ASSERT_TRUE(script.open(QIODevice::ReadOnly));
    const auto printed
        = Fixtures::runCli({QStringLiteral("script"), QStringLiteral("--plan"), plan});
    EXPECT_EQ(QString::fromUtf8(script.readAll()).section(QLatin1Char('\n'), 2),
        printed.out.section(QLatin1Char('\n'), 2));
}
