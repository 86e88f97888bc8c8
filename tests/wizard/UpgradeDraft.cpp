#include "UpgradeDraft.h"

#include "StandinCluster.h"

#include <QDir>
#include <QFile>

namespace DceUpgrade::Wizard::Test {

bool UpgradeDraft::readPackage(WizardHarness &harness, const QString &path)
{
    if (!harness.goTo(PageId::Bundle)) {
        ADD_FAILURE() << "the wizard does not reach the Package page";
        return false;
    }
    harness.enterPackagePath(path);
    return WizardHarness::waitUntil([&] { return harness.session().hasPackage(); });
}

void UpgradeDraft::fillRegistryAndSync(WizardSession &session, const QString &chartRepoUrl,
    const QString &user, const QByteArray &password)
{
    session.editDraft([&](UpgradePlan &plan) {
        plan.registry.address = Registry;
        plan.registry.scheme = QStringLiteral("https");
        plan.registry.repository = QStringLiteral("release.daocloud.io/skoala");
        plan.registry.username = user;
        plan.sync.method = SyncMethod::BuiltIn;
        plan.sync.chartTarget = ChartTarget::Harbor;
        plan.sync.chartRepoUrl = chartRepoUrl;
    });
    if (!password.isEmpty()) {
        session.secrets().set(RegistryPasswordId, password);
    }
}

QString UpgradeDraft::writeKubeconfig(
    const QString &dir, const QStringList &contexts, const QString &server)
{
    QByteArray yaml = "apiVersion: v1\nkind: Config\nclusters:\n";
    for (const QString &context : contexts) {
        yaml += "- name: " + context.toUtf8() + "\n  cluster:\n    server: " + server.toUtf8()
            + "\n";
    }
    yaml += "users:\n- name: admin\n  user:\n    token: test-token\ncontexts:\n";
    for (const QString &context : contexts) {
        yaml += "- name: " + context.toUtf8() + "\n  context:\n    cluster: " + context.toUtf8()
            + "\n    user: admin\n";
    }
    if (!contexts.isEmpty()) {
        yaml += "current-context: " + contexts.first().toUtf8() + "\n";
    }
    const QString path = QDir(dir).filePath(QStringLiteral("kubeconfig"));
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly) && file.write(yaml) == yaml.size())
        << "cannot write " << path.toStdString();
    return path;
}

DraftedWizard::DraftedWizard(const QString &chartRepoUrl, const QString &user,
    const QByteArray &password, const QString &language)
{
    const QString package = m_packages.make(QStringLiteral("package"), PackageName).path;
    m_harness = std::make_unique<WizardHarness>(language);
    if (package.isEmpty() || !UpgradeDraft::readPackage(*m_harness, package)) {
        ADD_FAILURE() << "the package was not read";
        return;
    }
    UpgradeDraft::fillRegistryAndSync(session(), chartRepoUrl, user, password);
}

DraftedWizard::~DraftedWizard() = default;

void RealHelmTest::SetUp()
{
    const QString helm = DceUpgrade::Test::StandinCluster::helmBinary(3);
    ASSERT_FALSE(helm.isEmpty());
    m_helm = std::make_unique<ScopedEnvironment>("DCE_UPGRADE_HELM", helm.toUtf8());
}

} // namespace DceUpgrade::Wizard::Test
