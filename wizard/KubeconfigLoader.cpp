#include "KubeconfigLoader.h"

#include "util/Error.h"

#include <QFutureWatcher>
#include <QPromise>
#include <QThreadPool>

#include <exception>
#include <memory>
#include <optional>

namespace DceUpgrade::Wizard {

struct KubeconfigLoader::Result
{
    std::optional<Kubeconfig> kubeconfig;
    QString code = QStringLiteral("kubeconfig.invalid");
    QString message;
    QString hint;
};

KubeconfigLoader::Result KubeconfigLoader::read(const QStringList &files)
{
    Result result;
    try {
        result.kubeconfig = Kubeconfig::read(files);
    } catch (const Error &error) {
        result.code = error.code();
        result.message = error.message();
        result.hint = error.hint();
    } catch (const std::exception &error) {
        result.message
            = tr("The kubeconfig could not be read: %1").arg(QString::fromLocal8Bit(error.what()));
    } catch (...) {
        result.message = tr("The kubeconfig could not be read.");
    }
    return result;
}

KubeconfigLoader::KubeconfigLoader(QObject *parent)
    : QObject(parent)
    , m_watcher(new QFutureWatcher<Result>(this))
{
    connect(m_watcher, &QFutureWatcherBase::finished, this, &KubeconfigLoader::finish);
}

KubeconfigLoader::~KubeconfigLoader() = default;

void KubeconfigLoader::start(const QString &path)
{
    m_busy = true;
    // Resolved here, on the GUI thread: the environment is read once, where it is safe to.
    const QStringList files = Kubeconfig::filesFor(path, QProcessEnvironment::systemEnvironment());
    // QPromise is move-only and QThreadPool::start() wants a copyable callable.
    auto promise = std::make_shared<QPromise<Result>>();
    m_watcher->setFuture(promise->future());
    promise->start();
    QThreadPool::globalInstance()->start([promise, files] {
        promise->addResult(read(files));
        promise->finish();
    });
}

void KubeconfigLoader::finish()
{
    m_busy = false;
    const QFuture<Result> future = m_watcher->future();
    if (future.resultCount() == 0) {
        emit failed(
            QStringLiteral("kubeconfig.invalid"), tr("The kubeconfig could not be read."), {});
        return;
    }
    const Result result = future.result();
    if (result.kubeconfig) {
        emit loaded(*result.kubeconfig);
    } else {
        emit failed(result.code, result.message, result.hint);
    }
}

} // namespace DceUpgrade::Wizard
