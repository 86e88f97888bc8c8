// "Remember the password in the system keyring" on the Registry page (wizard/PasswordKeyring.h)
// against a real Secret Service: gnome-keyring-daemon on a private D-Bus session bus. The bus must
// be there before QtDBus/libsecret first connect, i.e. before the process starts, so these tests
// run only under tests/wizard/with-keyring.sh (ctest: wizard.keyring), which starts the bus and
// the daemon and sets DCE_TEST_KEYRING: "running" (the keyring is there) or "none" (the session
// bus address points nowhere). The rest of wizard_tests never sees them (ctest filters them out).

#include "FieldInput.h"
#include "PasswordKeyring.h"
#include "RegistryPage.h"
#include "WizardHarness.h"
#include "WizardSettings.h"

#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QUuid>

#include <gtest/gtest.h>

#include <optional>

namespace DceUpgrade::Wizard::Test {
namespace {

const QString Address = QStringLiteral("harbor.keyring-test.example:8443");
const QString User = QStringLiteral("robot$keyring");
const QString Password = QStringLiteral("s3cret$ key");

// Skips, loudly, when not started by with-keyring.sh in the wanted mode: running these with a
// random session bus (or none) would test the machine, not the wizard.
#define REQUIRE_KEYRING_MODE(mode)                                                                 \
    if (qEnvironmentVariable("DCE_TEST_KEYRING") != QLatin1String(mode)) {                         \
        GTEST_SKIP() << "KEYRING TEST NOT RUN: it needs a private D-Bus session set up before "    \
                        "the process starts; run tests/wizard/with-keyring.sh (ctest -R "          \
                        "wizard.keyring). DCE_TEST_KEYRING='"                                      \
                     << qEnvironmentVariable("DCE_TEST_KEYRING").toStdString() << "', wanted '"    \
                     << mode << "'";                                                               \
    }

struct Lookup
{
    PasswordKeyring::Result result;
    QString password;
    QString message;
};

// Reads `key` straight from the keyring, as a second client would.
std::optional<Lookup> readKeyring(const QString &key)
{
    PasswordKeyring keyring;
    std::optional<Lookup> lookup;
    QObject::connect(&keyring, &PasswordKeyring::readFinished,
        [&lookup](const QString &, PasswordKeyring::Result result, const QString &password,
            const QString &message) {
            lookup = Lookup {result, password, message};
        });
    keyring.read(key);
    WizardHarness::waitUntil([&lookup] { return lookup.has_value(); });
    return lookup;
}

bool removeFromKeyring(const QString &key)
{
    PasswordKeyring keyring;
    bool done = false;
    QObject::connect(&keyring, &PasswordKeyring::removeFinished, [&done] { done = true; });
    keyring.remove(key);
    return WizardHarness::waitUntil([&done] { return done; });
}

RegistryPage *registryPage(WizardHarness &harness)
{
    EXPECT_TRUE(harness.goTo(PageId::Registry));
    return qobject_cast<RegistryPage *>(harness.wizard().currentPage());
}

TEST(KeyringTest, TheKeyringOfTheTestIsReachable)
{
    REQUIRE_KEYRING_MODE("running");
    const std::optional<Lookup> lookup
        = readKeyring(QUuid::createUuid().toString(QUuid::WithoutBraces));
    ASSERT_TRUE(lookup.has_value()) << "the keyring did not answer within 20 s";
    EXPECT_EQ(lookup->result, PasswordKeyring::Result::NotFound)
        << "gnome-keyring-daemon of with-keyring.sh is not usable: "
        << lookup->message.toStdString();
}

TEST(KeyringTest, AStoredPasswordIsFilledInAndUntickingDeletesIt)
{
    REQUIRE_KEYRING_MODE("running");
    const QString key = PasswordKeyring::keyFor(User, Address);
    ASSERT_TRUE(removeFromKeyring(key));

    {
        WizardHarness harness;
        RegistryPage *page = registryPage(harness);
        ASSERT_NE(page, nullptr);
        auto *remember = harness.find<QCheckBox>(QStringLiteral("rememberPassword"));
        auto *status = harness.find<QLabel>(QStringLiteral("keyringStatus"));
        ASSERT_TRUE(remember && status);
        EXPECT_FALSE(remember->isChecked()) << "off by default";
        EXPECT_TRUE(remember->isEnabled()) << remember->toolTip().toStdString();
        EXPECT_FALSE(remember->accessibleName().isEmpty());
        EXPECT_TRUE(harness.mnemonicClashes(WizardHarness::Visibility::All).isEmpty())
            << harness.mnemonicClashes(WizardHarness::Visibility::All)
                   .join(QLatin1Char('\n'))
                   .toStdString();

        typeInto(harness.find<QLineEdit>(QStringLiteral("registryAddress")), Address);
        typeInto(harness.find<QLineEdit>(QStringLiteral("registryUser")), User);
        typeInto(harness.find<QLineEdit>(QStringLiteral("registryPassword")), Password);
        // Ticking alone stores nothing: leaving the page does.
        pressSpace(remember);
        ASSERT_TRUE(remember->isChecked());
        harness.waitUntil([] { return false; }, 300);
        EXPECT_EQ(readKeyring(key)->result, PasswordKeyring::Result::NotFound);

        EXPECT_TRUE(page->validatePage());
        ASSERT_TRUE(harness.waitUntil([status] {
            return status->isVisibleTo(status->window())
                && status->text().contains(QStringLiteral("stored"));
        })) << status->text().toStdString();
        const std::optional<Lookup> stored = readKeyring(key);
        ASSERT_TRUE(stored.has_value());
        EXPECT_EQ(stored->result, PasswordKeyring::Result::Done) << stored->message.toStdString();
        EXPECT_EQ(stored->password, Password);

        WizardSettings::setLastPlan(harness.session().draft());
    }

    // A new wizard: the same user and registry bring the password back, and the box ticked.
    WizardHarness harness;
    RegistryPage *page = registryPage(harness);
    ASSERT_NE(page, nullptr);
    auto *remember = harness.find<QCheckBox>(QStringLiteral("rememberPassword"));
    auto *password = harness.find<QLineEdit>(QStringLiteral("registryPassword"));
    ASSERT_TRUE(remember && password);
    typeInto(harness.find<QLineEdit>(QStringLiteral("registryAddress")), Address);
    typeInto(harness.find<QLineEdit>(QStringLiteral("registryUser")), User);
    ASSERT_TRUE(harness.waitUntil([password] { return password->text() == Password; }))
        << "password field: '" << password->text().toStdString() << "'";
    EXPECT_TRUE(remember->isChecked());
    auto *note = harness.find<QLabel>(QStringLiteral("passwordNote"));
    ASSERT_NE(note, nullptr);
    EXPECT_TRUE(note->text().contains(QStringLiteral("system keyring"))) << "not 'never saved'";
    harness.saveScreenshot(QStringLiteral("registry-keyring-filled_en"));
    EXPECT_EQ(harness.session().secrets().value(RegistryPasswordId), Password.toUtf8());
    EXPECT_EQ(password->echoMode(), QLineEdit::Password);
    // No "enter the password" left under the field.
    auto *passwordProblem = harness.find<QLabel>(QStringLiteral("registryPasswordProblem"));
    ASSERT_NE(passwordProblem, nullptr);
    EXPECT_TRUE(passwordProblem->text().isEmpty()) << passwordProblem->text().toStdString();

    // Another user at the same registry has nothing stored: the box unticks.
    typeInto(harness.find<QLineEdit>(QStringLiteral("registryUser")), User + QStringLiteral("2"));
    ASSERT_TRUE(harness.waitUntil([remember] { return !remember->isChecked(); }));
    EXPECT_EQ(readKeyring(key)->result, PasswordKeyring::Result::Done) << "not deleted by that";
    typeInto(harness.find<QLineEdit>(QStringLiteral("registryUser")), User);
    ASSERT_TRUE(harness.waitUntil([remember] { return remember->isChecked(); }));

    // Unticking deletes it from the keyring.
    pressSpace(remember);
    EXPECT_FALSE(remember->isChecked());
    ASSERT_TRUE(harness.waitUntil([&key] {
        return readKeyring(key)->result == PasswordKeyring::Result::NotFound;
    })) << "still in the keyring after unticking";
    WizardSettings::setLastPlan(harness.session().draft());

    // The settings hold the account, never the password.
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << settings.fileName().toStdString();
    const QByteArray saved = file.readAll();
    EXPECT_TRUE(saved.contains(Address.toUtf8())) << "not the wizard's settings file?";
    EXPECT_FALSE(saved.contains(Password.toUtf8()));
    EXPECT_FALSE(saved.contains(QByteArrayLiteral("s3cret")));
}

TEST(KeyringTest, NoKeyringServiceDisablesTheBoxAndSaysWhy)
{
    REQUIRE_KEYRING_MODE("none");
    WizardHarness harness;
    ASSERT_NE(registryPage(harness), nullptr);
    auto *remember = harness.find<QCheckBox>(QStringLiteral("rememberPassword"));
    ASSERT_NE(remember, nullptr);
    ASSERT_TRUE(harness.waitUntil([remember] { return !remember->isEnabled(); }))
        << "still enabled without a keyring service: " << remember->toolTip().toStdString();
    EXPECT_FALSE(remember->isChecked());
    EXPECT_TRUE(remember->toolTip().contains(QStringLiteral("no system keyring service")))
        << remember->toolTip().toStdString();
    EXPECT_EQ(remember->accessibleDescription(), remember->toolTip());
    auto *status = harness.find<QLabel>(QStringLiteral("keyringStatus"));
    ASSERT_NE(status, nullptr);
    EXPECT_EQ(status->text(), remember->toolTip()) << "said on the page, not only in a tooltip";
    harness.saveScreenshot(QStringLiteral("registry-no-keyring_en"));

    WizardHarness chinese(QStringLiteral("zh_CN"));
    ASSERT_NE(registryPage(chinese), nullptr);
    auto *rememberZh = chinese.find<QCheckBox>(QStringLiteral("rememberPassword"));
    ASSERT_TRUE(chinese.waitUntil([rememberZh] { return !rememberZh->isEnabled(); }));
    chinese.saveScreenshot(QStringLiteral("registry-no-keyring_zh_CN"));
}

} // namespace
} // namespace DceUpgrade::Wizard::Test
