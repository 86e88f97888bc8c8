#include "RegistryImageCheck.h"

#include "bundle/ImageReference.h"

namespace DceUpgrade {

RegistryImageCheck::RegistryImageCheck(
    const RegistryTarget &target, const QByteArray &password, QObject *parent)
    : QObject(parent)
    , m_client(std::make_unique<RegistryClient>(target, password))
{ }

RegistryImageCheck::~RegistryImageCheck() = default;

void RegistryImageCheck::start(const QStringList &references, Done done)
{
    m_pending = references;
    m_outcome = {};
    m_done = std::move(done);
    // The ping first: it learns how the registry authenticates (Basic or tokens).
    m_client->ping([this](const RegistryClient::Failure &failure) {
        if (failure) {
            end(failure);
            return;
        }
        next();
    });
}

QStringList RegistryImageCheck::inRegistry(
    const QStringList &references, const QString &registry, QStringList *elsewhere)
{
    QStringList inside;
    for (const QString &reference : references) {
        if (ImageReference::parse(reference).registry() == registry) {
            inside.append(reference);
        } else if (elsewhere) {
            elsewhere->append(reference);
        }
    }
    return inside;
}

void RegistryImageCheck::abort()
{
    // Every pending callback runs once more with "canceled", which ends the check.
    m_client->abortAll();
}

void RegistryImageCheck::next()
{
    if (m_pending.isEmpty()) {
        end(std::nullopt);
        return;
    }
    const QString image = m_pending.takeFirst();
    const ImageReference reference = ImageReference::parse(image);
    const QString wanted = reference.digest().isEmpty() ? reference.tag() : reference.digest();
    m_client->manifestDigest(reference.repository(), wanted,
        [this, image](const QString &digest, const RegistryClient::Failure &failure) {
            if (failure) {
                end(failure);
                return;
            }
            if (digest.isEmpty()) {
                m_outcome.missing.append(image);
            } else {
                ++m_outcome.found;
            }
            next();
        });
}

void RegistryImageCheck::end(const RegistryClient::Failure &failure)
{
    if (!m_done) {
        return;
    }
    // Moved out first: `done` may delete this object.
    const Done done = std::move(m_done);
    const Outcome outcome = m_outcome;
    m_done = nullptr;
    done(outcome, failure);
}

} // namespace DceUpgrade
