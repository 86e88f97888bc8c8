#pragma once

#include "HelpTopic.h"

#include <QPushButton>

class QEvent;

namespace DceUpgrade::Wizard {

// "Help on this error": a button below an error that asks for the help topic explaining
// it (helpRequested); UpgradeWizard opens its help window there. Hidden while it has no topic.
// A button rather than a rich-text link: Tab reaches it and a screen reader names it.
class HelpLinkButton final : public QPushButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HelpLinkButton)

public:
    explicit HelpLinkButton(QWidget *parent = nullptr);
    ~HelpLinkButton() override;

    // Empty hides the button.
    void setTopic(const HelpTopic &topic);
    const HelpTopic &topic() const { return m_topic; }

signals:
    void helpRequested(const DceUpgrade::Wizard::HelpTopic &topic);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    HelpTopic m_topic;
};

} // namespace DceUpgrade::Wizard
