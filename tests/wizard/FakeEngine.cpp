#include "FakeEngine.h"

#include "EngineClient.h"
#include "WizardSession.h"

#include <QFile>
#include <QJsonDocument>

namespace DceUpgrade::Wizard::Test {

FakeEngine::FakeEngine(const QString &mode)
    : m_environment(QProcessEnvironment::systemEnvironment())
{
    m_environment.insert(QStringLiteral("FAKE_ENGINE_MODE"), mode);
    m_environment.insert(QStringLiteral("FAKE_ENGINE_SESSION"), sessionDir());
    m_environment.insert(
        QStringLiteral("FAKE_ENGINE_RECORD"), m_dir.filePath(QStringLiteral("record.json")));
}

QString FakeEngine::program()
{
    return QStringLiteral(DCE_TEST_FAKE_ENGINE);
}

void FakeEngine::setVariable(const QString &name, const QString &value)
{
    m_environment.insert(name, value);
}

void FakeEngine::install(EngineClient *client) const
{
    client->setProgram(program());
    client->setEnvironment(m_environment);
    client->setCancelGraceMs(5000);
}

QJsonObject FakeEngine::record() const
{
    QFile file(m_dir.filePath(QStringLiteral("record.json")));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QJsonDocument::fromJson(file.readAll()).object();
}

void FakeEngine::preparePlan(WizardSession &session)
{
    session.editDraft([](UpgradePlan &plan) {
        plan.registry.address = QStringLiteral("registry.example:5000");
        plan.registry.repository = QStringLiteral("skoala");
        plan.registry.username = QStringLiteral("admin");
    });
    session.secrets().set(RegistryPasswordId, QByteArray(Password));
    session.freeze();
    setVariable(QStringLiteral("FAKE_ENGINE_SECRETS"),
        QStringLiteral("{\"%1\": \"%2\"}").arg(RegistryPasswordId, QLatin1String(Password)));
}

void FakeEngine::prepareSyncOnlyPlan(WizardSession &session)
{
    session.editDraft([](UpgradePlan &plan) { plan.upgrade.method = UpgradeMethod::None; });
    preparePlan(session);
    setVariable(QStringLiteral("FAKE_ENGINE_SYNC_ONLY"), QStringLiteral("1"));
}

void FakeEngine::importOnNodes()
{
    setVariable(QStringLiteral("FAKE_ENGINE_NODES"), QStringLiteral("1"));
}

} // namespace DceUpgrade::Wizard::Test
