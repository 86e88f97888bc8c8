#pragma once

#include "bundle/PackageReader.h"

#include <QWidget>

#include <memory>

class QEvent;
class QFormLayout;
class QLabel;

namespace DceUpgrade::Wizard {

// What a package holds at a glance: file and size, the checksum file and its verdict, the
// layers' verdict, charts with versions, image count and push size, and any warning the reader
// raised. Empty (and hidden) without a package.
//
// Each value is tied to its label for assistive technology: the value's accessible name is the
// label ("Checksum") and its description the value, so a screen reader says which is which.
class PackageSummary final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PackageSummary)

public:
    // Where a verification of the package stands.
    enum class Verdict { NotChecked, Checking, Verified, Mismatch, Failed, Canceled };

    explicit PackageSummary(QWidget *parent = nullptr);
    ~PackageSummary() override;

    // Shows `package` with both verdicts reset to NotChecked.
    void showPackage(std::shared_ptr<const Package> package);
    // `bytes`: what was hashed, shown with a verified verdict.
    void setChecksumVerdict(Verdict verdict, qint64 bytes = 0);
    void setLayersVerdict(Verdict verdict, qint64 bytes = 0);
    Verdict checksumVerdict() const { return m_checksumVerdict; }
    Verdict layersVerdict() const { return m_layersVerdict; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showChecksum();
    void showLayers();

    QFormLayout *m_form = nullptr;
    QLabel *m_fileLabel = nullptr;
    QLabel *m_file = nullptr;
    QLabel *m_checksumLabel = nullptr;
    QLabel *m_checksum = nullptr;
    QLabel *m_layersLabel = nullptr;
    QLabel *m_layers = nullptr;
    QLabel *m_chartsLabel = nullptr;
    QLabel *m_charts = nullptr;
    QLabel *m_imagesLabel = nullptr;
    QLabel *m_images = nullptr;
    QLabel *m_warningsLabel = nullptr;
    QLabel *m_warnings = nullptr;
    std::shared_ptr<const Package> m_package;
    Verdict m_checksumVerdict = Verdict::NotChecked;
    Verdict m_layersVerdict = Verdict::NotChecked;
    qint64 m_checksumBytes = 0;
    qint64 m_layersBytes = 0;
};

} // namespace DceUpgrade::Wizard
