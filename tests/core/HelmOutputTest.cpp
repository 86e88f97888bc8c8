#include "tools/HelmOutput.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace DceUpgrade;
using Kind = HelmFailure::Kind;

namespace {

struct Sample
{
    QByteArray out;
    QByteArray err;
    int exit = -1;
};

// The captures are "$ command", "--- stdout", ..., "--- stderr", ..., "--- exit=N seconds=S".
Sample sample(const char *helm, const char *name)
{
    QFile file(QStringLiteral(DCE_TEST_SOURCE_DIR "/tests/data/helm-samples/%1/%2.txt")
                   .arg(QLatin1String(helm), QLatin1String(name)));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << file.fileName().toStdString();
    const QByteArray text = file.readAll();
    Sample s;
    const qsizetype out = text.indexOf("--- stdout\n") + 11;
    const qsizetype err = text.indexOf("--- stderr\n");
    const qsizetype exit = text.lastIndexOf("--- exit=");
    s.out = text.mid(out, err - out);
    s.err = text.mid(err + 11, exit - err - 11);
    s.exit = text.mid(exit + 9).split(' ').first().toInt();
    return s;
}

const char *const Helms[] = {"helm-3.18.0", "helm-4.1.4"};

} // namespace

TEST(HelmOutput, HistoryOfBothVersions)
{
    for (const char *helm : Helms) {
        const auto history = HelmOutput::parseHistory(sample(helm, "19-history-json").out);
        ASSERT_TRUE(history.has_value()) << helm;
        ASSERT_EQ(history->size(), 2u);
        EXPECT_EQ(history->back().revision, 2);
        EXPECT_EQ(history->back().status, QStringLiteral("deployed"));
        EXPECT_EQ(history->back().chartName, QStringLiteral("demo"));
        EXPECT_EQ(history->back().chartVersion, QStringLiteral("0.2.0"));

        const auto pending = HelmOutput::parseHistory(sample(helm, "37-history-pending-json").out);
        ASSERT_TRUE(pending.has_value());
        EXPECT_TRUE(pending->back().isPending()) << helm;
    }
    // helm list gives revision as a string.
    const auto list = HelmOutput::parseHistory(sample("helm-4.1.4", "20-list-json").out);
    ASSERT_TRUE(list.has_value());
    EXPECT_EQ(list->front().revision, 2);
    EXPECT_FALSE(HelmOutput::parseHistory("Error: nope").has_value());
}

TEST(HelmOutput, ChartNamesWithDashesAndPrereleases)
{
    EXPECT_EQ(HelmOutput::splitChart(QStringLiteral("skoala-init-0.28.1")),
        std::make_pair(QStringLiteral("skoala-init"), QStringLiteral("0.28.1")));
    EXPECT_EQ(HelmOutput::splitChart(QStringLiteral("k8s-2-app-1.2.3-rc.1")),
        std::make_pair(QStringLiteral("k8s-2-app"), QStringLiteral("1.2.3-rc.1")));
    EXPECT_EQ(HelmOutput::splitChart(QStringLiteral("mspider-v0.20.1")).second,
        QStringLiteral("v0.20.1"));
}

TEST(HelmOutput, SearchKeepsOnlyTheExactChart)
{
    const QByteArray json
        = R"([{"name":"skoala-release/skoala","version":"0.28.1"},{"name":"skoala-release/skoala-init","version":"0.28.1"},{"name":"skoala-release/skoala","version":"0.27.0"}])";
    EXPECT_EQ(*HelmOutput::parseSearch(json, QStringLiteral("skoala-release/skoala")),
        (QStringList {QStringLiteral("0.28.1"), QStringLiteral("0.27.0")}));
    EXPECT_EQ(*HelmOutput::parseSearch(json, QStringLiteral("skoala-release/skoala-init")),
        QStringList {QStringLiteral("0.28.1")});
    for (const char *helm : Helms) {
        const auto versions = HelmOutput::parseSearch(
            sample(helm, "06-search-repo-versions-json").out, QStringLiteral("standin/demo"));
        ASSERT_TRUE(versions.has_value());
        EXPECT_EQ(versions->size(), 2) << helm;
    }
}

TEST(HelmOutput, NoUserValuesIsNull)
{
    for (const char *helm : Helms) {
        EXPECT_TRUE(HelmOutput::valuesAreEmpty(sample(helm, "08-get-values-none-yaml").out));
        EXPECT_FALSE(HelmOutput::valuesAreEmpty(sample(helm, "13-get-values-user-yaml").out));
    }
}

TEST(HelmOutput, FailuresOfBothVersionsAreClassified)
{
    const std::pair<const char *, Kind> cases[] = {
        {"27-upgrade-atomic-fail", Kind::RolledBack},
        {"36-upgrade-while-pending", Kind::OperationInProgress},
        {"43-status-unknown", Kind::ReleaseNotFound},
        {"44-history-unknown", Kind::ReleaseNotFound},
        {"46-upgrade-unknown", Kind::NoDeployedReleases},
        {"48-unknown-flag", Kind::UnknownFlag},
        {"04-repo-update-missing", Kind::RepoNotFound},
    };
    for (const char *helm : Helms) {
        for (const auto &[name, kind] : cases) {
            const Sample s = sample(helm, name);
            EXPECT_NE(s.exit, 0);
            const HelmFailure failure = HelmOutput::parseFailure(s.err);
            EXPECT_EQ(failure.kind, kind)
                << helm << ' ' << name << ": " << failure.message.toStdString();
            EXPECT_FALSE(failure.message.startsWith(QStringLiteral("level=")))
                << failure.message.toStdString();
            EXPECT_FALSE(failure.message.startsWith(QStringLiteral("Error:")));
        }
    }
    // helm 4 spreads its message over lines after a slog line: keep all of it.
    const HelmFailure atomic
        = HelmOutput::parseFailure(sample("helm-4.1.4", "27-upgrade-atomic-fail").err);
    EXPECT_TRUE(atomic.message.contains(QStringLiteral("Available: 0/1")));
    EXPECT_TRUE(atomic.message.endsWith(QStringLiteral("context deadline exceeded")));
    // Unreachable: "Kubernetes" in helm 3, "kubernetes" in helm 4, plus helm 4's install prefix.
    EXPECT_EQ(HelmOutput::parseFailure(sample("helm-3.18.0", "55-unreachable-status").err).kind,
        Kind::ClusterUnreachable);
    EXPECT_EQ(HelmOutput::parseFailure(sample("helm-4.1.4", "57-unreachable-status").err).kind,
        Kind::ClusterUnreachable);
    EXPECT_EQ(HelmOutput::parseFailure(sample("helm-4.1.4", "59-unreachable-install").err).kind,
        Kind::ClusterUnreachable);
}

TEST(HelmOutput, ImagesOfARenderedChart)
{
    const QByteArray rendered = R"(---
# Source: skoala/templates/deployment.yaml
apiVersion: apps/v1
kind: Deployment
metadata:
  name: hive
spec:
  template:
    spec:
      initContainers:
        - name: migrate
          image: "10.6.0.10/bench/hive:v0.28.1"
      containers:
        - name: hive
          image: 10.6.0.10/bench/hive:v0.28.1
        - name: sidecar
          image: 10.6.0.10/bench/envoy@sha256:aaaa
---
# Source: skoala/templates/cr.yaml
apiVersion: skoala.io/v1
kind: Gateway
spec:
  image: 10.6.0.10/bench/marker:v0.28.1
  notAnImage:
    image:
      repository: x
---
apiVersion: v1
kind: ConfigMap
data:
  note: "image: not/this:one"
)";
    const auto images = HelmOutput::imagesOf(rendered);
    ASSERT_TRUE(images.has_value());
    EXPECT_EQ(*images,
        QStringList({QStringLiteral("10.6.0.10/bench/envoy@sha256:aaaa"),
            QStringLiteral("10.6.0.10/bench/hive:v0.28.1"),
            QStringLiteral("10.6.0.10/bench/marker:v0.28.1")}));
    EXPECT_FALSE(HelmOutput::imagesOf("a: [unclosed\n").has_value());
}
