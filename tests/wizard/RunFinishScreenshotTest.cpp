#include "EngineRun.h"
#include "FakeEngine.h"
#include "FinishPage.h"
#include "RunModel.h"
#include "RunPage.h"
#include "RunView.h"
#include "WizardHarness.h"

#include <QDir>
#include <QImage>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>

#include <gtest/gtest.h>

namespace DceUpgrade::Wizard::Test {

// The Run page running, failed, canceled and done, and the Finish page after a success, a
// failure and a rollback, in each language (with the stand-in engine, whose own texts are
// English). Run the binary with QT_SCALE_FACTOR=2 for the @2x pictures.
class RunFinishScreenshotTest : public ::testing::TestWithParam<const char *>
{
protected:
    struct Run
    {
        std::unique_ptr<WizardHarness> harness;
        std::unique_ptr<FakeEngine> fake;
        RunPage *runPage = nullptr;
        FinishPage *finishPage = nullptr;
    };

    // SyncOnly: the run of a plan with upgrade.method none; OnNodes: the images imported on two
    // nodes (images.import with a unit per node) instead of pushed.
    enum class Variant { Upgrade, SyncOnly, OnNodes };

    Run start(const QString &mode, Variant variant = Variant::Upgrade)
    {
        Run run;
        run.harness = std::make_unique<WizardHarness>(QString::fromLatin1(GetParam()));
        run.fake = std::make_unique<FakeEngine>(mode);
        if (variant == Variant::OnNodes) {
            run.fake->importOnNodes();
        }
        if (variant == Variant::SyncOnly) {
            run.fake->prepareSyncOnlyPlan(run.harness->session());
        } else {
            run.fake->preparePlan(run.harness->session());
        }
        UpgradeWizard &wizard = run.harness->wizard();
        run.runPage = qobject_cast<RunPage *>(wizard.page(pageIndex(PageId::Run)));
        run.finishPage = qobject_cast<FinishPage *>(wizard.page(pageIndex(PageId::Finish)));
        EXPECT_TRUE(run.runPage && run.finishPage);
        run.fake->install(run.runPage->engineRun()->client());
        run.fake->install(run.finishPage->engineRun()->client());
        run.harness->jumpTo(PageId::Run);
        return run;
    }

    QString shoot(Run &run, const QString &name)
    {
        if (run.runPage->isVisible()) {
            run.runPage->runView()->refresh();
        }
        const qreal ratio = run.harness->wizard().devicePixelRatio();
        const QString path = run.harness->saveScreenshot(name + QLatin1Char('_')
            + QString::fromLatin1(GetParam()) + (ratio > 1 ? QStringLiteral("@2x") : QString()));
        const QImage image(path);
        EXPECT_FALSE(image.isNull()) << path.toStdString();
        EXPECT_EQ(image.size(), run.harness->wizard().size() * ratio);
        return path;
    }

    static void confirm(QWidget *page, const char *question)
    {
        QMessageBox *box = nullptr;
        ASSERT_TRUE(WizardHarness::waitUntil([&] {
            box = page->findChild<QMessageBox *>(QString::fromLatin1(question));
            return box && box->isVisible();
        }));
        box->findChild<QPushButton *>(QStringLiteral("confirmButton"))->click();
    }
};

TEST_P(RunFinishScreenshotTest, RunningThenCanceled)
{
    Run run = start(QStringLiteral("hang"));
    RunModel *model = run.runPage->engineRun()->model();
    ASSERT_TRUE(run.harness->waitUntil([&] { return model->transfer().done > 0; }));
    QTest::qWait(400); // a few progress lines in the log
    shoot(run, QStringLiteral("7-run-running"));

    run.runPage->findChild<QPushButton *>(QStringLiteral("cancelRunButton"))->click();
    QMessageBox *box = nullptr;
    ASSERT_TRUE(run.harness->waitUntil([&] {
        box = run.runPage->findChild<QMessageBox *>(QStringLiteral("cancelRunQuestion"));
        return box && box->isVisible();
    }));
    // The question is a window of its own: the wizard's picture does not hold it.
    ASSERT_TRUE(QDir().mkpath(QStringLiteral(DCE_WIZARD_SCREENSHOT_DIR)));
    EXPECT_TRUE(box->grab().save(QStringLiteral(DCE_WIZARD_SCREENSHOT_DIR "/7-run-cancel-question_")
        + QString::fromLatin1(GetParam()) + QStringLiteral(".png")));
    box->findChild<QPushButton *>(QStringLiteral("confirmButton"))->click();
    ASSERT_TRUE(run.harness->waitUntil([&] { return run.runPage->isComplete(); }));
    shoot(run, QStringLiteral("7-run-canceled"));
    run.harness->wizard().next();
    shoot(run, QStringLiteral("8-finish-canceled"));
}

TEST_P(RunFinishScreenshotTest, FailedThenRolledBack)
{
    Run run = start(QStringLiteral("fail"));
    ASSERT_TRUE(run.harness->waitUntil([&] { return run.runPage->isComplete(); }));
    shoot(run, QStringLiteral("7-run-failed"));
    run.harness->wizard().next();
    shoot(run, QStringLiteral("8-finish-failed"));

    run.finishPage->findChild<QPushButton *>(QStringLiteral("finishRollbackButton"))->click();
    confirm(run.finishPage, "rollbackQuestion");
    ASSERT_TRUE(run.harness->waitUntil([&] { return run.finishPage->isComplete(); }));
    shoot(run, QStringLiteral("8-finish-rolled-back"));
}

TEST_P(RunFinishScreenshotTest, DoneThenFinish)
{
    Run run = start(QStringLiteral("ok"));
    ASSERT_TRUE(run.harness->waitUntil([&] { return run.runPage->isComplete(); }));
    shoot(run, QStringLiteral("7-run-done"));
    run.harness->wizard().next();
    shoot(run, QStringLiteral("8-finish-done"));
}

// A sync-only plan (upgrade.method none): the images staged, nothing to roll back.
TEST_P(RunFinishScreenshotTest, SyncOnlyDoneThenFinish)
{
    Run run = start(QStringLiteral("ok"), Variant::SyncOnly);
    ASSERT_TRUE(run.harness->waitUntil([&] { return run.runPage->isComplete(); }));
    shoot(run, QStringLiteral("7-run-done-synconly"));
    run.harness->wizard().next();
    shoot(run, QStringLiteral("8-finish-done-synconly"));
    EXPECT_TRUE(run.harness->mnemonicClashes(WizardHarness::Visibility::All).isEmpty())
        << run.harness->mnemonicClashes(WizardHarness::Visibility::All)
               .join(QLatin1Char('\n'))
               .toStdString();
}

// images.import on two nodes: both running with their own bytes; then one failed (its step
// stays expanded) while the other is done; then Retry, with the node done before skipped.
TEST_P(RunFinishScreenshotTest, TwoNodes)
{
    {
        Run run = start(QStringLiteral("hang"), Variant::OnNodes);
        RunModel *model = run.runPage->engineRun()->model();
        ASSERT_TRUE(run.harness->waitUntil([&] {
            const int import = model->indexOf(QStringLiteral("images.import"));
            const auto &units = model->steps()[size_t(std::max(0, import))].units;
            return import >= 0 && units.size() == 2 && units[1].done >= units[1].total / 2;
        }));
        shoot(run, QStringLiteral("7-run-nodes-running"));
        run.runPage->requestStop();
        ASSERT_TRUE(run.harness->waitUntil([&] { return run.runPage->isComplete(); }));
    }

    Run run = start(QStringLiteral("fail"), Variant::OnNodes);
    ASSERT_TRUE(run.harness->waitUntil([&] { return run.runPage->isComplete(); }));
    shoot(run, QStringLiteral("7-run-nodes-failed"));
    run.runPage->findChild<QPushButton *>(QStringLiteral("retryButton"))->click();
    ASSERT_TRUE(run.harness->waitUntil([&] { return run.runPage->isComplete(); }));
    EXPECT_EQ(run.runPage->engineRun()->model()->outcome().result, RunOutcome::Result::Succeeded);
    // Every node is fine, so the step folded away: opened as a person would, to show them.
    run.runPage->runView()->refresh();
    QTreeWidgetItem *import = run.runPage->runView()->stepList()->topLevelItem(2);
    ASSERT_NE(import, nullptr);
    ASSERT_EQ(import->childCount(), 2);
    EXPECT_FALSE(import->isExpanded());
    import->setExpanded(true);
    shoot(run, QStringLiteral("7-run-nodes-retried"));
}

TEST_P(RunFinishScreenshotTest, WorkerLost)
{
    Run run = start(QStringLiteral("crash"));
    ASSERT_TRUE(run.harness->waitUntil([&] { return run.runPage->isComplete(); }));
    shoot(run, QStringLiteral("7-run-worker-lost"));
}

INSTANTIATE_TEST_SUITE_P(Languages, RunFinishScreenshotTest, ::testing::Values("en", "zh_CN"),
    [](const ::testing::TestParamInfo<const char *> &param) { return std::string(param.param); });

} // namespace DceUpgrade::Wizard::Test
