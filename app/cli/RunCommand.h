#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace DceUpgrade::Cli {

// `dce-upgrade run` and `dce-upgrade rollback`: set up a session, the secrets and the tools,
// then let the Engine perform the steps while events or readable progress go to stdout.
class RunCommand final
{
    Q_DECLARE_TR_FUNCTIONS(DceUpgrade::Cli::RunCommand)

public:
    RunCommand(QTextStream &out, QTextStream &err);

    int run(const QStringList &arguments);
    int rollback(const QStringList &arguments);

private:
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace DceUpgrade::Cli
