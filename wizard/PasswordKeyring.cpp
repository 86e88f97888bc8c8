#include "PasswordKeyring.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>

#include <qt6keychain/keychain.h>

#include <functional>

namespace DceUpgrade::Wizard {

namespace {

PasswordKeyring::Result resultOf(const QKeychain::Job &job)
{
    switch (job.error()) {
    case QKeychain::NoError:
        return PasswordKeyring::Result::Done;
    case QKeychain::EntryNotFound:
        return PasswordKeyring::Result::NotFound;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return PasswordKeyring::Result::Unavailable;
    default:
        return PasswordKeyring::Result::Failed;
    }
}

// Jobs delete themselves after `finished` (QtKeychain's autoDelete default) and never fall back
// to a plain-text QSettings file.
template<typename Job>
Job *newJob(QObject *parent, const QString &key)
{
    auto *job = new Job(PasswordKeyring::serviceName(), parent);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

// The D-Bus names of the keyring services QtKeychain talks to: the Secret Service (GNOME
// Keyring, KeePassXC, KWallet 5.97+) and KWallet's own.
const QStringList KeyringServices {QStringLiteral("org.freedesktop.secrets"),
    QStringLiteral("org.kde.kwalletd5"), QStringLiteral("org.kde.kwalletd6")};

// Calls `then(true)` when a keyring service runs on the session bus or can be started by it,
// `then(false)` when not (no session bus at all, or no such service). Asked because QtKeychain
// cannot tell: with its libsecret backend and an unreachable bus a read ends "entry not found".
// The bus calls are asynchronous; only the connection to the bus's local socket is made at once.
void whenServiceKnown(QObject *context, const std::function<void(bool)> &then)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        then(false);
        return;
    }
    auto *watcher = new QDBusPendingCallWatcher(
        bus.interface()->asyncCall(QStringLiteral("ListNames")), context);
    QObject::connect(watcher, &QDBusPendingCallWatcher::finished, context,
        [context, then, bus](QDBusPendingCallWatcher *names) mutable {
            names->deleteLater();
            const QDBusPendingReply<QStringList> running = *names;
            for (const QString &service : KeyringServices) {
                if (running.isValid() && running.value().contains(service)) {
                    then(true);
                    return;
                }
            }
            auto *activatable = new QDBusPendingCallWatcher(
                bus.interface()->asyncCall(QStringLiteral("ListActivatableNames")), context);
            QObject::connect(activatable, &QDBusPendingCallWatcher::finished, context,
                [then](QDBusPendingCallWatcher *call) {
                    call->deleteLater();
                    const QDBusPendingReply<QStringList> startable = *call;
                    bool found = false;
                    for (const QString &service : KeyringServices) {
                        found
                            = found || (startable.isValid() && startable.value().contains(service));
                    }
                    then(found);
                });
        });
}

} // namespace

QString PasswordKeyring::serviceName()
{
    return QStringLiteral("dce-upgrade-wizard");
}

QString PasswordKeyring::keyFor(const QString &user, const QString &registryAddress)
{
    return user + QLatin1Char('@') + registryAddress;
}

PasswordKeyring::PasswordKeyring(QObject *parent)
    : QObject(parent)
{ }

void PasswordKeyring::read(const QString &key)
{
    whenServiceKnown(this, [this, key](bool available) {
        if (available) {
            startRead(key);
        } else {
            emit readFinished(key, Result::Unavailable, QString(), QString());
        }
    });
}

void PasswordKeyring::write(const QString &key, const QString &password)
{
    whenServiceKnown(this, [this, key, password](bool available) {
        if (available) {
            startWrite(key, password);
        } else {
            emit writeFinished(key, Result::Unavailable, QString());
        }
    });
}

void PasswordKeyring::remove(const QString &key)
{
    whenServiceKnown(this, [this, key](bool available) {
        if (available) {
            startRemove(key);
        } else {
            emit removeFinished(key, Result::Unavailable, QString());
        }
    });
}

void PasswordKeyring::startRead(const QString &key)
{
    auto *job = newJob<QKeychain::ReadPasswordJob>(this, key);
    connect(job, &QKeychain::Job::finished, this, [this, key](QKeychain::Job *finished) {
        auto *reader = static_cast<QKeychain::ReadPasswordJob *>(finished);
        const Result result = resultOf(*reader);
        emit readFinished(key, result, result == Result::Done ? reader->textData() : QString(),
            reader->errorString());
    });
    job->start();
}

void PasswordKeyring::startWrite(const QString &key, const QString &password)
{
    auto *job = newJob<QKeychain::WritePasswordJob>(this, key);
    job->setTextData(password);
    connect(job, &QKeychain::Job::finished, this, [this, key](QKeychain::Job *finished) {
        emit writeFinished(key, resultOf(*finished), finished->errorString());
    });
    job->start();
}

void PasswordKeyring::startRemove(const QString &key)
{
    auto *job = newJob<QKeychain::DeletePasswordJob>(this, key);
    connect(job, &QKeychain::Job::finished, this, [this, key](QKeychain::Job *finished) {
        emit removeFinished(key, resultOf(*finished), finished->errorString());
    });
    job->start();
}

} // namespace DceUpgrade::Wizard
