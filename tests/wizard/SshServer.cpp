#include "SshServer.h"

#include "ChildProcess.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

#include <gtest/gtest.h>

#include <pwd.h>
#include <unistd.h>

namespace DceUpgrade::Wizard::Test {

namespace {

using DceUpgrade::Test::ProcessResult;

QString sshd()
{
    return QStandardPaths::findExecutable(
        QStringLiteral("sshd"), {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")});
}

} // namespace

SshServer::SshServer(QByteArray extraConfig)
    : m_extraConfig(std::move(extraConfig))
{
    m_tmp.setAutoRemove(qEnvironmentVariableIsEmpty("DCE_TEST_KEEP_TMP"));
    m_dir = m_tmp.path();
    if (!m_tmp.isValid()) {
        ADD_FAILURE() << "cannot create a temporary directory for sshd";
        return;
    }
    if (prepare()) {
        start();
    }
}

SshServer::~SshServer()
{
    DceUpgrade::Test::killChild(m_sshd);
}

QString SshServer::user()
{
    const passwd *entry = ::getpwuid(::getuid());
    return entry ? QString::fromLocal8Bit(entry->pw_name) : QString();
}

QString SshServer::path(const QString &name) const
{
    return m_dir + QLatin1Char('/') + name;
}

QString SshServer::identityFile() const
{
    return path(QStringLiteral("userkey"));
}

QString SshServer::otherIdentityFile() const
{
    return path(QStringLiteral("otherkey"));
}

QString SshServer::knownHostsFile() const
{
    return path(QStringLiteral("known_hosts"));
}

QString SshServer::changedKnownHostsFile() const
{
    return path(QStringLiteral("known_hosts.changed"));
}

QString SshServer::emptyKnownHostsFile() const
{
    return path(QStringLiteral("known_hosts.empty"));
}

SshNode SshServer::node(const QString &identityFile) const
{
    SshNode node;
    node.host = QStringLiteral("127.0.0.1");
    node.user = user();
    node.port = m_port;
    node.identityFile = identityFile;
    return node;
}

QStringList SshServer::clientOptions(const QString &knownHosts)
{
    return {QStringLiteral("-F"), QStringLiteral("/dev/null"), QStringLiteral("-o"),
        QStringLiteral("UserKnownHostsFile=") + knownHosts, QStringLiteral("-o"),
        QStringLiteral("GlobalKnownHostsFile=/dev/null")};
}

QString SshServer::log() const
{
    return QString::fromUtf8(DceUpgrade::Test::readWholeFile(path(QStringLiteral("sshd.log"))));
}

bool SshServer::isRunning() const
{
    return m_sshd.state() == QProcess::Running
        && DceUpgrade::Test::listensOnLoopback(m_sshd.processId(), m_port);
}

bool SshServer::prepare()
{
    if (sshd().isEmpty()) {
        ADD_FAILURE() << "sshd is not installed: apt-get install openssh-server "
                         "(scripts/install-deps.sh test)";
        return false;
    }
    const QString keygen = QStandardPaths::findExecutable(QStringLiteral("ssh-keygen"));
    if (keygen.isEmpty()) {
        ADD_FAILURE() << "ssh-keygen is not installed: apt-get install openssh-client";
        return false;
    }
    // sshd's privilege separation directory; it refuses to start without it.
    if (!QDir().mkpath(QStringLiteral("/run/sshd"))) {
        ADD_FAILURE() << "cannot create /run/sshd (the wizard's ssh tests run as root)";
        return false;
    }
    for (const char *name : {"hostkey", "otherhostkey", "userkey", "otherkey"}) {
        const ProcessResult made = DceUpgrade::Test::runProcess(keygen,
            {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                QStringLiteral("-N"), QString(), QStringLiteral("-C"), QString::fromLatin1(name),
                QStringLiteral("-f"), path(QString::fromLatin1(name))},
            QProcessEnvironment::systemEnvironment(), {}, 30000);
        if (!made.ok()) {
            ADD_FAILURE() << "ssh-keygen " << name << ": " << made.describe();
            return false;
        }
    }
    return true;
}

bool SshServer::start()
{
    const QByteArray hostKey
        = DceUpgrade::Test::readWholeFile(path(QStringLiteral("hostkey.pub"))).trimmed();
    const QByteArray otherHostKey
        = DceUpgrade::Test::readWholeFile(path(QStringLiteral("otherhostkey.pub"))).trimmed();
    // Another process may take the free port before sshd binds it: then try another one.
    for (int attempt = 0; attempt < 5; ++attempt) {
        m_port = DceUpgrade::Test::freeLoopbackPort();
        const QByteArray config = "Port " + QByteArray::number(m_port)
            + "\nListenAddress 127.0.0.1\nListenAddress 127.0.0.2\nHostKey "
            + path(QStringLiteral("hostkey")).toUtf8() + "\nPidFile "
            + path(QStringLiteral("sshd.pid")).toUtf8() + "\nAuthorizedKeysFile "
            + path(QStringLiteral("userkey.pub")).toUtf8()
            + "\nStrictModes no\nPasswordAuthentication no\nKbdInteractiveAuthentication no\n"
              "UsePAM no\nPermitRootLogin prohibit-password\n"
            + m_extraConfig;
        const QByteArray port = QByteArray::number(m_port);
        const QByteArray name = "[127.0.0.1]:" + port + ",[127.0.0.2]:" + port + ' ';
        if (!DceUpgrade::Test::writeTextFile(path(QStringLiteral("sshd_config")), config)
            || !DceUpgrade::Test::writeTextFile(knownHostsFile(), name + hostKey + '\n')
            || !DceUpgrade::Test::writeTextFile(changedKnownHostsFile(), name + otherHostKey + '\n')
            || !DceUpgrade::Test::writeTextFile(emptyKnownHostsFile(), {})) {
            return false;
        }
        DceUpgrade::Test::guardChild(m_sshd);
        m_sshd.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        // -D: in the foreground, so the fixture owns the process; -e is not used: -E logs.
        m_sshd.start(sshd(),
            {QStringLiteral("-D"), QStringLiteral("-f"), path(QStringLiteral("sshd_config")),
                QStringLiteral("-E"), path(QStringLiteral("sshd.log"))});
        if (!m_sshd.waitForStarted(10000)) {
            ADD_FAILURE() << "sshd did not start: " << m_sshd.errorString().toStdString();
            return false;
        }
        if (DceUpgrade::Test::waitUntil([this] { return isRunning(); }, 10000)) {
            return true;
        }
        DceUpgrade::Test::killChild(m_sshd);
    }
    ADD_FAILURE() << "sshd did not listen on a free port; its log:\n" << log().toStdString();
    return false;
}

} // namespace DceUpgrade::Wizard::Test
