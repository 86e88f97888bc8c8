#include "InspectCommand.h"

#include "CliCommands.h"
#include "ExitCode.h"

#include "bundle/PackageJson.h"
#include "bundle/PackageReader.h"
#include "util/DataSize.h"
#include "util/Error.h"
#include "util/ProgressLine.h"

#include <QCommandLineParser>
#include <QJsonDocument>

#include <unistd.h>

namespace DceUpgrade::Cli {

namespace {

QString shortDigest(const QString &digest)
{
    return digest.isEmpty() ? QStringLiteral("-") : digest.left(19);
}

// inspect --verify: "Checking ... 42%" redrawn on a terminal (stderr), nothing in a pipe or log;
// the line ends when the object goes.
ProgressLine verifyProgress(QTextStream &err, const QString &label)
{
    return ProgressLine(
        err, {ProgressLine::isTerminal(STDERR_FILENO)}, [label](qint64 done, qint64 total) {
            return total > 0 ? QStringLiteral("%1 %2%").arg(label).arg(done * 100 / total)
                             : QString();
        });
}

} // namespace

InspectCommand::InspectCommand(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{ }

// "Module: 容器管理 (kpanda)", or why this version will not upgrade what the package holds.
QString InspectCommand::moduleLine(
    const std::optional<ModuleProfile> &module, const QStringList &charts)
{
    if (!module) {
        return tr("Module: none that dce-upgrade knows holds the charts %1; it upgrades %2.")
            .arg(charts.join(QLatin1String(", ")),
                ModuleProfile::supportedIds().join(QLatin1String(", ")));
    }
    if (!module->supported) {
        const Error why = module->unsupportedError();
        return tr("Module: %1 %2").arg(why.message(), why.hint());
    }
    return tr("Module: %1 (%2)").arg(module->displayName(), module->id);
}

int InspectCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("package"), {});
    parser.addOption({QStringLiteral("json"), {}});
    parser.addOption({QStringLiteral("verify"), {}});
    parser.addOption({QStringLiteral("lang"), {}, QStringLiteral("lang")});
    // QCommandLineParser takes the first word for the program name: here the subcommand.
    if (!parser.parse(arguments) || parser.positionalArguments().size() != 1) {
        return CliCommands::usage(m_err,
            parser.errorText().isEmpty() ? tr("inspect needs exactly one PACKAGE.")
                                         : parser.errorText());
    }
    const Package package = PackageReader::open(parser.positionalArguments().at(0));

    QJsonObject json = PackageJson::toJson(package);
    QStringList charts;
    for (const auto &bundle : package.bundles) {
        charts.append(bundle->chart.name);
    }
    // The module is recognised from the charts, so the engineer does not have to name it.
    const std::optional<ModuleProfile> module = ModuleProfile::forCharts(charts);
    if (module) {
        json.insert(QStringLiteral("module"),
            QJsonObject {{QStringLiteral("id"), module->id},
                {QStringLiteral("name"), module->displayName()},
                {QStringLiteral("supported"), module->supported}});
    }
    // What --verify verified, said in the output: the checksum file (or its absence) and the
    // layers.
    QStringList verified;
    if (parser.isSet(QStringLiteral("verify"))) {
        if (package.checksum) {
            ProgressLine progress = verifyProgress(
                m_err, tr("Checking the %1 checksum...").arg(package.checksum->algorithmName()));
            package.checksum->verify(
                package.path, [&](qint64 done, qint64 total) { progress.update(done, total); });
        }
        int layers = 0;
        qint64 layerBytes = 0;
        for (const auto &bundle : package.bundles) {
            ProgressLine progress = verifyProgress(
                m_err, tr("Checking the layer digests of %1...").arg(bundle->displayName));
            bundle->images.verifyLayers(
                [&](qint64 done, qint64 total) { progress.update(done, total); });
            layers += int(bundle->images.distinctLayers().size());
            layerBytes += bundle->images.distinctLayerBytes();
        }
        json.insert(QStringLiteral("verified"), true);
        json.insert(QStringLiteral("verification"),
            QJsonObject {{QStringLiteral("checksumFile"),
                             package.checksum ? QJsonValue(package.checksum->path) : QJsonValue()},
                {QStringLiteral("layers"), layers},
                {QStringLiteral("layerBytes"), double(layerBytes)}});
        verified.append(package.checksum
                ? tr("checksum file %1 matched (%2)")
                      .arg(package.checksum->path, package.checksum->algorithmName())
                : tr("no checksum file beside the package"));
        verified.append(
            tr("%n layer(s) (%1 bytes) match their digests", nullptr, layers).arg(layerBytes));
    }

    if (parser.isSet(QStringLiteral("json"))) {
        m_out << QJsonDocument(json).toJson(QJsonDocument::Indented);
        m_out.flush();
        return Success;
    }

    m_out << tr("Package: %1 (%2)").arg(package.path, dataSize(package.size)) << '\n';
    m_out << moduleLine(module, charts) << '\n';
    for (const QString &line : verified) {
        m_out << tr("Verified: %1").arg(line) << '\n';
    }
    if (!package.checksum) {
        m_out << tr("Checksum: no .sha512sum or .sha256sum file beside the package") << '\n';
    } else if (parser.isSet(QStringLiteral("verify"))) {
        m_out << tr("Checksum: %1 matches %2")
                     .arg(package.checksum->algorithmName(), package.checksum->path)
              << '\n';
    } else {
        m_out << tr("Checksum: %1 in %2 (not checked; add --verify)")
                     .arg(package.checksum->algorithmName(), package.checksum->path)
              << '\n';
    }
    for (const auto &bundle : package.bundles) {
        m_out << '\n' << tr("Bundle: %1").arg(bundle->displayName) << '\n';
        m_out << "  "
              << tr("Chart: %1 %2 (app %3)")
                     .arg(bundle->chart.name, bundle->chart.version, bundle->chart.appVersion)
              << '\n';
        m_out << "  "
              << tr("Images: %1, format %2, %3 to push")
                     .arg(bundle->images.images().size())
                     .arg(ImageArchive::formatName(bundle->images.format()),
                         dataSize(bundle->images.uniqueBlobBytes()))
              << '\n';
        for (const ImageInfo &image : bundle->images.images()) {
            const QString name = image.references.isEmpty()
                ? tr("(no name)")
                : image.references.join(QLatin1String(", "));
            m_out << "    " << name << "  " << shortDigest(image.manifestDigest) << "  "
                  << dataSize(image.storedSize()) << '\n';
        }
        for (const QString &warning : bundle->images.warnings()) {
            m_out << "  " << tr("Warning: %1").arg(warning) << '\n';
        }
    }
    qsizetype images = 0;
    qint64 bytes = 0;
    for (const auto &bundle : package.bundles) {
        images += qsizetype(bundle->images.images().size());
        bytes += bundle->images.uniqueBlobBytes();
    }
    // One sentence to translate, so the separators follow the language too.
    m_out << '\n'
          << tr("Total: %1, %2, %3 to push", "charts, images, size")
                 .arg(tr("%n chart(s)", nullptr, int(package.bundles.size())),
                     tr("%n image(s)", nullptr, int(images)), dataSize(bytes))
          << '\n';
    m_out.flush();
    return Success;
}

} // namespace DceUpgrade::Cli
