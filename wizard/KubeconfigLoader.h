#pragma once

#include "tools/Kubeconfig.h"

#include <QObject>
#include <QString>
#include <QStringList>

template<typename T>
class QFutureWatcher;

namespace DceUpgrade::Wizard {

// Reads the contexts of a kubeconfig (core's Kubeconfig) on a pool thread: the file may sit on a
// slow network share, and the window must not wait for it. GUI thread object.
//
// start() abandons a read still running: only the newest request reports, exactly once, with
// loaded() or failed(). The pool thread shares nothing with this object but the future, so
// destroying the loader mid-read is safe.
class KubeconfigLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KubeconfigLoader)

public:
    explicit KubeconfigLoader(QObject *parent = nullptr);
    ~KubeconfigLoader() override;

    // `path` empty: $KUBECONFIG or ~/.kube/config, as helm would read them.
    void start(const QString &path);
    bool isBusy() const { return m_busy; }

signals:
    void loaded(const DceUpgrade::Kubeconfig &kubeconfig);
    // `code`: the Error's stable code ("kubeconfig.missing"); message and hint are translated.
    void failed(const QString &code, const QString &message, const QString &hint);

private:
    struct Result;

    // Runs on a pool thread: touches nothing but its argument.
    static Result read(const QStringList &files);
    void finish();

    QFutureWatcher<Result> *m_watcher = nullptr;
    bool m_busy = false;
};

} // namespace DceUpgrade::Wizard
