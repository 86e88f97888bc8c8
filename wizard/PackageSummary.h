#pragma once

#include "bundle/PackageReader.h"

#include <QWidget>

#include <memory>

class QEvent;
class QFormLayout;
class QLabel;

namespace DceUpgrade::Wizard {

// What a package holds at a glance: file and size, checksum file, charts with versions, image
// count and push size, and any warning the reader raised. Empty (and hidden) without a package.
class PackageSummary final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PackageSummary)

public:
    explicit PackageSummary(QWidget *parent = nullptr);
    ~PackageSummary() override;

    void showPackage(std::shared_ptr<const Package> package);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    QString checksumText() const;

    QFormLayout *m_form = nullptr;
    QLabel *m_fileLabel = nullptr;
    QLabel *m_file = nullptr;
    QLabel *m_checksumLabel = nullptr;
    QLabel *m_checksum = nullptr;
    QLabel *m_chartsLabel = nullptr;
    QLabel *m_charts = nullptr;
    QLabel *m_imagesLabel = nullptr;
    QLabel *m_images = nullptr;
    QLabel *m_warningsLabel = nullptr;
    QLabel *m_warnings = nullptr;
    std::shared_ptr<const Package> m_package;
};

} // namespace DceUpgrade::Wizard
