#pragma once

#include "bundle/PackageReader.h"

#include <QObject>
#include <QString>

#include <memory>

template<typename T>
class QFutureWatcher;

namespace DceUpgrade::Wizard {

// Reads a package with PackageReader on a pool thread, so the window stays responsive however
// slow the disk is. Lives on the GUI thread; its signals are emitted there.
//
// start() abandons a read still running: only the newest request reports, exactly once, with
// loaded() or failed(). The worker shares nothing with this object but the future's result, so
// destroying the loader mid-read is safe (the read finishes on the pool and is dropped).
class PackageLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PackageLoader)

public:
    explicit PackageLoader(QObject *parent = nullptr);
    ~PackageLoader() override;

    void start(const QString &path);
    bool isBusy() const;

signals:
    void loaded(const QString &path, std::shared_ptr<const DceUpgrade::Package> package);
    // code is the Error's stable code; message and hint are already translated.
    void failed(
        const QString &path, const QString &code, const QString &message, const QString &hint);

private:
    struct Result;

    // Runs on a pool thread: touches nothing but its argument.
    static Result read(const QString &path);
    void finish();

    QFutureWatcher<Result> *m_watcher = nullptr;
    QString m_path;
    bool m_busy = false;
};

} // namespace DceUpgrade::Wizard
