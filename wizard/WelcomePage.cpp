#include "WelcomePage.h"

#include "PackageModule.h"
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
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <algorithm>
#include <optional>

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
    , m_module(new QComboBox(this))
    , m_recognisedOnly(wrappedLabel(this))
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
    m_module->setObjectName(QStringLiteral("moduleChoice"));
    m_recognisedOnly->setObjectName(QStringLiteral("recognisedOnlyModules"));
    m_recognisedOnly->setForegroundRole(QPalette::PlaceholderText);
    m_module->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_moduleLabel->setBuddy(m_module);
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
    facts->addRow(nullptr, m_recognisedOnly);
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
    connect(m_module, &QComboBox::activated, this, &WelcomePage::chooseModule);
    connect(m_session, &WizardSession::profileChanged, this, &WelcomePage::retranslateUi);
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

void WelcomePage::fillModuleChoice()
{
    const QSignalBlocker blocker(m_module);
    m_module->clear();
    // Once a package named the module, the first item says which: still the way back to it.
    if (m_session->moduleOrigin() == WizardSession::ModuleOrigin::Recognised) {
        //: %1: the module's name and id, such as 容器管理 (kpanda)
        m_module->addItem(
            tr("Recognised from the package: %1").arg(PackageModule::nameOf(m_session->profile())),
            QString());
    } else {
        m_module->addItem(tr("Recognise it from the package"), QString());
    }
    for (const ModuleProfile &profile : ModuleProfile::allBuiltIn()) {
        if (profile.supported) {
            m_module->addItem(PackageModule::nameOf(profile), profile.id);
        }
    }
    showModule();
}

void WelcomePage::showModule()
{
    // The package's module is shown as what it is, recognised: choosing it would change nothing.
    const bool chosen = m_session->moduleOrigin() == WizardSession::ModuleOrigin::Chosen;
    const int index = chosen ? m_module->findData(m_session->profile().id) : 0;
    const QSignalBlocker blocker(m_module);
    m_module->setCurrentIndex(std::max(index, 0));
}

void WelcomePage::chooseModule(int index)
{
    const QString id = m_module->itemData(index).toString();
    if (!id.isEmpty()) {
        for (const ModuleProfile &profile : ModuleProfile::allBuiltIn()) {
            if (profile.id == id) {
                m_session->setProfile(profile, WizardSession::ModuleOrigin::Chosen);
            }
        }
        return;
    }
    // Back to recognising: the package read, if any, names the module again.
    const auto &package = m_session->package();
    const std::optional<PackageModule> module
        = package ? std::optional(PackageModule::of(*package)) : std::nullopt;
    if (module && module->kind() == PackageModule::Kind::Supported) {
        m_session->setProfile(*module->profile(), WizardSession::ModuleOrigin::Recognised);
    } else {
        m_session->setProfile(m_session->profile(), WizardSession::ModuleOrigin::Assumed);
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
    if (m_session->isModuleKnown()) {
        //: %1: the module's name, such as 微服务引擎 (Microservice Engine)
        setTitle(tr("Upgrade %1 offline", "@title").arg(module));
        //: %1: the module's name, such as 微服务引擎 (Microservice Engine)
        setSubTitle(tr("This wizard upgrades %1 on a DCE 5.0 cluster from the offline package you "
                       "downloaded, without copying commands by hand.")
                        .arg(module));
    } else {
        setTitle(tr("Upgrade a DCE 5.0 module offline", "@title"));
        setSubTitle(tr("This wizard upgrades a DCE 5.0 module on a cluster from the offline "
                       "package you downloaded, without copying commands by hand. It recognises "
                       "the module from the package."));
    }

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
        m_session->isModuleKnown()
            ? tr("Upgrade the Helm releases (%1).")
                  .arg(releases.join(tr(", ", "separator between release names")))
            : tr("Upgrade the module's Helm releases."),
        tr("Verify that the upgraded releases are running."),
        tr("Write a report of everything that was done."),
        tr("Roll back to the backed-up revision if anything went wrong."),
    };
    for (int i = 0; i < StepCount; ++i) {
        m_steps[i]->setText(tr("%1. %2", "step number, step").arg(i + 1).arg(steps[i]));
    }
    m_note->setText(tr("Nothing changes in the registry or on the cluster until you have "
                       "reviewed and confirmed the plan."));

    fillModuleChoice();
    labelField(m_moduleLabel, m_module, tr("&Module:"),
        tr("The module to upgrade, by its name in DCE. Without a choice it is recognised from "
           "the charts of the package you choose next; a choice also filters the file "
           "dialog."));
    //: %1: modules by name and id, such as 可观测性 (insight), 应用工作台 (amamba)
    m_recognisedOnly->setText(
        tr("Recognised, but not upgraded by this version yet (follow "
           "their documented procedure): %1.")
            .arg(PackageModule::recognisedOnlyNames().join(tr(", ", "list separator"))));
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
