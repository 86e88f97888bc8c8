#pragma once

#include <QByteArray>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace DceUpgrade {

class FileRange;

// Streaming SHA-256/SHA-512 on OpenSSL EVP (about 8x faster than QCryptographicHash on Qt 6.4
// with SHA-NI, see test-infra.md). Not copyable; one instance per stream.
class Hasher final
{
public:
    enum class Algorithm { Sha256, Sha512 };

    explicit Hasher(Algorithm algorithm);
    ~Hasher();
    Hasher(const Hasher &) = delete;
    Hasher &operator=(const Hasher &) = delete;

    void addData(const char *data, qint64 size);
    void addData(const QByteArray &data) { addData(data.constData(), data.size()); }
    // Lower-case hex; the hasher is spent afterwards.
    QString hexDigest();

    static QString sha256Hex(const QByteArray &data);
    // "sha256:<hex>", the OCI digest form.
    static QString sha256Digest(const QByteArray &data);

    // Progress receives (bytes done, bytes total) at most every few MiB.
    using Progress = std::function<void(qint64, qint64)>;
    // Hashes a whole window of a file. Returns an empty string when `cancel` became true.
    static QString hashRange(const FileRange &range, Algorithm algorithm,
        const Progress &progress = {}, const std::atomic_bool *cancel = nullptr);

private:
    struct Context;
    std::unique_ptr<Context> m_context;
};

} // namespace DceUpgrade
