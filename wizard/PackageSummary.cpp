#include "PackageSummary.h"

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

} // namespace

PackageSummary::PackageSummary(QWidget *parent)
    : QWidget(parent)
    , m_form(new QFormLayout(this))
    , m_fileLabel(new QLabel(this))
    , m_file(makeValueLabel(this, QStringLiteral("packageFile")))
    , m_checksumLabel(new QLabel(this))
    , m_checksum(makeValueLabel(this, QStringLiteral("packageChecksum")))
    , m_chartsLabel(new QLabel(this))
    , m_charts(makeValueLabel(this, QStringLiteral("packageCharts")))
    , m_imagesLabel(new QLabel(this))
    , m_images(makeValueLabel(this, QStringLiteral("packageImages")))
    , m_warningsLabel(new QLabel(this))
    , m_warnings(makeValueLabel(this, QStringLiteral("packageWarnings")))
{
    m_form->setContentsMargins(0, 0, 0, 0);
    // Word-wrapped labels have a Preferred policy: let them take the whole row, or they wrap at
    // their (narrow) size hint and show only the first line.
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->addRow(m_fileLabel, m_file);
    m_form->addRow(m_checksumLabel, m_checksum);
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
    retranslateUi();
    setVisible(m_package != nullptr);
}

void PackageSummary::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

QString PackageSummary::checksumText() const
{
    if (!m_package->checksum) {
        return tr("No .sha512sum or .sha256sum file beside the package: a damaged download "
                  "cannot be detected.");
    }
    return tr("%1 in %2; it is verified as the first step of the upgrade.")
        .arg(m_package->checksum->algorithmName(), QFileInfo(m_package->checksum->path).fileName());
}

void PackageSummary::retranslateUi()
{
    m_fileLabel->setText(tr("File:"));
    m_checksumLabel->setText(tr("Checksum:"));
    m_chartsLabel->setText(tr("Charts:"));
    m_imagesLabel->setText(tr("Images:"));
    m_warningsLabel->setText(tr("Warnings:"));
    if (!m_package) {
        for (QLabel *label : {m_file, m_checksum, m_charts, m_images, m_warnings}) {
            label->clear();
        }
        return;
    }

    const QLocale locale;
    m_file->setText(
        tr("%1 (%2)", "file name (size)")
            .arg(QFileInfo(m_package->path).fileName(), locale.formattedDataSize(m_package->size)));
    m_file->setToolTip(m_package->path);
    m_checksum->setText(checksumText());

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
    m_charts->setText(charts.join(tr(", ", "separator between chart names")));
    // %n plural forms come from the catalogues (English has its own, embedded like Chinese).
    m_images->setText(tr("%n image(s), %1 to push at most", nullptr, imageCount)
                          .arg(locale.formattedDataSize(pushBytes)));
    m_warnings->setText(warnings.join(QLatin1Char('\n')));
    m_form->setRowVisible(m_warnings, !warnings.isEmpty());
}

} // namespace DceUpgrade::Wizard
