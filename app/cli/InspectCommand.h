#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include "model/ModuleProfile.h"

#include <optional>

namespace DceUpgrade::Cli {

// `dce-upgrade inspect PACKAGE [--json] [--verify]`: the module, charts, versions and images of
// an offline package without unpacking it; --verify also checks its checksum file and layers.
class InspectCommand final
{
    Q_DECLARE_TR_FUNCTIONS(DceUpgrade::Cli::InspectCommand)

public:
    InspectCommand(QTextStream &out, QTextStream &err);
    int run(const QStringList &arguments);

private:
    static QString moduleLine(
        const std::optional<ModuleProfile> &module, const QStringList &charts);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace DceUpgrade::Cli
