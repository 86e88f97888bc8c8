#include "RunPage.h"
#include "EngineClient.h"
#include "EngineRun.h"
#include "ErrorPanel.h"
#include "FakeEngine.h"
#include "LogView.h"
#include "RunModel.h"
#include "RunView.h"
#include "WizardHarness.h"

#include <QAbstractButton>
#include <QJsonArray>
#include <QLabel>
#include <QMessageBox>
#include <QMultiMap>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>

#include <gtest/gtest.h>

namespace DceUpgrade::Wizard::Test {

namespace {

QStringList argvOf(const QJsonObject &record)
{
    QStringList argv;
    for (const QJsonValue &value : record.value(QLatin1String("argv")).toArray()) {
        argv << value.toString();
    }
    return argv;
}

} // namespace

// The mnemonic letters of every visible button and label in the window (page and wizard
// buttons), lower case, with the texts they come from.
QMultiMap<QChar, QString> visibleMnemonics(QWidget *window)
{
    QMultiMap<QChar, QString> letters;
    const auto add = [&](const QString &text) {
        for (qsizetype i = text.indexOf(QLatin1Char('&')); i >= 0 && i + 1 < text.size();
             i = text.indexOf(QLatin1Char('&'), i + 2)) {
            if (text.at(i + 1) != QLatin1Char('&')) {
                letters.insert(text.at(i + 1).toLower(), text);
                break;
            }
        }
    };
    for (QAbstractButton *button : window->findChildren<QAbstractButton *>()) {
        if (button->isVisible()) {
            add(button->text());
        }
    }
    for (QLabel *label : window->findChildren<QLabel *>()) {
        if (label->isVisible() && label->buddy()) {
            add(label->text());
        }
    }
    return letters;
}

void expectUniqueMnemonics(QWidget *window)
{
    const QMultiMap<QChar, QString> letters = visibleMnemonics(window);
    EXPECT_FALSE(letters.isEmpty());
    for (const QChar letter : letters.uniqueKeys()) {
        EXPECT_EQ(letters.count(letter), 1)
            << "Alt+" << QString(letter).toStdString()
            << " on: " << letters.values(letter).join(QStringLiteral(" | ")).toStdString();
    }
}

class RunPageTest : public ::testing::Test
{
protected:
    enum class Images { Pushed, ImportedOnNodes };

    // Enters the Run page with the fake engine in `mode`; the run starts at once.
    RunPage *enter(const QString &mode, Images images = Images::Pushed)
    {
        m_fake = std::make_unique<FakeEngine>(mode);
        if (images == Images::ImportedOnNodes) {
            m_fake->importOnNodes();
        }
        m_fake->preparePlan(harness.session());
        page = qobject_cast<RunPage *>(harness.wizard().page(pageIndex(PageId::Run)));
        EXPECT_NE(page, nullptr);
        if (!page) {
            return nullptr;
        }
        m_fake->install(page->engineRun()->client());
        harness.jumpTo(PageId::Run);
        EXPECT_EQ(harness.wizard().currentId(), pageIndex(PageId::Run));
        return page;
    }

    bool waitForEnd(int timeoutMs = 30000)
    {
        return harness.waitUntil([this] { return page->isComplete(); }, timeoutMs);
    }

    template<typename T>
    T *onPage(const char *name) const
    {
        T *widget = page->findChild<T *>(QString::fromLatin1(name));
        EXPECT_NE(widget, nullptr) << name;
        return widget;
    }

    // The question the page opened (window-modal, never exec()ed); answers it.
    void answer(const char *question, bool yes)
    {
        QMessageBox *box = nullptr;
        ASSERT_TRUE(harness.waitUntil(
            [&] {
                box = page->findChild<QMessageBox *>(QString::fromLatin1(question));
                return box && box->isVisible();
            },
            5000))
            << question;
        m_lastQuestion = box->text();
        auto *button = box->findChild<QPushButton *>(
            yes ? QStringLiteral("confirmButton") : QStringLiteral("declineButton"));
        ASSERT_NE(button, nullptr);
        button->click();
        QCoreApplication::processEvents();
    }

    QString statusText() const
    {
        auto *status = page->findChild<QLabel *>(QStringLiteral("runStatus"));
        return status ? status->text() : QString();
    }

    WizardHarness harness;
    RunPage *page = nullptr;
    std::unique_ptr<FakeEngine> m_fake;
    QString m_lastQuestion;
};

TEST_F(RunPageTest, RunsThePlanAndEndsOnNext)
{
    harness.session().setAllowDowngrade(true);
    ASSERT_NE(enter(QStringLiteral("ok")), nullptr);
    QWizard &wizard = harness.wizard();
    EXPECT_FALSE(wizard.button(QWizard::CancelButton)->isVisible())
        << "the page's own Cancel is the only one during the run";
    ASSERT_TRUE(waitForEnd());

    EXPECT_EQ(harness.session().lastRun().kind, RunOutcome::Kind::Upgrade);
    EXPECT_EQ(harness.session().lastRun().result, RunOutcome::Result::Succeeded);
    EXPECT_EQ(harness.session().lastRun().sessionDir, m_fake->sessionDir());
    EXPECT_TRUE(statusText().contains(QStringLiteral("finished"))) << statusText().toStdString();
    auto *steps = onPage<QTreeWidget>("runSteps");
    ASSERT_NE(steps, nullptr);
    ASSERT_TRUE(harness.waitUntil([&] {
        return steps->topLevelItemCount() == 6
            && steps->topLevelItem(5)->text(1) == QStringLiteral("done");
    }));
    auto *bar = onPage<QProgressBar>("runProgress");
    ASSERT_NE(bar, nullptr);
    EXPECT_EQ(bar->value(), bar->maximum());
    EXPECT_FALSE(onPage<QPushButton>("cancelRunButton")->isVisible());
    EXPECT_FALSE(onPage<QPushButton>("retryButton")->isVisible());
    EXPECT_FALSE(onPage<ErrorPanel>("errorPanel")->isVisible());

    // How the worker was started: the plan in a private file, the secret on stdin only.
    const QJsonObject record = m_fake->record();
    const QStringList argv = argvOf(record);
    ASSERT_GE(argv.size(), 3);
    EXPECT_EQ(argv.at(0), QStringLiteral("run"));
    EXPECT_EQ(argv.at(1), QStringLiteral("--plan"));
    EXPECT_TRUE(argv.contains(QStringLiteral("--secrets-stdin")));
    EXPECT_TRUE(argv.contains(QStringLiteral("--allow-downgrade")));
    // The report says the plan came from the wizard (its temporary file is gone afterwards).
    EXPECT_EQ(
        argv.value(argv.indexOf(QStringLiteral("--plan-origin")) + 1), QStringLiteral("wizard"));
    EXPECT_EQ(argv.at(argv.indexOf(QStringLiteral("--events")) + 1), QStringLiteral("-"));
    EXPECT_FALSE(argv.join(QLatin1Char(' ')).contains(QLatin1String(FakeEngine::Password)));
    EXPECT_TRUE(record.value(QLatin1String("secretsOk")).toBool());
    EXPECT_EQ(record.value(QLatin1String("planMode")).toString(), QStringLiteral("0o600"));
    EXPECT_EQ(record.value(QLatin1String("planDirMode")).toString(), QStringLiteral("0o700"));
    const QString plan = record.value(QLatin1String("plan")).toString();
    EXPECT_TRUE(plan.contains(QStringLiteral("registry.example:5000"))) << plan.toStdString();
    EXPECT_FALSE(plan.contains(QLatin1String(FakeEngine::Password)));
    EXPECT_FALSE(QFileInfo::exists(argv.at(2))) << "the plan's temporary folder is gone";

    // No way back to the plan; Next (the commit button) goes to Finish.
    EXPECT_TRUE(page->isCommitPage());
    QAbstractButton *next = wizard.button(QWizard::CommitButton);
    EXPECT_TRUE(next->isVisible());
    EXPECT_TRUE(next->isEnabled());
    EXPECT_TRUE(next->text().contains(QStringLiteral("Next")));
    next->click();
    EXPECT_EQ(wizard.currentId(), pageIndex(PageId::Finish));
    EXPECT_FALSE(wizard.button(QWizard::BackButton)->isEnabled()
        && wizard.button(QWizard::BackButton)->isVisible());
    EXPECT_TRUE(wizard.button(QWizard::CancelButton)->isVisible()
        || wizard.button(QWizard::FinishButton)->isVisible());
}

TEST_F(RunPageTest, FailedStepShowsMessageHintRetryAndRollBack)
{
    ASSERT_NE(enter(QStringLiteral("fail")), nullptr);
    ASSERT_TRUE(waitForEnd());
    const RunOutcome failed = harness.session().lastRun();
    EXPECT_EQ(failed.result, RunOutcome::Result::Failed);
    EXPECT_EQ(failed.failedStep, QStringLiteral("helm.upgrade"));

    auto *error = onPage<ErrorPanel>("errorPanel");
    ASSERT_NE(error, nullptr);
    EXPECT_TRUE(error->isVisible());
    EXPECT_TRUE(error->message().contains(QStringLiteral("Upgrade skoala")))
        << error->message().toStdString();
    EXPECT_TRUE(error->message().contains(QStringLiteral("timed out waiting for the condition")));
    EXPECT_TRUE(error->hint().contains(QStringLiteral("kubectl get pods")));
    auto *retry = onPage<QPushButton>("retryButton");
    auto *rollback = onPage<QPushButton>("rollbackButton");
    ASSERT_TRUE(retry && rollback);
    EXPECT_TRUE(retry->isVisible());
    EXPECT_TRUE(rollback->isVisible()) << "helm upgrade was attempted: there is something to undo";
    EXPECT_TRUE(retry->hasFocus()) << "the keyboard lands on what to do next";
    EXPECT_TRUE(page->isComplete()) << "Next to Finish is allowed after a failure";
    expectUniqueMnemonics(&harness.wizard());

    // Retry resumes the session: what is done is skipped, the failed step runs again.
    retry->click();
    EXPECT_TRUE(page->isWorking());
    EXPECT_FALSE(page->isComplete());
    ASSERT_TRUE(waitForEnd());
    const QStringList argv = argvOf(m_fake->record());
    EXPECT_EQ(argv.mid(0, 3),
        QStringList({QStringLiteral("run"), QStringLiteral("--resume"), m_fake->sessionDir()}));
    EXPECT_TRUE(argv.contains(QStringLiteral("--secrets-stdin")));
    EXPECT_TRUE(m_fake->record().value(QLatin1String("secretsOk")).toBool());
    EXPECT_EQ(harness.session().lastRun().result, RunOutcome::Result::Succeeded);
    auto *steps = onPage<QTreeWidget>("runSteps");
    ASSERT_TRUE(harness.waitUntil(
        [&] { return steps->topLevelItem(0)->text(1) == QStringLiteral("skipped"); }));
    EXPECT_FALSE(error->isVisible());
}

// images.import on two nodes: each node is a line under the step with its own state; the one
// that failed says why, the step fails naming it, and Retry does only that node again.
TEST_F(RunPageTest, NodeThatFailsIsShownUnderItsStepAndRetryDoesOnlyIt)
{
    ASSERT_NE(enter(QStringLiteral("fail"), Images::ImportedOnNodes), nullptr);
    ASSERT_TRUE(waitForEnd());
    const RunOutcome failed = harness.session().lastRun();
    EXPECT_EQ(failed.result, RunOutcome::Result::Failed);
    EXPECT_EQ(failed.failedStep, QStringLiteral("images.import"));
    EXPECT_EQ(failed.code, QStringLiteral("nodes.failed"));
    auto *error = onPage<ErrorPanel>("errorPanel");
    ASSERT_NE(error, nullptr);
    EXPECT_TRUE(error->message().contains(QLatin1String(FakeEngine::SecondNode)))
        << error->message().toStdString();
    EXPECT_TRUE(error->hint().contains(QStringLiteral("Connect once from a terminal")));

    auto *steps = onPage<QTreeWidget>("runSteps");
    ASSERT_NE(steps, nullptr);
    QTreeWidgetItem *import = nullptr;
    ASSERT_TRUE(harness.waitUntil([&] {
        import = steps->topLevelItem(2);
        return import && import->childCount() == 2
            && import->child(1)->text(1) == QStringLiteral("failed");
    }));
    EXPECT_EQ(import->text(1), QStringLiteral("failed"));
    EXPECT_TRUE(import->isExpanded());
    EXPECT_EQ(import->child(0)->text(0), QLatin1String(FakeEngine::FirstNode));
    EXPECT_EQ(import->child(0)->text(1), QStringLiteral("done"));
    EXPECT_EQ(import->child(1)->text(0), QLatin1String(FakeEngine::SecondNode));
    EXPECT_TRUE(import->child(1)->toolTip(0).contains(QStringLiteral("host key")))
        << import->child(1)->toolTip(0).toStdString();
    EXPECT_TRUE(import->child(1)->toolTip(0).contains(QStringLiteral("What to do:")));

    // The step's log filter shows the nodes' lines, each tagged with its node.
    LogView *log = page->runView()->logView();
    log->setFilterStep(QStringLiteral("images.import"));
    const QString lines = log->bufferedText();
    EXPECT_TRUE(lines.contains(QStringLiteral("[root@10.0.0.11:22] unpacking")));
    EXPECT_TRUE(lines.contains(QStringLiteral("[root@10.0.0.12:22] Host key verification failed")));
    log->setFilterStep(QString());

    // Retry: the node that finished is skipped, the other one is done now.
    onPage<QPushButton>("retryButton")->click();
    ASSERT_TRUE(waitForEnd());
    EXPECT_EQ(argvOf(m_fake->record()).mid(0, 2),
        QStringList({QStringLiteral("run"), QStringLiteral("--resume")}));
    EXPECT_EQ(harness.session().lastRun().result, RunOutcome::Result::Succeeded);
    ASSERT_TRUE(harness.waitUntil([&] {
        import = steps->topLevelItem(2);
        return import && import->childCount() == 2
            && import->child(1)->text(1) == QStringLiteral("done");
    }));
    EXPECT_EQ(import->child(0)->text(1), QStringLiteral("skipped"));
    EXPECT_EQ(import->text(1), QStringLiteral("done"));
    EXPECT_FALSE(import->isExpanded()) << "every node is fine: folded away";
}

TEST_F(RunPageTest, NodesTheLostWorkerWasRunningEndFailed)
{
    ASSERT_NE(enter(QStringLiteral("crash"), Images::ImportedOnNodes), nullptr);
    ASSERT_TRUE(waitForEnd());
    EXPECT_EQ(harness.session().lastRun().result, RunOutcome::Result::WorkerLost);
    EXPECT_EQ(harness.session().lastRun().failedStep, QStringLiteral("images.import"));
    const RunModel::Step &step = page->engineRun()->model()->steps()[2];
    ASSERT_EQ(step.units.size(), 2u);
    for (const RunModel::Unit &unit : step.units) {
        EXPECT_EQ(unit.state, RunModel::StepState::Failed) << unit.id.toStdString();
        EXPECT_GT(unit.done, 0) << "it had moved before the worker went away";
    }
    auto *steps = onPage<QTreeWidget>("runSteps");
    ASSERT_TRUE(harness.waitUntil([&] {
        QTreeWidgetItem *import = steps->topLevelItem(2);
        return import && import->childCount() == 2 && import->isExpanded()
            && import->child(0)->text(1) == QStringLiteral("failed")
            && import->child(1)->text(1) == QStringLiteral("failed");
    }));
}

TEST_F(RunPageTest, RollBackAsksNamingTheRevisionThenRunsTheRollback)
{
    ASSERT_NE(enter(QStringLiteral("fail")), nullptr);
    ASSERT_TRUE(waitForEnd());
    auto *rollback = onPage<QPushButton>("rollbackButton");
    ASSERT_NE(rollback, nullptr);

    rollback->click();
    answer("rollbackQuestion", false);
    EXPECT_FALSE(page->isWorking()) << "declined: nothing runs";
    EXPECT_TRUE(m_lastQuestion.contains(QStringLiteral("skoala in skoala-system")))
        << m_lastQuestion.toStdString();
    EXPECT_TRUE(m_lastQuestion.contains(QStringLiteral("revision 4")));
    EXPECT_TRUE(m_lastQuestion.contains(QStringLiteral("0.27.0")));

    rollback->click();
    answer("rollbackQuestion", true);
    EXPECT_TRUE(page->isWorking());
    ASSERT_TRUE(waitForEnd());
    EXPECT_EQ(argvOf(m_fake->record()).mid(0, 3),
        QStringList(
            {QStringLiteral("rollback"), QStringLiteral("--session"), m_fake->sessionDir()}));
    EXPECT_EQ(harness.session().lastRun().kind, RunOutcome::Kind::Rollback);
    EXPECT_EQ(harness.session().lastRun().result, RunOutcome::Result::Succeeded);
    EXPECT_TRUE(
        harness.session().lastRun().report.endsWith(QStringLiteral("rollback-report.html")));
    EXPECT_TRUE(statusText().contains(QStringLiteral("rollback finished")));
}

TEST_F(RunPageTest, CancelAsksThenStopsSafelyAndEndsCanceled)
{
    ASSERT_NE(enter(QStringLiteral("hang")), nullptr);
    RunModel *model = page->engineRun()->model();
    ASSERT_TRUE(harness.waitUntil([&] { return model->transfer().done > 0; }));
    auto *cancel = onPage<QPushButton>("cancelRunButton");
    ASSERT_NE(cancel, nullptr);
    EXPECT_TRUE(cancel->isVisible());
    EXPECT_FALSE(page->isComplete()) << "no Next while the worker runs";
    EXPECT_TRUE(page->isWorking());
    expectUniqueMnemonics(&harness.wizard());

    // The bar's line tells the transfer.
    auto *progressText = onPage<QLabel>("runProgressText");
    ASSERT_TRUE(
        harness.waitUntil([&] { return progressText->text().contains(QStringLiteral("/s")); }));
    EXPECT_TRUE(progressText->text().contains(QStringLiteral("Push the images")))
        << progressText->text().toStdString();
    EXPECT_TRUE(progressText->text().contains(QStringLiteral("MiB")));
    EXPECT_TRUE(progressText->text().contains(QStringLiteral("left")));

    cancel->click();
    answer("cancelRunQuestion", false);
    QTest::qWait(300);
    EXPECT_TRUE(page->isWorking()) << "kept running";

    cancel->click();
    answer("cancelRunQuestion", true);
    EXPECT_TRUE(statusText().contains(QStringLiteral("Stopping safely")))
        << statusText().toStdString();
    EXPECT_FALSE(cancel->isEnabled());
    ASSERT_TRUE(waitForEnd());
    EXPECT_EQ(harness.session().lastRun().result, RunOutcome::Result::Canceled);
    EXPECT_TRUE(statusText().contains(QStringLiteral("canceled")));
    EXPECT_TRUE(onPage<QPushButton>("retryButton")->isVisible());
    auto *steps = onPage<QTreeWidget>("runSteps");
    ASSERT_TRUE(harness.waitUntil(
        [&] { return steps->topLevelItem(2)->text(1) == QStringLiteral("canceled"); }));

    // A rerun completes.
    m_fake->setVariable(QStringLiteral("FAKE_ENGINE_MODE"), QStringLiteral("ok"));
    m_fake->install(page->engineRun()->client());
    onPage<QPushButton>("retryButton")->click();
    ASSERT_TRUE(waitForEnd());
    EXPECT_EQ(harness.session().lastRun().result, RunOutcome::Result::Succeeded);
}

TEST_F(RunPageTest, KilledWorkerIsReportedWithItsLastLines)
{
    ASSERT_NE(enter(QStringLiteral("crash")), nullptr);
    ASSERT_TRUE(waitForEnd());
    EXPECT_EQ(harness.session().lastRun().result, RunOutcome::Result::WorkerLost);
    auto *error = onPage<ErrorPanel>("errorPanel");
    ASSERT_NE(error, nullptr);
    EXPECT_TRUE(error->isVisible());
    EXPECT_TRUE(error->message().contains(QStringLiteral("stopped unexpectedly")))
        << error->message().toStdString();
    EXPECT_TRUE(error->message().contains(QStringLiteral("Upgrade skoala")));
    auto *lastLines = onPage<QPlainTextEdit>("workerLastLines");
    ASSERT_NE(lastLines, nullptr);
    EXPECT_TRUE(lastLines->isVisible());
    EXPECT_TRUE(lastLines->toPlainText().contains(QStringLiteral("about to be killed")))
        << lastLines->toPlainText().toStdString();
    EXPECT_TRUE(onPage<QPushButton>("retryButton")->isVisible());
    EXPECT_TRUE(onPage<QPushButton>("rollbackButton")->isVisible());
}

TEST_F(RunPageTest, WorkerThatRefusesShowsWhatItSaid)
{
    ASSERT_NE(enter(QStringLiteral("refuse")), nullptr);
    ASSERT_TRUE(waitForEnd());
    EXPECT_EQ(harness.session().lastRun().result, RunOutcome::Result::Failed);
    auto *error = onPage<ErrorPanel>("errorPanel");
    EXPECT_TRUE(error->message().contains(QStringLiteral("exit code 2")))
        << error->message().toStdString();
    auto *lastLines = onPage<QPlainTextEdit>("workerLastLines");
    EXPECT_TRUE(lastLines->toPlainText().contains(QStringLiteral("plan.invalid")));
    EXPECT_FALSE(onPage<QPushButton>("rollbackButton")->isVisible()) << "nothing was changed";
}

TEST_F(RunPageTest, WorkerThatCannotStartIsReported)
{
    page = qobject_cast<RunPage *>(harness.wizard().page(pageIndex(PageId::Run)));
    ASSERT_NE(page, nullptr);
    FakeEngine fake;
    fake.preparePlan(harness.session());
    page->engineRun()->client()->setProgram(QStringLiteral("/nonexistent/dce-upgrade"));
    harness.jumpTo(PageId::Run);
    ASSERT_TRUE(waitForEnd());
    EXPECT_EQ(harness.session().lastRun().result, RunOutcome::Result::WorkerLost);
    EXPECT_TRUE(onPage<ErrorPanel>("errorPanel")
                    ->message()
                    .contains(QStringLiteral("could not be started")));
    EXPECT_FALSE(onPage<QPlainTextEdit>("workerLastLines")->toPlainText().isEmpty());
}

TEST_F(RunPageTest, UnknownEventsAreIgnored)
{
    ASSERT_NE(enter(QStringLiteral("unknown")), nullptr);
    ASSERT_TRUE(waitForEnd());
    EXPECT_EQ(harness.session().lastRun().result, RunOutcome::Result::Succeeded);
    EXPECT_EQ(page->engineRun()->model()->steps().size(), 6u);
    LogView *log = page->runView()->logView();
    log->flush();
    const QString text = log->bufferedText();
    EXPECT_TRUE(text.contains(QStringLiteral("with extra keys")));
    EXPECT_FALSE(text.contains(QStringLiteral("from a future engine")));
    EXPECT_FALSE(text.contains(QStringLiteral("not JSON")));
    EXPECT_FALSE(onPage<ErrorPanel>("errorPanel")->isVisible());
    // What the view draws, not only what it keeps.
    ASSERT_TRUE(harness.waitUntil([&] { return !log->hasPendingLines(); }));
    EXPECT_TRUE(log->textEdit()->toPlainText().contains(QStringLiteral("$ fake images.push")))
        << log->textEdit()->toPlainText().toStdString();
}

TEST_F(RunPageTest, ClosingTheWindowAsksStopsThenCloses)
{
    ASSERT_NE(enter(QStringLiteral("hang")), nullptr);
    ASSERT_TRUE(harness.waitUntil([&] { return page->engineRun()->model()->transfer().done > 0; }));
    QWizard &wizard = harness.wizard();
    wizard.close();
    QMessageBox *box = nullptr;
    ASSERT_TRUE(harness.waitUntil([&] {
        box = wizard.findChild<QMessageBox *>(QStringLiteral("stopAndCloseQuestion"));
        return box && box->isVisible();
    }));
    EXPECT_TRUE(wizard.isVisible());
    QAbstractButton *stop = nullptr;
    for (QAbstractButton *button : box->buttons()) {
        if (box->buttonRole(button) == QMessageBox::DestructiveRole) {
            stop = button;
        }
    }
    ASSERT_NE(stop, nullptr);
    stop->click();
    ASSERT_TRUE(harness.waitUntil([&] { return !wizard.isVisible(); }));
    EXPECT_FALSE(page->isWorking());
    EXPECT_EQ(harness.session().lastRun().result, RunOutcome::Result::Canceled);
}

} // namespace DceUpgrade::Wizard::Test
