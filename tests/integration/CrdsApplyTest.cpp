// applyCrds on both upgrade paths: kubectl applies the crds/ of the chart helm installs, with the
// real helm 3.18 / 4.1 and kubectl against the Kubernetes API stand-in (which stores CRDs). No
// built-in module profile asks for it yet, so the engine runs here in-process with a skoala
// profile that does; everything else is what `dce-upgrade run` builds (plan, planner, steps).
// The package's charts carry crds/skoala.io_gateways.yaml (tests/fixtures/mkbundle.py).
#include "ScopedEnvironment.h"
#include "UpgradeRunFixture.h"

#include "engine/Engine.h"
#include "engine/RunContext.h"
#include "model/ModuleProfile.h"

#include <QCoreApplication>

using namespace DceUpgrade;
using namespace DceUpgrade::Test;

namespace {

const QString GatewayCrd = QStringLiteral("gateways.skoala.io");

class CrdsApply : public UpgradeRunAtASite
{
protected:
    static ModuleProfile profileWithCrds()
    {
        return ModuleProfile::parse(
            "id: skoala\nname: {en: Microservice Engine}\npackageGlob: \"skoala*.tar\"\n"
            "releases:\n  - chart: skoala\n    release: skoala\n    namespace: skoala-system\n"
            "    repoAlias: skoala-release\n    imageRegistryKeys: [global.imageRegistry]\n"
            "    applyCrds: true\n",
            QStringLiteral("skoala-with-crds.yaml"));
    }

    QByteArray planYaml(const QString &sync, const QString &upgradeMethod) const
    {
        return skoalaPlan(fixtureRegistry(QStringLiteral("release.daocloud.io/skoala")), sync,
            QStringLiteral("  method: %1\n").arg(upgradeMethod))
            .toUtf8();
    }

    // Plans and runs like `dce-upgrade run`, in this process; returns the finished steps as
    // "id=state" and whether the run succeeded.
    bool runEngine(const QByteArray &yaml, QStringList &finished, QString &sessionDir)
    {
        const UpgradePlan plan = UpgradePlan::fromYaml(yaml, QStringLiteral("crds.yaml"));
        const ModuleProfile profile = profileWithCrds();
        const Package package = PackageReader::open(plan.package);
        const ScopedEnvironment state("XDG_STATE_HOME", m_state.path().toUtf8());
        Session session = Session::create(plan.module, plan.toYaml());
        sessionDir = session.dir();
        const ProcessResult version = m_cluster.runHelm(helmMajor(),
            {QStringLiteral("version"), QStringLiteral("--template"),
                QStringLiteral("{{.Version}}")});

        RunContext context;
        context.plan = &plan;
        context.profile = &profile;
        context.package = &package;
        context.helmVersion = HelmVersion::parse(QString::fromUtf8(version.out));
        context.session = &session;
        context.programs.insert(QStringLiteral("helm"), m_helm);
        context.programs.insert(QStringLiteral("kubectl"), StandinCluster::kubectlBinary());
        context.secrets.insert(QStringLiteral("registry.password"), Password.toUtf8());
        Planner::Input input;
        input.plan = &plan;
        input.profile = &profile;
        input.package = &package;
        input.helm = context.helmVersion;
        input.sessionDir = session.dir();
        input.timestamp = session.stamp();
        context.planned = Planner::plan(input);

        Engine engine(context);
        bool ok = false;
        bool done = false;
        QObject::connect(&engine, &Engine::stepFinished, &engine,
            [&](const PlannedStep &step, const StepResult &result, qint64) {
                finished.append(step.id + QLatin1Char('=') + StepResult::toString(result.state)
                    + (result.message.isEmpty() ? QString()
                                                : QLatin1String(": ") + result.message));
            });
        QObject::connect(&engine, &Engine::finished, &engine, [&](bool succeeded) {
            ok = succeeded;
            done = true;
        });
        engine.start();
        QElapsedTimer clock;
        clock.start();
        while (!done && clock.elapsed() < 150000) {
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        }
        EXPECT_TRUE(done) << "the engine never finished";
        return ok;
    }

    bool crdApplied() const
    {
        return m_cluster.object(QStringLiteral("CustomResourceDefinition"), {}, GatewayCrd)
                   .value(QLatin1String("spec"))
                   .toObject()
                   .value(QLatin1String("group"))
            == QLatin1String("skoala.io");
    }
};

} // namespace

TEST_P(CrdsApply, ChartPackagePathAppliesTheCrdsOfTheExtractedChart)
{
    ASSERT_FALSE(crdApplied());
    QStringList finished;
    QString session;
    // The images "already on the nodes": no registry is needed for this path.
    const bool ok = runEngine(
        planYaml(QStringLiteral("  method: none\n  chartTarget: none\n  imagesAlreadyOn: nodes\n"),
            QStringLiteral("chart-package")),
        finished, session);
    ASSERT_TRUE(ok) << finished.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(finished.contains(QStringLiteral("crds.apply:skoala=ok")))
        << finished.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(crdApplied());
    EXPECT_TRUE(QFileInfo::exists(session + QStringLiteral("/charts/skoala/crds")));
    EXPECT_EQ(chart(), QStringLiteral("skoala-0.28.1"));
}

TEST_P(CrdsApply, HelmRepoPathAppliesTheCrdsOfTheChartPulledFromTheRepository)
{
    ASSERT_FALSE(crdApplied());
    QStringList finished;
    QString session;
    // The built-in sync publishes the relocated chart (crds/ included) as an OCI artifact; the
    // upgrade pulls exactly that version for its CRDs.
    const bool ok = runEngine(
        planYaml(QStringLiteral("  method: builtin\n  chartTarget: oci\n  chartRepoUrl: "
                                "oci://%1/charts\n")
                     .arg(m_registry.address()),
            QStringLiteral("helm-repo")),
        finished, session);
    ASSERT_TRUE(ok) << finished.join(QLatin1Char('\n')).toStdString();
    const QString text = finished.join(QLatin1Char('\n'));
    EXPECT_TRUE(finished.contains(QStringLiteral("chart.pull:skoala=ok"))) << text.toStdString();
    EXPECT_TRUE(finished.contains(QStringLiteral("crds.apply:skoala=ok"))) << text.toStdString();
    EXPECT_LT(text.indexOf(QLatin1String("chart.pull:skoala")),
        text.indexOf(QLatin1String("crds.apply:skoala")));
    EXPECT_TRUE(crdApplied());
    EXPECT_TRUE(QFileInfo::exists(
        session + QStringLiteral("/charts-pulled/skoala/skoala/crds/skoala.io_gateways.yaml")));
    EXPECT_FALSE(QFileInfo::exists(session + QStringLiteral("/charts/skoala")))
        << "the package's chart is not the one helm installs here";
    EXPECT_FALSE(QFileInfo::exists(session + QStringLiteral("/helm/config/registry/config.json")));
    EXPECT_EQ(chart(), QStringLiteral("skoala-0.28.1"));
}

INSTANTIATE_TEST_SUITE_P(Helm, CrdsApply, ::testing::Values(3, 4), helmTestName);
