#pragma once

#include <QString>

namespace DceUpgrade {

// What the installed helm can do. Flags differ by version, and a wrong flag either fails or,
// worse, is silently something else (bundle-format.md §6).
struct HelmVersion
{
    int major = 3;
    int minor = 18;
    int patch = 0;

    // "v3.18.0", "v4.1.4+g1234", "3.6.3"; nullopt-like invalid() result when unparsable.
    static HelmVersion parse(const QString &text, bool *ok = nullptr);
    QString toString() const;

    bool atLeast(int maj, int min) const { return major > maj || (major == maj && minor >= min); }
    // `helm repo update NAME` and `helm repo add --password-stdin` arrived in 3.7.0.
    bool canUpdateOneRepo() const { return atLeast(3, 7); }
    bool hasPasswordStdin() const { return atLeast(3, 7); }
    // Charts in OCI registries left experimental in 3.8.0 (oci:// references, `helm registry
    // login` storing Docker-style credentials, '+' in versions stored as '_' in tags).
    bool hasOci() const { return atLeast(3, 8); }
    // --ca-file / --insecure on `registry login`, and TLS flags for oci:// pulls: 3.12.0
    // (helm PR 11711).
    bool hasOciTlsFlags() const { return atLeast(3, 12); }
    // --plain-http on `registry login` as well as on upgrade/show/pull (those since 3.13): 3.18
    // is the oldest release checked to have it.
    bool hasOciPlainHttp() const { return atLeast(3, 18); }
    // helm 4 renamed --atomic (still accepted, with a deprecation warning).
    QString atomicFlag() const
    {
        return major >= 4 ? QStringLiteral("--rollback-on-failure") : QStringLiteral("--atomic");
    }
};

} // namespace DceUpgrade
