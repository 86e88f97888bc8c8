#include "TgzWriter.h"

#include "Error.h"

#include <archive.h>
#include <archive_entry.h>

#include <QDateTime>

#include <memory>

namespace DceUpgrade {

namespace {

la_ssize_t appendTo(struct archive *, void *out, const void *buffer, size_t length)
{
    static_cast<QByteArray *>(out)->append(static_cast<const char *>(buffer), qsizetype(length));
    return la_ssize_t(length);
}

} // namespace

TgzWriter::TgzWriter(const QString &displayName)
    : m_archive(archive_write_new(), archive_write_free)
    , m_displayName(displayName)
    , m_mtime(QDateTime::currentSecsSinceEpoch())
{
    archive_write_add_filter_gzip(m_archive.get());
    archive_write_set_format_pax_restricted(m_archive.get());
    archive_write_set_bytes_in_last_block(m_archive.get(), 1);
    if (archive_write_open(m_archive.get(), &m_out, nullptr, &appendTo, nullptr) != ARCHIVE_OK) {
        fail();
    }
}

void TgzWriter::add(const QString &path, const QByteArray &data)
{
    std::unique_ptr<struct archive_entry, decltype(&archive_entry_free)> entry(
        archive_entry_new(), archive_entry_free);
    const QByteArray name = path.toUtf8();
    archive_entry_set_pathname(entry.get(), name.constData());
    archive_entry_set_filetype(entry.get(), AE_IFREG);
    archive_entry_set_perm(entry.get(), 0644);
    archive_entry_set_size(entry.get(), data.size());
    archive_entry_set_mtime(entry.get(), m_mtime, 0);
    if (archive_write_header(m_archive.get(), entry.get()) != ARCHIVE_OK
        || (data.size() > 0
            && archive_write_data(m_archive.get(), data.constData(), size_t(data.size()))
                != data.size())) {
        fail();
    }
}

QByteArray TgzWriter::finish()
{
    if (archive_write_close(m_archive.get()) != ARCHIVE_OK) {
        fail();
    }
    return m_out;
}

void TgzWriter::fail()
{
    throw Error(QStringLiteral("chart.package"),
        tr("Could not package the relocated chart %1: %2.")
            .arg(m_displayName, QString::fromUtf8(archive_error_string(m_archive.get()))),
        tr("This is a bug in dce-upgrade; report it with the log."));
}

} // namespace DceUpgrade
