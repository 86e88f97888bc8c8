#include "WelcomePage.h"

#include "Version.h"
#include "WizardSession.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace DceUpgrade::Wizard {

namespace {

QLabel *makeWrappedLabel(QWidget *parent, Qt::TextFormat format = Qt::PlainText)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(format);
    return label;
}

} // namespace

WelcomePage::WelcomePage(WizardSession *session, QWidget *parent)
    : WizardPage(session, PageId::Welcome, parent)
    , m_session(session)
    , m_intro(makeWrappedLabel(this))
    , m_steps(makeWrappedLabel(this, Qt::RichText))
    , m_note(makeWrappedLabel(this))
    , m_moduleLabel(new QLabel(this))
    , m_module(new QLabel(this))
    , m_versionLabel(new QLabel(this))
    , m_version(new QLabel(QString::fromLatin1(Version), this))
    , m_languageLabel(new QLabel(this))
    , m_language(new QComboBox(this))
{
    setObjectName(QStringLiteral("welcomePage"));
    m_module->setObjectName(QStringLiteral("moduleName"));
    m_language->setObjectName(QStringLiteral("languageSwitch"));

    // Each language is named in itself, so it can be found whatever is shown now.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral(u"中文（简体）"), QStringLiteral("zh_CN"));
    m_language->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_languageLabel->setBuddy(m_language);
    selectLanguage(m_session->language());

    auto *facts = new QFormLayout;
    facts->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    facts->addRow(m_moduleLabel, m_module);
    facts->addRow(m_versionLabel, m_version);
    facts->addRow(m_languageLabel, m_language);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_steps);
    layout->addWidget(m_note);
    layout->addSpacing(12);
    layout->addLayout(facts);
    layout->addStretch(1);

    connect(m_language, &QComboBox::currentIndexChanged, this,
        [this](int index) { m_session->setLanguage(m_language->itemData(index).toString()); });
    connect(m_session, &WizardSession::languageChanged, this, &WelcomePage::selectLanguage);

    retranslateUi();
}

WelcomePage::~WelcomePage() = default;

void WelcomePage::selectLanguage(const QString &language)
{
    const int index = m_language->findData(language);
    if (index >= 0 && index != m_language->currentIndex()) {
        const QSignalBlocker blocker(m_language);
        m_language->setCurrentIndex(index);
    }
}

void WelcomePage::retranslateUi()
{
    const ModuleProfile &profile = m_session->profile();
    const QString module = profile.displayName();
    setTitle(tr("Upgrade %1 offline", "@title").arg(module));
    setSubTitle(tr("This wizard upgrades %1 on a DCE 5.0 cluster from the offline package you "
                   "downloaded, without copying commands by hand.")
                    .arg(module));

    m_intro->setText(tr("It takes you through the offline upgrade procedure:"));
    const QStringList steps {
        tr("Read the offline package and show its charts and images, without unpacking it."),
        tr("Check your registry (Harbor) and push the images to it."),
        tr("Back up the values of the Helm release, then upgrade it."),
        tr("Verify the result and keep a report, with a way back if needed."),
    };
    QString list = QStringLiteral("<ol style=\"margin-left: 0px; -qt-list-indent: 1;\">");
    for (const QString &step : steps) {
        list += QStringLiteral("<li>") + step.toHtmlEscaped() + QStringLiteral("</li>");
    }
    m_steps->setText(list + QStringLiteral("</ol>"));
    m_note->setText(tr("Nothing changes in the registry or on the cluster until you have "
                       "reviewed and confirmed the plan."));

    m_moduleLabel->setText(tr("Module:"));
    m_module->setText(tr("%1 (%2)", "module name (module id)").arg(module, profile.id));
    m_versionLabel->setText(tr("Version:"));
    m_languageLabel->setText(tr("&Language:"));
    m_language->setToolTip(tr("The language of the whole program; it changes at once."));
}

} // namespace DceUpgrade::Wizard
