#include "registry/BlobReader.h"
#include "Fixtures.h"
#include "util/Hasher.h"

#include <gtest/gtest.h>

using namespace DceUpgrade;
using DceUpgrade::Test::Fixtures;

namespace {

QByteArray pattern(int size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i) {
        bytes[i] = char((i * 7 + i / 251) & 0xff);
    }
    return bytes;
}

} // namespace

TEST(BlobReader, StreamsAWindowOfTheFileAndHashesIt)
{
    Fixtures fixtures;
    const QByteArray content = pattern(300000);
    const FileRange file = FileRange::openFile(fixtures.writeFile(QStringLiteral("f"), content));
    const FileRange window = file.sub(1000, 200000);
    BlobReader reader(window);
    EXPECT_EQ(reader.size(), 200000);
    QByteArray read;
    while (!reader.atEnd()) {
        const QByteArray chunk = reader.read(16384);
        ASSERT_FALSE(chunk.isEmpty());
        read += chunk;
    }
    EXPECT_EQ(read, content.mid(1000, 200000));
    EXPECT_EQ(reader.digest(), Hasher::sha256Digest(content.mid(1000, 200000)));
    EXPECT_EQ(reader.digest(), Hasher::sha256Digest(content.mid(1000, 200000))) << "asked twice";
}

TEST(BlobReader, ARetryStartsTheHashOver)
{
    Fixtures fixtures;
    const QByteArray content = pattern(50000);
    BlobReader reader(FileRange::openFile(fixtures.writeFile(QStringLiteral("f"), content)));
    reader.read(20000); // a first attempt dropped half-way
    EXPECT_TRUE(reader.digest().isEmpty()) << "no digest before everything was read";
    ASSERT_TRUE(reader.reset());
    EXPECT_EQ(reader.readAll(), content);
    EXPECT_EQ(reader.digest(), Hasher::sha256Digest(content));
}

// A chunked upload presents one part at a time; the hash goes on across parts sent in order,
// and a part sent twice leaves no digest (the caller then hashes the blob itself).
TEST(BlobReader, ChunksInOrderGiveTheWholeDigest)
{
    Fixtures fixtures;
    const QByteArray content = pattern(100000);
    BlobReader reader(FileRange::openFile(fixtures.writeFile(QStringLiteral("f"), content)));
    QByteArray sent;
    for (qint64 start = 0; start < content.size(); start += 30000) {
        reader.setChunk(start, 30000);
        EXPECT_EQ(reader.size(), std::min<qint64>(30000, content.size() - start));
        const QByteArray part = reader.readAll();
        EXPECT_EQ(part, content.mid(start, 30000));
        sent += part;
    }
    EXPECT_EQ(sent, content);
    EXPECT_EQ(reader.digest(), Hasher::sha256Digest(content));

    BlobReader again(FileRange::openFile(fixtures.writeFile(QStringLiteral("g"), content)));
    again.setChunk(0, 60000);
    again.read(60000);
    again.setChunk(0, 60000); // the same part once more (a retry)
    again.readAll();
    again.setChunk(60000, 40000);
    again.readAll();
    EXPECT_EQ(again.digest(), Hasher::sha256Digest(content))
        << "the hash restarted and followed the in-order reads again";
}
