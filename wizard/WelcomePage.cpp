#include "WelcomePage.h"

#include "StatusTone.h"
#include "ToolTable.h"
#include "Version.h"
#include "WizardSession.h"

#include <QComboBox>
#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QShowEvent>
#include <QVBoxLayout>

namespace DceUpgrade::Wizard {

namespace {

constexpr int StepCount = 8;

QLabel *selectableLabel(QWidget *parent, const QString &objectName)
{
    QLabel *label = WizardPage::wrappedLabel(parent);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

// Created with the other labels, in reading order: assistive technology follows the order in
// which widgets were created, not where the layout puts them.
QList<QLabel *> stepLabels(QWidget *parent)
{
    QList<QLabel *> steps;
    for (int i = 0; i < StepCount; ++i) {
        QLabel *step = WizardPage::wrappedLabel(parent);
        step->setObjectName(QStringLiteral("procedureStep%1").arg(i + 1));
        steps.append(step);
    }
    return steps;
}

} // namespace

WelcomePage::WelcomePage(WizardSession *session, QWidget *parent)
    : WizardPage(session, PageId::Welcome, parent)
    , m_session(session)
    , m_demoBanner(new QFrame(this))
    , m_demoTitle(new QLabel(m_demoBanner))
    , m_demoNote(selectableLabel(m_demoBanner, QStringLiteral("demoNote")))
    , m_intro(wrappedLabel(this))
    , m_steps(stepLabels(this))
    , m_note(wrappedLabel(this))
    , m_moduleLabel(new QLabel(this))
    , m_module(new QLabel(this))
    , m_versionLabel(new QLabel(this))
    , m_version(new QLabel(QString::fromLatin1(Version), this))
    , m_languageLabel(new QLabel(this))
    , m_language(new QComboBox(this))
    , m_toolsLabel(new QLabel(this))
    , m_helmWarning(selectableLabel(this, QStringLiteral("helmMissingWarning")))
    , m_tools(new ToolTable(&session->tools(), this))
    , m_toolsNote(wrappedLabel(this))
{
    setObjectName(QStringLiteral("welcomePage"));
    m_module->setObjectName(QStringLiteral("moduleName"));
    m_language->setObjectName(QStringLiteral("languageSwitch"));
    m_demoBanner->setObjectName(QStringLiteral("demoBanner"));
    m_intro->setObjectName(QStringLiteral("procedureIntro"));

    // A calm blue: it informs, unlike the red of an error.
    m_demoBanner->setStyleSheet(QStringLiteral("QFrame#demoBanner { background-color: rgba(13, "
                                               "110, 253, 24); border: 1px solid rgba(13, 110, "
                                               "253, 140); border-radius: 4px; }"));
    QFont bold = m_demoTitle->font();
    bold.setBold(true);
    m_demoTitle->setFont(bold);
    m_demoNote->setText(m_session->demoNote());
    auto *demoLayout = new QVBoxLayout(m_demoBanner);
    demoLayout->addWidget(m_demoTitle);
    demoLayout->addWidget(m_demoNote);
    m_demoBanner->setVisible(m_session->isDemo());

    // Each language is named in itself, so it can be found whatever is shown now.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral(u"中文（简体）"), QStringLiteral("zh_CN"));
    m_language->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_languageLabel->setBuddy(m_language);
    selectLanguage(m_session->language());

    // The procedure in two columns of four: 1-4 on the left, 5-8 on the right.
    auto *steps = new QGridLayout;
    steps->setHorizontalSpacing(24);
    steps->setVerticalSpacing(2);
    for (int i = 0; i < StepCount; ++i) {
        steps->addWidget(m_steps[i], i % (StepCount / 2), i / (StepCount / 2), Qt::AlignTop);
    }
    steps->setColumnStretch(0, 1);
    steps->setColumnStretch(1, 1);

    auto *facts = new QFormLayout;
    facts->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    facts->addRow(m_moduleLabel, m_module);
    facts->addRow(m_versionLabel, m_version);
    facts->addRow(m_languageLabel, m_language);

    m_toolsLabel->setBuddy(m_tools);
    m_helmWarning->hide();
    applyStatusTone(m_helmWarning, StatusTone::Bad);
    m_tools->setMinimumHeight(150);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_demoBanner);
    layout->addWidget(m_intro);
    layout->addLayout(steps);
    layout->addWidget(m_note);
    layout->addSpacing(6);
    layout->addLayout(facts);
    layout->addSpacing(6);
    layout->addWidget(m_toolsLabel);
    layout->addWidget(m_helmWarning);
    layout->addWidget(m_tools, 1);
    layout->addWidget(m_toolsNote);

    connect(m_language, &QComboBox::currentIndexChanged, this,
        [this](int index) { m_session->setLanguage(m_language->itemData(index).toString()); });
    connect(m_session, &WizardSession::languageChanged, this, &WelcomePage::selectLanguage);
    connect(&m_session->tools(), &ToolInventory::changed, this, &WelcomePage::showHelmWarning);

    retranslateUi();
}

WelcomePage::~WelcomePage() = default;

void WelcomePage::showEvent(QShowEvent *event)
{
    WizardPage::showEvent(event);
    // Once: the answers stay valid for the session, and asking six programs each time the
    // page comes back would only flicker.
    if (!m_toolsProbed) {
        m_toolsProbed = true;
        m_session->tools().probe();
    }
}

void WelcomePage::selectLanguage(const QString &language)
{
    const int index = m_language->findData(language);
    if (index >= 0 && index != m_language->currentIndex()) {
        const QSignalBlocker blocker(m_language);
        m_language->setCurrentIndex(index);
    }
}

void WelcomePage::showHelmWarning()
{
    const ToolInventory::Found &helm = m_session->tools().found(ToolInventory::Tool::Helm);
    const bool missing = helm.probed && !helm.found;
    if (missing) {
        // How to get it is in the table just below: said once.
        const QString text
            = tr("helm was not found, so the upgrade cannot run on this machine. You can still "
                 "go through the pages and see what would be done, but install helm (see below) "
                 "before you start the upgrade.");
        m_helmWarning->setText(statusSymbol(StatusTone::Warning) + text);
        m_helmWarning->setAccessibleName(tr("Warning", "@title"));
        m_helmWarning->setAccessibleDescription(text);
    }
    m_helmWarning->setVisible(missing);
}

void WelcomePage::retranslateUi()
{
    const ModuleProfile &profile = m_session->profile();
    const QString module = profile.displayName();
    //: %1: the module's name, such as 微服务引擎 (Microservice Engine)
    setTitle(tr("Upgrade %1 offline", "@title").arg(module));
    //: %1: the module's name, such as 微服务引擎 (Microservice Engine)
    setSubTitle(tr("This wizard upgrades %1 on a DCE 5.0 cluster from the offline package you "
                   "downloaded, without copying commands by hand.")
                    .arg(module));

    m_demoTitle->setText(tr("Demo: a local registry and a stand-in cluster, started for this "
                            "window and removed when it closes.",
        "@title"));
    m_demoBanner->setAccessibleName(tr("Demo", "@title"));
    m_demoNote->setAccessibleName(tr("Demo notes"));

    QStringList releases;
    for (const ReleaseProfile &release : profile.releases) {
        releases.append(release.release);
    }
    m_intro->setText(tr("It takes you through the offline upgrade procedure:"));
    const QString steps[StepCount] = {
        tr("Check the package: its checksum, and every layer if you wish."),
        tr("Check the registry: address, login, project and write access."),
        tr("Sync the images and the chart to the registry."),
        tr("Back up the values of each Helm release."),
        tr("Upgrade the Helm releases (%1).")
            .arg(releases.join(tr(", ", "separator between release names"))),
        tr("Verify that the upgraded releases are running."),
        tr("Write a report of everything that was done."),
        tr("Roll back to the backed-up revision if anything went wrong."),
    };
    for (int i = 0; i < StepCount; ++i) {
        m_steps[i]->setText(tr("%1. %2", "step number, step").arg(i + 1).arg(steps[i]));
    }
    m_note->setText(tr("Nothing changes in the registry or on the cluster until you have "
                       "reviewed and confirmed the plan."));

    m_moduleLabel->setText(tr("Module:"));
    m_module->setText(tr("%1 (%2)", "module name (module id)").arg(module, profile.id));
    m_module->setAccessibleName(plainLabel(m_moduleLabel->text()));
    m_module->setAccessibleDescription(m_module->text());
    m_versionLabel->setText(tr("Version:"));
    m_version->setAccessibleName(plainLabel(m_versionLabel->text()));
    m_version->setAccessibleDescription(m_version->text());
    labelField(m_languageLabel, m_language, tr("&Language:"),
        tr("The language of the whole program; it changes at once."));

    m_toolsLabel->setText(tr("&Tools on this machine:"));
    m_toolsNote->setText(tr("The built-in sync (recommended) pushes the images itself: apart "
                            "from helm it needs none of these tools."));
    showHelmWarning();
}

} // namespace DceUpgrade::Wizard
