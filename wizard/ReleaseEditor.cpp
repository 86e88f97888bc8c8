#include "ReleaseEditor.h"

#include "model/ChartVersion.h"

#include "FieldText.h"
#include "ProblemLabel.h"
#include "WizardPage.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <algorithm>

namespace DceUpgrade::Wizard {

ReleaseEditor::ReleaseEditor(const ReleaseProfile &profile, QWidget *parent)
    : QGroupBox(parent)
    , m_profile(profile)
    , m_releaseLabel(new QLabel(this))
    , m_release(new QLineEdit(this))
    , m_namespaceLabel(new QLabel(this))
    , m_namespace(new QLineEdit(this))
    , m_versionLabel(new QLabel(this))
    , m_versionCombo(new QComboBox(this))
    , m_versionNote(WizardPage::wrappedLabel(this))
    , m_problems(new ProblemLabel(this))
{
    const QString chart = profile.chart;
    setObjectName(QStringLiteral("release_") + chart);
    setCheckable(true);
    m_release->setObjectName(QStringLiteral("releaseName_") + chart);
    m_namespace->setObjectName(QStringLiteral("releaseNamespace_") + chart);
    m_versionCombo->setObjectName(QStringLiteral("releaseVersion_") + chart);
    m_versionNote->setObjectName(QStringLiteral("releaseVersionNote_") + chart);
    m_problems->setObjectName(QStringLiteral("releaseProblems_") + chart);
    m_release->setText(profile.release);
    m_namespace->setText(profile.namespaceName);
    m_versionCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_versionNote->setForegroundRole(QPalette::PlaceholderText);
    m_versionNote->hide();

    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(m_releaseLabel, m_release);
    form->addRow(m_namespaceLabel, m_namespace);
    form->addRow(m_versionLabel, m_versionCombo);
    form->addRow(nullptr, m_versionNote);
    if (isWorker()) {
        m_contextsLabel = new QLabel(this);
        m_contextList = new QListWidget(this);
        m_contextsNote = WizardPage::wrappedLabel(this);
        m_contextList->setObjectName(QStringLiteral("workerContexts_") + chart);
        m_contextsNote->setObjectName(QStringLiteral("workerContextsNote_") + chart);
        m_contextsNote->setForegroundRole(QPalette::PlaceholderText);
        // Room for four clusters; more scroll.
        m_contextList->setMaximumHeight(m_contextList->fontMetrics().height() * 5 + 8);
        form->addRow(m_contextsLabel, m_contextList);
        form->addRow(nullptr, m_contextsNote);
        connect(m_contextList, &QListWidget::itemChanged, this, [this] {
            m_chosenContexts = chosenContexts();
            updateNotes();
            emit edited();
        });
    }
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problems);

    connect(this, &QGroupBox::toggled, this, &ReleaseEditor::edited);
    connect(m_release, &QLineEdit::textEdited, this, &ReleaseEditor::edited);
    connect(m_namespace, &QLineEdit::textEdited, this, &ReleaseEditor::edited);
    connect(m_versionCombo, &QComboBox::activated, this, [this] {
        const QString version = m_versionCombo->currentData().toString();
        m_version = version == m_packageVersion ? QString() : version;
        updateNotes();
        emit edited();
    });
    retranslateUi();
}

ReleaseEditor::~ReleaseEditor() = default;

void ReleaseEditor::setPackageVersion(const QString &version)
{
    m_packageVersion = version;
    setEnabled(!version.isEmpty());
    fillVersions();
    retranslateUi();
}

void ReleaseEditor::showEntry(const std::optional<ReleasePlan> &entry)
{
    {
        const QSignalBlocker blocker(this);
        setChecked(entry.has_value());
    }
    const ReleasePlan shown = entry.value_or(ReleasePlan {});
    FieldText::show(m_release, shown.release.isEmpty() ? m_profile.release : shown.release);
    FieldText::show(
        m_namespace, shown.namespaceName.isEmpty() ? m_profile.namespaceName : shown.namespaceName);
    m_version = shown.version;
    m_chosenContexts = shown.kubeContexts;
    fillVersions();
    fillContexts();
}

ReleasePlan ReleaseEditor::entry() const
{
    ReleasePlan entry;
    entry.chart = m_profile.chart;
    entry.release = FieldText::nonDefault(m_release, m_profile.release);
    entry.namespaceName = FieldText::nonDefault(m_namespace, m_profile.namespaceName);
    entry.version = m_fromRepository ? m_version : QString();
    if (isWorker()) {
        entry.kubeContexts = m_chosenContexts;
    }
    return entry;
}

void ReleaseEditor::setRepositoryVersions(
    const std::optional<QStringList> &versions, bool fromRepository)
{
    m_repositoryVersions = versions;
    m_fromRepository = fromRepository;
    fillVersions();
}

void ReleaseEditor::setContexts(const QStringList &contexts)
{
    m_contexts = contexts;
    fillContexts();
}

void ReleaseEditor::showProblems(const std::vector<PlanProblem> &problems)
{
    m_problems->showProblems(problems);
}

QString ReleaseEditor::chosenVersion() const
{
    return m_version.isEmpty() ? m_packageVersion : m_version;
}

QStringList ReleaseEditor::chosenContexts() const
{
    QStringList chosen;
    for (int row = 0; m_contextList && row < m_contextList->count(); ++row) {
        const QListWidgetItem *item = m_contextList->item(row);
        if (item->checkState() == Qt::Checked) {
            chosen.append(item->data(Qt::UserRole).toString());
        }
    }
    return chosen;
}

void ReleaseEditor::fillVersions()
{
    QStringList versions;
    if (m_fromRepository && m_repositoryVersions) {
        versions = *m_repositoryVersions;
    }
    for (const QString &version : {m_packageVersion, m_fromRepository ? m_version : QString()}) {
        if (!version.isEmpty() && !versions.contains(version)) {
            versions.append(version);
        }
    }
    // Newest first, as helm lists them; the package's version and the plan's join in place.
    std::stable_sort(versions.begin(), versions.end(), [](const QString &a, const QString &b) {
        return ChartVersion::parse(b) < ChartVersion::parse(a);
    });
    const QSignalBlocker blocker(m_versionCombo);
    m_versionCombo->clear();
    for (const QString &version : std::as_const(versions)) {
        const bool inPackage = version == m_packageVersion;
        m_versionCombo->addItem(
            inPackage ? tr("%1 (in the offline package)").arg(version) : version, version);
        if (inPackage) {
            QFont bold = m_versionCombo->font();
            bold.setBold(true);
            m_versionCombo->setItemData(m_versionCombo->count() - 1, bold, Qt::FontRole);
        }
    }
    m_versionCombo->setCurrentIndex(m_versionCombo->findData(chosenVersion()));
    m_versionCombo->setEnabled(m_fromRepository && m_versionCombo->count() > 1);
    updateNotes();
}

void ReleaseEditor::fillContexts()
{
    if (!m_contextList) {
        return;
    }
    QStringList shown = m_contexts;
    for (const QString &context : std::as_const(m_chosenContexts)) {
        if (!shown.contains(context)) {
            shown.append(context);
        }
    }
    const QSignalBlocker blocker(m_contextList);
    m_contextList->clear();
    for (const QString &context : std::as_const(shown)) {
        auto *item = new QListWidgetItem(m_contextList);
        item->setText(m_contexts.contains(context)
                ? context
                : tr("%1 (not in the kubeconfig)", "kube context").arg(context));
        item->setData(Qt::UserRole, context);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(m_chosenContexts.contains(context) ? Qt::Checked : Qt::Unchecked);
    }
    updateNotes();
}

void ReleaseEditor::updateNotes()
{
    QString versionNote;
    const QString version = chosenVersion();
    if (m_fromRepository && m_repositoryVersions && !version.isEmpty()
        && !m_repositoryVersions->contains(version)) {
        versionNote = version == m_packageVersion
            ? tr("Not in the Helm repository yet: the sync must publish it there first.")
            : tr("The Helm repository does not offer this version.");
    }
    m_versionNote->setText(versionNote);
    m_versionNote->setVisible(!versionNote.isEmpty());

    if (m_contextsNote) {
        const QString release = m_release->text().trimmed();
        m_contextsNote->setText(m_contexts.isEmpty() && m_chosenContexts.isEmpty()
                ? tr("The kubeconfig names no contexts: %1 is upgraded in the current cluster "
                     "only.")
                      .arg(release)
                : m_chosenContexts.isEmpty()
                ? tr("None chosen: %1 is upgraded in the current cluster only.").arg(release)
                : tr("%1 is upgraded in each cluster chosen, one after another.").arg(release));
    }
}

void ReleaseEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QGroupBox::changeEvent(event);
}

void ReleaseEditor::retranslateUi()
{
    const QString chart = m_profile.chart;
    const QString scope = isWorker() ? tr("%1, in every worker cluster", "@title").arg(chart)
                                     : tr("%1, in the management cluster", "@title").arg(chart);
    setTitle(
        m_packageVersion.isEmpty() ? tr("%1 (not in this package)", "@title").arg(scope) : scope);
    setAccessibleName(tr("Upgrade %1", "@label check box").arg(chart));
    setToolTip(tr("Upgrade the release of the chart %1; clear to leave it as it is.").arg(chart));
    WizardPage::labelField(m_releaseLabel, m_release, tr("Release name:"));
    m_release->setAccessibleName(tr("Release name of %1").arg(chart));
    WizardPage::labelField(m_namespaceLabel, m_namespace, tr("Namespace:"));
    m_namespace->setAccessibleName(tr("Namespace of %1").arg(chart));
    WizardPage::labelField(m_versionLabel, m_versionCombo, tr("Version:", "chart version"),
        tr("The chart version to upgrade to; the offline package's is marked."));
    m_versionCombo->setAccessibleName(tr("Chart version of %1").arg(chart));
    if (m_contextList) {
        WizardPage::labelField(m_contextsLabel, m_contextList, tr("Worker clusters:"),
            tr("The kube contexts of the worker clusters %1 is upgraded in.").arg(chart));
        m_contextList->setAccessibleName(tr("Worker clusters of %1").arg(chart));
    }
    fillVersions();
    fillContexts();
}

} // namespace DceUpgrade::Wizard
