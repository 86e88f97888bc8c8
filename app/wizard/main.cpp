#include "BundlePage.h"
#include "PageId.h"
#include "ResumeOffer.h"
#include "UpgradeWizard.h"
#include "Version.h"
#include "WizardSession.h"
#include "WizardSettings.h"
#include "model/ModuleProfile.h"
#include "util/Error.h"
#include "util/SystemError.h"
#include "util/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <cstdlib>
#include <optional>
#include <utility>

using namespace DceUpgrade;
using namespace DceUpgrade::Wizard;

namespace {

// The command line's texts, for lupdate and tr() outside a QObject.
struct CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(DceUpgrade::Wizard::CommandLine)
};

struct Options
{
    QString language;
    QString module; // empty: recognised from the package
    QString package;
    QString screenshot;
    QString plan;
    QString demoNote;
    int quitAfterMs = -1;
};

// --help and --version only print: they must work without a display, before a QApplication
// would refuse to start.
bool onlyPrints(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QLatin1String argument(argv[i]);
        if (argument == QLatin1String("-h") || argument == QLatin1String("--help")
            || argument == QLatin1String("--help-all") || argument == QLatin1String("-v")
            || argument == QLatin1String("--version")) {
            return true;
        }
    }
    return false;
}

void describeApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("dce-upgrade-wizard"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(DceUpgrade::Version));
    QCoreApplication::setOrganizationName(QStringLiteral("DaoCloud"));
}

Options parseOptions(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CommandLine::tr(
        "Offline upgrade wizard for DCE 5.0 modules: reads the offline package, pushes "
        "its images to your registry and upgrades the Helm releases."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("package"),
        CommandLine::tr("Offline package to open on the package page (optional)."),
        QStringLiteral("[PACKAGE]"));
    const QCommandLineOption lang(QStringLiteral("lang"),
        CommandLine::tr("Interface language: en or zh_CN (default: the system's)."),
        QStringLiteral("language"));
    const QCommandLineOption module(QStringLiteral("module"),
        CommandLine::tr("Module to upgrade (default: the one the package's charts belong to, "
                        "recognised when it is read). Known: %1.")
            .arg(ModuleProfile::supportedIds().join(QLatin1String(", "))),
        QStringLiteral("id"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
        CommandLine::tr(
            "Save a PNG of the window to FILE once it is shown and the package (if any) is "
            "read, then quit (exit code 0, or 1 when it cannot be written)."),
        QStringLiteral("file"));
    const QCommandLineOption quitAfter(QStringLiteral("quit-after"),
        CommandLine::tr("Quit after MS milliseconds (smoke test: exit code 0 when the window came "
                        "up). Works with QT_QPA_PLATFORM=offscreen."),
        QStringLiteral("ms"));
    const QCommandLineOption plan(QStringLiteral("plan"),
        CommandLine::tr("Start from this plan file (as saved from the Review page or written for "
                        "dce-upgrade run) instead of the choices saved from the wizard's last "
                        "use."),
        QStringLiteral("file"));
    const QCommandLineOption demo(QStringLiteral("demo"),
        CommandLine::tr("Label the window as a demo and show the notes in FILE on the first "
                        "page (used by scripts/run.sh --demo)."),
        QStringLiteral("file"));
    parser.addOptions({lang, module, screenshot, quitAfter, plan, demo});
    parser.process(app);

    Options options;
    options.language = parser.value(lang);
    options.module = parser.value(module);
    options.screenshot = parser.value(screenshot);
    options.plan = parser.value(plan);
    if (parser.isSet(demo)) {
        QFile notes(parser.value(demo));
        if (!notes.open(QIODevice::ReadOnly)) {
            QTextStream(stderr) << CommandLine::tr("Cannot read the demo notes %1: %2")
                                       .arg(notes.fileName(), SystemError::of(notes))
                                << Qt::endl;
            std::exit(2);
        }
        options.demoNote = QString::fromUtf8(notes.readAll()).trimmed();
        if (options.demoNote.isNull()) {
            options.demoNote = QStringLiteral("");
        }
    }
    if (parser.isSet(quitAfter)) {
        bool ok = false;
        options.quitAfterMs = parser.value(quitAfter).toInt(&ok);
        if (!ok || options.quitAfterMs < 0) {
            QTextStream(stderr) << CommandLine::tr("--quit-after needs a number of milliseconds.")
                                << Qt::endl;
            std::exit(2);
        }
    }
    if (!options.language.isEmpty() && options.language != QLatin1String("en")
        && options.language != QLatin1String("zh_CN")) {
        QTextStream(stderr) << CommandLine::tr("--lang must be en or zh_CN.") << Qt::endl;
        std::exit(2);
    }
    if (parser.positionalArguments().size() > 1) {
        QTextStream(stderr) << CommandLine::tr("Give at most one PACKAGE.") << Qt::endl;
        std::exit(2);
    }
    options.package = parser.positionalArguments().value(0);
    return options;
}

// Saves the window once it is up and no package is being read, then quits. Polls on a timer of
// the main event loop: nothing here blocks or spins a nested loop.
void scheduleScreenshot(UpgradeWizard *wizard, const QString &file)
{
    auto *timer = new QTimer(wizard);
    timer->setInterval(50);
    QObject::connect(timer, &QTimer::timeout, wizard, [wizard, timer, file] {
        const auto *bundlePage
            = qobject_cast<BundlePage *>(wizard->page(pageIndex(PageId::Bundle)));
        if (!wizard->isVisible() || (bundlePage && bundlePage->isBusy())) {
            return;
        }
        timer->stop();
        const bool saved = wizard->grab().save(file, "PNG");
        if (!saved) {
            QTextStream(stderr) << CommandLine::tr("Cannot write the screenshot to %1.").arg(file)
                                << Qt::endl;
        }
        QCoreApplication::exit(saved ? 0 : 1);
    });
    timer->start();
}

} // namespace

int main(int argc, char *argv[])
{
    if (onlyPrints(argc, argv)) {
        const QCoreApplication app(argc, argv);
        describeApplication();
        Translations::install(); // the help in the system's language
        parseOptions(app); // prints and exits
        return 0;
    }

    QApplication app(argc, argv);
    describeApplication();
    QGuiApplication::setDesktopFileName(QStringLiteral("io.daocloud.DceUpgradeWizard"));
    Translations::install(); // messages about the options in the system's language

    const Options options = parseOptions(app);

    // The module named by --module or the plan; otherwise skoala stands in until the package
    // read on the Package page names its module.
    std::optional<UpgradePlan> plan;
    std::optional<ModuleProfile> chosen;
    try {
        if (!options.plan.isEmpty()) {
            plan = UpgradePlan::load(options.plan);
            chosen = ModuleProfile::forUpgrade(plan->module);
        } else if (!options.module.isEmpty()) {
            chosen = ModuleProfile::forUpgrade(options.module);
        }
    } catch (const Error &error) {
        QTextStream(stderr) << error.describe() << Qt::endl;
        return 2;
    }

    WizardSession session(ModuleProfile::builtIn(QStringLiteral("skoala")));
    session.setLanguage(options.language);
    if (!options.demoNote.isNull()) {
        session.setDemoNote(options.demoNote);
    }
    if (plan) {
        session.setDraft(*plan, WizardSession::ModuleOrigin::Chosen);
    } else if (const std::optional<UpgradePlan> last = WizardSettings::lastPlan()) {
        UpgradePlan remembered = *last;
        remembered.package = session.packagePath();
        // Last time's module only stands in, as skoala would: the package names its own.
        session.setDraft(remembered, WizardSession::ModuleOrigin::Assumed);
    }
    if (chosen && !plan) {
        session.setProfile(*chosen, WizardSession::ModuleOrigin::Chosen);
    }
    UpgradeWizard wizard(&session);
    wizard.restoreGeometry(WizardSettings::geometry());
    // Remembered for next time, whichever way the window closes (never a secret: see
    // WizardSettings); the secrets are wiped with the session.
    QObject::connect(&app, &QCoreApplication::aboutToQuit, &wizard, [&wizard, &session] {
        WizardSettings::setGeometry(wizard.saveGeometry());
        // A demo's loopback addresses and temporary paths would be wrong next time.
        if (!session.isDemo()) {
            WizardSettings::setLastPlan(session.draft());
        }
        session.secrets().clear();
    });
    wizard.show();
    // Not with a plan given on the command line, nor for a screenshot: both asked for
    // something specific.
    if (options.plan.isEmpty() && options.screenshot.isEmpty()) {
        (new ResumeOffer(&session, &wizard))->offer();
    }
    if (!options.package.isEmpty()) {
        // Through the Welcome page, so Back still leads to it (and to the language switch).
        session.setPackagePath(options.package);
        wizard.next();
    }

    if (!options.screenshot.isEmpty()) {
        scheduleScreenshot(&wizard, options.screenshot);
    }
    if (options.quitAfterMs >= 0) {
        QTimer::singleShot(options.quitAfterMs, &app, [] { QCoreApplication::exit(0); });
    }
    return QApplication::exec();
}
