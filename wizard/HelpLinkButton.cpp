#include "HelpLinkButton.h"

#include <QEvent>

namespace DceUpgrade::Wizard {

HelpLinkButton::HelpLinkButton(QWidget *parent)
    : QPushButton(parent)
{
    setObjectName(QStringLiteral("errorHelpButton"));
    setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    connect(this, &QPushButton::clicked, this, [this] {
        if (!m_topic.isEmpty()) {
            emit helpRequested(m_topic);
        }
    });
    hide();
    retranslateUi();
}

HelpLinkButton::~HelpLinkButton() = default;

void HelpLinkButton::setTopic(const HelpTopic &topic)
{
    m_topic = topic;
    setVisible(!topic.isEmpty());
}

void HelpLinkButton::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QPushButton::changeEvent(event);
}

void HelpLinkButton::retranslateUi()
{
    // No mnemonic: the letters belong to the page's fields; Tab reaches the button.
    setText(tr("Help on this error", "@action"));
    setToolTip(tr("Opens the help that explains this error and what to do", "@info:tooltip"));
}

} // namespace DceUpgrade::Wizard
