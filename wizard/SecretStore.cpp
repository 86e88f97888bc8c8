#include "SecretStore.h"

namespace DceUpgrade::Wizard {

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
{ }

SecretStore::~SecretStore()
{
    clear();
}

void SecretStore::wipe(QByteArray &value)
{
    if (!value.isEmpty() && !value.isDetached()) {
        // Someone still shares these bytes (a worker's stdin buffer being written): dropping our
        // reference is all we can do without corrupting theirs.
        value.clear();
        return;
    }
    // volatile: the compiler must not drop the writes as dead stores before the free.
    volatile char *bytes = value.data();
    for (qsizetype i = 0; i < value.size(); ++i) {
        bytes[i] = 0;
    }
    value.clear();
}

void SecretStore::set(const QString &id, const QByteArray &value)
{
    auto it = m_values.find(id);
    if (it != m_values.end()) {
        if (*it == value) {
            return;
        }
        wipe(*it);
    }
    m_values.insert(id, value);
    emit changed(id);
}

void SecretStore::remove(const QString &id)
{
    auto it = m_values.find(id);
    if (it == m_values.end()) {
        return;
    }
    wipe(*it);
    m_values.erase(it);
    emit changed(id);
}

QHash<QString, QByteArray> SecretStore::values(const QStringList &ids) const
{
    QHash<QString, QByteArray> wanted;
    for (const QString &id : ids) {
        if (m_values.contains(id)) {
            wanted.insert(id, m_values.value(id));
        }
    }
    return wanted;
}

void SecretStore::clear()
{
    for (auto it = m_values.begin(); it != m_values.end(); ++it) {
        wipe(*it);
    }
    m_values.clear();
}

} // namespace DceUpgrade::Wizard
