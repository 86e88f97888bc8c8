#pragma once

#include "bundle/PackageReader.h"

#include <QTreeWidget>

#include <memory>

class QEvent;

namespace DceUpgrade::Wizard {

// Every image of a package, grouped by chart: one top-level row per bundle (chart, version,
// image count, push size) and one child row per image (references, short manifest digest with
// the full digest as tooltip, stored size). Rebuilt on a language switch.
class PackageTree final : public QTreeWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PackageTree)

public:
    enum Column { ReferenceColumn = 0, DigestColumn, SizeColumn, ColumnCount };

    explicit PackageTree(QWidget *parent = nullptr);
    ~PackageTree() override;

    void showPackage(std::shared_ptr<const Package> package);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fill();
    QTreeWidgetItem *addBundle(const Bundle &bundle);
    void addImage(QTreeWidgetItem *parent, const ImageInfo &image);

    std::shared_ptr<const Package> m_package;
};

} // namespace DceUpgrade::Wizard
