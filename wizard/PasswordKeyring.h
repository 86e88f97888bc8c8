#pragma once

#include <QObject>
#include <QString>

namespace DceUpgrade::Wizard {

// The registry password in the system keyring (Secret Service: GNOME Keyring, KWallet), through
// QtKeychain. Every call is asynchronous and ends with exactly one signal carrying the key it was
// about, so a caller can drop results for a user or address that has changed since. The key is
// "<user>@<registry address>" under the service "dce-upgrade-wizard". Nothing here writes the
// password anywhere else; QtKeychain's plain-text fallback stays off.
class PasswordKeyring final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PasswordKeyring)

public:
    enum class Result {
        Done, // read: found; write/delete: done
        NotFound, // read or delete: nothing stored under the key (the keyring works)
        Unavailable, // no keyring service is running (or reachable) for this session
        Failed, // the keyring answered with an error: see the message
    };
    Q_ENUM(Result)

    static QString serviceName();
    static QString keyFor(const QString &user, const QString &registryAddress);

    explicit PasswordKeyring(QObject *parent = nullptr);

    void read(const QString &key);
    void write(const QString &key, const QString &password);
    void remove(const QString &key);

signals:
    // `password` is empty unless a read found one. `message` is QtKeychain's error text
    // (English) for Failed.
    void readFinished(const QString &key, DceUpgrade::Wizard::PasswordKeyring::Result result,
        const QString &password, const QString &message);
    void writeFinished(const QString &key, DceUpgrade::Wizard::PasswordKeyring::Result result,
        const QString &message);
    void removeFinished(const QString &key, DceUpgrade::Wizard::PasswordKeyring::Result result,
        const QString &message);

private:
    void startRead(const QString &key);
    void startWrite(const QString &key, const QString &password);
    void startRemove(const QString &key);
};

} // namespace DceUpgrade::Wizard
