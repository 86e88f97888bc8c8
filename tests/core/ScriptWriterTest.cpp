#include "PlanFixture.h"

#include "bundle/TarIndex.h"
#include "engine/ScriptWriter.h"
#include "util/Hasher.h"

#include <QDir>
#include <QFile>
#include <QProcess>

#include <gtest/gtest.h>

using namespace DceUpgrade;
using DceUpgrade::Test::Fixtures;
using DceUpgrade::Test::PlanFixture;

namespace {

// A password with every character a shell or YAML could trip on.
const QByteArray Password = "s3cr'et $HOME \"q\" \\n & ;|*";

struct Call
{
    QString tool;
    QStringList argv;
    QByteArray stdinData;
    QByteArray environment; // NUL-separated, as the tool was started
    QByteArray config;
    QString configMode;
};

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Runs the exported script with argv-recorder standing in for every external tool.
class ExportedScript : public ::testing::Test
{
protected:
    std::vector<Call> run(const PlanFixture::Options &options, int *exitCode = nullptr)
    {
        package = std::make_unique<Package>(
            PackageReader::open(fixtures.make(QStringLiteral("package")).path));
        const UpgradePlan plan = UpgradePlan::fromYaml(
            PlanFixture::planYaml(package->path, options), QStringLiteral("plan.yaml"));
        const PlanResult result = PlanFixture::plan(*package, plan, QStringLiteral("3.18.0"));
        const QString script = fixtures.writeFile(QStringLiteral("upgrade.sh"),
            ScriptWriter::write(result,
                {&plan, HelmVersion::parse(QStringLiteral("3.18.0")),
                    QStringLiteral("plan.yaml")}));

        const QString bin = fixtures.dir() + QStringLiteral("/bin");
        QDir().mkpath(bin);
        const QString recorder
            = QStringLiteral(DCE_TEST_SOURCE_DIR "/tests/support/fake-tools/argv-recorder");
        for (const char *tool :
            {"helm", "kubectl", "docker", "ssh", "charts-syncer", "dce-upgrade"}) {
            QFile::link(recorder, bin + QLatin1Char('/') + QString::fromLatin1(tool));
        }
        recordDir = fixtures.dir() + QStringLiteral("/calls");
        sessionDir = fixtures.dir() + QStringLiteral("/session");
        // A test may run several scripts: each sees only its own calls and session.
        QDir(recordDir).removeRecursively();
        QDir(sessionDir).removeRecursively();
        QDir().mkpath(recordDir);

        QProcess bash;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(
            QStringLiteral("PATH"), bin + QLatin1Char(':') + env.value(QStringLiteral("PATH")));
        env.insert(QStringLiteral("RECORD_DIR"), recordDir);
        env.insert(QStringLiteral("DCE_UPGRADE_SESSION"), sessionDir);
        env.insert(QStringLiteral("DCE_REGISTRY_PASSWORD"), QString::fromUtf8(Password));
        if (!sshListing.isEmpty()) {
            env.insert(QStringLiteral("FAKE_SSH_LISTING"),
                fixtures.writeFile(QStringLiteral("listing"), sshListing));
        }
        bash.setProcessEnvironment(env);
        bash.setStandardInputFile(QProcess::nullDevice());
        bash.start(QStringLiteral("bash"), {script});
        EXPECT_TRUE(bash.waitForFinished(60000));
        output = QString::fromUtf8(bash.readAllStandardOutput() + bash.readAllStandardError());
        if (exitCode) {
            *exitCode = bash.exitCode();
        } else {
            EXPECT_EQ(bash.exitCode(), 0) << output.toStdString();
        }

        std::vector<Call> calls;
        const QStringList entries
            = QDir(recordDir).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        for (const QString &entry : entries) {
            const QString dir = recordDir + QLatin1Char('/') + entry;
            Call call;
            call.tool = entry.section(QLatin1Char('-'), 1);
            for (const QByteArray &arg : readAll(dir + QStringLiteral("/argv")).split('\0')) {
                call.argv.append(QString::fromUtf8(arg));
            }
            call.argv.removeLast(); // after the last NUL
            call.stdinData = readAll(dir + QStringLiteral("/stdin"));
            call.environment = readAll(dir + QStringLiteral("/environ"));
            call.config = readAll(dir + QStringLiteral("/config"));
            call.configMode
                = QString::fromLatin1(readAll(dir + QStringLiteral("/config.mode"))).trimmed();
            calls.push_back(call);
        }
        return calls;
    }

    static const Call *find(
        const std::vector<Call> &calls, const QString &tool, const QStringList &start)
    {
        for (const Call &call : calls) {
            if (call.tool == tool && call.argv.mid(0, start.size()) == start) {
                return &call;
            }
        }
        return nullptr;
    }

    static void expectNoPasswordInArgv(const std::vector<Call> &calls)
    {
        for (const Call &call : calls) {
            for (const QString &arg : call.argv) {
                EXPECT_FALSE(arg.contains(QStringLiteral("s3cr"))) << call.tool.toStdString();
            }
        }
    }

    Fixtures fixtures;
    std::unique_ptr<Package> package;
    QString recordDir;
    QString sessionDir;
    QString output;
    QByteArray sshListing; // what every fake ssh prints (a node's image listing)
};

QByteArray imagesTarOf(const QString &packagePath, const QString &bundleName)
{
    const TarIndex outer = TarIndex::build(FileRange::openFile(packagePath), QStringLiteral("p"));
    const TarIndex bundle = TarIndex::build(outer.open(bundleName), QStringLiteral("b"));
    return bundle.readFile(QStringLiteral("images.tar"));
}

} // namespace

TEST_F(ExportedScript, DockerAndHelmRepoPassEverythingIntact)
{
    PlanFixture::Options options;
    options.sync = QStringLiteral("docker");
    options.chartTarget = QStringLiteral("none");
    const std::vector<Call> calls = run(options);
    ASSERT_FALSE(calls.empty()) << output.toStdString();
    expectNoPasswordInArgv(calls);

    const Call *login = find(calls, QStringLiteral("docker"), {QStringLiteral("login")});
    ASSERT_NE(login, nullptr);
    EXPECT_EQ(login->stdinData, Password);
    EXPECT_TRUE(login->argv.contains(QStringLiteral("robot$skoala")));

    // docker load gets images.tar streamed out of the package, byte for byte.
    const Call *load = find(calls, QStringLiteral("docker"), {QStringLiteral("load")});
    ASSERT_NE(load, nullptr);
    const TarIndex outer = TarIndex::build(FileRange::openFile(package->path), QStringLiteral("p"));
    const TarIndex bundle = TarIndex::build(
        outer.open(QStringLiteral("skoala_0.28.1.bundle.tar")), QStringLiteral("b"));
    EXPECT_EQ(Hasher::sha256Hex(load->stdinData),
        Hasher::sha256Hex(bundle.readFile(QStringLiteral("images.tar"))));

    const Call *add
        = find(calls, QStringLiteral("helm"), {QStringLiteral("repo"), QStringLiteral("add")});
    ASSERT_NE(add, nullptr);
    EXPECT_EQ(add->stdinData, Password);
    EXPECT_EQ(add->argv.at(add->argv.indexOf(QStringLiteral("--username")) + 1),
        QStringLiteral("robot$skoala"));

    const Call *upgrade = find(
        calls, QStringLiteral("helm"), {QStringLiteral("upgrade"), QStringLiteral("skoala")});
    ASSERT_NE(upgrade, nullptr);
    EXPECT_EQ(upgrade->argv.at(upgrade->argv.indexOf(QStringLiteral("--version")) + 1),
        QStringLiteral("0.28.1"));
    EXPECT_EQ(upgrade->argv.at(upgrade->argv.indexOf(QStringLiteral("-f")) + 1),
        sessionDir + QStringLiteral("/values/skoala-upgrade.yaml"));

    // The backup exists, private, and was copied for the upgrade.
    const QStringList backups = QDir(sessionDir + QStringLiteral("/values"))
                                    .entryList({QStringLiteral("skoala-2*.yaml")});
    ASSERT_EQ(backups.size(), 1);
    const QFileInfo backup(sessionDir + QStringLiteral("/values/") + backups.first());
    EXPECT_EQ(backup.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
        QFileDevice::Permissions());
    EXPECT_EQ(readAll(backup.filePath()), QByteArray("null\n"));
    // The script never writes into the user's own docker config.
    EXPECT_TRUE(QFileInfo(sessionDir + QStringLiteral("/docker")).exists() == false);
}

TEST_F(ExportedScript, ChartsSyncerConfigHoldsThePasswordOnlyWhileItRuns)
{
    PlanFixture::Options options;
    options.sync = QStringLiteral("charts-syncer");
    const std::vector<Call> calls = run(options);
    expectNoPasswordInArgv(calls);
    const Call *sync = find(calls, QStringLiteral("charts-syncer"), {QStringLiteral("sync")});
    ASSERT_NE(sync, nullptr) << output.toStdString();
    EXPECT_EQ(sync->configMode, QStringLiteral("600"));
    const YAML::Node config = YAML::Load(sync->config.toStdString());
    EXPECT_EQ(
        QByteArray::fromStdString(config["target"]["repo"]["auth"]["password"].as<std::string>()),
        Password);
    EXPECT_EQ(config["target"]["containers"]["auth"]["username"].as<std::string>(), "robot$skoala");
    const QString bundles
        = QString::fromStdString(config["source"]["intermediateBundlesPath"].as<std::string>());
    EXPECT_EQ(bundles, sessionDir + QStringLiteral("/charts-syncer/bundles"));
    // Cleanup ran at exit: the password file is gone.
    EXPECT_FALSE(QFileInfo::exists(sessionDir + QStringLiteral("/charts-syncer/load-image.yaml")));
}

// The script reads DCE_REGISTRY_PASSWORD and takes it out of the environment: the tools get it
// through their stdin or a private file only, never by inheritance.
TEST_F(ExportedScript, NoToolInheritsThePassword)
{
    for (const char *sync : {"charts-syncer", "docker", "builtin"}) {
        PlanFixture::Options options;
        options.sync = QString::fromLatin1(sync);
        const std::vector<Call> calls = run(options);
        ASSERT_FALSE(calls.empty()) << sync;
        for (const Call &call : calls) {
            EXPECT_FALSE(call.environment.isEmpty()) << call.tool.toStdString();
            EXPECT_FALSE(call.environment.contains("DCE_REGISTRY_PASSWORD"))
                << sync << ' ' << call.tool.toStdString();
            EXPECT_FALSE(call.environment.contains(Password)) << call.tool.toStdString();
        }
        QDir(recordDir).removeRecursively();
        QDir(sessionDir).removeRecursively();
    }
}

TEST_F(ExportedScript, CleanupRunsAfterAFailure)
{
    PlanFixture::Options options;
    options.sync = QStringLiteral("charts-syncer");
    qputenv("FAKE_FAIL_TOOL", "charts-syncer");
    int exitCode = 0;
    const std::vector<Call> calls = run(options, &exitCode);
    qunsetenv("FAKE_FAIL_TOOL");
    EXPECT_EQ(exitCode, 3);
    const Call *sync = find(calls, QStringLiteral("charts-syncer"), {QStringLiteral("sync")});
    ASSERT_NE(sync, nullptr);
    EXPECT_FALSE(sync->config.isEmpty()); // the file existed while charts-syncer ran
    EXPECT_FALSE(QFileInfo::exists(sessionDir + QStringLiteral("/charts-syncer/load-image.yaml")));
}

TEST_F(ExportedScript, RefusesAnotherHelmGeneration)
{
    PlanFixture::Options options;
    options.sync = QStringLiteral("none");
    qputenv("FAKE_HELM_VERSION", "v4.1.4");
    int exitCode = 0;
    const std::vector<Call> calls = run(options, &exitCode);
    qunsetenv("FAKE_HELM_VERSION");
    EXPECT_EQ(exitCode, 1);
    EXPECT_TRUE(output.contains(QStringLiteral("generated for helm v3.18.0")));
    EXPECT_EQ(find(calls, QStringLiteral("helm"), {QStringLiteral("upgrade")}), nullptr);
}

// Charts from an OCI registry need helm 3.8: a script made with helm 3.18 refuses helm 3.7
// (which takes the flags of a helm repository but has no `registry login`) before any step,
// and takes 3.8 and every later 3.x.
TEST_F(ExportedScript, AnOciUpgradeRefusesAHelmWithoutOci)
{
    PlanFixture::Options options;
    options.chartTarget = QStringLiteral("oci");
    for (const char *version : {"v3.7.2", "v3.8.0", "v3.12.3"}) {
        const bool oci = qstrcmp(version, "v3.7.2") != 0;
        qputenv("FAKE_HELM_VERSION", version);
        int exitCode = 0;
        const std::vector<Call> calls = run(options, &exitCode);
        qunsetenv("FAKE_HELM_VERSION");
        EXPECT_EQ(output.contains(QStringLiteral("generated for helm v3.18.0")), !oci) << version;
        EXPECT_EQ(find(calls, QStringLiteral("helm"), {QStringLiteral("registry")}) != nullptr, oci)
            << version;
        if (!oci) {
            EXPECT_EQ(exitCode, 1);
        }
    }
}

// containerd: per node and per bundle, images.tar streamed out of the package into one ssh
// session, and the node's listing checked in bash as the engine checks it.
TEST_F(ExportedScript, EveryNodeGetsEachImagesTarOverSshAndIsChecked)
{
    PlanFixture::Options options;
    options.sync = QStringLiteral("containerd");
    options.chartTarget = QStringLiteral("none");
    // A node that lists nothing stops the script, naming what is missing where.
    int exitCode = 0;
    std::vector<Call> calls = run(options, &exitCode);
    EXPECT_NE(exitCode, 0);
    EXPECT_TRUE(output.contains(QStringLiteral("Missing on the node after the import: "
                                               "root@10.0.0.11:22: 10.16.23.145/")))
        << output.toStdString();
    EXPECT_TRUE(find(calls, QStringLiteral("helm"), {QStringLiteral("upgrade")}) == nullptr);

    // With every relocated name listed, all sessions run and the upgrade follows.
    sshListing = "10.16.23.145/release.daocloud.io/skoala/hive:v0.28.1\n"
                 "10.16.23.145/release.daocloud.io/skoala/hive:latest\n"
                 "10.16.23.145/release.daocloud.io/skoala/ui:v0.28.1\n"
                 "10.16.23.145/release.daocloud.io/skoala/nginx:1.25\n"
                 "10.16.23.145/release.daocloud.io/skoala/marker:v0.28.1\n"
                 "10.16.23.145/release.daocloud.io/skoala/sesame:v0.28.1\n"
                 "10.16.23.145/release.daocloud.io/skoala/skoala-agent:v0.28.1\n"
                 "10.16.23.145/release.daocloud.io/skoala/envoy:v1.28.0\n";
    QDir(recordDir).removeRecursively();
    calls = run(options);
    std::vector<const Call *> sessions;
    for (const Call &call : calls) {
        if (call.tool == QLatin1String("ssh")) {
            sessions.push_back(&call);
        }
    }
    ASSERT_EQ(sessions.size(), 4u) << "2 nodes x 2 bundles" << output.toStdString();
    const QByteArray skoala
        = imagesTarOf(package->path, QStringLiteral("skoala_0.28.1.bundle.tar"));
    const QByteArray init
        = imagesTarOf(package->path, QStringLiteral("skoala-init_0.28.1.bundle.tar"));
    const QString nodes[] = {QStringLiteral("root@10.0.0.11"), QStringLiteral("root@10.0.0.12")};
    for (std::size_t i = 0; i < sessions.size(); ++i) {
        const Call &session = *sessions[i];
        EXPECT_TRUE(session.argv.contains(QStringLiteral("BatchMode=yes")));
        EXPECT_TRUE(session.argv.contains(QStringLiteral("StrictHostKeyChecking=yes")));
        EXPECT_EQ(session.argv.value(session.argv.indexOf(QStringLiteral("--")) - 1), nodes[i / 2]);
        EXPECT_TRUE(session.argv.last().startsWith(
            QStringLiteral("sh -c 'set -e; ctr -n k8s.io images import --digests - >&2; ")))
            << session.argv.last().toStdString();
        EXPECT_EQ(Hasher::sha256Hex(session.stdinData), Hasher::sha256Hex(i % 2 ? init : skoala))
            << "session " << i;
    }
    EXPECT_NE(find(calls, QStringLiteral("helm"), {QStringLiteral("upgrade")}), nullptr);
}

// A sync-only script stages the images and neither checks nor calls helm or kubectl: it runs on
// a host that has none.
TEST_F(ExportedScript, SyncOnlyCallsNoHelm)
{
    PlanFixture::Options options;
    options.sync = QStringLiteral("docker");
    options.chartTarget = QStringLiteral("none");
    options.upgrade = QStringLiteral("none");
    const std::vector<Call> calls = run(options);
    EXPECT_NE(find(calls, QStringLiteral("docker"), {QStringLiteral("load")}), nullptr)
        << output.toStdString();
    expectNoPasswordInArgv(calls);
    for (const Call &call : calls) {
        EXPECT_NE(call.tool, QStringLiteral("helm"))
            << call.argv.join(QLatin1Char(' ')).toStdString();
        EXPECT_NE(call.tool, QStringLiteral("kubectl"));
    }
}
