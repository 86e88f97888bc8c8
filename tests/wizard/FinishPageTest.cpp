#include "FinishPage.h"
#include "EngineRun.h"
#include "FakeEngine.h"
#include "RunPage.h"
#include "RunView.h"
#include "WizardHarness.h"

#include <QAbstractButton>
#include <QDesktopServices>
#include <QDir>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QUrl>

#include <gtest/gtest.h>

namespace DceUpgrade::Wizard::Test {

void expectUniqueMnemonics(QWidget *window); // RunPageTest.cpp

// Stands in for the desktop's file opener: records the URLs the page asks to open.
class UrlRecorder final : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> urls;

public slots:
    void open(const QUrl &url) { urls.append(url); }
};

class FinishPageTest : public ::testing::Test
{
protected:
    // Runs the fake engine in `mode` on the Run page, then goes on to the Finish page.
    // `syncOnly`: the run of a plan with upgrade.method none.
    FinishPage *finishAfter(const QString &mode, bool syncOnly = false)
    {
        m_fake = std::make_unique<FakeEngine>(mode);
        if (syncOnly) {
            m_fake->prepareSyncOnlyPlan(harness.session());
        } else {
            m_fake->preparePlan(harness.session());
        }
        auto *run = qobject_cast<RunPage *>(harness.wizard().page(pageIndex(PageId::Run)));
        page = qobject_cast<FinishPage *>(harness.wizard().page(pageIndex(PageId::Finish)));
        EXPECT_TRUE(run && page);
        if (!run || !page) {
            return nullptr;
        }
        m_fake->install(run->engineRun()->client());
        m_fake->install(page->engineRun()->client());
        harness.jumpTo(PageId::Run);
        EXPECT_TRUE(harness.waitUntil([&] { return run->isComplete(); }, 30000));
        harness.wizard().next();
        EXPECT_EQ(harness.wizard().currentId(), pageIndex(PageId::Finish));
        return page;
    }

    template<typename T>
    T *onPage(const char *name) const
    {
        T *widget = page->findChild<T *>(QString::fromLatin1(name));
        EXPECT_NE(widget, nullptr) << name;
        return widget;
    }

    QString text(const char *label) const
    {
        auto *widget = onPage<QLabel>(label);
        return widget ? widget->text() : QString();
    }

    WizardHarness harness;
    FinishPage *page = nullptr;
    std::unique_ptr<FakeEngine> m_fake;
};

TEST_F(FinishPageTest, SaysHowItEndedWithRevisionsBeforeAndAfter)
{
    ASSERT_NE(finishAfter(QStringLiteral("ok")), nullptr);
    EXPECT_TRUE(text("finishOutcome").contains(QStringLiteral("was upgraded")))
        << text("finishOutcome").toStdString();

    auto *releases = onPage<QTreeWidget>("finishReleases");
    ASSERT_NE(releases, nullptr);
    EXPECT_TRUE(releases->isVisible());
    ASSERT_EQ(releases->topLevelItemCount(), 1);
    QTreeWidgetItem *row = releases->topLevelItem(0);
    EXPECT_EQ(row->text(0), QStringLiteral("skoala"));
    EXPECT_EQ(row->text(1), QStringLiteral("4 → 5"));
    EXPECT_EQ(row->text(2), QStringLiteral("0.27.0 → 0.28.0"));
    const QString backup
        = m_fake->sessionDir() + QStringLiteral("/values/skoala-values-backup.yaml");
    EXPECT_EQ(row->text(3), backup);
    EXPECT_TRUE(text("finishBackups").contains(backup));
    // When the run started and ended and how long it took, as the report says it.
    EXPECT_TRUE(text("finishDetail").contains(QStringLiteral("(1 h 02 min 05 s)")))
        << text("finishDetail").toStdString();
    EXPECT_TRUE(text("finishDetail").contains(QStringLiteral("(UTC+08:00)")))
        << text("finishDetail").toStdString();

    UrlRecorder opener;
    QDesktopServices::setUrlHandler(QStringLiteral("file"), &opener, "open");
    onPage<QPushButton>("openReportButton")->click();
    onPage<QPushButton>("openBackupFolderButton")->click();
    QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
    ASSERT_EQ(opener.urls.size(), 2);
    EXPECT_EQ(
        opener.urls.at(0).toLocalFile(), m_fake->sessionDir() + QStringLiteral("/report.html"));
    EXPECT_EQ(opener.urls.at(1).toLocalFile(), m_fake->sessionDir() + QStringLiteral("/values"));

    // The wizard's Close ends it; no way back to the run.
    QWizard &wizard = harness.wizard();
    EXPECT_TRUE(wizard.button(QWizard::FinishButton)->isVisible());
    EXPECT_TRUE(wizard.button(QWizard::FinishButton)->isEnabled());
    EXPECT_FALSE(wizard.button(QWizard::BackButton)->isEnabled()
        && wizard.button(QWizard::BackButton)->isVisible());
    wizard.button(QWizard::FinishButton)->click();
    EXPECT_FALSE(wizard.isVisible());
}

// A sync-only run (upgrade.method none): the images are staged, no release changed, so no
// revisions, no values backup and no rollback; the page says how to upgrade later.
TEST_F(FinishPageTest, ASyncOnlyRunSaysTheImagesAreStagedAndOffersNoRollback)
{
    ASSERT_NE(finishAfter(QStringLiteral("ok"), true), nullptr);
    EXPECT_TRUE(harness.find<QLabel>(QStringLiteral("runStatus"))
                    ->text()
                    .contains(QStringLiteral("The sync finished")));
    EXPECT_TRUE(text("finishOutcome").contains(QStringLiteral("are staged")))
        << text("finishOutcome").toStdString();
    EXPECT_TRUE(text("finishOutcome").contains(QStringLiteral("No release was upgraded")));
    EXPECT_TRUE(text("finishDetail").contains(QStringLiteral("To upgrade later")))
        << text("finishDetail").toStdString();
    EXPECT_TRUE(text("finishDetail").contains(QStringLiteral("dce-upgrade run --plan")));
    for (const char *hidden : {"finishReleases", "finishNoReport", "finishBackups",
             "finishRollbackButton", "openBackupFolderButton"}) {
        EXPECT_FALSE(onPage<QWidget>(hidden)->isVisible()) << hidden;
    }
    EXPECT_TRUE(onPage<QPushButton>("openReportButton")->isEnabled());
    EXPECT_TRUE(onPage<QPushButton>("startAnotherButton")->isEnabled());
    expectUniqueMnemonics(&harness.wizard());
}

TEST_F(FinishPageTest, FailedRunNamesTheStepAndWhatToDo)
{
    ASSERT_NE(finishAfter(QStringLiteral("fail")), nullptr);
    EXPECT_TRUE(
        text("finishOutcome").contains(QStringLiteral("failed at the step “Upgrade skoala”")))
        << text("finishOutcome").toStdString();
    EXPECT_TRUE(text("finishDetail").contains(QStringLiteral("kubectl get pods")));
    auto *releases = onPage<QTreeWidget>("finishReleases");
    ASSERT_EQ(releases->topLevelItemCount(), 1);
    EXPECT_EQ(releases->topLevelItem(0)->text(1), QStringLiteral("4 → –"));
    EXPECT_TRUE(onPage<QPushButton>("finishRollbackButton")->isEnabled());
}

TEST_F(FinishPageTest, RollBackAsksThenRunsItInTheLiveView)
{
    ASSERT_NE(finishAfter(QStringLiteral("ok")), nullptr);
    auto *rollback = onPage<QPushButton>("finishRollbackButton");
    ASSERT_NE(rollback, nullptr);
    EXPECT_TRUE(rollback->isEnabled());
    auto *view = onPage<RunView>("finishRunView");
    ASSERT_NE(view, nullptr);
    EXPECT_FALSE(view->isVisible()) << "no live view before a rollback";

    rollback->click();
    QMessageBox *box = nullptr;
    ASSERT_TRUE(harness.waitUntil([&] {
        box = page->findChild<QMessageBox *>(QStringLiteral("rollbackQuestion"));
        return box && box->isVisible();
    }));
    EXPECT_TRUE(box->text().contains(QStringLiteral("revision 4"))) << box->text().toStdString();
    EXPECT_FALSE(page->isWorking()) << "nothing runs before the answer";
    box->findChild<QPushButton *>(QStringLiteral("confirmButton"))->click();

    EXPECT_TRUE(page->isWorking());
    EXPECT_TRUE(view->isVisible());
    EXPECT_FALSE(page->isComplete()) << "Close waits for the rollback";
    expectUniqueMnemonics(&harness.wizard());
    ASSERT_TRUE(harness.waitUntil([&] { return page->isComplete(); }, 30000));
    EXPECT_EQ(harness.session().lastRun().kind, RunOutcome::Kind::Rollback);
    EXPECT_EQ(harness.session().lastRun().result, RunOutcome::Result::Succeeded);
    EXPECT_TRUE(text("finishOutcome").contains(QStringLiteral("rolled back")))
        << text("finishOutcome").toStdString();
    EXPECT_FALSE(rollback->isEnabled()) << "rolled back already";
    auto *steps = view->stepList();
    ASSERT_TRUE(harness.waitUntil([&] {
        return steps->topLevelItemCount() == 2
            && steps->topLevelItem(0)->text(1) == QStringLiteral("done");
    }));

    UrlRecorder opener;
    QDesktopServices::setUrlHandler(QStringLiteral("file"), &opener, "open");
    onPage<QPushButton>("openReportButton")->click();
    QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
    ASSERT_EQ(opener.urls.size(), 1);
    EXPECT_TRUE(opener.urls.at(0).toLocalFile().endsWith(QStringLiteral("rollback-report.html")));
}

TEST_F(FinishPageTest, StartAnotherGoesToThePackagePageKeepingTheChoices)
{
    ASSERT_NE(finishAfter(QStringLiteral("ok")), nullptr);
    onPage<QPushButton>("startAnotherButton")->click();
    EXPECT_EQ(harness.wizard().currentId(), pageIndex(PageId::Bundle));
    EXPECT_EQ(harness.session().lastRun().kind, RunOutcome::Kind::None) << "the run is forgotten";
    EXPECT_EQ(harness.session().draft().registry.address, QStringLiteral("registry.example:5000"));
    EXPECT_EQ(harness.session().draft().registry.username, QStringLiteral("admin"));
    EXPECT_EQ(
        harness.session().secrets().value(RegistryPasswordId), QByteArray(FakeEngine::Password));
}

TEST(FinishPageReportTest, ReadsTheReleasesOfAReport)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.json"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(
        R"({"v":1,"releases":[{"target":"skoala","revisionBefore":3,"revisionAfter":4,)"
        R"("chartVersionBefore":"0.26.0","chartVersionAfter":"0.27.0","backup":"/b.yaml",)"
        R"("valuesChanged":[]},{"target":"skoala-init@w1","revisionBefore":1,"newKey":true}]})");
    file.close();
    const auto rows = FinishPage::readReleases(path);
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows[0].revisionAfter, 4);
    EXPECT_EQ(rows[0].chartVersionBefore, QStringLiteral("0.26.0"));
    EXPECT_EQ(rows[0].backup, QStringLiteral("/b.yaml"));
    EXPECT_EQ(rows[1].target, QStringLiteral("skoala-init@w1"));
    EXPECT_EQ(rows[1].revisionAfter, -1);
    EXPECT_TRUE(FinishPage::readReleases(dir.filePath(QStringLiteral("missing.json"))).isEmpty());
}

} // namespace DceUpgrade::Wizard::Test

#include "FinishPageTest.moc"
