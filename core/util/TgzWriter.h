#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>

struct archive;

namespace DceUpgrade {

// Writes a gzip tar in memory, as helm package does for a chart: regular files only, mode 0644,
// one modification time (now) for every file, pax headers only where ustar cannot hold a name.
// Throws Error (chart.package) when libarchive fails, naming `displayName`.
class TgzWriter final
{
    Q_DECLARE_TR_FUNCTIONS(DceUpgrade::TgzWriter)
    Q_DISABLE_COPY_MOVE(TgzWriter)

public:
    explicit TgzWriter(const QString &displayName);

    void add(const QString &path, const QByteArray &data);
    // The archive's bytes; nothing may be added afterwards.
    QByteArray finish();

private:
    [[noreturn]] void fail();

    std::unique_ptr<struct archive, int (*)(struct archive *)> m_archive;
    QString m_displayName;
    QByteArray m_out;
    qint64 m_mtime = 0;
};

} // namespace DceUpgrade
