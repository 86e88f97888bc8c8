// The report as an audit record: when, by whom, where, the plan that ran and its checksum; an
// HTML file that prints on A4 and loads nothing from anywhere.
#include "PlanFixture.h"

#include "engine/Report.h"
#include "engine/RunContext.h"
#include "engine/Session.h"
#include "util/SecretMask.h"
#include "util/TimeText.h"
#include "util/Translations.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSysInfo>

#include <gtest/gtest.h>

namespace DceUpgrade::Test {

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Every reference the HTML makes to something outside itself: src/href with a scheme or "//",
// CSS url(...) that is not data:, @import, and any script.
QStringList externalResources(const QString &html)
{
    QStringList found;
    static const QRegularExpression attribute(
        QStringLiteral(R"((?:src|href)\s*=\s*["']?\s*((?:[a-z][a-z0-9+.-]*:|//)[^"'\s>]*))"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression cssUrl(
        QStringLiteral(R"re(url\(\s*["']?\s*(?!data:)([^)"']+))re"),
        QRegularExpression::CaseInsensitiveOption);
    for (const QRegularExpression *pattern : {&attribute, &cssUrl}) {
        for (auto it = pattern->globalMatch(html); it.hasNext();) {
            const QString target = it.next().captured(1);
            if (!target.startsWith(QLatin1String("data:"), Qt::CaseInsensitive)) {
                found << target;
            }
        }
    }
    for (const char *banned : {"@import", "<script", "<link", "<iframe", "<object"}) {
        if (html.contains(QLatin1String(banned), Qt::CaseInsensitive)) {
            found << QString::fromLatin1(banned);
        }
    }
    return found;
}

bool hasA4PageRule(const QString &html)
{
    static const QRegularExpression rule(QStringLiteral(R"(@page\s*\{[^}]*size\s*:\s*A4\b)"),
        QRegularExpression::CaseInsensitiveOption);
    return rule.match(html).hasMatch();
}

QDateTime timeOf(const QJsonObject &report, const char *key)
{
    return QDateTime::fromString(report.value(QLatin1String(key)).toString(), Qt::ISODate);
}

class ReportTest : public WithPackage<::testing::Test>
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_state.isValid());
        Translations::install(QStringLiteral("en"));
        PlanFixture::Options options;
        options.upgrade = QStringLiteral("chart-package");
        QByteArray yaml = PlanFixture::planYaml(s_package->path, options);
        yaml.replace("  repoAlias: skoala-release\n",
            "  repoAlias: skoala-release\n  kubeContext: dce-management\n");
        m_planPath = s_fixtures->writeFile(QStringLiteral("audit-plan.yaml"), yaml);
        m_source = PlanSource::read(m_planPath);
        m_plan = m_source.parse();
        m_session = std::make_unique<Session>(Session::create(m_plan.module, m_plan.toYaml()));
        m_context.plan = &m_plan;
        m_context.planSource = m_source;
        m_context.package = s_package;
        m_context.planned = PlanFixture::plan(*s_package, m_plan, QStringLiteral("3.18.0"));
        m_context.helmVersion = HelmVersion::parse(QStringLiteral("3.18.0"));
        m_context.session = m_session.get();
        m_context.records.append(QJsonObject {{QStringLiteral("id"), QStringLiteral("report")},
            {QStringLiteral("title"), QStringLiteral("Write the report")},
            {QStringLiteral("state"), QStringLiteral("ok")}});
    }

    void TearDown() override { Translations::install(QStringLiteral("en")); }

    QJsonObject writeAndRead()
    {
        m_files = Report::write(m_context);
        return QJsonDocument::fromJson(readAll(m_files.json)).object();
    }

    ScopedStateHome m_state;
    QString m_planPath;
    PlanSource m_source;
    UpgradePlan m_plan;
    std::unique_ptr<Session> m_session;
    RunContext m_context;
    Report::Files m_files;
};

} // namespace

TEST_F(ReportTest, SaysWhenWhereAndByWhom)
{
    // An hour, two minutes and five seconds ago.
    m_context.started = QDateTime::currentDateTime().addSecs(-3725);
    const QJsonObject report = writeAndRead();
    EXPECT_EQ(report.value(QLatin1String("v")).toInt(), 2);

    const QRegularExpression withOffset(
        QStringLiteral(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$)"));
    for (const char *key : {"started", "finished", "sessionStarted"}) {
        EXPECT_TRUE(withOffset.match(report.value(QLatin1String(key)).toString()).hasMatch())
            << key << ": " << report.value(QLatin1String(key)).toString().toStdString();
    }
    const QDateTime started = timeOf(report, "started");
    const QDateTime finished = timeOf(report, "finished");
    ASSERT_TRUE(started.isValid() && finished.isValid());
    EXPECT_LE(started, finished);
    EXPECT_EQ(report.value(QLatin1String("durationSeconds")).toInteger(), started.secsTo(finished));
    EXPECT_GE(report.value(QLatin1String("durationSeconds")).toInteger(), 3725);
    EXPECT_LE(report.value(QLatin1String("durationSeconds")).toInteger(), 3727);

    // The version is the one the command line prints.
    const Fixtures::CliResult version = Fixtures::runCli({QStringLiteral("--version")});
    ASSERT_EQ(version.exitCode, 0);
    EXPECT_EQ(QStringLiteral("dce-upgrade ") + report.value(QLatin1String("version")).toString(),
        version.out.trimmed());
    EXPECT_EQ(report.value(QLatin1String("host")).toString(), QSysInfo::machineHostName());
    EXPECT_EQ(report.value(QLatin1String("os")).toString(), QSysInfo::prettyProductName());
    EXPECT_FALSE(report.value(QLatin1String("user")).toString().isEmpty());
    const QJsonObject cluster = report.value(QLatin1String("cluster")).toObject();
    EXPECT_EQ(cluster.value(QLatin1String("context")).toString(), QStringLiteral("dce-management"));
    EXPECT_FALSE(cluster.value(QLatin1String("kubeconfig")).toString().isEmpty());

    // This run is recorded in the session, for the report of a later run.
    const QJsonArray runs = report.value(QLatin1String("runs")).toArray();
    ASSERT_EQ(runs.size(), 1);
    EXPECT_EQ(runs.first().toObject().value(QLatin1String("started")),
        report.value(QLatin1String("started")));

    const QString html = QString::fromUtf8(readAll(m_files.html));
    EXPECT_TRUE(html.contains(QLatin1String("<html lang=\"en\">")));
    EXPECT_TRUE(html.contains(TimeText::duration(started.secsTo(finished))));
    EXPECT_TRUE(html.contains(report.value(QLatin1String("started")).toString()));
    EXPECT_TRUE(html.contains(report.value(QLatin1String("finished")).toString()));
    EXPECT_TRUE(html.contains(QLatin1String("This run started")));
    EXPECT_TRUE(html.contains(QLatin1String("Session started")));
    EXPECT_TRUE(html.contains(report.value(QLatin1String("version")).toString()));
    EXPECT_TRUE(html.contains(QSysInfo::machineHostName().toHtmlEscaped()));
    EXPECT_TRUE(html.contains(QLatin1String("dce-management")));
}

TEST_F(ReportTest, QuotesThePlanAsReadWithTheChecksumOfItsBytes)
{
    m_context.started = QDateTime::currentDateTime();
    const QJsonObject report = writeAndRead();
    const QJsonObject plan = report.value(QLatin1String("plan")).toObject();
    const QByteArray onDisk = readAll(m_planPath);
    ASSERT_FALSE(onDisk.isEmpty());
    EXPECT_EQ(plan.value(QLatin1String("sha256")).toString(),
        QString::fromLatin1(QCryptographicHash::hash(onDisk, QCryptographicHash::Sha256).toHex()));
    EXPECT_EQ(plan.value(QLatin1String("path")).toString(), m_planPath);
    EXPECT_EQ(plan.value(QLatin1String("origin")).toString(), QStringLiteral("file"));
    EXPECT_EQ(plan.value(QLatin1String("text")).toString(), QString::fromUtf8(onDisk))
        << "a plan without secrets is quoted as it is";
    EXPECT_EQ(plan.value(QLatin1String("sessionCopy")).toString(), m_session->planPath());

    const QString html = QString::fromUtf8(readAll(m_files.html));
    EXPECT_TRUE(html.contains(
        QStringLiteral("<pre>%1</pre>").arg(QString::fromUtf8(onDisk).toHtmlEscaped())));
    EXPECT_TRUE(html.contains(plan.value(QLatin1String("sha256")).toString()));
}

TEST_F(ReportTest, MasksASecretSomeoneWroteIntoThePlan)
{
    m_context.started = QDateTime::currentDateTime();
    m_context.planSource.bytes.replace(
        "  username: 'robot$skoala'\n", "  username: 'robot$skoala'\n  password: hunter2\n");
    ASSERT_TRUE(m_context.planSource.bytes.contains("hunter2"));
    writeAndRead();
    EXPECT_FALSE(readAll(m_files.json).contains("hunter2"));
    EXPECT_FALSE(readAll(m_files.html).contains("hunter2"));
    EXPECT_TRUE(readAll(m_files.html).contains("password: ******"));
}

TEST_F(ReportTest, PrintsOnA4AndLoadsNothingFromOutside)
{
    m_context.started = QDateTime::currentDateTime();
    writeAndRead();
    const QString html = QString::fromUtf8(readAll(m_files.html));
    EXPECT_TRUE(hasA4PageRule(html));
    EXPECT_EQ(externalResources(html), QStringList());
    EXPECT_TRUE(html.contains(QLatin1String("@media print")));
    EXPECT_TRUE(html.contains(QLatin1String("<thead>"))) << "table headers repeat on each page";

    // The checks themselves catch what they are for.
    EXPECT_FALSE(externalResources(QStringLiteral("<img src=\"https://x/y.png\">")).isEmpty());
    EXPECT_FALSE(externalResources(QStringLiteral("<a href='//cdn/x'>")).isEmpty());
    EXPECT_FALSE(
        externalResources(QStringLiteral("body{background:url(http://x/y.png)}")).isEmpty());
    EXPECT_TRUE(
        externalResources(QStringLiteral("<img src=\"data:image/png;base64,AA\">")).isEmpty());
    EXPECT_FALSE(hasA4PageRule(QStringLiteral("@page{size:letter}")));
}

TEST_F(ReportTest, InChineseTheHtmlSaysSoAndUsesChineseHeadings)
{
    m_context.started = QDateTime::currentDateTime();
    const QJsonObject report = writeAndRead();
    ASSERT_EQ(Translations::install(QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
    const QString html = Report::toHtml(report);
    EXPECT_TRUE(html.contains(QLatin1String("<html lang=\"zh-CN\">")));
    EXPECT_TRUE(html.contains(QStringLiteral("<h2>执行步骤</h2>"))) << "the Steps heading";
    EXPECT_TRUE(html.contains(QLatin1String("Noto Sans CJK SC")));
    EXPECT_TRUE(hasA4PageRule(html));
    EXPECT_EQ(externalResources(html), QStringList());
}

TEST_F(ReportTest, AResumedRunListsTheSessionsEarlierRuns)
{
    m_context.started = QDateTime::currentDateTime().addSecs(-600);
    writeAndRead();

    RunContext resumed = m_context;
    resumed.planSource = PlanSource::read(m_session->planPath(), PlanSource::Origin::Session);
    resumed.started = QDateTime::currentDateTime();
    m_files = Report::write(resumed);
    const QJsonObject report = QJsonDocument::fromJson(readAll(m_files.json)).object();
    EXPECT_EQ(report.value(QLatin1String("runs")).toArray().size(), 2);
    EXPECT_EQ(report.value(QLatin1String("plan")).toObject().value(QLatin1String("origin")),
        QStringLiteral("session"));
    EXPECT_LE(timeOf(report, "sessionStarted"), timeOf(report, "started"));
    const QString html = QString::fromUtf8(readAll(m_files.html));
    EXPECT_TRUE(html.contains(QLatin1String("Other runs of this session")));
    EXPECT_TRUE(html.contains(QLatin1String("(10 min 0"))) << "the earlier run's duration";

    // Writing the report again in the same run replaces its entry.
    Report::write(resumed);
    EXPECT_EQ(m_session->runs().size(), 2);
}

// The whole path: `dce-upgrade run` reads the plan once, and its report hashes those bytes.
// A sync-only plan against a registry that refuses connections fails fast, and the report is
// still written (it always runs).
TEST_F(ReportTest, TheRunCommandReportsThePlanFileItRan)
{
    PlanFixture::Options options;
    options.upgrade = QStringLiteral("none");
    QByteArray yaml = PlanFixture::planYaml(s_package->path, options);
    yaml.replace("10.16.23.145", "127.0.0.1:9");
    yaml.append("# an operator's note, kept byte for byte\n");
    const QString planPath = s_fixtures->writeFile(QStringLiteral("sync-only.yaml"), yaml);
    const Fixtures::CliResult run = Fixtures::runCli(
        {QStringLiteral("run"), QStringLiteral("--plan"), planPath,
            QStringLiteral("--secrets-stdin"), QStringLiteral("--lang"), QStringLiteral("zh_CN")},
        "{\"registry.password\": \"not-hunter2\"}\n");
    EXPECT_NE(run.exitCode, 0) << run.out.toStdString() << run.err.toStdString();
    const QRegularExpression sessionLine(QStringLiteral("(/\\S+/sessions/[^/\\s]+)"));
    const QString session = sessionLine.match(run.out).captured(1);
    ASSERT_FALSE(session.isEmpty()) << run.out.toStdString();
    const QJsonObject report
        = QJsonDocument::fromJson(readAll(session + QLatin1String("/report.json"))).object();
    ASSERT_FALSE(report.isEmpty()) << run.out.toStdString() << run.err.toStdString();
    const QJsonObject plan = report.value(QLatin1String("plan")).toObject();
    EXPECT_EQ(plan.value(QLatin1String("sha256")).toString(),
        QString::fromLatin1(QCryptographicHash::hash(yaml, QCryptographicHash::Sha256).toHex()));
    EXPECT_EQ(plan.value(QLatin1String("text")).toString(), QString::fromUtf8(yaml));
    EXPECT_LE(timeOf(report, "started"), timeOf(report, "finished"));
    EXPECT_TRUE(report.value(QLatin1String("cluster")).toObject().isEmpty())
        << "a sync-only run talks to no cluster";
    const QByteArray html = readAll(session + QLatin1String("/report.html"));
    EXPECT_TRUE(html.contains("<html lang=\"zh-CN\">"));
    EXPECT_TRUE(html.contains("<h2>执行步骤</h2>"));
    EXPECT_FALSE(html.contains("not-hunter2"));
    EXPECT_FALSE(readAll(session + QLatin1String("/report.json")).contains("not-hunter2"));
}

// What `init` writes (a comment on every key, in either language) is quoted as it is: the mask
// hides values of secret keys, not words in comments.
TEST_F(ReportTest, APlanWrittenByInitIsQuotedUnchanged)
{
    for (const char *language : {"en", "zh_CN"}) {
        const QString output
            = s_fixtures->dir() + QStringLiteral("/init-%1.yaml").arg(QLatin1String(language));
        const Fixtures::CliResult init = Fixtures::runCli({QStringLiteral("init"), s_package->path,
            QStringLiteral("--registry"), QStringLiteral("10.6.0.10/skoala"),
            QStringLiteral("--user"), QStringLiteral("robot$skoala"), QStringLiteral("--upgrade"),
            QStringLiteral("helm-repo"), QStringLiteral("--repo-url"),
            QStringLiteral("https://admin@10.6.0.10/chartrepo/skoala"), QStringLiteral("--output"),
            output, QStringLiteral("--lang"), QLatin1String(language)});
        ASSERT_EQ(init.exitCode, 0) << init.err.toStdString();
        const QString text = QString::fromUtf8(readAll(output));
        ASSERT_TRUE(text.contains(QLatin1String("password"), Qt::CaseInsensitive)
            || text.contains(QStringLiteral("密码")))
            << "the comments speak of the password: " << language;
        EXPECT_EQ(SecretMask::apply(text), text) << language;
    }
}

// Only the two origins a caller can claim: the session's copy is --resume's own.
TEST(ReportPlanOrigin, AnUnknownOriginIsAUsageError)
{
    const Fixtures::CliResult run
        = Fixtures::runCli({QStringLiteral("run"), QStringLiteral("--plan"),
            QStringLiteral("/nonexistent/plan.yaml"), QStringLiteral("--plan-origin"),
            QStringLiteral("session"), QStringLiteral("--lang"), QStringLiteral("en")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(QLatin1String("--plan-origin is file or wizard, not session.")))
        << run.err.toStdString();
}

} // namespace DceUpgrade::Test
