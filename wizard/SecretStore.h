#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>

namespace DceUpgrade::Wizard {

// The secrets the user typed in this run of the wizard (the registry password), by the ids the
// engine asks for (RegistryPasswordId). In memory only: never in QSettings, a QWizard field, the
// plan or a log. clear() and the destructor overwrite the bytes before they are freed, so a
// password does not linger in the heap after the wizard is done with it. GUI thread only.
class SecretStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    explicit SecretStore(QObject *parent = nullptr);
    ~SecretStore() override;

    void set(const QString &id, const QByteArray &value);
    void remove(const QString &id);
    bool contains(const QString &id) const { return m_values.contains(id); }
    QByteArray value(const QString &id) const { return m_values.value(id); }
    // The secrets a plan needs, for the engine worker's stdin; missing ones are left out.
    QHash<QString, QByteArray> values(const QStringList &ids) const;
    void clear();

signals:
    void changed(const QString &id);

private:
    static void wipe(QByteArray &value);

    QHash<QString, QByteArray> m_values;
};

} // namespace DceUpgrade::Wizard
