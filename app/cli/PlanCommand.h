#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace DceUpgrade::Cli {

// `dce-upgrade plan --plan FILE` (every step with its exact commands, as text or --json) and
// `dce-upgrade script --plan FILE` (the same steps as a bash script): a dry run, nothing changes.
class PlanCommand final
{
    Q_DECLARE_TR_FUNCTIONS(DceUpgrade::Cli::PlanCommand)

public:
    PlanCommand(QTextStream &out, QTextStream &err);
    // asScript: `script` rather than `plan`.
    int run(const QStringList &arguments, bool asScript);

private:
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace DceUpgrade::Cli
