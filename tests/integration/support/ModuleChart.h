#pragma once

#include "Fixtures.h"

#include <QString>

namespace DceUpgrade::Test {

// The chart of `chart`'s bundle in a package made by `mkbundle.py module` (its original-chart/),
// unpacked under `dir`: what a test installs an older release of a module from. Returns the
// chart's directory; fails the test (ADD_FAILURE) and returns it anyway when unpacking fails.
QString unpackModuleChart(const GeneratedBundle &package, const QString &chart, const QString &dir);

} // namespace DceUpgrade::Test
