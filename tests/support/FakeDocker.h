#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace DceUpgrade {
struct Package;
}

namespace DceUpgrade::Test {

// The FAKE docker (tests/support/fake-tools/fake-docker; no Docker daemon can run here) installed
// for one test: a bin directory with `docker` linked to the fake and the fake's state directory
// beside it, where the fake finds it without any environment variable. The test says what the
// fake must accept (the login, the images.tar streams) and reads back what it was asked to do.
class FakeDocker
{
public:
    FakeDocker();

    bool isValid() const { return m_valid; }
    QString binDir() const { return m_bin.path(); } // first on PATH: `docker` is the fake
    QString program() const; // <bin>/docker
    QString stateDir() const;

    // Writes a state file of the fake (mode, daemon.json, load-pause, push-fail...: its header
    // comment lists them).
    void write(const QString &name, const QByteArray &content) const;
    // `docker login` must get this user and password (on stdin).
    void expectLogin(const QString &user, const QByteArray &password) const;
    // `docker load` must get the bytes of one of the package's images.tar members.
    void expectImagesOf(const Package &package) const;

    QList<QJsonObject> calls() const; // every call, as it started: argv, pid, dockerConfig
    QList<QJsonObject> events() const; // outcomes: login, load, tag, push
    QList<QStringList> callsOf(const QString &command) const; // argv of each `docker COMMAND`
    QStringList tagged() const; // the target of every `docker tag` that succeeded
    // Calls whose process is still alive (none may be after a cancel).
    QList<qint64> stillRunning() const;

private:
    QTemporaryDir m_bin;
    bool m_valid = false;
};

} // namespace DceUpgrade::Test
