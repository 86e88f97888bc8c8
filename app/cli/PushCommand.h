#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace DceUpgrade::Cli {

// `dce-upgrade push PACKAGE --registry URL --repository PATH ...`: the built-in image sync on
// its own, for a person or a script (the plan's built-in sync step uses the same ImagePusher).
class PushCommand final
{
    Q_DECLARE_TR_FUNCTIONS(DceUpgrade::Cli::PushCommand)

public:
    PushCommand(QTextStream &out, QTextStream &err);
    int run(const QStringList &arguments);

private:
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace DceUpgrade::Cli
