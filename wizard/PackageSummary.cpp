#include "PackageSummary.h"

#include "StatusTone.h"
#include "WizardPage.h"

#include "util/DataSize.h"

#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>

#include <utility>

namespace DceUpgrade::Wizard {

namespace {

QLabel *makeValueLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

// A QLabel cannot be a label's buddy: the value is named after its label and described by its
// text, which is what a screen reader says on reaching it. The symbol of a tone is left out.
void setValue(
    QLabel *caption, QLabel *value, const QString &text, StatusTone tone = StatusTone::Neutral)
{
    value->setText(statusSymbol(tone) + text);
    applyStatusTone(value, tone);
    value->setAccessibleName(WizardPage::plainLabel(caption->text()));
    value->setAccessibleDescription(text);
}

} // namespace

PackageSummary::PackageSummary(QWidget *parent)
    : QWidget(parent)
    , m_form(new QFormLayout(this))
    , m_fileLabel(new QLabel(this))
    , m_file(makeValueLabel(this, QStringLiteral("packageFile")))
    , m_checksumLabel(new QLabel(this))
    , m_checksum(makeValueLabel(this, QStringLiteral("packageChecksum")))
    , m_layersLabel(new QLabel(this))
    , m_layers(makeValueLabel(this, QStringLiteral("packageLayers")))
    , m_chartsLabel(new QLabel(this))
    , m_charts(makeValueLabel(this, QStringLiteral("packageCharts")))
    , m_imagesLabel(new QLabel(this))
    , m_images(makeValueLabel(this, QStringLiteral("packageImages")))
    , m_warningsLabel(new QLabel(this))
    , m_warnings(makeValueLabel(this, QStringLiteral("packageWarnings")))
{
    setObjectName(QStringLiteral("packageSummary"));
    m_form->setContentsMargins(0, 0, 0, 0);
    // Word-wrapped labels have a Preferred policy: let them take the whole row, or they wrap at
    // their (narrow) size hint and show only the first line.
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->addRow(m_fileLabel, m_file);
    m_form->addRow(m_checksumLabel, m_checksum);
    m_form->addRow(m_layersLabel, m_layers);
    m_form->addRow(m_chartsLabel, m_charts);
    m_form->addRow(m_imagesLabel, m_images);
    m_form->addRow(m_warningsLabel, m_warnings);
    hide();
    retranslateUi();
}

PackageSummary::~PackageSummary() = default;

void PackageSummary::showPackage(std::shared_ptr<const Package> package)
{
    m_package = std::move(package);
    m_checksumVerdict = Verdict::NotChecked;
    m_layersVerdict = Verdict::NotChecked;
    retranslateUi();
    setVisible(m_package != nullptr);
}

void PackageSummary::setChecksumVerdict(Verdict verdict, qint64 bytes)
{
    m_checksumVerdict = verdict;
    m_checksumBytes = bytes;
    showChecksum();
}

void PackageSummary::setLayersVerdict(Verdict verdict, qint64 bytes)
{
    m_layersVerdict = verdict;
    m_layersBytes = bytes;
    showLayers();
}

void PackageSummary::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void PackageSummary::showChecksum()
{
    if (!m_package) {
        return;
    }
    if (!m_package->checksum) {
        setValue(m_checksumLabel, m_checksum,
            tr("No .sha512sum or .sha256sum file beside the package: a damaged download "
               "cannot be detected. Verify every layer to check the images at least."),
            StatusTone::Warning);
        return;
    }
    const QString algorithm = m_package->checksum->algorithmName();
    const QString file = QFileInfo(m_package->checksum->path).fileName();
    switch (m_checksumVerdict) {
    case Verdict::NotChecked:
        setValue(m_checksumLabel, m_checksum,
            tr("%1 in %2, not checked yet.", "checksum algorithm, file").arg(algorithm, file));
        break;
    case Verdict::Checking:
        setValue(m_checksumLabel, m_checksum,
            tr("Comparing the package with the %1 checksum in %2…", "@status")
                .arg(algorithm, file));
        break;
    case Verdict::Verified:
        setValue(m_checksumLabel, m_checksum,
            tr("Verified: the package matches the %1 checksum in %2 (%3 read).")
                .arg(algorithm, file, dataSize(m_checksumBytes)),
            StatusTone::Good);
        break;
    case Verdict::Mismatch:
        setValue(m_checksumLabel, m_checksum,
            tr("Does not match the %1 checksum in %2: the package is damaged or incomplete.")
                .arg(algorithm, file),
            StatusTone::Bad);
        break;
    case Verdict::Failed:
        setValue(m_checksumLabel, m_checksum, tr("Could not be checked: see the error above."),
            StatusTone::Bad);
        break;
    case Verdict::Canceled:
        setValue(m_checksumLabel, m_checksum,
            tr("Not checked: stopped. The upgrade checks it again as its first step."),
            StatusTone::Warning);
        break;
    }
}

void PackageSummary::showLayers()
{
    if (!m_package) {
        return;
    }
    switch (m_layersVerdict) {
    case Verdict::NotChecked:
        setValue(m_layersLabel, m_layers,
            tr("Not checked yet. \"Verify every layer\" reads each layer and compares it with "
               "its digest, so a damaged layer is found now rather than during the push."));
        break;
    case Verdict::Checking:
        setValue(m_layersLabel, m_layers, tr("Comparing every layer with its digest…", "@status"));
        break;
    case Verdict::Verified:
        setValue(m_layersLabel, m_layers,
            tr("Verified: every layer matches its digest (%1 read).").arg(dataSize(m_layersBytes)),
            StatusTone::Good);
        break;
    case Verdict::Mismatch:
        setValue(m_layersLabel, m_layers,
            tr("A layer does not match its digest: the package is damaged."), StatusTone::Bad);
        break;
    case Verdict::Failed:
        setValue(m_layersLabel, m_layers, tr("Could not be checked: see the error above."),
            StatusTone::Bad);
        break;
    case Verdict::Canceled:
        setValue(m_layersLabel, m_layers, tr("Not checked: stopped."), StatusTone::Warning);
        break;
    }
}

void PackageSummary::retranslateUi()
{
    m_fileLabel->setText(tr("File:"));
    m_checksumLabel->setText(tr("Checksum:"));
    m_layersLabel->setText(tr("Layers:"));
    m_chartsLabel->setText(tr("Charts:"));
    m_imagesLabel->setText(tr("Images:"));
    m_warningsLabel->setText(tr("Warnings:"));
    if (!m_package) {
        for (QLabel *label : {m_file, m_checksum, m_layers, m_charts, m_images, m_warnings}) {
            label->clear();
            label->setAccessibleDescription(QString());
        }
        return;
    }

    setValue(m_fileLabel, m_file,
        tr("%1 (%2)", "file name (size)")
            .arg(QFileInfo(m_package->path).fileName(), dataSize(m_package->size)));
    m_file->setToolTip(m_package->path);
    showChecksum();
    showLayers();

    QStringList charts;
    QStringList warnings;
    int imageCount = 0;
    qint64 pushBytes = 0;
    for (const auto &bundle : m_package->bundles) {
        charts.append(
            tr("%1 %2", "chart name and version").arg(bundle->chart.name, bundle->chart.version));
        imageCount += static_cast<int>(bundle->images.images().size());
        pushBytes += bundle->images.uniqueBlobBytes();
        warnings.append(bundle->images.warnings());
    }
    // QLocale's Chinese list ("a和b") reads as prose; a list of names wants the enumeration comma.
    setValue(m_chartsLabel, m_charts, charts.join(tr(", ", "separator between chart names")));
    // %n plural forms come from the catalogues (English has its own, embedded like Chinese).
    setValue(m_imagesLabel, m_images,
        tr("%n image(s), %1 to push at most", nullptr, imageCount).arg(dataSize(pushBytes)));
    setValue(m_warningsLabel, m_warnings, warnings.join(QLatin1Char('\n')),
        warnings.isEmpty() ? StatusTone::Neutral : StatusTone::Warning);
    m_form->setRowVisible(m_warnings, !warnings.isEmpty());
}

} // namespace DceUpgrade::Wizard
