// What docker prints, read by the Docker sync steps: real messages of the docker CLI and daemon
// (moby's registry/auth.go, distribution's error codes, Harbor's token service; docker 20.10 to
// 29), one per problem the steps explain.
#include "tools/DockerOutput.h"

#include <gtest/gtest.h>

using namespace DceUpgrade;
using Problem = DockerOutput::Problem;

namespace {

struct Sample
{
    const char *stderrText;
    Problem problem;
};

class Classify : public ::testing::TestWithParam<Sample>
{
};

TEST_P(Classify, TellsTheProblemFromWhatDockerSaid)
{
    EXPECT_EQ(DockerOutput::classify(GetParam().stderrText), GetParam().problem)
        << GetParam().stderrText;
}

INSTANTIATE_TEST_SUITE_P(DockerMessages, Classify,
    ::testing::Values(
        Sample {"Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the "
                "docker daemon running?\n",
            Problem::DaemonDown},
        Sample {"failed to connect to the docker API at unix:///var/run/docker.sock; check if the "
                "path is correct and if the daemon is running: dial unix /var/run/docker.sock: "
                "connect: no such file or directory\n",
            Problem::DaemonDown},
        Sample {"Got permission denied while trying to connect to the Docker daemon socket at "
                "unix:///var/run/docker.sock: Get "
                "\"http://%2Fvar%2Frun%2Fdocker.sock/v1.24/version\": dial unix "
                "/var/run/docker.sock: connect: permission denied\n",
            Problem::SocketDenied},
        Sample {"permission denied while trying to connect to the docker API at "
                "unix:///var/run/docker.sock\n",
            Problem::SocketDenied},
        Sample {"Error response from daemon: Get \"https://10.16.23.145/v2/\": unauthorized: "
                "incorrect username or password\n",
            Problem::Unauthorized},
        Sample {"Error response from daemon: login attempt to https://10.16.23.145:5000/v2/ "
                "failed with status: 401 Unauthorized\n",
            Problem::Unauthorized},
        Sample {"unauthorized: authentication required\n", Problem::Unauthorized},
        Sample {"denied: requested access to the resource is denied\n", Problem::Denied},
        Sample {"unauthorized: unauthorized to access repository: skoala/hive, action: push: "
                "unauthorized to access repository: skoala/hive, action: push\n",
            Problem::Denied},
        Sample {"no basic auth credentials\n", Problem::NotLoggedIn},
        Sample {"Get \"https://10.16.23.145/v2/\": dial tcp 10.16.23.145:443: connect: "
                "connection refused\n",
            Problem::Unreachable},
        Sample {"Error response from daemon: Get \"https://harbor.example/v2/\": dial tcp: lookup "
                "harbor.example on 127.0.0.53:53: no such host\n",
            Problem::Unreachable},
        Sample {"Error response from daemon: Get \"https://10.16.23.145/v2/\": tls: failed to "
                "verify certificate: x509: certificate signed by unknown authority\n",
            Problem::UnknownAuthority},
        Sample {"Get \"https://10.16.23.145/v2/\": x509: certificate signed by unknown "
                "authority\n",
            Problem::UnknownAuthority},
        Sample {"Error response from daemon: Get \"https://10.16.23.145:5000/v2/\": http: server "
                "gave HTTP response to HTTPS client\n",
            Problem::HttpRegistry},
        Sample {"blob upload unknown\n", Problem::UploadLost},
        Sample {
            "received unexpected HTTP status: 500 Internal Server Error\n", Problem::ServerError},
        Sample {"Error response from daemon: No such image: release.daocloud.io/skoala/hive:v1\n",
            Problem::NoSuchImage},
        Sample {"An image does not exist locally with the tag: 10.16.23.145/skoala/hive\n",
            Problem::NoSuchImage},
        Sample {"something docker never said\n", Problem::Other}, Sample {"", Problem::None}));

} // namespace

TEST(DockerOutput, TheErrorLineLeavesOutTheDaemonPrefixAndLoginAdvice)
{
    EXPECT_EQ(DockerOutput::errorLine("Error response from daemon: Get \"https://h/v2/\": "
                                      "unauthorized: incorrect username or password\n"),
        QStringLiteral("Get \"https://h/v2/\": unauthorized: incorrect username or password"));
    EXPECT_EQ(DockerOutput::errorLine("x509: bad\nWARNING! Your password will be stored "
                                      "unencrypted in /s/docker/config.json.\nConfigure a "
                                      "credential helper to remove this warning. See\n"
                                      "https://docs.docker.com/go/credential-store/\n\n"),
        QStringLiteral("x509: bad"));
    EXPECT_TRUE(DockerOutput::errorLine("\n\n").isEmpty());
}

TEST(DockerOutput, LoadedImagesAreReadFromTheLoadLines)
{
    const QByteArray out = "Loaded image: nginx:1.25\n"
                           "Loaded image ID: sha256:0e4954746ea34c3ccdd167804ca80fe883c5bdbc8369a2"
                           "6aeb549397ec97becf\n"
                           "Loaded image: release.daocloud.io/skoala/hive:v0.28.1\r\n";
    EXPECT_EQ(DockerOutput::loadedImages(out),
        (QStringList {QStringLiteral("nginx:1.25"),
            QStringLiteral("release.daocloud.io/skoala/hive:v0.28.1")}));
    EXPECT_TRUE(DockerOutput::loadedImages("").isEmpty());
}

TEST(DockerOutput, ThePushedDigestIsTheTrailerOfDockerPush)
{
    const QByteArray out = "The push refers to repository [10.16.23.145/skoala/hive]\n"
                           "5f70bf18a086: Preparing\n"
                           "5f70bf18a086: Layer already exists\n"
                           "v0.28.1: digest: sha256:"
                           "d4e5f6c9066a5bd5690c37c5b42b778eb0f9984af898837569ad284153cae4dc size: "
                           "585\n";
    EXPECT_EQ(DockerOutput::pushedDigest(out),
        QStringLiteral("sha256:d4e5f6c9066a5bd5690c37c5b42b778eb0f9984af898837569ad284153cae4dc"));
    EXPECT_TRUE(DockerOutput::pushedDigest("5f70bf18a086: Pushed\n").isEmpty());
}

TEST(DockerOutput, InsecureRegistriesAreToldFromTheDaemonsRegistryConfig)
{
    // `docker info --format '{{json .RegistryConfig}}'` of a daemon with
    // "insecure-registries": ["harbor.example:8443", "10.16.0.0/16"].
    const QByteArray config
        = R"({"AllowNondistributableArtifactsCIDRs":null,"AllowNondistributableArtifactsHostnames":null,)"
          R"("InsecureRegistryCIDRs":["10.16.0.0/16","127.0.0.0/8"],"IndexConfigs":{"docker.io":)"
          R"({"Name":"docker.io","Mirrors":[],"Secure":true,"Official":true},"harbor.example:8443":)"
          R"({"Name":"harbor.example:8443","Mirrors":[],"Secure":false,"Official":false}},"Mirrors":null})";
    EXPECT_EQ(DockerOutput::treatsAsInsecure(config, QStringLiteral("harbor.example:8443")), true);
    EXPECT_EQ(DockerOutput::treatsAsInsecure(config, QStringLiteral("10.16.23.145")), true);
    EXPECT_EQ(DockerOutput::treatsAsInsecure(config, QStringLiteral("10.16.23.145:5000")), true);
    EXPECT_EQ(DockerOutput::treatsAsInsecure(config, QStringLiteral("127.0.0.1:5000")), true);
    EXPECT_EQ(DockerOutput::treatsAsInsecure(config, QStringLiteral("localhost:5000")), true);
    EXPECT_EQ(DockerOutput::treatsAsInsecure(config, QStringLiteral("10.17.0.1")), false);
    EXPECT_EQ(DockerOutput::treatsAsInsecure(config, QStringLiteral("[fd00::1]:5000")), false);
    // A name the daemon would resolve: not guessed here.
    EXPECT_EQ(
        DockerOutput::treatsAsInsecure(config, QStringLiteral("harbor.example")), std::nullopt);
    EXPECT_EQ(
        DockerOutput::treatsAsInsecure("not json", QStringLiteral("10.16.23.145")), std::nullopt);
}
