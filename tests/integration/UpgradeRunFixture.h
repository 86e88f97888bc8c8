#pragma once

// The fixture of the `dce-upgrade run` tests: a Kubernetes API stand-in with skoala 0.28.0
// installed by the real helm (3 or 4, the test parameter), a chart repository with Basic auth as
// a Harbor robot account, a real registry, and a generated package of skoala 0.28.1. runCli()
// runs the command line as a user would and collects its events.
#include "ChartRepo.h"
#include "ChildProcess.h"
#include "Fixtures.h"
#include "RegistryServer.h"
#include "SecretScan.h"
#include "StandinCluster.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <yaml-cpp/yaml.h>

namespace DceUpgrade::Test {

inline const QString Namespace = QStringLiteral("skoala-system");
// charts-syncer's containerRepository in the plans: images land in <registry>/skoala/<name>,
// the repositories the test charts name, so the charts of the test chart repository (which,
// unlike charts-syncer's, are not relocated) pull from where the push put the images.
inline const QString Repository = QStringLiteral("skoala");
// The robot account of the test registry and chart repository: robot$skoala-ci, with a password
// holding the characters shells and YAML like to eat.
inline const QString User = RegistryServer::robotUser();
inline const QString Password = RegistryServer::robotPassword();

inline YAML::Node yaml(const QByteArray &text)
{
    return YAML::Load(text.toStdString());
}

struct CliRun
{
    int exitCode = -1;
    bool crashed = false;
    std::vector<QJsonObject> events;
    QByteArray err;
    QString session;
    QStringList secretHolders; // processes seen with the password in argv or environment

    // The last `step` event of `id`.
    QJsonObject step(const QString &id) const
    {
        QJsonObject last;
        for (const QJsonObject &event : events) {
            if (event.value(QLatin1String("type")) == QLatin1String("step")
                && event.value(QLatin1String("id")) == id) {
                last = event;
            }
        }
        return last;
    }
    QString state(const QString &id) const
    {
        return step(id).value(QLatin1String("state")).toString();
    }
    // What the step said: its result message and every log line it wrote.
    QString said(const QString &id) const
    {
        QString text = step(id).value(QLatin1String("message")).toString();
        for (const QJsonObject &event : events) {
            if (event.value(QLatin1String("step")) == id) {
                text += QLatin1Char('\n') + event.value(QLatin1String("text")).toString();
            }
        }
        return text;
    }
    // Whether the step reported progress in `unit` ("bytes", "items").
    bool reportedProgress(const QString &id, const QString &unit) const
    {
        return std::any_of(events.cbegin(), events.cend(), [&](const QJsonObject &event) {
            return event.value(QLatin1String("type")) == QLatin1String("progress")
                && event.value(QLatin1String("step")) == id
                && event.value(QLatin1String("unit")) == unit;
        });
    }
    std::string describe() const
    {
        QString text = QStringLiteral("exit %1\n").arg(exitCode);
        for (const QJsonObject &event : events) {
            text += QString::fromUtf8(QJsonDocument(event).toJson(QJsonDocument::Compact))
                + QLatin1Char('\n');
        }
        text += QString::fromUtf8(err);
        return text.toStdString();
    }
};

// Everything but the test parameter: the command line's tests run it per helm version
// (UpgradeRun), the wizard's end-to-end tests per walk through the pages.
class UpgradeRunFixture : public ::testing::Test
{
protected:
    // The command line tests use a plain-http registry; the wizard's end-to-end tests the TLS one
    // a site has (a throw-away CA and htpasswd).
    explicit UpgradeRunFixture(RegistryMode registryMode = RegistryMode::PlainHtpasswd)
        : m_registry(registryMode)
    { }

    // 3 or 4: which real helm runs.
    virtual int helmMajor() const = 0;

    void SetUp() override
    {
        ASSERT_TRUE(m_state.isValid());
        ASSERT_TRUE(m_cluster.isRunning());
        ASSERT_TRUE(m_repo.isValid());
        m_helm = StandinCluster::helmBinary(helmMajor());
        ASSERT_FALSE(m_helm.isEmpty());
        m_package = m_fixtures.make(
            QStringLiteral("package"), QStringLiteral("skoala_v0.28.1_amd64.tar"));
        ASSERT_FALSE(m_package.path.isEmpty());
        m_userValues = m_fixtures.writeFile(QStringLiteral("user-values.yaml"),
            "global:\n  imageRegistry: old.example:5000\nhive:\n  replicas: 2\n  logLevel: "
            "debug\n");
        ASSERT_TRUE(m_cluster.installRelease(helmMajor(), QStringLiteral("skoala"), Namespace,
            m_repo.chartTgz(QStringLiteral("skoala"), QStringLiteral("0.28.0")),
            {QStringLiteral("-f"), m_userValues}));
        ASSERT_TRUE(m_registry.isRunning());
        if (imagesPushedBefore()) {
            // The images are in the registry already, as after an earlier sync: the upgrade's
            // image check finds them.
            const Fixtures::CliResult pushed = Fixtures::runCli(
                {QStringLiteral("push"), m_package.path, QStringLiteral("--registry"),
                    m_registry.url(), QStringLiteral("--repository"), Repository,
                    QStringLiteral("--user"), User, QStringLiteral("--password-stdin")},
                Password.toUtf8() + '\n');
            ASSERT_EQ(pushed.exitCode, 0) << pushed.err.toStdString();
        }
    }

    virtual bool imagesPushedBefore() const { return true; }

    static QString skoalaOnly() { return QStringLiteral("    - chart: skoala\n"); }
    static QString waitFor30s() { return QStringLiteral("  wait: true\n  timeout: 30s\n"); }
    // The lines under `sync:` for a method that publishes no chart.
    static QString syncBy(const QString &method)
    {
        return QStringLiteral("  method: %1\n  chartTarget: none\n").arg(method);
    }

    // The lines under `registry:` for the registry at `address` (https with `caFile` when one is
    // given) and the account `user`, quoted as a robot$ name must be in YAML.
    static QString registryLines(const QString &address, const QString &repository,
        const QString &caFile = {}, const QString &user = User)
    {
        return QStringLiteral("  address: %1\n  scheme: %2\n%3  repository: %4\n  username: '%5'\n")
            .arg(address, caFile.isEmpty() ? QStringLiteral("http") : QStringLiteral("https"),
                caFile.isEmpty() ? QString() : QStringLiteral("  caFile: %1\n").arg(caFile),
                repository, user);
    }
    // The same for the fixture's own registry (https in the TLS modes).
    QString fixtureRegistry(const QString &repository) const
    {
        return registryLines(m_registry.address(), repository, m_registry.caFile());
    }
    static QString skoalaFor30s()
    {
        return waitFor30s() + QLatin1String("  releases:\n") + skoalaOnly();
    }

    // A plan of module skoala for the test package: the lines under `registry:` and `sync:`,
    // and those under `upgrade:` before and after its kubeconfig (the stand-in's).
    QString skoalaPlan(const QString &registry, const QString &sync, const QString &upgradeHead,
        const QString &upgradeTail = skoalaFor30s()) const
    {
        return QStringLiteral("apiVersion: dce-upgrade.daocloud.io/v1alpha1\n"
                              "kind: UpgradePlan\n"
                              "module: skoala\n"
                              "package: %1\n"
                              "registry:\n"
                              "%2"
                              "sync:\n"
                              "%3"
                              "upgrade:\n"
                              "%4"
                              "  kubeconfig: %5\n"
                              "%6")
            .arg(m_package.path, registry, sync, upgradeHead, m_cluster.kubeconfig(), upgradeTail);
    }
    QString writePlanFile(const QString &plan)
    {
        return m_fixtures.writeFile(QStringLiteral("plan-%1.yaml").arg(++m_plans), plan.toUtf8());
    }

    // A plan for the fixture's registry (over http) and chart repository: upgrade `releases` by
    // `method`.
    QString writePlan(const QString &method, const QString &releases = skoalaOnly(),
        const QString &upgradeOptions = waitFor30s(),
        const QString &sync = syncBy(QStringLiteral("none")))
    {
        return writePlanFile(skoalaPlan(registryLines(m_registry.address(), Repository), sync,
            QStringLiteral("  method: %1\n  repoUrl: %2\n").arg(method, m_repo.url()),
            upgradeOptions + QLatin1String("  releases:\n") + releases));
    }

    // The environment of the runs; a test adds what its tools need (a FAKE first on PATH).
    virtual QProcessEnvironment cliEnvironment() const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_STATE_HOME"), m_state.path());
        environment.remove(QStringLiteral("KUBECONFIG"));
        environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        return environment;
    }

    // Runs the CLI with `arguments` (events on stdout), the password on stdin when asked for;
    // `onEvent` may act on the run (send it a signal) as events arrive.
    CliRun runCli(const QStringList &arguments,
        const std::function<void(const QJsonObject &, QProcess &)> &onEvent = {})
    {
        CliRun run;
        QProcess process;
        process.setProcessEnvironment(cliEnvironment());
        guardChild(process);
        process.start(QStringLiteral(DCE_TEST_CLI), arguments);
        if (!process.waitForStarted(10000)) {
            ADD_FAILURE() << "dce-upgrade did not start";
            return run;
        }
        if (arguments.contains(QLatin1String("--secrets-stdin"))) {
            process.write(
                QJsonDocument(QJsonObject {{QStringLiteral("registry.password"), m_password}})
                    .toJson(QJsonDocument::Compact)
                + '\n');
        }
        process.closeWriteChannel();
        QByteArray pending;
        QElapsedTimer clock;
        clock.start();
        const QByteArray secret = m_password.toUtf8();
        while (clock.elapsed() < 180000) {
            const bool ended = process.waitForFinished(20);
            if (m_scanForSecrets) {
                run.secretHolders += processesHolding(secret);
            }
            pending += process.readAllStandardOutput();
            qsizetype newline;
            while ((newline = pending.indexOf('\n')) >= 0) {
                const QJsonObject event = QJsonDocument::fromJson(pending.left(newline)).object();
                pending.remove(0, newline + 1);
                if (event.isEmpty()) {
                    continue;
                }
                if (event.value(QLatin1String("type")) == QLatin1String("run")
                    && event.value(QLatin1String("state")) == QLatin1String("started")) {
                    run.session = event.value(QLatin1String("session")).toString();
                }
                run.events.push_back(event);
                if (onEvent) {
                    onEvent(event, process);
                }
            }
            if (ended || process.state() == QProcess::NotRunning) {
                break;
            }
        }
        if (process.state() != QProcess::NotRunning) {
            ADD_FAILURE() << "dce-upgrade did not end in time";
            killChild(process);
        }
        run.err = process.readAllStandardError();
        run.crashed = process.exitStatus() == QProcess::CrashExit;
        run.exitCode = process.exitCode();
        return run;
    }

    QStringList runArguments(const QString &plan) const
    {
        return {QStringLiteral("run"), QStringLiteral("--plan"), plan, QStringLiteral("--events"),
            QStringLiteral("-"), QStringLiteral("--secrets-stdin"), QStringLiteral("--helm"),
            m_helm, QStringLiteral("--kubectl"), StandinCluster::kubectlBinary()};
    }

    // Runs the session again, skipping what it finished.
    QStringList resumeArguments(const QString &session) const
    {
        return {QStringLiteral("run"), QStringLiteral("--resume"), session,
            QStringLiteral("--events"), QStringLiteral("-"), QStringLiteral("--secrets-stdin"),
            QStringLiteral("--helm"), m_helm, QStringLiteral("--kubectl"),
            StandinCluster::kubectlBinary()};
    }

    QJsonObject status(const QString &release = QStringLiteral("skoala"),
        const QString &context = StandinCluster::MainContext, const QString &ns = Namespace)
    {
        return QJsonDocument::fromJson(
            m_cluster.helm(helmMajor(),
                {QStringLiteral("status"), release, QStringLiteral("-n"), ns, QStringLiteral("-o"),
                    QStringLiteral("json"), QStringLiteral("--kube-context"), context}))
            .object();
    }
    // `helm history -o json`: one object per revision (revision, status, chart, description).
    QJsonArray history(const QString &release = QStringLiteral("skoala"),
        const QString &context = StandinCluster::MainContext, const QString &ns = Namespace)
    {
        return QJsonDocument::fromJson(
            m_cluster.helm(helmMajor(),
                {QStringLiteral("history"), release, QStringLiteral("-n"), ns, QStringLiteral("-o"),
                    QStringLiteral("json"), QStringLiteral("--kube-context"), context}))
            .array();
    }
    // The chart ("skoala-0.28.1") of the release's current revision.
    QString chart(const QString &release = QStringLiteral("skoala"),
        const QString &context = StandinCluster::MainContext, const QString &ns = Namespace)
    {
        const QJsonArray revisions = history(release, context, ns);
        return revisions.isEmpty()
            ? QString()
            : revisions.last().toObject().value(QLatin1String("chart")).toString();
    }
    YAML::Node userValues(int revision = 0)
    {
        QStringList args {QStringLiteral("get"), QStringLiteral("values"), QStringLiteral("skoala"),
            QStringLiteral("-n"), Namespace, QStringLiteral("-o"), QStringLiteral("yaml")};
        if (revision > 0) {
            args << QStringLiteral("--revision") << QString::number(revision);
        }
        return yaml(m_cluster.helm(helmMajor(), args));
    }

    // The image of the first container of a Deployment in the stand-in's main cluster.
    QString firstImageOf(const QString &deployment)
    {
        return m_cluster.object(QStringLiteral("Deployment"), Namespace, deployment)
            .value(QLatin1String("spec"))
            .toObject()
            .value(QLatin1String("template"))
            .toObject()
            .value(QLatin1String("spec"))
            .toObject()
            .value(QLatin1String("containers"))
            .toArray()
            .first()
            .toObject()
            .value(QLatin1String("image"))
            .toString();
    }

    // Where the plans' containerRepository puts every image of the package (both charts):
    // <registry>/skoala/<name>:<tag>, each once, in the package's order.
    QStringList relocatedImages() const
    {
        QStringList images;
        for (const QJsonValue &chart : m_package.expect.value(QLatin1String("charts")).toArray()) {
            for (const QJsonValue &image :
                chart.toObject().value(QLatin1String("images")).toArray()) {
                for (const QJsonValue &tag :
                    image.toObject().value(QLatin1String("repo_tags")).toArray()) {
                    const QString target = m_registry.address() + QLatin1Char('/') + Repository
                        + QLatin1Char('/') + tag.toString().section(QLatin1Char('/'), -1);
                    if (!images.contains(target)) {
                        images.append(target);
                    }
                }
            }
        }
        return images;
    }

    // No password anywhere a person or another user could find it.
    void expectNoSecretLeft(const CliRun &run)
    {
        EXPECT_TRUE(run.secretHolders.isEmpty())
            << run.secretHolders.join(QLatin1Char('\n')).toStdString();
        ASSERT_FALSE(run.session.isEmpty());
        const QStringList files = filesHolding(run.session, m_password.toUtf8());
        EXPECT_TRUE(files.isEmpty()) << files.join(QLatin1Char('\n')).toStdString();
        for (const QJsonObject &event : run.events) {
            EXPECT_FALSE(QJsonDocument(event).toJson().contains(m_password.toUtf8()));
        }
        EXPECT_FALSE(run.err.contains(m_password.toUtf8()));
    }

    // The Docker sync's login is gone from the run's session: its own DOCKER_CONFIG directory,
    // and any copy of what docker's config.json keeps (user:password, base64-encoded).
    void expectNoDockerLoginLeftIn(const QString &session)
    {
        ASSERT_FALSE(session.isEmpty());
        EXPECT_FALSE(QFileInfo::exists(session + QStringLiteral("/docker")))
            << session.toStdString();
        const QByteArray encoded = QByteArray(User.toUtf8() + ':' + m_password.toUtf8()).toBase64();
        const QStringList files = filesHolding(session, encoded);
        EXPECT_TRUE(files.isEmpty()) << files.join(QLatin1Char('\n')).toStdString();
    }

    QTemporaryDir m_state;
    Fixtures m_fixtures;
    StandinCluster m_cluster;
    RegistryServer m_registry;
    ChartRepo m_repo {Password};
    QString m_helm;
    GeneratedBundle m_package;
    QString m_userValues;
    int m_plans = 0;
    // The registry password runCli() gives the run (and looks for where it must not be).
    QString m_password = Password;
    // runCli() scans every process for the password between two reads of the events; a test
    // that must act on an event at once (within milliseconds) turns the slow scan off.
    bool m_scanForSecrets = true;
};

class UpgradeRun : public UpgradeRunFixture, public ::testing::WithParamInterface<int>
{
protected:
    int helmMajor() const override { return GetParam(); }
};

// The registry holds nothing yet: the runs must bring the images themselves.
class UpgradeRunIntoAnEmptyRegistry : public UpgradeRun
{
protected:
    bool imagesPushedBefore() const override { return false; }
};

// The registry a site has: https with a throw-away CA, htpasswd accounts; it holds nothing yet.
class UpgradeRunAtASite : public UpgradeRunFixture, public ::testing::WithParamInterface<int>
{
protected:
    UpgradeRunAtASite()
        : UpgradeRunFixture(RegistryMode::TlsHtpasswd)
    { }

    int helmMajor() const override { return GetParam(); }
    bool imagesPushedBefore() const override { return false; }
};

} // namespace DceUpgrade::Test
