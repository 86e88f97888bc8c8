#include "RunView.h"
#include "EventLines.h"
#include "LogView.h"
#include "RunModel.h"
#include "WizardHarness.h"

#include "util/DataSize.h"

#include <QAccessible>
#include <QHeaderView>
#include <QLineEdit>
#include <QStyle>
#include <QTreeWidget>

#include <gtest/gtest.h>

namespace DceUpgrade::Wizard::Test {

namespace {

enum Column { TitleColumn, StateColumn, TimeColumn };

// What a screen reader gets for the row whose title cell is `title`: {title, state,
// description of the title}; empty when no visible row has that title.
QStringList accessibleRow(QTreeWidget *tree, const QString &title)
{
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(tree);
    if (!accessible || !accessible->tableInterface()) {
        return {};
    }
    QAccessibleTableInterface *table = accessible->tableInterface();
    for (int row = 0; row < table->rowCount(); ++row) {
        QAccessibleInterface *titleCell = table->cellAt(row, TitleColumn);
        QAccessibleInterface *stateCell = table->cellAt(row, StateColumn);
        if (titleCell && stateCell && titleCell->text(QAccessible::Name) == title) {
            return {titleCell->text(QAccessible::Name), stateCell->text(QAccessible::Name),
                titleCell->text(QAccessible::Description)};
        }
    }
    return {};
}

QString bytes(qint64 done, qint64 total)
{
    return QStringLiteral("%1 of %2").arg(dataSize(done), dataSize(total));
}

} // namespace

class RunViewTest : public ::testing::Test
{
protected:
    RunViewTest()
    {
        model.reset(RunOutcome::Kind::Upgrade);
        view.resize(900, 500);
        view.show();
        view.refresh();
    }

    QTreeWidgetItem *importItem() const { return view.stepList()->topLevelItem(1); }

    RunModel model;
    RunView view {&model};
};

TEST_F(RunViewTest, UnitsAreChildItemsOfTheirStepWithTheirOwnBytes)
{
    using namespace NodeLines;
    QTreeWidget *tree = view.stepList();
    feedEventLines(model, {RunStarted});
    view.refresh();
    EXPECT_FALSE(tree->rootIsDecorated()) << "no expand arrows while no step has units";

    feedEventLines(model, {ImportRunning, SecondRunning, FirstRunning, FirstHalfway});
    EXPECT_EQ(importItem()->childCount(), 0) << "never redrawn per event";
    ASSERT_TRUE(WizardHarness::waitUntil([&] { return importItem()->childCount() == 2; }, 2000))
        << "redrawn on the refresh timer";

    QTreeWidgetItem *second = importItem()->child(0);
    QTreeWidgetItem *first = importItem()->child(1);
    EXPECT_EQ(second->text(TitleColumn), QStringLiteral("root@10.0.0.12:22")) << "the order came";
    EXPECT_EQ(first->text(TitleColumn), QStringLiteral("root@10.0.0.11:22"));
    EXPECT_EQ(
        first->text(StateColumn), QStringLiteral("running, ") + bytes(1073741824, 2147483648));
    EXPECT_EQ(second->text(StateColumn), QStringLiteral("running, ") + bytes(0, 2147483648));
    EXPECT_FALSE(first->text(TimeColumn).isEmpty()) << "its elapsed time";
    EXPECT_FALSE(first->icon(TitleColumn).isNull());
    EXPECT_TRUE(importItem()->isExpanded()) << "a running step shows its nodes";
    EXPECT_TRUE(tree->rootIsDecorated());
    EXPECT_EQ(tree->topLevelItem(0)->childCount(), 0);

    // The list made room for the node's name beside its bytes, so it is not cut to "r…".
    const int nameWidth = 2 * tree->indentation()
        + tree->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, tree)
        + tree->fontMetrics().horizontalAdvance(QStringLiteral("root@10.0.0.11:22"));
    EXPECT_TRUE(WizardHarness::waitUntil(
        [&] { return tree->header()->sectionSize(TitleColumn) >= nameWidth; }, 2000))
        << tree->header()->sectionSize(TitleColumn) << " < " << nameWidth;

    // The state is in what a screen reader reads, bytes included.
    EXPECT_EQ(accessibleRow(tree, QStringLiteral("root@10.0.0.11:22")),
        QStringList({QStringLiteral("root@10.0.0.11:22"),
            QStringLiteral("running, ") + bytes(1073741824, 2147483648),
            QStringLiteral("root@10.0.0.11:22")}));
}

TEST_F(RunViewTest, WideningForNodesLeavesTheLogsFindFieldUsable)
{
    using namespace NodeLines;
    view.resize(700, 500);
    feedEventLines(model, {RunStarted, ImportRunning, SecondRunning, FirstRunning, FirstHalfway});
    view.refresh();
    ASSERT_TRUE(WizardHarness::waitUntil(
        [&] { return importItem() != nullptr && importItem()->childCount() == 2; }, 2000));
    auto *find = view.logView()->findChild<QLineEdit *>(QStringLiteral("logFind"));
    ASSERT_NE(find, nullptr);
    QCoreApplication::processEvents();
    // Room for a word or an image name, however much the node names want.
    EXPECT_GE(find->width(), find->fontMetrics().averageCharWidth() * 12) << find->width();
    EXPECT_GT(view.stepList()->width(), 220) << "the list still widened as far as it could";
}

TEST_F(RunViewTest, FailedUnitTellsWhyAndItsStepStaysExpanded)
{
    using namespace NodeLines;
    QTreeWidget *tree = view.stepList();
    feedEventLines(model, {RunStarted, ImportRunning, FirstRunning, SecondRunning});
    view.refresh();
    ASSERT_EQ(importItem()->childCount(), 2);
    // Collapsed by the user while it runs: left so while the step's state stays.
    importItem()->setExpanded(false);
    feedEventLines(model, {FirstHalfway});
    view.refresh();
    EXPECT_FALSE(importItem()->isExpanded());

    feedEventLines(model, {SecondFailed, FirstOk, ImportFailed, RunFailed});
    model.workerEnded(EngineClient::Ending::Exited, 1, {}, false);
    view.refresh();
    EXPECT_TRUE(importItem()->isExpanded()) << "a node failed: the nodes stay in sight";
    QTreeWidgetItem *first = importItem()->child(0);
    QTreeWidgetItem *second = importItem()->child(1);
    EXPECT_EQ(first->text(StateColumn), QStringLiteral("done"));
    EXPECT_EQ(first->toolTip(TitleColumn),
        QStringLiteral("root@10.0.0.11:22: Every image is on root@10.0.0.11:22."));
    EXPECT_EQ(second->text(StateColumn), QStringLiteral("failed"));
    const QString why
        = QStringLiteral("root@10.0.0.12:22: The host key of root@10.0.0.12:22 is not known to "
                         "this machine.\nWhat to do: Connect once from a terminal and answer "
                         "yes.");
    EXPECT_EQ(second->toolTip(TitleColumn), why);
    EXPECT_FALSE(second->text(TimeColumn).isEmpty());
    EXPECT_EQ(importItem()->text(StateColumn), QStringLiteral("failed"));
    EXPECT_TRUE(importItem()->toolTip(TitleColumn).contains(QStringLiteral("1 of 2 node(s)")));

    EXPECT_EQ(accessibleRow(tree, QStringLiteral("root@10.0.0.12:22")),
        QStringList({QStringLiteral("root@10.0.0.12:22"), QStringLiteral("failed"), why}));
}

TEST_F(RunViewTest, StepWhoseUnitsAllEndedWellFoldsAway)
{
    using namespace NodeLines;
    feedEventLines(model,
        {RunStarted, ImportRunning,
            R"({"v":1,"type":"unit","step":"images.import","unit":"local","state":"skipped",)"
            R"("done":0,"total":2147483648,"message":"Done in an earlier run of this session."})",
            FirstRunning});
    view.refresh();
    ASSERT_EQ(importItem()->childCount(), 2);
    QTreeWidgetItem *local = importItem()->child(0);
    EXPECT_EQ(local->text(TitleColumn), QStringLiteral("This machine"));
    EXPECT_EQ(local->data(TitleColumn, Qt::UserRole).toString(), QStringLiteral("local"));
    EXPECT_EQ(local->text(StateColumn), QStringLiteral("skipped"));
    EXPECT_TRUE(local->text(TimeColumn).isEmpty()) << "it did not run in this run";
    EXPECT_EQ(local->toolTip(TitleColumn),
        QStringLiteral("This machine: Done in an earlier run of this session."));
    EXPECT_TRUE(importItem()->isExpanded());

    feedEventLines(model,
        {FirstOk, R"({"v":1,"type":"step","id":"images.import","state":"ok","durationMs":4000})"});
    view.refresh();
    EXPECT_FALSE(importItem()->isExpanded()) << "nothing to look at any more";
    EXPECT_EQ(importItem()->child(1)->text(StateColumn), QStringLiteral("done"));

    // A language change rebuilds the list: the units come back, folded as they were.
    view.stepList()->clear();
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(&view, &change);
    ASSERT_EQ(importItem()->childCount(), 2);
    EXPECT_FALSE(importItem()->isExpanded());
}

} // namespace DceUpgrade::Wizard::Test
