#pragma once

#include <QJsonObject>
#include <QProcessEnvironment>
#include <QString>
#include <QTemporaryDir>

namespace DceUpgrade::Wizard {
class EngineClient;
class WizardSession;
} // namespace DceUpgrade::Wizard

namespace DceUpgrade::Wizard::Test {

// tests/wizard/fake-engine.py as a page's engine worker, in a temporary directory owned by one
// test: its session folder and the record of how it was started live there.
class FakeEngine final
{
public:
    // fake-engine.py's FAKE_ENGINE_MODE: ok, fail, hang, crash, unknown, refuse, flood.
    explicit FakeEngine(const QString &mode = QStringLiteral("ok"));

    // Makes `client` start the fake in this mode (environment included).
    void install(EngineClient *client) const;
    void setVariable(const QString &name, const QString &value);

    QString sessionDir() const { return m_dir.filePath(QStringLiteral("session")); }
    // What the fake was last started with: argv, planMode, planDirMode, plan, secretsOk.
    QJsonObject record() const;

    // A frozen plan with a registry user and its password in the secret store, and the fake
    // told to expect exactly that secrets line.
    void preparePlan(WizardSession &session);
    // The same with upgrade.method none, and the fake told to run the steps of such a plan.
    void prepareSyncOnlyPlan(WizardSession &session);

    // The run imports the images on two nodes (images.import, one unit per node) instead of
    // pushing them: fake-engine.py's FAKE_ENGINE_NODES. In mode fail the second node fails.
    void importOnNodes();
    static constexpr const char *FirstNode = "root@10.0.0.11:22";
    static constexpr const char *SecondNode = "root@10.0.0.12:22";

    static QString program();
    static constexpr const char *Password = "fake-s3cret";

private:
    QTemporaryDir m_dir;
    QProcessEnvironment m_environment;
};

} // namespace DceUpgrade::Wizard::Test
