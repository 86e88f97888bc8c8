#include "FileRangeCopier.h"
#include "util/SystemError.h"

#include <QCoreApplication>
#include <QFile>

#include <vector>

namespace DceUpgrade {

namespace {

struct Copy
{
    Q_DECLARE_TR_FUNCTIONS(DceUpgrade::FileRangeCopier)

public:
    static Error writeFailed(const QString &target, const QString &why)
    {
        return Error(QStringLiteral("session.io"), tr("Cannot write %1: %2").arg(target, why),
            tr("Check the free space of the disk where the session is kept."));
    }
};

} // namespace

FileRangeCopier::FileRangeCopier(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<std::optional<DceUpgrade::Error>>();
}

FileRangeCopier::~FileRangeCopier()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
    }
}

void FileRangeCopier::start(const FileRange &range, const QString &target)
{
    m_cancel = false;
    m_thread.reset(QThread::create([this, range, target] {
        std::optional<Error> failure;
        QFile out(target);
        bool created = false;
        try {
            if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
                throw Copy::writeFailed(target, SystemError::of(out));
            }
            created = true;
            if (!out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
                throw Copy::writeFailed(target, SystemError::of(out));
            }
            std::vector<char> buffer(static_cast<std::size_t>(ChunkSize));
            qint64 done = 0;
            while (done < range.size()) {
                if (m_cancel) {
                    throw Error(QStringLiteral("canceled"), QString());
                }
                const qint64 read = range.read(done, buffer.data(), ChunkSize);
                if (read <= 0) {
                    throw Copy::writeFailed(target, Copy::tr("the package ends too early"));
                }
                if (out.write(buffer.data(), read) != read) {
                    throw Copy::writeFailed(target, SystemError::of(out));
                }
                done += read;
                QMetaObject::invokeMethod(
                    this, [this, done, total = range.size()] { emit progress(done, total); });
            }
            if (!out.flush()) {
                throw Copy::writeFailed(target, SystemError::of(out));
            }
            out.close();
        } catch (const Error &error) {
            failure = error;
        }
        // A cancel that came after the last chunk still leaves nothing behind: the caller wants
        // no file.
        if (!failure && m_cancel) {
            failure = Error(QStringLiteral("canceled"), QString());
        }
        if (failure && created) {
            out.close();
            QFile::remove(target);
        }
        QMetaObject::invokeMethod(this, [this, failure] { emit finished(failure); });
    }));
    m_thread->start();
}

} // namespace DceUpgrade
