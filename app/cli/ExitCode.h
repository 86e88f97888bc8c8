#pragma once

#include <QString>

namespace DceUpgrade::Cli {

// Documented in `dce-upgrade --help` and docs/cli.md; scripts depend on them.
enum ExitCode : int {
    Success = 0,
    Failure = 1, // anything not listed below
    Usage = 2, // wrong arguments
    InvalidInput = 3, // package, plan or profile cannot be used as they are
    Integrity = 4, // checksum or digest mismatch: the download is damaged
    Environment = 5, // a file or tool on this machine is missing or unusable
    Canceled = 130, // `run` stopped by Ctrl+C / SIGTERM (as a shell reports SIGINT)
};

// Maps a stable error code ("bundle.truncated") to its exit code.
inline ExitCode exitCodeFor(const QString &errorCode)
{
    if (errorCode == QLatin1String("checksum.mismatch")
        || errorCode == QLatin1String("images.bad-digest")) {
        return Integrity;
    }
    if (errorCode.startsWith(QLatin1String("file.")) || errorCode.startsWith(QLatin1String("helm."))
        || errorCode.startsWith(QLatin1String("tool."))) {
        return Environment;
    }
    static const char *const inputPrefixes[] = {"bundle.", "chart.", "hints.", "images.", "image.",
        "yaml.", "plan.", "profile.", "checksum."};
    for (const char *prefix : inputPrefixes) {
        if (errorCode.startsWith(QLatin1String(prefix))) {
            return InvalidInput;
        }
    }
    return Failure;
}

} // namespace DceUpgrade::Cli
