#include "SecretStore.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

namespace DceUpgrade::Wizard::Test {

TEST(SecretStoreTest, KeepsWhatItIsGivenUntilCleared)
{
    SecretStore store;
    QSignalSpy changed(&store, &SecretStore::changed);
    store.set(QStringLiteral("registry.password"), QByteArrayLiteral("s3cret"));
    store.set(QStringLiteral("registry.password"), QByteArrayLiteral("s3cret"));
    EXPECT_EQ(changed.count(), 1) << "setting the same value is no change";
    EXPECT_TRUE(store.contains(QStringLiteral("registry.password")));

    const auto wanted
        = store.values({QStringLiteral("registry.password"), QStringLiteral("other.secret")});
    EXPECT_EQ(wanted.size(), 1);
    EXPECT_EQ(wanted.value(QStringLiteral("registry.password")), QByteArrayLiteral("s3cret"));

    store.clear();
    EXPECT_FALSE(store.contains(QStringLiteral("registry.password")));
    EXPECT_TRUE(store.values({QStringLiteral("registry.password")}).isEmpty());
}

} // namespace DceUpgrade::Wizard::Test
