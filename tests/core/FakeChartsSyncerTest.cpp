// The FAKE charts-syncer (tests/support/fake-tools/fake-charts-syncer) stands in for DaoCloud's
// tool in the run tests, so it must refuse what the real one would: these cases prove that a
// wrong config, a stray .tar or a leaked password makes those tests fail.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

const QString Fake
    = QStringLiteral(DCE_TEST_SOURCE_DIR "/tests/support/fake-tools/fake-charts-syncer");

struct Case
{
    const char *name;
    QByteArray config; // BUNDLES stands for the bundles directory
    int exitCode;
    const char *said; // on stderr
    QFileDevice::Permissions mode = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    QStringList extraArguments = {};
    bool strayTar = false;
    bool passwordInEnvironment = false;
};

const QByteArray Valid = "source:\n  intermediateBundlesPath: BUNDLES\n"
                         "target:\n  containerRegistry: 127.0.0.1:1\n  repo:\n    kind: LOCAL\n"
                         "    path: BUNDLES/../charts\n"
                         "  containers:\n    auth:\n      username: \"robot$x\"\n"
                         "      password: \"s3cret-pw\"\n";

class FakeChartsSyncer : public ::testing::TestWithParam<Case>
{
};

} // namespace

TEST_P(FakeChartsSyncer, RefusesWhatTheRealOneWould)
{
    const Case &c = GetParam();
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    ASSERT_TRUE(QFile::setPermissions(
        dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    const QString bundles = dir.filePath(QStringLiteral("bundles"));
    ASSERT_TRUE(QDir().mkpath(bundles));
    QFile(bundles + QStringLiteral("/skoala_0.28.1.bundle.tar")).open(QIODevice::WriteOnly);
    if (c.strayTar) {
        QFile(bundles + QStringLiteral("/images.tar")).open(QIODevice::WriteOnly);
    }
    const QString config = dir.filePath(QStringLiteral("load-image.yaml"));
    QFile file(config);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(c.config).replace("BUNDLES", QFile::encodeName(bundles)));
    file.close();
    ASSERT_TRUE(file.setPermissions(c.mode));

    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("TMPDIR"), dir.path());
    if (c.passwordInEnvironment) {
        environment.insert(
            QStringLiteral("TARGET_CONTAINERS_AUTH_PASSWORD"), QStringLiteral("s3cret-pw"));
    }
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(dir.path());
    process.start(Fake,
        QStringList {QStringLiteral("sync"), QStringLiteral("--config"), config,
            QStringLiteral("--workdir"), dir.filePath(QStringLiteral("workdir"))}
            + c.extraArguments);
    ASSERT_TRUE(process.waitForFinished(30000));
    const QByteArray err = process.readAllStandardError();
    EXPECT_EQ(process.exitCode(), c.exitCode) << err.toStdString();
    EXPECT_TRUE(err.contains(c.said)) << err.toStdString();
}

INSTANTIATE_TEST_SUITE_P(Cases, FakeChartsSyncer,
    ::testing::Values(
        // The DCE page's mis-indented auth (bundle-format.md §6.7): jsonpb refuses it.
        Case {"misplaced_auth",
            "source:\n  intermediateBundlesPath: BUNDLES\ntarget:\n  repo:\n    kind: HARBOR\n"
            "    url: http://h/chartrepo/p\n    username: u\n    password: p\n",
            1, "unknown field \"username\" in api.Repo"},
        Case {"unknown_key", Valid + "targets: {}\n", 1, "unknown field \"targets\" in api.Config"},
        Case {"duplicate_key", Valid + "target: {}\n", 1, "key \"target\" already set in map"},
        Case {"unquoted_number", QByteArray(Valid).replace("\"s3cret-pw\"", "12345"), 1,
            "cannot unmarshal number into Go value of type string"},
        Case {"no_target_repo",
            "source:\n  intermediateBundlesPath: BUNDLES\ntarget:\n  containerRegistry: r\n", 1,
            "no target info defined in config file"},
        Case {"auth_without_password",
            QByteArray(Valid).replace("      password: \"s3cret-pw\"\n", ""), 1,
            "\"username\"\" and \"password\" are required"},
        Case {"world_readable", Valid, 97, "must be 0600",
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther},
        Case {"unknown_flag", Valid, 97, "unexpected argument",
            QFileDevice::ReadOwner | QFileDevice::WriteOwner, {QStringLiteral("--verbose")}},
        Case {"stray_tar", Valid, 2, "panic: runtime error: index out of range",
            QFileDevice::ReadOwner | QFileDevice::WriteOwner, {}, true},
        Case {"password_in_environment", Valid, 97, "password is in argv or the environment",
            QFileDevice::ReadOwner | QFileDevice::WriteOwner, {}, false, true}),
    [](const ::testing::TestParamInfo<Case> &param) { return std::string(param.param.name); });
