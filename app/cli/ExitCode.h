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

// Maps a stable error code ("bundle.truncated") to its exit code: the class of what failed,
// which docs/cli.md lists. A code is looked up whole first, then by its prefix.
inline ExitCode exitCodeFor(const QString &errorCode)
{
    struct Class
    {
        const char *code;
        ExitCode exit;
    };
    // Codes whose class is not their prefix's.
    static const Class exact[] = {
        // The registry, the chart repository or the cluster lacks or refused something: nothing
        // is wrong with the package, the plan or this machine.
        {"images.missing", Failure},
        {"chart.version-missing", Failure},
        {"tool.failed", Failure}, // a tool said no (the cluster, a registry), see its message
        {"tool.timeout", Failure}, // a tool heard nothing back: the network or the far end
        {"chart.package", Failure}, // a bug of this program
        // Writing the relocated chart for its publication failed on this machine.
        {"chart.publish-local", Environment},
        {"chart.publish-oci", Environment},
    };
    for (const Class &entry : exact) {
        if (errorCode == QLatin1String(entry.code)) {
            return entry.exit;
        }
    }
    static const Class prefixes[] = {
        {"checksum.mismatch", Integrity},
        {"images.bad-digest", Integrity},
        {"file.", Environment},
        {"helm.", Environment},
        {"tool.", Environment},
        {"session.io", Environment}, // the session directory cannot be written (disk full)
        {"disk.full", Environment},
        {"kubeconfig.", Environment},
        {"registry.ca-file", Environment},
        {"bundle.", InvalidInput},
        {"chart.", InvalidInput},
        {"hints.", InvalidInput},
        {"images.", InvalidInput},
        {"image.", InvalidInput},
        {"yaml.", InvalidInput},
        {"plan.", InvalidInput},
        {"profile.", InvalidInput},
        {"checksum.", InvalidInput},
    };
    for (const Class &entry : prefixes) {
        if (errorCode.startsWith(QLatin1String(entry.code))) {
            return entry.exit;
        }
    }
    return Failure;
}

} // namespace DceUpgrade::Cli
