#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace DceUpgrade::Test {

// A private containerd (package containerd) for one test: root, state, its gRPC socket and its
// log in a temporary directory, the CRI plugin off (no kubelet here) and the default overlayfs
// snapshotter (the native one copies every layer: ../shared/docs/test-infra.md). Started under
// guardChild(), so it never outlives the test. A node of the tests reaches it through its sshd's
// `SetEnv CONTAINERD_ADDRESS=<socket()>`: the real `ctr` reads that variable.
class ContainerdDaemon
{
public:
    ContainerdDaemon();
    ~ContainerdDaemon();
    ContainerdDaemon(const ContainerdDaemon &) = delete;
    ContainerdDaemon &operator=(const ContainerdDaemon &) = delete;

    bool start(); // ADD_FAILURE with the log when it does not answer
    void stop(); // SIGTERM, as `systemctl stop containerd` does; the socket goes away
    bool isRunning() const;
    QString socket() const;

    // `ctr -a SOCKET -n k8s.io images ls -q`, asked directly, not through the engine.
    QStringList images() const;
    QString log() const;

private:
    QTemporaryDir m_dir;
    QProcess m_process;
};

// Processes on this machine whose command line holds every one of `words` and whose
// environment holds `environmentNeedle` (a node's CONTAINERD_ADDRESS): "PID: command line".
QStringList processesMatching(const QStringList &words, const QByteArray &environmentNeedle);

} // namespace DceUpgrade::Test
