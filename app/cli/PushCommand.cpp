#include "PushCommand.h"

#include "ExitCode.h"

#include "bundle/PackageReader.h"
#include "registry/ImagePusher.h"
#include "registry/RelocatedImage.h"
#include "util/Error.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QLocale>
#include <QUrl>

#include <unistd.h>

namespace DceUpgrade::Cli {

namespace {

// "registry/path/name:tag" or "...@sha256:..." without the registry part: (repository, reference).
std::pair<QString, QString> splitTarget(const QString &target, const QString &registry)
{
    QString rest = target.mid(registry.size() + 1);
    const qsizetype at = rest.indexOf(QLatin1Char('@'));
    if (at >= 0) {
        return {rest.left(at), rest.mid(at + 1)};
    }
    const qsizetype colon = rest.lastIndexOf(QLatin1Char(':'));
    return {rest.left(colon), rest.mid(colon + 1)};
}

} // namespace

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
    parser.addOption({QStringLiteral("overwrite"), {}});
    parser.addOption({QStringLiteral("lang"), {}, QStringLiteral("lang")});
    if (!parser.parse(arguments) || parser.positionalArguments().size() != 1
        || !parser.isSet(QStringLiteral("registry"))) {
        m_err << (parser.errorText().isEmpty()
                ? tr("push needs PACKAGE and --registry URL (and usually --repository PATH).")
                : parser.errorText())
              << Qt::endl;
        return Usage;
    }
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
    const Relocator relocator(RelocationRules {target.address, target.repository, {}, {}, false});
    std::vector<ImagePusher::Item> items;
    for (const auto &bundle : package.bundles) {
        for (const RelocatedImage &image : RelocatedImage::forBundle(*bundle, relocator)) {
            if (!image.image) {
                continue;
            }
            const auto [repository, reference]
                = splitTarget(image.relocation.target, target.address);
            items.push_back({repository, reference, image.image, &bundle->images.index()});
        }
    }

    RegistryClient client(target, password);
    ImagePusher pusher(client, parser.value(QStringLiteral("jobs")).toInt(),
        parser.isSet(QStringLiteral("overwrite")));
    const bool tty = ::isatty(STDOUT_FILENO) != 0;
    QElapsedTimer clock;
    clock.start();
    qint64 lastReport = -1000000;
    QObject::connect(&pusher, &ImagePusher::message, &pusher,
        [this](const QString &text) { m_out << text << Qt::endl; });
    QObject::connect(&pusher, &ImagePusher::progress, &pusher, [&, tty](qint64 done, qint64 total) {
        const qint64 now = clock.elapsed();
        if (now - lastReport < (tty ? 200 : 5000) && done != total) {
            return;
        }
        lastReport = now;
        const QLocale locale;
        const double seconds = std::max<qint64>(now, 1) / 1000.0;
        const QString line
            = tr("%1 of %2, %3/s")
                  .arg(locale.formattedDataSize(done), locale.formattedDataSize(total),
                      locale.formattedDataSize(qint64(done / seconds)));
        m_out << (tty ? QStringLiteral("\r") : QString()) << line << (tty ? "" : "\n") << Qt::flush;
    });
    std::optional<Error> failure;
    QObject::connect(
        &pusher, &ImagePusher::finished, &pusher, [&failure](const std::optional<Error> &result) {
            failure = result;
            QCoreApplication::quit();
        });
    client.ping([&](const RegistryClient::Failure &pingFailure) {
        if (pingFailure) {
            failure = pingFailure;
            QCoreApplication::quit();
            return;
        }
        pusher.start(items);
    });
    QCoreApplication::exec();
    if (tty) {
        m_out << '\n';
    }
    if (failure) {
        throw *failure;
    }
    const ImagePusher::Summary &summary = pusher.summary();
    m_out << tr("Done: %1 manifests pushed, %2 already there; %3 blobs uploaded, %4 already there, "
                "%5 mounted.")
                 .arg(summary.manifestsPushed)
                 .arg(summary.manifestsSkipped)
                 .arg(summary.blobsUploaded)
                 .arg(summary.blobsSkipped)
                 .arg(summary.blobsMounted)
          << Qt::endl;
    return Success;
}

} // namespace DceUpgrade::Cli
