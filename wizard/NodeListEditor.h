#pragma once

#include "model/SshNode.h"
#include "tools/SshReachability.h"

#include <QWidget>

#include <optional>
#include <vector>

class QEvent;
class QPushButton;
class QTableWidget;
class QTableWidgetItem;

namespace DceUpgrade::Wizard {

// The node list of the methods that import on every node (containerd, Docker on the nodes):
// one row per node (host, user, port, identity file, sudo; or this machine itself, without
// ssh) and a column with the last ssh test's answer for it. Rows are added, removed and edited with
// the keyboard alone: Add node starts editing the new row's host, F2 or typing edits a cell, Delete
// removes the selected rows, Tab leaves the table (arrows move inside it). nodesEdited() follows
// each change the user makes; setNodes() does not emit it.
class NodeListEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NodeListEditor)

public:
    enum Column {
        HostColumn,
        UserColumn,
        PortColumn,
        IdentityColumn,
        SudoColumn,
        SshColumn,
        ColumnCount
    };

    explicit NodeListEditor(QWidget *parent = nullptr);
    ~NodeListEditor() override;

    std::vector<SshNode> nodes() const;
    void setNodes(const std::vector<SshNode> &nodes);

    // The ssh test's answer per row (nullopt: none, or not yet), as icon, short text and a
    // tooltip with the message and the fix.
    void setSshResults(const std::vector<std::optional<SshReachability::Diagnosis>> &results);

    QTableWidget *table() const { return m_table; }

    // "ok", "host key unknown", ...: the short text of the ssh column; translated.
    static QString verdictText(SshReachability::Verdict verdict);

signals:
    void nodesEdited();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void addNode();
    void addThisMachine();
    bool isLocalRow(int row) const;
    bool hasLocalRow() const;
    // The host cell of the jump host's row (`local: true`), translated.
    static QString localHostText();
    void removeSelectedNodes();
    void chooseIdentityFile();
    void updateButtons();
    void setRow(int row, const SshNode &node);

    QTableWidget *m_table = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QPushButton *m_identityButton = nullptr;
    QPushButton *m_localButton = nullptr;
    // On the host cell: the row is this machine (`local: true`), whatever the cell says.
    static constexpr int LocalRole = Qt::UserRole + 1;
    std::vector<std::optional<SshReachability::Diagnosis>> m_results;
};

} // namespace DceUpgrade::Wizard
