#pragma once

#include "RegistryClient.h"

#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>

namespace DceUpgrade {

// Looks up image references in the plan's registry with the engine's own client (a ping to learn
// how the registry authenticates, then one manifest HEAD per image: pull rights are enough) and
// tells which are missing. Used after anything that should have put images there: before
// `helm upgrade` (images.check) and after charts-syncer (images.sync), so both judge "is it in
// the registry" the same way.
//
// Asynchronous on the caller's thread; `done` runs exactly once: with a failure when the
// registry could not be asked (unreachable, wrong password...; "canceled" after abort()), else
// with what was found. References must name the registry of `target`.
class RegistryImageCheck final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegistryImageCheck)

public:
    struct Outcome
    {
        int found = 0;
        QStringList missing; // in the order given
    };
    using Done = std::function<void(const Outcome &, const RegistryClient::Failure &)>;

    RegistryImageCheck(
        const RegistryTarget &target, const QByteArray &password, QObject *parent = nullptr);
    ~RegistryImageCheck() override;

    void start(const QStringList &references, Done done);
    void abort();

    // The references that name `registry` (host[:port]) and, in `elsewhere`, the others: this
    // host may not reach those, and they are the nodes' business.
    static QStringList inRegistry(
        const QStringList &references, const QString &registry, QStringList *elsewhere);

private:
    void next();
    void end(const RegistryClient::Failure &failure);

    std::unique_ptr<RegistryClient> m_client;
    QStringList m_pending;
    Outcome m_outcome;
    Done m_done;
};

} // namespace DceUpgrade
