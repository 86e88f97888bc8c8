#include "util/SystemError.h"
#include "util/Translations.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cerrno>
#include <cstring>

using DceUpgrade::SystemError;

namespace {

const QRegularExpression &han()
{
    static const QRegularExpression pattern(QStringLiteral("\\p{Han}"));
    return pattern;
}

} // namespace

TEST(SystemError, AQFileReasonIsRecognisedFromItsText)
{
    QFile missing(QStringLiteral("/nonexistent-dce-upgrade-test/file"));
    ASSERT_FALSE(missing.open(QIODevice::ReadOnly));
    // What Qt reports is strerror's text; SystemError finds the errno behind it.
    EXPECT_EQ(missing.errorString(), QString::fromLocal8Bit(std::strerror(ENOENT)));
    EXPECT_EQ(SystemError::of(missing), SystemError::text(ENOENT));
    EXPECT_EQ(SystemError::text(ENOENT), QStringLiteral("no such file or directory"));
}

TEST(SystemError, AnUnknownReasonStaysAsTheSystemWroteIt)
{
    EXPECT_EQ(
        SystemError::translated(QStringLiteral("Something odd")), QStringLiteral("Something odd"));
    EXPECT_EQ(SystemError::text(EPROTO), QString::fromLocal8Bit(std::strerror(EPROTO)));
}

// Issue 11: no English system error inside a Chinese sentence.
TEST(SystemError, CommonReasonsAreInChinese)
{
    DceUpgrade::Translations::install(QStringLiteral("zh_CN"));
    for (const int errnum : {ENOENT, EACCES, EPERM, ENOSPC, EROFS, EEXIST, ENOTDIR, EISDIR, EIO}) {
        const QString reason = SystemError::text(errnum);
        EXPECT_TRUE(han().match(reason).hasMatch()) << errnum << ": " << reason.toStdString();
        EXPECT_EQ(SystemError::translated(QString::fromLocal8Bit(std::strerror(errnum))), reason);
    }
    QTemporaryDir dir;
    QFile directory(dir.path());
    ASSERT_FALSE(directory.open(QIODevice::WriteOnly));
    EXPECT_TRUE(han().match(SystemError::of(directory)).hasMatch())
        << SystemError::of(directory).toStdString();
    DceUpgrade::Translations::install(QStringLiteral("en"));
}
