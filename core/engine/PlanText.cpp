#include "PlanText.h"

#include "VersionNotes.h"

namespace DceUpgrade {

QString PlanText::render(const PlanResult &result, const Heading &heading)
{
    QString text;
    if (result.syncOnly) {
        //: %1: the module's name, such as 微服务引擎 (Microservice Engine)
        text += tr("Sync-only plan for %1 (%2), nothing has been changed.")
                    .arg(heading.moduleName, heading.planName);
    } else {
        //: %1: the module's name, such as 微服务引擎 (Microservice Engine)
        text += tr("Upgrade plan for %1 (%2), nothing has been changed.")
                    .arg(heading.moduleName, heading.planName);
    }
    text += QLatin1Char('\n');
    if (result.syncOnly) {
        text += tr("Sync only (upgrade.method: none): the images are staged and no release is "
                   "upgraded, so neither helm nor kubectl is needed. The plan's other upgrade "
                   "settings are not used.")
            + QLatin1Char('\n');
    }
    for (const QString &note : heading.notes) {
        text += note + QLatin1Char('\n');
    }
    text += tr("${SESSION} is the session directory of the run, ${STAMP} its start time.")
        + QLatin1Char('\n');
    const std::vector<VersionNotes::Entry> versionNotes
        = VersionNotes::of(result, heading.installedOf);
    if (!versionNotes.empty()) {
        text += QLatin1Char('\n')
            + tr("Version notes: changes this upgrade may need, from the module's documented "
                 "procedure. Read them before you run it.")
            + QLatin1Char('\n');
        for (const VersionNotes::Entry &entry : versionNotes) {
            text += QLatin1String(" - ") + VersionNotes::line(entry) + QLatin1Char('\n');
        }
    }
    int number = 0;
    for (const PlannedStep &step : result.steps) {
        text += QLatin1Char('\n') + QString::number(++number) + QLatin1String(". ") + step.title
            + QLatin1String("  [") + step.id + QLatin1Char(']');
        if (step.alwaysRun) {
            text += QLatin1Char(' ') + tr("(always runs)");
        }
        text += QLatin1Char('\n');
        for (const QString &detail : step.details) {
            text += QLatin1String("   ") + detail + QLatin1Char('\n');
        }
        for (const PlannedFile &file : step.files) {
            text += QLatin1String("   ") + tr("writes %1:").arg(file.path) + QLatin1Char('\n');
            for (const QByteArray &line : file.content.trimmed().split('\n')) {
                text += QLatin1String("     | ") + QString::fromUtf8(line) + QLatin1Char('\n');
            }
        }
        for (const CommandLine &command : step.commands) {
            text += QLatin1String("   $ ") + command.display() + QLatin1Char('\n');
        }
    }
    for (const QString &warning : result.warnings) {
        text += QLatin1Char('\n') + tr("Warning: %1").arg(warning) + QLatin1Char('\n');
    }
    return text;
}

} // namespace DceUpgrade
