#include "HelpWindow.h"
#include "ErrorHelp.h"
#include "ErrorPanel.h"
#include "FieldInput.h"
#include "HelpLinkButton.h"
#include "HelpTopic.h"
#include "WizardHarness.h"
#include "tools/SshReachability.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSet>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>

#include <gtest/gtest.h>

#include <map>

namespace DceUpgrade::Wizard::Test {

namespace {

const QStringList Languages {QStringLiteral("en"), QStringLiteral("zh_CN")};

// The first heading of each page's help, in each language: the step's name in the sidebar.
const std::map<QString, std::map<PageId, QString>> Headings {
    {QStringLiteral("en"),
        {{PageId::Welcome, QStringLiteral("Welcome")},
            {PageId::Bundle, QStringLiteral("Offline package")},
            {PageId::Registry, QStringLiteral("Registry")},
            {PageId::Sync, QStringLiteral("Image sync")},
            {PageId::Upgrade, QStringLiteral("Upgrade")},
            {PageId::Review, QStringLiteral("Review")}, {PageId::Run, QStringLiteral("Run")},
            {PageId::Finish, QStringLiteral("Finish")}}},
    {QStringLiteral("zh_CN"),
        {{PageId::Welcome, QStringLiteral(u"欢迎")}, {PageId::Bundle, QStringLiteral(u"离线包")},
            {PageId::Registry, QStringLiteral(u"镜像仓库")},
            {PageId::Sync, QStringLiteral(u"镜像同步")}, {PageId::Upgrade, QStringLiteral(u"升级")},
            {PageId::Review, QStringLiteral(u"确认计划")}, {PageId::Run, QStringLiteral(u"执行")},
            {PageId::Finish, QStringLiteral(u"完成")}}},
};

QString readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ADD_FAILURE() << "cannot read " << path.toStdString();
        return {};
    }
    return QString::fromUtf8(file.readAll());
}

// Every <a name="..."> of an HTML text, as Qt's rich text reads it (the anchors scrollToAnchor
// finds).
QSet<QString> anchorsOf(const QString &html)
{
    QTextDocument document;
    document.setHtml(html);
    QSet<QString> anchors;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            for (const QString &name : it.fragment().charFormat().anchorNames()) {
                anchors.insert(name);
            }
        }
    }
    return anchors;
}

QString firstLine(const QTextBrowser *browser)
{
    return browser->document()->firstBlock().text().trimmed();
}

// The help window of the harness's wizard once it is shown with `page`'s text.
HelpWindow *waitForHelp(WizardHarness &harness, PageId page)
{
    HelpWindow *help = harness.wizard().helpWindow();
    const QString name = HelpTopic::of(page).page;
    EXPECT_TRUE(WizardHarness::waitUntil(
        [help, name] { return help->isVisible() && help->topic().page == name; }, 5000))
        << "the help of " << name.toStdString() << " is not shown";
    return help;
}

} // namespace

TEST(HelpTopicTest, EveryPageHasItsHelpInBothLanguages)
{
    for (const QString &language : Languages) {
        for (int id = 0; id < PageCount; ++id) {
            const auto page = static_cast<PageId>(id);
            const HelpTopic topic = HelpTopic::of(page);
            const QString path = HelpTopic::file(topic.page, language);
            ASSERT_FALSE(path.isEmpty())
                << topic.page.toStdString() << " has no help in " << language.toStdString();
            QTextDocument document;
            document.setHtml(readFile(path));
            EXPECT_EQ(document.firstBlock().text().trimmed(), Headings.at(language).at(page))
                << path.toStdString();
            // Short texts: what the page is for, what to fill in, the common problems.
            const qsizetype words = document.toPlainText().size();
            EXPECT_GT(words, 400) << path.toStdString();
            EXPECT_LT(words, 3000) << path.toStdString();
            EXPECT_EQ(topic.url(language).toString(),
                QStringLiteral("qrc:/help/%1.%2.html").arg(topic.page, language));
        }
    }
    // A language without texts falls back to English.
    EXPECT_EQ(HelpTopic::parse(QStringLiteral("registry#login")).url(QStringLiteral("de")),
        QUrl(QStringLiteral("qrc:/help/registry.en.html#login")));
}

// A renamed anchor breaks the "Help on this error" of every error mapped to it: caught here.
TEST(HelpTopicTest, EveryTopicOfTheErrorMapIsAnAnchorOfItsPage)
{
    const std::vector<HelpTopic> topics = ErrorHelp::topics();
    ASSERT_GE(topics.size(), 6u);
    for (const QString &language : Languages) {
        for (const HelpTopic &topic : topics) {
            ASSERT_TRUE(HelpTopic::pageId(topic.page)) << topic.toString().toStdString();
            EXPECT_FALSE(topic.anchor.isEmpty()) << topic.toString().toStdString();
            const QString path = HelpTopic::file(topic.page, language);
            ASSERT_FALSE(path.isEmpty()) << topic.toString().toStdString();
            EXPECT_TRUE(anchorsOf(readFile(path)).contains(topic.anchor))
                << path.toStdString() << " has no anchor " << topic.anchor.toStdString();
        }
    }
}

TEST(HelpTopicTest, ErrorCodesLeadToTheirHelp)
{
    const auto topic = [](const char *code) {
        return ErrorHelp::topicFor(QString::fromLatin1(code)).toString().toStdString();
    };
    EXPECT_EQ(topic("registry.tls"), "registry#certificate");
    EXPECT_EQ(topic("registry.unauthorized"), "registry#login");
    EXPECT_EQ(topic("registry.unreachable"), "registry#unreachable");
    EXPECT_EQ(topic("kubeconfig.missing"), "upgrade#kubeconfig");
    EXPECT_EQ(topic("kubeconfig.invalid"), "upgrade#kubeconfig");
    EXPECT_EQ(topic("checksum.mismatch"), "bundle#damaged");
    EXPECT_EQ(topic("images.bad-digest"), "bundle#damaged");
    // The whole code beats its prefix.
    EXPECT_EQ(topic("node.host-key-changed"), "sync#host-key");
    EXPECT_EQ(topic("node.unreachable"), "sync#ssh-unreachable");
    EXPECT_EQ(topic("node.timeout"), "sync#ssh-unreachable");
    // The ssh test names its verdicts with the codes of the import on the nodes.
    EXPECT_EQ(ErrorHelp::topicFor(SshReachability::code(SshReachability::Verdict::TimedOut)),
        HelpTopic::parse(QStringLiteral("sync#ssh-unreachable")));
    // The Upgrade page's "Fetch versions" names what helm said (ChartVersionFetcher).
    EXPECT_EQ(topic("repo.unauthorized"), "upgrade#helm-repo");
    EXPECT_EQ(topic("repo.unreachable"), "upgrade#helm-repo");
    EXPECT_EQ(topic("repo.tls"), "registry#certificate");
    EXPECT_EQ(topic("registry.tls-something"), "");
    EXPECT_EQ(topic("frobnicate"), "");
}

class HelpInEachLanguage : public ::testing::TestWithParam<const char *>
{
};

// The Help button is there on every page; it and F1 open the page's own help.
TEST_P(HelpInEachLanguage, TheHelpButtonAndF1OpenThePagesHelp)
{
    const QString language = QString::fromLatin1(GetParam());
    WizardHarness harness(language);
    UpgradeWizard &wizard = harness.wizard();
    for (int id = 0; id < PageCount; ++id) {
        const auto page = static_cast<PageId>(id);
        harness.jumpTo(page);
        ASSERT_EQ(wizard.currentId(), id);
        QAbstractButton *button = wizard.button(QWizard::HelpButton);
        ASSERT_NE(button, nullptr);
        EXPECT_TRUE(button->isVisible()) << "no Help button on page " << id;
        EXPECT_TRUE(button->isEnabled()) << "Help is disabled on page " << id;

        if (id % 2 == 0) {
            button->click();
        } else {
            // F1 is a shortcut of the wizard's window: it works while that window is active.
            // (the offscreen platform leaves a hidden dialog active until told otherwise).
            wizard.activateWindow();
            ASSERT_TRUE(WizardHarness::waitUntil(
                [&wizard] { return QApplication::activeWindow() == &wizard; }, 5000));
            QTest::keyClick(wizard.focusWidget() ? wizard.focusWidget() : &wizard, Qt::Key_F1);
        }
        HelpWindow *help = waitForHelp(harness, page);
        EXPECT_EQ(firstLine(help->browser()), Headings.at(language).at(page)) << "page " << id;
        EXPECT_FALSE(help->isModal());
        EXPECT_FALSE(help->accessibleName().isEmpty());
        EXPECT_FALSE(help->browser()->accessibleName().isEmpty());
        EXPECT_TRUE(help->windowTitle().contains(Headings.at(language).at(page)))
            << help->windowTitle().toStdString();

        // Esc closes it; the wizard stays.
        help->activateWindow();
        help->browser()->setFocus();
        QTest::keyClick(help->browser(), Qt::Key_Escape);
        EXPECT_TRUE(WizardHarness::waitUntil([help] { return !help->isVisible(); }, 5000));
        EXPECT_TRUE(wizard.isVisible());
    }
}

// Open beside the wizard, the help follows the page shown and the language chosen.
TEST(HelpWindowTest, FollowsThePageAndTheLanguage)
{
    WizardHarness harness(QStringLiteral("en"));
    UpgradeWizard &wizard = harness.wizard();
    ASSERT_EQ(wizard.currentId(), pageIndex(PageId::Welcome));
    wizard.button(QWizard::HelpButton)->click();
    HelpWindow *help = waitForHelp(harness, PageId::Welcome);
    EXPECT_EQ(firstLine(help->browser()), QStringLiteral("Welcome"));

    // The language switch is on the Welcome page: the help changes language with the wizard.
    harness.switchLanguage(QStringLiteral("zh_CN"));
    EXPECT_TRUE(WizardHarness::waitUntil(
        [help] { return firstLine(help->browser()) == QStringLiteral(u"欢迎"); }, 5000))
        << firstLine(help->browser()).toStdString();

    ASSERT_TRUE(harness.goTo(PageId::Bundle));
    help = waitForHelp(harness, PageId::Bundle);
    EXPECT_EQ(firstLine(help->browser()), QStringLiteral(u"离线包"));

    harness.switchLanguage(QStringLiteral("en"));
    EXPECT_TRUE(WizardHarness::waitUntil(
        [help] { return firstLine(help->browser()) == QStringLiteral("Offline package"); }, 5000))
        << firstLine(help->browser()).toStdString();

    // Closed, it does not come back by itself on the next page.
    help->close();
    ASSERT_TRUE(harness.goTo(PageId::Welcome));
    EXPECT_FALSE(help->isVisible());
}

// An error the help explains carries "Help on this error"; it opens the help at the anchor.
TEST(HelpWindowTest, AnErrorPanelWithATopicOpensTheHelpAtItsAnchor)
{
    WizardHarness harness(QStringLiteral("en"));
    ASSERT_TRUE(harness.goTo(PageId::Registry));
    auto *panel = harness.find<ErrorPanel>(QStringLiteral("registryCheckError"));
    ASSERT_NE(panel, nullptr);
    HelpLinkButton *link = panel->helpButton();
    ASSERT_NE(link, nullptr);

    // The real connection test against a port where nothing listens: registry.unreachable.
    typeInto(
        harness.find<QLineEdit>(QStringLiteral("registryAddress")), QStringLiteral("127.0.0.1:1"));
    typeInto(harness.find<QLineEdit>(QStringLiteral("registryRepository")),
        QStringLiteral("release.daocloud.io/skoala"));
    auto *test = harness.find<QPushButton>(QStringLiteral("testConnection"));
    ASSERT_TRUE(test->isEnabled());
    test->click();
    ASSERT_TRUE(WizardHarness::waitUntil([panel] { return panel->isVisible(); }, 30000));
    ASSERT_TRUE(link->isVisible());
    EXPECT_EQ(link->topic().toString(), QStringLiteral("registry#unreachable"));
    EXPECT_FALSE(link->text().isEmpty());
    EXPECT_FALSE(link->focusPolicy() == Qt::NoFocus);
    for (QWidget *up = link->parentWidget(); up; up = up->parentWidget()) {
        if (auto *scroll = qobject_cast<QScrollArea *>(up)) {
            scroll->ensureWidgetVisible(link);
        }
    }
    harness.saveScreenshot(QStringLiteral("registry-error-help_en"));

    // Activated from the keyboard, as a person without a mouse does.
    link->setFocus();
    QTest::keyClick(link, Qt::Key_Space);
    HelpWindow *help = waitForHelp(harness, PageId::Registry);
    EXPECT_EQ(help->topic().anchor, QStringLiteral("unreachable"));
    EXPECT_EQ(help->browser()->source().fragment(), QStringLiteral("unreachable"));
    // Scrolled down to that problem (the text is longer than the window at this size).
    help->resize(help->width(), 240);
    help->showTopic(help->topic());
    EXPECT_TRUE(WizardHarness::waitUntil(
        [help] { return help->browser()->verticalScrollBar()->value() > 0; }, 5000));

    // The panel cleared, the link goes with the error.
    panel->clear();
    EXPECT_FALSE(link->isVisibleTo(panel));
    panel->showError(QStringLiteral("a message"), QStringLiteral("a hint"));
    EXPECT_FALSE(link->isVisibleTo(panel));
    panel->showError(QStringLiteral("a message"), QStringLiteral("a hint"),
        ErrorHelp::topicFor(QStringLiteral("registry.tls")));
    EXPECT_TRUE(link->isVisibleTo(panel));
    link->click();
    EXPECT_TRUE(WizardHarness::waitUntil(
        [help] { return help->topic().anchor == QStringLiteral("certificate"); }, 5000));
}

// The help window in both languages, at the wizard's scale (QT_SCALE_FACTOR=2 gives @2x).
TEST_P(HelpInEachLanguage, Screenshots)
{
    const QString language = QString::fromLatin1(GetParam());
    WizardHarness harness(language);
    ASSERT_TRUE(harness.goTo(PageId::Registry));
    harness.wizard().showHelp(HelpTopic::parse(QStringLiteral("registry#certificate")));
    HelpWindow *help = waitForHelp(harness, PageId::Registry);
    QTest::qWait(50);
    const QString suffix = help->devicePixelRatio() > 1 ? QStringLiteral("@2x") : QString();
    const QDir dir(QStringLiteral(DCE_WIZARD_SCREENSHOT_DIR));
    ASSERT_TRUE(dir.mkpath(QStringLiteral(".")));
    for (const auto &[name, topic] : {std::pair {QStringLiteral("help-registry-certificate"),
                                          HelpTopic::parse(QStringLiteral("registry#certificate"))},
             std::pair {QStringLiteral("help-welcome"), HelpTopic::of(PageId::Welcome)}}) {
        help->showTopic(topic);
        QTest::qWait(50);
        const QPixmap picture = help->grab();
        ASSERT_FALSE(picture.isNull());
        EXPECT_EQ(picture.size(), help->size() * help->devicePixelRatio());
        const QString path
            = dir.filePath(name + QLatin1Char('_') + language + suffix + QStringLiteral(".png"));
        EXPECT_TRUE(picture.save(path, "PNG")) << path.toStdString();
    }
}

INSTANTIATE_TEST_SUITE_P(Languages, HelpInEachLanguage, ::testing::Values("en", "zh_CN"),
    [](const ::testing::TestParamInfo<const char *> &param) { return std::string(param.param); });

} // namespace DceUpgrade::Wizard::Test
