#pragma once

#include <QJsonObject>

namespace DceUpgrade {

struct Package;

// The machine-readable description of a package (`dce-upgrade inspect --json`, and what the
// wizard's bundle page shows). Field names are a documented interface: docs/cli.md.
struct PackageJson
{
    static QJsonObject toJson(const Package &package);
};

} // namespace DceUpgrade
