#pragma once

#include <QMetaType>
#include <QString>

namespace DceUpgrade {

// How one unit of a step that fans out (a node of images.import) is doing: sent when it starts,
// as its bytes move, and once when it ends. docs/events.md, type "unit".
struct UnitUpdate
{
    QString unit; // stable: "root@10.0.0.11:22", "local"
    QString state; // running | ok | failed | canceled | skipped
    qint64 done = 0; // bytes of this unit so far
    qint64 total = 0;
    QString code; // failed: stable ("node.host-key-unknown")
    QString message; // translated: the result, or why it failed
    QString hint; // translated: the fix, when failed

    bool isEnd() const { return state != QLatin1String("running"); }
};

} // namespace DceUpgrade

Q_DECLARE_METATYPE(DceUpgrade::UnitUpdate)
