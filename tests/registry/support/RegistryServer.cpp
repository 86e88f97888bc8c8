#include "RegistryServer.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>

#include <gtest/gtest.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstring>

namespace DceUpgrade::Test {

namespace {

// Constants, not QString objects: tests in other files read them through the static accessors
// while their own globals are initialised, before this file's dynamic initialisation has run.
constexpr QLatin1String Admin("admin");
constexpr QLatin1String AdminPassword("Harbor12345");
// A Harbor robot account name; the password holds what breaks naive quoting: `$` (shell
// expansion), both quotes and a space.
constexpr QLatin1String Robot("robot$skoala-ci");
constexpr QLatin1String RobotPassword("Sk0ala$CI pa\"ss'word");
constexpr QLatin1String Reader("reader");
constexpr QLatin1String ReaderPassword("Reader123");

// distribution accepts a token up to 60 s after its `exp` (registry/auth/token, Leeway); the
// token server writes `exp` that much earlier so the lifetime a test asks for is the real one.
constexpr int DistributionTokenLeeway = 60;

// What each user may do, as the token server grants it ("*" = catalog and delete-all).
QJsonArray actionsOf(const QString &user)
{
    if (user == Admin) {
        return {QStringLiteral("pull"), QStringLiteral("push"), QStringLiteral("delete"),
            QStringLiteral("*")};
    }
    if (user == Robot) {
        return {QStringLiteral("pull"), QStringLiteral("push")};
    }
    return {QStringLiteral("pull")};
}

// A YAML double-quoted scalar (JSON string syntax is valid YAML).
QByteArray yamlString(const QString &value)
{
    QByteArray quoted = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
    return quoted.mid(1, quoted.size() - 2);
}

QByteArray sha256Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

// One ustar member `name` holding `content`, then the two zero blocks that end an archive.
QByteArray ustarArchive(const QByteArray &name, const QByteArray &content)
{
    QByteArray header(512, '\0');
    const auto put = [&header](int offset, const QByteArray &value) {
        std::memcpy(header.data() + offset, value.constData(), size_t(value.size()));
    };
    put(0, name);
    put(100, "0000644"); // mode
    put(108, "0000000"); // uid
    put(116, "0000000"); // gid
    put(124, QByteArray::number(content.size(), 8).rightJustified(11, '0'));
    put(136, "00000000000"); // mtime: 1970, so the bytes are the same on every run
    put(148, "        "); // the checksum counts its own field as spaces
    header[156] = '0'; // regular file
    put(257,
        QByteArray("ustar\0"
                   "00",
            8));
    unsigned checksum = 0;
    for (const char c : header) {
        checksum += static_cast<unsigned char>(c);
    }
    put(148, QByteArray::number(checksum, 8).rightJustified(6, '0') + QByteArray("\0 ", 2));
    QByteArray archive = header + content;
    archive.append((512 - content.size() % 512) % 512, '\0');
    archive.append(1024, '\0');
    return archive;
}

// Writes an OCI blob; returns its descriptor.
QJsonObject writeBlob(const QString &layoutDir, const QString &mediaType, const QByteArray &data)
{
    const QByteArray hex = sha256Hex(data);
    if (!writeTextFile(
            layoutDir + QStringLiteral("/blobs/sha256/") + QString::fromLatin1(hex), data)) {
        return {};
    }
    return {{QStringLiteral("mediaType"), mediaType},
        {QStringLiteral("digest"), QString(QStringLiteral("sha256:") + QString::fromLatin1(hex))},
        {QStringLiteral("size"), qint64(data.size())}};
}

} // namespace

std::string registryModeName(RegistryMode mode)
{
    switch (mode) {
    case RegistryMode::PlainHtpasswd:
        return "PlainHtpasswd";
    case RegistryMode::TlsHtpasswd:
        return "TlsHtpasswd";
    case RegistryMode::TlsToken:
        return "TlsToken";
    case RegistryMode::Anonymous:
        return "Anonymous";
    }
    return "Unknown";
}

RegistryServer::RegistryServer(RegistryMode mode, const RegistryOptions &options)
    : m_mode(mode)
    , m_options(options)
    , m_tmp(QDir::tempPath() + QStringLiteral("/dce-upgrade-registry-XXXXXX"))
    , m_dir(m_tmp.path())
{
    if (!m_tmp.isValid()) {
        ADD_FAILURE() << "cannot create a temporary directory: "
                      << m_tmp.errorString().toStdString();
        return;
    }
    if (qEnvironmentVariableIntValue("DCE_TEST_KEEP_TMP") != 0) {
        m_tmp.setAutoRemove(false);
    }
    m_registryBinary = tool(QStringLiteral("docker-registry"), QStringLiteral("docker-registry"));
    if (m_registryBinary.isEmpty() || !prepare()) {
        return;
    }
    if (isTls() && !makeCertificates()) {
        return;
    }
    if (hasAuth() && !isTokenAuth() && !writeHtpasswd()) {
        return;
    }
    if (isTokenAuth() && !startTokenServer()) {
        return;
    }
    startRegistry(true);
}

RegistryServer::~RegistryServer()
{
    killChild(m_registry);
    killChild(m_tokenServer);
    // A Python exception in the token server or a Go panic in the registry is a bug whatever
    // the client made of the answer: say so.
    const QByteArray tokenErrors = readWholeFile(m_dir + QStringLiteral("/token-server.err"));
    if (tokenErrors.contains("Traceback")) {
        ADD_FAILURE() << "the test token server hit an internal error:\n"
                      << tokenErrors.toStdString();
    }
    const QByteArray registryErrors = readWholeFile(registryLog());
    if (registryErrors.contains("panic:")) {
        ADD_FAILURE() << "docker-registry panicked:\n" << registryErrors.right(8000).toStdString();
    }
}

QString RegistryServer::adminUser()
{
    return Admin;
}

QString RegistryServer::adminPassword()
{
    return AdminPassword;
}

QString RegistryServer::robotUser()
{
    return Robot;
}

QString RegistryServer::robotPassword()
{
    return RobotPassword;
}

QString RegistryServer::readerUser()
{
    return Reader;
}

QString RegistryServer::readerPassword()
{
    return ReaderPassword;
}

QStringList RegistryServer::users()
{
    return {Admin, Robot, Reader};
}

QString RegistryServer::passwordOf(const QString &user)
{
    if (user == Admin) {
        return AdminPassword;
    }
    if (user == Robot) {
        return RobotPassword;
    }
    if (user == Reader) {
        return ReaderPassword;
    }
    return {};
}

bool RegistryServer::isTls() const
{
    return m_mode == RegistryMode::TlsHtpasswd || m_mode == RegistryMode::TlsToken;
}

bool RegistryServer::isRunning() const
{
    return m_registry.state() == QProcess::Running
        && listensOnLoopback(m_registry.processId(), m_port);
}

QString RegistryServer::url() const
{
    return (isTls() ? QStringLiteral("https://") : QStringLiteral("http://")) + address();
}

QString RegistryServer::address() const
{
    return QStringLiteral("127.0.0.1:%1").arg(m_port);
}

QString RegistryServer::dataDir() const
{
    return m_dir + QStringLiteral("/data");
}

QString RegistryServer::configFile() const
{
    return m_dir + QStringLiteral("/config.yml");
}

QString RegistryServer::caFile() const
{
    return isTls() ? m_dir + QStringLiteral("/ca.crt") : QString();
}

QString RegistryServer::certDir() const
{
    return isTls() ? m_dir + QStringLiteral("/cert-dir") : QString();
}

QStringList RegistryServer::requests() const
{
    // The access log is Apache's combined format: ... "METHOD PATH HTTP/1.1" STATUS SIZE ...
    static const QRegularExpression line(
        QStringLiteral("\"([A-Z]+) ([^ \"]+) HTTP/[0-9.]+\" ([0-9]{3}) "));
    QStringList found;
    const QList<QByteArray> lines = readWholeFile(registryLog()).split('\n');
    for (const QByteArray &text : lines) {
        const QRegularExpressionMatch match = line.match(QString::fromUtf8(text));
        if (match.hasMatch()) {
            found.append(match.captured(1) + QLatin1Char(' ')
                + match.captured(2).section(QLatin1Char('?'), 0, 0) + QLatin1Char(' ')
                + match.captured(3));
        }
    }
    return found;
}

QMap<QString, QByteArray> RegistryServer::storedContent() const
{
    QMap<QString, QByteArray> content;
    const QString root = dataDir() + QStringLiteral("/docker/registry/v2");
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = path.mid(root.size() + 1);
        if (relative.contains(QLatin1String("/_uploads/"))) {
            continue; // upload sessions, not content (the registry purges stale ones)
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            content.insert(relative, QByteArrayLiteral("<unreadable>"));
            continue;
        }
        QCryptographicHash hash(QCryptographicHash::Sha256);
        hash.addData(&file);
        content.insert(relative, hash.result().toHex());
    }
    return content;
}

QString RegistryServer::registryLog() const
{
    return m_dir + QStringLiteral("/registry.log");
}

QString RegistryServer::tokenRealm() const
{
    return isTokenAuth() ? QStringLiteral("https://127.0.0.1:%1/service/token").arg(m_tokenPort)
                         : QString();
}

QString RegistryServer::service()
{
    return QStringLiteral("test-registry");
}

QString RegistryServer::issuer()
{
    return QStringLiteral("dce-upgrade-test-token-server");
}

QJsonArray RegistryServer::tokenLog() const
{
    QJsonArray records;
    const QList<QByteArray> lines
        = readWholeFile(m_dir + QStringLiteral("/token-requests.jsonl")).split('\n');
    for (const QByteArray &line : lines) {
        if (!line.isEmpty()) {
            records.append(QJsonDocument::fromJson(line).object());
        }
    }
    return records;
}

QList<qint64> RegistryServer::processIds() const
{
    QList<qint64> pids;
    for (const QProcess *process : {&m_registry, &m_tokenServer}) {
        if (process->state() == QProcess::Running) {
            pids.append(process->processId());
        }
    }
    return pids;
}

bool RegistryServer::stop()
{
    killChild(m_registry);
    return m_registry.state() == QProcess::NotRunning;
}

bool RegistryServer::stopTokenServer()
{
    killChild(m_tokenServer);
    return m_tokenServer.state() == QProcess::NotRunning;
}

bool RegistryServer::start()
{
    if (m_registryBinary.isEmpty() || m_port == 0) {
        ADD_FAILURE() << "RegistryServer::start(): the registry was never set up";
        return false;
    }
    if (m_registry.state() != QProcess::NotRunning) {
        return isRunning();
    }
    return startRegistry(false);
}

bool RegistryServer::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    return restart();
}

bool RegistryServer::setFileSizeLimit(qint64 bytes)
{
    if (bytes > 0 && m_prlimitBinary.isEmpty()) {
        m_prlimitBinary = tool(QStringLiteral("prlimit"), QStringLiteral("util-linux"));
        if (m_prlimitBinary.isEmpty()) {
            return false;
        }
    }
    m_fileSizeLimit = bytes;
    return restart();
}

bool RegistryServer::restart()
{
    return stop() && start();
}

QString RegistryServer::authFile(const QString &user, const QString &password) const
{
    QJsonObject auths;
    if (!user.isEmpty()) {
        const QString secret = password.isEmpty() ? passwordOf(user) : password;
        const QByteArray basic = (user + QLatin1Char(':') + secret).toUtf8().toBase64();
        auths.insert(address(), QJsonObject {{QStringLiteral("auth"), QString::fromLatin1(basic)}});
    }
    const QByteArray text = QJsonDocument(QJsonObject {{QStringLiteral("auths"), auths}}).toJson();
    // Named by a hash: user names hold `$`, and each (user, password) pair gets its own file.
    const QString path = m_dir + QStringLiteral("/auth/")
        + QString::fromLatin1(sha256Hex((user + QLatin1Char('\n') + password).toUtf8()).left(16))
        + QStringLiteral(".json");
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    // Created 0600, never readable by others even for a moment, and kept so when rewritten.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate,
            QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write(text) != text.size()) {
        ADD_FAILURE() << "cannot write " << path.toStdString() << ": "
                      << file.errorString().toStdString();
    }
    return path;
}

ProcessResult RegistryServer::skopeo(const QStringList &args, const QByteArray &input,
    const QString &user, const QString &password, int timeoutMs) const
{
    const QString skopeoBinary = tool(QStringLiteral("skopeo"), QStringLiteral("skopeo"));
    if (skopeoBinary.isEmpty() || args.isEmpty()) {
        ProcessResult missing;
        missing.err
            = args.isEmpty() ? "RegistryServer::skopeo: no subcommand" : "skopeo is not installed";
        if (args.isEmpty()) {
            ADD_FAILURE() << missing.err.toStdString();
        }
        return missing;
    }
    const QString subcommand = args.first();
    const auto settings = [this](const QString &prefix) {
        QStringList words {
            QStringLiteral("--%1tls-verify=%2")
                .arg(prefix, isTls() ? QStringLiteral("true") : QStringLiteral("false"))};
        if (isTls()) {
            words += {QStringLiteral("--%1cert-dir").arg(prefix), certDir()};
        }
        return words;
    };
    QStringList full {QStringLiteral("--policy"), m_dir + QStringLiteral("/containers/policy.json"),
        QStringLiteral("--tmpdir"), m_dir + QStringLiteral("/tmp"), subcommand,
        QStringLiteral("--authfile"), authFile(user, password)};
    if (subcommand == QLatin1String("copy") || subcommand == QLatin1String("sync")) {
        // The last two words are SOURCE DESTINATION; set TLS up for the one(s) naming us.
        const qsizetype n = args.size();
        if (n >= 3 && args.at(n - 2).contains(address())) {
            full += settings(QStringLiteral("src-"));
        }
        if (n >= 2 && args.at(n - 1).contains(address())) {
            full += settings(QStringLiteral("dest-"));
        }
    } else {
        full += settings({});
    }
    full += args.mid(1);
    return runTool(skopeoBinary, full, input, timeoutMs);
}

QProcessEnvironment RegistryServer::toolEnvironment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // REGISTRY_AUTH_FILE is where containers/image (skopeo) looks for credentials by default,
    // and distribution reads REGISTRY_<SECTION>_<KEY> as overrides of its config file: none of
    // the caller's may leak into a test.
    const QStringList names = env.keys();
    for (const QString &name : names) {
        if (name.startsWith(QLatin1String("REGISTRY_"))) {
            env.remove(name);
        }
    }
    env.insert(QStringLiteral("HOME"), m_dir + QStringLiteral("/home"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir + QStringLiteral("/run"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir + QStringLiteral("/home/.config"));
    env.insert(QStringLiteral("DOCKER_CONFIG"), m_dir + QStringLiteral("/home/.docker"));
    env.insert(QStringLiteral("TMPDIR"), m_dir + QStringLiteral("/tmp"));
    env.insert(QStringLiteral("CONTAINERS_REGISTRIES_CONF"),
        m_dir + QStringLiteral("/containers/registries.conf"));
    env.insert(QStringLiteral("OPENSSL_CONF"), m_dir + QStringLiteral("/openssl.cnf"));
    return env;
}

QString RegistryServer::writeOciImage(
    const QString &layoutDir, const QString &tag, const QByteArray &content)
{
    const QByteArray layer = ustarArchive("hello.txt", content);
    const QString diffId = QStringLiteral("sha256:") + QString::fromLatin1(sha256Hex(layer));
    const QJsonObject config {{QStringLiteral("architecture"), QStringLiteral("amd64")},
        {QStringLiteral("os"), QStringLiteral("linux")}, {QStringLiteral("config"), QJsonObject {}},
        {QStringLiteral("rootfs"),
            QJsonObject {{QStringLiteral("type"), QStringLiteral("layers")},
                {QStringLiteral("diff_ids"), QJsonArray {diffId}}}}};
    const QJsonObject configDescriptor
        = writeBlob(layoutDir, QStringLiteral("application/vnd.oci.image.config.v1+json"),
            QJsonDocument(config).toJson(QJsonDocument::Compact));
    const QJsonObject layerDescriptor
        = writeBlob(layoutDir, QStringLiteral("application/vnd.oci.image.layer.v1.tar"), layer);
    const QJsonObject manifest {{QStringLiteral("schemaVersion"), 2},
        {QStringLiteral("mediaType"), QStringLiteral("application/vnd.oci.image.manifest.v1+json")},
        {QStringLiteral("config"), configDescriptor},
        {QStringLiteral("layers"), QJsonArray {layerDescriptor}}};
    QJsonObject manifestDescriptor
        = writeBlob(layoutDir, QStringLiteral("application/vnd.oci.image.manifest.v1+json"),
            QJsonDocument(manifest).toJson(QJsonDocument::Compact));
    if (configDescriptor.isEmpty() || layerDescriptor.isEmpty() || manifestDescriptor.isEmpty()) {
        return {};
    }
    manifestDescriptor.insert(QStringLiteral("annotations"),
        QJsonObject {{QStringLiteral("org.opencontainers.image.ref.name"), tag}});
    const QJsonObject index {{QStringLiteral("schemaVersion"), 2},
        {QStringLiteral("manifests"), QJsonArray {manifestDescriptor}}};
    if (!writeTextFile(
            layoutDir + QStringLiteral("/oci-layout"), R"({"imageLayoutVersion":"1.0.0"})")
        || !writeTextFile(layoutDir + QStringLiteral("/index.json"),
            QJsonDocument(index).toJson(QJsonDocument::Compact))) {
        return {};
    }
    return manifestDescriptor.value(QStringLiteral("digest")).toString();
}

QString RegistryServer::tool(const QString &name, const QString &package) const
{
    const QString path = QStandardPaths::findExecutable(name);
    if (path.isEmpty()) {
        ADD_FAILURE() << name.toStdString()
                      << " is not installed (not on PATH): the registry tests need the Debian "
                         "package "
                      << package.toStdString() << "; scripts/install-deps.sh test installs it.";
    }
    return path;
}

ProcessResult RegistryServer::runTool(
    const QString &program, const QStringList &args, const QByteArray &input, int timeoutMs) const
{
    return runProcess(program, args, toolEnvironment(), input, timeoutMs);
}

bool RegistryServer::prepare()
{
    for (const char *sub : {"data", "home/.config", "home/.docker", "tmp", "auth", "containers"}) {
        if (!QDir().mkpath(m_dir + QLatin1Char('/') + QLatin1String(sub))) {
            ADD_FAILURE() << "cannot create " << m_dir.toStdString() << '/' << sub;
            return false;
        }
    }
    // containers/image wants its runtime directory private.
    QDir().mkpath(m_dir + QStringLiteral("/run"));
    QFile::setPermissions(m_dir + QStringLiteral("/run"),
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    // A private openssl configuration: the machine's openssl.cnf must not add extensions to
    // the test certificates. One section per certificate kind.
    return writeTextFile(m_dir + QStringLiteral("/openssl.cnf"), R"([req]
distinguished_name = dn
prompt = no
[dn]
CN = unused
[ca]
basicConstraints = critical,CA:TRUE
keyUsage = critical,keyCertSign,cRLSign
subjectKeyIdentifier = hash
[server]
basicConstraints = CA:FALSE
keyUsage = critical,digitalSignature,keyEncipherment
extendedKeyUsage = serverAuth
subjectAltName = IP:127.0.0.1,DNS:localhost
[signer]
basicConstraints = CA:FALSE
keyUsage = critical,digitalSignature
)")
        && writeTextFile(m_dir + QStringLiteral("/containers/policy.json"),
            R"({"default": [{"type": "insecureAcceptAnything"}]})")
        && writeTextFile(m_dir + QStringLiteral("/containers/registries.conf"),
            "unqualified-search-registries = []\n");
}

bool RegistryServer::makeCertificates()
{
    const QString openssl = tool(QStringLiteral("openssl"), QStringLiteral("openssl"));
    if (openssl.isEmpty()) {
        return false;
    }
    const QString cnf = m_dir + QStringLiteral("/openssl.cnf");
    const auto file = [this](const char *name) -> QString {
        return m_dir + QLatin1Char('/') + QLatin1String(name);
    };
    // P-256 keys for TLS: instant to make. The token signer is RSA: the token is RS256.
    const QStringList ecKey {QStringLiteral("-newkey"), QStringLiteral("ec"),
        QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256")};
    const auto issue = [&](const char *name, const char *extensions) {
        return QStringList {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
            file(name) + QStringLiteral(".csr"), QStringLiteral("-CA"), file("ca.crt"),
            QStringLiteral("-CAkey"), file("ca.key"), QStringLiteral("-CAcreateserial"),
            QStringLiteral("-CAserial"), file("ca.srl"), QStringLiteral("-days"),
            QStringLiteral("2"), QStringLiteral("-extfile"), cnf, QStringLiteral("-extensions"),
            QLatin1String(extensions), QStringLiteral("-out"), file(name) + QStringLiteral(".crt")};
    };
    QList<QStringList> commands {
        QStringList {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-config"), cnf,
            QStringLiteral("-extensions"), QStringLiteral("ca")}
            + ecKey
            + QStringList {QStringLiteral("-nodes"), QStringLiteral("-keyout"), file("ca.key"),
                QStringLiteral("-out"), file("ca.crt"), QStringLiteral("-days"),
                QStringLiteral("2"), QStringLiteral("-subj"),
                QStringLiteral("/CN=dce-upgrade throw-away test CA")},
        QStringList {QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-config"), cnf}
            + ecKey
            + QStringList {QStringLiteral("-nodes"), QStringLiteral("-keyout"), file("server.key"),
                QStringLiteral("-out"), file("server.csr"), QStringLiteral("-subj"),
                QStringLiteral("/CN=localhost")},
        issue("server", "server"),
    };
    if (isTokenAuth()) {
        commands += QStringList {QStringLiteral("req"), QStringLiteral("-new"),
            QStringLiteral("-config"), cnf, QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
            QStringLiteral("-nodes"), QStringLiteral("-keyout"), file("token.key"),
            QStringLiteral("-out"), file("token.csr"), QStringLiteral("-subj"),
            QStringLiteral("/CN=dce-upgrade test token signer")};
        commands += issue("token", "signer");
    }
    for (const QStringList &args : std::as_const(commands)) {
        const ProcessResult result = runTool(openssl, args);
        if (!result.ok()) {
            ADD_FAILURE() << commandLine(openssl, args) << ": " << result.describe();
            return false;
        }
    }
    // skopeo's --cert-dir reads every *.crt, *.cert and *.key in it: only the CA goes there.
    QDir().mkpath(certDir());
    if (!QFile::copy(caFile(), certDir() + QStringLiteral("/ca.crt"))) {
        ADD_FAILURE() << "cannot copy " << caFile().toStdString() << " to "
                      << certDir().toStdString();
        return false;
    }
    return true;
}

bool RegistryServer::writeHtpasswd()
{
    const QString htpasswd = tool(QStringLiteral("htpasswd"), QStringLiteral("apache2-utils"));
    if (htpasswd.isEmpty()) {
        return false;
    }
    const QString path = m_dir + QStringLiteral("/htpasswd");
    bool first = true;
    for (const QString &user : users()) {
        // -i: the password from stdin (never argv); -B: bcrypt, the only hash distribution
        // accepts; -c: create the file, for the first user only.
        QStringList args {first ? QStringLiteral("-iBc") : QStringLiteral("-iB"), path, user};
        const ProcessResult result = runTool(htpasswd, args, passwordOf(user).toUtf8() + '\n');
        if (!result.ok()) {
            ADD_FAILURE() << commandLine(htpasswd, args) << ": " << result.describe();
            return false;
        }
        first = false;
    }
    return true;
}

bool RegistryServer::startTokenServer()
{
    const QString openssl = tool(QStringLiteral("openssl"), QStringLiteral("openssl"));
    const QString script = QStringLiteral(DCE_TEST_TOKEN_SERVER);
    if (openssl.isEmpty()) {
        return false;
    }
    if (!QFileInfo::exists(script)) {
        ADD_FAILURE() << "the test token server is missing: " << script.toStdString();
        return false;
    }
    const QString portFile = m_dir + QStringLiteral("/token.port");
    const QStringList args {QStringLiteral("-I"), script, QStringLiteral("--port-file"), portFile,
        QStringLiteral("--log"), m_dir + QStringLiteral("/token-requests.jsonl"),
        QStringLiteral("--key"), m_dir + QStringLiteral("/token.key"), QStringLiteral("--cert"),
        m_dir + QStringLiteral("/token.crt"), QStringLiteral("--issuer"), issuer(),
        QStringLiteral("--service"), service(), QStringLiteral("--lifetime"),
        QString::number(m_options.tokenLifetimeSeconds), QStringLiteral("--leeway"),
        QString::number(DistributionTokenLeeway), QStringLiteral("--tls-cert"),
        m_dir + QStringLiteral("/server.crt"), QStringLiteral("--tls-key"),
        m_dir + QStringLiteral("/server.key"), QStringLiteral("--openssl"), openssl};
    // The users and their passwords travel on stdin, never in argv.
    QJsonObject users;
    for (const QString &user : RegistryServer::users()) {
        users.insert(user,
            QJsonObject {{QStringLiteral("password"), passwordOf(user)},
                {QStringLiteral("actions"), actionsOf(user)}});
    }
    m_tokenServer.setProcessEnvironment(toolEnvironment());
    // -I: the system python in isolated mode, so no PYTHONPATH or user site can change it.
    m_tokenPort = startListeningServer(m_tokenServer, QStringLiteral(DCE_TEST_PYTHON), args,
        QJsonDocument(QJsonObject {{QStringLiteral("users"), users}})
            .toJson(QJsonDocument::Compact),
        portFile, m_dir + QStringLiteral("/token-server.err"), "the token server");
    return m_tokenPort != 0;
}

bool RegistryServer::writeConfig()
{
    QByteArray config = "# Written by tests/registry/support/RegistryServer.cpp for one test.\n"
                        "version: 0.1\n"
                        "log:\n"
                        "  level: warn\n"
                        "  accesslog:\n"
                        "    disabled: false\n"
                        "storage:\n"
                        "  filesystem:\n"
                        "    rootdirectory: "
        + yamlString(dataDir())
        + "\n"
          "  delete:\n"
          "    enabled: true\n"
          "  maintenance:\n"
          // The purge of old uploads walks the data directory on a timer: noise in a test.
          "    uploadpurging:\n"
          "      enabled: false\n"
          "    readonly:\n"
          "      enabled: "
        + (m_readOnly ? "true" : "false")
        + "\n"
          "http:\n"
          "  addr: "
        + address().toUtf8()
        + "\n"
          // Fixed, so that upload URLs (their _state is HMAC'd with it) stay valid across
          // stop()/start().
          "  secret: dce-upgrade-test-only\n";
    if (isTls()) {
        config += "  tls:\n    certificate: " + yamlString(m_dir + QStringLiteral("/server.crt"))
            + "\n    key: " + yamlString(m_dir + QStringLiteral("/server.key")) + "\n";
    }
    if (isTokenAuth()) {
        config += "auth:\n  token:\n    realm: " + yamlString(tokenRealm())
            + "\n    service: " + yamlString(service()) + "\n    issuer: " + yamlString(issuer())
            + "\n    rootcertbundle: " + yamlString(caFile()) + "\n";
    } else if (hasAuth()) {
        config += "auth:\n  htpasswd:\n    realm: " + yamlString(service())
            + "\n    path: " + yamlString(m_dir + QStringLiteral("/htpasswd")) + "\n";
    }
    return writeTextFile(configFile(), config);
}

bool RegistryServer::startRegistry(bool mayChangePort)
{
    for (int attempt = 0; attempt < 5; ++attempt) {
        if (m_port == 0 || (mayChangePort && attempt > 0)) {
            m_port = freeLoopbackPort();
        }
        if (m_port == 0) {
            ADD_FAILURE() << "no free port on 127.0.0.1";
            return false;
        }
        if (!writeConfig()) {
            return false;
        }
        const qint64 logStart = QFileInfo(registryLog()).size();
        QString program = m_registryBinary;
        QStringList args {QStringLiteral("serve"), configFile()};
        if (m_fileSizeLimit > 0) {
            // prlimit sets the limit on itself and execs the registry: same pid, same group.
            args.prepend(m_registryBinary);
            args.prepend(QStringLiteral("--fsize=%1").arg(m_fileSizeLimit));
            program = m_prlimitBinary;
        }
        guardChild(m_registry);
        m_registry.setProcessEnvironment(toolEnvironment());
        m_registry.setProcessChannelMode(QProcess::MergedChannels);
        m_registry.setStandardOutputFile(registryLog(), QIODevice::Append);
        m_registry.setStandardInputFile(QProcess::nullDevice());
        m_registry.start(program, args);
        if (!m_registry.waitForStarted(10000)) {
            ADD_FAILURE() << "cannot start " << commandLine(program, args) << ": "
                          << m_registry.errorString().toStdString();
            return false;
        }
        waitUntil(
            [&] {
                return m_registry.state() == QProcess::NotRunning
                    || listensOnLoopback(m_registry.processId(), m_port);
            },
            15000);
        if (isRunning()) {
            return true;
        }
        killChild(m_registry);
        QFile log(registryLog());
        QByteArray output;
        if (log.open(QIODevice::ReadOnly) && log.seek(logStart)) {
            output = log.readAll();
        }
        if (mayChangePort && output.contains("address already in use")) {
            continue; // someone took the port between freeLoopbackPort() and the registry's bind
        }
        ADD_FAILURE() << commandLine(program, args) << " did not start listening on "
                      << address().toStdString() << ":\n"
                      << output.right(8000).toStdString();
        return false;
    }
    ADD_FAILURE() << "docker-registry found no free port after 5 attempts";
    return false;
}

} // namespace DceUpgrade::Test
