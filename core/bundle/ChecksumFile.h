#pragma once

#include "util/Hasher.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <optional>

namespace DceUpgrade {

// The checksum DaoCloud publishes beside a package ("<hex>  <file name>" as written by
// sha512sum or sha256sum), and its verification.
struct ChecksumFile
{
    Q_DECLARE_TR_FUNCTIONS(DceUpgrade::ChecksumFile)

public:
    QString path; // the checksum file
    Hasher::Algorithm algorithm = Hasher::Algorithm::Sha512;
    QString expectedHex;

    QString algorithmName() const;

    // Looks for "<package>.sha512sum", "<package>.sha256sum" and any *.sha512sum / *.sha256sum
    // beside the package that lists the package's file name. Throws Error
    // (checksum.invalid) when such a file exists but cannot be understood.
    static std::optional<ChecksumFile> findFor(const QString &packagePath);

    // Streams the package through the hash. Returns false when canceled; throws Error
    // (checksum.mismatch) when the digest differs.
    bool verify(const QString &packagePath, const Hasher::Progress &progress = {},
        const std::atomic_bool *cancel = nullptr) const;
};

} // namespace DceUpgrade
