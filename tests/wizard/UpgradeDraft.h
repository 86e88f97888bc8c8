#pragma once

#include "PackageFixture.h"
#include "ScopedEnvironment.h"
#include "WizardHarness.h"

#include <QByteArray>
#include <QString>

#include <gtest/gtest.h>

#include <memory>

namespace DceUpgrade::Wizard::Test {

using DceUpgrade::Test::ScopedEnvironment;

// What the Upgrade and Review page tests start from: a package read through the Package page,
// and the registry and sync choices the Registry and Sync pages would have left in the draft.
struct UpgradeDraft
{
    static inline const QString Registry = QStringLiteral("10.16.23.145");
    static inline const QString ChartRepoUrl
        = QStringLiteral("https://10.16.23.145/chartrepo/release.daocloud.io");
    static inline const QString User = QStringLiteral("robot$skoala");

    // Types `path` on the Package page and waits until the session holds the package.
    static bool readPackage(WizardHarness &harness, const QString &path);
    // registry.*, sync.* (built-in, Harbor chart target at `chartRepoUrl`) and the password.
    static void fillRegistryAndSync(WizardSession &session,
        const QString &chartRepoUrl = ChartRepoUrl, const QString &user = User,
        const QByteArray &password = QByteArrayLiteral("Harbor12345"));
    // A kubeconfig with one context per name (the first is current), each its own cluster at
    // `server`; returns the file written to `dir`.
    static QString writeKubeconfig(const QString &dir, const QStringList &contexts,
        const QString &server = QStringLiteral("https://127.0.0.1:6443"));
};

// A wizard as the Upgrade and Review pages meet it: a generated skoala 0.28.1 package read on
// the Package page, and the registry and sync choices filled in (UpgradeDraft).
class DraftedWizard
{
public:
    static inline const QString PackageName = QStringLiteral("skoala_v0.28.1_amd64.tar");

    explicit DraftedWizard(const QString &chartRepoUrl = UpgradeDraft::ChartRepoUrl,
        const QString &user = UpgradeDraft::User,
        const QByteArray &password = QByteArrayLiteral("Harbor12345"),
        const QString &language = QStringLiteral("en"));
    virtual ~DraftedWizard();
    DraftedWizard(const DraftedWizard &) = delete;
    DraftedWizard &operator=(const DraftedWizard &) = delete;

    WizardHarness &harness() { return *m_harness; }
    WizardSession &session() { return m_harness->session(); }
    const UpgradePlan &draft() { return session().draft(); }
    // The test's own temporary directory (the package is in it).
    QString dir() const { return m_packages.dir(); }

private:
    PackageFixture m_packages;
    std::unique_ptr<WizardHarness> m_harness;
};

// Fails the test when two visible buttons or labelled fields of `window` share a mnemonic
// (defined with the Run page's tests, RunPageTest.cpp).
void expectUniqueMnemonics(QWidget *window);

// The base of the suites that run the real helm 3 of the test cache (named *WithRealHelm, so
// ctest runs the helm fixture first): ToolInventory and the pages use it through
// DCE_UPGRADE_HELM while the test runs.
class RealHelmTest : public ::testing::Test
{
protected:
    void SetUp() override;

private:
    std::unique_ptr<ScopedEnvironment> m_helm;
};

} // namespace DceUpgrade::Wizard::Test
