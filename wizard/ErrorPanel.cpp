#include "ErrorPanel.h"

#include "HelpLinkButton.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

namespace DceUpgrade::Wizard {

namespace {

QLabel *makeTextLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

// The panel reaches assistive technology as an alert (AT-SPI "alert"), not as a plain frame, so
// a screen reader knows what the text in it is.
QAccessibleInterface *errorPanelAccessible(const QString &className, QObject *object)
{
    if (className == QLatin1String(ErrorPanel::staticMetaObject.className())) {
        if (auto *panel = qobject_cast<ErrorPanel *>(object)) {
            return new QAccessibleWidget(panel, QAccessible::AlertMessage);
        }
    }
    return nullptr;
}

} // namespace

ErrorPanel::ErrorPanel(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_message(makeTextLabel(this, QStringLiteral("errorMessage")))
    , m_hint(makeTextLabel(this, QStringLiteral("errorHint")))
    , m_help(new HelpLinkButton(this))
{
    static const bool factoryInstalled = [] {
        QAccessible::installFactory(&errorPanelAccessible);
        return true;
    }();
    Q_UNUSED(factoryInstalled)
    setObjectName(QStringLiteral("errorPanel"));
    m_icon->setObjectName(QStringLiteral("errorIcon"));
    // Fixed, not Maximum: in a page's scroll area a Maximum panel was squeezed below its text
    // (the hint and the help button cut off); it takes the height its width needs.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    // A translucent red reads as an error on light and dark palettes alike.
    setStyleSheet(QStringLiteral("QFrame#errorPanel { background-color: rgba(220, 53, 69, 28);"
                                 " border: 1px solid rgba(220, 53, 69, 150);"
                                 " border-radius: 4px; }"));

    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    m_icon->setPixmap(style()
                          ->standardIcon(QStyle::SP_MessageBoxCritical, nullptr, this)
                          .pixmap(iconSize, iconSize));
    m_icon->setAlignment(Qt::AlignTop);

    QFont bold = m_message->font();
    bold.setBold(true);
    m_message->setFont(bold);

    auto *texts = new QVBoxLayout;
    texts->addWidget(m_message);
    texts->addWidget(m_hint);
    texts->addWidget(m_help, 0, Qt::AlignLeft);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_icon);
    layout->addLayout(texts, 1);

    hide();
    retranslateUi();
}

ErrorPanel::~ErrorPanel() = default;

void ErrorPanel::showError(const QString &message, const QString &hint, const HelpTopic &helpTopic)
{
    m_messageText = message;
    m_hintText = hint;
    m_help->setTopic(helpTopic);
    retranslateUi();
    show();
    announce();
}

void ErrorPanel::announce()
{
    if (!isVisible()) {
        return; // on a page that is not shown: nothing to say yet
    }
    // Windows and macOS present the alert event; Qt's AT-SPI bridge drops it, so the focus also
    // moves to the message, which Orca then reads with the hint as its description.
    QAccessibleEvent alert(this, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
    m_message->setFocus(Qt::OtherFocusReason);
}

void ErrorPanel::clear()
{
    m_messageText.clear();
    m_hintText.clear();
    m_help->setTopic({});
    retranslateUi();
    hide();
}

void ErrorPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QFrame::changeEvent(event);
}

void ErrorPanel::retranslateUi()
{
    m_message->setText(m_messageText);
    m_hint->setText(m_hintText.isEmpty() ? QString() : tr("What to do: %1").arg(m_hintText));
    m_hint->setVisible(!m_hintText.isEmpty());
    m_message->setAccessibleDescription(m_hint->text());
    setAccessibleName(tr("Error", "@title"));
    m_icon->setAccessibleName(tr("Error", "@info the error icon"));
}

} // namespace DceUpgrade::Wizard
