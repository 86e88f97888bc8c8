// The script `dce-upgrade script --output FILE` writes, run by bash with the real helm 3 and 4
// against the Kubernetes API stand-in, the chart repository and the real registry: its image
// check stops it while an image is missing, no child ever sees the password, and its last line
// names the real directory of the values backups.
#include "UpgradeRunFixture.h"

using namespace DceUpgrade::Test;

namespace {

class ExportedScriptRun : public UpgradeRunIntoAnEmptyRegistry
{
protected:
    void SetUp() override
    {
        UpgradeRunIntoAnEmptyRegistry::SetUp();
        // The script calls its tools by name, as a person's shell would find them.
        m_bin = m_fixtures.dir() + QStringLiteral("/bin");
        ASSERT_TRUE(QDir().mkpath(m_bin));
        ASSERT_TRUE(QFile::link(m_helm, m_bin + QStringLiteral("/helm")));
        ASSERT_TRUE(
            QFile::link(StandinCluster::kubectlBinary(), m_bin + QStringLiteral("/kubectl")));
    }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment environment = cliEnvironment();
        environment.insert(QStringLiteral("PATH"),
            m_bin + QLatin1Char(':') + environment.value(QStringLiteral("PATH")));
        return environment;
    }

    // Exports the script of `plan` to a file and checks how it was written.
    QString exportScript(const QString &plan)
    {
        const QString file = m_fixtures.dir() + QStringLiteral("/upgrade.sh");
        QFile::remove(file);
        const ProcessResult exported = runProcess(QStringLiteral(DCE_TEST_CLI),
            {QStringLiteral("script"), QStringLiteral("--plan"), plan, QStringLiteral("--output"),
                file},
            environment());
        EXPECT_TRUE(exported.ok()) << exported.describe();
        EXPECT_TRUE(exported.err.isEmpty()) << exported.err.toStdString();
        EXPECT_TRUE(exported.out.isEmpty()) << exported.out.toStdString();
        EXPECT_EQ(unixPermissions(file),
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                | QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
                | QFileDevice::ExeOther);
        return file;
    }

    struct ScriptRun
    {
        int exitCode = -1;
        QByteArray err;
        QStringList secretHolders; // children of the script with the password in argv or environ
    };

    // Runs the script as a person would, the password typed at its prompt (stdin), and watches
    // /proc for the password while it runs: no tool the script starts (helm, kubectl, curl)
    // may hold it in its argv or environment. (The password is not put into bash's own
    // environment here: the suite's other tests, running at the same time, look for it in
    // every process. ExportedScript.NoToolInheritsThePassword covers DCE_REGISTRY_PASSWORD.)
    ScriptRun runScript(const QString &script, const QString &session)
    {
        ScriptRun run;
        QProcess bash;
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("DCE_UPGRADE_SESSION"), session);
        env.remove(QStringLiteral("DCE_REGISTRY_PASSWORD"));
        bash.setProcessEnvironment(env);
        guardChild(bash);
        bash.start(QStringLiteral("bash"), {script});
        if (!bash.waitForStarted(10000)) {
            ADD_FAILURE() << "bash did not start";
            return run;
        }
        bash.write(Password.toUtf8() + '\n');
        bash.closeWriteChannel();
        QElapsedTimer clock;
        clock.start();
        while (!bash.waitForFinished(20) && clock.elapsed() < 180000) {
            for (const QString &holder : processesHolding(Password.toUtf8())) {
                if (!run.secretHolders.contains(holder)) {
                    run.secretHolders.append(holder);
                }
            }
        }
        if (bash.state() != QProcess::NotRunning) {
            ADD_FAILURE() << "the script did not end in time";
            killChild(bash);
        }
        run.exitCode = bash.exitCode();
        run.err = bash.readAllStandardError();
        return run;
    }

    QString m_bin;
};

} // namespace

TEST_P(ExportedScriptRun, StopsAtAMissingImageThenUpgradesOnceTheImagesAreThere)
{
    const QString script = exportScript(writePlan(QStringLiteral("helm-repo")));

    // The registry is empty: the image check stops the script before helm upgrade.
    const QString first = m_fixtures.dir() + QStringLiteral("/session-1");
    const ScriptRun stopped = runScript(script, first);
    EXPECT_NE(stopped.exitCode, 0) << stopped.err.toStdString();
    EXPECT_TRUE(stopped.err.contains("are not in the image registry")) << stopped.err.toStdString();
    EXPECT_TRUE(
        stopped.err.contains(QByteArray(m_registry.address().toUtf8() + "/skoala/hive:v0.28.1")))
        << stopped.err.toStdString();
    EXPECT_FALSE(stopped.err.contains("helm.upgrade")) << stopped.err.toStdString();
    EXPECT_FALSE(stopped.err.contains("All steps finished")) << stopped.err.toStdString();
    EXPECT_EQ(status().value(QLatin1String("version")).toInt(), 1);
    EXPECT_TRUE(stopped.secretHolders.isEmpty())
        << stopped.secretHolders.join(QLatin1Char('\n')).toStdString();

    // With the images pushed, the same script goes through, and says where the backups are.
    const Fixtures::CliResult pushed
        = Fixtures::runCli({QStringLiteral("push"), m_package.path, QStringLiteral("--registry"),
                               m_registry.url(), QStringLiteral("--repository"), Repository,
                               QStringLiteral("--user"), User, QStringLiteral("--password-stdin")},
            Password.toUtf8() + '\n');
    ASSERT_EQ(pushed.exitCode, 0) << pushed.err.toStdString();
    const QString second = m_fixtures.dir() + QStringLiteral("/session-2");
    const ScriptRun done = runScript(script, second);
    ASSERT_EQ(done.exitCode, 0) << done.err.toStdString();
    EXPECT_EQ(chart(), QStringLiteral("skoala-0.28.1"));
    EXPECT_TRUE(done.err.contains("all in the image registry: ")) << done.err.toStdString();
    const QByteArray last = done.err.trimmed().split('\n').last();
    EXPECT_EQ(last,
        QStringLiteral("All steps finished. Values backups are in %1/values.")
            .arg(second)
            .toUtf8());
    EXPECT_FALSE(QDir(second + QStringLiteral("/values")).entryList(QDir::Files).isEmpty());
    EXPECT_TRUE(done.secretHolders.isEmpty())
        << done.secretHolders.join(QLatin1Char('\n')).toStdString();
    const QStringList files = filesHolding(second, Password.toUtf8());
    EXPECT_TRUE(files.isEmpty()) << files.join(QLatin1Char(' ')).toStdString();
}

INSTANTIATE_TEST_SUITE_P(Helm, ExportedScriptRun, ::testing::Values(3, 4), helmTestName);
