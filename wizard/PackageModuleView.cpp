#include "PackageModuleView.h"

#include "ErrorHelp.h"
#include "ErrorPanel.h"
#include "StatusTone.h"
#include "WizardPage.h"

#include "bundle/PackageReader.h"

#include <QDesktopServices>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace DceUpgrade::Wizard {

PackageModuleView::PackageModuleView(QWidget *parent)
    : QWidget(parent)
    , m_recognised(WizardPage::wrappedLabel(this))
    , m_error(new ErrorPanel(this))
    , m_docsRow(new QWidget(this))
    , m_docsLink(WizardPage::wrappedLabel(m_docsRow))
    , m_openDocs(new QPushButton(m_docsRow))
{
    setObjectName(QStringLiteral("packageModule"));
    m_recognised->setObjectName(QStringLiteral("packageModuleName"));
    m_error->setObjectName(QStringLiteral("moduleError"));
    m_docsRow->setObjectName(QStringLiteral("moduleDocs"));
    m_docsLink->setObjectName(QStringLiteral("moduleDocsUrl"));
    m_openDocs->setObjectName(QStringLiteral("openModuleDocs"));
    // Selectable: a jump host often has no browser, and the address is copied to another machine.
    for (QLabel *label : {m_recognised, m_docsLink}) {
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    }
    applyStatusTone(m_recognised, StatusTone::Good);

    auto *docsLayout = new QHBoxLayout(m_docsRow);
    docsLayout->setContentsMargins(0, 0, 0, 0);
    docsLayout->addWidget(m_docsLink, 1);
    docsLayout->addWidget(m_openDocs, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_recognised);
    layout->addWidget(m_error);
    layout->addWidget(m_docsRow);

    connect(m_openDocs, &QPushButton::clicked, this, [this] {
        if (m_docsUrl.isValid()) {
            QDesktopServices::openUrl(m_docsUrl);
        }
    });
    render();
}

PackageModuleView::~PackageModuleView() = default;

void PackageModuleView::showPackage(const Package *package, const ModuleProfile &upgraded)
{
    if (package) {
        m_module = PackageModule::of(*package);
        m_upgraded = upgraded;
    } else {
        m_module.reset();
        m_upgraded.reset();
        m_chosenBefore.reset();
        m_releasesCleared = false;
    }
    render();
}

void PackageModuleView::setSwitchedFrom(
    const std::optional<ModuleProfile> &chosenBefore, bool releasesCleared)
{
    m_chosenBefore = chosenBefore;
    m_releasesCleared = releasesCleared;
    render();
}

void PackageModuleView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        render();
    }
    QWidget::changeEvent(event);
}

void PackageModuleView::render()
{
    QString recognised;
    QString message;
    QString hint;
    QString code;
    m_docsUrl = QUrl();
    if (m_module && m_module->kind() == PackageModule::Kind::Supported) {
        const ModuleProfile &module = *m_module->profile();
        if (module.id == m_upgraded->id) {
            QStringList lines {statusSymbol(StatusTone::Good) + m_module->recognisedText()};
            if (m_chosenBefore && m_chosenBefore->id != module.id) {
                //: %1: the module named before, such as 微服务引擎 (skoala)
                lines.append(tr("%1 was chosen before; the wizard now upgrades the module of "
                                "this package.")
                                 .arg(PackageModule::nameOf(*m_chosenBefore)));
            }
            if (m_releasesCleared) {
                lines.append(tr("The release settings made for the module before were cleared."));
            }
            recognised = lines.join(QLatin1Char('\n'));
        } else {
            //: %1: the package's module, %2: the module the wizard is set to upgrade
            message = tr("This is the offline package of %1, but the wizard is set to upgrade %2.")
                          .arg(PackageModule::nameOf(module), PackageModule::nameOf(*m_upgraded));
            hint = tr("Choose the offline package of %1, or go back to the first page and let the "
                      "wizard recognise the module from the package.")
                       .arg(PackageModule::nameOf(*m_upgraded));
            code = QStringLiteral("profile.mismatch");
        }
    } else if (m_module) {
        message = m_module->errorMessage();
        hint = m_module->errorHint();
        code = m_module->errorCode();
        if (m_module->kind() == PackageModule::Kind::RecognisedOnly) {
            m_docsUrl = PackageModule::publicDocsUrl(m_module->profile()->docsPage);
        }
    }

    m_recognised->setText(recognised);
    m_recognised->setAccessibleName(tr("Module of the package"));
    m_recognised->setAccessibleDescription(recognised);
    m_recognised->setVisible(!recognised.isEmpty());
    if (message.isEmpty()) {
        m_error->clear();
    } else if (message != m_error->message() || hint != m_error->hint()) {
        m_error->showError(message, hint, ErrorHelp::topicFor(code));
    }
    m_blocksNext = !message.isEmpty();

    if (m_docsUrl.isValid()) {
        const QString url = m_docsUrl.toString();
        const QString name = PackageModule::nameOf(*m_module->profile());
        //: %1: the public address of the module's upgrade page on docs.daocloud.io
        m_docsLink->setText(tr("Documented procedure: %1").arg(url));
        m_docsLink->setAccessibleName(tr("Documented procedure"));
        m_docsLink->setAccessibleDescription(url);
        m_openDocs->setText(tr("Open in bro&wser", "@action"));
        //: %1: the module's name and id, such as 可观测性 (insight)
        m_openDocs->setAccessibleName(tr("Open the documented procedure of %1").arg(name));
        m_openDocs->setToolTip(url);
    }
    m_docsRow->setVisible(m_docsUrl.isValid());
    QWidget::setVisible(m_module.has_value());
}

} // namespace DceUpgrade::Wizard
