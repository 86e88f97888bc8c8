#include "ToolTable.h"
#include "WizardHarness.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <optional>

namespace DceUpgrade::Wizard::Test {

namespace {

using Tool = ToolInventory::Tool;

// Sets an environment variable (or unsets it) for the life of the guard.
class EnvironmentGuard final
{
public:
    EnvironmentGuard(const char *name, const std::optional<QByteArray> &value)
        : m_name(name)
    {
        if (qEnvironmentVariableIsSet(name)) {
            m_saved = qgetenv(name);
        }
        if (value) {
            qputenv(name, *value);
        } else {
            qunsetenv(name);
        }
    }
    ~EnvironmentGuard()
    {
        if (m_saved) {
            qputenv(m_name, *m_saved);
        } else {
            qunsetenv(m_name);
        }
    }
    EnvironmentGuard(const EnvironmentGuard &) = delete;
    EnvironmentGuard &operator=(const EnvironmentGuard &) = delete;

private:
    const char *m_name;
    std::optional<QByteArray> m_saved;
};

// FAKE TOOLS: a directory of tiny shell scripts named like the real tools, which only print a
// version line (ssh on stderr, as OpenSSH does) whatever they are asked. The Welcome page only
// asks for versions; nothing here pretends to do a tool's work. Tools not listed are missing.
class FakeToolDir final
{
public:
    void add(const QString &name, const QString &versionLine, bool onStderr = false)
    {
        QFile script(m_dir.filePath(name));
        ASSERT_TRUE(script.open(QIODevice::WriteOnly));
        const QString redirect = onStderr ? QStringLiteral(" >&2") : QString();
        script.write(QStringLiteral("#!/bin/sh\n# fake %1 for WelcomePageTest: prints a version\n"
                                    "echo '%2'%3\n")
                         .arg(name, versionLine, redirect)
                         .toUtf8());
        script.close();
        ASSERT_TRUE(script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QByteArray dir() const { return QFile::encodeName(m_dir.path()); }

private:
    QTemporaryDir m_dir {QDir::tempPath() + QStringLiteral("/dce-wizard-fake-tools-XXXXXX")};
};

QString foundText(const ToolTable *table, Tool tool)
{
    const QTableWidgetItem *item = table->item(ToolTable::row(tool), ToolTable::FoundColumn);
    return item ? item->text() : QString();
}

bool allProbed(WizardSession &session)
{
    for (int i = 0; i < ToolInventory::ToolCount; ++i) {
        if (!session.tools().found(Tool(i)).probed) {
            return false;
        }
    }
    return !session.tools().isProbing();
}

} // namespace

TEST(WelcomePageTest, ShowsTheToolsFoundOnThisMachine)
{
    FakeToolDir fakes;
    fakes.add(QStringLiteral("helm"), QStringLiteral("v3.18.0+gfake"));
    fakes.add(QStringLiteral("kubectl"), QStringLiteral("Client Version: v1.30.0-fake"));
    fakes.add(QStringLiteral("charts-syncer"), QStringLiteral("charts-syncer v0.0.0-fake"));
    fakes.add(QStringLiteral("docker"), QStringLiteral("Docker version 27.0.0-fake, build fake"));
    fakes.add(QStringLiteral("ssh"), QStringLiteral("OpenSSH_9.9p1 fake"), true);
    // No ctr: it is the missing one.
    const EnvironmentGuard path("PATH", fakes.dir());
    const EnvironmentGuard helmOverride("DCE_UPGRADE_HELM", std::nullopt);

    WizardHarness harness;
    auto *table = harness.find<ToolTable>(QStringLiteral("toolTable"));
    ASSERT_NE(table, nullptr);
    EXPECT_TRUE(table->isVisible());
    // Probed in the background once the page was shown.
    ASSERT_TRUE(harness.waitUntil([&] { return allProbed(harness.session()); }, 15000));

    const QString helm = foundText(table, Tool::Helm);
    EXPECT_TRUE(helm.contains(QStringLiteral("v3.18.0+gfake (as reported by helm)")))
        << helm.toStdString();
    EXPECT_TRUE(helm.contains(fakes.path(QStringLiteral("helm")))) << helm.toStdString();
    EXPECT_TRUE(foundText(table, Tool::Docker)
                    .contains(QStringLiteral("Docker version 27.0.0-fake, build fake")));
    EXPECT_TRUE(foundText(table, Tool::Kubectl).contains(QStringLiteral("v1.30.0-fake")));
    EXPECT_TRUE(foundText(table, Tool::Ssh).contains(QStringLiteral("OpenSSH_9.9p1 fake")))
        << foundText(table, Tool::Ssh).toStdString();
    const QString ctr = foundText(table, Tool::Ctr);
    EXPECT_TRUE(ctr.contains(QStringLiteral("Not found"))) << ctr.toStdString();
    EXPECT_TRUE(ctr.contains(ToolInventory::howToGet(Tool::Ctr))) << ctr.toStdString();
    // Each row says which method needs the tool.
    for (int row = 0; row < table->rowCount(); ++row) {
        EXPECT_FALSE(table->item(row, ToolTable::NeededForColumn)->text().isEmpty()) << row;
    }

    EXPECT_FALSE(harness.find<QLabel>(QStringLiteral("helmMissingWarning"))->isVisible());
    EXPECT_TRUE(harness.wizard().button(QWizard::NextButton)->isEnabled());

    // A table for assistive technology, with a name, and cells that read without the symbols.
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(table);
    ASSERT_NE(accessible, nullptr);
    EXPECT_EQ(accessible->role(), QAccessible::Table);
    EXPECT_EQ(accessible->text(QAccessible::Name), QStringLiteral("Tools on this machine"));
    const QTableWidgetItem *helmCell
        = table->item(ToolTable::row(Tool::Helm), ToolTable::FoundColumn);
    EXPECT_TRUE(helmCell->data(Qt::AccessibleTextRole).toString().startsWith(QStringLiteral("v3")));
}

TEST(WelcomePageTest, MissingHelmIsAPlainWarningButNextStaysAvailable)
{
    FakeToolDir fakes;
    fakes.add(QStringLiteral("docker"), QStringLiteral("Docker version 27.0.0-fake, build fake"));
    const EnvironmentGuard path("PATH", fakes.dir());
    const EnvironmentGuard helmOverride("DCE_UPGRADE_HELM", std::nullopt);

    WizardHarness harness;
    ASSERT_TRUE(harness.waitUntil([&] { return allProbed(harness.session()); }, 15000));
    auto *warning = harness.find<QLabel>(QStringLiteral("helmMissingWarning"));
    ASSERT_NE(warning, nullptr);
    EXPECT_TRUE(warning->isVisible());
    EXPECT_TRUE(warning->text().contains(QStringLiteral("cannot run on this machine")))
        << warning->text().toStdString();
    EXPECT_FALSE(warning->accessibleDescription().isEmpty());
    auto *table = harness.find<ToolTable>(QStringLiteral("toolTable"));
    ASSERT_NE(table, nullptr);
    EXPECT_TRUE(foundText(table, Tool::Helm).contains(ToolInventory::howToGet(Tool::Helm)));

    // Still allowed: the user may only want to look through the wizard.
    EXPECT_TRUE(harness.wizard().button(QWizard::NextButton)->isEnabled());
    EXPECT_TRUE(harness.goTo(PageId::Bundle));
}

TEST(WelcomePageTest, HelmNamedByPathThatIsNotThereIsNotFound)
{
    FakeToolDir fakes;
    fakes.add(QStringLiteral("helm"), QStringLiteral("v3.18.0+gfake")); // on PATH, not chosen
    const EnvironmentGuard path("PATH", fakes.dir());
    const EnvironmentGuard helmOverride("DCE_UPGRADE_HELM", QByteArray("/nonexistent/dir/helm"));

    WizardHarness harness;
    ASSERT_TRUE(harness.waitUntil([&] { return allProbed(harness.session()); }, 15000));
    auto *table = harness.find<ToolTable>(QStringLiteral("toolTable"));
    ASSERT_NE(table, nullptr);
    const QString helm = foundText(table, Tool::Helm);
    EXPECT_TRUE(helm.contains(QStringLiteral("Not found"))) << helm.toStdString();
    EXPECT_TRUE(harness.find<QLabel>(QStringLiteral("helmMissingWarning"))->isVisible());
}

TEST(WelcomePageTest, ShowsTheDemoBannerWithItsNotes)
{
    const QString note = QStringLiteral("Registry: https://127.0.0.1:5443 (user demo)\n"
                                        "Cluster: the Kubernetes API stand-in on 127.0.0.1:6443");
    WizardHarness demo(
        QStringLiteral("en"), [&](WizardSession &session) { session.setDemoNote(note); });
    auto *banner = demo.find<QWidget>(QStringLiteral("demoBanner"));
    auto *notes = demo.find<QLabel>(QStringLiteral("demoNote"));
    ASSERT_TRUE(banner && notes);
    EXPECT_TRUE(banner->isVisible());
    EXPECT_EQ(notes->text(), note);
    EXPECT_EQ(notes->textFormat(), Qt::PlainText);
    EXPECT_TRUE(notes->textInteractionFlags() & Qt::TextSelectableByMouse);
    EXPECT_FALSE(banner->accessibleName().isEmpty());

    WizardHarness plain;
    auto *noBanner = plain.find<QWidget>(QStringLiteral("demoBanner"));
    ASSERT_NE(noBanner, nullptr);
    EXPECT_FALSE(noBanner->isVisible());
}

TEST(WelcomePageTest, ListsTheWholeProcedure)
{
    // skoala named (--module skoala): step 5 names its releases.
    WizardHarness harness(QStringLiteral("en"), [](WizardSession &session) {
        session.setProfile(session.profile(), WizardSession::ModuleOrigin::Chosen);
    });
    QStringList steps;
    for (int i = 1; i <= 8; ++i) {
        auto *step = harness.find<QLabel>(QStringLiteral("procedureStep%1").arg(i));
        ASSERT_NE(step, nullptr);
        EXPECT_TRUE(step->isVisible());
        EXPECT_TRUE(step->text().startsWith(QString::number(i) + QLatin1Char('.')));
        steps.append(step->text());
    }
    const QString all = steps.join(QLatin1Char('\n'));
    for (const char *word :
        {"checksum", "registry", "Sync", "Back up", "Upgrade", "Verify", "report", "Roll back"}) {
        EXPECT_TRUE(all.contains(QLatin1String(word))) << word << " missing from\n"
                                                       << all.toStdString();
    }
    EXPECT_TRUE(all.contains(QStringLiteral("skoala, skoala-init"))) << all.toStdString();
}

TEST(WelcomePageTest, MnemonicsAreUniqueInBothLanguages)
{
    WizardHarness harness;
    EXPECT_EQ(harness.mnemonicClashes(WizardHarness::Visibility::All), QStringList());
    harness.switchLanguage(QStringLiteral("zh_CN"));
    EXPECT_EQ(harness.mnemonicClashes(WizardHarness::Visibility::All), QStringList());
}

} // namespace DceUpgrade::Wizard::Test
