// Every DCE module profile against the real dce-upgrade: a package generated in that module's
// naming (tests/fixtures/mkbundle.py module), `inspect` names the module, `init` writes a plan for
// it, and `plan` gives, for each release, the commands its DaoCloud page documents (release,
// namespace, repo alias, registry keys, CRDs; ../shared/docs/dce-modules.md §1-§3) with the
// pages' traps avoided. Nothing runs against a cluster: `plan` is a dry run (--helm-version).
#include "Fixtures.h"

#include "model/ModuleProfile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <gtest/gtest.h>

#include <algorithm>
#include <string_view>
#include <vector>

using namespace DceUpgrade;
using namespace DceUpgrade::Test;

namespace {

const QString Registry = QStringLiteral("10.6.0.10");

// What a module's page runs for one release, written down from the docs (not read from the
// profile, so that a profile that drifts from its page fails here).
struct DocumentedRelease
{
    QString chart; // the release has the chart's name on every page
    QString namespaceName;
    QString repoAlias;
    QStringList registryKeys; // set on both upgrade paths
    QStringList chartPackageKeys = {}; // set only when upgrading from the package's chart
    bool crds = false; // kubectl apply -f <chart>/crds before helm upgrade
};

struct DocumentedModule
{
    QString id;
    QString version; // as the download page writes it (mspider and hydra with a v)
    std::vector<DocumentedRelease> releases;
};

DocumentedModule standard(const QString &id, bool crds, const QString &alias = {},
    const QString &version = QStringLiteral("0.28.0"))
{
    return {id, version,
        {{id, id + QStringLiteral("-system"), alias.isEmpty() ? id : alias,
            {QStringLiteral("global.imageRegistry")}, {}, crds}}};
}

DocumentedModule middleware(const QString &name, const QString &version)
{
    const QString chart = QStringLiteral("mcamel-") + name;
    return {chart, version,
        {{chart, QStringLiteral("mcamel-system"), QStringLiteral("mcamel"),
            {QStringLiteral("global.imageRegistry")},
            {QStringLiteral("console_image.registry"),
                QStringLiteral("operator_image.registry")}}}};
}

// dce-modules.md §1 (summary table) and §2 (quotes).
const std::vector<DocumentedModule> &documentedModules()
{
    static const std::vector<DocumentedModule> modules = [] {
        std::vector<DocumentedModule> all {standard(QStringLiteral("kpanda"), true),
            standard(QStringLiteral("ghippo"), true, {}, QStringLiteral("v0.20.1")),
            standard(QStringLiteral("kairship"), true), standard(QStringLiteral("kangaroo"), true),
            standard(QStringLiteral("virtnest"), true), standard(QStringLiteral("kcollie"), true),
            standard(QStringLiteral("kcoral"), false), standard(QStringLiteral("dowl"), true),
            standard(QStringLiteral("gmagpie"), true),
            standard(QStringLiteral("mspider"), false, QStringLiteral("mspider-release"),
                QStringLiteral("v0.20.1")),
            standard(QStringLiteral("hydra"), false, QStringLiteral("hydra-release"),
                QStringLiteral("v0.9.0"))};
        all.push_back({QStringLiteral("spidernet"), QStringLiteral("v0.6.0"),
            {{QStringLiteral("spidernet"), QStringLiteral("spidernet-system"),
                QStringLiteral("spidernet-release"),
                {QStringLiteral("spidernet.image.registry"),
                    QStringLiteral("ui.image.registry")}}}});
        const QString skoalaNs = QStringLiteral("skoala-system");
        const QString skoalaAlias = QStringLiteral("skoala-release");
        const QStringList ir {QStringLiteral("global.imageRegistry")};
        all.push_back({QStringLiteral("skoala"), QStringLiteral("0.28.1"),
            {{QStringLiteral("skoala"), skoalaNs, skoalaAlias, ir},
                {QStringLiteral("skoala-init"), skoalaNs, skoalaAlias, ir}}});
        for (const char *name : {"minio", "kafka", "elasticsearch", "mysql", "redis", "postgresql",
                 "rabbitmq", "mongodb", "rocketmq"}) {
            all.push_back(middleware(QString::fromLatin1(name),
                name == std::string_view("redis") ? QStringLiteral("0.12.0")
                                                  : QStringLiteral("0.8.1")));
        }
        return all;
    }();
    return modules;
}

const DocumentedModule &documented(const QString &id)
{
    for (const DocumentedModule &module : documentedModules()) {
        if (module.id == id) {
            return module;
        }
    }
    throw std::logic_error("no documented module " + id.toStdString());
}

// One generated package: mkbundle.py module --module ID --version V --arch A --naming N.
struct PackageCase
{
    QString id;
    QString version;
    QString arch;
    QString naming; // underscore | dot | bundle | short (mkbundle.py NAMINGS)
    QString fileName; // what the naming makes of it, as the pages write it
};

// Every documented module in the download page's <id>_<version>_<arch>.tar form, and the other
// forms the pages show (dce-modules.md §3; issue 12).
std::vector<PackageCase> packageCases()
{
    std::vector<PackageCase> cases;
    const QString amd64 = QStringLiteral("amd64");
    for (const DocumentedModule &module : documentedModules()) {
        cases.push_back({module.id, module.version, amd64, QStringLiteral("underscore"),
            QStringLiteral("%1_%2_amd64.tar").arg(module.id, module.version)});
    }
    const QString underscore = QStringLiteral("underscore");
    cases.push_back({QStringLiteral("mspider"), QStringLiteral("v0.18.0"), QStringLiteral("x86_64"),
        underscore, QStringLiteral("mspider_v0.18.0_x86_64.tar")});
    cases.push_back({QStringLiteral("mspider"), QStringLiteral("v0.34.0"), QStringLiteral("arm64"),
        underscore, QStringLiteral("mspider_v0.34.0_arm64.tar")});
    cases.push_back({QStringLiteral("kcollie"), QStringLiteral("v0.5.2"), amd64,
        QStringLiteral("dot"), QStringLiteral("kcollie.amd64.tar")});
    cases.push_back({QStringLiteral("kcoral"), QStringLiteral("0.6.0"), amd64,
        QStringLiteral("dot"), QStringLiteral("kcoral.amd64.tar")});
    cases.push_back({QStringLiteral("mcamel-redis"), QStringLiteral("0.12.0"), amd64,
        QStringLiteral("short"), QStringLiteral("redis_0.12.0_amd64.tar")});
    cases.push_back({QStringLiteral("mcamel-minio"), QStringLiteral("0.8.1"),
        QStringLiteral("arm64"), QStringLiteral("short"), QStringLiteral("minio_0.8.1_arm64.tar")});
    cases.push_back({QStringLiteral("ghippo"), QStringLiteral("0.12.1"), amd64,
        QStringLiteral("bundle"), QStringLiteral("ghippo-0.12.1-amd64.bundle.tar")});
    return cases;
}

void PrintTo(const PackageCase &c, std::ostream *os)
{
    *os << c.fileName.toStdString();
}

std::string caseName(const ::testing::TestParamInfo<PackageCase> &info)
{
    // gtest names allow [A-Za-z0-9_] only: kcollie.amd64.tar -> kcollie_amd64_tar.
    return QString(info.param.fileName)
        .replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9]")), QStringLiteral("_"))
        .toStdString();
}

QJsonObject jsonOf(const Fixtures::CliResult &result)
{
    return QJsonDocument::fromJson(result.out.toUtf8()).object();
}

// `field` of every bundle of an `inspect --json` answer ("member", or "chart" then "name").
QStringList ofEveryBundle(
    const QJsonObject &inspected, const QString &field, const QString &subField = {})
{
    QStringList values;
    for (const QJsonValue &bundle : inspected.value(QLatin1String("bundles")).toArray()) {
        const QJsonValue value = bundle[field];
        values.append(subField.isEmpty() ? value.toString() : value[subField].toString());
    }
    return values;
}

QString describe(const Fixtures::CliResult &result)
{
    return QStringLiteral("exit %1\nstdout:\n%2\nstderr:\n%3")
        .arg(result.exitCode)
        .arg(result.out, result.err);
}

// The arguments of every command of plan --json step `id` ("program arg arg ..." each), or with
// `displayed` the line the plan shows (its environment first); empty when the plan has no such
// step.
QStringList commandsOf(const QJsonObject &plan, const QString &id, bool displayed = false)
{
    QStringList lines;
    for (const QJsonValue &step : plan.value(QLatin1String("steps")).toArray()) {
        if (step[QLatin1String("id")].toString() != id) {
            continue;
        }
        for (const QJsonValue &command : step[QLatin1String("commands")].toArray()) {
            if (displayed) {
                lines.append(command[QLatin1String("display")].toString());
                continue;
            }
            QStringList words {command[QLatin1String("program")].toString()};
            for (const QJsonValue &argument : command[QLatin1String("arguments")].toArray()) {
                words.append(argument.toString());
            }
            lines.append(words.join(QLatin1Char(' ')));
        }
    }
    return lines;
}

bool hasStep(const QJsonObject &plan, const QString &id)
{
    const QJsonArray steps = plan.value(QLatin1String("steps")).toArray();
    return std::any_of(steps.begin(), steps.end(),
        [&](const QJsonValue &step) { return step[QLatin1String("id")].toString() == id; });
}

// `--set KEY=VALUE` or `--set-string KEY=VALUE` for `key`, whatever VALUE.
bool setsKey(const QString &command, const QString &key)
{
    return command.contains(QRegularExpression(
        QStringLiteral("(^| )--set(-string)? %1=\\S+").arg(QRegularExpression::escape(key))));
}

class ModulePackage : public ::testing::TestWithParam<PackageCase>
{
protected:
    void SetUp() override
    {
        const PackageCase &c = GetParam();
        m_package = m_fixtures.make(QStringLiteral("module"), c.fileName,
            {QStringLiteral("--module"), c.id, QStringLiteral("--version"), c.version,
                QStringLiteral("--arch"), c.arch, QStringLiteral("--naming"), c.naming});
        ASSERT_FALSE(m_package.expect.isEmpty()) << "mkbundle.py wrote no expectations";
    }

    // init PACKAGE --registry 10.6.0.10/ID [extra] --output FILE; the plan's path.
    QString init(const QString &name, const QStringList &extra)
    {
        const QString plan = m_fixtures.dir() + QLatin1Char('/') + name;
        const Fixtures::CliResult result = Fixtures::runCli(
            QStringList {QStringLiteral("init"), m_package.path, QStringLiteral("--registry"),
                Registry + QLatin1Char('/') + GetParam().id, QStringLiteral("--output"), plan}
            + extra);
        EXPECT_EQ(result.exitCode, 0) << describe(result).toStdString();
        return plan;
    }

    static Fixtures::CliResult plan(const QString &planFile, bool json)
    {
        QStringList arguments {QStringLiteral("plan"), QStringLiteral("--plan"), planFile,
            QStringLiteral("--helm-version"), QStringLiteral("3.18.0")};
        if (json) {
            arguments.append(QStringLiteral("--json"));
        }
        return Fixtures::runCli(arguments);
    }

    // The documented commands of every release on one upgrade path.
    void expectDocumentedReleases(const QJsonObject &planned, bool chartPackage)
    {
        const DocumentedModule &module = documented(GetParam().id);
        QStringList plannedCharts;
        for (const QJsonValue &release : planned.value(QLatin1String("releases")).toArray()) {
            plannedCharts.append(release[QLatin1String("chart")].toString());
        }
        QStringList documentedCharts;
        for (const DocumentedRelease &release : module.releases) {
            documentedCharts.append(release.chart);
        }
        // hydra's agents are in the package but have no documented upgrade command.
        EXPECT_EQ(plannedCharts, documentedCharts);

        for (const DocumentedRelease &release : module.releases) {
            SCOPED_TRACE(release.chart.toStdString());
            const QString inNamespace = QStringLiteral(" -n %1").arg(release.namespaceName);
            // The backup is of this very release, in its namespace (kairship's page backs up
            // `-n k pan da-system`, amamba's the ghippo release).
            const QStringList backup
                = commandsOf(planned, QStringLiteral("values.backup:") + release.chart);
            ASSERT_EQ(backup.size(), 1) << backup.join(QLatin1Char('\n')).toStdString();
            EXPECT_TRUE(backup.first().startsWith(
                QStringLiteral("helm get values %1%2").arg(release.chart, inNamespace)))
                << backup.first().toStdString();

            const QStringList upgrade
                = commandsOf(planned, QStringLiteral("helm.upgrade:") + release.chart);
            ASSERT_EQ(upgrade.size(), 1) << upgrade.join(QLatin1Char('\n')).toStdString();
            const QString &command = upgrade.first();
            EXPECT_TRUE(command.startsWith(QStringLiteral("helm upgrade %1 ").arg(release.chart)))
                << command.toStdString();
            EXPECT_TRUE(command.contains(inNamespace + QLatin1Char(' '))) << command.toStdString();
            for (const QString &key : release.registryKeys) {
                EXPECT_TRUE(setsKey(command, key))
                    << key.toStdString() << " in " << command.toStdString();
            }
            for (const QString &key : release.chartPackageKeys) {
                EXPECT_EQ(setsKey(command, key), chartPackage)
                    << key.toStdString() << " in " << command.toStdString();
            }
            if (chartPackage) {
                EXPECT_TRUE(command.contains(QStringLiteral("/charts/%1 ").arg(release.chart)))
                    << command.toStdString();
            } else {
                // The chart from the documented alias, at the package's version as written
                // (v0.20.1 stays v0.20.1), on one line: no lost `\` before --version.
                EXPECT_TRUE(command.contains(
                    QStringLiteral(" %1/%2 ").arg(release.repoAlias, release.chart)))
                    << command.toStdString();
                EXPECT_TRUE(
                    command.contains(QStringLiteral(" --version %1 ").arg(GetParam().version)))
                    << command.toStdString();
            }

            const QStringList crds
                = commandsOf(planned, QStringLiteral("crds.apply:") + release.chart);
            if (release.crds) {
                ASSERT_EQ(crds.size(), 1);
                EXPECT_TRUE(crds.first().startsWith(QStringLiteral("kubectl apply ")))
                    << crds.first().toStdString();
                EXPECT_TRUE(crds.first().endsWith(QStringLiteral("/%1/crds").arg(release.chart)))
                    << crds.first().toStdString();
                // Shown as it runs: English output, like the helm lines.
                const QStringList shown
                    = commandsOf(planned, QStringLiteral("crds.apply:") + release.chart, true);
                EXPECT_TRUE(shown.first().startsWith(QStringLiteral("LC_ALL=C kubectl apply ")))
                    << shown.first().toStdString();
            } else {
                EXPECT_FALSE(hasStep(planned, QStringLiteral("crds.apply:") + release.chart))
                    << crds.join(QLatin1Char('\n')).toStdString();
            }
        }
    }

    Fixtures m_fixtures;
    GeneratedBundle m_package;
};

TEST_P(ModulePackage, InspectNamesTheModule)
{
    const PackageCase &c = GetParam();
    const Fixtures::CliResult text = Fixtures::runCli({QStringLiteral("inspect"), m_package.path});
    ASSERT_EQ(text.exitCode, 0) << describe(text).toStdString();
    const QRegularExpressionMatch line
        = QRegularExpression(QStringLiteral("^Module: (.*)$"), QRegularExpression::MultilineOption)
              .match(text.out);
    ASSERT_TRUE(line.hasMatch()) << text.out.toStdString();
    EXPECT_TRUE(line.captured(1).endsWith(QStringLiteral("(%1)").arg(c.id)))
        << line.captured(0).toStdString();

    const Fixtures::CliResult json
        = Fixtures::runCli({QStringLiteral("inspect"), m_package.path, QStringLiteral("--json")});
    ASSERT_EQ(json.exitCode, 0) << describe(json).toStdString();
    const QJsonObject inspected = jsonOf(json);
    const QJsonObject module = inspected.value(QLatin1String("module")).toObject();
    EXPECT_EQ(module.value(QLatin1String("id")).toString(), c.id);
    EXPECT_TRUE(module.value(QLatin1String("supported")).toBool());

    // Every bundle the package holds, named as generated, each with its chart at the version
    // as written (v0.9.0 stays v0.9.0) and its crds/ exactly where the page applies CRDs.
    for (const QString &version :
        ofEveryBundle(inspected, QStringLiteral("chart"), QStringLiteral("version"))) {
        EXPECT_EQ(version, c.version);
    }
    QStringList expectedMembers;
    for (const QJsonValue &chart : m_package.expect.value(QLatin1String("charts")).toArray()) {
        expectedMembers.append(chart[QLatin1String("bundle_member")].toString());
    }
    if (c.naming == QLatin1String("bundle")) {
        EXPECT_TRUE(inspected.value(QLatin1String("isBundle")).toBool());
    } else {
        EXPECT_EQ(ofEveryBundle(inspected, QStringLiteral("member")), expectedMembers);
    }
    for (const QJsonValue &bundle : inspected.value(QLatin1String("bundles")).toArray()) {
        const QJsonObject chart = bundle[QLatin1String("chart")].toObject();
        for (const DocumentedRelease &release : documented(c.id).releases) {
            if (release.chart == chart.value(QLatin1String("name")).toString()) {
                EXPECT_EQ(chart.value(QLatin1String("hasCrds")).toBool(), release.crds)
                    << release.chart.toStdString();
            }
        }
    }
}

TEST_P(ModulePackage, ChartPackagePlanHasTheDocumentedCommands)
{
    const QString planFile = init(QStringLiteral("plan.yaml"), {});
    const QByteArray written = [&] {
        QFile file(planFile);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    EXPECT_TRUE(QString::fromUtf8(written).contains(QRegularExpression(
        QStringLiteral("^module: %1$").arg(GetParam().id), QRegularExpression::MultilineOption)))
        << written.toStdString();

    const Fixtures::CliResult planned = plan(planFile, true);
    ASSERT_EQ(planned.exitCode, 0) << describe(planned).toStdString();
    const QJsonObject steps = jsonOf(planned);
    expectDocumentedReleases(steps, true);
    EXPECT_FALSE(hasStep(steps, QStringLiteral("helm.repo")));
}

TEST_P(ModulePackage, HelmRepoPlanAddsTheDocumentedAlias)
{
    const QString repoUrl = QStringLiteral("http://%1/chartrepo/%2").arg(Registry, GetParam().id);
    const QString planFile = init(QStringLiteral("plan-repo.yaml"),
        {QStringLiteral("--upgrade"), QStringLiteral("helm-repo"), QStringLiteral("--repo-url"),
            repoUrl});
    const Fixtures::CliResult planned = plan(planFile, true);
    ASSERT_EQ(planned.exitCode, 0) << describe(planned).toStdString();
    const QJsonObject steps = jsonOf(planned);
    expectDocumentedReleases(steps, false);

    QSet<QString> aliases;
    for (const DocumentedRelease &release : documented(GetParam().id).releases) {
        aliases.insert(release.repoAlias);
    }
    const QStringList repo = commandsOf(steps, QStringLiteral("helm.repo"));
    for (const QString &alias : std::as_const(aliases)) {
        const QRegularExpression add(
            QStringLiteral("^helm repo add %1 %2( |$)")
                .arg(QRegularExpression::escape(alias), QRegularExpression::escape(repoUrl)));
        EXPECT_TRUE(std::any_of(repo.begin(), repo.end(),
            [&](const QString &command) { return add.match(command).hasMatch(); }))
            << alias.toStdString() << " in\n"
            << repo.join(QLatin1Char('\n')).toStdString();
    }
}

TEST_P(ModulePackage, ContainerdImportsIntoTheKubernetesNamespace)
{
    // kant's page runs `ctr image import` without -n k8s.io: kubelet never sees such images.
    const QString planFile = init(QStringLiteral("plan-containerd.yaml"),
        {QStringLiteral("--sync"), QStringLiteral("containerd"), QStringLiteral("--node"),
            QStringLiteral("root@10.6.0.21")});
    const Fixtures::CliResult planned = plan(planFile, false);
    ASSERT_EQ(planned.exitCode, 0) << describe(planned).toStdString();
    const QRegularExpression ctr(QStringLiteral("\\bctr (?!-n k8s\\.io )"));
    EXPECT_TRUE(planned.out.contains(QLatin1String("ctr -n k8s.io images import")))
        << planned.out.toStdString();
    EXPECT_FALSE(planned.out.contains(ctr)) << planned.out.toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    ModuleProfiles, ModulePackage, ::testing::ValuesIn(packageCases()), caseName);

// The table above covers every module this version upgrades, and nothing it does not.
TEST(ModuleProfiles, EverySupportedProfileIsDocumentedHere)
{
    QStringList ids;
    for (const DocumentedModule &module : documentedModules()) {
        ids.append(module.id);
    }
    ids.sort();
    QStringList supported = ModuleProfile::supportedIds();
    supported.sort();
    EXPECT_EQ(ids, supported);
}

std::string idName(const ::testing::TestParamInfo<std::string> &param)
{
    std::string name = param.param;
    std::replace(name.begin(), name.end(), '-', '_');
    return name;
}

// A package of a module recognised but not upgraded yet: inspect says "does not upgrade it
// yet" (any wording with "not upgrade"), init refuses it.
class UnsupportedModule : public ::testing::TestWithParam<std::string>
{
};

// Listed here rather than read from the profiles: test names are made before main() (and so
// before the profiles' Qt resource is certain to be registered); the list is checked below.
std::vector<std::string> unsupportedIds()
{
    return {"amamba", "egressgateway", "hwameistor-operator", "insight", "kant", "spiderpool"};
}

TEST(ModuleProfiles, EveryUnsupportedProfileIsListedHere)
{
    QStringList unsupported;
    for (const ModuleProfile &profile : ModuleProfile::allBuiltIn()) {
        if (!profile.supported) {
            unsupported.append(profile.id);
        }
    }
    unsupported.sort();
    QStringList listed;
    for (const std::string &id : unsupportedIds()) {
        listed.append(QString::fromStdString(id));
    }
    EXPECT_EQ(unsupported, listed);
}

TEST_P(UnsupportedModule, InspectSaysSoAndInitRefuses)
{
    const QString id = QString::fromStdString(GetParam());
    Fixtures fixtures;
    const QString fileName = id + QStringLiteral("_0.22.0_amd64.tar");
    const GeneratedBundle package = fixtures.make(QStringLiteral("module"), fileName,
        {QStringLiteral("--module"), id, QStringLiteral("--version"), QStringLiteral("0.22.0")});
    ASSERT_FALSE(package.expect.isEmpty());

    const Fixtures::CliResult text = Fixtures::runCli({QStringLiteral("inspect"), package.path});
    ASSERT_EQ(text.exitCode, 0) << describe(text).toStdString();
    EXPECT_TRUE(text.out.contains(QRegularExpression(
        QStringLiteral("^Module: .*\\(%1\\).* not upgrade").arg(QRegularExpression::escape(id)),
        QRegularExpression::MultilineOption)))
        << text.out.toStdString();
    const QJsonObject module = jsonOf(
        Fixtures::runCli({QStringLiteral("inspect"), package.path, QStringLiteral("--json")}))
                                   .value(QLatin1String("module"))
                                   .toObject();
    EXPECT_EQ(module.value(QLatin1String("id")).toString(), id);
    EXPECT_FALSE(module.value(QLatin1String("supported")).toBool(true));

    const Fixtures::CliResult init = Fixtures::runCli({QStringLiteral("init"), package.path,
        QStringLiteral("--registry"), Registry + QLatin1Char('/') + id, QStringLiteral("--output"),
        fixtures.dir() + QStringLiteral("/plan.yaml")});
    EXPECT_NE(init.exitCode, 0);
    EXPECT_TRUE(init.err.contains(QLatin1String("(profile.unsupported)")))
        << describe(init).toStdString();
    EXPECT_FALSE(QFile::exists(fixtures.dir() + QStringLiteral("/plan.yaml")));
}

INSTANTIATE_TEST_SUITE_P(
    ModuleProfiles, UnsupportedModule, ::testing::ValuesIn(unsupportedIds()), idName);

// `inspect --json` of the package mkbundle.py makes of module `id` at `version`, named `fileName`.
QJsonObject inspectGenerated(const QString &fileName, const QString &id, const QString &version)
{
    Fixtures fixtures;
    const GeneratedBundle package = fixtures.make(QStringLiteral("module"), fileName,
        {QStringLiteral("--module"), id, QStringLiteral("--version"), version});
    const Fixtures::CliResult json
        = Fixtures::runCli({QStringLiteral("inspect"), package.path, QStringLiteral("--json")});
    EXPECT_EQ(json.exitCode, 0) << describe(json).toStdString();
    return jsonOf(json);
}

// insight, the example: two charts (insight, insight-agent), two bundles, not upgraded.
TEST(ModuleProfiles, InsightPackageHoldsBothChartsAndIsNotUpgraded)
{
    const QJsonObject inspected = inspectGenerated(QStringLiteral("insight_v0.22.0_amd64.tar"),
        QStringLiteral("insight"), QStringLiteral("v0.22.0"));
    EXPECT_EQ(ofEveryBundle(inspected, QStringLiteral("chart"), QStringLiteral("name")),
        (QStringList {QStringLiteral("insight"), QStringLiteral("insight-agent")}));
    EXPECT_FALSE(inspected.value(QLatin1String("module"))[QLatin1String("supported")].toBool(true));
}

// hydra's page: "解压后可得到 hydra、hydra-agent、web-search-agent 这 3 个 bundle.tar 包".
TEST(ModuleProfiles, HydraPackageHoldsItsThreeBundles)
{
    const QJsonObject inspected = inspectGenerated(QStringLiteral("hydra_v0.9.0_amd64.tar"),
        QStringLiteral("hydra"), QStringLiteral("v0.9.0"));
    EXPECT_EQ(ofEveryBundle(inspected, QStringLiteral("member")),
        (QStringList {QStringLiteral("hydra_v0.9.0.bundle.tar"),
            QStringLiteral("hydra-agent_v0.9.0.bundle.tar"),
            QStringLiteral("web-search-agent_v0.9.0.bundle.tar")}));
}

// hydra's agents (hydra-agent, web-search-agent) are installed from the DCE UI under names the
// user chose: the plan syncs them with the package and says, for each, that it is not upgraded
// and how to upgrade one; init offers the releases: entry to fill in; an entry without the
// release's name and namespace is refused, saying what to add.
TEST(ModuleProfiles, HydraPlanSaysHowToUpgradeItsAgents)
{
    Fixtures fixtures;
    const GeneratedBundle package
        = fixtures.make(QStringLiteral("module"), QStringLiteral("hydra_v0.9.0_amd64.tar"),
            {QStringLiteral("--module"), QStringLiteral("hydra"), QStringLiteral("--version"),
                QStringLiteral("v0.9.0")});
    const QString planFile = fixtures.dir() + QStringLiteral("/plan.yaml");
    const Fixtures::CliResult init
        = Fixtures::runCli({QStringLiteral("init"), package.path, QStringLiteral("--registry"),
            Registry + QStringLiteral("/hydra"), QStringLiteral("--output"), planFile});
    ASSERT_EQ(init.exitCode, 0) << describe(init).toStdString();
    QFile file(planFile);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString written = QString::fromUtf8(file.readAll());
    for (const char *chart : {"hydra-agent", "web-search-agent"}) {
        EXPECT_TRUE(written.contains(
            QStringLiteral("    # - chart: %1\n    #   release: NAME\n").arg(QLatin1String(chart))))
            << written.toStdString();
    }

    const auto planText = [&](const QString &plan) {
        return Fixtures::runCli({QStringLiteral("plan"), QStringLiteral("--plan"), plan,
            QStringLiteral("--helm-version"), QStringLiteral("3.18.0")});
    };
    const Fixtures::CliResult planned = planText(planFile);
    ASSERT_EQ(planned.exitCode, 0) << describe(planned).toStdString();
    for (const char *chart : {"hydra-agent", "web-search-agent"}) {
        EXPECT_TRUE(planned.out.contains(
            QStringLiteral("%1 v0.9.0 is synced with the package but not upgraded: its releases "
                           "are installed from the DCE UI under names chosen there. To upgrade "
                           "one, add it under upgrade.releases with chart: %1, release:, "
                           "namespace: and kubeContexts:.")
                .arg(QLatin1String(chart))))
            << planned.out.toStdString();
        EXPECT_FALSE(
            planned.out.contains(QStringLiteral("helm upgrade %1").arg(QLatin1String(chart))));
    }
    // The images of every bundle go to the registry, the agents' included.
    EXPECT_TRUE(planned.out.contains(
        QStringLiteral("-> %1/hydra/hydra-agent-apiserver:v0.9.0").arg(Registry)))
        << planned.out.toStdString();

    // Named without its release and namespace, an agent cannot be upgraded.
    const QString withAgent = fixtures.writeFile(QStringLiteral("agent.yaml"),
        QString(written)
            .replace(QLatin1String("    - chart: hydra\n"),
                QLatin1String("    - chart: hydra\n    - chart: hydra-agent\n"))
            .toUtf8());
    const Fixtures::CliResult refused = planText(withAgent);
    EXPECT_EQ(refused.exitCode, 3) << describe(refused).toStdString();
    EXPECT_TRUE(refused.err.contains(QLatin1String(
        "The chart \"hydra-agent\" is in the package, but the module \"hydra\" does not say under "
        "which name it is installed.")))
        << describe(refused).toStdString();
    EXPECT_TRUE(refused.err.contains(QLatin1String("release:"))) << describe(refused).toStdString();
}

// A package whose charts no profile knows: inspect says so, init refuses with profile.unknown.
TEST(ModuleProfiles, PackageOfNoKnownModuleIsExplained)
{
    Fixtures fixtures;
    const QString profiles = fixtures.dir() + QStringLiteral("/profiles");
    ASSERT_TRUE(QDir().mkpath(profiles));
    fixtures.writeFile(QStringLiteral("profiles/acme.yaml"),
        "id: acme\nreleases:\n  - chart: acme\n    imageRegistryKeys: [global.imageRegistry]\n");
    const GeneratedBundle package
        = fixtures.make(QStringLiteral("module"), QStringLiteral("acme_1.0.0_amd64.tar"),
            {QStringLiteral("--module"), QStringLiteral("acme"), QStringLiteral("--version"),
                QStringLiteral("1.0.0"), QStringLiteral("--profiles"), profiles});
    ASSERT_FALSE(package.expect.isEmpty());

    const Fixtures::CliResult text = Fixtures::runCli({QStringLiteral("inspect"), package.path});
    ASSERT_EQ(text.exitCode, 0) << describe(text).toStdString();
    EXPECT_TRUE(text.out.contains(QRegularExpression(
        QStringLiteral("^Module: none .*acme"), QRegularExpression::MultilineOption)))
        << text.out.toStdString();
    EXPECT_FALSE(jsonOf(
        Fixtures::runCli({QStringLiteral("inspect"), package.path, QStringLiteral("--json")}))
                     .value(QLatin1String("module"))
                     .toObject()
                     .contains(QLatin1String("id")));

    const Fixtures::CliResult init = Fixtures::runCli({QStringLiteral("init"), package.path,
        QStringLiteral("--registry"), Registry + QStringLiteral("/acme"),
        QStringLiteral("--output"), fixtures.dir() + QStringLiteral("/plan.yaml")});
    EXPECT_NE(init.exitCode, 0);
    EXPECT_TRUE(init.err.contains(QLatin1String("(profile.unknown)")))
        << describe(init).toStdString();
}

} // namespace
