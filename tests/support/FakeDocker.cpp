#include "FakeDocker.h"

#include "bundle/PackageReader.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace DceUpgrade::Test {

namespace {

QList<QJsonObject> jsonLines(const QString &path)
{
    QList<QJsonObject> lines;
    QFile file(path);
    if (file.open(QIODevice::ReadOnly)) {
        while (!file.atEnd()) {
            const QJsonObject line = QJsonDocument::fromJson(file.readLine()).object();
            if (!line.isEmpty()) {
                lines.append(line);
            }
        }
    }
    return lines;
}

} // namespace

FakeDocker::FakeDocker()
{
    m_valid = m_bin.isValid()
        && QFile::link(
            QStringLiteral(DCE_TEST_SOURCE_DIR "/tests/support/fake-tools/fake-docker"), program())
        && QDir().mkpath(stateDir());
}

QString FakeDocker::program() const
{
    return m_bin.filePath(QStringLiteral("docker"));
}

QString FakeDocker::stateDir() const
{
    return m_bin.filePath(QStringLiteral("fake-docker-state"));
}

void FakeDocker::write(const QString &name, const QByteArray &content) const
{
    QFile file(stateDir() + QLatin1Char('/') + name);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        file.write(content);
    }
}

void FakeDocker::expectLogin(const QString &user, const QByteArray &password) const
{
    write(QStringLiteral("expected-user"), user.toUtf8());
    write(QStringLiteral("expected-password"), password);
}

void FakeDocker::expectImagesOf(const Package &package) const
{
    QByteArray sums;
    for (const auto &bundle : package.bundles) {
        const FileRange images
            = package.member(bundle->memberChain + QStringList {QStringLiteral("images.tar")});
        QCryptographicHash hash(QCryptographicHash::Sha256);
        QByteArray chunk(1 << 20, Qt::Uninitialized);
        for (qint64 at = 0; at < images.size();) {
            const qint64 n = images.read(at, chunk.data(), chunk.size());
            if (n <= 0) {
                break;
            }
            hash.addData(QByteArrayView(chunk.constData(), n));
            at += n;
        }
        sums += hash.result().toHex() + '\n';
    }
    write(QStringLiteral("expected-load.sha256"), sums);
}

QList<QJsonObject> FakeDocker::calls() const
{
    return jsonLines(stateDir() + QLatin1String("/calls.jsonl"));
}

QList<QJsonObject> FakeDocker::events() const
{
    return jsonLines(stateDir() + QLatin1String("/events.jsonl"));
}

QList<QStringList> FakeDocker::callsOf(const QString &command) const
{
    QList<QStringList> found;
    for (const QJsonObject &call : calls()) {
        const QStringList argv = call.value(QLatin1String("argv")).toVariant().toStringList();
        if (argv.value(0) == command) {
            found.append(argv);
        }
    }
    return found;
}

QStringList FakeDocker::tagged() const
{
    QStringList targets;
    for (const QJsonObject &event : events()) {
        if (event.value(QLatin1String("event")) == QLatin1String("tag")) {
            targets.append(event.value(QLatin1String("target")).toString());
        }
    }
    return targets;
}

QList<qint64> FakeDocker::stillRunning() const
{
    QList<qint64> alive;
    for (const QJsonObject &call : calls()) {
        const qint64 pid = call.value(QLatin1String("pid")).toInteger();
        // A reused pid would have another command line: only this fake counts.
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (cmdline.open(QIODevice::ReadOnly)
            && cmdline.readAll().contains(QFile::encodeName(program()))) {
            alive.append(pid);
        }
    }
    return alive;
}

} // namespace DceUpgrade::Test
