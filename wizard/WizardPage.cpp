#include "WizardPage.h"

#include "WizardSession.h"

#include <QEvent>
#include <QLabel>
#include <QRegularExpression>

namespace DceUpgrade::Wizard {

WizardPage::WizardPage(WizardSession *session, PageId id, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_id(id)
{ }

WizardPage::~WizardPage() = default;

QLabel *WizardPage::wrappedLabel(QWidget *parent, Qt::TextFormat format)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(format);
    return label;
}

QString WizardPage::plainLabel(const QString &text)
{
    QString plain = text;
    plain.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    plain.replace(QStringLiteral("&&"), QStringLiteral("&"));
    while (plain.endsWith(QLatin1Char(':')) || plain.endsWith(QChar(0xFF1A))) {
        plain.chop(1);
    }
    return plain.trimmed();
}

void WizardPage::labelField(
    QLabel *label, QWidget *field, const QString &text, const QString &description)
{
    label->setText(text);
    label->setBuddy(field);
    field->setAccessibleName(plainLabel(text));
    if (!description.isEmpty()) {
        field->setAccessibleDescription(description);
        field->setToolTip(description);
    }
}

void WizardPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWizardPage::changeEvent(event);
}

std::vector<PlanProblem> WizardPage::problems(const QStringList &prefixes) const
{
    return m_session->problems(prefixes);
}

} // namespace DceUpgrade::Wizard
