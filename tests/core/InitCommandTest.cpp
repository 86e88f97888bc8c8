// `dce-upgrade init`: a commented plan from a package and a few answers, valid as written (the
// real `dce-upgrade plan` takes it), for every sync method, and never a secret.
#include "PlanFixture.h"

#include "model/UpgradePlan.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using DceUpgrade::Test::Fixtures;

namespace {

class Init : public ::testing::Test
{
protected:
    void SetUp() override { m_package = m_fixtures.make(QStringLiteral("package")).path; }

    // Runs init with `answers` into a new file; returns the file's text (empty on failure).
    QByteArray init(const QStringList &answers, const QString &name)
    {
        const QString file = m_fixtures.dir() + QLatin1Char('/') + name;
        const auto result = Fixtures::runCli(QStringList {QStringLiteral("init"), m_package}
            + answers + QStringList {QStringLiteral("--output"), file});
        EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
        EXPECT_TRUE(result.out.isEmpty()) << result.out.toStdString();
        QFile plan(file);
        return plan.open(QIODevice::ReadOnly) ? plan.readAll() : QByteArray();
    }

    // `dce-upgrade plan --json` of the file: its step ids (fails the test when it refuses).
    QStringList planSteps(const QString &name)
    {
        const auto result = Fixtures::runCli({QStringLiteral("plan"), QStringLiteral("--json"),
            QStringLiteral("--plan"), m_fixtures.dir() + QLatin1Char('/') + name,
            QStringLiteral("--helm-version"), QStringLiteral("3.18.0")});
        EXPECT_EQ(result.exitCode, 0) << name.toStdString() << ": " << result.err.toStdString();
        QStringList ids;
        for (const QJsonValue &step : QJsonDocument::fromJson(result.out.toUtf8())
                                          .object()
                                          .value(QLatin1String("steps"))
                                          .toArray()) {
            ids.append(step.toObject().value(QLatin1String("id")).toString());
        }
        return ids;
    }

    // Every key line has a comment line right above it, or is an item of a list.
    static void expectEveryKeyExplained(const QByteArray &plan)
    {
        const QList<QByteArray> lines = plan.split('\n');
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines[i].trimmed();
            if (line.isEmpty() || line.startsWith('#') || line.startsWith('-') || line.endsWith(':')
                || line.startsWith("apiVersion") || line.startsWith("kind")) {
                continue; // comments, list items, section headers, the format's own lines
            }
            EXPECT_TRUE(lines[i - 1].trimmed().startsWith('#'))
                << "no comment above: " << line.toStdString();
        }
    }

    Fixtures m_fixtures;
    QString m_package;
};

} // namespace

TEST_F(Init, EverySyncMethodGivesAValidCommentedPlan)
{
    const std::map<QString, QStringList> methods {
        {QStringLiteral("builtin"), {}},
        {QStringLiteral("charts-syncer"), {}},
        {QStringLiteral("docker"), {}},
        {QStringLiteral("containerd"),
            {QStringLiteral("--node"), QStringLiteral("10.6.0.21"), QStringLiteral("--node"),
                QStringLiteral("ops@10.6.0.22:2222")}},
        {QStringLiteral("none"), {}},
    };
    const std::map<QString, QString> firstSyncStep {
        {QStringLiteral("builtin"), QStringLiteral("images.push")},
        {QStringLiteral("charts-syncer"), QStringLiteral("images.sync")},
        {QStringLiteral("docker"), QStringLiteral("docker.push")},
        {QStringLiteral("containerd"), QStringLiteral("images.import")},
    };
    for (const auto &[method, extra] : methods) {
        const QString name = QStringLiteral("plan-%1.yaml").arg(method);
        const QByteArray plan
            = init(QStringList {QStringLiteral("--registry"),
                       QStringLiteral("10.6.0.10:8443/skoala"), QStringLiteral("--user"),
                       QStringLiteral("robot$skoala"), QStringLiteral("--sync"), method}
                    + extra,
                name);
        ASSERT_FALSE(plan.isEmpty()) << method.toStdString();
        EXPECT_TRUE(plan.startsWith("# ")) << plan.toStdString();
        EXPECT_FALSE(plan.contains("password:")) << plan.toStdString();
        expectEveryKeyExplained(plan);

        const DceUpgrade::UpgradePlan parsed
            = DceUpgrade::UpgradePlan::fromYaml(plan, name, m_fixtures.dir());
        EXPECT_EQ(DceUpgrade::UpgradePlan::toString(parsed.sync.method), method);
        EXPECT_EQ(parsed.registry.address, QStringLiteral("10.6.0.10:8443"));
        EXPECT_EQ(parsed.registry.repository, QStringLiteral("skoala"));
        EXPECT_EQ(parsed.registry.username, QStringLiteral("robot$skoala"));
        EXPECT_EQ(parsed.module, QStringLiteral("skoala"));
        EXPECT_EQ(parsed.upgrade.method, DceUpgrade::UpgradeMethod::ChartPackage);
        EXPECT_EQ(parsed.upgrade.releases.size(), 2u);

        const QStringList steps = planSteps(name);
        EXPECT_TRUE(steps.contains(QStringLiteral("helm.upgrade:skoala")))
            << method.toStdString() << ": " << steps.join(QLatin1Char(' ')).toStdString();
        if (firstSyncStep.count(method)) {
            const QString expected = firstSyncStep.at(method);
            EXPECT_TRUE(std::any_of(steps.cbegin(), steps.cend(),
                [&](const QString &id) { return id.startsWith(expected); }))
                << method.toStdString() << ": " << steps.join(QLatin1Char(' ')).toStdString();
        }
    }
}

TEST_F(Init, HelmRepoAndSyncOnlyPlansAreValidToo)
{
    // builtin publishes the chart to Harbor's chart repository, and the upgrade takes it there.
    const QByteArray fromHarbor
        = init({QStringLiteral("--registry"), QStringLiteral("harbor.example/skoala"),
                   QStringLiteral("--upgrade"), QStringLiteral("helmRepo")},
            QStringLiteral("helm-repo.yaml"));
    const DceUpgrade::UpgradePlan parsed
        = DceUpgrade::UpgradePlan::fromYaml(fromHarbor, QStringLiteral("helm-repo.yaml"));
    EXPECT_EQ(parsed.upgradeRepoUrl(), QStringLiteral("https://harbor.example/chartrepo/skoala"));
    EXPECT_TRUE(
        planSteps(QStringLiteral("helm-repo.yaml")).contains(QStringLiteral("chart.publish")));

    const QByteArray syncOnly
        = init({QStringLiteral("--registry"), QStringLiteral("10.6.0.10/skoala"),
                   QStringLiteral("--http"), QStringLiteral("--upgrade"), QStringLiteral("none")},
            QStringLiteral("sync-only.yaml"));
    EXPECT_TRUE(syncOnly.contains("scheme: http\n"));
    EXPECT_FALSE(planSteps(QStringLiteral("sync-only.yaml"))
                     .contains(QStringLiteral("helm.upgrade:skoala")));
}

TEST_F(Init, AnswersThatMakeNoValidPlanAreRefusedWithTheFix)
{
    const auto noNode = Fixtures::runCli({QStringLiteral("init"), m_package,
        QStringLiteral("--registry"), QStringLiteral("10.6.0.10/skoala"), QStringLiteral("--sync"),
        QStringLiteral("containerd")});
    EXPECT_EQ(noNode.exitCode, 3);
    EXPECT_TRUE(noNode.err.contains(QStringLiteral("--node"))) << noNode.err.toStdString();

    const auto noRepo = Fixtures::runCli({QStringLiteral("init"), m_package,
        QStringLiteral("--registry"), QStringLiteral("10.6.0.10/skoala"), QStringLiteral("--sync"),
        QStringLiteral("docker"), QStringLiteral("--upgrade"), QStringLiteral("helm-repo")});
    EXPECT_EQ(noRepo.exitCode, 3);
    EXPECT_TRUE(noRepo.err.contains(QStringLiteral("--repo-url"))) << noRepo.err.toStdString();

    const auto scheme = Fixtures::runCli({QStringLiteral("init"), m_package,
        QStringLiteral("--registry"), QStringLiteral("https://10.6.0.10/skoala")});
    EXPECT_EQ(scheme.exitCode, 2);
    const auto method
        = Fixtures::runCli({QStringLiteral("init"), m_package, QStringLiteral("--registry"),
            QStringLiteral("10.6.0.10/skoala"), QStringLiteral("--sync"), QStringLiteral("rsync")});
    EXPECT_EQ(method.exitCode, 2);

    // An existing plan is never overwritten.
    const QString existing = m_fixtures.writeFile(QStringLiteral("mine.yaml"), "# edited\n");
    const auto again
        = Fixtures::runCli({QStringLiteral("init"), m_package, QStringLiteral("--registry"),
            QStringLiteral("10.6.0.10/skoala"), QStringLiteral("--output"), existing});
    EXPECT_NE(again.exitCode, 0);
    QFile file(existing);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), QByteArray("# edited\n"));
}
