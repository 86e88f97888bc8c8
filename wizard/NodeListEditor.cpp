#include "NodeListEditor.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace DceUpgrade::Wizard {

namespace {

// A port is edited in a spin box of the valid range, not the int editor's full range.
class PortDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override
    {
        if (index.column() != NodeListEditor::PortColumn) {
            return QStyledItemDelegate::createEditor(parent, option, index);
        }
        auto *spin = new QSpinBox(parent);
        spin->setFrame(false);
        spin->setRange(1, 65535);
        return spin;
    }
};

} // namespace

NodeListEditor::NodeListEditor(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_addButton(new QPushButton(this))
    , m_removeButton(new QPushButton(this))
    , m_identityButton(new QPushButton(this))
    , m_localButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("nodeListEditor"));
    m_table->setObjectName(QStringLiteral("nodeTable"));
    m_addButton->setObjectName(QStringLiteral("addNode"));
    m_removeButton->setObjectName(QStringLiteral("removeNode"));
    m_identityButton->setObjectName(QStringLiteral("chooseIdentityFile"));
    m_localButton->setObjectName(QStringLiteral("addThisMachine"));

    m_table->setItemDelegate(new PortDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
        | QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    // Tab leaves the table for the buttons; the arrows move between cells.
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(HostColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(IdentityColumn, QHeaderView::Stretch);
    m_table->installEventFilter(this);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_removeButton);
    buttons->addWidget(m_identityButton);
    buttons->addWidget(m_localButton);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_table, &QTableWidget::itemChanged, this, [this] { emit nodesEdited(); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &NodeListEditor::updateButtons);
    connect(m_addButton, &QPushButton::clicked, this, &NodeListEditor::addNode);
    connect(m_removeButton, &QPushButton::clicked, this, &NodeListEditor::removeSelectedNodes);
    connect(m_identityButton, &QPushButton::clicked, this, &NodeListEditor::chooseIdentityFile);
    connect(m_localButton, &QPushButton::clicked, this, &NodeListEditor::addThisMachine);

    retranslateUi();
    updateButtons();
}

NodeListEditor::~NodeListEditor() = default;

std::vector<SshNode> NodeListEditor::nodes() const
{
    std::vector<SshNode> nodes;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto text = [this, row](int column) {
            const QTableWidgetItem *item = m_table->item(row, column);
            return item ? item->data(Qt::EditRole).toString().trimmed() : QString();
        };
        SshNode node;
        if (isLocalRow(row)) {
            node.local = true;
            node.user.clear();
            node.sudo = m_table->item(row, SudoColumn)->checkState() == Qt::Checked;
            nodes.push_back(node);
            continue;
        }
        node.host = text(HostColumn);
        node.user = text(UserColumn);
        const QTableWidgetItem *port = m_table->item(row, PortColumn);
        node.port = port ? port->data(Qt::EditRole).toInt() : 22;
        node.identityFile = text(IdentityColumn);
        const QTableWidgetItem *sudo = m_table->item(row, SudoColumn);
        node.sudo = sudo && sudo->checkState() == Qt::Checked;
        nodes.push_back(node);
    }
    return nodes;
}

bool NodeListEditor::isLocalRow(int row) const
{
    const QTableWidgetItem *host = m_table->item(row, HostColumn);
    return host && host->data(LocalRole).toBool();
}

void NodeListEditor::setRow(int row, const SshNode &node)
{
    auto *host = new QTableWidgetItem(node.local ? localHostText() : node.host);
    host->setData(LocalRole, node.local);
    m_table->setItem(row, HostColumn, host);
    m_table->setItem(row, UserColumn, new QTableWidgetItem(node.local ? QString() : node.user));
    auto *port = new QTableWidgetItem;
    if (!node.local) {
        port->setData(Qt::EditRole, node.port);
    }
    m_table->setItem(row, PortColumn, port);
    m_table->setItem(
        row, IdentityColumn, new QTableWidgetItem(node.local ? QString() : node.identityFile));
    auto *sudo = new QTableWidgetItem;
    sudo->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    sudo->setCheckState(node.sudo ? Qt::Checked : Qt::Unchecked);
    m_table->setItem(row, SudoColumn, sudo);
    auto *ssh = new QTableWidgetItem;
    ssh->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    m_table->setItem(row, SshColumn, ssh);
    if (node.local) {
        // This machine has no host, user, port or key to edit: only sudo applies.
        for (const int column : {HostColumn, UserColumn, PortColumn, IdentityColumn}) {
            m_table->item(row, column)->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        }
    }
}

void NodeListEditor::setNodes(const std::vector<SshNode> &nodes)
{
    if (this->nodes() == nodes) {
        return;
    }
    const QSignalBlocker blocker(m_table);
    const int current = m_table->currentRow();
    m_table->setRowCount(int(nodes.size()));
    for (std::size_t row = 0; row < nodes.size(); ++row) {
        setRow(int(row), nodes[row]);
    }
    if (current >= 0 && current < m_table->rowCount()) {
        m_table->setCurrentCell(current, HostColumn);
    }
    m_results.clear();
    setSshResults({});
    updateButtons();
}

QString NodeListEditor::verdictText(SshReachability::Verdict verdict)
{
    using Verdict = SshReachability::Verdict;
    switch (verdict) {
    case Verdict::Ok:
        return tr("ok", "@info ssh test");
    case Verdict::HostKeyUnknown:
        return tr("host key unknown", "@info ssh test");
    case Verdict::HostKeyChanged:
        return tr("host key changed", "@info ssh test");
    case Verdict::PermissionDenied:
        return tr("permission denied", "@info ssh test");
    case Verdict::ConnectionRefused:
        return tr("connection refused", "@info ssh test");
    case Verdict::TimedOut:
        return tr("timed out", "@info ssh test");
    case Verdict::HostNotFound:
        return tr("unknown host name", "@info ssh test");
    case Verdict::Unreachable:
        return tr("unreachable", "@info ssh test");
    case Verdict::Failed:
        return tr("failed", "@info ssh test");
    }
    return {};
}

void NodeListEditor::setSshResults(
    const std::vector<std::optional<SshReachability::Diagnosis>> &results)
{
    m_results = results;
    const QSignalBlocker blocker(m_table);
    for (int row = 0; row < m_table->rowCount(); ++row) {
        QTableWidgetItem *item = m_table->item(row, SshColumn);
        if (!item) {
            continue;
        }
        const auto &result
            = std::size_t(row) < results.size() ? results[std::size_t(row)] : std::nullopt;
        if (!result) {
            item->setText(QString());
            item->setIcon(QIcon());
            item->setToolTip(QString());
            continue;
        }
        item->setText(verdictText(result->verdict));
        item->setIcon(style()->standardIcon(
            result->ok() ? QStyle::SP_DialogApplyButton : QStyle::SP_MessageBoxWarning));
        item->setToolTip(result->hint.isEmpty()
                ? result->message
                : result->message + QLatin1Char('\n') + result->hint);
    }
}

void NodeListEditor::addNode()
{
    const int row = m_table->rowCount();
    {
        const QSignalBlocker blocker(m_table);
        m_table->insertRow(row);
        // The previous row's user, port and key are the likeliest for the next node.
        SshNode node;
        if (row > 0 && !isLocalRow(row - 1)) {
            node = nodes()[std::size_t(row - 1)];
            node.host.clear();
        }
        setRow(row, node);
    }
    emit nodesEdited();
    m_table->setFocus();
    m_table->setCurrentCell(row, HostColumn);
    m_table->editItem(m_table->item(row, HostColumn));
    updateButtons();
}

void NodeListEditor::addThisMachine()
{
    const int row = m_table->rowCount();
    {
        const QSignalBlocker blocker(m_table);
        m_table->insertRow(row);
        SshNode node;
        node.local = true;
        setRow(row, node);
    }
    emit nodesEdited();
    m_table->setFocus();
    m_table->setCurrentCell(row, SudoColumn);
    updateButtons();
}

bool NodeListEditor::hasLocalRow() const
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (isLocalRow(row)) {
            return true;
        }
    }
    return false;
}

void NodeListEditor::removeSelectedNodes()
{
    QList<int> rows;
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    for (const QTableWidgetItem *item : selected) {
        if (!rows.contains(item->row())) {
            rows.append(item->row());
        }
    }
    if (rows.isEmpty() && m_table->currentRow() >= 0) {
        rows.append(m_table->currentRow());
    }
    if (rows.isEmpty()) {
        return;
    }
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    {
        const QSignalBlocker blocker(m_table);
        for (const int row : rows) {
            m_table->removeRow(row);
        }
    }
    emit nodesEdited();
    updateButtons();
}

void NodeListEditor::chooseIdentityFile()
{
    const int row = m_table->currentRow();
    if (row < 0 || isLocalRow(row)) {
        return;
    }
    auto *dialog = new QFileDialog(this, tr("Choose the ssh identity file", "@title:window"));
    dialog->setObjectName(QStringLiteral("identityFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    // The private keys live in ~/.ssh, a hidden directory.
    dialog->setFilter(dialog->filter() | QDir::Hidden);
    dialog->setDirectory(QDir::home().filePath(QStringLiteral(".ssh")));
    // open(), not exec(): window-modal without a nested event loop.
    connect(dialog, &QFileDialog::fileSelected, this, [this, row](const QString &file) {
        if (QTableWidgetItem *item = m_table->item(row, IdentityColumn)) {
            item->setText(file); // itemChanged -> nodesEdited
        }
    });
    dialog->open();
}

void NodeListEditor::updateButtons()
{
    const bool hasRow = m_table->currentRow() >= 0 || !m_table->selectedItems().isEmpty();
    m_removeButton->setEnabled(hasRow && m_table->rowCount() > 0);
    m_identityButton->setEnabled(m_table->currentRow() >= 0 && !isLocalRow(m_table->currentRow()));
    // The jump host is one node at most.
    m_localButton->setEnabled(!hasLocalRow());
}

bool NodeListEditor::eventFilter(QObject *watched, QEvent *event)
{
    // While a cell is edited, the keys go to its editor, not to the table.
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Delete && key->modifiers() == Qt::NoModifier) {
            removeSelectedNodes();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QString NodeListEditor::localHostText()
{
    return tr("This machine (no ssh)", "@item node list");
}

void NodeListEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void NodeListEditor::retranslateUi()
{
    m_table->setHorizontalHeaderLabels({tr("Host", "@title:column"), tr("User", "@title:column"),
        tr("Port", "@title:column"), tr("Identity file", "@title:column"),
        tr("sudo", "@title:column"), tr("ssh test", "@title:column")});
    m_table->horizontalHeaderItem(SudoColumn)
        ->setToolTip(tr("Run ctr or docker on the node through sudo -n, for a user who may not "
                        "run them directly. sudo must not ask for a password there."));
    m_table->setAccessibleDescription(
        tr("One row per node: host, ssh user, port, identity file and whether to use sudo. F2 "
           "edits a cell, Space toggles sudo, Delete removes the selected nodes."));
    {
        const QSignalBlocker blocker(m_table);
        for (int row = 0; row < m_table->rowCount(); ++row) {
            if (isLocalRow(row)) {
                m_table->item(row, HostColumn)->setText(localHostText());
            }
        }
    }
    m_addButton->setText(tr("&Add node", "@action"));
    m_addButton->setAccessibleDescription(tr("Adds a row and starts editing its host"));
    m_removeButton->setText(tr("Re&move node", "@action"));
    m_removeButton->setAccessibleDescription(tr("Removes the selected nodes"));
    m_identityButton->setText(tr("Choose identity fil&e…", "@action"));
    m_identityButton->setAccessibleDescription(
        tr("Chooses the private key ssh uses for the selected node"));
    m_localButton->setText(tr("Add this machine", "@action"));
    m_localButton->setAccessibleDescription(
        tr("Adds this machine as a node: its images are imported here, without ssh"));
    setSshResults(m_results);
}

} // namespace DceUpgrade::Wizard
