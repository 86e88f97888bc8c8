#include "engine/ToolEnvironment.h"

#include <gtest/gtest.h>

using namespace DceUpgrade;

// Of the user's environment only the allow-list reaches a tool, plus what the user names in
// DCE_UPGRADE_TOOL_ENV, except what says where a tool keeps its configuration.
TEST(ToolEnvironment, OnlyTheAllowListAndNamedVariablesPass)
{
    QProcessEnvironment user;
    for (const char *name : {"PATH", "TMPDIR", "LANG", "https_proxy", "NO_PROXY", "SSH_AUTH_SOCK",
             "DOCKER_HOST", "CONTAINERD_ADDRESS", "HELM_REPOSITORY_CONFIG", "HELM_REGISTRY_CONFIG",
             "HELM_CONFIG_HOME", "HELM_DRIVER", "HELM_KUBETOKEN", "DOCKER_CONFIG",
             "XDG_CONFIG_HOME", "KUBECONFIG", "KUBECACHEDIR", "HOME", "AWS_PROFILE",
             "DCE_REGISTRY_PASSWORD", "SSH_ASKPASS"}) {
        user.insert(QString::fromLatin1(name), QStringLiteral("x"));
    }
    const QStringList passed = ToolEnvironment::allowListed(user).keys();
    EXPECT_EQ(passed,
        (QStringList {QStringLiteral("CONTAINERD_ADDRESS"), QStringLiteral("DOCKER_HOST"),
            QStringLiteral("LANG"), QStringLiteral("NO_PROXY"), QStringLiteral("PATH"),
            QStringLiteral("SSH_AUTH_SOCK"), QStringLiteral("TMPDIR"),
            QStringLiteral("https_proxy")}));

    user.insert(QStringLiteral("DCE_UPGRADE_TOOL_ENV"),
        QStringLiteral("AWS_PROFILE, HELM_DRIVER HELM_REPOSITORY_CONFIG,HELM_CONFIG_HOME "
                       "DOCKER_CONFIG XDG_CONFIG_HOME KUBECONFIG HOME"));
    const QProcessEnvironment named = ToolEnvironment::allowListed(user);
    EXPECT_TRUE(named.contains(QStringLiteral("AWS_PROFILE")));
    EXPECT_TRUE(named.contains(QStringLiteral("HELM_DRIVER")));
    for (const char *never : {"HELM_REPOSITORY_CONFIG", "HELM_CONFIG_HOME", "DOCKER_CONFIG",
             "XDG_CONFIG_HOME", "KUBECONFIG", "HOME", "HELM_KUBETOKEN", "DCE_REGISTRY_PASSWORD"}) {
        EXPECT_FALSE(named.contains(QString::fromLatin1(never))) << never;
    }
}

TEST(ToolEnvironment, AKubeconfigNotFromThePlanIsNamed)
{
    QProcessEnvironment user;
    EXPECT_TRUE(
        ToolEnvironment::kubeconfigNote(QStringLiteral("/plan/kubeconfig"), user).isEmpty());
    EXPECT_TRUE(ToolEnvironment::kubeconfigNote({}, user).contains(QLatin1String("/.kube/config")));
    user.insert(QStringLiteral("KUBECONFIG"), QStringLiteral("/mine/config"));
    const QString note = ToolEnvironment::kubeconfigNote({}, user);
    EXPECT_TRUE(note.contains(QLatin1String("/mine/config"))) << note.toStdString();
    EXPECT_TRUE(note.contains(QLatin1String("KUBECONFIG variable"))) << note.toStdString();
}
