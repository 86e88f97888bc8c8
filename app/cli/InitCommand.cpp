#include "InitCommand.h"

#include "ExitCode.h"

#include "bundle/PackageReader.h"
#include "engine/CommentedPlan.h"
#include "util/Error.h"
#include "util/SystemError.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QSaveFile>

namespace DceUpgrade::Cli {

namespace {

// The module whose profile knows a chart of the package; one this version does not upgrade
// yet is said so, with the page of the DCE docs to follow instead.
ModuleProfile moduleOf(const QStringList &charts)
{
    std::optional<ModuleProfile> profile = ModuleProfile::forCharts(charts);
    if (!profile) {
        throw Error(QStringLiteral("profile.unknown"),
            InitCommand::tr("No module profile knows the charts of this package (%1).")
                .arg(charts.join(QLatin1String(", "))),
            InitCommand::tr("dce-upgrade upgrades these modules: %1. Check that the package is "
                            "one of their offline packages.")
                .arg(ModuleProfile::supportedIds().join(QLatin1String(", "))));
    }
    if (!profile->supported) {
        throw profile->unsupportedError();
    }
    return *profile;
}

// The method of `text` in the plan's spelling (helm-repo) or in camel case (helmRepo).
template<typename Method>
std::optional<Method> spelled(const QString &text, std::initializer_list<Method> methods)
{
    for (const Method method : methods) {
        const QString name = UpgradePlan::toString(method);
        QString camel = name;
        for (qsizetype dash; (dash = camel.indexOf(QLatin1Char('-'))) >= 0;) {
            camel.replace(dash, 2, camel.at(dash + 1).toUpper());
        }
        if (text == name || text == camel) {
            return method;
        }
    }
    return std::nullopt;
}

// [USER@]HOST[:PORT]
std::optional<SshNode> parseNode(const QString &text)
{
    SshNode node;
    QString rest = text;
    if (const qsizetype at = rest.indexOf(QLatin1Char('@')); at >= 0) {
        node.user = rest.left(at);
        rest = rest.mid(at + 1);
    }
    if (const qsizetype colon = rest.lastIndexOf(QLatin1Char(':')); colon >= 0) {
        bool ok = false;
        node.port = rest.mid(colon + 1).toInt(&ok);
        if (!ok) {
            return std::nullopt;
        }
        rest = rest.left(colon);
    }
    node.host = rest;
    if (node.host.isEmpty() || node.user.isEmpty()) {
        return std::nullopt;
    }
    return node;
}

} // namespace

InitCommand::InitCommand(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{ }

int InitCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("package"), {});
    parser.addOption({QStringLiteral("registry"), {}, QStringLiteral("host/project")});
    parser.addOption({QStringLiteral("user"), {}, QStringLiteral("user")});
    parser.addOption({QStringLiteral("http"), {}});
    parser.addOption(
        {QStringLiteral("sync"), {}, QStringLiteral("method"), QStringLiteral("builtin")});
    parser.addOption(
        {QStringLiteral("upgrade"), {}, QStringLiteral("method"), QStringLiteral("chart-package")});
    parser.addOption({QStringLiteral("repo-url"), {}, QStringLiteral("url")});
    parser.addOption({QStringLiteral("kubeconfig"), {}, QStringLiteral("file")});
    parser.addOption({QStringLiteral("node"), {}, QStringLiteral("host")});
    parser.addOption({QStringLiteral("output"), {}, QStringLiteral("file")});
    const QString registry
        = parser.parse(arguments) ? parser.value(QStringLiteral("registry")) : QString();
    const QString address = registry.section(QLatin1Char('/'), 0, 0);
    const QString repository = registry.section(QLatin1Char('/'), 1);
    if (!parser.errorText().isEmpty() || parser.positionalArguments().size() != 1
        || address.isEmpty() || repository.isEmpty() || registry.contains(QLatin1String("://"))) {
        m_err << (parser.errorText().isEmpty()
                ? tr("init needs PACKAGE and --registry HOST/PROJECT, such as 10.6.0.10/skoala "
                     "(no https://; --http for a registry without TLS).")
                : parser.errorText())
              << '\n'
              << tr("Run \"dce-upgrade init --help\" for its options.") << Qt::endl;
        return Usage;
    }

    const std::optional<SyncMethod> sync = spelled(parser.value(QStringLiteral("sync")),
        {SyncMethod::BuiltIn, SyncMethod::ChartsSyncer, SyncMethod::Docker, SyncMethod::Containerd,
            SyncMethod::None});
    const std::optional<UpgradeMethod> upgrade = spelled(parser.value(QStringLiteral("upgrade")),
        {UpgradeMethod::ChartPackage, UpgradeMethod::HelmRepo, UpgradeMethod::None});
    if (!sync || !upgrade) {
        m_err << tr("--sync is builtin, charts-syncer, docker, containerd or none; --upgrade is "
                    "chart-package, helm-repo or none.")
              << Qt::endl;
        return Usage;
    }

    CommentedPlan::Answers answers;
    for (const QString &text : parser.values(QStringLiteral("node"))) {
        const std::optional<SshNode> node = parseNode(text);
        if (!node) {
            m_err << tr("--node is [USER@]HOST[:PORT], such as root@10.6.0.21 or 10.6.0.21:2222; "
                        "not \"%1\".")
                         .arg(text)
                  << Qt::endl;
            return Usage;
        }
        answers.nodes.push_back(*node);
    }
    const Package package = PackageReader::open(parser.positionalArguments().at(0));
    for (const auto &bundle : package.bundles) {
        answers.charts.append(bundle->chart.name);
    }
    const ModuleProfile profile = moduleOf(answers.charts);
    answers.package = QFileInfo(package.path).absoluteFilePath();
    answers.registryAddress = address;
    answers.repository = repository;
    answers.scheme
        = parser.isSet(QStringLiteral("http")) ? QStringLiteral("http") : QStringLiteral("https");
    answers.username = parser.value(QStringLiteral("user"));
    answers.sync = *sync;
    answers.upgrade = *upgrade;
    answers.repoUrl = parser.value(QStringLiteral("repo-url"));
    if (parser.isSet(QStringLiteral("kubeconfig"))) {
        answers.kubeconfig
            = QFileInfo(parser.value(QStringLiteral("kubeconfig"))).absoluteFilePath();
    }
    const QByteArray plan = CommentedPlan::write(answers, profile);

    if (!parser.isSet(QStringLiteral("output"))) {
        m_out << QString::fromUtf8(plan);
        m_out.flush();
        return Success;
    }
    const QString path = parser.value(QStringLiteral("output"));
    if (QFileInfo::exists(path)) {
        // A plan someone has edited is never overwritten.
        throw Error(QStringLiteral("file.exists"), tr("%1 exists already.").arg(path),
            tr("Choose another --output file, or remove that one first."));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(plan) != plan.size() || !file.commit()) {
        throw Error(QStringLiteral("file.write"),
            tr("Cannot write %1: %2").arg(path, SystemError::of(file)));
    }
    m_err << tr("Wrote %1. Review it, then run: dce-upgrade plan --plan %1").arg(path) << Qt::endl;
    return Success;
}

} // namespace DceUpgrade::Cli
