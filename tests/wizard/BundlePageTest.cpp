#include "BundlePage.h"
#include "ErrorPanel.h"
#include "PackageFixture.h"
#include "PackageSummary.h"
#include "PackageTree.h"
#include "WizardHarness.h"
#include "WizardSettings.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QTest>
#include <QToolButton>
#include <QUrl>

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

BundlePage *openBundlePage(WizardHarness &harness)
{
    EXPECT_TRUE(harness.goTo(PageId::Bundle));
    return qobject_cast<BundlePage *>(harness.wizard().currentPage());
}

PackageSummary::Verdict checksumVerdict(WizardHarness &harness)
{
    return harness.find<PackageSummary>(QStringLiteral("packageSummary"))->checksumVerdict();
}

// Sends a drag of `urls` over the page and, when it is accepted, the drop; returns whether the
// drag was accepted (what the cursor shows).
bool dragAndDrop(QWidget *target, const QList<QUrl> &urls)
{
    QMimeData mime;
    mime.setUrls(urls);
    const QPoint where = target->rect().center();
    QDragEnterEvent enter(where, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    if (!enter.isAccepted()) {
        return false;
    }
    QDropEvent drop(QPointF(where), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
    return drop.isAccepted();
}

} // namespace

// The real wizard on its package page, in English, and a folder for the test's packages.
class BundlePageTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        page = openBundlePage(harness);
        ASSERT_NE(page, nullptr);
    }

    // Reads `path` and waits until reading and the checks that follow are over.
    bool readAndSettle(const QString &path)
    {
        harness.enterPackagePath(path);
        return harness.waitUntil([&] {
            return !page->isBusy()
                && (harness.session().hasPackage()
                    || harness.find<ErrorPanel>(QStringLiteral("errorPanel"))->isVisible());
        });
    }

    PackageFixture fixture; // outlives the wizard, which may still hold its files open
    WizardHarness harness;
    BundlePage *page = nullptr;
};

TEST_F(BundlePageTest, ReadsAGeneratedPackageOffTheGuiThread)
{
    const auto package = fixture.make(QStringLiteral("package"), packageName());
    ASSERT_FALSE(package.path.isEmpty());

    QAbstractButton *next = harness.wizard().button(QWizard::NextButton);
    EXPECT_FALSE(next->isEnabled());

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
    EXPECT_TRUE(next->isEnabled());
    expectPackageShown(harness, package.expect);
}

TEST_F(BundlePageTest, BrowseOpensAFileDialogWithoutBlocking)
{
    const auto package = fixture.make(QStringLiteral("package"), packageName());
    ASSERT_FALSE(package.path.isEmpty());

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

TEST_F(BundlePageTest, ShowsWhyABrokenPackageCannotBeRead)
{
    const auto broken = fixture.make(QStringLiteral("truncated"), packageName());
    ASSERT_FALSE(broken.path.isEmpty());

    auto *error = harness.find<ErrorPanel>(QStringLiteral("errorPanel"));
    ASSERT_NE(error, nullptr);

    harness.enterPackagePath(broken.path);
    ASSERT_TRUE(harness.waitUntil([&] { return error->isVisible(); }));
    EXPECT_FALSE(page->isBusy());
    EXPECT_FALSE(page->isComplete());
    EXPECT_FALSE(harness.wizard().button(QWizard::NextButton)->isEnabled());

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
TEST_F(BundlePageTest, ErrorFollowsTheLanguageSwitch)
{
    const auto broken = fixture.make(QStringLiteral("truncated"), packageName());
    ASSERT_FALSE(broken.path.isEmpty());

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

TEST_F(BundlePageTest, ShowsAMissingFileInline)
{
    auto *error = harness.find<ErrorPanel>(QStringLiteral("errorPanel"));
    ASSERT_NE(error, nullptr);

    harness.enterPackagePath(fixture.dir() + QStringLiteral("/does-not-exist.tar"));
    ASSERT_TRUE(harness.waitUntil([&] { return error->isVisible(); }));
    EXPECT_FALSE(error->message().isEmpty());
    EXPECT_FALSE(page->isComplete());
}

TEST_F(BundlePageTest, ChecksumVerifiedInTheBackground)
{
    const auto package = fixture.make(QStringLiteral("package"), packageName());
    ASSERT_FALSE(package.path.isEmpty());

    // The check starts the moment the package is read, before any event is processed.
    bool checkedRightAfterReading = false;
    QObject::connect(&harness.session(), &WizardSession::packageChanged, page, [&] {
        if (harness.session().hasPackage()) {
            checkedRightAfterReading = page->isVerifying() && !page->isComplete();
        }
    });
    ASSERT_TRUE(readAndSettle(package.path)) << pageState(harness);
    EXPECT_TRUE(checkedRightAfterReading);
    EXPECT_EQ(checksumVerdict(harness), PackageSummary::Verdict::Verified);
    auto *checksum = harness.find<QLabel>(QStringLiteral("packageChecksum"));
    EXPECT_TRUE(checksum->text().contains(QStringLiteral("Verified")))
        << checksum->text().toStdString();
    EXPECT_TRUE(page->isComplete());
    EXPECT_TRUE(harness.wizard().button(QWizard::NextButton)->isEnabled());
    EXPECT_FALSE(harness.find<QWidget>(QStringLiteral("checkProgress"))->isVisible());
    EXPECT_FALSE(harness.find<ErrorPanel>(QStringLiteral("errorPanel"))->isVisible());
}

TEST_F(BundlePageTest, ChecksumMismatchIsAnnouncedAndBlocksNext)
{
    const auto damaged = fixture.make(QStringLiteral("package-badsum"), packageName());
    ASSERT_FALSE(damaged.path.isEmpty());
    auto *error = harness.find<ErrorPanel>(QStringLiteral("errorPanel"));

    ASSERT_TRUE(readAndSettle(damaged.path));
    ASSERT_TRUE(harness.session().hasPackage()) << "the package itself reads fine";
    EXPECT_EQ(checksumVerdict(harness), PackageSummary::Verdict::Mismatch);
    EXPECT_TRUE(error->isVisible());
    EXPECT_TRUE(error->message().contains(QStringLiteral("does not match")))
        << error->message().toStdString();
    EXPECT_TRUE(error->hint().contains(QStringLiteral("Download the package again")));
    EXPECT_FALSE(page->isComplete());
    EXPECT_FALSE(harness.wizard().button(QWizard::NextButton)->isEnabled());
    // Announced: the focus went to the message, which carries the hint as its description.
    auto *message = harness.find<QLabel>(QStringLiteral("errorMessage"));
    EXPECT_EQ(QApplication::focusWidget(), message);
    EXPECT_FALSE(message->accessibleDescription().isEmpty());
    QAccessibleInterface *panel = QAccessible::queryAccessibleInterface(error);
    ASSERT_NE(panel, nullptr);
    EXPECT_EQ(panel->role(), QAccessible::AlertMessage);

    // The package tree is still there to look at.
    EXPECT_TRUE(harness.find<PackageTree>(QStringLiteral("imageTree"))->isVisible());
}

// Needs the engine's zh_CN translations, like ErrorFollowsTheLanguageSwitch.
TEST_F(BundlePageTest, ChecksumMismatchFollowsTheLanguageSwitchAndStillBlocksNext)
{
    const auto damaged = fixture.make(QStringLiteral("package-badsum"), packageName());
    ASSERT_FALSE(damaged.path.isEmpty());
    auto *error = harness.find<ErrorPanel>(QStringLiteral("errorPanel"));
    ASSERT_TRUE(readAndSettle(damaged.path));
    ASSERT_TRUE(error->isVisible());
    const QString english = error->message();

    harness.switchLanguage(QStringLiteral("zh_CN"));
    // The check runs again to say it in Chinese; Next stays disabled all along.
    EXPECT_FALSE(page->isComplete());
    ASSERT_TRUE(harness.waitUntil([&] {
        return !page->isBusy() && error->isVisible() && error->message() != english;
    })) << "still \""
        << error->message().toStdString() << "\"";
    EXPECT_EQ(checksumVerdict(harness), PackageSummary::Verdict::Mismatch);
    EXPECT_FALSE(page->isComplete());
    EXPECT_FALSE(harness.wizard().button(QWizard::NextButton)->isEnabled());
}

TEST_F(BundlePageTest, NoChecksumFileIsAWarningOnly)
{
    const auto package = fixture.make(QStringLiteral("package"), packageName());
    ASSERT_FALSE(package.path.isEmpty());
    ASSERT_TRUE(QFile::remove(package.path + QStringLiteral(".sha512sum")));

    ASSERT_TRUE(readAndSettle(package.path)) << pageState(harness);
    auto *checksum = harness.find<QLabel>(QStringLiteral("packageChecksum"));
    EXPECT_TRUE(checksum->text().contains(QStringLiteral("No .sha512sum")))
        << checksum->text().toStdString();
    EXPECT_EQ(checksum->accessibleName(), QStringLiteral("Checksum"));
    EXPECT_TRUE(checksum->accessibleDescription().startsWith(QStringLiteral("No .sha512sum")));
    EXPECT_FALSE(harness.find<ErrorPanel>(QStringLiteral("errorPanel"))->isVisible());
    EXPECT_TRUE(page->isComplete());
    EXPECT_TRUE(harness.wizard().button(QWizard::NextButton)->isEnabled());
}

TEST_F(BundlePageTest, VerifyEveryLayerCatchesADamagedLayer)
{
    const auto damaged = fixture.make(QStringLiteral("bad-digest"), packageName());
    ASSERT_FALSE(damaged.path.isEmpty());

    // Reading looks at manifests only: the damaged layer is not seen yet.
    ASSERT_TRUE(readAndSettle(damaged.path)) << pageState(harness);
    ASSERT_TRUE(page->isComplete()) << pageState(harness);

    auto *verify = harness.find<QPushButton>(QStringLiteral("verifyLayersButton"));
    ASSERT_TRUE(verify && verify->isVisible() && verify->isEnabled());
    verify->click();
    EXPECT_TRUE(page->isVerifying());
    EXPECT_FALSE(page->isComplete()) << "Next waits for the verdict";
    EXPECT_TRUE(harness.find<QProgressBar>(QStringLiteral("checkProgress"))->isVisible());
    EXPECT_TRUE(harness.find<QPushButton>(QStringLiteral("stopCheckButton"))->isVisible());
    EXPECT_FALSE(verify->isEnabled());

    ASSERT_TRUE(harness.waitUntil([&] { return !page->isVerifying(); }));
    auto *error = harness.find<ErrorPanel>(QStringLiteral("errorPanel"));
    EXPECT_TRUE(error->isVisible());
    EXPECT_TRUE(error->message().contains(QStringLiteral("does not match its digest")))
        << error->message().toStdString();
    EXPECT_EQ(harness.find<PackageSummary>(QStringLiteral("packageSummary"))->layersVerdict(),
        PackageSummary::Verdict::Mismatch);
    EXPECT_FALSE(page->isComplete());
    EXPECT_FALSE(harness.wizard().button(QWizard::NextButton)->isEnabled());
    EXPECT_FALSE(harness.find<QPushButton>(QStringLiteral("stopCheckButton"))->isVisible());
}

TEST_F(BundlePageTest, VerifyEveryLayerOfAGoodPackage)
{
    const auto package = fixture.make(QStringLiteral("package"), packageName());
    ASSERT_FALSE(package.path.isEmpty());
    ASSERT_TRUE(readAndSettle(package.path)) << pageState(harness);

    harness.find<QPushButton>(QStringLiteral("verifyLayersButton"))->click();
    ASSERT_TRUE(harness.waitUntil([&] { return !page->isVerifying(); }));
    EXPECT_EQ(harness.find<PackageSummary>(QStringLiteral("packageSummary"))->layersVerdict(),
        PackageSummary::Verdict::Verified);
    auto *layers = harness.find<QLabel>(QStringLiteral("packageLayers"));
    EXPECT_TRUE(layers->text().contains(QStringLiteral("every layer matches")))
        << layers->text().toStdString();
    EXPECT_TRUE(page->isComplete());
}

TEST_F(BundlePageTest, StopEndsARunningCheckAtOnce)
{
    const auto package = fixture.make(QStringLiteral("package"), packageName());
    ASSERT_FALSE(package.path.isEmpty());
    auto *stop = harness.find<QPushButton>(QStringLiteral("stopCheckButton"));
    auto *again = harness.find<QPushButton>(QStringLiteral("checkAgainButton"));
    ASSERT_TRUE(stop && again);

    // Stop the checksum check the moment it starts (right after the package was read).
    bool stopped = false;
    QObject::connect(&harness.session(), &WizardSession::packageChanged, page, [&] {
        if (harness.session().hasPackage() && page->isVerifying() && !stopped) {
            EXPECT_TRUE(stop->isVisible());
            stop->click();
            stopped = true;
        }
    });
    ASSERT_TRUE(readAndSettle(package.path)) << pageState(harness);
    ASSERT_TRUE(stopped);
    EXPECT_FALSE(page->isVerifying());
    EXPECT_EQ(checksumVerdict(harness), PackageSummary::Verdict::Canceled);
    EXPECT_TRUE(harness.find<QLabel>(QStringLiteral("packageChecksum"))
                    ->text()
                    .contains(QStringLiteral("stopped")));
    // Not checked is not damaged: Next is allowed (the upgrade checks it again first).
    EXPECT_TRUE(page->isComplete());
    EXPECT_FALSE(stop->isVisible());
    ASSERT_TRUE(again->isVisible());

    again->click();
    ASSERT_TRUE(harness.waitUntil([&] { return !page->isVerifying(); }));
    EXPECT_EQ(checksumVerdict(harness), PackageSummary::Verdict::Verified);
    EXPECT_FALSE(again->isVisible());

    // The layer check stops the same way, and leaves Next allowed.
    harness.find<QPushButton>(QStringLiteral("verifyLayersButton"))->click();
    ASSERT_TRUE(page->isVerifying());
    stop->click();
    EXPECT_FALSE(page->isVerifying());
    EXPECT_EQ(harness.find<PackageSummary>(QStringLiteral("packageSummary"))->layersVerdict(),
        PackageSummary::Verdict::Canceled);
    EXPECT_TRUE(page->isComplete());
    // The abandoned worker never reports: the verdict stays.
    QTest::qWait(300);
    EXPECT_EQ(harness.find<PackageSummary>(QStringLiteral("packageSummary"))->layersVerdict(),
        PackageSummary::Verdict::Canceled);
}

TEST_F(BundlePageTest, ReadingAnotherPackageCancelsTheRunningCheck)
{
    const auto first = fixture.make(QStringLiteral("package"), packageName());
    const auto second = fixture.make(QStringLiteral("bad-digest"), QStringLiteral("second.tar"));
    ASSERT_FALSE(first.path.isEmpty());
    ASSERT_FALSE(second.path.isEmpty());
    ASSERT_TRUE(readAndSettle(first.path)) << pageState(harness);

    harness.find<QPushButton>(QStringLiteral("verifyLayersButton"))->click();
    ASSERT_TRUE(page->isVerifying());
    harness.enterPackagePath(second.path);
    EXPECT_FALSE(page->isVerifying()) << "the first package's check goes on";
    ASSERT_TRUE(readAndSettle(second.path)) << pageState(harness);
    // The first package's check did not report onto the second package.
    QTest::qWait(300);
    EXPECT_EQ(harness.find<PackageSummary>(QStringLiteral("packageSummary"))->layersVerdict(),
        PackageSummary::Verdict::NotChecked);
    EXPECT_FALSE(harness.find<ErrorPanel>(QStringLiteral("errorPanel"))->isVisible());
    EXPECT_TRUE(page->isComplete());
}

TEST_F(BundlePageTest, TakesAFileDroppedOntoThePage)
{
    const auto package = fixture.make(QStringLiteral("package"), packageName());
    ASSERT_FALSE(package.path.isEmpty());

    // Refused while dragging: two files, a remote URL. (A folder is taken: see
    // TakesTheFolderOfAnUnpackedBundle.)
    EXPECT_FALSE(dragAndDrop(page,
        {QUrl::fromLocalFile(package.path),
            QUrl::fromLocalFile(package.path + QStringLiteral(".sha512sum"))}));
    EXPECT_FALSE(dragAndDrop(page, {QUrl(QStringLiteral("https://example.com/skoala.tar"))}));
    EXPECT_TRUE(harness.session().packagePath().isEmpty());

    // The field leaves drops to the page (it would only paste the URL as text).
    EXPECT_FALSE(harness.find<QLineEdit>(QStringLiteral("packagePath"))->acceptDrops());
    EXPECT_TRUE(dragAndDrop(page, {QUrl::fromLocalFile(package.path)}));
    EXPECT_EQ(harness.session().packagePath(), package.path);
    EXPECT_EQ(harness.find<QLineEdit>(QStringLiteral("packagePath"))->text(), package.path);
    ASSERT_TRUE(harness.waitUntil([&] { return page->isComplete(); })) << pageState(harness);
    expectPackageShown(harness, package.expect);
}

TEST_F(BundlePageTest, TakesTheFolderOfAnUnpackedBundle)
{
    // What the documented `tar xvf skoala.bundle.tar` leaves, dropped or chosen with Folder.
    const auto bundle = fixture.make(QStringLiteral("ggcr"), QStringLiteral("skoala.bundle.tar"));
    ASSERT_FALSE(bundle.path.isEmpty());
    const QString dir = fixture.dir() + QStringLiteral("/unpacked");
    ASSERT_TRUE(QDir().mkpath(dir));
    QProcess tar;
    tar.setWorkingDirectory(dir);
    tar.start(QStringLiteral("tar"), {QStringLiteral("xf"), bundle.path});
    ASSERT_TRUE(tar.waitForFinished(30000));
    ASSERT_EQ(tar.exitCode(), 0);

    const auto expectShown = [&] {
        ASSERT_TRUE(harness.waitUntil([&] { return page->isComplete(); })) << pageState(harness);
        ASSERT_TRUE(harness.session().hasPackage());
        EXPECT_TRUE(harness.session().package()->isDirectory);
        EXPECT_TRUE(harness.find<QLabel>(QStringLiteral("packageCharts"))
                        ->text()
                        .contains(QStringLiteral("skoala 0.28.1")));
        EXPECT_EQ(harness.find<PackageTree>(QStringLiteral("imageTree"))->topLevelItemCount(), 1);
    };
    EXPECT_TRUE(dragAndDrop(page, {QUrl::fromLocalFile(dir)}));
    EXPECT_EQ(harness.session().packagePath(), dir);
    expectShown();

    harness.enterPackagePath(QString()); // back to an empty page
    ASSERT_FALSE(harness.session().hasPackage());
    harness.find<QPushButton>(QStringLiteral("folderButton"))->click();
    auto *dialog = harness.wizard().findChild<QFileDialog *>(QStringLiteral("packageFolderDialog"));
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(harness.waitUntil([&] { return dialog->isVisible(); }, 5000));
    EXPECT_EQ(dialog->fileMode(), QFileDialog::Directory);
    dialog->setDirectory(fixture.dir());
    dialog->selectFile(dir);
    static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept() is protected
    ASSERT_TRUE(harness.waitUntil([&] { return harness.session().packagePath() == dir; }))
        << harness.session().packagePath().toStdString();
    expectShown();
}

TEST_F(BundlePageTest, AFolderOfSeveralPackagesSaysWhatToPick)
{
    ASSERT_FALSE(
        fixture.make(QStringLiteral("ggcr"), QStringLiteral("a.bundle.tar")).path.isEmpty());
    ASSERT_FALSE(
        fixture.make(QStringLiteral("ggcr"), QStringLiteral("b.bundle.tar")).path.isEmpty());
    ASSERT_TRUE(readAndSettle(fixture.dir()));
    auto *error = harness.find<ErrorPanel>(QStringLiteral("errorPanel"));
    ASSERT_TRUE(error->isVisible());
    EXPECT_TRUE(error->message().contains(QStringLiteral("a.bundle.tar, b.bundle.tar")))
        << error->message().toStdString();
    EXPECT_FALSE(page->isComplete());
}

TEST_F(BundlePageTest, RecentPackagesReopenAPackageReadBefore)
{
    const auto first = fixture.make(QStringLiteral("package"), packageName());
    const auto second
        = fixture.make(QStringLiteral("package"), QStringLiteral("second & more.tar"));
    ASSERT_FALSE(first.path.isEmpty());
    ASSERT_FALSE(second.path.isEmpty());
    ASSERT_TRUE(readAndSettle(first.path)) << pageState(harness);
    ASSERT_TRUE(readAndSettle(second.path)) << pageState(harness);
    // A path that fails to read is not remembered.
    ASSERT_TRUE(readAndSettle(fixture.dir() + QStringLiteral("/missing.tar")));

    const QStringList recent = WizardSettings::recentPackages();
    ASSERT_GE(recent.size(), 2);
    EXPECT_EQ(recent.at(0), second.path);
    EXPECT_EQ(recent.at(1), first.path);
    EXPECT_FALSE(recent.contains(fixture.dir() + QStringLiteral("/missing.tar")));

    auto *button = harness.find<QPushButton>(QStringLiteral("recentButton"));
    ASSERT_NE(button, nullptr);
    EXPECT_TRUE(button->isEnabled());
    ASSERT_NE(button->menu(), nullptr);
    const QList<QAction *> actions = button->menu()->actions();
    ASSERT_GE(actions.size(), 2);
    EXPECT_EQ(actions.at(0)->data().toString(), second.path);
    // The '&' of the file name is shown, not taken for a mnemonic.
    EXPECT_TRUE(actions.at(0)->text().contains(QStringLiteral("second && more.tar")))
        << actions.at(0)->text().toStdString();
    EXPECT_EQ(actions.at(1)->data().toString(), first.path);

    actions.at(1)->trigger();
    EXPECT_EQ(harness.session().packagePath(), first.path);
    ASSERT_TRUE(harness.waitUntil([&] { return page->isComplete(); })) << pageState(harness);
    EXPECT_EQ(WizardSettings::recentPackages().value(0), first.path);
}

// Qt's own file dialog (the one offscreen, and on desktops without a platform dialog) hides the
// files of the folder shown that the name filter does not match, and then refuses a typed name
// or path of such a file: Open stays disabled. People rename downloads.
TEST_F(BundlePageTest, FileDialogAcceptsATypedPathTheFilterDoesNotMatch)
{
    const auto first = fixture.make(QStringLiteral("package"), packageName());
    const auto renamed = fixture.make(QStringLiteral("package"), QStringLiteral("offline.pkg"));
    ASSERT_FALSE(first.path.isEmpty());
    ASSERT_FALSE(renamed.path.isEmpty());
    // The dialog then opens in the package's folder, with the package selected.
    ASSERT_TRUE(readAndSettle(first.path)) << pageState(harness);

    harness.find<QPushButton>(QStringLiteral("browseButton"))->click();
    auto *dialog = harness.wizard().findChild<QFileDialog *>(QStringLiteral("packageDialog"));
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(harness.waitUntil([&] { return dialog->isVisible(); }, 5000));
    EXPECT_EQ(dialog->selectedNameFilter(), QStringLiteral("Tar archives (*.tar)"));
    EXPECT_EQ(dialog->directory().absolutePath(), fixture.dir());
    auto *nameEdit = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
    auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
    auto *list = dialog->findChild<QAbstractItemView *>(QStringLiteral("listView"));
    ASSERT_TRUE(nameEdit && buttons && list) << "not Qt's own file dialog";
    QPushButton *open = buttons->button(QDialogButtonBox::Open);
    ASSERT_NE(open, nullptr);
    // The folder is listed in the background: wait until the package shows in it.
    ASSERT_TRUE(harness.waitUntil([&] { return list->model()->rowCount(list->rootIndex()) > 0; }));
    QTest::qWait(200);

    for (const QString &filter : dialog->nameFilters()) {
        dialog->selectNameFilter(filter);
        for (const QString &typed : {QFileInfo(renamed.path).fileName(), renamed.path}) {
            // The whole text at once, after what the dialog had selected: typed key by key
            // into a field without the focus (the offscreen platform moves it away), the
            // dialog would keep every folder of a path selected too.
            list->clearSelection();
            nameEdit->setText(typed);
            EXPECT_TRUE(harness.waitUntil([&] { return open->isEnabled(); }, 3000))
                << "Open is disabled for \"" << typed.toStdString() << "\" with the filter "
                << filter.toStdString();
        }
    }
    open->click();
    EXPECT_EQ(harness.session().packagePath(), renamed.path);
    ASSERT_TRUE(harness.waitUntil([&] { return page->isComplete(); })) << pageState(harness);
}

TEST_F(BundlePageTest, MnemonicsAreUniqueOnThePage)
{
    const auto package = fixture.make(QStringLiteral("package"), packageName());
    ASSERT_FALSE(package.path.isEmpty());
    EXPECT_EQ(harness.mnemonicClashes(), QStringList()) << "empty page";
    ASSERT_TRUE(readAndSettle(package.path)) << pageState(harness);
    for (const char *name : {"packagePath", "browseButton", "recentButton", "verifyLayersButton",
             "stopCheckButton", "checkAgainButton"}) {
        ASSERT_NE(harness.find<QWidget>(QLatin1String(name)), nullptr);
    }
    // Every button the page may show (Stop, Check again) counts, shown now or not.
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        harness.switchLanguage(language);
        EXPECT_EQ(harness.mnemonicClashes(WizardHarness::Visibility::All), QStringList())
            << language.toStdString();
    }
}

TEST_F(BundlePageTest, EveryControlHasAnAccessibleName)
{
    const auto package = fixture.make(QStringLiteral("package"), packageName());
    ASSERT_FALSE(package.path.isEmpty());
    ASSERT_TRUE(readAndSettle(package.path)) << pageState(harness);

    auto *edit = harness.find<QLineEdit>(QStringLiteral("packagePath"));
    const QList<QToolButton *> clearButtons = edit->findChildren<QToolButton *>();
    ASSERT_FALSE(clearButtons.isEmpty()) << "the field has no clear button";
    for (QToolButton *clear : clearButtons) {
        EXPECT_FALSE(
            QAccessible::queryAccessibleInterface(clear)->text(QAccessible::Name).isEmpty());
    }
    for (const QString &name : {QStringLiteral("busyBar"), QStringLiteral("checkProgress"),
             QStringLiteral("errorIcon"), QStringLiteral("recentButton")}) {
        auto *widget = harness.find<QWidget>(name);
        ASSERT_NE(widget, nullptr);
        EXPECT_FALSE(
            QAccessible::queryAccessibleInterface(widget)->text(QAccessible::Name).isEmpty())
            << name.toStdString();
    }
    EXPECT_EQ(QAccessible::queryAccessibleInterface(edit)->text(QAccessible::Name),
        QStringLiteral("Package file"));
    // The summary's values are named after their labels.
    const QList<std::pair<QString, QString>> values {
        {QStringLiteral("packageFile"), QStringLiteral("File")},
        {QStringLiteral("packageChecksum"), QStringLiteral("Checksum")},
        {QStringLiteral("packageLayers"), QStringLiteral("Layers")},
        {QStringLiteral("packageCharts"), QStringLiteral("Charts")},
        {QStringLiteral("packageImages"), QStringLiteral("Images")}};
    for (const auto &[objectName, label] : values) {
        auto *value = harness.find<QLabel>(objectName);
        ASSERT_NE(value, nullptr);
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(value);
        EXPECT_EQ(accessible->text(QAccessible::Name), label);
        EXPECT_FALSE(accessible->text(QAccessible::Description).isEmpty()) << label.toStdString();
    }
    // The image tree is a tree (with levels), not a flat table.
    QAccessibleInterface *tree = QAccessible::queryAccessibleInterface(
        harness.find<PackageTree>(QStringLiteral("imageTree")));
    ASSERT_NE(tree, nullptr);
    EXPECT_EQ(tree->role(), QAccessible::Tree);
    EXPECT_FALSE(tree->text(QAccessible::Name).isEmpty());
}

} // namespace DceUpgrade::Wizard::Test
