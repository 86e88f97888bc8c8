#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace DceUpgrade::Cli {

// `dce-upgrade init PACKAGE --registry HOST/PROJECT [--sync M] [--upgrade M] ...`: the answers
// of a site engineer become a commented plan (CommentedPlan), on stdout or in --output FILE.
class InitCommand final
{
    Q_DECLARE_TR_FUNCTIONS(DceUpgrade::Cli::InitCommand)

public:
    InitCommand(QTextStream &out, QTextStream &err);
    int run(const QStringList &arguments);

private:
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace DceUpgrade::Cli
