#pragma once

#include <QFileDevice>
#include <QJsonObject>
#include <QString>
#include <QTemporaryDir>

namespace DceUpgrade::Test {

// A bundle made by tests/fixtures/mkbundle.py in the test's own temporary directory, with the
// generator's independent description of what a correct reader must find.
struct GeneratedBundle
{
    QString path;
    QJsonObject expect;
};

class Fixtures
{
public:
    Fixtures();
    const QString &dir() const { return m_dirPath; }

    // Runs mkbundle.py KIND <dir>/<fileName>; fails the test (ADD_FAILURE) when it cannot.
    GeneratedBundle make(
        const QString &kind, const QString &fileName = {}, const QStringList &extra = {});

    // Writes `text` to <dir>/<name> and returns the path.
    QString writeFile(const QString &name, const QByteArray &text);

    // Runs the built dce-upgrade with `arguments`; stdin from `input`.
    struct CliResult
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    static CliResult runCli(const QStringList &arguments, const QByteArray &input = {});

private:
    QTemporaryDir m_dir;
    QString m_dirPath;
};

// The owner/group/other bits of a file (QFileInfo adds the "User" ones of the current user):
// what `ls -l` shows, for checks such as "0600" or "0700".
QFileDevice::Permissions unixPermissions(const QString &path);

// XDG_STATE_HOME points at a fresh temporary directory while the object lives, so the sessions
// a test makes land there and nothing touches the user's own state directory.
class ScopedStateHome
{
public:
    ScopedStateHome();
    ~ScopedStateHome();
    ScopedStateHome(const ScopedStateHome &) = delete;
    ScopedStateHome &operator=(const ScopedStateHome &) = delete;

    bool isValid() const { return m_dir.isValid(); }
    QString path() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    QByteArray m_saved;
    bool m_wasSet = false;
};

} // namespace DceUpgrade::Test
