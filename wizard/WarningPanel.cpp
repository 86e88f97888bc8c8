#include "WarningPanel.h"

#include <QAccessible>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

namespace DceUpgrade::Wizard {

WarningPanel::WarningPanel(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(this))
    , m_list(new QLabel(this))
    , m_decisions(new QVBoxLayout)
{
    setObjectName(QStringLiteral("warningPanel"));
    m_title->setObjectName(QStringLiteral("warningTitle"));
    m_list->setObjectName(QStringLiteral("warningList"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    // Amber like the ErrorPanel's red: translucent, so it reads on light and dark palettes.
    setStyleSheet(QStringLiteral("QFrame#warningPanel { background-color: rgba(255, 193, 7, 40);"
                                 " border: 1px solid rgba(204, 140, 0, 170);"
                                 " border-radius: 4px; }"));
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this) * 2;
    m_icon->setPixmap(style()
                          ->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this)
                          .pixmap(iconSize, iconSize));
    m_icon->setAlignment(Qt::AlignTop);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_list->setWordWrap(true);
    m_list->setTextFormat(Qt::PlainText);
    m_list->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto *texts = new QVBoxLayout;
    texts->addWidget(m_title);
    texts->addWidget(m_list);
    texts->addLayout(m_decisions);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addLayout(texts, 1);
    hide();
    retranslateUi();
}

WarningPanel::~WarningPanel() = default;

void WarningPanel::setWarnings(const QStringList &warnings)
{
    const bool changed = warnings != m_warnings;
    m_warnings = warnings;
    QStringList paragraphs;
    for (const QString &warning : warnings) {
        paragraphs.append(QStringLiteral("• ") + warning);
    }
    m_list->setText(paragraphs.join(QLatin1Char('\n')));
    m_list->setAccessibleName(m_list->text());
    bool decision = false;
    for (int i = 0; i < m_decisions->count(); ++i) {
        QWidget *widget = m_decisions->itemAt(i)->widget();
        decision = decision || (widget && !widget->isHidden());
    }
    setVisible(!warnings.isEmpty() || decision);
    if (changed && !warnings.isEmpty()) {
        QAccessibleEvent alert(m_list, QAccessible::Alert);
        QAccessible::updateAccessibility(&alert);
    }
}

void WarningPanel::addDecision(QWidget *widget)
{
    m_decisions->addWidget(widget);
}

void WarningPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QFrame::changeEvent(event);
}

void WarningPanel::retranslateUi()
{
    m_title->setText(tr("Read before you start", "@title"));
    setAccessibleName(m_title->text());
    m_icon->setAccessibleName(tr("Warning", "@info icon"));
}

} // namespace DceUpgrade::Wizard
