// The tools of a run get an allow-listed environment: a user's HELM_REPOSITORY_CONFIG,
// HELM_REGISTRY_CONFIG, HELM_REPOSITORY_CACHE and KUBECONFIG never redirect the session's helm
// (which would write the repository password into the user's own file, and let the cleanup
// delete that file instead of the session's), with the real helm 3 and 4.
#include "UpgradeRunFixture.h"

using namespace DceUpgrade::Test;

namespace {

class UpgradeRunWithUserHelmSettings : public UpgradeRun
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_user.isValid());
        m_repositories = m_fixtures.writeFile(QStringLiteral("user-repositories.yaml"),
            "apiVersion: \"\"\ngenerated: \"0001-01-01T00:00:00Z\"\nrepositories: []\n");
        m_registryConfig
            = m_fixtures.writeFile(QStringLiteral("user-registry.json"), "{\"auths\":{}}\n");
        // A kubeconfig of the user's that names no reachable cluster: a run that used it
        // would fail at its first helm call.
        m_kubeconfig = m_fixtures.writeFile(QStringLiteral("user-kubeconfig"),
            "apiVersion: v1\nkind: Config\nclusters:\n- name: elsewhere\n  cluster:\n    server: "
            "https://127.0.0.1:1\ncontexts:\n- name: elsewhere\n  context:\n    cluster: "
            "elsewhere\n    user: someone\ncurrent-context: elsewhere\nusers:\n- name: someone\n  "
            "user:\n    token: not-a-token\n");
        UpgradeRun::SetUp();
    }

    QProcessEnvironment cliEnvironment() const override
    {
        QProcessEnvironment environment = UpgradeRun::cliEnvironment();
        environment.insert(QStringLiteral("HELM_REPOSITORY_CONFIG"), m_repositories);
        environment.insert(QStringLiteral("HELM_REGISTRY_CONFIG"), m_registryConfig);
        environment.insert(QStringLiteral("HELM_REPOSITORY_CACHE"), m_user.path());
        environment.insert(QStringLiteral("KUBECONFIG"), m_kubeconfig);
        // Naming them for the tools does not let them through either.
        environment.insert(QStringLiteral("DCE_UPGRADE_TOOL_ENV"),
            QStringLiteral("HELM_REPOSITORY_CONFIG,HELM_REGISTRY_CONFIG KUBECONFIG"));
        return environment;
    }

    // Every file a user's variable names, as it was before the run.
    std::map<QString, QByteArray> userFiles() const
    {
        return {{m_repositories, readWholeFile(m_repositories)},
            {m_registryConfig, readWholeFile(m_registryConfig)},
            {m_kubeconfig, readWholeFile(m_kubeconfig)}};
    }

    QTemporaryDir m_user; // the user's HELM_REPOSITORY_CACHE
    QString m_repositories;
    QString m_registryConfig;
    QString m_kubeconfig;
};

} // namespace

TEST_P(UpgradeRunWithUserHelmSettings, TheUsersHelmFilesAreNeitherUsedNorTouched)
{
    const auto before = userFiles();
    const CliRun run = runCli(runArguments(writePlan(QStringLiteral("helm-repo"))));
    ASSERT_EQ(run.exitCode, 0) << run.describe();
    EXPECT_EQ(chart(), QStringLiteral("skoala-0.28.1"));

    for (const auto &[path, content] : before) {
        EXPECT_TRUE(QFileInfo::exists(path)) << path.toStdString() << " was deleted";
        EXPECT_EQ(readWholeFile(path), content) << path.toStdString() << " was changed";
    }
    EXPECT_TRUE(QDir(m_user.path()).isEmpty()) << "helm cached the index in the user's cache";
    // helm used the session's own places: the index it fetched is in the session's cache, and
    // the repositories.yaml that held the password is gone.
    const QString cache = run.session + QStringLiteral("/helm/cache/repository");
    EXPECT_FALSE(QDir(cache).entryList({QStringLiteral("*-index.yaml")}, QDir::Files).isEmpty())
        << cache.toStdString();
    EXPECT_FALSE(QFileInfo::exists(run.session + QStringLiteral("/helm/config/repositories.yaml")));
    EXPECT_EQ(run.state(QStringLiteral("helm.repo.cleanup")), QStringLiteral("ok"));
    EXPECT_FALSE(run.err.contains("Kubeconfig:")) << "the plan names its kubeconfig";
    expectNoSecretLeft(run);
}

// A plan without a kubeconfig uses the one of the user's KUBECONFIG, and says so.
TEST_P(UpgradeRunWithUserHelmSettings, AKubeconfigFromTheShellIsNamed)
{
    QString plan = QString::fromUtf8(readWholeFile(writePlan(QStringLiteral("helm-repo"))));
    plan.replace(QStringLiteral("  kubeconfig: %1\n").arg(m_cluster.kubeconfig()), QString());
    ASSERT_FALSE(plan.contains(QLatin1String("kubeconfig")));
    const CliRun run = runCli(runArguments(
        m_fixtures.writeFile(QStringLiteral("plan-no-kubeconfig.yaml"), plan.toUtf8())));
    EXPECT_NE(run.exitCode, 0) << "the user's kubeconfig names no reachable cluster";
    EXPECT_TRUE(run.err.contains(
        QStringLiteral("Kubeconfig: %1, from the KUBECONFIG variable").arg(m_kubeconfig).toUtf8()))
        << run.describe();
    EXPECT_EQ(run.state(QStringLiteral("helm.check")), QStringLiteral("failed")) << run.describe();
}

INSTANTIATE_TEST_SUITE_P(
    Helm, UpgradeRunWithUserHelmSettings, ::testing::Values(3, 4), helmTestName);
