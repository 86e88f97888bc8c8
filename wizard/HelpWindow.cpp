#include "HelpWindow.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFontMetrics>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace DceUpgrade::Wizard {

HelpWindow::HelpWindow(QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("helpWindow"));
    setModal(false);
    m_browser->setObjectName(QStringLiteral("helpText"));
    m_browser->setOpenExternalLinks(false);
    m_browser->setOpenLinks(true);
    // The text is what a keyboard user came for: Tab from it reaches Close.
    m_browser->setTextInteractionFlags(Qt::TextBrowserInteraction | Qt::TextSelectableByKeyboard);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // A link to another page's help: remember it as the topic shown, so that a language
    // switch shows that page again, not the one the window was opened for.
    connect(m_browser, &QTextBrowser::sourceChanged, this, [this](const QUrl &source) {
        const QString name = source.fileName().section(QLatin1Char('.'), 0, 0);
        if (HelpTopic::pageId(name)) {
            m_topic = {name, source.fragment()};
        }
        setWindowTitle(tr("Help: %1", "@title:window page title").arg(m_browser->documentTitle()));
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(m_buttons);

    // Sized in text lines and characters, so it stays readable at any scale or font size.
    const QFontMetrics metrics(font());
    resize(metrics.averageCharWidth() * 88, metrics.lineSpacing() * 34);
    retranslateUi();
}

HelpWindow::~HelpWindow() = default;

void HelpWindow::showTopic(const HelpTopic &topic)
{
    m_topic = topic;
    load();
}

void HelpWindow::load()
{
    const QUrl url = m_topic.url(HelpTopic::currentLanguage());
    if (url.isEmpty()) {
        m_browser->clear();
        return;
    }
    // setSource() of the same file only scrolls; another language is another file.
    m_browser->setSource(url);
    if (!m_topic.anchor.isEmpty()) {
        m_browser->scrollToAnchor(m_topic.anchor);
    }
}

void HelpWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        if (!m_topic.isEmpty()) {
            load();
        }
    }
    QDialog::changeEvent(event);
}

void HelpWindow::retranslateUi()
{
    setAccessibleName(tr("Help", "@title:window"));
    m_browser->setAccessibleName(tr("Help text", "@label"));
    m_browser->setAccessibleDescription(
        tr("The help of the wizard's current page. Tab moves to its links; Esc closes the "
           "window."));
    m_buttons->button(QDialogButtonBox::Close)->setText(tr("&Close", "@action"));
    setWindowTitle(m_browser->documentTitle().isEmpty()
            ? tr("Help", "@title:window")
            : tr("Help: %1", "@title:window page title").arg(m_browser->documentTitle()));
}

} // namespace DceUpgrade::Wizard
