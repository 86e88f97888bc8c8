// The Registry page (wizard/RegistryPage.h) in the real wizard: its fields edit the draft plan,
// the plan's validation shows inline and decides Next, and "Test connection" runs the engine's
// registry preflight against the real docker-registry over TLS with htpasswd
// (tests/registry/support/RegistryServer.h) and, for the Harbor checks, the fake Harbor API in
// front of it (FakeHarborApi.h: Harbor itself cannot run here).

#include "RegistryPage.h"
#include "FakeHarborApi.h"
#include "FieldInput.h"
#include "RegistryCheck.h"
#include "RegistryServer.h"
#include "WizardHarness.h"

#include "ErrorPanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <gtest/gtest.h>

namespace DceUpgrade::Wizard::Test {

namespace {

using DceUpgrade::Test::FakeHarborApi;
using DceUpgrade::Test::FakeHarborOptions;
using DceUpgrade::Test::RegistryMode;
using DceUpgrade::Test::RegistryServer;

const QString Repository = QStringLiteral("release.daocloud.io/skoala");

// The Registry page with its widgets, reached with Next.
struct RegistryPageDriver
{
    explicit RegistryPageDriver(WizardHarness &wizardHarness)
        : harness(wizardHarness)
    {
        EXPECT_TRUE(harness.goTo(PageId::Registry));
        page = qobject_cast<RegistryPage *>(harness.wizard().currentPage());
        EXPECT_NE(page, nullptr);
        address = harness.find<QLineEdit>(QStringLiteral("registryAddress"));
        scheme = harness.find<QComboBox>(QStringLiteral("registryScheme"));
        caFile = harness.find<QLineEdit>(QStringLiteral("registryCaFile"));
        insecure = harness.find<QCheckBox>(QStringLiteral("registryInsecure"));
        repository = harness.find<QLineEdit>(QStringLiteral("registryRepository"));
        createProject = harness.find<QCheckBox>(QStringLiteral("createProject"));
        user = harness.find<QLineEdit>(QStringLiteral("registryUser"));
        password = harness.find<QLineEdit>(QStringLiteral("registryPassword"));
        chartTarget = harness.find<QComboBox>(QStringLiteral("chartTarget"));
        chartRepoUrl = harness.find<QLineEdit>(QStringLiteral("chartRepoUrl"));
        localChartPath = harness.find<QLineEdit>(QStringLiteral("localChartPath"));
        test = harness.find<QPushButton>(QStringLiteral("testConnection"));
        status = harness.find<QLabel>(QStringLiteral("registryCheckStatus"));
        lines = harness.find<QLabel>(QStringLiteral("registryCheckLines"));
        error = harness.find<ErrorPanel>(QStringLiteral("registryCheckError"));
        check = page ? page->findChild<RegistryCheck *>() : nullptr;
        EXPECT_NE(check, nullptr);
    }

    bool ready() const
    {
        return page && address && scheme && caFile && insecure && repository && createProject
            && user && password && chartTarget && chartRepoUrl && localChartPath && test && status
            && lines && error && check;
    }

    void fill(const QString &host, const QString &scheme_, const QString &ca, const QString &repo,
        const QString &userName, const QString &secret)
    {
        chooseWithKeyboard(scheme, scheme_);
        typeInto(address, host);
        typeInto(caFile, ca);
        typeInto(repository, repo);
        typeInto(user, userName);
        typeInto(password, secret);
    }

    // The fixture registry over TLS (its CA file), the repository, and the account.
    void fillFor(const RegistryServer &registry, const QString &userName, const QString &secret)
    {
        fill(registry.address(), QStringLiteral("https"), registry.caFile(), Repository, userName,
            secret);
    }

    // Clicks "Test connection" and waits for the verdict.
    bool runTest()
    {
        if (!test->isEnabled()) {
            ADD_FAILURE() << "Test connection is disabled: " << describe();
            return false;
        }
        test->click();
        EXPECT_TRUE(check->isRunning());
        return WizardHarness::waitUntil([this] { return !check->isRunning(); }, 60000);
    }

    bool nextEnabled() const { return harness.wizard().button(QWizard::NextButton)->isEnabled(); }

    std::string describe() const
    {
        QString text = QStringLiteral("status: ") + status->text() + QStringLiteral("\nlines:\n")
            + check->lines().join(QLatin1Char('\n'));
        if (check->failure()) {
            text += QStringLiteral("\nfailure: ") + check->failure()->code() + QStringLiteral(": ")
                + check->failure()->describe();
        }
        for (const PlanProblem &problem : harness.session().problems()) {
            text += QStringLiteral("\nproblem ") + problem.key + QStringLiteral(": ")
                + problem.message;
        }
        return text.toStdString();
    }

    WizardHarness &harness;
    RegistryPage *page = nullptr;
    QLineEdit *address = nullptr;
    QComboBox *scheme = nullptr;
    QLineEdit *caFile = nullptr;
    QCheckBox *insecure = nullptr;
    QLineEdit *repository = nullptr;
    QCheckBox *createProject = nullptr;
    QLineEdit *user = nullptr;
    QLineEdit *password = nullptr;
    QComboBox *chartTarget = nullptr;
    QLineEdit *chartRepoUrl = nullptr;
    QLineEdit *localChartPath = nullptr;
    QPushButton *test = nullptr;
    QLabel *status = nullptr;
    QLabel *lines = nullptr;
    ErrorPanel *error = nullptr;
    RegistryCheck *check = nullptr;
};

// An empty file in `dir` (a CA file the page only names); empty after failing the test.
QString emptyFile(const QTemporaryDir &dir, const QString &name)
{
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly)) {
        ADD_FAILURE() << "cannot write " << file.fileName().toStdString();
        return {};
    }
    return file.fileName();
}

// A problem label under a field: shown, with the plan's message in it.
void expectProblemShown(WizardHarness &harness, const QString &labelName, const QString &key)
{
    auto *label = harness.find<QLabel>(labelName);
    ASSERT_NE(label, nullptr);
    EXPECT_TRUE(label->isVisible()) << labelName.toStdString() << " is hidden";
    bool found = false;
    for (const PlanProblem &problem : harness.session().problems()) {
        if (problem.key == key) {
            found = true;
            EXPECT_TRUE(label->text().contains(problem.message))
                << label->text().toStdString() << " lacks " << problem.message.toStdString();
        }
    }
    EXPECT_TRUE(found) << "the plan has no problem " << key.toStdString();
}

} // namespace

TEST(RegistryPageTest, FieldsEditTheDraftAndThePasswordStaysASecret)
{
    WizardHarness harness;
    RegistryPageDriver page(harness);
    ASSERT_TRUE(page.ready());
    EXPECT_EQ(page.password->echoMode(), QLineEdit::Password);

    page.fill(QStringLiteral("10.16.23.145"), QStringLiteral("https"), QString(), Repository,
        QStringLiteral("robot$skoala"), QStringLiteral("s3cret$pa ss"));
    pressSpace(page.createProject);

    const UpgradePlan &plan = harness.session().draft();
    EXPECT_EQ(plan.registry.address, QStringLiteral("10.16.23.145"));
    EXPECT_EQ(plan.registry.scheme, QStringLiteral("https"));
    EXPECT_EQ(plan.registry.repository, Repository);
    EXPECT_EQ(plan.registry.username, QStringLiteral("robot$skoala"));
    EXPECT_TRUE(plan.sync.createProject);
    EXPECT_EQ(plan.sync.chartTarget, ChartTarget::Harbor);
    // Harbor: SCHEME://ADDRESS/chartrepo/PROJECT, PROJECT the first segment of the repository.
    EXPECT_EQ(plan.sync.chartRepoUrl,
        QStringLiteral("https://10.16.23.145/chartrepo/release.daocloud.io"));
    EXPECT_EQ(page.chartRepoUrl->text(), plan.sync.chartRepoUrl);

    // The password: in the secret store only, never in the plan.
    EXPECT_EQ(harness.session().secrets().value(RegistryPasswordId), QByteArray("s3cret$pa ss"));
    EXPECT_FALSE(plan.toYaml().contains("s3cret")) << plan.toYaml().toStdString();
    EXPECT_TRUE(page.page->isComplete()) << page.describe();
    EXPECT_TRUE(page.nextEnabled());

    // "Show" reveals it, and hides it again; the toggle has a name for screen readers.
    auto *show = harness.find<QToolButton>(QStringLiteral("showPassword"));
    ASSERT_NE(show, nullptr);
    EXPECT_FALSE(show->accessibleName().isEmpty());
    show->click();
    EXPECT_EQ(page.password->echoMode(), QLineEdit::Normal);
    show->click();
    EXPECT_EQ(page.password->echoMode(), QLineEdit::Password);

    // A user without a password: not complete, said under the field.
    typeInto(page.password, QString());
    EXPECT_FALSE(harness.session().secrets().contains(RegistryPasswordId));
    EXPECT_FALSE(page.page->isComplete());
    EXPECT_FALSE(page.nextEnabled());
    auto *passwordProblem = harness.find<QLabel>(QStringLiteral("registryPasswordProblem"));
    ASSERT_NE(passwordProblem, nullptr);
    EXPECT_TRUE(passwordProblem->isVisible());

    // Not tested, and still complete: the engine checks the registry before it pushes.
    typeInto(page.password, QStringLiteral("s3cret"));
    EXPECT_TRUE(page.page->isComplete());
    EXPECT_TRUE(page.status->text().contains(QStringLiteral("Not tested yet")))
        << page.status->text().toStdString();
}

TEST(RegistryPageTest, ChartTargetAndItsSuggestedUrl)
{
    WizardHarness harness;
    RegistryPageDriver page(harness);
    ASSERT_TRUE(page.ready());
    page.fill(QStringLiteral("harbor.example.com:8443"), QStringLiteral("https"), QString(),
        Repository, QString(), QString());
    const UpgradePlan &plan = harness.session().draft();
    EXPECT_EQ(plan.sync.chartRepoUrl,
        QStringLiteral("https://harbor.example.com:8443/chartrepo/release.daocloud.io"));

    // OCI: the suggestion follows the target.
    ASSERT_TRUE(chooseWithKeyboard(page.chartTarget, int(ChartTarget::Oci)));
    EXPECT_EQ(plan.sync.chartTarget, ChartTarget::Oci);
    EXPECT_EQ(plan.sync.chartRepoUrl,
        QStringLiteral("oci://harbor.example.com:8443/release.daocloud.io"));

    // A URL the user typed is theirs: it no longer follows the address.
    ASSERT_TRUE(chooseWithKeyboard(page.chartTarget, int(ChartTarget::Harbor)));
    typeInto(page.chartRepoUrl, QStringLiteral("https://charts.example.com/chartrepo/skoala"));
    typeInto(page.address, QStringLiteral("10.0.0.1"));
    EXPECT_EQ(
        plan.sync.chartRepoUrl, QStringLiteral("https://charts.example.com/chartrepo/skoala"));

    // A pasted URL becomes scheme + address.
    typeInto(page.address, QStringLiteral("http://10.0.0.2:5000/"));
    page.repository->setFocus(); // editingFinished
    EXPECT_EQ(plan.registry.address, QStringLiteral("10.0.0.2:5000"));
    EXPECT_EQ(plan.registry.scheme, QStringLiteral("http"));
    EXPECT_EQ(page.scheme->currentData().toString(), QStringLiteral("http"));
    EXPECT_FALSE(page.caFile->isEnabled()) << "no TLS over http";

    // Local directory: its field appears and edits sync.localChartPath.
    EXPECT_FALSE(page.localChartPath->isVisible());
    ASSERT_TRUE(chooseWithKeyboard(page.chartTarget, int(ChartTarget::Local)));
    EXPECT_TRUE(page.localChartPath->isVisible());
    EXPECT_FALSE(page.chartRepoUrl->isVisible());
    typeInto(page.localChartPath, QStringLiteral("/srv/charts"));
    EXPECT_EQ(plan.sync.chartTarget, ChartTarget::Local);
    EXPECT_EQ(plan.sync.localChartPath, QStringLiteral("/srv/charts"));
}

TEST(RegistryPageTest, AnInvalidAddressIsShownAndBlocksNext)
{
    WizardHarness harness;
    RegistryPageDriver page(harness);
    ASSERT_TRUE(page.ready());
    page.fill(QStringLiteral("10.16.23.145"), QStringLiteral("https"), QString(), Repository,
        QStringLiteral("admin"), QStringLiteral("Harbor12345"));
    ASSERT_TRUE(page.nextEnabled()) << page.describe();

    typeInto(page.address, QStringLiteral("harbor example/skoala"));
    EXPECT_FALSE(page.page->isComplete());
    EXPECT_FALSE(page.nextEnabled());
    EXPECT_FALSE(page.test->isEnabled()) << "an invalid address cannot be tested";
    expectProblemShown(
        harness, QStringLiteral("registryAddressProblem"), QStringLiteral("registry.address"));

    typeInto(page.address, QStringLiteral("harbor.example.com"));
    EXPECT_TRUE(page.nextEnabled()) << page.describe();
    EXPECT_FALSE(harness.find<QLabel>(QStringLiteral("registryAddressProblem"))->isVisible());
}

TEST(RegistryPageTest, ACaFileAndSkippingVerificationAreNotBoth)
{
    QTemporaryDir dir;
    const QString ca = emptyFile(dir, QStringLiteral("ca.crt"));
    ASSERT_FALSE(ca.isEmpty());
    WizardHarness harness;
    RegistryPageDriver page(harness);
    ASSERT_TRUE(page.ready());
    page.fill(QStringLiteral("10.16.23.145"), QStringLiteral("https"), ca, Repository,
        QStringLiteral("admin"), QStringLiteral("Harbor12345"));
    EXPECT_EQ(harness.session().draft().registry.caFile, ca);
    auto *warning = harness.find<QLabel>(QStringLiteral("insecureWarning"));
    ASSERT_NE(warning, nullptr);
    EXPECT_FALSE(warning->isVisible());

    pressSpace(page.insecure);
    EXPECT_TRUE(harness.session().draft().registry.insecure);
    EXPECT_TRUE(warning->isVisible()) << "skipping TLS verification is warned about";
    EXPECT_FALSE(page.nextEnabled());
    expectProblemShown(
        harness, QStringLiteral("registryTlsProblem"), QStringLiteral("registry.caFile"));

    typeInto(page.caFile, QString());
    EXPECT_TRUE(page.nextEnabled()) << page.describe();
    EXPECT_TRUE(warning->isVisible());
}

TEST(RegistryPageTest, BrowseForTheCaFileDoesNotBlock)
{
    QTemporaryDir dir;
    const QString ca = emptyFile(dir, QStringLiteral("harbor-ca.crt"));
    ASSERT_FALSE(ca.isEmpty());
    WizardHarness harness;
    RegistryPageDriver page(harness);
    ASSERT_TRUE(page.ready());
    harness.find<QPushButton>(QStringLiteral("caFileBrowse"))->click();
    // click() returned: the dialog was opened with open(), not exec().
    auto *dialog = harness.wizard().findChild<QFileDialog *>(QStringLiteral("caFileDialog"));
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(harness.waitUntil([&] { return dialog->isVisible(); }, 5000));
    dialog->setDirectory(dir.path());
    dialog->selectFile(ca);
    static_cast<QDialog *>(dialog)->accept();
    EXPECT_EQ(harness.session().draft().registry.caFile, ca);
    EXPECT_EQ(page.caFile->text(), ca);
}

TEST(RegistryPageTest, TestConnectionPassesAgainstTheRealRegistry)
{
    RegistryServer registry(RegistryMode::TlsHtpasswd);
    ASSERT_TRUE(registry.isRunning());
    WizardHarness harness;
    RegistryPageDriver page(harness);
    ASSERT_TRUE(page.ready());
    page.fillFor(registry, RegistryServer::adminUser(), RegistryServer::adminPassword());
    EXPECT_TRUE(page.status->text().contains(QStringLiteral("Not tested yet")));

    ASSERT_TRUE(page.runTest()) << page.describe();
    EXPECT_EQ(page.check->state(), RegistryCheck::State::Passed) << page.describe();
    EXPECT_TRUE(page.status->text().startsWith(QStringLiteral("Passed"))) << page.describe();
    EXPECT_FALSE(page.error->isVisible());
    // Line by line: the connection with the CA, the login, the push right.
    const QString lines = page.lines->text();
    EXPECT_TRUE(page.lines->isVisible());
    EXPECT_TRUE(lines.contains(registry.caFile())) << lines.toStdString();
    EXPECT_TRUE(lines.contains(QStringLiteral("accepts admin"))) << lines.toStdString();
    EXPECT_TRUE(lines.contains(QStringLiteral("Pushing to %1 is allowed").arg(Repository)))
        << lines.toStdString();
    // It opened and cancelled one upload, and wrote nothing.
    EXPECT_TRUE(registry.requests().contains(
        QStringLiteral("POST /v2/%1/blobs/uploads/ 202").arg(Repository)))
        << registry.requests().join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(registry.storedContent().isEmpty());

    // An edit makes the result stale: "not tested yet" again.
    typeInto(page.repository, QStringLiteral("release.daocloud.io/other"));
    EXPECT_TRUE(page.status->text().contains(QStringLiteral("Not tested yet")));
    EXPECT_FALSE(page.lines->isVisible());
}

TEST(RegistryPageTest, TestConnectionLogsInWithARobotAccount)
{
    RegistryServer registry(RegistryMode::TlsHtpasswd);
    ASSERT_TRUE(registry.isRunning());
    WizardHarness harness;
    RegistryPageDriver page(harness);
    ASSERT_TRUE(page.ready());
    page.fillFor(registry, RegistryServer::robotUser(), RegistryServer::robotPassword());
    EXPECT_EQ(harness.session().draft().registry.username, QStringLiteral("robot$skoala-ci"));
    ASSERT_TRUE(page.runTest()) << page.describe();
    EXPECT_EQ(page.check->state(), RegistryCheck::State::Passed) << page.describe();
    EXPECT_TRUE(page.lines->text().contains(QStringLiteral("accepts robot$skoala-ci")))
        << page.describe();
}

// The tests and pictures made in each language.
class RegistryPageInEachLanguage : public ::testing::TestWithParam<const char *>
{
};

TEST_P(RegistryPageInEachLanguage, AWrongPasswordShowsTheRegistrysRefusal)
{
    const QString language = QString::fromLatin1(GetParam());
    RegistryServer registry(RegistryMode::TlsHtpasswd);
    ASSERT_TRUE(registry.isRunning());
    WizardHarness harness(language);
    RegistryPageDriver page(harness);
    ASSERT_TRUE(page.ready());
    page.fillFor(registry, RegistryServer::adminUser(), QStringLiteral("not-the-password"));

    ASSERT_TRUE(page.runTest()) << page.describe();
    ASSERT_EQ(page.check->state(), RegistryCheck::State::Failed) << page.describe();
    ASSERT_TRUE(page.check->failure());
    EXPECT_EQ(page.check->failure()->code(), QStringLiteral("registry.unauthorized"));
    EXPECT_TRUE(page.error->isVisible());
    const QString message = page.error->message();
    EXPECT_TRUE(message.contains(registry.address())) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("admin"))) << message.toStdString();
    EXPECT_TRUE(message.contains(
        language == QLatin1String("zh_CN") ? QStringLiteral(u"拒绝") : QStringLiteral("refused")))
        << message.toStdString();
    EXPECT_FALSE(page.error->hint().isEmpty());
    EXPECT_FALSE(message.contains(QStringLiteral("not-the-password")));
    EXPECT_FALSE(page.lines->text().contains(QStringLiteral("not-the-password")));
    // A failed test does not block: the fields are valid, and the user decides.
    EXPECT_TRUE(page.nextEnabled());
    harness.saveScreenshot(QStringLiteral("registry-wrong-password_") + language);
}

TEST(RegistryPageTest, AnEditDuringTheTestStartsItAgainWithTheNewValues)
{
    RegistryServer registry(RegistryMode::TlsHtpasswd);
    ASSERT_TRUE(registry.isRunning());
    WizardHarness harness;
    RegistryPageDriver page(harness);
    ASSERT_TRUE(page.ready());
    page.fillFor(registry, RegistryServer::adminUser(), QStringLiteral("wrong"));
    int finished = 0;
    QObject::connect(page.check, &RegistryCheck::finished, [&finished] { ++finished; });

    page.test->click();
    ASSERT_TRUE(page.check->isRunning());
    // Corrected while the first test is under way: its refusal must never be shown.
    typeInto(page.password, RegistryServer::adminPassword());
    EXPECT_TRUE(page.check->isRunning());
    ASSERT_TRUE(harness.waitUntil([&] { return !page.check->isRunning(); }, 60000));
    QTest::qWait(200);
    EXPECT_EQ(page.check->state(), RegistryCheck::State::Passed) << page.describe();
    EXPECT_EQ(finished, 1) << "the dropped test must not report";
    EXPECT_FALSE(page.error->isVisible());

    // Stop: ends at once, "stopped before it finished".
    page.test->click();
    ASSERT_TRUE(page.check->isRunning());
    harness.find<QPushButton>(QStringLiteral("stopTest"))->click();
    EXPECT_EQ(page.check->state(), RegistryCheck::State::Canceled);
    EXPECT_TRUE(page.status->text().contains(QStringLiteral("Test stopped before it finished")));
    EXPECT_TRUE(page.test->isEnabled());
    QTest::qWait(200);
    EXPECT_EQ(finished, 2);
}

// Harbor 2.9 (the fake API, its /v2 passed to the real registry) has no chart repository: the
// test says so and offers OCI; one click switches the target and tests again.
TEST(RegistryPageTest, HarborWithoutAChartRepositoryOffersOci)
{
    RegistryServer registry(RegistryMode::PlainHtpasswd);
    ASSERT_TRUE(registry.isRunning());
    FakeHarborOptions options;
    options.version = QStringLiteral("v2.9.0");
    options.registryUpstream = registry.url();
    FakeHarborApi harbor(options);
    ASSERT_TRUE(harbor.isRunning());

    WizardHarness harness;
    RegistryPageDriver page(harness);
    ASSERT_TRUE(page.ready());
    page.fill(harbor.address(), QStringLiteral("http"), QString(), Repository,
        RegistryServer::adminUser(), RegistryServer::adminPassword());
    ASSERT_EQ(harness.session().draft().sync.chartTarget, ChartTarget::Harbor);
    ASSERT_TRUE(page.runTest()) << page.describe();
    ASSERT_EQ(page.check->state(), RegistryCheck::State::Failed) << page.describe();
    EXPECT_EQ(page.check->failure()->code(), QStringLiteral("harbor.no-chart-repo"));
    EXPECT_TRUE(page.lines->text().contains(QStringLiteral("Harbor v2.9.0"))) << page.describe();
    EXPECT_TRUE(page.lines->text().contains(QStringLiteral("no chart repository")))
        << page.describe();
    auto *useOci = harness.find<QPushButton>(QStringLiteral("useOciButton"));
    ASSERT_NE(useOci, nullptr);
    EXPECT_TRUE(useOci->isVisible());

    useOci->click();
    EXPECT_EQ(harness.session().draft().sync.chartTarget, ChartTarget::Oci);
    EXPECT_EQ(harness.session().draft().sync.chartRepoUrl,
        QStringLiteral("oci://%1/release.daocloud.io").arg(harbor.address()));
    ASSERT_TRUE(page.check->isRunning()) << "the one click tests the new target too";
    ASSERT_TRUE(harness.waitUntil([&] { return !page.check->isRunning(); }, 60000));
    EXPECT_EQ(page.check->state(), RegistryCheck::State::Passed) << page.describe();
    EXPECT_TRUE(page.lines->text().contains(
        QStringLiteral("The Harbor project release.daocloud.io exists")))
        << page.describe();
    EXPECT_FALSE(useOci->isVisible());
}

// A missing Harbor project: "will be created" when the plan creates it, which the test itself
// never does; a failure naming the project otherwise.
TEST(RegistryPageTest, AMissingProjectIsCreatedByTheRunNotByTheTest)
{
    RegistryServer registry(RegistryMode::PlainHtpasswd);
    ASSERT_TRUE(registry.isRunning());
    FakeHarborOptions options;
    options.registryUpstream = registry.url();
    FakeHarborApi harbor(options);
    ASSERT_TRUE(harbor.isRunning());

    WizardHarness harness;
    RegistryPageDriver page(harness);
    ASSERT_TRUE(page.ready());
    page.fill(harbor.address(), QStringLiteral("http"), QString(),
        QStringLiteral("newproject/skoala"), RegistryServer::adminUser(),
        RegistryServer::adminPassword());
    ASSERT_TRUE(page.runTest()) << page.describe();
    ASSERT_EQ(page.check->state(), RegistryCheck::State::Failed) << page.describe();
    EXPECT_EQ(page.check->failure()->code(), QStringLiteral("harbor.project-missing"));
    EXPECT_TRUE(page.error->message().contains(QStringLiteral("newproject")));

    pressSpace(page.createProject);
    ASSERT_TRUE(harness.session().draft().sync.createProject);
    ASSERT_TRUE(page.runTest()) << page.describe();
    EXPECT_EQ(page.check->state(), RegistryCheck::State::Passed) << page.describe();
    EXPECT_TRUE(page.lines->text().contains(QStringLiteral("creates it"))) << page.describe();
    for (const QJsonValue request : harbor.requests()) {
        const QJsonObject fields = request.toObject();
        EXPECT_FALSE(fields.value(QLatin1String("method")).toString() == QLatin1String("POST")
            && fields.value(QLatin1String("path"))
                   .toString()
                   .startsWith(QLatin1String("/api/v2.0/projects")))
            << "the test created a project";
    }
}

TEST(RegistryPageTest, MnemonicsAreUniqueAndEveryFieldHasAName)
{
    for (const char *language : {"en", "zh_CN"}) {
        WizardHarness harness(QString::fromLatin1(language));
        RegistryPageDriver page(harness);
        ASSERT_TRUE(page.ready());
        // Hidden ones too: the chart rows of other targets, Stop and the OCI offer.
        const QStringList clashes = harness.mnemonicClashes(WizardHarness::Visibility::All);
        EXPECT_TRUE(clashes.isEmpty())
            << language << ": " << clashes.join(QLatin1Char('\n')).toStdString();
        const std::initializer_list<QWidget *> fields {page.address, page.caFile, page.repository,
            page.user, page.password, page.chartTarget, page.localChartPath, page.scheme};
        for (QWidget *field : fields) {
            EXPECT_FALSE(field->accessibleName().isEmpty()) << field->objectName().toStdString();
        }
    }
}

} // namespace DceUpgrade::Wizard::Test

namespace DceUpgrade::Wizard::Test {

// The page in the states a person meets (QT_SCALE_FACTOR=2 gives the @2x set): empty, tested
// against the real registry, refused, and with problems under the fields.
TEST_P(RegistryPageInEachLanguage, Screenshots)
{
    const QString language = QString::fromLatin1(GetParam());
    RegistryServer registry(RegistryMode::TlsHtpasswd);
    ASSERT_TRUE(registry.isRunning());
    WizardHarness harness(language);
    RegistryPageDriver page(harness);
    ASSERT_TRUE(page.ready());
    const QString suffix = QLatin1Char('_') + language
        + (harness.wizard().devicePixelRatio() > 1 ? QStringLiteral("@2x") : QString());
    auto *scroll = harness.find<QScrollArea>(QStringLiteral("registryScroll"));
    ASSERT_NE(scroll, nullptr);

    harness.saveScreenshot(QStringLiteral("3-registry-empty") + suffix);

    page.fillFor(registry, RegistryServer::robotUser(), RegistryServer::robotPassword());
    ASSERT_TRUE(page.runTest()) << page.describe();
    scroll->ensureWidgetVisible(page.lines);
    harness.saveScreenshot(QStringLiteral("3-registry-passed") + suffix);

    typeInto(page.password, QStringLiteral("wrong"));
    ASSERT_TRUE(page.runTest()) << page.describe();
    scroll->ensureWidgetVisible(page.error);
    harness.saveScreenshot(QStringLiteral("3-registry-refused") + suffix);

    pressSpace(page.insecure);
    typeInto(page.address, QStringLiteral("https://"));
    scroll->ensureWidgetVisible(page.address);
    harness.saveScreenshot(QStringLiteral("3-registry-problems") + suffix);
    EXPECT_FALSE(page.nextEnabled());
}

INSTANTIATE_TEST_SUITE_P(Languages, RegistryPageInEachLanguage, ::testing::Values("en", "zh_CN"),
    [](const ::testing::TestParamInfo<const char *> &param) { return std::string(param.param); });

} // namespace DceUpgrade::Wizard::Test
