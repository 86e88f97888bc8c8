#include "BundlePage.h"
#include "ErrorPanel.h"
#include "PackageFixture.h"
#include "PackageTree.h"
#include "WizardHarness.h"

#include <QAbstractButton>
#include <QFileDialog>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>

#include <gtest/gtest.h>

namespace DceUpgrade::Wizard::Test {

namespace {

QString packageName()
{
    return QStringLiteral("skoala_v0.28.0_amd64.tar");
}

// What the page shows once it is done, for failure messages.
std::string pageState(const WizardHarness &harness)
{
    const auto *error = harness.find<ErrorPanel>(QStringLiteral("errorPanel"));
    return error && error->isVisible() ? "error shown: " + error->message().toStdString()
                                       : std::string("no error shown");
}

// Checks the summary and the image tree against the generator's expectations.
void expectPackageShown(WizardHarness &harness, const QJsonObject &expect)
{
    const QJsonArray charts = expect.value(QStringLiteral("charts")).toArray();
    ASSERT_EQ(charts.size(), 2) << "the package fixture changed";

    auto *chartsLabel = harness.find<QLabel>(QStringLiteral("packageCharts"));
    auto *imagesLabel = harness.find<QLabel>(QStringLiteral("packageImages"));
    auto *checksumLabel = harness.find<QLabel>(QStringLiteral("packageChecksum"));
    auto *tree = harness.find<PackageTree>(QStringLiteral("imageTree"));
    ASSERT_TRUE(chartsLabel && imagesLabel && checksumLabel && tree);
    EXPECT_TRUE(chartsLabel->isVisible());
    EXPECT_TRUE(tree->isVisible());

    qsizetype imageCount = 0;
    ASSERT_EQ(tree->topLevelItemCount(), charts.size());
    for (qsizetype i = 0; i < charts.size(); ++i) {
        const QJsonObject chart = charts.at(i).toObject();
        const QString nameVersion = chart.value(QStringLiteral("name")).toString()
            + QLatin1Char(' ') + chart.value(QStringLiteral("version")).toString();
        const QJsonArray images = chart.value(QStringLiteral("images")).toArray();
        imageCount += images.size();
        EXPECT_TRUE(chartsLabel->text().contains(nameVersion))
            << chartsLabel->text().toStdString() << " lacks " << nameVersion.toStdString();

        const QTreeWidgetItem *bundleItem = tree->topLevelItem(static_cast<int>(i));
        EXPECT_TRUE(bundleItem->text(PackageTree::ReferenceColumn).startsWith(nameVersion));
        ASSERT_EQ(bundleItem->childCount(), images.size());
        for (qsizetype j = 0; j < images.size(); ++j) {
            const QJsonObject image = images.at(j).toObject();
            const QTreeWidgetItem *imageItem = bundleItem->child(static_cast<int>(j));
            const QString digest = image.value(QStringLiteral("manifest_digest")).toString();
            EXPECT_EQ(imageItem->toolTip(PackageTree::DigestColumn), digest);
            EXPECT_TRUE(digest.startsWith(imageItem->text(PackageTree::DigestColumn)));
            EXPECT_EQ(imageItem->text(PackageTree::DigestColumn).size(),
                qsizetype(QStringLiteral("sha256:").size() + 12));
            for (const QJsonValue reference : image.value(QStringLiteral("refs")).toArray()) {
                EXPECT_TRUE(
                    imageItem->text(PackageTree::ReferenceColumn).contains(reference.toString()));
            }
            EXPECT_FALSE(imageItem->text(PackageTree::SizeColumn).isEmpty());
        }
    }
    EXPECT_TRUE(
        imagesLabel->text().startsWith(QString::number(imageCount) + QStringLiteral(" images")))
        << imagesLabel->text().toStdString();
    EXPECT_TRUE(checksumLabel->text().contains(packageName() + QStringLiteral(".sha512sum")))
        << checksumLabel->text().toStdString();
}

} // namespace

TEST(BundlePageTest, ReadsAGeneratedPackageOffTheGuiThread)
{
    PackageFixture fixture;
    const auto package = fixture.make(QStringLiteral("package"), packageName());
    ASSERT_FALSE(package.path.isEmpty());

    WizardHarness harness;
    ASSERT_TRUE(harness.goTo(PageId::Bundle));
    auto *page = qobject_cast<BundlePage *>(harness.wizard().currentPage());
    ASSERT_NE(page, nullptr);
    QAbstractButton *finish = harness.wizard().button(QWizard::FinishButton);
    EXPECT_FALSE(finish->isEnabled());

    harness.enterPackagePath(package.path);
    // The result arrives through the event loop, which has not run yet: still reading.
    EXPECT_TRUE(page->isBusy());
    EXPECT_FALSE(page->isComplete());
    EXPECT_TRUE(harness.find<QWidget>(QStringLiteral("busyIndicator"))->isVisible());

    ASSERT_TRUE(harness.waitUntil([&] { return page->isComplete(); })) << pageState(harness);
    EXPECT_FALSE(harness.find<QWidget>(QStringLiteral("busyIndicator"))->isVisible());
    EXPECT_FALSE(harness.find<ErrorPanel>(QStringLiteral("errorPanel"))->isVisible());
    EXPECT_TRUE(harness.session().hasPackage());
    EXPECT_EQ(harness.session().packagePath(), package.path);
    EXPECT_TRUE(finish->isEnabled());
    expectPackageShown(harness, package.expect);
}

TEST(BundlePageTest, BrowseOpensAFileDialogWithoutBlocking)
{
    PackageFixture fixture;
    const auto package = fixture.make(QStringLiteral("package"), packageName());
    ASSERT_FALSE(package.path.isEmpty());

    WizardHarness harness;
    ASSERT_TRUE(harness.goTo(PageId::Bundle));
    auto *page = qobject_cast<BundlePage *>(harness.wizard().currentPage());
    ASSERT_NE(page, nullptr);

    // click() returns: the dialog is opened with open(), not exec().
    harness.find<QPushButton>(QStringLiteral("browseButton"))->click();
    auto *dialog = harness.wizard().findChild<QFileDialog *>();
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(harness.waitUntil([&] { return dialog->isVisible(); }, 5000));
    dialog->selectFile(package.path);
    static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept() is protected

    ASSERT_TRUE(harness.waitUntil([&] { return page->isComplete(); })) << pageState(harness);
    EXPECT_EQ(harness.session().packagePath(), package.path);
    expectPackageShown(harness, package.expect);
}

TEST(BundlePageTest, ShowsWhyABrokenPackageCannotBeRead)
{
    PackageFixture fixture;
    const auto broken = fixture.make(QStringLiteral("truncated"), packageName());
    ASSERT_FALSE(broken.path.isEmpty());

    WizardHarness harness;
    ASSERT_TRUE(harness.goTo(PageId::Bundle));
    auto *page = qobject_cast<BundlePage *>(harness.wizard().currentPage());
    ASSERT_NE(page, nullptr);
    auto *error = harness.find<ErrorPanel>(QStringLiteral("errorPanel"));
    ASSERT_NE(error, nullptr);

    harness.enterPackagePath(broken.path);
    ASSERT_TRUE(harness.waitUntil([&] { return error->isVisible(); }));
    EXPECT_FALSE(page->isBusy());
    EXPECT_FALSE(page->isComplete());
    EXPECT_FALSE(harness.wizard().button(QWizard::FinishButton)->isEnabled());

    auto *message = harness.find<QLabel>(QStringLiteral("errorMessage"));
    auto *hint = harness.find<QLabel>(QStringLiteral("errorHint"));
    ASSERT_TRUE(message && hint);
    EXPECT_TRUE(message->isVisible());
    EXPECT_TRUE(message->text().contains(QStringLiteral("truncated")))
        << message->text().toStdString();
    EXPECT_TRUE(message->text().contains(packageName())) << message->text().toStdString();
    EXPECT_TRUE(hint->isVisible());
    EXPECT_TRUE(hint->text().contains(QStringLiteral("Download the package again")))
        << hint->text().toStdString();
    EXPECT_FALSE(harness.find<QWidget>(QStringLiteral("imageTree"))->isVisible());

    // A good package afterwards clears the error.
    const auto good = fixture.make(QStringLiteral("package"), QStringLiteral("good.tar"));
    ASSERT_FALSE(good.path.isEmpty());
    harness.enterPackagePath(good.path);
    EXPECT_FALSE(error->isVisible());
    ASSERT_TRUE(harness.waitUntil([&] { return page->isComplete(); })) << pageState(harness);
    EXPECT_FALSE(error->isVisible());
}

// Needs the engine's zh_CN translations (core contexts of translations/dce-upgrade_zh_CN.ts).
TEST(BundlePageTest, ErrorFollowsTheLanguageSwitch)
{
    PackageFixture fixture;
    const auto broken = fixture.make(QStringLiteral("truncated"), packageName());
    ASSERT_FALSE(broken.path.isEmpty());

    WizardHarness harness;
    ASSERT_TRUE(harness.goTo(PageId::Bundle));
    auto *error = harness.find<ErrorPanel>(QStringLiteral("errorPanel"));
    ASSERT_NE(error, nullptr);
    harness.enterPackagePath(broken.path);
    ASSERT_TRUE(harness.waitUntil([&] { return error->isVisible(); }));
    const QString english = error->message();

    harness.switchLanguage(QStringLiteral("zh_CN"));
    ASSERT_TRUE(harness.waitUntil(
        [&] {
            return error->isVisible() && !error->message().isEmpty() && error->message() != english;
        },
        5000))
        << "the error is still \"" << english.toStdString()
        << "\" after switching to zh_CN: is the engine's zh_CN translation compiled in?";
    EXPECT_FALSE(harness.wizard().currentPage()->isComplete());
}

TEST(BundlePageTest, ShowsAMissingFileInline)
{
    PackageFixture fixture;
    WizardHarness harness;
    ASSERT_TRUE(harness.goTo(PageId::Bundle));
    auto *page = qobject_cast<BundlePage *>(harness.wizard().currentPage());
    ASSERT_NE(page, nullptr);
    auto *error = harness.find<ErrorPanel>(QStringLiteral("errorPanel"));
    ASSERT_NE(error, nullptr);

    harness.enterPackagePath(fixture.dir() + QStringLiteral("/does-not-exist.tar"));
    ASSERT_TRUE(harness.waitUntil([&] { return error->isVisible(); }));
    EXPECT_FALSE(error->message().isEmpty());
    EXPECT_FALSE(page->isComplete());
}

} // namespace DceUpgrade::Wizard::Test
