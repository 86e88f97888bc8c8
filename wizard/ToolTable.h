#pragma once

#include "ToolInventory.h"

#include <QTableWidget>

class QEvent;
class QResizeEvent;

namespace DceUpgrade::Wizard {

// The tools of each method as found on this machine, one row per tool: its name, what was found
// (path and the version the tool reports about itself, or how to get it when it is missing) and
// which method needs it. Follows ToolInventory::changed() and the language switch. Read-only.
class ToolTable final : public QTableWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ToolTable)

public:
    enum Column { ToolColumn = 0, FoundColumn, NeededForColumn, ColumnCount };

    explicit ToolTable(const ToolInventory *tools, QWidget *parent = nullptr);
    ~ToolTable() override;

    // The row of `tool` (rows follow ToolInventory::Tool's order).
    static int row(ToolInventory::Tool tool) { return static_cast<int>(tool); }

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void refresh();
    // `spoken`: what assistive technology reads instead of `text`, when they differ.
    void setCell(int row, int column, const QString &text, const QString &spoken = {});

    const ToolInventory *m_tools = nullptr;
};

} // namespace DceUpgrade::Wizard
