#include "PushCommand.h"

#include "ExitCode.h"

#include "bundle/PackageReader.h"
#include "registry/ChartSync.h"
#include "registry/ImagePusher.h"
#include "registry/RegistryPreflight.h"
#include "registry/RelocatedImage.h"
#include "util/Error.h"
#include "util/ProgressLine.h"
#include "util/TransferRate.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QTemporaryDir>
#include <QUrl>

#include <unistd.h>

namespace DceUpgrade::Cli {

PushCommand::PushCommand(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{ }

int PushCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("package"), {});
    parser.addOption({QStringLiteral("registry"), {}, QStringLiteral("url")});
    parser.addOption({QStringLiteral("repository"), {}, QStringLiteral("path")});
    parser.addOption({QStringLiteral("user"), {}, QStringLiteral("user")});
    parser.addOption({QStringLiteral("password-stdin"), {}});
    parser.addOption({QStringLiteral("ca-file"), {}, QStringLiteral("file")});
    parser.addOption({QStringLiteral("insecure"), {}});
    parser.addOption({QStringLiteral("jobs"), {}, QStringLiteral("n"), QStringLiteral("4")});
    parser.addOption({QStringLiteral("force"), {}});
    parser.addOption({QStringLiteral("create-project"), {}});
    parser.addOption({QStringLiteral("chart-target"), {}, QStringLiteral("kind")});
    parser.addOption({QStringLiteral("chart-repo"), {}, QStringLiteral("url-or-dir")});
    parser.addOption({QStringLiteral("lang"), {}, QStringLiteral("lang")});
    if (!parser.parse(arguments) || parser.positionalArguments().size() != 1
        || !parser.isSet(QStringLiteral("registry"))) {
        m_err << (parser.errorText().isEmpty()
                ? tr("push needs PACKAGE and --registry URL (and usually --repository PATH).")
                : parser.errorText())
              << Qt::endl;
        return Usage;
    }
    // --chart-target harbor|local|oci|none (default none, or harbor when --chart-repo is an
    // http(s) URL, oci for oci://, local for a directory).
    const QString chartRepo = parser.value(QStringLiteral("chart-repo"));
    QString chartKind = parser.value(QStringLiteral("chart-target"));
    if (chartKind.isEmpty() && !chartRepo.isEmpty()) {
        chartKind = chartRepo.startsWith(QLatin1String("oci://")) ? QStringLiteral("oci")
            : chartRepo.startsWith(QLatin1String("http"))         ? QStringLiteral("harbor")
                                                                  : QStringLiteral("local");
    }
    static const QHash<QString, ChartTarget> kinds {{QStringLiteral("harbor"), ChartTarget::Harbor},
        {QStringLiteral("local"), ChartTarget::Local}, {QStringLiteral("oci"), ChartTarget::Oci},
        {QStringLiteral("none"), ChartTarget::None}, {QString(), ChartTarget::None}};
    if (!kinds.contains(chartKind)
        || (kinds.value(chartKind) != ChartTarget::None && chartRepo.isEmpty())) {
        m_err << tr("--chart-target is harbor, local, oci or none, and needs --chart-repo (the "
                    "chart repository URL, oci://REGISTRY/PROJECT, or a directory).")
              << Qt::endl;
        return Usage;
    }
    const ChartTarget chartTarget = kinds.value(chartKind);
    const QUrl url = QUrl::fromUserInput(parser.value(QStringLiteral("registry")));
    RegistryTarget target;
    target.scheme
        = url.scheme() == QLatin1String("http") ? QStringLiteral("http") : QStringLiteral("https");
    target.address
        = url.port() > 0 ? QStringLiteral("%1:%2").arg(url.host()).arg(url.port()) : url.host();
    target.repository = parser.value(QStringLiteral("repository"));
    target.username = parser.value(QStringLiteral("user"));
    target.caFile = parser.value(QStringLiteral("ca-file"));
    target.insecure = parser.isSet(QStringLiteral("insecure"));
    QByteArray password;
    if (parser.isSet(QStringLiteral("password-stdin"))) {
        QFile in;
        if (in.open(stdin, QIODevice::ReadOnly)) {
            password = in.readLine().trimmed();
        }
    }

    const Package package = PackageReader::open(parser.positionalArguments().at(0));
    const std::vector<ImagePusher::Item> items
        = ImagePusher::itemsFor(package, Relocator(RelocationRules::forTarget(target)));

    if (target.insecure) {
        m_err << tr("Warning: the TLS certificate of %1 is not verified (--insecure); use this on "
                    "a trusted network only.")
                     .arg(target.address)
              << Qt::endl;
    }
    RegistryClient client(target, password);
    ImagePusher pusher(client, parser.value(QStringLiteral("jobs")).toInt(),
        parser.isSet(QStringLiteral("force")));
    // On a terminal one live line, redrawn 5 times a second; in a log a line every 5 s.
    TransferRate rate;
    ProgressLine progress(m_out,
        {ProgressLine::isTerminal(STDOUT_FILENO), /*terminalIntervalMs=*/200,
            /*logIntervalMs=*/5000},
        [&rate](qint64, qint64 total) { return rate.describe(total); });
    QObject::connect(&pusher, &ImagePusher::message, &pusher,
        [&progress](const QString &text) { progress.message(text); });
    QObject::connect(&pusher, &ImagePusher::progress, &pusher, [&](qint64 done, qint64 total) {
        rate.update(done);
        progress.update(done, total);
    });
    std::optional<Error> failure;
    QObject::connect(
        &pusher, &ImagePusher::finished, &pusher, [&failure](const std::optional<Error> &result) {
            failure = result;
            QCoreApplication::quit();
        });
    // The same checks as the plan's registry.check step, then the push.
    RegistryPreflight preflight(client,
        {target, password, items.empty() ? QString() : items.front().repository,
            parser.isSet(QStringLiteral("create-project")), chartTarget, chartRepo,
            /*provePushRight=*/false});
    QObject::connect(&preflight, &RegistryPreflight::message, &preflight,
        [this](const QString &text) { m_out << text << Qt::endl; });
    QObject::connect(&preflight, &RegistryPreflight::finished, &preflight,
        [&](const std::optional<Error> &checkFailure) {
            if (checkFailure) {
                failure = checkFailure;
                QCoreApplication::quit();
                return;
            }
            pusher.start(items);
        });
    preflight.start();
    QCoreApplication::exec();
    progress.finish();
    if (failure) {
        throw *failure;
    }
    const ImagePusher::Summary &summary = pusher.summary();
    const auto printImages = [&] {
        m_out << tr(
            "Done: %1 manifests pushed, %2 already there; %3 blobs uploaded, %4 already there, "
            "%5 mounted.")
                     .arg(summary.manifestsPushed)
                     .arg(summary.manifestsSkipped)
                     .arg(summary.blobsUploaded)
                     .arg(summary.blobsSkipped)
                     .arg(summary.blobsMounted)
              << Qt::endl;
    };
    printImages();
    if (chartTarget == ChartTarget::None) {
        return Success;
    }

    // The charts after the images, as charts-syncer orders it: a chart never points at images
    // that are not there yet.
    const QTemporaryDir work; // private (0700), removed at the end
    ChartSync charts(package,
        {target, password, chartTarget,
            chartTarget == ChartTarget::Local ? QDir(chartRepo).absolutePath() : chartRepo,
            work.path(), parser.isSet(QStringLiteral("force"))});
    QObject::connect(&charts, &ChartSync::message, &charts,
        [this](const QString &text) { m_out << text << Qt::endl; });
    QObject::connect(
        &charts, &ChartSync::finished, &charts, [&failure](const std::optional<Error> &result) {
            failure = result;
            QCoreApplication::quit();
        });
    charts.start();
    QCoreApplication::exec();
    if (failure) {
        throw *failure;
    }
    m_out << tr("Charts: %1 published, %2 already there.")
                 .arg(charts.published())
                 .arg(charts.alreadyThere())
          << Qt::endl;
    return Success;
}

} // namespace DceUpgrade::Cli
