#pragma once

#include "HelpTopic.h"

#include <QDialog>

class QDialogButtonBox;
class QEvent;
class QTextBrowser;

namespace DceUpgrade::Wizard {

// The wizard's help: one page's text (HelpTopic) in a small window of its own, beside the
// wizard and never modal, so the engineer can read it while filling in the page. Shows the
// text in the language the program speaks, and again in the new one after a language switch.
// The texts are compiled in: showing one reads a small resource, nothing that could block.
// Esc and Close hide it; links inside the texts lead to other pages' help.
class HelpWindow final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HelpWindow)

public:
    explicit HelpWindow(QWidget *parent = nullptr);
    ~HelpWindow() override;

    // Shows the topic's page, scrolled to its anchor; the window itself is not shown or raised
    // (the caller does, when it wants to).
    void showTopic(const HelpTopic &topic);
    const HelpTopic &topic() const { return m_topic; }
    QTextBrowser *browser() const { return m_browser; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void load();

    QTextBrowser *m_browser = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    HelpTopic m_topic;
};

} // namespace DceUpgrade::Wizard
