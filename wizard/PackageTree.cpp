#include "PackageTree.h"

#include "util/DataSize.h"

#include <QEvent>
#include <QFontDatabase>
#include <QHeaderView>

#include <utility>

namespace DceUpgrade::Wizard {

namespace {

// The chart ("skoala 0.28.1") of a top-level row, for its images' descriptions.
constexpr int ChartRole = Qt::UserRole + 1;

// "sha256:0123456789ab": enough to tell images apart and to match `docker images --digests`.
QString shortDigest(const QString &digest)
{
    constexpr int shownHexDigits = 12;
    const qsizetype colon = digest.indexOf(QLatin1Char(':'));
    return digest.left(colon + 1 + shownHexDigits);
}

} // namespace

PackageTree::PackageTree(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("imageTree"));
    setColumnCount(ColumnCount);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(ReferenceColumn, QHeaderView::Stretch);
    header()->setSectionResizeMode(DigestColumn, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(SizeColumn, QHeaderView::ResizeToContents);
    retranslateUi();
}

PackageTree::~PackageTree() = default;

void PackageTree::showPackage(std::shared_ptr<const Package> package)
{
    m_package = std::move(package);
    fill();
}

void PackageTree::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QTreeWidget::changeEvent(event);
}

void PackageTree::retranslateUi()
{
    setHeaderLabels({tr("Chart / image reference", "@title:column"),
        tr("Manifest digest", "@title:column"), tr("Size", "@title:column")});
    headerItem()->setTextAlignment(SizeColumn, Qt::AlignRight | Qt::AlignVCenter);
    setAccessibleName(tr("Images in the package"));
    fill();
}

void PackageTree::fill()
{
    clear();
    if (!m_package) {
        return;
    }
    for (const auto &bundle : m_package->bundles) {
        QTreeWidgetItem *item = addBundle(*bundle);
        for (const ImageInfo &image : bundle->images.images()) {
            addImage(item, image);
        }
    }
    expandAll();
}

QTreeWidgetItem *PackageTree::addBundle(const Bundle &bundle)
{
    const auto count = static_cast<int>(bundle.images.images().size());
    auto *item = new QTreeWidgetItem(this);
    item->setText(ReferenceColumn,
        tr("%1 %2: %n image(s)", "chart name, version", count)
            .arg(bundle.chart.name, bundle.chart.version));
    item->setToolTip(ReferenceColumn, bundle.displayName);
    // Qt 6.4 hands AT-SPI the tree as a table without levels (no node relations, no "level"
    // attribute): the description says where a row sits, for a screen reader.
    const QString chart
        = tr("%1 %2", "chart name and version").arg(bundle.chart.name, bundle.chart.version);
    item->setData(ReferenceColumn, ChartRole, chart);
    item->setData(ReferenceColumn, Qt::AccessibleDescriptionRole,
        tr("Level 1: the chart %1", "@info accessible description").arg(chart));
    item->setText(SizeColumn, dataSize(bundle.images.uniqueBlobBytes()));
    item->setTextAlignment(SizeColumn, Qt::AlignRight | Qt::AlignVCenter);
    QFont bold = item->font(ReferenceColumn);
    bold.setBold(true);
    for (int column = 0; column < ColumnCount; ++column) {
        item->setFont(column, bold);
    }
    return item;
}

void PackageTree::addImage(QTreeWidgetItem *parent, const ImageInfo &image)
{
    auto *item = new QTreeWidgetItem(parent);
    item->setText(ReferenceColumn,
        image.references.isEmpty() ? tr("(no name)", "@info image without a reference")
                                   : image.references.join(QLatin1String(", ")));
    item->setToolTip(ReferenceColumn, image.references.join(QLatin1Char('\n')));
    item->setData(ReferenceColumn, Qt::AccessibleDescriptionRole,
        tr("Level 2: an image of the chart %1", "@info accessible description")
            .arg(parent->data(ReferenceColumn, ChartRole).toString()));
    if (image.manifestDigest.isEmpty()) {
        item->setText(DigestColumn, tr("(after compression)", "@info digest not known yet"));
        item->setToolTip(DigestColumn,
            tr("The layers are stored uncompressed; the digest is known only after they are "
               "compressed for the push."));
    } else {
        item->setText(DigestColumn, shortDigest(image.manifestDigest));
        item->setToolTip(DigestColumn, image.manifestDigest);
        item->setFont(DigestColumn, QFontDatabase::systemFont(QFontDatabase::FixedFont));
    }
    item->setText(SizeColumn, dataSize(image.storedSize()));
    item->setTextAlignment(SizeColumn, Qt::AlignRight | Qt::AlignVCenter);
}

} // namespace DceUpgrade::Wizard
