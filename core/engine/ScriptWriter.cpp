#include "ScriptWriter.h"

#include "Version.h"
#include "bundle/PackageDirectory.h"
#include "bundle/PackageReader.h"

#include <QFileInfo>

#include <QSet>

#include <algorithm>

namespace DceUpgrade {

namespace {

QString q(const QString &word)
{
    return CommandLine::shellQuote(word);
}

// A bash case pattern for helm versions MAJOR.MINOR and later of the same major ("v3.8.*",
// "v3.9.*", "v3.1[0-9].*"... as globs).
QString versionsFrom(int major, int minor)
{
    const QString v = QStringLiteral("v%1.").arg(major);
    QStringList globs;
    if (minor <= 9) {
        globs << v + QStringLiteral("[%1-9].*").arg(minor);
    }
    if (minor <= 10) {
        globs << v + QStringLiteral("[1-9][0-9].*");
    } else {
        // Two digits (helm 3.10 to 3.99): the rest of the decade, then the later decades.
        globs << v + QStringLiteral("%1[%2-9].*").arg(minor / 10).arg(minor % 10);
        if (minor / 10 < 9) {
            globs << v + QStringLiteral("[%1-9][0-9].*").arg(minor / 10 + 1);
        }
    }
    return globs.join(QLatin1Char('|'));
}

// Which helm versions take exactly the flags the plan was made for: the same major, and for
// helm 3 the minor that brought what the commands use (repo update of one repository, OCI
// charts, their TLS flags, plain http: HelmVersion says which).
QString helmGuard(const HelmVersion &helm, const UpgradePlan &plan)
{
    if (helm.major >= 4) {
        return QStringLiteral("v4.*");
    }
    if (!helm.canUpdateOneRepo()) {
        return QStringLiteral("v3.[0-6].*");
    }
    int minor = 7;
    if (plan.upgradesFromOci()) {
        const RegistryTarget &r = plan.registry;
        minor = r.scheme == QLatin1String("http") ? 18
            : (!r.caFile.isEmpty() || r.insecure) ? 12
                                                  : 8;
    }
    return versionsFrom(3, minor);
}

QString commandScript(const CommandLine &command)
{
    QString line = command.shellCommand();
    switch (command.input()) {
    case CommandLine::Input::None:
        break;
    case CommandLine::Input::Secret:
        line = QStringLiteral("printf '%s' \"$%1\" | %2")
                   .arg(ScriptWriter::secretVariable(command.secretId()), line);
        break;
    case CommandLine::Input::BundleMember:
        line = ScriptWriter::streamMember(command.inputPackage(), command.inputMemberPath())
            + QLatin1String(" | ") + line;
        break;
    }
    if (!command.stdoutFile().isEmpty()) {
        // noclobber (set -C) for this redirection: a backup is never overwritten.
        line = QStringLiteral("(set -C; %1 > %2)").arg(line, q(command.stdoutFile()));
    }
    if (!command.workingDirectory().isEmpty()) {
        line = QStringLiteral("(cd %1 && %2)").arg(q(command.workingDirectory()), line);
    }
    return line;
}

void writeFile(QStringList &out, const PlannedFile &file)
{
    out.append(QStringLiteral("mkdir -p \"$(dirname %1)\"").arg(q(file.path)));
    out.append(QStringLiteral("dce_content=$(cat <<'DCE_UPGRADE_EOF'"));
    out.append(QString::fromUtf8(file.content).trimmed());
    out.append(QStringLiteral("DCE_UPGRADE_EOF"));
    out.append(QStringLiteral(")"));
    // The quoted here-document keeps $ and ` literal (robot$name); only ${SESSION} is meant.
    out.append(QStringLiteral("dce_content=${dce_content//'${SESSION}'/$SESSION}"));
    if (file.secretId.isEmpty()) {
        out.append(QStringLiteral("printf '%s\\n' \"$dce_content\" > %1").arg(q(file.path)));
        return;
    }
    const QString variable = ScriptWriter::secretVariable(file.secretId);
    if (file.yamlDoubleQuoted) {
        // Escape for a YAML double-quoted scalar: backslash first, then the quote.
        out.append(QStringLiteral("dce_secret=${%1//\\\\/\\\\\\\\}").arg(variable));
        out.append(QStringLiteral("dce_secret=${dce_secret//\\\"/\\\\\\\"}"));
    } else {
        out.append(QStringLiteral("dce_secret=$%1").arg(variable));
    }
    out.append(QStringLiteral("printf '%s\\n' \"${dce_content//%1/\"$dce_secret\"}\" > %2")
                   .arg(QString::fromUtf8(file.secretPlaceholder)
                            .replace(QLatin1Char('*'), QLatin1String("\\*")),
                       q(file.path)));
    out.append(QStringLiteral("unset dce_secret dce_content"));
}

// The bash of ScriptWriter::CheckImages and its helpers. The password reaches curl through
// its standard input (-K -, a curl config), never its argv; a registry that answers with a
// Bearer challenge (Harbor) is asked for a pull token first, as docker would.
QString checkImagesFunctions()
{
    return QStringLiteral(R"BASH(dce_credentials() {
  [[ -n "$1" ]] || return 0
  local password=${%1-}
  password=${password//\\/\\\\}; password=${password//\"/\\\"}
  printf 'user = "%s:%s"\n' "$1" "$password"
}
dce_manifest_status() {
  local url=$1 repo=$2 user=$3; shift 3
  local accept='Accept: application/vnd.oci.image.index.v1+json, application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.list.v2+json, application/vnd.docker.distribution.manifest.v2+json'
  local headers challenge realm service token
  headers=$(dce_credentials "$user" | curl -sS -I --connect-timeout 10 -K - -H "$accept" "$@" "$url") || return 1
  challenge=$(printf '%s\n' "$headers" | tr -d '\r' | { grep -i '^www-authenticate: *bearer' || true; })
  if [[ -n "$challenge" ]]; then
    realm=$(sed -n 's/.*realm="\([^"]*\)".*/\1/p' <<<"$challenge")
    service=$(sed -n 's/.*service="\([^"]*\)".*/\1/p' <<<"$challenge")
    token=$(dce_credentials "$user" | curl -sSfG --connect-timeout 10 -K - "$@" --data-urlencode "service=$service" --data-urlencode "scope=repository:$repo:pull" "$realm" | sed -n 's/.*"\(access_\)\{0,1\}token" *: *"\([^"]*\)".*/\2/p') || return 1
    headers=$(printf 'header = "Authorization: Bearer %s"\n' "$token" | curl -sS -I --connect-timeout 10 -K - -H "$accept" "$@" "$url") || return 1
  fi
  sed -n '1s/^HTTP[^ ]* \([0-9]*\).*/\1/p' <<<"$headers"
}
%2() {
  local registry=$1 scheme=$2 user=$3; shift 3
  local line image path repo ref code found=0 missing=()
  declare -A seen=()
  while IFS= read -r line; do
    [[ $line =~ ^[[:space:]-]*image:[[:space:]]*(.+)$ ]] || continue
    image=${BASH_REMATCH[1]}; image=${image//\"/}; image=${image//\'/}; image=${image%%[[:space:]]*}
    [[ -n "$image" && -z "${seen[$image]-}" ]] || continue
    seen[$image]=1
    if [[ "$image" != "$registry"/* ]]; then
      printf '%s %s\n' %3 "$image" >&2; continue
    fi
    path=${image#"$registry"/}
    if [[ "$path" == *@* ]]; then repo=${path%%@*}; ref=${path#*@}
    elif [[ "${path##*/}" == *:* ]]; then repo=${path%:*}; ref=${path##*:}
    else repo=$path; ref=latest; fi
    if ! code=$(dce_manifest_status "$scheme://$registry/v2/$repo/manifests/$ref" "$repo" "$user" "$@"); then
      printf '%s %s\n' %4 "$registry" >&2; return 1
    fi
    case "$code" in
      200) found=$((found + 1)) ;;
      404) missing+=("$image") ;;
      *) printf '%s %s (HTTP %s)\n' %5 "$image" "$code" >&2; return 1 ;;
    esac
  done
  if (( ${#missing[@]} )); then
    printf '%s\n' %6 >&2
    printf '  %s\n' "${missing[@]}" >&2
    return 1
  fi
  printf '%s %s\n' %7 "$found" >&2
})BASH")
        .arg(ScriptWriter::secretVariable(RegistryPasswordId), ScriptWriter::CheckImages,
            q(ScriptWriter::tr("Not in the image registry of the plan, so not checked (the "
                               "nodes must reach its registry):")),
            q(ScriptWriter::tr("Cannot ask the image registry:")),
            q(ScriptWriter::tr("The image registry did not answer the lookup of")),
            q(ScriptWriter::tr("These images the upgrade would use are not in the image "
                               "registry. Push them first (the sync of the plan, or "
                               "\"dce-upgrade push\" with the package); nothing was changed in "
                               "the cluster:")),
            q(ScriptWriter::tr("Images the upgrade uses, all in the image registry:")));
}

} // namespace

QString ScriptWriter::checkImagesCall(const RegistryTarget &registry)
{
    QString call
        = QStringLiteral("%1 %2 %3 %4")
              .arg(CheckImages, q(registry.address), q(registry.scheme), q(registry.username));
    if (!registry.caFile.isEmpty()) {
        call += QStringLiteral(" --cacert ") + q(registry.caFile);
    }
    if (registry.insecure) {
        call += QStringLiteral(" --insecure");
    }
    return call;
}

QString ScriptWriter::secretVariable(const QString &secretId)
{
    return QStringLiteral("DCE_")
        + QString(secretId).toUpper().replace(QLatin1Char('.'), QLatin1Char('_'));
}

QString ScriptWriter::streamMember(const QString &packagePath, const QStringList &memberChain)
{
    // An unpacked bundle's members are its files (PackageDirectory).
    const bool directory = QFileInfo(packagePath).isDir();
    QStringList parts;
    for (qsizetype i = 0; i < memberChain.size(); ++i) {
        parts.append(i > 0 ? QStringLiteral("tar -xO %1").arg(q(memberChain[i]))
                : directory
                ? QStringLiteral("cat %1").arg(q(packagePath + QLatin1Char('/') + memberChain[i]))
                : QStringLiteral("tar -xOf %1 %2").arg(q(packagePath), q(memberChain[i])));
    }
    if (parts.isEmpty()) {
        return QStringLiteral("cat %1").arg(q(packagePath));
    }
    return parts.join(QLatin1String(" | "));
}

QString ScriptWriter::bundleToFile(
    const Package &package, const Bundle &bundle, const QString &target)
{
    if (package.isDirectory) {
        // The bundle's own entries only: whatever else lies in the directory stays out.
        QStringList entries;
        for (const QString &entry : PackageDirectory::bundleEntries()) {
            entries.append(q(entry));
        }
        return QStringLiteral("tar -cf %1 -C %2 %3")
            .arg(q(target), q(package.path), entries.join(QLatin1Char(' ')));
    }
    if (bundle.memberChain.isEmpty()) {
        return QStringLiteral("ln -sf %1 %2").arg(q(package.path), q(target));
    }
    return streamMember(package.path, bundle.memberChain) + QLatin1String(" > ") + q(target);
}

QString ScriptWriter::extractChart(const Package &package, const Bundle &bundle, const QString &dir)
{
    if (package.isDirectory) {
        return QStringLiteral("cp -R %1/. %2")
            .arg(q(package.path + QLatin1String("/original-chart")), q(dir));
    }
    if (bundle.memberChain.isEmpty()) {
        return QStringLiteral("tar -xf %1 -C %2 --strip-components=1 original-chart")
            .arg(q(package.path), q(dir));
    }
    return streamMember(package.path, bundle.memberChain)
        + QStringLiteral(" | tar -x -C %1 --strip-components=1 original-chart").arg(q(dir));
}

QByteArray ScriptWriter::write(const PlanResult &result, const Context &context)
{
    const UpgradePlan &plan = *context.plan;
    QStringList out;
    out << QStringLiteral("#!/usr/bin/env bash")
        << QStringLiteral("# %1").arg(
               tr("DCE offline upgrade of %1, generated by dce-upgrade %2 from %3.")
                   .arg(plan.module, QString::fromLatin1(Version), context.planPath))
        << QStringLiteral("# %1").arg(
               tr("The same steps as \"dce-upgrade plan\" shows; review them "
                  "before running the script."))
        << QStringLiteral("# %1").arg(tr("Secrets: set %1 in the environment, or type it when "
                                         "asked. It is never written to a file or a command line.")
                                          .arg(secretVariable(RegistryPasswordId)))
        << QStringLiteral("set -euo pipefail")
        // Before any child starts: the password stays a variable of this shell only, so no
        // child (helm, kubectl, docker, ssh...) inherits it; each gets it through its stdin or
        // a private file.
        << QStringLiteral("export -n %1").arg(secretVariable(RegistryPasswordId))
        << QStringLiteral("umask 077") << QStringLiteral("STAMP=$(date +%Y%m%dT%H%M%S)")
        << QStringLiteral("SESSION=\"${DCE_UPGRADE_SESSION:-${XDG_STATE_HOME:-$HOME/.local/state}/"
                          "dce-upgrade/script-$STAMP}\"")
        << QStringLiteral("mkdir -p \"$SESSION/values\"");
    // A sync-only script runs no helm: it must work on a host that has none.
    if (!result.syncOnly) {
        out << QStringLiteral("# %1").arg(tr("helm keeps its repositories and cache in the "
                                             "session: your own helm settings are not touched."))
            // A HELM_REPOSITORY_CONFIG or HELM_REGISTRY_CONFIG of the user's shell would beat
            // the homes below and receive the repository password.
            << QStringLiteral("unset KUBECACHEDIR $(compgen -e HELM_)")
            << QStringLiteral("export HELM_CONFIG_HOME=\"$SESSION/helm/config\" "
                              "HELM_CACHE_HOME=\"$SESSION/helm/cache\" "
                              "HELM_DATA_HOME=\"$SESSION/helm/data\"")
            << QString() << QStringLiteral("helm_version=$(helm version --template '{{.Version}}')")
            << QStringLiteral("case \"$helm_version\" in")
            << QStringLiteral("  %1) ;;").arg(helmGuard(context.helm, *context.plan))
            << QStringLiteral("  *) echo %1 >&2; exit 1 ;;")
                   .arg(q(tr("This script was generated for helm %1; the installed helm is "
                             "different. Generate it again on this machine.")
                              .arg(context.helm.toString())))
            << QStringLiteral("esac");
    }

    QSet<QString> secrets;
    for (const PlannedStep &step : result.steps) {
        for (const CommandLine &command : step.commands) {
            if (command.input() == CommandLine::Input::Secret) {
                secrets.insert(command.secretId());
            }
        }
        for (const PlannedFile &file : step.files) {
            if (!file.secretId.isEmpty()) {
                secrets.insert(file.secretId);
            }
        }
    }
    for (const QString &secret : std::as_const(secrets)) {
        const QString variable = secretVariable(secret);
        const QString prompt
            = tr("Password of %1 at %2: ").arg(plan.registry.username, plan.registry.address);
        out << QStringLiteral("if [[ -z \"${%1+set}\" ]]; then").arg(variable)
            << QStringLiteral("  read -rsp %1 %2; echo >&2").arg(q(prompt), variable)
            << QStringLiteral("fi");
    }

    out << QString() << QStringLiteral("step() { printf '\\n==> [%s] %s\\n' \"$1\" \"$2\" >&2; }");
    const bool checksImages
        = std::any_of(result.steps.cbegin(), result.steps.cend(), [](const PlannedStep &step) {
              return step.scriptLines.join(QLatin1Char('\n')).contains(CheckImages);
          });
    if (checksImages) {
        out << checkImagesFunctions();
    }
    QStringList cleanups;
    for (const PlannedStep &step : result.steps) {
        QStringList body;
        for (const PlannedFile &file : step.files) {
            writeFile(body, file);
        }
        if (!step.scriptLines.isEmpty()) {
            body.append(step.scriptLines);
        } else if (!step.builtIn || !step.commands.empty()) {
            for (const CommandLine &command : step.commands) {
                body.append(commandScript(command));
            }
        }
        if (body.isEmpty()) {
            body.append(QStringLiteral(": # %1").arg(tr("done inside dce-upgrade; nothing to run "
                                                        "here")));
        }
        QStringList block;
        block << QString() << QStringLiteral("step %1 %2").arg(q(step.id), q(step.title));
        for (const QString &detail : step.details) {
            block << QStringLiteral("# ")
                    + QString(detail).replace(QLatin1Char('\n'), QLatin1Char(' '));
        }
        block << body;
        if (step.alwaysRun) {
            // Cleanup must also run when an earlier step fails: collect it into the EXIT trap.
            cleanups << step.scriptLines;
        } else {
            out << block;
        }
    }
    if (!cleanups.isEmpty()) {
        // Inserted before the first step so it is armed for the whole run.
        QStringList trap;
        trap << QString() << QStringLiteral("dce_cleanup() {");
        for (const QString &line : std::as_const(cleanups)) {
            trap << QStringLiteral("  ") + line;
        }
        trap << QStringLiteral("}") << QStringLiteral("trap dce_cleanup EXIT");
        const qsizetype at = out.indexOf(
            QStringLiteral("step() { printf '\\n==> [%s] %s\\n' \"$1\" \"$2\" >&2; }"));
        for (qsizetype i = 0; i < trap.size(); ++i) {
            out.insert(at + 1 + i, trap[i]);
        }
    }
    // The sentence around the directory is quoted; the directory itself is expanded.
    const QStringList finished
        = tr("All steps finished. Values backups are in %1.").split(QStringLiteral("%1"));
    out << QString()
        << QStringLiteral("printf '%s%s%s\\n' %1 \"$SESSION/values\" %2 >&2")
               .arg(q(finished.value(0)), q(finished.mid(1).join(QString())));
    return out.join(QLatin1Char('\n')).toUtf8() + '\n';
}

} // namespace DceUpgrade
