#pragma once

#include "ChildProcess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

namespace DceUpgrade::Test {

// Two fresh in-memory Kubernetes API stand-ins (tests/integration/k8s-standin/standin.py) for
// one test, and a kubeconfig with one context for each:
//
//   standin   (current context) -> the first stand-in, namespace default
//   worker-1                    -> the second stand-in: an independent cluster, so a test can
//                                  tell which context a command used by where objects landed
//
// Each stand-in runs under the system python on a free port and is SIGKILLed in the
// destructor (and by the kernel if the test process dies first; see ChildProcess.h). The
// object owns a temporary directory with the kubeconfig, the stand-ins' request logs and an
// isolated HOME / HELM_CONFIG_HOME / HELM_CACHE_HOME / HELM_DATA_HOME / KUBECACHEDIR for the
// helm commands it runs itself. DCE_TEST_KEEP_TMP=1 keeps the directory for inspection.
//
// Readiness: the stand-in reports a Deployment ready as soon as it is written, unless its
// `standin/ready` annotation says "false"; --wait needs no help. keepUnready() pins
// Deployments unready (the failing --wait case), makeReady() lifts that again.
class StandinCluster
{
public:
    static const QString MainContext; // "standin", the kubeconfig's current context
    static const QString WorkerContext; // "worker-1"

    StandinCluster();
    ~StandinCluster();
    StandinCluster(const StandinCluster &) = delete;
    StandinCluster &operator=(const StandinCluster &) = delete;

    // <dir>/helm3 or <dir>/helm4, dir = $DCE_TEST_HELM_DIR or the CMake-configured cache that
    // the ctest fixture integration.fetch-helm fills. Fails the test (ADD_FAILURE, saying how
    // to get it) and returns an empty string when the binary is not there.
    static QString helmBinary(int major);
    static QString kubectlBinary();

    // True when both stand-ins answered; the constructor has already failed the test if not.
    bool isRunning() const;
    QString dir() const;
    QString kubeconfig() const;
    QString server(const QString &context = MainContext) const; // http://127.0.0.1:PORT
    QList<qint64> processIds() const;

    // The system environment without any KUBECONFIG/HELM_* of the caller, plus the isolated
    // homes and KUBECONFIG=kubeconfig().
    QProcessEnvironment helmEnvironment() const;

    // Runs helm (3 or 4) with helmEnvironment(); `input` goes to stdin (passwords).
    ProcessResult runHelm(int major, const QStringList &args, const QByteArray &input = {},
        int timeoutMs = 120000) const;
    // The same, returning stdout; a nonzero exit fails the test with helm's stderr shown.
    QByteArray helm(int major, const QStringList &args, const QByteArray &input = {}) const;

    // helm install RELEASE CHART --namespace NS --create-namespace --wait --timeout 60s ARGS.
    // CHART is a chart directory, a .tgz, or REPO/NAME after `helm repo add`; ARGS may carry
    // -f FILE, --set, --version, --kube-context worker-1. Fails the test when helm fails.
    bool installRelease(int helmMajor, const QString &release, const QString &ns,
        const QString &chartDirOrTgz, const QStringList &helmArgs = {});

    // The stand-in's store (GET /_standin/objects), filtered by kind and namespace when given.
    QJsonArray objects(const QString &kind = {}, const QString &ns = {},
        const QString &context = MainContext) const;
    // One object, or an empty object when it does not exist.
    QJsonObject object(const QString &kind, const QString &ns, const QString &name,
        const QString &context = MainContext) const;

    // Makes the Deployment `name` in `ns` unready and keeps it so: every later write by helm
    // (upgrade, rollback, a fresh install) is forced to `standin/ready: "false"`, so any
    // --wait on it fails after its --timeout. `*` means every Deployment in `ns`, including
    // ones that do not exist yet. Through POST /_standin/ready?...&pin=true.
    bool keepUnready(const QString &ns, const QString &name = QStringLiteral("*"),
        const QString &context = MainContext);
    // Lifts keepUnready() for the same `name` (`*`: every pin in `ns`) and marks the matching
    // Deployments ready, so waiting helm commands succeed.
    bool makeReady(const QString &ns, const QString &name = QStringLiteral("*"),
        const QString &context = MainContext);

    // Leaves RELEASE in `pending-upgrade`, the state a killed `helm upgrade` leaves behind
    // (helm reads it from the encoded release, so relabelling the release Secret is not
    // enough). How: keepUnready(ns, "*"), start `helm upgrade RELEASE CHART -n NS --wait
    // --timeout 120s ARGS`, wait until helm is in its --wait loop (its first ReplicaSet read
    // in the stand-in's request log, after the pending-upgrade release Secret was written),
    // SIGKILL it, and then makeReady(ns, "*") unless `keepUnreadyAfter`, so the cluster
    // itself is healthy and only the release is stuck (that also lifts any earlier
    // keepUnready() in `ns`). The chart must have a Deployment, or helm never polls one.
    // --kube-context in ARGS selects the stand-in. Fails the test and returns false when the
    // state cannot be reached.
    bool leavePendingUpgrade(int helmMajor, const QString &release, const QString &ns,
        const QString &chartDirOrTgz, const QStringList &helmArgs = {},
        bool keepUnreadyAfter = false);

    // The stand-in's request log (one object per request: method, path, query, code, ...).
    QJsonArray requestLog(const QString &context = MainContext) const;

private:
    struct Instance;

    const Instance *instance(const QString &context) const;
    // An admin request to a stand-in; returns the parsed JSON body, fails the test otherwise.
    QJsonObject admin(
        const QString &context, const QByteArray &method, const QString &pathAndQuery) const;
    bool setReady(
        const QString &ns, const QString &name, bool ready, bool pin, const QString &context);
    static QString contextOf(const QStringList &helmArgs);

    QTemporaryDir m_tmp;
    QString m_dir;
    QString m_kubeconfig;
    std::vector<std::unique_ptr<Instance>> m_instances;
};

// Test names for suites parameterized on the helm major version: ".../helm3", ".../helm4".
inline std::string helmTestName(const ::testing::TestParamInfo<int> &info)
{
    return "helm" + std::to_string(info.param);
}

} // namespace DceUpgrade::Test
