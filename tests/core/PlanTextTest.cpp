#include "PlanFixture.h"

#include "engine/PlanText.h"
#include "util/Translations.h"

#include <gtest/gtest.h>

namespace DceUpgrade::Test {

// `dce-upgrade plan` prints PlanText, the text the wizard's Review page shows: one rendering.
TEST(PlanText, IsWhatThePlanCommandPrints)
{
    Fixtures fixtures;
    const auto package = fixtures.make(QStringLiteral("package"));
    PlanFixture::Options options;
    options.sync = QStringLiteral("charts-syncer");
    const QString planPath = fixtures.writeFile(
        QStringLiteral("plan.yaml"), PlanFixture::planYaml(package.path, options));
    const auto cli = Fixtures::runCli({QStringLiteral("plan"), QStringLiteral("--plan"), planPath,
        QStringLiteral("--helm-version"), QStringLiteral("3.18.0"), QStringLiteral("--lang"),
        QStringLiteral("en")});
    ASSERT_EQ(cli.exitCode, 0) << cli.err.toStdString();

    // The same English catalogue as the command (its plural forms: "9 layers").
    Translations::install(QStringLiteral("en"));
    const UpgradePlan plan = UpgradePlan::load(planPath);
    const Package opened = PackageReader::open(plan.package);
    const PlanResult result = PlanFixture::plan(opened, plan, QStringLiteral("3.18.0"));
    const QString text = PlanText::render(
        result, {ModuleProfile::builtIn(QStringLiteral("skoala")).displayName(), planPath, {}, {}});
    EXPECT_EQ(cli.out, text);
}

TEST(PlanText, ListsStepsFilesCommandsAndWarnings)
{
    Fixtures fixtures;
    const auto package = fixtures.make(QStringLiteral("package"));
    PlanFixture::Options options;
    options.sync = QStringLiteral("charts-syncer");
    const UpgradePlan plan = UpgradePlan::fromYaml(
        PlanFixture::planYaml(package.path, options), QStringLiteral("plan.yaml"));
    const Package opened = PackageReader::open(plan.package);
    PlanResult result = PlanFixture::plan(opened, plan, QStringLiteral("4.1.4"));
    result.warnings.append(QStringLiteral("a warning of the test"));
    const QString text = PlanText::render(result,
        {QStringLiteral("Microservice Engine"), QStringLiteral("plan.yaml"),
            {QStringLiteral("a note of the test")}, {}});
    const QStringList lines = text.split(QLatin1Char('\n'));

    EXPECT_EQ(lines.value(0),
        QStringLiteral("Upgrade plan for Microservice Engine (plan.yaml), nothing has been "
                       "changed."));
    EXPECT_EQ(lines.value(1), QStringLiteral("a note of the test"));
    EXPECT_TRUE(lines.contains(QStringLiteral("1. Verify the offline package  [bundle.read]")));
    EXPECT_TRUE(text.contains(QStringLiteral("  [report] (always runs)\n")));
    // charts-syncer's config file, its password masked, quoted line by line.
    EXPECT_TRUE(text.contains(QStringLiteral("   writes ${SESSION}/")));
    EXPECT_TRUE(text.contains(QStringLiteral("     | ")));
    EXPECT_TRUE(text.contains(QStringLiteral("password: \"******\"")));
    EXPECT_TRUE(text.contains(QStringLiteral("\n   $ LC_ALL=C helm upgrade skoala ")));
    EXPECT_TRUE(text.contains(QStringLiteral("--rollback-on-failure")));
    EXPECT_TRUE(text.endsWith(QStringLiteral("\nWarning: a warning of the test\n")));
    std::size_t shown = 0;
    for (const PlannedStep &step : result.steps) {
        shown += text.contains(QStringLiteral("  [%1]").arg(step.id)) ? 1 : 0;
    }
    EXPECT_EQ(shown, result.steps.size());
}

} // namespace DceUpgrade::Test
