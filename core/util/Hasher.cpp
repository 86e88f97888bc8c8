#include "Hasher.h"

#include "util/FileRange.h"

#include <openssl/evp.h>

#include <vector>

namespace DceUpgrade {

struct Hasher::Context
{
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    ~Context() { EVP_MD_CTX_free(ctx); }
};

Hasher::Hasher(Algorithm algorithm)
    : m_context(std::make_unique<Context>())
{
    EVP_DigestInit_ex(
        m_context->ctx, algorithm == Algorithm::Sha256 ? EVP_sha256() : EVP_sha512(), nullptr);
}

Hasher::~Hasher() = default;

void Hasher::addData(const char *data, qint64 size)
{
    EVP_DigestUpdate(m_context->ctx, data, size_t(size));
}

QString Hasher::hexDigest()
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(m_context->ctx, digest, &length);
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex());
}

QString Hasher::sha256Hex(const QByteArray &data)
{
    Hasher hasher(Algorithm::Sha256);
    hasher.addData(data);
    return hasher.hexDigest();
}

QString Hasher::sha256Digest(const QByteArray &data)
{
    return QStringLiteral("sha256:") + sha256Hex(data);
}

QString Hasher::hashRange(const FileRange &range, Algorithm algorithm, const Progress &progress,
    const std::atomic_bool *cancel)
{
    // 1 MiB reads keep syscalls rare while the buffer stays small; progress every 16 MiB is
    // plenty for a bar and costs nothing.
    constexpr qint64 chunk = 1 << 20;
    constexpr qint64 reportEvery = 16 << 20;
    std::vector<char> buffer(chunk);
    Hasher hasher(algorithm);
    qint64 done = 0;
    qint64 lastReport = 0;
    while (done < range.size()) {
        if (cancel && cancel->load(std::memory_order_relaxed)) {
            return {};
        }
        const qint64 n = range.read(done, buffer.data(), chunk);
        if (n <= 0) {
            break;
        }
        hasher.addData(buffer.data(), n);
        done += n;
        if (progress && done - lastReport >= reportEvery) {
            progress(done, range.size());
            lastReport = done;
        }
    }
    if (progress) {
        progress(done, range.size());
    }
    return hasher.hexDigest();
}

} // namespace DceUpgrade
