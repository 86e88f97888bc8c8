#include "CliCommands.h"

#include "ExitCode.h"
#include "InitCommand.h"
#include "InspectCommand.h"
#include "PlanCommand.h"
#include "PushCommand.h"
#include "RunCommand.h"

#include "Version.h"
#include "util/Error.h"

#include <QFile>

#include <cstdio>

#include <array>

namespace DceUpgrade::Cli {

namespace {

// The reference documents compiled into the program (app/CMakeLists.txt, prefix :/docs), so the
// engineer on a jump host without a browser reads them with `dce-upgrade help TOPIC`.
struct HelpDocument
{
    const char *topic;
    const char *file;
};
constexpr std::array helpDocuments {
    HelpDocument {"plan", ":/docs/plan.md"},
    HelpDocument {"events", ":/docs/events.md"},
    HelpDocument {"cli", ":/docs/cli.md"},
};

} // namespace

QStringList CliCommands::withoutLanguage(const QStringList &arguments)
{
    QStringList rest;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments[i] == QLatin1String("--lang")) {
            ++i; // and its value
        } else if (!arguments[i].startsWith(QLatin1String("--lang="))) {
            rest.append(arguments[i]);
        }
    }
    return rest;
}

CliCommands::CliCommands()
    : m_out(stdout)
    , m_err(stderr)
{ }

QString CliCommands::commandHelp(const QString &command)
{
    if (command == QLatin1String("inspect")) {
        return tr("Usage: dce-upgrade inspect PACKAGE [--json] [--verify]\n"
                  "\n"
                  "Show the charts, versions and images of an offline package without unpacking "
                  "it.\n"
                  "\n"
                  "  --json     machine-readable output\n"
                  "  --verify   also check the .sha512sum (or .sha256sum) file beside the package "
                  "and\n"
                  "             every layer digest (reads the whole package)\n");
    }
    if (command == QLatin1String("plan")) {
        return tr("Usage: dce-upgrade plan --plan FILE [--json] [--helm-version X.Y.Z]\n"
                  "\n"
                  "Show every step of the upgrade with its exact commands (dry run: nothing is\n"
                  "changed). Passwords are never shown. The plan format: \"dce-upgrade help "
                  "plan\",\n"
                  "or \"dce-upgrade init\" writes a commented plan.\n"
                  "\n"
                  "  --plan FILE            the upgrade plan (YAML)\n"
                  "  --json                 machine-readable output\n"
                  "  --helm-version X.Y.Z   plan for this helm (default: the installed one)\n");
    }
    if (command == QLatin1String("script")) {
        return tr("Usage: dce-upgrade script --plan FILE [--output FILE] [--helm-version X.Y.Z]\n"
                  "\n"
                  "Write the steps of \"dce-upgrade plan\" as a bash script, for sites that must\n"
                  "run commands by hand. The script asks for the password (or reads\n"
                  "DCE_REGISTRY_PASSWORD) when it runs; it holds no secret.\n"
                  "\n"
                  "  --plan FILE            the upgrade plan (YAML)\n"
                  "  --output FILE          write the script to FILE (made executable) instead "
                  "of\n"
                  "                         standard output\n"
                  "  --helm-version X.Y.Z   write it for this helm (default: the installed one)\n");
    }
    if (command == QLatin1String("run")) {
        return tr("Usage: dce-upgrade run --plan FILE [options]\n"
                  "       dce-upgrade run --resume SESSION [options]\n"
                  "\n"
                  "Perform the steps. A session directory under ~/.local/state/dce-upgrade keeps "
                  "the\n"
                  "plan, logs, values backups and the report; --resume continues a session and "
                  "skips\n"
                  "what is done.\n"
                  "\n"
                  "  --plan FILE         start a new session with this plan\n"
                  "  --resume SESSION    continue a session (its name or directory)\n"
                  "  --events -          JSON lines on standard output (\"dce-upgrade help "
                  "events\")\n"
                  "                      instead of readable progress\n"
                  "  --secrets-stdin     read one JSON line such as "
                  "{\"registry.password\":\"...\"};\n"
                  "                      otherwise a terminal is asked\n"
                  "  --helm PATH         the helm to run (default: $DCE_UPGRADE_HELM or helm on "
                  "PATH)\n"
                  "  --kubectl PATH      the kubectl to run (default: kubectl on PATH)\n"
                  "  --allow-downgrade   agree to install an older chart version than the "
                  "deployed one\n"
                  "  --recover-pending   first roll a release an interrupted helm left "
                  "pending-* back\n"
                  "                      to its last deployed revision\n"
                  "  --verbose           show every line the tools print\n");
    }
    if (command == QLatin1String("rollback")) {
        return tr("Usage: dce-upgrade rollback --session SESSION [--events -] [--helm PATH]\n"
                  "\n"
                  "Roll every release the session upgraded back to its revision before.\n"
                  "\n"
                  "  --session SESSION   the session of the run (its name or directory)\n"
                  "  --events -          JSON lines on standard output (\"dce-upgrade help "
                  "events\")\n"
                  "  --helm PATH         the helm to run (default: $DCE_UPGRADE_HELM or helm on "
                  "PATH)\n");
    }
    if (command == QLatin1String("push")) {
        return tr("Usage: dce-upgrade push PACKAGE --registry URL [options]\n"
                  "\n"
                  "The built-in sync on its own: every image of the package straight into the\n"
                  "registry as charts-syncer would put it, then (with --chart-repo) the "
                  "relocated\n"
                  "charts.\n"
                  "\n"
                  "  --registry URL           the image registry (https:// unless http:// is "
                  "given)\n"
                  "  --repository PATH        where the images go under it (charts-syncer's\n"
                  "                           containerRepository), e.g. skoala\n"
                  "  --user USER              the account (robot$name works)\n"
                  "  --password-stdin         read its password from standard input\n"
                  "  --ca-file FILE           trust this CA (a self-signed Harbor)\n"
                  "  --insecure               do not verify the TLS certificate (warned about)\n"
                  "  --jobs N                 parallel uploads (default 4)\n"
                  "  --force                  replace tags and chart versions already there\n"
                  "  --create-project         create the Harbor project (private) when missing\n"
                  "  --chart-target KIND      harbor, local, oci or none (default: from "
                  "--chart-repo)\n"
                  "  --chart-repo URL|DIR     https://HARBOR/chartrepo/PROJECT, "
                  "oci://REGISTRY/PROJECT\n"
                  "                           or a directory\n");
    }
    if (command == QLatin1String("init")) {
        return tr("Usage: dce-upgrade init PACKAGE --registry HOST/PROJECT [options]\n"
                  "\n"
                  "Write a commented upgrade plan for the module in PACKAGE, valid as written;\n"
                  "review it, then run \"dce-upgrade plan --plan FILE\". It never holds a "
                  "password:\n"
                  "\"run\" asks for it.\n"
                  "\n"
                  "  --registry HOST/PROJECT   the image registry and project the images go to\n"
                  "  --user USER               the registry account (robot$name works)\n"
                  "  --http                    the registry speaks plain http\n"
                  "  --sync METHOD             how the images get there: builtin (default),\n"
                  "                            charts-syncer, docker, containerd or none\n"
                  "  --upgrade METHOD          chartPackage (default: the chart of the "
                  "package),\n"
                  "                            helmRepo (--repo-url) or none (sync only)\n"
                  "  --repo-url URL            the Helm repository of --upgrade helmRepo\n"
                  "  --kubeconfig FILE         the kubeconfig of the management cluster\n"
                  "  --node HOST               a node to import into (containerd, docker on "
                  "nodes);\n"
                  "                            repeat for each node\n"
                  "  --output FILE             write the plan to FILE (default: standard "
                  "output)\n");
    }
    return {};
}

void CliCommands::printHelp()
{
    m_out << tr(
        "Usage: dce-upgrade COMMAND [options]\n"
        "       dce-upgrade COMMAND --help   (the options of one command)\n"
        "\n"
        "Offline upgrade of DCE 5.0 modules from their offline packages.\n"
        "\n"
        "Commands:\n"
        "  inspect PACKAGE      the charts, versions and images of an offline package\n"
        "  init PACKAGE --registry HOST/PROJECT\n"
        "                       write a commented upgrade plan to start from\n"
        "  plan --plan FILE     every step of the upgrade with its exact commands (dry run)\n"
        "  script --plan FILE   the same steps as a bash script\n"
        "  run --plan FILE      perform the steps (in a session: --resume SESSION continues)\n"
        "  rollback --session SESSION\n"
        "                       roll the releases a session upgraded back\n"
        "  push PACKAGE --registry URL\n"
        "                       push the images (and charts) of a package to a registry\n"
        "  help [TOPIC]         the plan file format (help plan), the run's events (help\n"
        "                       events), this command line in full (help cli)\n"
        "\n"
        "The upgrade plan (YAML): \"dce-upgrade help plan\" prints its format (also in\n"
        "/usr/share/doc/dce-upgrade/plan.md); \"dce-upgrade init\" writes one with a comment\n"
        "on every key. \"dce-upgrade help\" lists the help topics.\n"
        "\n"
        "Global options (before or after the command):\n"
        "  --lang en|zh_CN   language of messages (default: the system's)\n"
        "  --version, --help\n"
        "\n"
        "Exit codes:\n"
        "  0 success; 1 other failure; 2 wrong arguments; 3 the package, plan or profile\n"
        "  cannot be used; 4 checksum or digest mismatch (damaged download); 5 a file or\n"
        "  tool on this machine is missing or unusable; 130 run or rollback canceled.\n"
        "Errors go to standard error and say what to do.\n");
    m_out.flush();
}

int CliCommands::help(const QString &topic)
{
    for (const HelpDocument &document : helpDocuments) {
        if (topic == QLatin1String(document.topic)) {
            QFile file(QString::fromLatin1(document.file));
            if (!file.open(QIODevice::ReadOnly)) {
                m_err << tr("The help on %1 is missing from this build.").arg(topic) << Qt::endl;
                return Failure;
            }
            // The document's bytes as they are: a pager or a redirect gets the Markdown source.
            const QByteArray text = file.readAll();
            m_out.flush();
            std::fwrite(text.constData(), 1, std::size_t(text.size()), stdout);
            std::fflush(stdout);
            return Success;
        }
    }
    // `help COMMAND`: that command's options (`plan --help` for the plan command's: `help plan`
    // is the plan format).
    const QString text = commandHelp(topic);
    if (!text.isEmpty()) {
        m_out << text;
        m_out.flush();
        return Success;
    }
    const QString topics
        = tr("Help topics:\n"
             "  plan     the upgrade plan file: every key, its default and meaning\n"
             "  events   the JSON lines of \"run --events -\"\n"
             "  cli      every command, the order of a run, sessions, exit codes\n"
             "Commands (\"help COMMAND\" or \"COMMAND --help\" prints their "
             "options):\n"
             "  inspect, init, plan (\"plan --help\"), script, run, rollback, "
             "push\n");
    if (topic.isEmpty()) {
        m_out << tr("Usage: dce-upgrade help TOPIC\n\n") << topics;
        m_out.flush();
        return Success;
    }
    m_err << tr("Unknown help topic \"%1\".").arg(topic) << '\n' << topics;
    m_err.flush();
    return Usage;
}

int CliCommands::usage(QTextStream &err, const QString &problem)
{
    err << problem << '\n' << tr("Run \"dce-upgrade --help\" for the commands.") << Qt::endl;
    return Usage;
}

int CliCommands::run(const QStringList &given)
{
    // --lang is global: main() has installed the language already, before or after the command.
    const QStringList arguments = withoutLanguage(given);
    const bool helpAsked
        = arguments.contains(QLatin1String("--help")) || arguments.contains(QLatin1String("-h"));
    if (!arguments.isEmpty() && arguments.first() == QLatin1String("help") && !helpAsked) {
        return help(arguments.value(1));
    }
    if (!arguments.isEmpty() && helpAsked) {
        // `COMMAND --help`: that command's options.
        const QString text = commandHelp(arguments.first());
        if (!text.isEmpty()) {
            m_out << text;
            m_out.flush();
            return Success;
        }
    }
    if (arguments.isEmpty() || helpAsked) {
        printHelp();
        return arguments.isEmpty() ? Usage : Success;
    }
    if (arguments.first() == QLatin1String("--version")) {
        m_out << "dce-upgrade " << Version << Qt::endl;
        return Success;
    }
    const QString command = arguments.first();
    try {
        if (command == QLatin1String("inspect")) {
            return InspectCommand(m_out, m_err).run(arguments);
        }
        if (command == QLatin1String("plan")) {
            return PlanCommand(m_out, m_err).run(arguments, false);
        }
        if (command == QLatin1String("script")) {
            return PlanCommand(m_out, m_err).run(arguments, true);
        }
        if (command == QLatin1String("run")) {
            return RunCommand(m_out, m_err).run(arguments);
        }
        if (command == QLatin1String("push")) {
            return PushCommand(m_out, m_err).run(arguments);
        }
        if (command == QLatin1String("init")) {
            return InitCommand(m_out, m_err).run(arguments);
        }
        if (command == QLatin1String("rollback")) {
            return RunCommand(m_out, m_err).rollback(arguments);
        }
    } catch (const Error &error) {
        m_err << tr("Error: %1").arg(error.message()) << '\n';
        if (!error.hint().isEmpty()) {
            m_err << tr("What to do: %1").arg(error.hint()) << '\n';
        }
        m_err << '(' << error.code() << ')' << Qt::endl;
        return exitCodeFor(error.code());
    }
    return usage(m_err, tr("Unknown command \"%1\".").arg(command));
}

} // namespace DceUpgrade::Cli
