// Harbor 2.8 and later keep charts only as OCI artifacts in the registry. `dce-upgrade run` on
// the helm-repo path with an oci:// chart repository, with the real helm 3.18 and 4.1 against the
// real docker-registry (TLS with a throw-away CA, htpasswd as a Harbor robot account) and the
// Kubernetes API stand-in: the built-in sync publishes the relocated chart there, helm logs in
// (password on stdin, login in the session's own registry configuration), checks the version
// in the registry, upgrades from it and logs out, leaving no login behind.
#include "UpgradeRunFixture.h"

#include <csignal>

using namespace DceUpgrade::Test;

namespace {

class UpgradeRunFromOci : public UpgradeRunAtASite
{
protected:
    QString ociRepo() const { return QStringLiteral("oci://%1/charts").arg(m_registry.address()); }

    // `sync` and `upgradeExtra` are the lines under sync: and after upgrade.method.
    QString writeOciPlan(const QString &sync, const QString &upgradeExtra)
    {
        return writePlanFile(
            skoalaPlan(fixtureRegistry(QStringLiteral("release.daocloud.io/skoala")), sync,
                QLatin1String("  method: helm-repo\n") + upgradeExtra));
    }

    QString publishingPlan()
    {
        return writeOciPlan(
            QStringLiteral("  method: builtin\n  chartTarget: oci\n  chartRepoUrl: %1\n")
                .arg(ociRepo()),
            {});
    }

    // The login helm kept is gone with its file, and no copy of it (user:password, base64 as
    // Docker's config.json keeps it) is anywhere in the session.
    void expectNoRegistryLoginLeftIn(const CliRun &run)
    {
        ASSERT_FALSE(run.session.isEmpty());
        EXPECT_FALSE(
            QFileInfo::exists(run.session + QStringLiteral("/helm/config/registry/config.json")))
            << run.describe();
        const QByteArray encoded = QByteArray(User.toUtf8() + ':' + m_password.toUtf8()).toBase64();
        const QStringList files = filesHolding(run.session, encoded);
        EXPECT_TRUE(files.isEmpty()) << files.join(QLatin1Char('\n')).toStdString();
    }

    // Every command the run reported for a step, as shown.
    static QStringList commandsOf(const CliRun &run)
    {
        QStringList commands;
        for (const QJsonObject &event : run.events) {
            const QString text = event.value(QLatin1String("text")).toString();
            if (text.contains(QLatin1String("helm "))) {
                commands.append(text);
            }
        }
        return commands;
    }
};

} // namespace

TEST_P(UpgradeRunFromOci, TheChartPublishedAsAnOciArtifactIsWhatTheUpgradeInstalls)
{
    const CliRun run = runCli(runArguments(publishingPlan()));
    ASSERT_EQ(run.exitCode, 0) << run.describe();
    for (const char *id :
        {"chart.publish", "helm.registry.login", "helm.versions", "images.check:skoala",
            "helm.upgrade:skoala", "release.verify:skoala", "helm.registry.logout"}) {
        EXPECT_EQ(run.state(QString::fromLatin1(id)), QStringLiteral("ok")) << id << run.describe();
    }
    EXPECT_TRUE(run.step(QStringLiteral("helm.repo")).isEmpty()) << run.describe();
    EXPECT_TRUE(run.said(QStringLiteral("helm.versions"))
                    .contains(ociRepo() + QLatin1String("/skoala 0.28.1 is in the registry")))
        << run.describe();
    EXPECT_EQ(chart(), QStringLiteral("skoala-0.28.1"));
    // The relocated chart (rewritten values.yaml) came from the registry: its image is the
    // relocated one, and helm fetched the manifest of tag 0.28.1 there.
    EXPECT_EQ(firstImageOf(QStringLiteral("skoala-skoala")),
        m_registry.address() + QLatin1String("/release.daocloud.io/skoala/hive:v0.28.1"));
    const QStringList requests = m_registry.requests();
    EXPECT_TRUE(std::any_of(requests.cbegin(), requests.cend(), [](const QString &request) {
        return request.startsWith(QLatin1String("GET /v2/charts/skoala/manifests/0.28.1 200"));
    })) << requests.join(QLatin1Char('\n')).toStdString();
    for (const QString &command : commandsOf(run)) {
        EXPECT_FALSE(command.contains(QLatin1String("repo add"))) << command.toStdString();
    }
    expectNoSecretLeft(run);
    expectNoRegistryLoginLeftIn(run);
}

TEST_P(UpgradeRunFromOci, AVersionTheRegistryLacksStopsAtTheVersionCheck)
{
    // Nothing was published: the registry has no chart at all.
    const CliRun run
        = runCli(runArguments(writeOciPlan(QStringLiteral("  method: none\n  chartTarget: none\n"),
            QStringLiteral("  repoUrl: %1\n").arg(ociRepo()))));
    EXPECT_NE(run.exitCode, 0) << run.describe();
    EXPECT_EQ(run.state(QStringLiteral("helm.registry.login")), QStringLiteral("ok"))
        << run.describe();
    const QJsonObject versions = run.step(QStringLiteral("helm.versions"));
    EXPECT_EQ(versions.value(QLatin1String("code")), QStringLiteral("chart.version-missing"))
        << run.describe();
    EXPECT_TRUE(versions.value(QLatin1String("message"))
                    .toString()
                    .contains(QLatin1String("no version 0.28.1 of ") + ociRepo()
                        + QLatin1String("/skoala")))
        << run.describe();
    EXPECT_TRUE(run.step(QStringLiteral("values.backup:skoala")).isEmpty()) << run.describe();
    EXPECT_TRUE(run.step(QStringLiteral("helm.upgrade:skoala")).isEmpty()) << run.describe();
    EXPECT_EQ(run.state(QStringLiteral("helm.registry.logout")), QStringLiteral("ok"))
        << run.describe();
    EXPECT_EQ(status().value(QLatin1String("version")).toInt(), 1) << "nothing was upgraded";
    expectNoSecretLeft(run);
    expectNoRegistryLoginLeftIn(run);
}

TEST_P(UpgradeRunFromOci, AWrongPasswordStopsAtTheLoginAndLeavesNoLogin)
{
    m_password = QStringLiteral("not-the-password");
    const CliRun run
        = runCli(runArguments(writeOciPlan(QStringLiteral("  method: none\n  chartTarget: none\n"),
            QStringLiteral("  repoUrl: %1\n").arg(ociRepo()))));
    EXPECT_NE(run.exitCode, 0) << run.describe();
    EXPECT_EQ(run.step(QStringLiteral("helm.registry.login")).value(QLatin1String("code")),
        QStringLiteral("repo.unauthorized"))
        << run.describe();
    EXPECT_TRUE(run.step(QStringLiteral("helm.versions")).isEmpty()) << run.describe();
    EXPECT_EQ(run.state(QStringLiteral("helm.registry.logout")), QStringLiteral("ok"))
        << run.describe();
    expectNoSecretLeft(run);
    expectNoRegistryLoginLeftIn(run);
}

TEST_P(UpgradeRunFromOci, ACancelAfterTheLoginStillLogsOutAndDeletesTheLogin)
{
    bool sent = false;
    const CliRun run
        = runCli(runArguments(publishingPlan()), [&](const QJsonObject &event, QProcess &process) {
              if (!sent && event.value(QLatin1String("id")) == QLatin1String("helm.versions")
                  && event.value(QLatin1String("state")) == QLatin1String("running")) {
                  ::kill(pid_t(process.processId()), SIGTERM);
                  sent = true;
              }
          });
    ASSERT_TRUE(sent) << run.describe();
    EXPECT_EQ(run.state(QStringLiteral("helm.registry.login")), QStringLiteral("ok"))
        << run.describe();
    EXPECT_TRUE(run.exitCode == 130 || run.exitCode == 0) << run.describe();
    EXPECT_EQ(run.state(QStringLiteral("helm.registry.logout")), QStringLiteral("ok"))
        << run.describe();
    EXPECT_TRUE(processesHolding(run.session.toUtf8()).isEmpty());
    expectNoSecretLeft(run);
    expectNoRegistryLoginLeftIn(run);
}

INSTANTIATE_TEST_SUITE_P(Helm, UpgradeRunFromOci, ::testing::Values(3, 4), helmTestName);
