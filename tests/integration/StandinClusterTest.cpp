// Tests of the integration fixtures themselves (StandinCluster, ChartRepo), each with the real
// helm 3.18 and helm 4.1: if these pass, a failure in an engine test is the engine's.

#include "StandinCluster.h"
#include "ChartRepo.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <gtest/gtest.h>

using namespace DceUpgrade::Test;

namespace {

const QString Namespace = QStringLiteral("skoala-system");
const QString Release = QStringLiteral("skoala");

QJsonObject jsonObject(const QByteArray &text)
{
    return QJsonDocument::fromJson(text).object();
}

std::string compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact).toStdString();
}

// The value at a dotted path such as "spec.template.spec.containers.0.image".
QJsonValue at(const QJsonObject &object, const QString &path)
{
    QJsonValue value = object;
    const QStringList keys = path.split(QLatin1Char('.'));
    for (const QString &key : keys) {
        bool isIndex = false;
        const int index = key.toInt(&isIndex);
        value = isIndex ? value.toArray().at(index) : value.toObject().value(key);
    }
    return value;
}

const QString Image = QStringLiteral("spec.template.spec.containers.0.image");

QString releaseStatus(const StandinCluster &cluster, int major, const QString &release)
{
    const QJsonObject status = jsonObject(cluster.helm(major,
        {QStringLiteral("status"), release, QStringLiteral("-n"), Namespace, QStringLiteral("-o"),
            QStringLiteral("json")}));
    return at(status, QStringLiteral("info.status")).toString();
}

// A process is gone when /proc has no entry or only a zombie waiting for its reaper.
bool alive(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (pid <= 0 || !stat.open(QIODevice::ReadOnly)) {
        return false;
    }
    const QByteArray text = stat.readAll();
    const char state = text.mid(text.lastIndexOf(')') + 2, 1).at(0);
    return state != 'Z' && state != 'X';
}

// Field 5 of /proc/PID/stat: the process group.
qint64 processGroup(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly)) {
        return -1;
    }
    const QByteArray text = stat.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    return fields.size() > 2 ? fields.at(2).toLongLong() : -1;
}

class StandinClusterTest : public ::testing::TestWithParam<int>
{
protected:
    int major() const { return GetParam(); }
    QString tgz(const QString &chart, const QString &version) const
    {
        return m_repo.chartTgz(chart, version);
    }

    void SetUp() override
    {
        ASSERT_TRUE(m_cluster.isRunning());
        ASSERT_TRUE(m_repo.isValid());
    }

    StandinCluster m_cluster;
    ChartRepo m_repo;
};

TEST_P(StandinClusterTest, HelmIsTheExpectedRelease)
{
    const QByteArray version
        = m_cluster.helm(major(), {QStringLiteral("version"), QStringLiteral("--short")});
    EXPECT_TRUE(version.startsWith(major() == 3 ? "v3.18.0" : "v4.1.4")) << version.toStdString();
}

TEST_P(StandinClusterTest, InstallFromRepoKeepsUserValues)
{
    m_cluster.helm(major(),
        {QStringLiteral("repo"), QStringLiteral("add"), QStringLiteral("dce"), m_repo.url()});
    ASSERT_FALSE(HasFailure());

    // A substring search for skoala also lists skoala-init: the trap the engine must avoid.
    const QJsonArray found = QJsonDocument::fromJson(
        m_cluster.helm(major(),
            {QStringLiteral("search"), QStringLiteral("repo"), QStringLiteral("skoala"),
                QStringLiteral("--versions"), QStringLiteral("-o"), QStringLiteral("json")}))
                                 .array();
    QSet<QString> listed;
    for (const QJsonValue &row : found) {
        listed.insert(row.toObject().value(QStringLiteral("name")).toString() + QLatin1Char(' ')
            + row.toObject().value(QStringLiteral("version")).toString());
    }
    EXPECT_EQ(listed,
        QSet<QString>({QStringLiteral("dce/skoala 0.28.0"), QStringLiteral("dce/skoala 0.28.1"),
            QStringLiteral("dce/skoala-init 0.28.0"), QStringLiteral("dce/skoala-init 0.28.1")}));

    const QString valuesFile = m_cluster.dir() + QStringLiteral("/user-values.yaml");
    ASSERT_TRUE(writeTextFile(valuesFile,
        "global:\n  imageRegistry: harbor.site.example:8443/release.daocloud.io\n"
        "hive:\n  replicas: 2\nui:\n  enabled: false\n"));
    ASSERT_TRUE(m_cluster.installRelease(major(), Release, Namespace, QStringLiteral("dce/skoala"),
        {QStringLiteral("--version"), QStringLiteral("0.28.0"), QStringLiteral("-f"), valuesFile,
            QStringLiteral("--set"), QStringLiteral("hive.logLevel=debug")}));

    const QJsonObject values = jsonObject(m_cluster.helm(major(),
        {QStringLiteral("get"), QStringLiteral("values"), Release, QStringLiteral("-n"), Namespace,
            QStringLiteral("-o"), QStringLiteral("json")}));
    const QJsonObject expected = jsonObject(R"({
        "global": {"imageRegistry": "harbor.site.example:8443/release.daocloud.io"},
        "hive": {"replicas": 2, "logLevel": "debug"},
        "ui": {"enabled": false}})");
    ASSERT_FALSE(expected.isEmpty());
    EXPECT_EQ(compact(values), compact(expected));

    // What the chart rendered from them, as stored by the stand-in.
    const QJsonObject hive = m_cluster.object(
        QStringLiteral("Deployment"), Namespace, ChartRepo::hiveDeployment(Release));
    EXPECT_EQ(at(hive, Image).toString(),
        QStringLiteral("harbor.site.example:8443/release.daocloud.io/skoala/hive:v0.28.0"));
    EXPECT_EQ(at(hive, QStringLiteral("spec.replicas")).toInt(), 2);
    EXPECT_EQ(at(hive, QStringLiteral("status.readyReplicas")).toInt(), 2);
    EXPECT_TRUE(
        m_cluster.object(QStringLiteral("Deployment"), Namespace, Release + QStringLiteral("-ui"))
            .isEmpty());
    EXPECT_EQ(releaseStatus(m_cluster, major(), Release), QStringLiteral("deployed"));
}

TEST_P(StandinClusterTest, ContextsAreIndependentClusters)
{
    EXPECT_NE(m_cluster.server(StandinCluster::MainContext),
        m_cluster.server(StandinCluster::WorkerContext));
    ASSERT_TRUE(m_cluster.installRelease(major(), QStringLiteral("skoala-init"), Namespace,
        tgz(QStringLiteral("skoala-init"), QStringLiteral("0.28.1")),
        {QStringLiteral("--kube-context"), StandinCluster::WorkerContext}));

    EXPECT_FALSE(m_cluster
                     .object(QStringLiteral("Deployment"), Namespace,
                         ChartRepo::hiveDeployment(QStringLiteral("skoala-init")),
                         StandinCluster::WorkerContext)
                     .isEmpty());
    EXPECT_TRUE(
        m_cluster.objects(QStringLiteral("Deployment"), {}, StandinCluster::MainContext).isEmpty());
    // The current context is `standin`: helm without --kube-context sees no release there.
    const QJsonArray mainReleases
        = QJsonDocument::fromJson(m_cluster.helm(major(),
                                      {QStringLiteral("list"), QStringLiteral("-A"),
                                          QStringLiteral("-o"), QStringLiteral("json")}))
              .array();
    EXPECT_TRUE(mainReleases.isEmpty()) << QJsonDocument(mainReleases).toJson().toStdString();
    const QJsonArray workerReleases = QJsonDocument::fromJson(
        m_cluster.helm(major(),
            {QStringLiteral("list"), QStringLiteral("-A"), QStringLiteral("-o"),
                QStringLiteral("json"), QStringLiteral("--kube-context"),
                StandinCluster::WorkerContext}))
                                          .array();
    ASSERT_EQ(workerReleases.size(), 1);
    EXPECT_EQ(workerReleases.at(0).toObject().value(QStringLiteral("chart")).toString(),
        QStringLiteral("skoala-init-0.28.1"));
}

TEST_P(StandinClusterTest, BasicAuthRepoNeedsTheRightPassword)
{
    // `$`, a quote and a space: a password that breaks any command line built by pasting.
    const QString password = QStringLiteral("Harbor$1 'x\"");
    ChartRepo secured(password);
    ASSERT_TRUE(secured.isValid());
    ASSERT_EQ(secured.username(), QStringLiteral("robot$skoala-ci"));
    const QStringList add {QStringLiteral("repo"), QStringLiteral("add"), QStringLiteral("dce"),
        secured.url(), QStringLiteral("--username"), secured.username(),
        QStringLiteral("--password-stdin")};

    const ProcessResult anonymous = m_cluster.runHelm(major(),
        {QStringLiteral("repo"), QStringLiteral("add"), QStringLiteral("dce"), secured.url()});
    EXPECT_FALSE(anonymous.ok());
    EXPECT_TRUE(anonymous.err.contains("401")) << anonymous.describe();

    const ProcessResult wrong = m_cluster.runHelm(major(), add, "Harbor$1\n");
    EXPECT_FALSE(wrong.ok());
    EXPECT_TRUE(wrong.err.contains("401")) << wrong.describe();

    const ProcessResult right = m_cluster.runHelm(major(), add, password.toUtf8() + '\n');
    ASSERT_TRUE(right.ok()) << right.describe();

    // The stored credentials also fetch a chart archive.
    const QString pulled = m_cluster.dir() + QStringLiteral("/pulled");
    QDir().mkpath(pulled);
    m_cluster.helm(major(),
        {QStringLiteral("pull"), QStringLiteral("dce/skoala"), QStringLiteral("--version"),
            QStringLiteral("0.28.1"), QStringLiteral("--destination"), pulled});
    EXPECT_TRUE(QFileInfo::exists(pulled + QStringLiteral("/skoala-0.28.1.tgz")));

    // The server's view: one anonymous and one wrong attempt refused, then only good ones.
    // The server logs a request after answering it: give the last line a moment to land.
    QJsonArray requests;
    waitUntil(
        [&] {
            requests = secured.requests();
            return requests.size() >= 4;
        },
        5000);
    QStringList seen;
    for (const QJsonValue &value : requests) {
        const QJsonObject request = value.toObject();
        seen += QStringLiteral("%1 %2 %3")
                    .arg(request.value(QStringLiteral("path")).toString(),
                        request.value(QStringLiteral("auth")).toString())
                    .arg(request.value(QStringLiteral("code")).toInt());
    }
    EXPECT_EQ(seen,
        QStringList({QStringLiteral("/index.yaml none 401"), QStringLiteral("/index.yaml bad 401"),
            QStringLiteral("/index.yaml ok 200"), QStringLiteral("/skoala-0.28.1.tgz ok 200")}))
        << seen.join(QLatin1Char('\n')).toStdString();
}

TEST_P(StandinClusterTest, NeverReadyDeploymentFailsWait)
{
    ASSERT_TRUE(m_cluster.installRelease(
        major(), Release, Namespace, tgz(QStringLiteral("skoala"), QStringLiteral("0.28.0"))));
    ASSERT_TRUE(m_cluster.keepUnready(Namespace, ChartRepo::hiveDeployment(Release)));

    const ProcessResult upgrade = m_cluster.runHelm(major(),
        {QStringLiteral("upgrade"), Release,
            tgz(QStringLiteral("skoala"), QStringLiteral("0.28.1")), QStringLiteral("-n"),
            Namespace, QStringLiteral("--wait"), QStringLiteral("--timeout"),
            QStringLiteral("5s")});
    EXPECT_EQ(upgrade.exitCode, 1) << upgrade.describe();
    EXPECT_TRUE(upgrade.err.contains("UPGRADE FAILED")) << upgrade.describe();
    EXPECT_TRUE(upgrade.err.contains("context deadline exceeded")) << upgrade.describe();
    // It failed by running out its --timeout, not on something else.
    EXPECT_GE(upgrade.elapsedMs, 5000);
    EXPECT_LT(upgrade.elapsedMs, 15000);
    EXPECT_EQ(releaseStatus(m_cluster, major(), Release), QStringLiteral("failed"));

    // The new version was applied but never came up.
    const QJsonObject hive = m_cluster.object(
        QStringLiteral("Deployment"), Namespace, ChartRepo::hiveDeployment(Release));
    EXPECT_EQ(
        at(hive, Image).toString(), QStringLiteral("release.daocloud.io/skoala/hive:v0.28.1"));
    EXPECT_EQ(at(hive, QStringLiteral("status.readyReplicas")).toInt(), 0);

    // makeReady() lifts it: the same upgrade then succeeds.
    ASSERT_TRUE(m_cluster.makeReady(Namespace, ChartRepo::hiveDeployment(Release)));
    m_cluster.helm(major(),
        {QStringLiteral("upgrade"), Release,
            tgz(QStringLiteral("skoala"), QStringLiteral("0.28.1")), QStringLiteral("-n"),
            Namespace, QStringLiteral("--wait"), QStringLiteral("--timeout"),
            QStringLiteral("20s")});
    EXPECT_EQ(releaseStatus(m_cluster, major(), Release), QStringLiteral("deployed"));
}

TEST_P(StandinClusterTest, UnreadyPinHoldsBeforeCreationAndAgainstTheChart)
{
    // The stand-in's demo chart renders `standin/ready: "true"` itself, and nothing exists in
    // the namespace yet: only the pin (not a one-off annotation) can keep this unready.
    const QString ns = QStringLiteral("pinned");
    ASSERT_TRUE(m_cluster.keepUnready(ns));
    const ProcessResult install = m_cluster.runHelm(major(),
        {QStringLiteral("install"), QStringLiteral("demo"),
            QStringLiteral(DCE_TEST_SOURCE_DIR "/tests/integration/k8s-standin/demo-chart"),
            QStringLiteral("-n"), ns, QStringLiteral("--create-namespace"),
            QStringLiteral("--wait"), QStringLiteral("--timeout"), QStringLiteral("3s")});
    EXPECT_EQ(install.exitCode, 1) << install.describe();
    EXPECT_GE(install.elapsedMs, 3000);
    const QJsonObject demo
        = m_cluster.object(QStringLiteral("Deployment"), ns, QStringLiteral("demo-app"));
    EXPECT_EQ(at(demo, QStringLiteral("metadata.annotations.standin/ready")).toString(),
        QStringLiteral("false"));
}

TEST_P(StandinClusterTest, PendingUpgradeHelperLeavesTheReleaseStuck)
{
    ASSERT_TRUE(m_cluster.installRelease(
        major(), Release, Namespace, tgz(QStringLiteral("skoala"), QStringLiteral("0.28.0"))));
    ASSERT_TRUE(m_cluster.leavePendingUpgrade(
        major(), Release, Namespace, tgz(QStringLiteral("skoala"), QStringLiteral("0.28.1"))));

    const QJsonObject status = jsonObject(m_cluster.helm(major(),
        {QStringLiteral("status"), Release, QStringLiteral("-n"), Namespace, QStringLiteral("-o"),
            QStringLiteral("json")}));
    EXPECT_EQ(
        at(status, QStringLiteral("info.status")).toString(), QStringLiteral("pending-upgrade"));
    EXPECT_EQ(status.value(QStringLiteral("version")).toInt(), 2);

    const ProcessResult again = m_cluster.runHelm(major(),
        {QStringLiteral("upgrade"), Release,
            tgz(QStringLiteral("skoala"), QStringLiteral("0.28.1")), QStringLiteral("-n"),
            Namespace});
    EXPECT_EQ(again.exitCode, 1) << again.describe();
    EXPECT_TRUE(again.err.contains("another operation (install/upgrade/rollback) is in progress"))
        << again.describe();

    // Only the release is stuck: readiness was restored, so the way out works.
    m_cluster.helm(major(),
        {QStringLiteral("rollback"), Release, QStringLiteral("1"), QStringLiteral("-n"), Namespace,
            QStringLiteral("--wait"), QStringLiteral("--timeout"), QStringLiteral("20s")});
    EXPECT_EQ(releaseStatus(m_cluster, major(), Release), QStringLiteral("deployed"));
}

INSTANTIATE_TEST_SUITE_P(Helm, StandinClusterTest, ::testing::Values(3, 4), helmTestName);

TEST(StandinClusterLifecycle, KubeconfigNamesBothContexts)
{
    StandinCluster cluster;
    ASSERT_TRUE(cluster.isRunning());
    const QByteArray kubeconfig = readWholeFile(cluster.kubeconfig());
    EXPECT_TRUE(kubeconfig.contains("current-context: standin\n")) << kubeconfig.toStdString();
    EXPECT_TRUE(kubeconfig.contains("- name: worker-1\n")) << kubeconfig.toStdString();
    EXPECT_TRUE(kubeconfig.contains(cluster.server(StandinCluster::WorkerContext).toUtf8()));
    // helm complains about a kubeconfig others can read.
    EXPECT_EQ(
        QFileInfo(cluster.kubeconfig()).permissions() & (QFile::ReadGroup | QFile::ReadOther), 0);
}

TEST(StandinClusterLifecycle, LeavesNoProcessBehind)
{
    QList<qint64> pids;
    {
        StandinCluster cluster;
        ASSERT_TRUE(cluster.isRunning());
        pids = cluster.processIds();
        ASSERT_EQ(pids.size(), 2);
        for (const qint64 pid : pids) {
            EXPECT_TRUE(alive(pid));
            // Its own process group, so killChild() takes everything it might start.
            EXPECT_EQ(processGroup(pid), pid);
        }
    }
    for (const qint64 pid : pids) {
        EXPECT_FALSE(alive(pid)) << "stand-in " << pid << " outlived its StandinCluster";
    }
}

} // namespace
