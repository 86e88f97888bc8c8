#include "PackageLoader.h"

#include "util/Error.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QPromise>
#include <QThreadPool>

#include <exception>
#include <utility>

namespace DceUpgrade::Wizard {

struct PackageLoader::Result
{
    std::shared_ptr<const Package> package;
    QString code;
    QString message;
    QString hint;
};

PackageLoader::Result PackageLoader::read(const QString &path)
{
    Result result;
    try {
        result.package = std::make_shared<const Package>(PackageReader::open(path));
    } catch (const Error &error) {
        result.code = error.code();
        result.message = error.message();
        result.hint = error.hint();
    } catch (const std::exception &error) {
        // Not an engine Error (out of memory, a bug): still a message on the page, not a crash.
        result.code = QStringLiteral("internal");
        result.message
            = tr("The package could not be read: %1").arg(QString::fromLocal8Bit(error.what()));
    } catch (...) {
        result.code = QStringLiteral("internal");
        result.message = tr("The package could not be read.");
    }
    return result;
}

PackageLoader::PackageLoader(QObject *parent)
    : QObject(parent)
    , m_watcher(new QFutureWatcher<Result>(this))
{
    connect(m_watcher, &QFutureWatcherBase::finished, this, &PackageLoader::finish);
}

PackageLoader::~PackageLoader() = default;

void PackageLoader::start(const QString &path)
{
    m_path = path;
    m_busy = true;
    // QPromise is move-only and QThreadPool::start() wants a copyable callable.
    auto promise = std::make_shared<QPromise<Result>>();
    m_watcher->setFuture(promise->future());
    promise->start();
    QThreadPool::globalInstance()->start([promise, path] {
        promise->addResult(read(path));
        promise->finish();
    });
}

bool PackageLoader::isBusy() const
{
    // Not the future's state: it is finished on the pool thread before finish() runs here.
    return m_busy;
}

void PackageLoader::finish()
{
    m_busy = false;
    const QFuture<Result> future = m_watcher->future();
    if (future.resultCount() == 0) {
        emit failed(m_path, QStringLiteral("internal"), tr("The package could not be read."), {});
        return;
    }
    const Result result = future.result();
    if (result.package) {
        emit loaded(m_path, result.package);
    } else {
        emit failed(m_path, result.code, result.message, result.hint);
    }
}

} // namespace DceUpgrade::Wizard
