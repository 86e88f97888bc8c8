#include "RegistryPage.h"

#include "ChartRepoUrl.h"
#include "ErrorHelp.h"
#include "ErrorPanel.h"
#include "FieldProblems.h"
#include "PasswordKeyring.h"
#include "RegistryCheck.h"
#include "WizardSession.h"

#include <QAccessible>
#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>

namespace DceUpgrade::Wizard {

namespace {

// The plan keys this page edits: its validation problems decide whether it is complete.
const QStringList PageKeys {QStringLiteral("registry."), QStringLiteral("sync.chartRepoUrl"),
    QStringLiteral("sync.localChartPath"), QStringLiteral("sync.chartTarget")};

// A field with its problem label under it, as one cell of a form row.
QWidget *withProblem(QWidget *parent, QLayout *field, QLabel *problem)
{
    auto *cell = new QWidget(parent);
    auto *layout = new QVBoxLayout(cell);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(field);
    problem->setParent(cell);
    layout->addWidget(problem);
    return cell;
}

QHBoxLayout *row(std::initializer_list<std::pair<QWidget *, int>> widgets)
{
    auto *layout = new QHBoxLayout;
    layout->setContentsMargins(0, 0, 0, 0);
    for (const auto &[widget, stretch] : widgets) {
        layout->addWidget(widget, stretch);
    }
    return layout;
}

QLabel *noteLabel(QWidget *parent)
{
    QLabel *label = WizardPage::wrappedLabel(parent);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

RegistryPage::RegistryPage(WizardSession *session, QWidget *parent)
    : WizardPage(session, PageId::Registry, parent)
    , m_problems(new FieldProblems(this))
    , m_check(new RegistryCheck(this))
    , m_keyring(new PasswordKeyring(this))
{
    setObjectName(QStringLiteral("registryPage"));

    auto *content = new QWidget;
    m_intro = wrappedLabel(content);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(m_intro);
    contentLayout->addWidget(buildRegistryGroup());
    contentLayout->addWidget(buildAccountGroup());
    contentLayout->addWidget(buildChartGroup());
    contentLayout->addWidget(buildCheckGroup());
    contentLayout->addWidget(
        m_problems->addLabel(content, QStringLiteral("registryOtherProblems"), {}));
    contentLayout->addStretch(1);

    // The page is taller than a small window: it scrolls rather than squeezing the fields.
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("registryScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connectFields();
    retranslateUi();
    showDraft();
}

RegistryPage::~RegistryPage() = default;

QWidget *RegistryPage::buildRegistryGroup()
{
    m_registryGroup = new QGroupBox;
    m_registryGroup->setObjectName(QStringLiteral("registryGroup"));
    m_addressLabel = new QLabel(m_registryGroup);
    m_schemeCombo = new QComboBox(m_registryGroup);
    m_schemeCombo->setObjectName(QStringLiteral("registryScheme"));
    m_schemeCombo->addItem(QStringLiteral("https"), QStringLiteral("https"));
    m_schemeCombo->addItem(QStringLiteral("http"), QStringLiteral("http"));
    m_addressEdit = new QLineEdit(m_registryGroup);
    m_addressEdit->setObjectName(QStringLiteral("registryAddress"));
    m_addressEdit->setClearButtonEnabled(true);

    m_caLabel = new QLabel(m_registryGroup);
    m_caEdit = new QLineEdit(m_registryGroup);
    m_caEdit->setObjectName(QStringLiteral("registryCaFile"));
    m_caEdit->setClearButtonEnabled(true);
    m_caBrowse = new QPushButton(m_registryGroup);
    m_caBrowse->setObjectName(QStringLiteral("caFileBrowse"));
    m_insecureCheck = new QCheckBox(m_registryGroup);
    m_insecureCheck->setObjectName(QStringLiteral("registryInsecure"));
    m_insecureWarning = wrappedLabel(m_registryGroup);
    m_insecureWarning->setObjectName(QStringLiteral("insecureWarning"));
    m_insecureWarning->setStyleSheet(QStringLiteral("QLabel { color: rgb(176, 96, 0); }"));
    m_insecureWarning->hide();

    m_repositoryLabel = new QLabel(m_registryGroup);
    m_repositoryEdit = new QLineEdit(m_registryGroup);
    m_repositoryEdit->setObjectName(QStringLiteral("registryRepository"));
    m_repositoryHelp = noteLabel(m_registryGroup);
    m_repositoryHelp->setObjectName(QStringLiteral("repositoryHelp"));
    m_createProjectCheck = new QCheckBox(m_registryGroup);
    m_createProjectCheck->setObjectName(QStringLiteral("createProject"));

    QLabel *addressProblem
        = m_problems->addLabel(m_registryGroup, QStringLiteral("registryAddressProblem"),
            {QStringLiteral("registry.address"), QStringLiteral("registry.scheme")});
    QLabel *tlsProblem = m_problems->addLabel(m_registryGroup, QStringLiteral("registryTlsProblem"),
        {QStringLiteral("registry.caFile"), QStringLiteral("registry.insecure")});
    QLabel *repositoryProblem
        = m_problems->addLabel(m_registryGroup, QStringLiteral("registryRepositoryProblem"),
            {QStringLiteral("registry.repository"), QStringLiteral("sync.createProject")});

    auto *tls = new QVBoxLayout;
    tls->setContentsMargins(0, 0, 0, 0);
    tls->addLayout(row({{m_caEdit, 1}, {m_caBrowse, 0}}));
    tls->addWidget(m_insecureCheck);
    tls->addWidget(m_insecureWarning);
    auto *repository = new QVBoxLayout;
    repository->setContentsMargins(0, 0, 0, 0);
    repository->addWidget(m_repositoryEdit);
    repository->addWidget(m_repositoryHelp);
    repository->addWidget(m_createProjectCheck);

    auto *form = new QFormLayout(m_registryGroup);
    form->addRow(m_addressLabel,
        withProblem(
            m_registryGroup, row({{m_schemeCombo, 0}, {m_addressEdit, 1}}), addressProblem));
    form->addRow(m_caLabel, withProblem(m_registryGroup, tls, tlsProblem));
    form->addRow(m_repositoryLabel, withProblem(m_registryGroup, repository, repositoryProblem));
    return m_registryGroup;
}

QWidget *RegistryPage::buildAccountGroup()
{
    m_accountGroup = new QGroupBox;
    m_accountGroup->setObjectName(QStringLiteral("accountGroup"));
    m_userLabel = new QLabel(m_accountGroup);
    m_userEdit = new QLineEdit(m_accountGroup);
    m_userEdit->setObjectName(QStringLiteral("registryUser"));
    m_passwordLabel = new QLabel(m_accountGroup);
    m_passwordEdit = new QLineEdit(m_accountGroup);
    m_passwordEdit->setObjectName(QStringLiteral("registryPassword"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_showPassword = new QToolButton(m_accountGroup);
    m_showPassword->setObjectName(QStringLiteral("showPassword"));
    m_showPassword->setCheckable(true);
    m_passwordNote = noteLabel(m_accountGroup);
    m_passwordNote->setObjectName(QStringLiteral("passwordNote"));
    m_rememberPassword = new QCheckBox(m_accountGroup);
    m_rememberPassword->setObjectName(QStringLiteral("rememberPassword"));
    m_keyringStatus = noteLabel(m_accountGroup);
    m_keyringStatus->setObjectName(QStringLiteral("keyringStatus"));
    m_keyringStatus->hide();

    QLabel *userProblem = m_problems->addLabel(m_accountGroup,
        QStringLiteral("registryUserProblem"), {QStringLiteral("registry.username")});
    // Not a plan problem (the plan never holds a password): the page's own.
    m_passwordProblem
        = FieldProblems::makeLabel(m_accountGroup, QStringLiteral("registryPasswordProblem"));

    auto *password = new QVBoxLayout;
    password->setContentsMargins(0, 0, 0, 0);
    password->addLayout(row({{m_passwordEdit, 1}, {m_showPassword, 0}}));
    password->addWidget(m_passwordNote);
    password->addWidget(m_rememberPassword);
    password->addWidget(m_keyringStatus);
    auto *user = new QVBoxLayout;
    user->setContentsMargins(0, 0, 0, 0);
    user->addWidget(m_userEdit);

    auto *form = new QFormLayout(m_accountGroup);
    form->addRow(m_userLabel, withProblem(m_accountGroup, user, userProblem));
    form->addRow(m_passwordLabel, withProblem(m_accountGroup, password, m_passwordProblem));
    return m_accountGroup;
}

QWidget *RegistryPage::buildChartGroup()
{
    m_chartGroup = new QGroupBox;
    m_chartGroup->setObjectName(QStringLiteral("chartGroup"));
    m_chartTargetLabel = new QLabel(m_chartGroup);
    m_chartTargetCombo = new QComboBox(m_chartGroup);
    m_chartTargetCombo->setObjectName(QStringLiteral("chartTarget"));
    for (const ChartTarget target :
        {ChartTarget::Harbor, ChartTarget::Oci, ChartTarget::Local, ChartTarget::None}) {
        m_chartTargetCombo->addItem(QString(), int(target));
    }
    m_chartRepoLabel = new QLabel(m_chartGroup);
    m_chartRepoEdit = new QLineEdit(m_chartGroup);
    m_chartRepoEdit->setObjectName(QStringLiteral("chartRepoUrl"));
    m_localPathLabel = new QLabel(m_chartGroup);
    m_localPathRow = new QWidget(m_chartGroup);
    m_localPathEdit = new QLineEdit(m_localPathRow);
    m_localPathEdit->setObjectName(QStringLiteral("localChartPath"));
    m_localPathEdit->setClearButtonEnabled(true);
    m_localPathBrowse = new QPushButton(m_localPathRow);
    m_localPathBrowse->setObjectName(QStringLiteral("localChartBrowse"));
    auto *localRow = new QHBoxLayout(m_localPathRow);
    localRow->setContentsMargins(0, 0, 0, 0);
    localRow->addWidget(m_localPathEdit, 1);
    localRow->addWidget(m_localPathBrowse);

    QLabel *chartProblem = m_problems->addLabel(m_chartGroup, QStringLiteral("chartTargetProblem"),
        {QStringLiteral("sync.chartTarget"), QStringLiteral("sync.chartRepoUrl"),
            QStringLiteral("sync.localChartPath")});

    auto *layout = new QVBoxLayout(m_chartGroup);
    m_chartForm = new QFormLayout;
    m_chartForm->addRow(m_chartTargetLabel, m_chartTargetCombo);
    m_chartForm->addRow(m_chartRepoLabel, m_chartRepoEdit);
    m_chartForm->addRow(m_localPathLabel, m_localPathRow);
    layout->addLayout(m_chartForm);
    layout->addWidget(chartProblem);
    return m_chartGroup;
}

QWidget *RegistryPage::buildCheckGroup()
{
    m_checkGroup = new QGroupBox;
    m_checkGroup->setObjectName(QStringLiteral("checkGroup"));
    m_testButton = new QPushButton(m_checkGroup);
    m_testButton->setObjectName(QStringLiteral("testConnection"));
    m_stopTestButton = new QPushButton(m_checkGroup);
    m_stopTestButton->setObjectName(QStringLiteral("stopTest"));
    m_stopTestButton->hide();
    m_checkBusy = new QProgressBar(m_checkGroup);
    m_checkBusy->setObjectName(QStringLiteral("registryCheckBusy"));
    m_checkBusy->setRange(0, 0);
    m_checkBusy->setTextVisible(false);
    m_checkBusy->setMaximumWidth(120);
    m_checkBusy->hide();
    m_checkStatus = wrappedLabel(m_checkGroup);
    m_checkStatus->setObjectName(QStringLiteral("registryCheckStatus"));
    m_checkLines = wrappedLabel(m_checkGroup);
    m_checkLines->setObjectName(QStringLiteral("registryCheckLines"));
    m_checkLines->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_checkLines->hide();
    m_checkError = new ErrorPanel(m_checkGroup);
    m_checkError->setObjectName(QStringLiteral("registryCheckError"));
    m_useOciButton = new QPushButton(m_checkGroup);
    m_useOciButton->setObjectName(QStringLiteral("useOciButton"));
    m_useOciButton->hide();

    auto *layout = new QVBoxLayout(m_checkGroup);
    auto *buttons
        = row({{m_testButton, 0}, {m_stopTestButton, 0}, {m_checkBusy, 0}, {m_checkStatus, 1}});
    layout->addLayout(buttons);
    layout->addWidget(m_checkLines);
    layout->addWidget(m_checkError);
    auto *oci = row({{m_useOciButton, 0}});
    oci->addStretch(1);
    layout->addLayout(oci);
    return m_checkGroup;
}

void RegistryPage::connectFields()
{
    WizardSession *s = session();
    connect(m_addressEdit, &QLineEdit::textEdited, this, [this](const QString &text) {
        edit([text](UpgradePlan &plan) { plan.registry.address = text.trimmed(); });
    });
    connect(
        m_addressEdit, &QLineEdit::editingFinished, this, &RegistryPage::splitSchemeFromAddress);
    connect(m_schemeCombo, &QComboBox::activated, this, [this] {
        const QString scheme = m_schemeCombo->currentData().toString();
        edit([scheme](UpgradePlan &plan) { plan.registry.scheme = scheme; });
    });
    connect(m_caEdit, &QLineEdit::textEdited, this, [this](const QString &text) {
        edit([text](UpgradePlan &plan) { plan.registry.caFile = text.trimmed(); });
    });
    connect(m_caBrowse, &QPushButton::clicked, this, &RegistryPage::browseCaFile);
    connect(m_insecureCheck, &QCheckBox::toggled, this, [this](bool insecure) {
        edit([insecure](UpgradePlan &plan) { plan.registry.insecure = insecure; });
    });
    connect(m_repositoryEdit, &QLineEdit::textEdited, this, [this](const QString &text) {
        edit([text](UpgradePlan &plan) { plan.registry.repository = text.trimmed(); });
    });
    connect(m_createProjectCheck, &QCheckBox::toggled, this, [this](bool create) {
        edit([create](UpgradePlan &plan) { plan.sync.createProject = create; });
    });
    // Not trimmed: a user name is what the registry says it is.
    connect(m_userEdit, &QLineEdit::textEdited, this, [this](const QString &text) {
        edit([text](UpgradePlan &plan) { plan.registry.username = text; });
    });
    connect(m_passwordEdit, &QLineEdit::textEdited, this, [this](const QString &password) {
        m_passwordFromKeyring = false; // typed: a keyring lookup must not replace it
        setPassword(password);
    });
    connect(m_showPassword, &QToolButton::toggled, this, [this](bool shown) {
        m_passwordEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
    });
    connect(m_rememberPassword, &QCheckBox::toggled, this, &RegistryPage::onRememberToggled);
    connect(m_keyring, &PasswordKeyring::readFinished, this, &RegistryPage::onKeyringRead);
    connect(m_keyring, &PasswordKeyring::writeFinished, this,
        [this](const QString &, PasswordKeyring::Result result, const QString &message) {
            noteKeyring(
                result == PasswordKeyring::Result::Done ? KeyringNote::Stored : KeyringNote::Failed,
                result == PasswordKeyring::Result::Unavailable
                    ? tr("no system keyring service is running")
                    : message);
        });
    connect(m_keyring, &PasswordKeyring::removeFinished, this,
        [this](const QString &, PasswordKeyring::Result result, const QString &message) {
            // Nothing stored is as good as removed.
            const bool gone = result == PasswordKeyring::Result::Done
                || result == PasswordKeyring::Result::NotFound;
            noteKeyring(gone ? KeyringNote::Removed : KeyringNote::Failed, message);
        });
    connect(m_chartTargetCombo, &QComboBox::activated, this, [this] {
        const auto target = ChartTarget(m_chartTargetCombo->currentData().toInt());
        edit([target](UpgradePlan &plan) { plan.sync.chartTarget = target; });
    });
    connect(m_chartRepoEdit, &QLineEdit::textEdited, this, [this](const QString &text) {
        session()->editDraft(
            [text](UpgradePlan &plan) { plan.sync.chartRepoUrl = text.trimmed(); });
    });
    connect(m_localPathEdit, &QLineEdit::textEdited, this, [this](const QString &text) {
        edit([text](UpgradePlan &plan) { plan.sync.localChartPath = text.trimmed(); });
    });
    connect(m_localPathBrowse, &QPushButton::clicked, this, &RegistryPage::browseLocalChartPath);

    connect(m_testButton, &QPushButton::clicked, this, &RegistryPage::startCheck);
    connect(m_stopTestButton, &QPushButton::clicked, m_check, &RegistryCheck::cancel);
    connect(m_useOciButton, &QPushButton::clicked, this, &RegistryPage::publishChartToOci);
    connect(m_check, &RegistryCheck::line, this, [this] { showCheckState(); });
    connect(m_check, &RegistryCheck::finished, this, [this] {
        showCheckState();
        // The verdict is news for a screen reader: say it, wherever the focus is.
        QWidget *verdict = m_check->state() == RegistryCheck::State::Failed
            ? static_cast<QWidget *>(m_checkError)
            : m_checkStatus;
        QAccessibleEvent alert(verdict, QAccessible::Alert);
        QAccessible::updateAccessibility(&alert);
    });

    connect(s, &WizardSession::draftChanged, this, [this] {
        showDraft();
        onDraftOrPasswordChanged();
        // Another user or registry: its own stored password, if any (once the page has shown).
        if (!m_keyringLookupKey.isNull() && keyringKey() != m_keyringLookupKey) {
            lookUpKeyring();
        }
    });
    connect(s, &WizardSession::languageChanged, this, &RegistryPage::showProblems);
}

void RegistryPage::initializePage()
{
    // Back from a later page, or a plan opened from a file: the fields follow the draft, the
    // password the secret store.
    const QString password = QString::fromUtf8(session()->secrets().value(RegistryPasswordId));
    if (m_passwordEdit->text() != password) {
        m_passwordEdit->setText(password);
    }
    showDraft();
    lookUpKeyring();
}

bool RegistryPage::validatePage()
{
    // Not waited for: the write's result shows under the checkbox (seen on coming back).
    const QString password = m_passwordEdit->text();
    if (m_rememberPassword->isChecked() && m_rememberPassword->isEnabled() && !password.isEmpty()) {
        m_keyring->write(keyringKey(), password);
    }
    return true;
}

QString RegistryPage::keyringKey() const
{
    const RegistryTarget &r = session()->draft().registry;
    return PasswordKeyring::keyFor(r.username, r.address);
}

void RegistryPage::lookUpKeyring()
{
    m_keyringLookupKey = keyringKey();
    m_keyring->read(m_keyringLookupKey);
}

void RegistryPage::onKeyringRead(const QString &key, PasswordKeyring::Result result,
    const QString &password, const QString &message)
{
    if (key != keyringKey()) {
        return; // about a user or address that has changed since: a newer lookup follows
    }
    m_keyringAvailable = result != PasswordKeyring::Result::Unavailable;
    // The box follows the keyring, except a tick the user gave: a lookup that finds nothing
    // (yet) must not take it back.
    const bool found = result == PasswordKeyring::Result::Done;
    if (found || m_rememberFromKeyring || !m_keyringAvailable) {
        const QSignalBlocker blocker(m_rememberPassword);
        m_rememberPassword->setChecked(found);
        m_rememberFromKeyring = found;
    }
    switch (result) {
    case PasswordKeyring::Result::Done:
        // Never over a password the user typed.
        if (m_passwordEdit->text().isEmpty() || m_passwordFromKeyring) {
            m_passwordEdit->setText(password);
            m_passwordFromKeyring = true;
            setPassword(password);
            noteKeyring(KeyringNote::Filled);
        }
        break;
    case PasswordKeyring::Result::NotFound:
    case PasswordKeyring::Result::Unavailable:
        noteKeyring(KeyringNote::None);
        break;
    case PasswordKeyring::Result::Failed:
        noteKeyring(KeyringNote::Failed, message);
        break;
    }
    showKeyringState();
}

void RegistryPage::onRememberToggled(bool remember)
{
    m_rememberFromKeyring = false;
    // Ticking only asks: the password is stored when the page is left (validatePage).
    // Unticking means "forget it": deleted at once.
    if (!remember) {
        m_passwordFromKeyring = false;
        m_keyring->remove(keyringKey());
        showKeyringState();
    } else {
        noteKeyring(KeyringNote::None);
    }
}

void RegistryPage::noteKeyring(KeyringNote note, const QString &message)
{
    m_keyringNote = note;
    m_keyringMessage = message;
    showKeyringState();
    if (note == KeyringNote::Failed) {
        QAccessibleEvent alert(m_keyringStatus, QAccessible::Alert);
        QAccessible::updateAccessibility(&alert);
    }
}

void RegistryPage::showKeyringState()
{
    // The note under the password says where it is kept: with the box ticked, "never saved"
    // would no longer be true.
    m_passwordNote->setText(m_rememberPassword->isChecked()
            ? tr("Kept in memory, and in the system keyring once you leave this page; never in "
                 "the wizard's settings or the plan.")
            : tr("Kept in memory only, never saved. Enter it again after a restart of the "
                 "wizard."));
    m_rememberPassword->setEnabled(m_keyringAvailable);
    const QString why = m_keyringAvailable
        ? tr("The password is stored in the system keyring (GNOME Keyring, KWallet) when you "
             "leave this page, and filled in from it next time for the same user and registry. "
             "Unticking removes it from the keyring.")
        : tr("Not available: no system keyring service (such as GNOME Keyring or KWallet) is "
             "running in this session.");
    m_rememberPassword->setToolTip(why);
    m_rememberPassword->setAccessibleDescription(why);

    QString status;
    switch (m_keyringNote) {
    case KeyringNote::None:
        break;
    case KeyringNote::Filled:
        status = tr("Password filled in from the system keyring.", "@info");
        break;
    case KeyringNote::Stored:
        status = tr("Password stored in the system keyring.", "@info");
        break;
    case KeyringNote::Removed:
        status = tr("Password removed from the system keyring.", "@info");
        break;
    case KeyringNote::Failed:
        status = tr("The system keyring failed: %1", "@info").arg(m_keyringMessage);
        break;
    }
    if (status.isEmpty() && !m_keyringAvailable) {
        status = why; // a disabled box shows no tooltip to keyboard users: say it here too
    }
    m_keyringStatus->setText(status);
    m_keyringStatus->setAccessibleName(status);
    m_keyringStatus->setVisible(!status.isEmpty());
}

bool RegistryPage::isComplete() const
{
    if (!problems(PageKeys).empty()) {
        return false;
    }
    const UpgradePlan &plan = session()->draft();
    return plan.registry.username.isEmpty() || !m_passwordEdit->text().isEmpty();
}

void RegistryPage::edit(const std::function<void(UpgradePlan &)> &change)
{
    ChartRepoUrl::editFollowing(*session(), change);
}

void RegistryPage::splitSchemeFromAddress()
{
    // A pasted URL ("https://harbor.example.com/") becomes scheme + host[:port].
    const QString text = m_addressEdit->text().trimmed();
    const int separator = text.indexOf(QLatin1String("://"));
    if (separator <= 0) {
        return;
    }
    const QString scheme = text.left(separator).toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http")) {
        return;
    }
    QString address = text.mid(separator + 3);
    address = address.section(QLatin1Char('/'), 0, 0);
    edit([scheme, address](UpgradePlan &plan) {
        plan.registry.scheme = scheme;
        plan.registry.address = address;
    });
}

void RegistryPage::showDraft()
{
    const UpgradePlan &plan = session()->draft();
    const RegistryTarget &r = plan.registry;
    const auto setText = [](QLineEdit *edit, const QString &value) {
        if (edit->text().trimmed() != value) {
            const QSignalBlocker blocker(edit);
            edit->setText(value);
        }
    };
    setText(m_addressEdit, r.address);
    setText(m_caEdit, r.caFile);
    setText(m_repositoryEdit, r.repository);
    if (m_userEdit->text() != r.username) {
        const QSignalBlocker blocker(m_userEdit);
        m_userEdit->setText(r.username);
    }
    setText(m_chartRepoEdit, plan.sync.chartRepoUrl);
    setText(m_localPathEdit, plan.sync.localChartPath);
    {
        const QSignalBlocker schemeBlocker(m_schemeCombo);
        const int scheme = m_schemeCombo->findData(r.scheme);
        m_schemeCombo->setCurrentIndex(scheme < 0 ? 0 : scheme);
        const QSignalBlocker insecureBlocker(m_insecureCheck);
        m_insecureCheck->setChecked(r.insecure);
        const QSignalBlocker createBlocker(m_createProjectCheck);
        m_createProjectCheck->setChecked(plan.sync.createProject);
        const QSignalBlocker targetBlocker(m_chartTargetCombo);
        m_chartTargetCombo->setCurrentIndex(
            m_chartTargetCombo->findData(int(plan.sync.chartTarget)));
    }

    // TLS settings mean nothing over plain http; kept, so switching back restores them.
    const bool tls = r.scheme != QLatin1String("http");
    m_caEdit->setEnabled(tls);
    m_caBrowse->setEnabled(tls);
    m_insecureCheck->setEnabled(tls);
    m_insecureWarning->setVisible(tls && r.insecure);

    const ChartTarget target = plan.sync.chartTarget;
    const bool hasUrl = target == ChartTarget::Harbor || target == ChartTarget::Oci;
    m_chartForm->setRowVisible(m_chartRepoEdit, hasUrl);
    m_chartForm->setRowVisible(m_localPathRow, target == ChartTarget::Local);
    showChartRepoPlaceholder();
    showProblems();
}

void RegistryPage::showProblems()
{
    m_problems->show(problems(PageKeys));
    const QString user = session()->draft().registry.username;
    const bool missingPassword = !user.isEmpty() && m_passwordEdit->text().isEmpty();
    FieldProblems::setProblem(m_passwordProblem,
        missingPassword
            ? tr("Enter the password of %1. It is kept in memory only, never saved.").arg(user)
            : QString());
    showCheckState();
    emit completeChanged();
}

void RegistryPage::setPassword(const QString &password)
{
    SecretStore &secrets = session()->secrets();
    if (password.isEmpty()) {
        secrets.remove(RegistryPasswordId);
    } else {
        secrets.set(RegistryPasswordId, password.toUtf8());
    }
    showProblems();
    onDraftOrPasswordChanged();
}

void RegistryPage::browseCaFile()
{
    auto *dialog
        = new QFileDialog(this, tr("Choose the registry's CA certificate", "@title:window"));
    dialog->setObjectName(QStringLiteral("caFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setNameFilters({tr("Certificates (*.crt *.pem *.cer)"), tr("All files (*)")});
    const QString current = session()->draft().registry.caFile;
    if (!current.isEmpty()) {
        dialog->setDirectory(QFileInfo(current).absolutePath());
        dialog->selectFile(current);
    }
    // open(), not exec(): window-modal without a nested event loop.
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &file) {
        edit([file](UpgradePlan &plan) { plan.registry.caFile = file; });
    });
    dialog->open();
}

void RegistryPage::browseLocalChartPath()
{
    auto *dialog = new QFileDialog(this, tr("Choose the directory for the chart", "@title:window"));
    dialog->setObjectName(QStringLiteral("localChartDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    const QString current = session()->draft().sync.localChartPath;
    dialog->setDirectory(current.isEmpty() ? QDir::homePath() : current);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &directory) {
        edit([directory](UpgradePlan &plan) { plan.sync.localChartPath = directory; });
    });
    dialog->open();
}

void RegistryPage::publishChartToOci()
{
    session()->editDraft([](UpgradePlan &plan) {
        plan.sync.chartTarget = ChartTarget::Oci;
        plan.sync.chartRepoUrl = ChartRepoUrl::suggested(plan, ChartTarget::Oci);
    });
    // The user was testing: test the new target at once.
    if (m_testButton->isEnabled()) {
        startCheck();
    }
}

QByteArray RegistryPage::checkFingerprint() const
{
    const UpgradePlan &plan = session()->draft();
    const RegistryTarget &r = plan.registry;
    const QStringList parts {r.address, r.scheme, r.caFile, QString::number(r.insecure),
        r.repository, r.username, QString::number(plan.sync.createProject),
        QString::number(int(plan.sync.chartTarget)), plan.sync.chartRepoUrl};
    return parts.join(QChar(0)).toUtf8()
        + QCryptographicHash::hash(m_passwordEdit->text().toUtf8(), QCryptographicHash::Sha256);
}

void RegistryPage::startCheck()
{
    m_checkStale = false;
    m_checkedFingerprint = checkFingerprint();
    m_check->start(session()->draft(), m_passwordEdit->text().toUtf8());
    showCheckState();
}

void RegistryPage::onDraftOrPasswordChanged()
{
    if (checkFingerprint() == m_checkedFingerprint) {
        return;
    }
    if (m_check->isRunning()) {
        // The test under way is about values that are gone: start it again with the new ones,
        // or drop it when they cannot be tested.
        if (problems(PageKeys).empty() && !session()->draft().registry.address.isEmpty()) {
            startCheck();
            return;
        }
        m_check->cancel();
    }
    m_checkStale = true;
    showCheckState();
}

void RegistryPage::showCheckState()
{
    const RegistryCheck::State state = m_check->state();
    const bool running = state == RegistryCheck::State::Running;
    const bool shown = !m_checkStale && state != RegistryCheck::State::NotRun;
    const bool testable
        = problems(PageKeys).empty() && !session()->draft().registry.address.isEmpty();
    m_testButton->setEnabled(testable && !running);
    m_stopTestButton->setVisible(running);
    m_checkBusy->setVisible(running);

    QString status;
    QString color;
    if (!shown) {
        status = tr("Not tested yet. The test is optional: the upgrade checks the registry "
                    "again before it pushes anything.",
            "@info");
    } else {
        switch (state) {
        case RegistryCheck::State::NotRun:
        case RegistryCheck::State::Running:
            status = tr("Testing…", "@info");
            break;
        case RegistryCheck::State::Passed:
            status = tr("Passed: the registry is ready for the upgrade.", "@info");
            color = QStringLiteral("rgb(30, 130, 60)");
            break;
        case RegistryCheck::State::Failed:
            status = tr("Failed: the upgrade would stop here.", "@info");
            color = QStringLiteral("rgb(200, 40, 50)");
            break;
        case RegistryCheck::State::Canceled:
            status = tr("Test stopped before it finished.", "@info");
            break;
        }
    }
    m_checkStatus->setText(status);
    m_checkStatus->setAccessibleName(status);
    QFont font = m_checkStatus->font();
    font.setBold(!color.isEmpty());
    m_checkStatus->setFont(font);
    m_checkStatus->setStyleSheet(
        color.isEmpty() ? QString() : QStringLiteral("QLabel { color: %1; }").arg(color));

    const QString lines = shown ? m_check->lines().join(QLatin1Char('\n')) : QString();
    m_checkLines->setText(lines);
    m_checkLines->setAccessibleName(lines);
    m_checkLines->setVisible(!lines.isEmpty());

    const std::optional<Error> &failure = m_check->failure();
    if (shown && state == RegistryCheck::State::Failed && failure) {
        if (m_checkError->message() != failure->message()) {
            m_checkError->showError(
                failure->message(), failure->hint(), ErrorHelp::topicFor(failure->code()));
        }
    } else {
        m_checkError->clear();
    }
    m_useOciButton->setVisible(shown && state == RegistryCheck::State::Failed && failure
        && failure->code() == QLatin1String("harbor.no-chart-repo"));
}

void RegistryPage::showChartRepoPlaceholder()
{
    // What the URL looks like for the target chosen.
    const bool oci = session()->draft().sync.chartTarget == ChartTarget::Oci;
    m_chartRepoEdit->setPlaceholderText(
        tr("for example %1")
            .arg(oci ? QStringLiteral("oci://10.16.23.145/release.daocloud.io")
                     : QStringLiteral("https://10.16.23.145/chartrepo/release.daocloud.io")));
}

void RegistryPage::retranslateUi()
{
    setTitle(tr("Registry", "@title"));
    setSubTitle(tr("Where the images and the chart go: your Harbor (or another registry) and "
                   "the account that may push to it."));
    m_intro->setText(
        tr("Nothing is sent before the upgrade starts, except by \"Test connection\", which "
           "only reads and opens (then cancels) one upload to prove the push right."));

    m_registryGroup->setTitle(tr("Registry", "@title:group"));
    labelField(m_addressLabel, m_addressEdit, tr("Registry &address:"),
        tr("Host name or IP address of the registry, with :port when it is not the default; "
           "no https:// and no path."));
    m_addressEdit->setPlaceholderText(tr("for example %1").arg(QStringLiteral("10.16.23.145")));
    m_schemeCombo->setAccessibleName(tr("Protocol"));
    m_schemeCombo->setToolTip(tr("https for Harbor; http only for a registry without TLS."));
    m_schemeCombo->setAccessibleDescription(m_schemeCombo->toolTip());
    labelField(m_caLabel, m_caEdit, tr("CA &file:"),
        tr("The certificate of the CA that signed the registry's certificate (a self-signed "
           "Harbor's ca.crt). Leave it empty when this machine already trusts the registry."));
    m_caEdit->setPlaceholderText(tr("empty: trust this machine's CA certificates"));
    m_caBrowse->setText(tr("&Browse…", "@action"));
    m_caBrowse->setAccessibleName(tr("Choose the CA file", "@action"));
    m_caBrowse->setToolTip(m_caBrowse->accessibleName());
    m_insecureCheck->setText(tr("Skip TLS &verification (insecure)"));
    m_insecureCheck->setAccessibleDescription(
        tr("Accept any certificate the registry shows. Use a CA file instead when you can."));
    m_insecureWarning->setText(
        tr("Warning: the registry's certificate will not be checked, so anyone on the network "
           "path could pose as the registry and receive the password. Use this on a trusted "
           "network only; a CA file is the safe choice."));
    m_insecureWarning->setAccessibleName(m_insecureWarning->text());
    labelField(m_repositoryLabel, m_repositoryEdit, tr("&Repository:"),
        tr("The Harbor project and path the images are pushed to (charts-syncer's "
           "containerRepository)."));
    m_repositoryEdit->setPlaceholderText(
        tr("for example %1").arg(QStringLiteral("release.daocloud.io/skoala")));
    m_repositoryHelp->setText(
        tr("The Harbor project and path the images go to: the first part is the project. "
           "Images keep their names below it, as charts-syncer's containerRepository does."));
    m_createProjectCheck->setText(tr("Create the pro&ject if it is missing (private)"));
    m_createProjectCheck->setAccessibleDescription(
        tr("The built-in sync creates the Harbor project before the push when it does not "
           "exist. The account needs the right to create projects."));

    m_accountGroup->setTitle(tr("Account", "@title:group"));
    labelField(m_userLabel, m_userEdit, tr("&User:"),
        tr("A Harbor user or robot account (robot$name). Empty for a registry without login."));
    m_userEdit->setPlaceholderText(tr("for example %1").arg(QStringLiteral("robot$skoala")));
    labelField(m_passwordLabel, m_passwordEdit, tr("Pass&word:"),
        tr("Kept in memory only and handed to the upgrade on its standard input: never saved, "
           "never on a command line."));
    // A toggle: its pressed state says whether the password is shown.
    m_showPassword->setText(tr("Sh&ow", "@action password"));
    m_showPassword->setAccessibleName(tr("Show the password", "@action"));
    m_showPassword->setToolTip(m_showPassword->accessibleName());
    m_rememberPassword->setText(tr("Remember the password in the system &keyring"));
    m_rememberPassword->setAccessibleName(
        tr("Remember the password in the system keyring", "@action"));
    showKeyringState();

    m_chartGroup->setTitle(tr("Chart", "@title:group"));
    labelField(m_chartTargetLabel, m_chartTargetCombo, tr("Chart tar&get:"),
        tr("Where the relocated chart is published for the upgrade."));
    const auto setItem = [this](ChartTarget target, const QString &text) {
        m_chartTargetCombo->setItemText(m_chartTargetCombo->findData(int(target)), text);
    };
    setItem(ChartTarget::Harbor, tr("Harbor chart repository (Harbor 2.7 and older)"));
    setItem(ChartTarget::Oci, tr("OCI registry (Harbor 2.8 and later, any OCI registry)"));
    setItem(ChartTarget::Local, tr("Local directory"));
    setItem(ChartTarget::None, tr("None: do not publish the chart"));
    labelField(m_chartRepoLabel, m_chartRepoEdit, tr("Chart repository UR&L:"),
        tr("Filled in from the registry and the project; change it when your chart repository "
           "is elsewhere."));
    showChartRepoPlaceholder();
    labelField(m_localPathLabel, m_localPathEdit, tr("Local &directory:"),
        tr("The relocated chart package (.tgz) is written into this directory."));
    m_localPathBrowse->setText(tr("Choos&e…", "@action"));
    m_localPathBrowse->setAccessibleName(tr("Choose the directory for the chart", "@action"));
    m_localPathBrowse->setToolTip(m_localPathBrowse->accessibleName());

    m_checkGroup->setTitle(tr("Connection test", "@title:group"));
    m_testButton->setText(tr("&Test connection", "@action"));
    m_testButton->setAccessibleDescription(
        tr("Checks in the background that the registry answers, trusts the TLS certificate, "
           "accepts the account, has the project, allows the push, and which Harbor version "
           "it is."));
    m_stopTestButton->setText(tr("Sto&p test", "@action"));
    m_checkBusy->setAccessibleName(tr("Testing the connection", "@info"));
    m_checkLines->setAccessibleDescription(tr("What the connection test found, line by line"));
    m_useOciButton->setText(tr("Publish the chart to OC&I instead", "@action"));
    m_useOciButton->setAccessibleDescription(
        tr("Sets the chart target to the OCI registry of this Harbor and tests again."));
    showCheckState();
}

} // namespace DceUpgrade::Wizard
