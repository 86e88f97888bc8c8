#include "ToolTable.h"

#include "StatusTone.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QResizeEvent>

namespace DceUpgrade::Wizard {

namespace {

using Tool = ToolInventory::Tool;

QString toolName(Tool tool)
{
    // The program's own name, never translated; $DCE_UPGRADE_HELM shows as the file it names.
    return QFileInfo(ToolInventory::program(tool)).fileName();
}

} // namespace

ToolTable::ToolTable(const ToolInventory *tools, QWidget *parent)
    : QTableWidget(ToolInventory::ToolCount, ColumnCount, parent)
    , m_tools(tools)
{
    setObjectName(QStringLiteral("toolTable"));
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setWordWrap(true);
    setShowGrid(false);
    setAlternatingRowColors(true);
    setTextElideMode(Qt::ElideNone);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    verticalHeader()->hide();
    horizontalHeader()->setSectionResizeMode(ToolColumn, QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(FoundColumn, QHeaderView::Stretch);
    horizontalHeader()->setSectionResizeMode(NeededForColumn, QHeaderView::Interactive);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // Wrapped cells need their rows re-measured whenever a column's width changes.
    connect(
        horizontalHeader(), &QHeaderView::sectionResized, this, [this] { resizeRowsToContents(); });
    connect(m_tools, &ToolInventory::changed, this, &ToolTable::refresh);
    refresh();
}

ToolTable::~ToolTable() = default;

void ToolTable::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        refresh();
    }
    QTableWidget::changeEvent(event);
}

void ToolTable::resizeEvent(QResizeEvent *event)
{
    QTableWidget::resizeEvent(event);
    // A third of the width for "Needed for", the rest (after the names) for what was found.
    setColumnWidth(NeededForColumn, event->size().width() / 3);
    resizeRowsToContents();
}

void ToolTable::setCell(int row, int column, const QString &text, const QString &spoken)
{
    QTableWidgetItem *cell = item(row, column);
    if (!cell) {
        cell = new QTableWidgetItem;
        cell->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        setItem(row, column, cell);
    }
    cell->setText(text);
    cell->setToolTip(spoken.isEmpty() ? text : spoken);
    cell->setData(Qt::AccessibleTextRole, spoken.isEmpty() ? QVariant() : QVariant(spoken));
}

void ToolTable::refresh()
{
    setHorizontalHeaderLabels({tr("Tool", "@title:column"), tr("On this machine", "@title:column"),
        tr("Needed for", "@title:column")});
    setAccessibleName(tr("Tools on this machine"));
    setAccessibleDescription(tr("For each tool: whether it was found, its version as the tool "
                                "reports it, and which method needs it."));

    for (int i = 0; i < ToolInventory::ToolCount; ++i) {
        const auto tool = Tool(i);
        const ToolInventory::Found &found = m_tools->found(tool);
        const QString name = toolName(tool);
        QString text;
        StatusTone tone = StatusTone::Neutral;
        if (!found.probed) {
            text = found.found ? tr("Found at %1; asking it for its version…")
                                     .arg(QDir::toNativeSeparators(found.path))
                               : tr("Not looked for yet");
        } else if (!found.found) {
            text = tr("Not found. %1").arg(ToolInventory::howToGet(tool));
            tone = tool == Tool::Helm ? StatusTone::Bad : StatusTone::Neutral;
        } else if (found.version.isEmpty()) {
            text = tr("Found at %1; it did not report a version.")
                       .arg(QDir::toNativeSeparators(found.path));
            tone = StatusTone::Warning;
        } else {
            text = tr("%1 (as reported by %2), at %3", "version, tool, path")
                       .arg(found.version, name, QDir::toNativeSeparators(found.path));
            tone = StatusTone::Good;
        }

        QString neededFor;
        switch (tool) {
        case Tool::Helm:
            neededFor = tr("The upgrade itself, whatever the sync method: required.");
            break;
        case Tool::Kubectl:
            neededFor = tr("The module's steps before the upgrade (deleting its old jobs, "
                           "applying CRDs).");
            break;
        case Tool::ChartsSyncer:
            neededFor = tr("The charts-syncer sync method.");
            break;
        case Tool::Docker:
            neededFor = tr("The Docker sync method, when it pushes from this machine (on the "
                           "nodes, Docker runs there).");
            break;
        case Tool::Ctr:
            neededFor = tr("The containerd sync method, on each node (not on this machine).");
            break;
        case Tool::Ssh:
            neededFor = tr("containerd, and Docker on the nodes: to reach every node.");
            break;
        }

        setCell(i, ToolColumn, name);
        // The symbol is for the eye; a screen reader gets the sentence alone.
        setCell(i, FoundColumn, statusSymbol(tone) + text, text);
        if (tone == StatusTone::Neutral) {
            item(i, FoundColumn)->setData(Qt::ForegroundRole, QVariant());
        } else {
            item(i, FoundColumn)->setForeground(statusColor(tone, palette()));
        }
        setCell(i, NeededForColumn, neededFor);
    }
    resizeRowsToContents();
}

} // namespace DceUpgrade::Wizard
