#include "bundle/ChartLoader.h"

#include <gtest/gtest.h>

using namespace DceUpgrade;

// Chart versions as helm itself judges them: every row was checked with `helm template` of a
// chart with that version, with helm 3.18 and helm 4.1 (both the same), on 2026-12-07. helm
// refuses the "no" rows with `validation: chart.metadata.version "..." is invalid`.
TEST(ChartVersion, AcceptsWhatHelmAcceptsAndRefusesWhatHelmRefuses)
{
    for (const char *accepted : {"0.28.1", "1.2", "1", "v1", "v1.2.3", "01.2.3", "1.2.3-rc.1",
             "1.2.3-0", "1.2.3-x-y.Z", "1.2.3+01", "1.2.3-rc.1+b", "0.30.0-dev-ab12cd3"}) {
        EXPECT_TRUE(ChartLoader::isHelmChartVersion(QString::fromLatin1(accepted))) << accepted;
    }
    for (const char *refused : {"not-a-version", "1.2.3.4", "1.2.3-01", "1.2.3-00", "1.2.3-",
             "1.2.3+", "1.2.3-a..b", "V1.2.3", " 1.2.3", "1.-2.3", ""}) {
        EXPECT_FALSE(ChartLoader::isHelmChartVersion(QString::fromLatin1(refused))) << refused;
    }
}
