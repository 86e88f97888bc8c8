#include "Session.h"

#include "util/Error.h"
#include "util/SystemError.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace DceUpgrade {

namespace {

constexpr int StateVersion = 1;

[[noreturn]] void ioError(const QString &path, const QString &what)
{
    throw Error(QStringLiteral("session.io"), Session::tr("Cannot write %1: %2").arg(path, what),
        Session::tr("Check that the disk is not full and that you own the directory."));
}

void makePrivateDir(const QString &path)
{
    if (!QDir().mkpath(path)) {
        ioError(path, Session::tr("the directory cannot be created"));
    }
    // Backups hold the release's values, which may hold passwords: only the user may look.
    if (::chmod(QFile::encodeName(path).constData(), 0700) != 0) {
        ioError(path, SystemError::text(errno));
    }
}

} // namespace

QString Session::sessionsRoot()
{
    QString state = qEnvironmentVariable("XDG_STATE_HOME");
    if (state.isEmpty() || !QDir::isAbsolutePath(state)) {
        state = QDir::homePath() + QLatin1String("/.local/state");
    }
    return state + QLatin1String("/dce-upgrade/sessions");
}

Session Session::create(const QString &module, const QByteArray &planYaml)
{
    Session session;
    const QDateTime now = QDateTime::currentDateTime();
    session.m_stamp = now.toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString root = sessionsRoot();
    makePrivateDir(root);
    QString dir = root + QLatin1Char('/') + module + QLatin1Char('-') + session.m_stamp;
    for (int n = 2; QFileInfo::exists(dir); ++n) {
        dir = root + QLatin1Char('/') + module + QLatin1Char('-') + session.m_stamp
            + QLatin1Char('-') + QString::number(n);
    }
    session.m_dir = dir;
    makePrivateDir(dir);
    makePrivateDir(session.path(QStringLiteral("logs")));
    makePrivateDir(session.path(QStringLiteral("values")));
    writePrivateFile(session.planPath(), planYaml, false);
    session.m_state = QJsonObject {{QStringLiteral("v"), StateVersion},
        {QStringLiteral("stamp"), session.m_stamp},
        {QStringLiteral("created"), now.toString(Qt::ISODate)},
        {QStringLiteral("steps"), QJsonObject()}, {QStringLiteral("facts"), QJsonObject()}};
    session.save();
    return session;
}

Session Session::open(const QString &nameOrPath)
{
    Session session;
    session.m_dir = nameOrPath.contains(QLatin1Char('/'))
        ? QFileInfo(nameOrPath).absoluteFilePath()
        : sessionsRoot() + QLatin1Char('/') + nameOrPath;
    if (!QFileInfo::exists(session.path(QStringLiteral("state.json")))) {
        throw Error(QStringLiteral("session.not-found"),
            tr("No upgrade session at %1.").arg(session.m_dir),
            tr("Give the session name printed when the run started, or its directory under %1.")
                .arg(sessionsRoot()));
    }
    session.load();
    return session;
}

QString Session::name() const
{
    return QFileInfo(m_dir).fileName();
}

void Session::load()
{
    QFile file(path(QStringLiteral("state.json")));
    QJsonParseError parseError;
    const QJsonDocument document = file.open(QIODevice::ReadOnly)
        ? QJsonDocument::fromJson(file.readAll(), &parseError)
        : QJsonDocument();
    m_state = document.object();
    m_stamp = m_state.value(QStringLiteral("stamp")).toString();
    if (m_state.value(QStringLiteral("v")).toInt() != StateVersion || m_stamp.isEmpty()) {
        throw Error(QStringLiteral("session.invalid"),
            tr("%1 is not a session state this version understands.").arg(file.fileName()),
            tr("Start a new run; the old session directory is kept as it is."));
    }
}

bool Session::isDone(const QString &stepId) const
{
    const QString state = m_state.value(QStringLiteral("steps"))
                              .toObject()
                              .value(stepId)
                              .toObject()
                              .value(QStringLiteral("state"))
                              .toString();
    return state == QLatin1String("ok") || state == QLatin1String("skipped");
}

QJsonObject Session::fact(const QString &key) const
{
    return m_state.value(QStringLiteral("facts")).toObject().value(key).toObject();
}

void Session::setFact(const QString &key, const QJsonObject &value)
{
    QJsonObject facts = m_state.value(QStringLiteral("facts")).toObject();
    facts.insert(key, value);
    m_state.insert(QStringLiteral("facts"), facts);
    save();
}

void Session::markFinished(const QString &stepId, const QString &state, qint64 durationMs)
{
    QJsonObject steps = m_state.value(QStringLiteral("steps")).toObject();
    steps.insert(stepId,
        QJsonObject {{QStringLiteral("state"), state},
            {QStringLiteral("finished"), QDateTime::currentDateTime().toString(Qt::ISODate)},
            {QStringLiteral("durationMs"), durationMs}});
    m_state.insert(QStringLiteral("steps"), steps);
    save();
}

ReleaseFacts Session::releaseFacts(const QString &target) const
{
    return ReleaseFacts::fromJson(fact(ReleaseFacts::stateKey(target)));
}

void Session::setReleaseFacts(const QString &target, const ReleaseFacts &facts)
{
    setFact(ReleaseFacts::stateKey(target), facts.toJson());
}

QMap<QString, ReleaseFacts> Session::allReleaseFacts() const
{
    QMap<QString, ReleaseFacts> result;
    const QJsonObject facts = m_state.value(QStringLiteral("facts")).toObject();
    for (auto it = facts.begin(); it != facts.end(); ++it) {
        if (const auto target = ReleaseFacts::targetOfStateKey(it.key())) {
            result.insert(*target, ReleaseFacts::fromJson(it.value().toObject()));
        }
    }
    return result;
}

void Session::recordUpgradeStart(const QString &target)
{
    const QString key = ReleaseFacts::stateKey(target);
    ReleaseFacts facts = releaseFacts(target);
    facts.upgradeAttempted = true;
    QJsonObject all = m_state.value(QStringLiteral("facts")).toObject();
    all.insert(key, facts.toJson());
    m_state.insert(QStringLiteral("facts"), all);
    QJsonArray order = m_state.value(QStringLiteral("upgradeOrder")).toArray();
    if (!order.contains(key)) {
        order.append(key);
        m_state.insert(QStringLiteral("upgradeOrder"), order);
    }
    save();
}

QStringList Session::upgradeOrder() const
{
    QStringList targets;
    for (const QJsonValue &key : m_state.value(QStringLiteral("upgradeOrder")).toArray()) {
        if (const auto target = ReleaseFacts::targetOfStateKey(key.toString())) {
            targets.append(*target);
        }
    }
    return targets;
}

bool Session::isUnitDone(const QString &stepId, const QString &unit) const
{
    const QString state = m_state.value(QStringLiteral("units"))
                              .toObject()
                              .value(stepId)
                              .toObject()
                              .value(unit)
                              .toObject()
                              .value(QStringLiteral("state"))
                              .toString();
    return state == QLatin1String("ok");
}

void Session::markUnitFinished(const QString &stepId, const QString &unit, const QString &state)
{
    QJsonObject units = m_state.value(QStringLiteral("units")).toObject();
    QJsonObject ofStep = units.value(stepId).toObject();
    ofStep.insert(unit,
        QJsonObject {{QStringLiteral("state"), state},
            {QStringLiteral("finished"), QDateTime::currentDateTime().toString(Qt::ISODate)}});
    units.insert(stepId, ofStep);
    m_state.insert(QStringLiteral("units"), units);
    save();
}

void Session::save() const
{
    QSaveFile file(path(QStringLiteral("state.json")));
    // QSaveFile keeps the permissions of the file it replaces; the first one is made private.
    if (!file.open(QIODevice::WriteOnly)
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write(QJsonDocument(m_state).toJson(QJsonDocument::Indented)) < 0
        || !file.commit()) {
        ioError(file.fileName(), SystemError::of(file));
    }
}

void Session::writePrivateFile(const QString &path, const QByteArray &content, bool overwrite)
{
    const QByteArray name = QFile::encodeName(path);
    const int flags = O_WRONLY | O_CREAT | O_CLOEXEC | (overwrite ? O_TRUNC : O_EXCL);
    const int fd = ::open(name.constData(), flags, 0600);
    if (fd < 0) {
        if (errno == EEXIST) {
            throw Error(QStringLiteral("session.exists"),
                tr("%1 already exists and is never overwritten.").arg(path),
                tr("Keep that file; start a new session to make a new one."));
        }
        ioError(path, SystemError::text(errno));
    }
    qint64 written = 0;
    while (written < content.size()) {
        const ssize_t n
            = ::write(fd, content.constData() + written, size_t(content.size() - written));
        if (n < 0) {
            const int saved = errno;
            ::close(fd);
            ioError(path, SystemError::text(saved));
        }
        written += n;
    }
    if (::fsync(fd) != 0 || ::close(fd) != 0) {
        ioError(path, SystemError::text(errno));
    }
}

} // namespace DceUpgrade
