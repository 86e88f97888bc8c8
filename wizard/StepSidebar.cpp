#include "StepSidebar.h"

#include "PageId.h"

#include <QEvent>
#include <QStyle>

namespace DceUpgrade::Wizard {

StepSidebar::StepSidebar(QWidget *parent)
    : QListWidget(parent)
{
    setObjectName(QStringLiteral("stepSidebar"));
    // It shows where the user is; the wizard's buttons move. Keyboard focus would only be a
    // stop on the way to them.
    setFocusPolicy(Qt::NoFocus);
    setSelectionMode(QAbstractItemView::NoSelection);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSpacing(3);
    setIconSize(QSize(16, 16));
    viewport()->setAutoFillBackground(false);
    for (int i = 0; i < PageCount; ++i) {
        addItem(new QListWidgetItem);
    }
    retranslateUi();
}

StepSidebar::~StepSidebar() = default;

void StepSidebar::setCurrent(int current)
{
    m_current = current;
    refresh();
}

void StepSidebar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QListWidget::changeEvent(event);
}

void StepSidebar::retranslateUi()
{
    setAccessibleName(tr("Steps of the upgrade"));
    refresh();
}

void StepSidebar::refresh()
{
    const QString names[PageCount] = {
        tr("Welcome", "@item step"),
        tr("Offline package", "@item step"),
        tr("Registry", "@item step"),
        tr("Image sync", "@item step"),
        tr("Upgrade", "@item step"),
        tr("Review", "@item step"),
        tr("Run", "@item step"),
        tr("Finish", "@item step"),
    };
    const QIcon done = style()->standardIcon(QStyle::SP_DialogApplyButton, nullptr, this);
    const QIcon here = style()->standardIcon(QStyle::SP_ArrowRight, nullptr, this);
    int widest = 0;
    for (int i = 0; i < PageCount; ++i) {
        QListWidgetItem *row = item(i);
        QFont font = this->font();
        font.setBold(i == m_current);
        row->setFont(font);
        const QString name = tr("%1. %2", "@item step number and name").arg(i + 1).arg(names[i]);
        row->setText(name);
        if (i < m_current) {
            row->setIcon(done);
            row->setData(Qt::AccessibleTextRole, tr("%1: done").arg(names[i]));
            row->setForeground(palette().brush(QPalette::Text));
        } else if (i == m_current) {
            row->setIcon(here);
            row->setData(Qt::AccessibleTextRole, tr("%1: current step").arg(names[i]));
            row->setForeground(palette().brush(QPalette::Text));
        } else {
            row->setIcon(QIcon());
            row->setData(Qt::AccessibleTextRole, tr("%1: to do").arg(names[i]));
            row->setForeground(palette().brush(QPalette::PlaceholderText));
        }
        widest = std::max(widest, QFontMetrics(font).horizontalAdvance(name));
    }
    setFixedWidth(widest + iconSize().width() + 40);
}

} // namespace DceUpgrade::Wizard
