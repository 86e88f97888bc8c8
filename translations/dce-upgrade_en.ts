<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>DceUpgrade::ChartExtractStep</name>
    <message>
        <source>The step %1 has no chart to extract.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the disk where the session is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of %1 written to %2.</source>
        <translation>
            <numerusform>%n file of %1 written to %2.</numerusform>
            <numerusform>%n files of %1 written to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DceUpgrade::ChartLoader</name>
    <message>
        <source>%1 is larger than any chart archive should be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package is damaged. Download it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a gzip-compressed chart archive (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains the member &quot;%2&quot;, which points outside the chart. The package was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Such a package may be an attack. Use only packages downloaded from DaoCloud and verify their checksums.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unpacks to more data than any chart should have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: subcharts are nested more than %2 levels deep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing: the package holds no Helm chart description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package is incomplete or was not made by charts-syncer. Download it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart.yaml must be a mapping with name and version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the chart has no name or no version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package is damaged or was not made by charts-syncer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values.yaml must be a mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the chart version &quot;%1&quot; is not a semantic version; helm would refuse the chart when upgrading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package is damaged or was not made for a helm upgrade. Download it again from DaoCloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains &quot;%2&quot;, which is a link or a special file rather than a regular file; helm does not follow links inside a packaged chart. The package was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package was altered or was not made by DaoCloud&apos;s tools. Download it again from DaoCloud and compare its checksum.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DceUpgrade::ChartPublishStep</name>
    <message>
        <source>%1 published, %2 already there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DceUpgrade::ChartPublisher</name>
    <message>
        <source>Could not write the relocated chart to %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the chart directory is writable and that the disk has space, or choose another directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the directory %1 cannot be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its permissions cannot be set to 0644</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the relocated chart to %1 for the upload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the work directory is writable and that the disk has space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart %1 cannot be published to this kind of target here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An OCI target needs a registry connection; configure the registry first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Harbor chart repositories are uploaded by the Harbor step; choose an OCI or a local chart target for this step.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DceUpgrade::ChartRelocator</name>
    <message>
        <source>The package is damaged or was not made by charts-syncer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>charts-syncer stops at this chart too. Ask DaoCloud for a package whose image hints (.relok8s-images.yaml) match its values.yaml, or upgrade with the built-in method, which sets the image values on the command line instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty (null)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the non-text value %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the image value %2 is not inside a mapping, so charts-syncer cannot rewrite it (&quot;need path or selectors or both&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no value %2, so the mapping %3 to write %4 into is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is %3, not a mapping, so %4 cannot be written into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is %3 (line %4); charts-syncer only rewrites text values (&quot;expected !!str&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the value in quotes in the chart&apos;s values.yaml, or ask DaoCloud for a corrected package; charts-syncer stops at this chart too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (line %3) is a YAML alias of another value; rewriting it would change that value too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the alias with the value itself in the chart&apos;s values.yaml, or ask DaoCloud for a corrected package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: could not find the bytes of %2 (line %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a bug in dce-upgrade; report it with the chart&apos;s values.yaml.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: could not find where the mapping %2 ends to add %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: writing %2 would change more than that value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart.yaml must be a mapping with name and version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing, so the image value %2 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DceUpgrade::ChartSync</name>
    <message>
        <source>Publishing the chart was canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run again: a chart is published whole or not at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Harbor chart repository URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write it as https://HARBOR/chartrepo/PROJECT (sync.chartRepoUrl).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the disk where the session is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published the chart %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced the chart %1 in %2 (force).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart %1 is already in %2 and was left as it is. charts-syncer would have skipped this chart and its images entirely; the images were checked and pushed anyway. Use force to replace the chart.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DceUpgrade::ChartTree</name>
    <message>
        <source>%1: subcharts are nested more than %2 levels deep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package is damaged. Download it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/Chart.yaml is missing: the package holds no Helm chart description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package is incomplete or was not made by charts-syncer. Download it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the chart has no name or no version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package is damaged or was not made by charts-syncer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: original-chart/ holds more data than any chart should have.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DceUpgrade::ChartsSyncerCleanupStep</name>
    <message>
        <source>Nothing to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete %1, which holds the charts-syncer password file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete it by hand: rm -rf %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1 (the password file, the bundles and charts-syncer&apos;s work files).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DceUpgrade::ChartsSyncerPrepareStep</name>
    <message>
        <source>Install DaoCloud&apos;s charts-syncer and put it on PATH, then run again; or choose the built-in sync (sync.method: builtin), which needs no other tool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>charts-syncer finished in an earlier run of this session: nothing to prepare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>charts-syncer is not installed on this host (not found on PATH).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot link %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the disk where the session is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 written from %2 in the package (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1, readable only by you; it is deleted at the end of the run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the registry&apos;s CA file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check registry.caFile in the plan: the file must exist and be readable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DceUpgrade::ChartsSyncerSyncStep</name>
    <message>
        <source>charts-syncer found every chart version already in %1, so it synced nothing: no chart and no image was pushed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left as they were, because a tag of that name is already in the registry (charts-syncer never replaces one): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>charts-syncer could not be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry %1 refused charts-syncer the login as %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check registry.username and the password, and that this account may push to the repository; then run again with --resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>charts-syncer crashed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the step&apos;s log in the session directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>charts-syncer failed (exit code %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the step&apos;s log in the session directory; fix the cause and run again with --resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in %1, so not checked: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Looking up the %n image(s) charts-syncer should have put in %1...</source>
        <translation>
            <numerusform>Looking up the %n image charts-syncer should have put in %1...</numerusform>
            <numerusform>Looking up the %n images charts-syncer should have put in %1...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n image(s) are in the registry under their relocated names.</source>
        <translation>
            <numerusform>%n image is in the registry under its relocated name.</numerusform>
            <numerusform>All %n images are in the registry under their relocated names.</numerusform>
        </translation>
    </message>
    <message>
        <source>charts-syncer synced nothing: every chart version is already in %1, so it pushed no image either. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>charts-syncer synced nothing because every chart version is already in %1, and so it pushed no image either; %n image(s) are not in the registry: %2</source>
        <translation>
            <numerusform>charts-syncer synced nothing because every chart version is already in %1, and so it pushed no image either; %n image is not in the registry: %2</numerusform>
            <numerusform>charts-syncer synced nothing because every chart version is already in %1, and so it pushed no image either; %n images are not in the registry: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove that chart version from %1 and run again with --resume, or sync the images with the built-in sync (sync.method: builtin), which pushes the images whatever the chart repository holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>charts-syncer ended without an error, but %n image(s) are not in the registry: %1</source>
        <translation>
            <numerusform>charts-syncer ended without an error, but %n image is not in the registry: %1</numerusform>
            <numerusform>charts-syncer ended without an error, but %n images are not in the registry: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>See the step&apos;s log for what charts-syncer did; run again with --resume, or use the built-in sync (sync.method: builtin). Nothing was changed in the cluster.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DceUpgrade::ChecksumFile</name>
    <message>
        <source>The checksum file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check its permissions, or remove it to skip the check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checksum file %1 does not contain a checksum for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download the checksum file again from the same page as the package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 checksum of %2 does not match %3: the package is damaged or incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download the package again; do not use this copy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DceUpgrade::Cli::CliCommands</name>
    <message>
        <source>Run &quot;dce-upgrade --help&quot; for the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: dce-upgrade inspect PACKAGE [--json] [--verify]

Show the charts, versions and images of an offline package without unpacking it.

  --json     machine-readable output
  --verify   also check the .sha512sum (or .sha256sum) file beside the package and
             every layer digest (reads the whole package)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: dce-upgrade script --plan FILE [--output FILE] [--helm-version X.Y.Z]

Write the steps of &quot;dce-upgrade plan&quot; as a bash script, for sites that must
run commands by hand. The script asks for the password (or reads
DCE_REGISTRY_PASSWORD) when it runs; it holds no secret.

  --plan FILE            the upgrade plan (YAML)
  --output FILE          write the script to FILE (made executable) instead of
                         standard output
  --helm-version X.Y.Z   write it for this helm (default: the installed one)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: dce-upgrade push PACKAGE --registry URL [options]

The built-in sync on its own: every image of the package straight into the
registry as charts-syncer would put it, then (with --chart-repo) the relocated
charts.

  --registry URL           the image registry (https:// unless http:// is given)
  --repository PATH        where the images go under it (charts-syncer&apos;s
                           containerRepository), e.g. skoala
  --user USER              the account (robot$name works)
  --password-stdin         read its password from standard input
  --ca-file FILE           trust this CA (a self-signed Harbor)
  --insecure               do not verify the TLS certificate (warned about)
  --jobs N                 parallel uploads (default 4)
  --force                  replace tags and chart versions already there
  --create-project         create the Harbor project (private) when missing
  --chart-target KIND      harbor, local, oci or none (default: from --chart-repo)
  --chart-repo URL|DIR     https://HARBOR/chartrepo/PROJECT, oci://REGISTRY/PROJECT
                           or a directory
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: dce-upgrade init PACKAGE --registry HOST/PROJECT [options]

Write a commented upgrade plan for the module in PACKAGE, valid as written;
review it, then run &quot;dce-upgrade plan --plan FILE&quot;. It never holds a password:
&quot;run&quot; asks for it.

  --registry HOST/PROJECT   the image registry and project the images go to
  --user USER               the registry account (robot$name works)
  --http                    the registry speaks plain http
  --sync METHOD             how the images get there: builtin (default),
                            charts-syncer, docker, containerd or none
  --upgrade METHOD          chartPackage (default: the chart of the package),
                            helmRepo (--repo-url) or none (sync only)
  --repo-url URL            the Helm repository of --upgrade helmRepo
  --kubeconfig FILE         the kubeconfig of the management cluster
  --node HOST               a node to import into (containerd, docker on nodes);
                            repeat for each node
  --output FILE             write the plan to FILE (default: standard output)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: dce-upgrade plan --plan FILE [--json] [--helm-version X.Y.Z]

Show every step of the upgrade with its exact commands (dry run: nothing is
changed). Passwords are never shown. The plan format: &quot;dce-upgrade help plan&quot;,
or &quot;dce-upgrade init&quot; writes a commented plan.

  --plan FILE            the upgrade plan (YAML)
  --json                 machine-readable output
  --helm-version X.Y.Z   plan for this helm (default: the installed one)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: dce-upgrade run --plan FILE [options]
       dce-upgrade run --resume SESSION [options]

Perform the steps. A session directory under ~/.local/state/dce-upgrade keeps the
plan, logs, values backups and the report; --resume continues a session and skips
what is done.

  --plan FILE         start a new session with this plan
  --resume SESSION    continue a session (its name or directory)
  --events -          JSON lines on standard output (&quot;dce-upgrade help events&quot;)
                      instead of readable progress
  --secrets-stdin     read one JSON line such as {&quot;registry.password&quot;:&quot;...&quot;};
                      otherwise a terminal is asked
  --helm PATH         the helm to run (default: $DCE_UPGRADE_HELM or helm on PATH)
  --kubectl PATH      the kubectl to run (default: kubectl on PATH)
  --allow-downgrade   agree to install an older chart version than the deployed one
  --recover-pending   first roll a release an interrupted helm left pending-* back
                      to its last deployed revision
  --verbose           show every line the tools print
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: dce-upgrade rollback --session SESSION [--events -] [--helm PATH]

Roll every release the session upgraded back to its revision before.

  --session SESSION   the session of the run (its name or directory)
  --events -          JSON lines on standard output (&quot;dce-upgrade help events&quot;)
  --helm PATH         the helm to run (default: $DCE_UPGRADE_HELM or helm on PATH)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: dce-upgrade COMMAND [options]
       dce-upgrade COMMAND --help   (the options of one command)

Offline upgrade of DCE 5.0 modules from their offline packages.

Commands:
  inspect PACKAGE      the charts, versions and images of an offline package
  init PACKAGE --registry HOST/PROJECT
                       write a commented upgrade plan to start from
  plan --plan FILE     every step of the upgrade with its exact commands (dry run)
  script --plan FILE   the same steps as a bash script
  run --plan FILE      perform the steps (in a session: --resume SESSION continues)
  rollback --session SESSION
                       roll the releases a session upgraded back
  push PACKAGE --registry URL
                       push the images (and charts) of a package to a registry
  help [TOPIC]         the plan file format (help plan), the run&apos;s events (help
                       events), this command line in full (help cli)

The upgrade plan (YAML): &quot;dce-upgrade help plan&quot; prints its format (also in
/usr/share/doc/dce-upgrade/plan.md); &quot;dce-upgrade init&quot; writes one with a comment
on every key. &quot;dce-upgrade help&quot; lists the help topics.

Global options (before or after the command):
  --lang en|zh_CN   language of messages (default: the system&apos;s)
  --version, --help

Exit codes:
  0 success; 1 other failure; 2 wrong arguments; 3 the package, plan or profile
  cannot be used; 4 checksum or digest mismatch (damaged download); 5 a file or
  tool on this machine is missing or unusable; 130 run or rollback canceled.
Errors go to standard error and say what to do.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The help on %1 is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help topics:
  plan     the upgrade plan file: every key, its default and meaning
  events   the JSON lines of &quot;run --events -&quot;
  cli      every command, the order of a run, sessions, exit codes
Commands (&quot;help COMMAND&quot; or &quot;COMMAND --help&quot; prints their options):
  inspect, init, plan (&quot;plan --help&quot;), script, run, rollback, push
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: dce-upgrade help TOPIC

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown help topic &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DceUpgrade::Cli::InitCommand</name>
    <message>
        <source>No module profile knows the charts of this package (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dce-upgrade upgrades these modules: %1. Check that the package is one of their offline packages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init needs PACKAGE and --registry HOST/PROJECT, such as 10.6.0.10/skoala (no https://; --http for a registry without TLS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;dce-upgrade init --help&quot; for its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sync is builtin, charts-syncer, docker, containerd or none; --upgrade is chart-package, helm-repo or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--node is [USER@]HOST[:PORT], such as root@10.6.0.21 or 10.6.0.21:2222; not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another --output file, or remove that one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1. Review it, then run: dce-upgrade plan --plan %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DceUpgrade::Cli::InspectCommand</name>
    <message>
        <source>Module: none that dce-upgrade knows holds the charts %1; it upgrades %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inspect needs exactly one PACKAGE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the %1 checksum...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the layer digests of %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checksum file %1 matched (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no checksum file beside the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n layer(s) (%1 bytes) match their digests</source>
        <translation>
            <numerusform>%n layer (%1 bytes) matches its digest</numerusform>
            <numerusform>%n layers (%1 bytes) match their digests</numerusform>
        </translation>
    </message>
    <message>
        <source>Package: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checksum: no .sha512sum or .sha256sum file beside the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checksum: %1 matches %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checksum: %1 in %2 (not checked; add --verify)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart: %1 %2 (app %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images: %1, format %2, %3 to push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1, %2, %3 to push</source>
        <comment>charts, images, size</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n chart(s)</source>
        <translation>
            <numerusform>%n chart</numerusform>
            <numerusform>%n charts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n image</numerusform>
            <numerusform>%n images</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DceUpgrade::Cli::PlanCommand</name>
    <message>
        <source>&quot;%1&quot; is not a helm version such as 3.18.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands are for the installed helm %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>helm was not found (or did not answer); commands are shown for helm %1. Use --helm-version to plan for another version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs --plan FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version note: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DceUpgrade::Cli::PushCommand</name>
    <message>
        <source>push needs PACKAGE and --registry URL (and usually --repository PATH).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1 manifests pushed, %2 already there; %3 blobs uploaded, %4 already there, %5 mounted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--chart-target is harbor, local, oci or none, and needs --chart-repo (the chart repository URL, oci://REGISTRY/PROJECT, or a directory).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: the TLS certificate of %1 is not verified (--insecure); use this on a trusted network only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts: %1 published, %2 already there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DceUpgrade::Cli::RunCommand</name>
    <message>
        <source>helm (%1) did not answer with its version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install helm 3.7 or later, or give its path with --helm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of %1 for %2: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value of %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceling: the running step stops safely (a running helm upgrade is allowed to finish its rollback)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run needs either --plan FILE or --resume SESSION.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--events only writes to standard output: use --events -.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rollback needs --session SESSION.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to roll back: no upgrade was started in this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to roll back: this session only synced the images (upgrade.method: none), so no release was changed. The synced images stay where they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run again with --resume %1 to continue where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>one sentence, then the next (no space in Chinese)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--plan-origin is file or wizard, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DceUpgrade::CommandStep</name>
    <message>
        <source>No value was given for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run again with --secrets-stdin, or from a terminal to be asked for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install %1 on this host, or give its path on the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 printed nothing for too long and was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the cluster and the registry are reachable from this host, then run again: finished steps are skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 crashed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the step&apos;s log in the session directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed (exit code %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the step&apos;s log in the session directory; fix the cause and run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the disk or the network share the package is on, then run again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DceUpgrade::CommentedPlan</name>
    <message>
        <source>The containerd method imports the images on every node, but no node was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add --node HOST for every node that runs the module&apos;s pods.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --sync none and --upgrade none the plan would do nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a sync method, an upgrade method, or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The helm-repo method takes the chart from a Helm repository, and the %1 sync does not publish it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the repository with --repo-url, or use --upgrade chart-package (the chart of the package).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The module: which releases the package upgrades and which values name the image registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline package as downloaded; the .sha512sum file beside it is checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image registry (Harbor) the cluster pulls from: host[:port], no http://, no path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https, or http for a registry without TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A self-signed certificate: the CA to trust (or insecure: true to skip the check, on a trusted network only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the images go in the registry (charts-syncer&apos;s containerRepository):
release.daocloud.io/skoala/hive:v0.28.1 becomes ADDRESS/REPOSITORY/hive:v0.28.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry account (robot$name works); its password is asked when the plan runs. Without it the registry is used anonymously.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry account (robot$name works); its password is asked when the plan runs, never stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the images of the package get to the cluster:
  builtin        dce-upgrade pushes them from the package to the registry (no other tool)
  charts-syncer  DaoCloud&apos;s charts-syncer (on PATH) pushes the images and the chart
  docker         docker load and push from this machine
  containerd     ctr import on every node over ssh (sync.nodes), no registry
  none           nothing: the images are there already (they are still looked up in the registry before the upgrade)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the relocated chart is published: harbor (the chart repository of Harbor 2.7 and older), oci (builtin only: Harbor 2.8 and later, chartRepoUrl oci://REGISTRY/PROJECT), local (a directory, localChartPath), none (builtin only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart repository the chart is published to, and the upgrade takes it from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the relocated chart is published: none (the upgrade installs the chart of the package), harbor or oci (with chartRepoUrl), local (with localChartPath).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>charts-syncer always publishes the chart: harbor (with chartRepoUrl https://HARBOR/chartrepo/PROJECT) or local (a directory, localChartPath).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory the relocated chart is written to (beside this plan).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true: the registry check creates a missing Harbor project (private).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blobs uploaded at once, 1-32.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registry: load and push with the Docker of this machine; nodes: load on every node over ssh (list them under nodes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the images already are: registry (each one is looked up there before the upgrade) or nodes (imported on the nodes earlier: not looked up).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every node that runs the module&apos;s pods: {host, user, port, identityFile, sudo}, or {local: true} for this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strict: a node&apos;s key must be in ~/.ssh/known_hosts; accept-new: trust a node seen for the first time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the releases are upgraded:
  chart-package  with the chart inside the package (no chart repository needed)
  helm-repo      with the chart from a Helm repository (repoUrl)
  none           not at all: the plan only syncs the images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Helm repository the chart is taken from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kubeconfig of the management cluster; without it the run uses $KUBECONFIG or ~/.kube/config and says which.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kubeconfig of the management cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true: a failed upgrade is rolled back by helm at once (helm 4: --rollback-on-failure).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true: wait until the pods are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long helm waits, such as 10m or 1h30m.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The releases upgraded, each to the chart version in the package (version: to choose another); release: and namespace: default to the module&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs in every worker cluster: list their kube contexts, or it is upgraded in the current cluster only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package holds none of the charts of the %1 module.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the package is the module&apos;s offline package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade plan for %1, written by &quot;dce-upgrade init&quot;. Review every key, then:
  dce-upgrade plan --plan THIS-FILE   (dry run: every step and command, nothing changed)
  dce-upgrade run --plan THIS-FILE    (asks for the registry password)
&quot;dce-upgrade help plan&quot; describes every key. Never put a password in this file.</source>
        <extracomment>%1: the module&apos;s name, such as 微服务引擎 (Microservice Engine)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true: when the installed version calls for it (the plan&apos;s version notes say when), rename %1 in the values passed to helm; the backup is never changed.</source>
        <extracomment>%1: values keys renamed, such as keycloak → keycloakx</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the package too; its releases are installed from the DCE UI under names chosen there. To upgrade one, uncomment these lines and give its release, namespace and clusters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DceUpgrade::DirectoryTar</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that you may read every file of the package directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is nested more than %2 directories deep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the directory that `tar xvf` of the bundle made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DceUpgrade::DockerCheckStep</name>
    <message>
        <source>Docker %1 is running and usable by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker did not say how it treats registries: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &quot;%1&quot; to &quot;insecure-registries&quot; in /etc/docker/daemon.json (for example {&quot;insecure-registries&quot;: [&quot;%1&quot;]}), restart Docker (&quot;sudo systemctl restart docker&quot;), then run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry %1 speaks plain http, but Docker on this host does not treat it as an insecure registry, so it would refuse to log in and push.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan skips TLS verification for %1, but Docker on this host verifies it: it does not treat %1 as an insecure registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker treats %1 as an insecure registry (plain http allowed, TLS not verified).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker may refuse %1 unless it is an insecure registry for Docker: if the login fails, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker trusts %1 with the CA certificate in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker does not read registry.caFile: it trusts %1 only with a CA certificate in %2, which has none. If the login fails with &quot;certificate signed by unknown authority&quot;: sudo mkdir -p %2 &amp;&amp; sudo cp %3 %2/ca.crt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DceUpgrade::DockerLoadStep</name>
    <message numerus="yes">
        <source>docker load ended without an error, but %n image(s) of the package are not in Docker under their names: %1</source>
        <translation>
            <numerusform>docker load ended without an error, but %n image of the package is not in Docker under its name: %1</numerusform>
            <numerusform>docker load ended without an error, but %n images of the package are not in Docker under their names: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the package (dce-upgrade inspect --verify) and Docker&apos;s free disk space (docker system df). An image the chart names by digest only cannot be loaded by name: use the built-in sync for such a package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %n image(s) of the package are loaded into Docker.</source>
        <translation>
            <numerusform>The %n image of the package is loaded into Docker.</numerusform>
            <numerusform>All %n images of the package are loaded into Docker.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DceUpgrade::DockerLoginStep</name>
    <message>
        <source>Logged in to %1 as %2. The login is kept in %3, readable only by you, and removed at the end of the run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker keeps the password in its credential helper docker-credential-%1; docker logout removes it at the end of the run.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DceUpgrade::DockerLogoutStep</name>
    <message>
        <source>No Docker login was made in this run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>docker logout did not succeed (%1); deleting the directory removes the login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, which holds the Docker login, could not be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete it yourself: rm -rf %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1: no Docker login is left.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DceUpgrade::DockerPushStep</name>
    <message>
        <source>%1 was pushed in an earlier run of this session (%2): skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pushed %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not push %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) could not be pushed: %1. The first error: %2</source>
        <translation>
            <numerusform>%n image could not be pushed: %1. The error: %2</numerusform>
            <numerusform>%n images could not be pushed: %1. The first error: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) pushed.</source>
        <translation>
            <numerusform>%n image pushed.</numerusform>
            <numerusform>%n images pushed.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 pushed now, %2 in an earlier run.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DceUpgrade::DockerStep</name>
    <message>
        <source>The Docker configuration directory %1 cannot be made private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the session directory is on a writable disk that keeps Unix permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker is not installed on this host: the docker command was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install Docker (docker-ce, or the distribution&apos;s docker.io package) and start it, or choose the built-in sync (sync.method: builtin), which needs no Docker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>then run again: images already pushed are not pushed again (--resume).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker is not running on this host: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start it with &quot;sudo systemctl start docker&quot; (and &quot;sudo systemctl enable docker&quot; so that it starts at boot), then run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user %1 may not use Docker on this host: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the user to the docker group (&quot;sudo usermod -aG docker %1&quot;), log out and in again (or run &quot;newgrp docker&quot;), then run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry %1 refused the login of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the user name and password (robot accounts are written robot$name), then run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not push %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the account push rights on the project %1 (a Harbor robot account needs &quot;push repository&quot;), or use another account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker sent no credentials to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry needs a login: set registry.username in the plan (the password is asked for when the run starts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker cannot reach the registry %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the address and port, that the registry runs, and the proxy settings of the Docker service (HTTP_PROXY, NO_PROXY).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker does not trust the TLS certificate of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker reads the CA of a registry from %1 on this host: copy the registry&apos;s CA certificate there, then run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker spoke HTTPS to %1, which answers plain HTTP: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &quot;%1&quot; to &quot;insecure-registries&quot; in /etc/docker/daemon.json, restart Docker (&quot;sudo systemctl restart docker&quot;), then run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry %1 lost an upload of %2 (it restarted, or its storage is full): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the free space of the registry&apos;s storage, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry %1 failed to store %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the registry&apos;s log; a full disk is the usual cause. Free space, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image is not in Docker: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The images loaded earlier are gone from Docker (docker image prune, a restart with another data directory). Start a new run (not --resume) so that they are loaded again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>docker %1 failed (exit code %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the step&apos;s log in the session directory; fix the cause and run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker does not read registry.caFile: copy it to %3 (&quot;sudo mkdir -p %1 &amp;&amp; sudo cp %2 %3&quot;), then run again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DceUpgrade::Engine</name>
    <message>
        <source>Done in an earlier run of this session.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DceUpgrade::FileRange</name>
    <message>
        <source>not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the path and that you may read the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is truncated: a member needs bytes %2 to %3 but the archive ends at %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download is incomplete or damaged. Download the package again and compare its checksum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the disk or the network share the package is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 bytes, more than the %3 bytes such a file may have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package is damaged or was not made by charts-syncer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is shorter than its recorded size.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DceUpgrade::FileRangeCopier</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the free space of the disk where the session is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the package ends too early</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DceUpgrade::HarborApi</name>
    <message>
        <source>the Harbor API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project %1 does not exist in the Harbor at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the project in Harbor (Projects, New Project), or let dce-upgrade create it, then run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Harbor at %1 has no chart repository for the project %2: Harbor 2.8 and later have none (ChartMuseum was removed), and older versions only when installed with ChartMuseum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the chart as an OCI artifact instead (sync.chartTarget: oci, the chart goes to oci://%1/%2), or upload it to another chart repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Harbor at %1 does not let anonymous users %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a Harbor user name and password in the plan and at the password prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Harbor at %1 did not accept the user %2 (to %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the user name and password. Robot accounts are written with their prefix (robot$name) and use their secret as the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user %1 may not %2 in the Harbor at %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(anonymous)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the account the needed rights in Harbor, or use another account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the project %1 exists: Harbor answers this way for a missing project too, unless the account is a system administrator. Otherwise give the account a role with the needed rights on the project (Developer or higher uploads charts; only a system administrator or a system-level robot account creates projects), or use another account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Harbor at %1 is busy or restarting (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Harbor at %1 could not %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the Harbor core log for the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>look up the project %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create the project %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the chart repository of the project %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Helm repository index.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the address points to Harbor&apos;s chart repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the chart package %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the file exists and is readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upload %1 to the project %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DceUpgrade::HelmCheckStep</name>
    <message>
        <source>helm printed %1 in a form this version does not understand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the step&apos;s log; report it together with `helm version`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>helm %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan was made for helm %1, but helm %2 answers now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new run so the commands are made for the helm that is installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release %1 is not installed in namespace %2 of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster of %1 cannot be reached: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the kubeconfig and context in the plan and that this host can reach the API server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the status of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the history of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: revision %2, chart %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No earlier deployed revision exists: ask the cluster administrator to remove the pending release secret of %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release %1 is %2 at revision %3: an earlier helm operation was interrupted and holds the release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs chart version %2; the plan installs the older %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the version in the plan. To downgrade on purpose, run again with --allow-downgrade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, not deployed: the upgrade will replace that revision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 are free where the session is kept (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free at least %1 there, or set XDG_STATE_HOME to a disk with room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolling %1 back to revision %2 to end the interrupted operation (--recover-pending).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run again with --recover-pending to roll it back to revision %1, the last one that was deployed (helm allows this while an operation is pending), or do it yourself: helm rollback %2 %1 -n %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the release name, the namespace and the kube context in the plan (`helm list -A` shows what is installed). This tool upgrades; it does not install.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>helm %1 cannot install charts from an OCI registry (oci://): that needs helm 3.8 or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install helm 3.8 or later (3.18 or 4 recommended), or upgrade from a helm repository (https://) or from the chart in the package (upgrade.method: chart-package).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version note: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DceUpgrade::HelmCommands</name>
    <message>
        <source>helm %1 cannot read a repository password from standard input (that needs helm 3.7 or later), and a password on the command line would be visible to every user of this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install helm 3.7 or later, or allow anonymous pulls from the chart repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>helm %1 cannot %2 (that needs helm %3 or later).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install helm %1 or later (helm 3.18 or 4 recommended), or upgrade from a helm repository (https://) or from the chart in the package (upgrade.method: chart-package).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>install charts from an OCI registry (oci://)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trust a CA file or skip TLS verification for an OCI registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log in to an OCI registry over plain http</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DceUpgrade::HelmRegistryLogoutStep</name>
    <message>
        <source>No registry login was made in this run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>helm registry logout did not succeed (%1); deleting the file removes the login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, which holds the registry login, could not be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete it yourself: rm -f %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1: no registry login is left.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DceUpgrade::HelmRepoStep</name>
    <message>
        <source>The chart repository refused the user name or password: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the user (robot accounts look like robot$name) and the password, and that the account may read the project.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DceUpgrade::HelmRollbackStep</name>
    <message>
        <source>%1 is still at revision %2 (%3): its upgrade never changed it, so there is nothing to roll back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DceUpgrade::HelmUpgradeStep</name>
    <message>
        <source>Your values backup is %1. To return to revision %2, run: dce-upgrade rollback --session %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upgrade of %1 failed and helm rolled it back: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upgrade of %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release runs its previous revision again. Fix the cause shown above (see the step log), then run again; your values backup is %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DceUpgrade::HelmVersionsStep</name>
    <message>
        <source>the search result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repository offers no chart named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repository offers %1 in versions %2, but not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the chart of the package first (the sync step does), or choose one of the versions offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is in the repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is in the registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry holds no version %2 of %1 (helm looked for the tag %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the chart of the package first (the built-in sync does, with sync.chartTarget: oci), check the project in the address, or choose a version the registry holds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DceUpgrade::ImageArchive</name>
    <message>
        <source>%1 has neither manifest.json nor oci-layout, so it is not an image archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package is damaged or was not made by charts-syncer. Download it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) does not match its digest: expected %3 (%4 bytes), found %5 (%6 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package is damaged. Download it again and compare its checksum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid image config (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package is damaged. Download it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lists %2 layers but the image has %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a JSON list of images (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the image %2 has foreign (non-distributable) layers, which offline upgrades do not support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask DaoCloud for a package without Windows or foreign layers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the first layer is compressed but %2 is not; charts-syncer would push it with a wrong media type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid OCI index (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refers to &quot;%2&quot;, which is not a sha256 digest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lists a layer with the invalid digest &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 bytes but its manifest says %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no valid config digest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not match its digest: expected %2, found %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gives a blob size that is not a whole number of bytes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DceUpgrade::ImageHint</name>
    <message>
        <source>The image hint &quot;%1&quot; cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hints.yaml in the package is damaged. Download the package again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a plain value path like {{ .image.tag }}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an empty key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has more than one tag or digest placeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it needs one or two placeholders for the registry and repository, but has %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hints.yaml must be a list of image patterns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package is damaged or was not made by charts-syncer. Download it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every entry must be a string such as &quot;{{ .image.repository }}:{{ .image.tag }}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image hint &quot;%1&quot; needs the value %2, which the chart&apos;s values.yaml does not set (or sets to a list or map).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package is damaged or its hints do not match its chart. Ask DaoCloud for a corrected package.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DceUpgrade::ImagePusher</name>
    <message>
        <source>%1 stores its layers uncompressed, so it cannot be pushed as charts-syncer would push it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the offline package published by DaoCloud, whose layers are compressed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The push was canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run again: what was pushed stays and is not sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; trying again in %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists with another digest (%2, the package has %3); it is left as it is, as charts-syncer does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry stored %1 as %2, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry changes what it receives; push to another registry or report it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pushed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers of %1:%2 are in the registry (%3 of %4 images).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DceUpgrade::ImageReference</name>
    <message>
        <source>&quot;%1&quot; is not a valid image reference: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the image values of the chart (values.yaml) and hints.yaml.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it contains white space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the digest &quot;%1&quot; is not sha256 followed by 64 hexadecimal digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tag &quot;%1&quot; is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the registry &quot;%1&quot; is not a host name or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the repository &quot;%1&quot; may only contain lower-case letters, digits and the separators . _ - /</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DceUpgrade::ImagesCheckStep</name>
    <message>
        <source>helm template printed something that is not YAML.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the command of this step by hand to see what the chart renders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in %1, so not checked (the nodes must reach their registry): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %n image(s) the upgrade uses are in the registry.</source>
        <translation>
            <numerusform>The %n image the upgrade uses is in the registry.</numerusform>
            <numerusform>All %n images the upgrade uses are in the registry.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) the upgrade would use are not in the registry: %1</source>
        <translation>
            <numerusform>%n image the upgrade would use is not in the registry: %1</numerusform>
            <numerusform>%n images the upgrade would use are not in the registry: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Push them first: run the sync of the plan (sync.method builtin, or &quot;dce-upgrade push&quot; with the package), or check that upgrade.imageRegistry and the relocation rules point where the images were pushed. Nothing was changed in the cluster.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DceUpgrade::ImagesPushStep</name>
    <message>
        <source>%1 images pushed, %2 already there; %3 layers uploaded, %4 already there, %5 mounted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DceUpgrade::Kubeconfig</name>
    <message>
        <source>%1 is not a kubeconfig: it holds no mapping of clusters, users and contexts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the kubeconfig file of the cluster (usually ~/.kube/config, or the one downloaded from the container management page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the kubeconfig %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the kubeconfig file of the cluster, or copy it to ~/.kube/config.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 MiB: too large for a kubeconfig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the kubeconfig file of the cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the kubeconfig files in KUBECONFIG exists: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DceUpgrade::ModuleProfile</name>
    <message>
        <source>a module profile needs an id and a list of releases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scope must be &quot;management&quot; or &quot;worker&quot;, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every release needs chart, release and namespace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no module &quot;%1&quot;. Known modules: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the module name in the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the module profile; the built-in ones come with the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every note needs from, to, en and zh_CN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported needs the reason in en and zh_CN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is recognised, but this version does not upgrade it yet: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the module&apos;s documented procedure (DaoCloud docs: %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DceUpgrade::NodeFailure</name>
    <message>
        <source>this machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sudo on %1 wants a password for %2, and nobody can type it during the run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sudo on %1 does not let the user run %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow it in the node&apos;s sudoers (NOPASSWD: /usr/bin/%1), or connect as root.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sudo is not installed on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not installed on %2, or not on the PATH of a non-interactive login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ctr comes with containerd: install it on the node, or check the PATH that ssh sessions get (commands over ssh do not read ~/.bash_profile).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed on %2 with exit code %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only root may use %1 on the node: connect as root, or add sudo: true to the node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Docker on the node (systemctl start docker), then run again: nodes that finished are not done again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start containerd on the node (systemctl start containerd), then run again: nodes that finished are not done again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the node&apos;s lines in the step&apos;s log; fix the cause on the node and run again: nodes that finished are not done again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the user run %1 without a password (a sudoers line such as: %2 ALL=(root) NOPASSWD: /usr/bin/%1), or connect as root and set sudo: false for the node in the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install sudo on the node, or connect as root and set sudo: false for the node in the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install Docker on the node, or check the PATH that ssh sessions get (commands over ssh do not read ~/.bash_profile). Nodes that run containerd take sync.method: containerd.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DceUpgrade::NodeImport</name>
    <message>
        <source>%1 is named by the chart %2 but is not in its images.tar: it cannot be imported on the nodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no tag: it is imported on the nodes but can be neither tagged nor checked there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart will refer to %1 by the digest %2, which an import on the nodes cannot reproduce: the nodes get it tagged as %3, and pull the pinned digest from the registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing on the node after the import:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DceUpgrade::NodeImportRun</name>
    <message numerus="yes">
        <source>%n image(s) in place under their relocated names.</source>
        <translation>
            <numerusform>%n image in place under its relocated name.</numerusform>
            <numerusform>%n images in place under their relocated names.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install %1 on this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 took no input and printed nothing for too long, and was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the node is up and its disk not full, then run again: nodes that finished are not done again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 ended abnormally.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the node&apos;s lines in the step&apos;s log, then run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the disk or the network share the package is on, then run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the import from %1, %2 does not list %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the node&apos;s lines in the step&apos;s log for what %1 said, then run again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DceUpgrade::NodeImportStep</name>
    <message>
        <source>Done in an earlier run of this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Importing on %n node(s), at most %1 at once.</source>
        <translation>
            <numerusform>Importing on %n node, at most %1 at once.</numerusform>
            <numerusform>Importing on %n nodes, at most %1 at once.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The images could not be brought onto %1 of %n node(s). %2</source>
        <translation>
            <numerusform>The images could not be brought onto %1 of %n node. %2</numerusform>
            <numerusform>The images could not be brought onto %1 of %n nodes. %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The images are on every node (%1 done in an earlier run).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The images are on all %n node(s).</source>
        <translation>
            <numerusform>The images are on the %n node.</numerusform>
            <numerusform>The images are on all %n nodes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nodes that finished are kept: resume the run (Retry in the wizard, dce-upgrade run --resume SESSION on the command line) and only the failed ones are done again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DceUpgrade::PackageDirectory</name>
    <message>
        <source>%1 holds no offline package: neither what `tar xvf` of a bundle leaves (hints.yaml, images.tar and original-chart/), here or one directory below, nor a package file (*.tar).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the module&apos;s offline package (for example skoala_v0.28.0_amd64.tar), a *.bundle.tar inside it, or the directory where you unpacked a bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n offline packages: %2.</source>
        <translation>
            <numerusform>%1 holds %n offline package: %2.</numerusform>
            <numerusform>%1 holds %n offline packages: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose one of them instead of the directory.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DceUpgrade::PackageReader</name>
    <message>
        <source>%1 contains no DCE offline bundle (*.bundle.tar).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the module&apos;s offline package (for example skoala_v0.28.0_amd64.tar) or a *.bundle.tar inside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no %2, so it is not a complete charts-syncer bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package is incomplete or damaged. Download it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the chart uses the image %2 (hint &quot;%3&quot;), but images.tar does not contain it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package is incomplete. Download it again, or ask DaoCloud for a complete package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds more than %2 nested tar files and none of them is a DCE offline bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a chart or hints file has an unexpected structure (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package is damaged or was not made by charts-syncer. Download it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no member %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan again with this package: the plan was made for another one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DceUpgrade::PackageVerifyStep</name>
    <message>
        <source>%1 was verified in an earlier run of this session and has not changed since (same size and modification time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checksum file %1 matched (%2 of %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No checksum file lies beside the package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No image is pushed or imported from the package: its layers are not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n layer(s) (%1) match their digests.</source>
        <translation>
            <numerusform>%n layer (%1) matches its digest.</numerusform>
            <numerusform>%n layers (%1) match their digests.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DceUpgrade::PlanText</name>
    <message>
        <source>Upgrade plan for %1 (%2), nothing has been changed.</source>
        <extracomment>%1: the module&apos;s name, such as 微服务引擎 (Microservice Engine)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>${SESSION} is the session directory of the run, ${STAMP} its start time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(always runs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writes %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync-only plan for %1 (%2), nothing has been changed.</source>
        <extracomment>%1: the module&apos;s name, such as 微服务引擎 (Microservice Engine)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync only (upgrade.method: none): the images are staged and no release is upgraded, so neither helm nor kubectl is needed. The plan&apos;s other upgrade settings are not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version notes: changes this upgrade may need, from the module&apos;s documented procedure. Read them before you run it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DceUpgrade::PlannedFileWriter</name>
    <message>
        <source>No value was given for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run again with --secrets-stdin, or from a terminal to be asked for it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DceUpgrade::Planner</name>
    <message>
        <source>Correct the plan and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package holds the charts %1, none of which belongs to the module &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the package of this module, or the module of this package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The module &quot;%1&quot; has no chart &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package has no bundle for the chart &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No version is given for the chart &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is installed in every worker cluster, but the plan lists none (upgrade.releases[].kubeContexts); it is upgraded only in the current cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute the %1 of %2 (%3) and compare it with %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No .sha512sum or .sha256sum file lies beside %1; the check is skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No checksum file was found beside the package, so a damaged download cannot be detected. Copy the .sha512sum file from the download page next to the package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: chart %2 %3, %4 images, %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the image registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to %1 as %2, check that the project exists and that the user may push to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an anonymous user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS certificates are NOT verified (insecure).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push the images to the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload up to %1 straight from the package with %2 parallel uploads; blobs already in the registry are skipped, existing tags are left as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the relocated chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload %1 to the Harbor chart repository %2 (skipped when that version is already there).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write %1 into %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push %1 as an OCI artifact to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare charts-syncer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put each bundle into %1 under the name charts-syncer expects (&lt;chart&gt;_&lt;version&gt;.bundle.tar) and nothing else: any other .tar there makes charts-syncer crash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write %1, readable only by you (it holds the password).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync images and chart with charts-syncer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: when the chart version is already in the target repository, charts-syncer skips the chart and all its images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the charts-syncer files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the images into Docker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag and push the images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker recompresses the layers, so the images in the registry get other digests than charts-syncer or the built-in sync would give them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the Docker login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The containerd method imports the images on the listed nodes only; nothing is pushed to a registry. Nodes added later will not have the images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check helm and the releases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add and update the chart repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>helm runs with its own configuration in the session directory: your helm repositories are not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the chart versions exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2 must offer version %3; only entries named exactly %1/%2 count (helm&apos;s search also lists longer names).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extract the chart %1 from the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy original-chart/ of %1 into %2 (links and paths that leave the directory are refused).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the current cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the old jobs of %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart recreates these jobs; Kubernetes cannot update a job in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the CRDs of %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the values of %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1 (readable only by you, never overwritten).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare the values for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the backup to %1 and set %2; every other value you set before is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade %1 to %2 in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release must be deployed with a new revision and chart version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report.html and report.json in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart-package method installs the chart in the package, version %1, but the plan asks for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1, which holds the password file and the bundle copies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to the registry with Docker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changes in this step: each release must exist and be deployed (if an upgrade is still pending, the message says how to recover), and a downgrade needs your explicit consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the backup to %1; every value you set before is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the repository credentials helm kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1, where helm saved the chart repository and its password during the run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the images of %1 are in the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the chart with the values of the upgrade (helm template, nothing is deployed) and look up every image it uses in %1; the upgrade does not start while one is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Harbor project that does not exist is created, private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>charts-syncer cannot sync the chart &quot;%1&quot; %2: it takes the chart name and version from the file name &lt;chart&gt;_&lt;version&gt;.bundle.tar, whose chart name allows only letters, digits, &quot;+&quot; and &quot;-&quot; (no &quot;_&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the built-in sync (sync.method: builtin), which reads the chart from the bundle itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afterwards every image is looked up in the registry, so a partial sync is caught here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy %1 into %2: charts-syncer trusts that CA through SSL_CERT_DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that Docker is running and may be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker must be installed, running and usable by you (member of the docker group) before anything else of the sync starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password goes to docker on its standard input; the login is kept in %1 (readable only by you), not in your ~/.docker/config.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>images.tar (%1) is streamed from the package into docker load; nothing is unpacked to disk. Every image of the package must be reported loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rerun with --resume pushes only the images that did not make it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs after a failure or a cancel too: docker logout, then %1 is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker refuses a plain-http registry, or one whose TLS certificate is not verified, unless it is listed as insecure: &quot;%1&quot; must be under &quot;insecure-registries&quot; in /etc/docker/daemon.json on this host (then &quot;sudo systemctl restart docker&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker does not read registry.caFile: copy %1 to %2/ca.crt on this host (&quot;sudo mkdir -p %2 &amp;&amp; sudo cp %1 %2/ca.crt&quot;; no restart needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the images into Docker on every node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the images into containerd on every node</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n node(s), at most %1 at once. On each node, one ssh session per images.tar streams it from the package (nothing is unpacked or copied) into %2, tags the images with their relocated names and lists the node&apos;s images: every relocated name must be there.</source>
        <translation>
            <numerusform>%n node, at most %1 at once. On the node, one ssh session per images.tar streams it from the package (nothing is unpacked or copied) into %2, tags the images with their relocated names and lists the node&apos;s images: every relocated name must be there.</numerusform>
            <numerusform>%n nodes, at most %1 at once. On each node, one ssh session per images.tar streams it from the package (nothing is unpacked or copied) into %2, tags the images with their relocated names and lists the node&apos;s images: every relocated name must be there.</numerusform>
        </translation>
    </message>
    <message>
        <source>Node %1 (this machine, without ssh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>through sudo -n</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n image(s) to tag</source>
        <translation>
            <numerusform>%1: %n image to tag</numerusform>
            <numerusform>%1: %n images to tag</numerusform>
        </translation>
    </message>
    <message>
        <source>ssh: host keys %1%2; a node that fails does not stop the others, and a rerun imports only on the nodes that did not finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker loads the images on the listed nodes only; nothing is pushed to a registry. Nodes added later will not have the images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the offline package</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>  the sha256 of each of its %n layer(s) (%1) is compared with the layer&apos;s digest, read from the package without unpacking it.</source>
        <translation>
            <numerusform>  the sha256 of its %n layer (%1) is compared with the layer&apos;s digest, read from the package without unpacking it.</numerusform>
            <numerusform>  the sha256 of each of its %n layers (%1) is compared with the layer&apos;s digest, read from the package without unpacking it.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 is the chart of the package, which the sync publishes to the chart repository: the repository can offer it only after the sync, so it is looked for there after the sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is installed from the chart in the package: no chart repository is asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to the registry that holds the charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password goes to helm on its standard input; helm keeps the login in %1 (deleted at the end of the run), not in your own helm settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must hold version %2 (helm looks up the tag %3: OCI tags cannot hold &quot;+&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download the chart %1 %2 for its CRDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpacked into %1; nothing is installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log out of the registry that holds the charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs after a failure or a cancel too: helm registry logout, then %1 is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the installed version is %1: rename %2 in %3 (at any depth; the backup is not changed).</source>
        <extracomment>%1: a version range such as &lt;0.12.0; %2: keys renamed, such as keycloak → keycloakx</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is in the package but not upgraded: its releases are installed from the DCE UI under names chosen there. To upgrade one, add it under upgrade.releases with chart: %1, release:, namespace: and kubeContexts:.</source>
        <extracomment>%1: a chart (hydra-agent), %2: its version; chart:, release:, namespace: and kubeContexts: are plan keys and stay as they are</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is synced with the package but not upgraded: its releases are installed from the DCE UI under names chosen there. To upgrade one, add it under upgrade.releases with chart: %1, release:, namespace: and kubeContexts:.</source>
        <extracomment>%1: a chart (hydra-agent), %2: its version; chart:, release:, namespace: and kubeContexts: are plan keys and stay as they are</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart &quot;%1&quot; is in the package, but the module &quot;%2&quot; does not say under which name it is installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give its release and namespace in upgrade.releases (release:, namespace:, and kubeContexts: for the clusters it runs in).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DceUpgrade::ProcessRunner</name>
    <message>
        <source>%1 is not installed or not on PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ended before the expected %2 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package changed or shrank while it was being read. Copy it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DceUpgrade::RegistryCheckStep</name>
    <message>
        <source>The TLS certificate of %1 is not verified (insecure): use this on a trusted network only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DceUpgrade::RegistryClient</name>
    <message>
        <source>a token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the registry API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the blob %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 read from the package hashes to %2, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package is damaged. Download it again and check its .sha512sum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the manifest %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the repository %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A proxy in front of %1 refuses large uploads; sending layers in parts of at most %2 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A proxy in front of %1 refuses large uploads; sending layers in parts of at most %2 KiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read what is to be uploaded to %1 from the package: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the package file is complete and readable (dce-upgrade inspect --verify), then run again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DceUpgrade::RegistryError</name>
    <message>
        <source>anonymous access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry %1 refused %2 for %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the user name and password (robot accounts are written robot$name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the user name and password (robot accounts are written robot$name). On Harbor this also means that the project %1 does not exist: create it, or choose an existing project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project %1 in %2 has no storage quota left: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the Harbor administrator to raise the project quota or free space, then run again: what was pushed stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not push to %2 in %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the account push rights on the project (a Harbor robot account needs &quot;push repository&quot;), or use another account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry %1 does not know %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the registry address and the repository in the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag immutability rule of %1 refuses %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag exists and may not be replaced. Leave it (the default), or ask the Harbor administrator to relax the rule for this project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A proxy in front of %1 refused %2 as too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise the body size limit of the proxy or ingress (client_max_body_size).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry %1 computed another digest for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package is damaged, or something between here and the registry changes the data. Verify the package (dce-upgrade inspect --verify).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry %1 is busy or restarting (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run again in a moment: what was pushed stays and is not sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry %1 answered an error for %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the registry&apos;s log for the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS certificate of %1 is not trusted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the registry&apos;s CA certificate file in the plan (registry.caFile), or, on a trusted network only, allow insecure access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry %1 cannot be reached: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the address and port, that the registry runs, and that no proxy is in the way (NO_PROXY).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the account push rights on the project %1 (a Harbor robot account needs &quot;push repository&quot;), or use another account. On Harbor this also means that the project %1 does not exist: create it, or choose an existing project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry %1 lost the upload of %2 (it restarted, or the upload took too long).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run again: the upload starts over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry %1 could not store %2: its storage is full (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free space on the registry&apos;s storage or enlarge its volume, then run again: what was pushed stays and is not sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS certificate of %1, the token service of the registry %2, is not trusted: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the CA certificate that signed it in the plan (registry.caFile), or, on a trusted network only, allow insecure access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token service %1 of the registry %2 cannot be reached: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry sends clients to %1 for their tokens: check that it runs and that this host can reach it (firewall, NO_PROXY).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DceUpgrade::RegistryPreflight</name>
    <message>
        <source>%1 answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepts %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Harbor %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Harbor %1 has no chart repository (Harbor 2.8 removed ChartMuseum), so the chart cannot be published to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the chart as an OCI artifact instead: set sync.chartTarget to oci (and upgrade from the chart package).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Harbor project %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the project in Harbor, or set sync.createProject to true (--create-project for push) to have it created (private) by this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the private Harbor project %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pushing to %1 is allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has a chart repository (ChartMuseum).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has no chart repository (Harbor 2.8 removed ChartMuseum): charts go to OCI there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Harbor project %1 exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DceUpgrade::ReleaseVerifyStep</name>
    <message>
        <source>%1 is %2 at revision %3 with chart %4; expected deployed, a revision after %5, chart %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at `helm history` of the release; roll back with dce-upgrade rollback --session %1 if needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: deployed, revision %2 (was %3), chart %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DceUpgrade::RepoCleanupStep</name>
    <message>
        <source>Cannot delete %1, which holds the repository password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete it by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DceUpgrade::Report</name>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline upgrade of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>en</source>
        <comment>HTML lang attribute of the report</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every step finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run did not finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none published beside the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>helm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Releases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision before → after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart version before → after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands and messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(exit %1, %2 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync only (upgrade.method: none): the images were staged and no release was upgraded. To upgrade, run the same plan with upgrade.method set to helm-repo or chart-package (dce-upgrade run --plan PLAN), or choose the upgrade method in the wizard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not used (sync only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline image sync of %1 (no upgrade)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <comment>@info time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When, where and by whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration of this run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, rollback</source>
        <comment>@item a run of the session that rolled back</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other runs of this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded (made by an older version of dce-upgrade); the session started at the time above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dce-upgrade version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kubeconfig %1, context %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the kubeconfig&apos;s current context)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written by the wizard from its pages into a temporary file, removed once the run started; the session keeps the plan as run in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the session&apos;s own copy, read again to continue or roll back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file given with --plan; the session keeps the plan as run in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Came from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 of the file as read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan as read (any secret-looking value masked):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 (%3)</source>
        <comment>@item a run: start, end, duration</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package and target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renamed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DceUpgrade::ReportStep</name>
    <message>
        <source>Report: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DceUpgrade::RollbackPlanner</name>
    <message>
        <source>Roll %1 back to revision %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DceUpgrade::ScriptWriter</name>
    <message>
        <source>DCE offline upgrade of %1, generated by dce-upgrade %2 from %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets: set %1 in the environment, or type it when asked. It is never written to a file or a command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>helm keeps its repositories and cache in the session: your own helm settings are not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This script was generated for helm %1; the installed helm is different. Generate it again on this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of %1 at %2: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done inside dce-upgrade; nothing to run here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All steps finished. Values backups are in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same steps as &quot;dce-upgrade plan&quot; shows; review them before running the script.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the image registry of the plan, so not checked (the nodes must reach its registry):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot ask the image registry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image registry did not answer the lookup of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These images the upgrade would use are not in the image registry. Push them first (the sync of the plan, or &quot;dce-upgrade push&quot; with the package); nothing was changed in the cluster:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images the upgrade uses, all in the image registry:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DceUpgrade::Session</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the disk is not full and that you own the directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the directory cannot be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No upgrade session at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the session name printed when the run started, or its directory under %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a session state this version understands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new run; the old session directory is kept as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists and is never overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep that file; start a new session to make a new one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DceUpgrade::SshReachability</name>
    <message>
        <source>%1 did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the address and port, and that a firewall lets this machine reach the node&apos;s port %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepts the key login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity file is %1; it must be the private key, readable by you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host key of %1 is not the one this machine knows: the node was reinstalled, or something intercepts the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host key of %1 is not known to this machine, and a check in the background cannot ask you to accept it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect once from a terminal (%1), compare the fingerprint with the node&apos;s (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub on the node) and answer yes: ssh then keeps it in ~/.ssh/known_hosts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the key login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the public key into ~%1/.ssh/authorized_keys on the node (ssh-copy-id -p %2 %3), or choose the identity file whose key is there. Password logins cannot be used: the upgrade runs ssh without a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing accepts ssh connections on %1 port %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the port, and that sshd runs on the node (systemctl status sshd).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name %1 cannot be resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the node&apos;s IP address, or add the name to /etc/hosts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no route from this machine to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the address, and the network between this machine and the node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ssh to %1 failed with exit code %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ssh to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the same from a terminal to see more: %1 true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the node&apos;s administrator first. If the node was reinstalled, remove the old key with: ssh-keygen -R &apos;%1&apos;%3, then connect once from a terminal (%2), compare the fingerprint with the node&apos;s and answer yes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the node&apos;s key (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub on the node) with the one it offers (ssh-keyscan -p %1 %2 | ssh-keygen -lf -), then add it to the plan&apos;s known_hosts file: ssh-keyscan -p %1 %2 &gt;&gt; %3. Or set sync.hostKeys to accept-new to trust a node seen for the first time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or set sync.hostKeys to accept-new to trust a node seen for the first time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DceUpgrade::Step</name>
    <message>
        <source>Internal error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a bug in dce-upgrade: report it with the session directory.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DceUpgrade::StreamingRequest</name>
    <message>
        <source>Canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data ended early.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection closed without an answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection closed in the middle of the answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data moved for %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in HTTP/1.1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DceUpgrade::SystemError</name>
    <message>
        <source>no such file or directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no space left on the disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file system is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a part of the path is not a directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the directory is not empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input/output error (the disk or the network file system failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many open files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file name is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many levels of symbolic links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cannot be moved to another file system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DceUpgrade::TarIndex</name>
    <message>
        <source>%1 is %2-compressed. Offline packages are plain tar files, so that images can be read in place without unpacking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the .tar file exactly as downloaded from DaoCloud; do not recompress it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is truncated (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid tar archive (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download is incomplete or damaged. Download the package again and compare its checksum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains the member &quot;%2&quot;, which points outside the package. The package was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Such a package may be an attack. Use only packages downloaded from DaoCloud and verify their checksums.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 links to &quot;%2&quot;, outside the package. The package was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a symbolic link to &quot;%2&quot;, outside the package. The package was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is stored as a sparse file, which offline packages never use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package was not made by charts-syncer. Download it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no member &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the link &quot;%2&quot; points to &quot;%3&quot;, which is not in the archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package is incomplete or was not made by charts-syncer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a directory where a file was expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the links starting at &quot;%2&quot; form a loop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package is damaged. Download it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>character device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>block device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>named pipe (FIFO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>special file of an unknown type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package is damaged or was altered: `tar xvf` could not unpack it as it is either. Download it again from DaoCloud and compare its checksum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a hard link to &quot;%2&quot;, which is not in the archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a hard link to &quot;%2&quot;, which is stored after it: tar cannot extract such a link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a symbolic link to &quot;%2&quot;, which leads outside the package through other links. The package was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a symbolic link to the directory &quot;%2&quot;; offline packages link only to files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package was altered or was not made by DaoCloud&apos;s tools. Download it again from DaoCloud and compare its checksum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a symbolic link to &quot;%2&quot;, which is not in the archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is a %3. Offline packages hold only files, directories and links, so the package was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the symbolic links starting at &quot;%2&quot; form a loop.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DceUpgrade::TerminalProgress</name>
    <message>
        <source>done (%1 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED: %1
      What to do: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED: %1
        What to do: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DceUpgrade::TgzWriter</name>
    <message>
        <source>Could not package the relocated chart %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a bug in dce-upgrade; report it with the log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DceUpgrade::TimeText</name>
    <message>
        <source>%1 %2 (UTC%3)</source>
        <comment>@info long date, time, offset from UTC such as +08:00</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %3 (UTC%4)</source>
        <comment>@info long date, time, time zone abbreviation such as CST, offset from UTC such as +08:00</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>@item exact duration in seconds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <comment>@item exact duration</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min %3 s</source>
        <comment>@item exact duration</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DceUpgrade::ToolEnvironment</name>
    <message>
        <source>Kubeconfig: %1 (the plan names none; set upgrade.kubeconfig to choose another).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubeconfig: %1, from the KUBECONFIG variable of this shell (the plan names none; set upgrade.kubeconfig to choose another).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DceUpgrade::TransferRate</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, about %2 left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DceUpgrade::UnimplementedStep</name>
    <message>
        <source>This engine has no implementation of the step &quot;%1&quot; (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a bug in dce-upgrade: report it with the session directory. The exported script does the same work by hand.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DceUpgrade::UpgradePlan</name>
    <message>
        <source>&quot;%1&quot; must be a mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; in %2 (known: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.%2 must be a text value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.%2 must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.%2 must be a whole number from %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.%2 is &quot;%3&quot;; it must be one of: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the plan file and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a plan must be a YAML mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apiVersion must be &quot;%1&quot;; this program does not know &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind must be &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registry.scheme must be https or http.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registry.address is a host name or address with an optional port, such as 10.16.23.145 or harbor.example.com:8443, without http:// or a path. Put the project into registry.repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync.nodes must be a list of nodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upgrade.timeout must be a duration such as 10m, 600s or 1h30m.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upgrade.releases must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the plan %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the path to the plan file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a plan never holds a password. Remove it: the password is asked for when it is needed and is never stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.%2 must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the plan and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan names no offline package (package).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set package to the path of the module&apos;s offline package (the .tar file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan pushes images but names no registry (registry.address).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set registry.address to the registry&apos;s host name or address, such as 10.16.23.145 or harbor.example.com:8443.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan both trusts a CA file and skips TLS verification; choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove registry.caFile to skip the verification, or set registry.insecure to false to verify against that CA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>charts-syncer can publish the chart only to a Harbor chart repository or a local directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set sync.chartTarget to harbor or local, or use the built-in sync, which also publishes to OCI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync.chartTarget is %1, but sync.chartRepoUrl does not say where the chart goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set sync.chartRepoUrl (https://HARBOR/chartrepo/PROJECT for harbor, oci://REGISTRY/PROJECT for oci), or set sync.chartTarget to none when the chart needs no publishing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync.chartTarget is local, but sync.localChartPath does not say which directory the chart goes to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set sync.localChartPath, or set sync.chartTarget to none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The containerd method imports images on every node, but the plan lists no nodes (sync.nodes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List every node that runs the module&apos;s pods under sync.nodes, or choose another sync.method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no host; every node needs one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the node&apos;s host name or address, or remove the entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the same node as sync.nodes[%2] (%3, port %4): the images would be imported twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List every node once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The helm-repo method needs the chart repository URL (upgrade.repoUrl, or sync.chartRepoUrl when the sync publishes the chart to Harbor).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upgrade.releases[%1] names no chart; every release needs its chart name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the chart name, such as skoala, or remove the entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan neither syncs the images nor upgrades (sync.method and upgrade.method are both none): there is nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a sync method to stage the images now (builtin, charts-syncer, docker or containerd), or an upgrade method (helm-repo or chart-package).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync.docker is nodes: Docker loads the images on every node, but the plan lists no nodes (sync.nodes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List every node that runs the module&apos;s pods under sync.nodes, or set sync.docker to registry to push from this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is this machine (local: true) and also says how to reach it over ssh (%2); choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove local to reach the node over ssh, or remove host and identityFile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is this machine (local: true), like sync.nodes[%2]: the images would be imported twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync.imagesAlreadyOn says where the images were put before the run, so it goes with sync.method: none only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove sync.imagesAlreadyOn, or set sync.method to none when the images are already on the nodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not start with oci://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it names no registry host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a user name, password, query or fragment has no place in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it names no project after the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no repository name (lower-case letters, digits, and &quot;.&quot;, &quot;_&quot; or &quot;-&quot; between them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync.chartRepoUrl %1 is not a place in an OCI registry: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write it as oci://REGISTRY[:PORT]/PROJECT, such as oci://harbor.example.com/skoala; helm adds the chart name and version itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set upgrade.repoUrl, such as https://HARBOR/chartrepo/PROJECT (Harbor 2.8 and later: oci://HARBOR/PROJECT), or choose the chart-package method, which installs the chart from the package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upgrade.repoUrl %1 is not a chart repository in an OCI registry: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DceUpgrade::ValueRewrites</name>
    <message>
        <source>The value %1 would have to be both %2 and %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DceUpgrade::ValuesBackupStep</name>
    <message>
        <source>Kept the backup made earlier: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the values backup %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the disk where the session is kept, then run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release has no values of its own; saved the empty backup to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the values to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DceUpgrade::ValuesPrepareStep</name>
    <message>
        <source>The values backup %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run again: the backup step runs before this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: (not set) -&gt; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 -&gt; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your values pin %1: that image stays as it is after the upgrade. Remove the value if the new chart&apos;s image is wanted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values for the upgrade: %1 (every other value of the backup kept).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed %1 (a version note of this upgrade).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not renamed: the values have the new name too. Check which one the new chart should get.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DceUpgrade::VersionNotes</name>
    <message>
        <source>%1 → %2</source>
        <comment>a values key renamed: old → new</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator between renamed keys</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 → %3): %4</source>
        <extracomment>%1: a release; %2: the chart version installed; %3: the version upgraded to; %4: the note</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, if the installed version is %2 (this upgrade installs %3): %4</source>
        <extracomment>%1: a release; %2: a version range such as &lt;0.12.0; %3: the version upgraded to; %4: the note</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upgrade renames %1 in the values it passes to helm; the backup stays as it was.</source>
        <extracomment>%1: values keys renamed, such as keycloak → keycloakx</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upgrade.renameKeys is false: rename %1 in the values yourself.</source>
        <extracomment>%1: values keys to rename, such as keycloak → keycloakx</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>sentence, next sentence</comment>
        <extracomment>One sentence after another (Chinese needs no space after its full stop)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DceUpgrade::Wizard::BundlePage</name>
    <message>
        <source>Offline package</source>
        <comment>@title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Package file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <comment>@action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the package file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <comment>@status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the offline package</source>
        <comment>@title:window</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 packages (%2)</source>
        <extracomment>%1: the module&apos;s name, such as 微服务引擎 (Microservice Engine)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tar archives (*.tar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the %1 offline package you downloaded, or drop it here. Its charts and images are shown without unpacking anything.</source>
        <extracomment>%1: the module&apos;s name, such as 微服务引擎 (Microservice Engine)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the package path</source>
        <comment>@action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent</source>
        <comment>@action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open one of the packages read before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the package</source>
        <comment>@info busy indicator</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify every layer</source>
        <comment>@action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read each image layer in the package and compare it with its digest. Takes about as long as copying the package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <comment>@action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the package with its checksum file again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <comment>@action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the check; the package stays open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;%1  %2 (in %3)</source>
        <comment>number, file name, folder</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <comment>a recent package that is no longer there</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>bytes done of bytes in all</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the %1 checksum: %2</source>
        <comment>@status algorithm, amount</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every layer: %1</source>
        <comment>@status amount</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fol&amp;der…</source>
        <comment>@action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder where you unpacked a bundle with tar xvf (hints.yaml, images.tar, original-chart), or a folder that holds one package file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package is read in place: only its table of contents, the chart and the image manifests are read, so even a package of several gigabytes opens in seconds and needs no free disk space.

If a .sha512sum file was published with the package, keep it in the same folder: the package is compared with it as soon as it is read.

You can also drop the package file onto this page, or choose or drop the folder where you unpacked a bundle with tar xvf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder of an unpacked bundle</source>
        <comment>@title:window</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the offline package of the DCE module you upgrade, or drop it here. The module is recognised from its charts, which are shown with its images without unpacking anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DCE module packages (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DceUpgrade::Wizard::ChartVersionFetcher</name>
    <message>
        <source>The repository refused the user name and password: check them on the Registry page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repository&apos;s certificate is not trusted: choose its CA file on the Registry page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the URL: Harbor&apos;s chart repository is https://HARBOR/chartrepo/PROJECT, and Harbor 2.8 and later have none (then upgrade from the chart package).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that this machine reaches %1, and the URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a temporary directory for helm: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free some space in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart repository needs the password of %1, which has not been typed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the password on the Registry page, then fetch the versions again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>helm listed the versions of %1 in a form this version does not understand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>helm could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>helm did not answer within %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that this machine reaches %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>helm crashed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the helm installation with `helm version`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>helm could not add the Helm repository %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>helm could not list the chart versions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check `helm version`: helm 3.7 or later is needed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DceUpgrade::Wizard::CommandLine</name>
    <message>
        <source>Offline upgrade wizard for DCE 5.0 modules: reads the offline package, pushes its images to your registry and upgrades the Helm releases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline package to open on the package page (optional).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language: en or zh_CN (default: the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a PNG of the window to FILE once it is shown and the package (if any) is read, then quit (exit code 0, or 1 when it cannot be written).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit after MS milliseconds (smoke test: exit code 0 when the window came up). Works with QT_QPA_PLATFORM=offscreen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--quit-after needs a number of milliseconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang must be en or zh_CN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at most one PACKAGE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the screenshot to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label the window as a demo and show the notes in FILE on the first page (used by scripts/run.sh --demo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the demo notes %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from this plan file (as saved from the Review page or written for dce-upgrade run) instead of the choices saved from the wizard&apos;s last use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module to upgrade (default: the one the package&apos;s charts belong to, recognised when it is read). Known: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DceUpgrade::Wizard::EngineRun</name>
    <message>
        <source>Cannot create a private temporary folder for the plan: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DceUpgrade::Wizard::ErrorPanel</name>
    <message>
        <source>What to do: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <comment>@title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <comment>@info the error icon</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DceUpgrade::Wizard::FinishPage</name>
    <message>
        <source>%1 → %2</source>
        <comment>@item before → after</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was run.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upgrade of %1 was rolled back: its releases are at their earlier revisions again.</source>
        <comment>@info</comment>
        <extracomment>%1: the module&apos;s name, such as 微服务引擎 (Microservice Engine)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was upgraded: every step succeeded.</source>
        <comment>@info</comment>
        <extracomment>%1: the module&apos;s name, such as 微服务引擎 (Microservice Engine)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rollback failed before its first step.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upgrade of %1 failed before its first step.</source>
        <comment>@info</comment>
        <extracomment>%1: the module&apos;s name, such as 微服务引擎 (Microservice Engine)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rollback failed at the step “%1”.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upgrade of %1 failed at the step “%2”.</source>
        <comment>@info</comment>
        <extracomment>%1: the module&apos;s name, such as 微服务引擎 (Microservice Engine)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rollback was canceled.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upgrade of %1 was canceled; the steps already done stay done.</source>
        <comment>@info</comment>
        <extracomment>%1: the module&apos;s name, such as 微服务引擎 (Microservice Engine)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rollback did not finish: the engine worker stopped unexpectedly.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upgrade of %1 did not finish: the engine worker stopped unexpectedly.</source>
        <comment>@info</comment>
        <extracomment>%1: the module&apos;s name, such as 微服务引擎 (Microservice Engine)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <comment>@label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session folder: %1</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No release was upgraded in this session, so there are no revisions to show.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none was written</source>
        <comment>@info values backup</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desktop did not open %1.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping safely… A running helm command is allowed to finish first.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rollback is running.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <comment>@title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the run ended, what changed on the cluster, and what you can do next.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rel&amp;eases:</source>
        <comment>@label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release</source>
        <comment>@title:column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision before → after</source>
        <comment>@title:column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart version before → after</source>
        <comment>@title:column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values backup</source>
        <comment>@title:column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Releases</source>
        <comment>@label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each release with its revision and chart version before and after the run.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values backup:</source>
        <comment>@label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values backup</source>
        <comment>@label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <comment>@action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the folder that holds the values backups.</source>
        <comment>@info:tooltip</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;report</source>
        <comment>@action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the HTML report of the run: every step, every command and its result.</source>
        <comment>@info:tooltip</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll &amp;back…</source>
        <comment>@action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tart another</source>
        <comment>@action start another upgrade</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goes back to the package page for another upgrade; the registry and the other choices are kept.</source>
        <comment>@info:tooltip</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cance&amp;l…</source>
        <comment>@action stop the running rollback</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback status</source>
        <comment>@label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine&apos;s last lines:
%1</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rollback finished.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rollback was canceled.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rollback did not finish.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return every upgraded release to the revision it had before this upgrade.</source>
        <comment>@info:tooltip</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The images of %1 are staged: every step succeeded. No release was upgraded.</source>
        <comment>@info</comment>
        <extracomment>%1: the module&apos;s name, such as 微服务引擎 (Microservice Engine)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync of %1 failed before its first step.</source>
        <comment>@info</comment>
        <extracomment>%1: the module&apos;s name, such as 微服务引擎 (Microservice Engine)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync of %1 failed at the step “%2”.</source>
        <comment>@info</comment>
        <extracomment>%1: the module&apos;s name, such as 微服务引擎 (Microservice Engine)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync of %1 was canceled; the steps already done stay done.</source>
        <comment>@info</comment>
        <extracomment>%1: the module&apos;s name, such as 微服务引擎 (Microservice Engine)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync of %1 did not finish: the engine worker stopped unexpectedly.</source>
        <comment>@info</comment>
        <extracomment>%1: the module&apos;s name, such as 微服务引擎 (Microservice Engine)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To upgrade later: Start another keeps your choices; choose the Helm repository or the chart package on the Upgrade page. Or run the saved plan with upgrade.method set to helm-repo or chart-package: dce-upgrade run --plan PLAN.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run: %1</source>
        <comment>@info start, end and duration of the run</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DceUpgrade::Wizard::HelpLinkButton</name>
    <message>
        <source>Help on this error</source>
        <comment>@action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the help that explains this error and what to do</source>
        <comment>@info:tooltip</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DceUpgrade::Wizard::HelpWindow</name>
    <message>
        <source>Help: %1</source>
        <comment>@title:window page title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <comment>@title:window</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help text</source>
        <comment>@label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The help of the wizard&apos;s current page. Tab moves to its links; Esc closes the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <comment>@action</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DceUpgrade::Wizard::KubeconfigLoader</name>
    <message>
        <source>The kubeconfig could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kubeconfig could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DceUpgrade::Wizard::LogView</name>
    <message>
        <source>Sho&amp;w:</source>
        <comment>@label:listbox which step&apos;s log lines</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the lines of every step or of one step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All steps</source>
        <comment>@item:inlistbox</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <comment>@label:textbox</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text in the log</source>
        <comment>@info:placeholder</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in the log</source>
        <comment>@label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <comment>@info:tooltip</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match</source>
        <comment>@action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <comment>@info:tooltip</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match</source>
        <comment>@action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <comment>@action copy the selected log lines</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the selected lines.</source>
        <comment>@info:tooltip</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;all</source>
        <comment>@action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies every line the view keeps.</source>
        <comment>@info:tooltip</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve…</source>
        <comment>@action save the log</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves the lines the view keeps to a text file.</source>
        <comment>@info:tooltip</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <comment>@label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the engine and its tools print, newest at the bottom.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the last %1 lines are shown here; the session&apos;s log files keep every line.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not in the lines shown.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the Log</source>
        <comment>@title:window</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt *.log);;All files (*)</source>
        <comment>@item:inlistbox file types</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log could not be saved to %1: %2</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the log of a step</source>
        <comment>@label</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DceUpgrade::Wizard::NodeListEditor</name>
    <message>
        <source>ok</source>
        <comment>@info ssh test</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host key unknown</source>
        <comment>@info ssh test</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host key changed</source>
        <comment>@info ssh test</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied</source>
        <comment>@info ssh test</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection refused</source>
        <comment>@info ssh test</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out</source>
        <comment>@info ssh test</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown host name</source>
        <comment>@info ssh test</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreachable</source>
        <comment>@info ssh test</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <comment>@info ssh test</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the ssh identity file</source>
        <comment>@title:window</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <comment>@title:column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <comment>@title:column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <comment>@title:column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity file</source>
        <comment>@title:column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ssh test</source>
        <comment>@title:column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add node</source>
        <comment>@action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a row and starts editing its host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move node</source>
        <comment>@action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes the selected nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose identity fil&amp;e…</source>
        <comment>@action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chooses the private key ssh uses for the selected node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This machine (no ssh)</source>
        <comment>@item node list</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sudo</source>
        <comment>@title:column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run ctr or docker on the node through sudo -n, for a user who may not run them directly. sudo must not ask for a password there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per node: host, ssh user, port, identity file and whether to use sudo. F2 edits a cell, Space toggles sudo, Delete removes the selected nodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this machine</source>
        <comment>@action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds this machine as a node: its images are imported here, without ssh</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DceUpgrade::Wizard::NodeSyncPanel</name>
    <message>
        <source>Fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not tested yet. &quot;Test ssh&quot; logs in to every node with its key and runs true; nothing is changed.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing ssh… %1 of %2 nodes answered.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test stopped before it finished.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every node accepts the key login.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) cannot be reached as the upgrade needs: see the fix below.</source>
        <comment>@info</comment>
        <translation>
            <numerusform>%n node cannot be reached as the upgrade needs: see the fix below.</numerusform>
            <numerusform>%n nodes cannot be reached as the upgrade needs: see the fix below.</numerusform>
        </translation>
    </message>
    <message>
        <source>N&amp;odes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test ssh</source>
        <comment>@action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs in to every node in the background with its key (BatchMode, no prompt) and runs true.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop testin&amp;g</source>
        <comment>@action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing ssh</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ssh test&apos;s answer for each node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the known_hosts file for the nodes</source>
        <comment>@title:window</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes at once:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many nodes import the images at the same time (1 to 32). Each node reads the whole offline package from this machine, so more nodes at once share its disk and network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only host keys this machine already knows (strict)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust a node seen for the first time (accept-new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host &amp;keys:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What ssh does with a node whose host key it does not know yet. Neither choice accepts a key that differs from the one known for the node: that could be someone else answering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kno&amp;wn_hosts file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional. The node keys in this file are trusted besides those in ~/.ssh/known_hosts; with accept-new, the keys of new nodes are recorded here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>~/.ssh/known_hosts only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <comment>@action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chooses the known_hosts file for the nodes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DceUpgrade::Wizard::PackageLoader</name>
    <message>
        <source>The package could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DceUpgrade::Wizard::PackageModule</name>
    <message>
        <source>%1 (%2)</source>
        <comment>module name (module id)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the offline package of %1, version %2.</source>
        <extracomment>%1: the module&apos;s name and id, such as 容器管理 (kpanda); %2: its chart version</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the modules this version knows uses the charts in this package (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the offline package of a module this version upgrades: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DceUpgrade::Wizard::PackageModuleView</name>
    <message>
        <source>%1 was chosen before; the wizard now upgrades the module of this package.</source>
        <extracomment>%1: the module named before, such as 微服务引擎 (skoala)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release settings made for the module before were cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the offline package of %1, but the wizard is set to upgrade %2.</source>
        <extracomment>%1: the package&apos;s module, %2: the module the wizard is set to upgrade</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the offline package of %1, or go back to the first page and let the wizard recognise the module from the package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module of the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documented procedure: %1</source>
        <extracomment>%1: the public address of the module&apos;s upgrade page on docs.daocloud.io</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documented procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in bro&amp;wser</source>
        <comment>@action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the documented procedure of %1</source>
        <extracomment>%1: the module&apos;s name and id, such as 可观测性 (insight)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DceUpgrade::Wizard::PackageSummary</name>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checksum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>file name (size)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>chart name and version</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n image(s), %1 to push at most</source>
        <translation>
            <numerusform>%n image, %1 to push at most</numerusform>
            <numerusform>%n images, %1 to push at most</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator between chart names</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No .sha512sum or .sha256sum file beside the package: a damaged download cannot be detected. Verify every layer to check the images at least.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2, not checked yet.</source>
        <comment>checksum algorithm, file</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing the package with the %1 checksum in %2…</source>
        <comment>@status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified: the package matches the %1 checksum in %2 (%3 read).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not match the %1 checksum in %2: the package is damaged or incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not be checked: see the error above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked: stopped. The upgrade checks it again as its first step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked yet. &quot;Verify every layer&quot; reads each layer and compares it with its digest, so a damaged layer is found now rather than during the push.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing every layer with its digest…</source>
        <comment>@status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified: every layer matches its digest (%1 read).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A layer does not match its digest: the package is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked: stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DceUpgrade::Wizard::PackageTree</name>
    <message>
        <source>Chart / image reference</source>
        <comment>@title:column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manifest digest</source>
        <comment>@title:column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <comment>@title:column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images in the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <comment>@info image without a reference</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(after compression)</source>
        <comment>@info digest not known yet</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layers are stored uncompressed; the digest is known only after they are compressed for the push.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: %n image(s)</source>
        <comment>chart name, version</comment>
        <translation>
            <numerusform>%1 %2: %n image</numerusform>
            <numerusform>%1 %2: %n images</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>chart name and version</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level 1: the chart %1</source>
        <comment>@info accessible description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level 2: an image of the chart %1</source>
        <comment>@info accessible description</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DceUpgrade::Wizard::PackageVerifier</name>
    <message>
        <source>The package could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package could not be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no checksum file beside the package to check it with.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DceUpgrade::Wizard::RegistryCheck</name>
    <message>
        <source>Connecting to %1 over plain http, without TLS…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1 without verifying its TLS certificate (insecure)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1, trusting the CA certificate %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1, trusting this machine&apos;s CA certificates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Harbor project %1 does not exist yet: the upgrade creates it (private) before the push, and checks the push right then.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DceUpgrade::Wizard::RegistryPage</name>
    <message>
        <source>Registry</source>
        <comment>@title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the password of %1. It is kept in memory only, never saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the registry&apos;s CA certificate</source>
        <comment>@title:window</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the directory for the chart</source>
        <comment>@title:window</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not tested yet. The test is optional: the upgrade checks the registry again before it pushes anything.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed: the registry is ready for the upgrade.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: the upgrade would stop here.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the images and the chart go: your Harbor (or another registry) and the account that may push to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is sent before the upgrade starts, except by &quot;Test connection&quot;, which only reads and opens (then cancels) one upload to prove the push right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry</source>
        <comment>@title:group</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host name or IP address of the registry, with :port when it is not the default; no https:// and no path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https for Harbor; http only for a registry without TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of the CA that signed the registry&apos;s certificate (a self-signed Harbor&apos;s ca.crt). Leave it empty when this machine already trusts the registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: trust this machine&apos;s CA certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <comment>@action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the CA file</source>
        <comment>@action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip TLS &amp;verification (insecure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept any certificate the registry shows. Use a CA file instead when you can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: the registry&apos;s certificate will not be checked, so anyone on the network path could pose as the registry and receive the password. Use this on a trusted network only; a CA file is the safe choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repository:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Harbor project and path the images are pushed to (charts-syncer&apos;s containerRepository).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Harbor project and path the images go to: the first part is the project. Images keep their names below it, as charts-syncer&apos;s containerRepository does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the pro&amp;ject if it is missing (private)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in sync creates the Harbor project before the push when it does not exist. The account needs the right to create projects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <comment>@title:group</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Harbor user or robot account (robot$name). Empty for a registry without login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in memory only and handed to the upgrade on its standard input: never saved, never on a command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sh&amp;ow</source>
        <comment>@action password</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the password</source>
        <comment>@action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in memory only, never saved. Enter it again after a restart of the wizard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart</source>
        <comment>@title:group</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart tar&amp;get:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the relocated chart is published for the upgrade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Harbor chart repository (Harbor 2.7 and older)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OCI registry (Harbor 2.8 and later, any OCI registry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: do not publish the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart repository UR&amp;L:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled in from the registry and the project; change it when your chart repository is elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local &amp;directory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relocated chart package (.tgz) is written into this directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choos&amp;e…</source>
        <comment>@action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the directory for the chart</source>
        <comment>@action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection test</source>
        <comment>@title:group</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <comment>@action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks in the background that the registry answers, trusts the TLS certificate, accepts the account, has the project, allows the push, and which Harbor version it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sto&amp;p test</source>
        <comment>@action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the connection test found, line by line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the chart to OC&amp;I instead</source>
        <comment>@action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets the chart target to the OCI registry of this Harbor and tests again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test stopped before it finished.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no system keyring service is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in memory, and in the system keyring once you leave this page; never in the wizard&apos;s settings or the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is stored in the system keyring (GNOME Keyring, KWallet) when you leave this page, and filled in from it next time for the same user and registry. Unticking removes it from the keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available: no system keyring service (such as GNOME Keyring or KWallet) is running in this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password filled in from the system keyring.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password stored in the system keyring.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password removed from the system keyring.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keyring failed: %1</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember the password in the system &amp;keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember the password in the system keyring</source>
        <comment>@action</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DceUpgrade::Wizard::ReleaseEditor</name>
    <message>
        <source>%1 (in the offline package)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not in the kubeconfig)</source>
        <comment>kube context</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the Helm repository yet: the sync must publish it there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Helm repository does not offer this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kubeconfig names no contexts: %1 is upgraded in the current cluster only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None chosen: %1 is upgraded in the current cluster only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is upgraded in each cluster chosen, one after another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, in every worker cluster</source>
        <comment>@title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, in the management cluster</source>
        <comment>@title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not in this package)</source>
        <comment>@title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade %1</source>
        <comment>@label check box</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade the release of the chart %1; clear to leave it as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release name of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version:</source>
        <comment>chart version</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart version to upgrade to; the offline package&apos;s is marked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart version of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker clusters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kube contexts of the worker clusters %1 is upgraded in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker clusters of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DceUpgrade::Wizard::ReleaseProbe</name>
    <message>
        <source>helm could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>helm did not answer within %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>helm crashed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>helm printed the history in a form this version does not understand.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DceUpgrade::Wizard::ResumeOffer</name>
    <message numerus="yes">
        <source>The upgrade of %1 started on %2 stopped before it finished (%n step(s) done).</source>
        <extracomment>%1: the module&apos;s name, such as 微服务引擎 (Microservice Engine)</extracomment>
        <translation>
            <numerusform>The upgrade of %1 started on %2 stopped before it finished (%n step done).</numerusform>
            <numerusform>The upgrade of %1 started on %2 stopped before it finished (%n steps done).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The upgrade of %1 started on %2 was interrupted (%n step(s) done).</source>
        <extracomment>%1: the module&apos;s name, such as 微服务引擎 (Microservice Engine)</extracomment>
        <translation>
            <numerusform>The upgrade of %1 started on %2 was interrupted (%n step done).</numerusform>
            <numerusform>The upgrade of %1 started on %2 was interrupted (%n steps done).</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue the interrupted upgrade?</source>
        <comment>@title:window</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continuing skips every step that already finished and uses the same plan and values backup. You will be asked for the registry password again.

Session: %1
Package: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontinue it</source>
        <comment>@action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a &amp;new upgrade</source>
        <comment>@action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot continue</source>
        <comment>@title:window</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DceUpgrade::Wizard::ReviewPage</name>
    <message>
        <source>Review</source>
        <comment>@title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands are for the installed helm %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>helm was not found (or did not answer); commands are shown for helm %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No offline package has been read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the Package page and choose the package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No chart repository receives the chart: nothing publishes it in this run, so the Helm repository must already offer the versions chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No chart repository receives the chart: it is installed from the offline package only, and a later upgrade from a Helm repository will not find this version there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is also upgraded in the management cluster (%2); it belongs in the worker clusters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs chart version %2; the plan installs the older %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2: an earlier helm operation was interrupted. The upgrade stops at its first check and says how to recover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The values of %1 pin %2: that image stays as it is after the upgrade. Remove the value if the new chart&apos;s image is wanted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not installed in namespace %2 of %3: the upgrade stops at its first check. This tool upgrades; it does not install.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state of %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking…</source>
        <comment>@status release</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (revision %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (revision %2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster not reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for helm on this machine…</source>
        <comment>@status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>helm was not found: what the clusters run now cannot be shown. The upgrade checks it before it changes anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>pushes %n image(s) (%1) to %2</source>
        <translation>
            <numerusform>pushes %n image (%1) to %2</numerusform>
            <numerusform>pushes %n images (%1) to %2</numerusform>
        </translation>
    </message>
    <message>
        <source>its current version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2 to %3 on %4</source>
        <comment>release from version to version on cluster</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This upgrades %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This %1, then upgrades %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the upgrade?</source>
        <comment>@title:window</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The values of every release are backed up before it is upgraded, and the Finish page can roll the upgrade back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start upgrade</source>
        <comment>@action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <comment>@action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the plan</source>
        <comment>@title:window</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade plans (*.yaml *.yml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan saved to %1. `dce-upgrade run --plan` runs it; --plan opens it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the upgrade script</source>
        <comment>@title:window</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shell scripts (*.sh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script written to %1: the same steps, for running by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every step of the upgrade with its exact commands. Passwords are never shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has run yet: nothing is pushed and no release changes until you press Start upgrade and confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I want to install an &amp;older version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without this, the upgrade refuses to replace a newer chart version with an older one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the releases on the clusters</source>
        <comment>@status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the clusters now</source>
        <comment>@title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;teps and commands</source>
        <comment>@title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same text as dce-upgrade plan prints for this plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;plan…</source>
        <comment>@action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the choices as a plan file (no password inside)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport script…</source>
        <comment>@action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the same steps as a bash script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>helm was not found on this machine: the commands below are for helm %1, and the upgrade cannot run until helm is installed. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster of %1 cannot be reached from here. The upgrade checks again before it changes anything. Reason: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imports %1 (%2) on %3</source>
        <comment>imports N images (their size) on N nodes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <comment>imported on the nodes</comment>
        <translation>
            <numerusform>%n image</numerusform>
            <numerusform>%n images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n node</numerusform>
            <numerusform>%n nodes</numerusform>
        </translation>
    </message>
    <message>
        <source>No chart repository receives the chart in this run: the upgrade later installs it from the offline package, or from a Helm repository that offers this version already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This %1. No release is upgraded.</source>
        <comment>%1: what the sync does, such as: pushes 8 images (21.7 kB) to 10.16.23.145</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the sync?</source>
        <comment>@title:window</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing on the clusters changes. Upgrade later with the same choices and a Helm repository or the chart package chosen on the Upgrade page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start sync</source>
        <comment>@action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has run yet: nothing is synced until you press Start sync and confirm. This run only syncs the images; no release changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version note: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DceUpgrade::Wizard::RunPage</name>
    <message>
        <source>Running the Upgrade</source>
        <comment>@title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine runs the steps of the plan one after another. Follow each step and its log here; the session folder keeps the whole log and the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <comment>@action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cance&amp;l…</source>
        <comment>@action stop the running upgrade</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops the run safely after asking.</source>
        <comment>@info:tooltip</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last lines the engine wrote:</source>
        <comment>@label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last lines the engine wrote</source>
        <comment>@label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <comment>@action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll &amp;back…</source>
        <comment>@action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run status</source>
        <comment>@label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping safely… A running helm command is allowed to finish or roll back first.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rollback is running.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upgrade is running.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rollback finished: the releases are back at their earlier revision.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upgrade finished: every step is done. Next shows the result.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rollback did not finish.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upgrade did not finish.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” failed.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” failed: %2</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine stopped before the run could finish (exit code %1).</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rollback was canceled.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upgrade was canceled. What was done stays done: Retry continues from there.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine worker could not be started.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine worker stopped unexpectedly (it crashed or was killed).</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no plan to run: confirm it on the Review page first.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session folder: %1</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs the rollback again.</source>
        <comment>@info:tooltip</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs the session again: the steps that are done are skipped.</source>
        <comment>@info:tooltip</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return every upgraded release to the revision it had before this upgrade.</source>
        <comment>@info:tooltip</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine&apos;s last lines are below: fix what they say, then Retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine worker could not be started to run “%1”.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine worker stopped unexpectedly while running “%1” (it crashed or was killed).</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine&apos;s last lines are below. Retry continues the session where it stopped; the session&apos;s log files have the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync is running.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync finished: the images are staged. Next shows the result.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync did not finish.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync was canceled. What was done stays done: Retry continues from there.</source>
        <comment>@info:status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing the Images</source>
        <comment>@title</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DceUpgrade::Wizard::RunQuestions</name>
    <message>
        <source>Cancel the Rollback?</source>
        <comment>@title:window</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the Upgrade?</source>
        <comment>@title:window</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The running step stops safely: a running helm command is allowed to finish or roll back, so no release is left half changed. What is done stays done; Retry continues from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the &amp;rollback</source>
        <comment>@action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the &amp;upgrade</source>
        <comment>@action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep running</source>
        <comment>@action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll Back the Upgrade?</source>
        <comment>@title:window</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>helm rollback returns these releases to the revision they had before this session upgraded them:

%1

The images pushed to the registry stay there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Roll back</source>
        <comment>@action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Do not roll back</source>
        <comment>@action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2 (%3) to revision %4</source>
        <comment>release in namespace (cluster) to revision</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2 (%3) to revision %4, chart %5</source>
        <comment>release in namespace (cluster) to revision, chart version</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DceUpgrade::Wizard::RunView</name>
    <message>
        <source>waiting</source>
        <comment>@item step state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <comment>@item step state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <comment>@item step state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <comment>@item step state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>canceled</source>
        <comment>@item step state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <comment>@item step state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>@item duration in seconds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <comment>@title:column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <comment>@title:column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <comment>@title:column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <comment>@label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every step of the run with its state and how long it took.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall progress</source>
        <comment>@label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>@info:tooltip step title: message</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>@info:progress items done of total</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>@info:progress bytes done of total</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/s</source>
        <comment>@info:progress speed</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1 left</source>
        <comment>@info:progress time left</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>@info:progress separator</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <comment>@info:progress</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>@info:progress step — transfer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 steps done.</source>
        <comment>@info:progress</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the engine…</source>
        <comment>@info:progress</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This machine</source>
        <comment>@item a node: the computer the wizard runs on</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>@item node state, bytes done of total: running, 1 GiB of 2 GiB</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <comment>@info:tooltip how to fix a failed node</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DceUpgrade::Wizard::SshCheck</name>
    <message>
        <source>ssh could not be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the OpenSSH client (package openssh-client).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ssh ended without an answer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DceUpgrade::Wizard::StepSidebar</name>
    <message>
        <source>Steps of the upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome</source>
        <comment>@item step</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline package</source>
        <comment>@item step</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry</source>
        <comment>@item step</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image sync</source>
        <comment>@item step</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade</source>
        <comment>@item step</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <comment>@item step</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <comment>@item step</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <comment>@item step</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>@item step number and name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: current step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: to do</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DceUpgrade::Wizard::SyncPage</name>
    <message>
        <source>Image sync</source>
        <comment>@title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not installed on this machine (not found on PATH). %2</source>
        <comment>@info: tool, how to get it</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># Not complete yet: %1
# %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the images of the offline package get to where the cluster pulls them from. The tab shown is the method used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in sync suits almost every site. The other tabs do what the DCE documentation describes, with its traps avoided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Built-in (recommended)</source>
        <comment>@title:tab</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>charts-s&amp;yncer</source>
        <comment>@title:tab</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Docker</source>
        <comment>@title:tab</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>containe&amp;rd</source>
        <comment>@title:tab</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Images already there</source>
        <comment>@title:tab</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The images go straight from the offline package to the registry, several uploads in parallel: nothing is unpacked, and no Docker daemon or extra tool is needed. A rerun sends only what is missing, so an interrupted sync resumes where it stopped. Then the relocated chart is published to the chart target chosen on the Registry page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parallel &amp;uploads:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many layers are uploaded at once (1 to 32). 4 suits most registries; more helps a Harbor with many cores on a fast network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;place tags that differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On: image tags in the registry whose content differs from the package are overwritten, and the chart is published even when its version is already there. Off: such tags are left as they are and reported, as charts-syncer does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Harbor chart repository (HARBOR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Local directory (LOCAL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart repository URL and the directory are set on the Registry page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;file it writes, load-image.yaml (the password masked; ${SESSION} is the run&apos;s directory):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>load-image.yaml as it will be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read only. The password is shown as ******; the real file holds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DaoCloud&apos;s charts-syncer, as the DCE documentation uses it. The wizard writes load-image.yaml for you (the credentials nested correctly, the password in a file only you can read, removed afterwards), runs charts-syncer sync, and then checks that every image really is in the registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On every node listed below, over ssh, one session per images.tar:
1. docker load: images.tar is streamed from the offline package on this machine into the node&apos;s Docker; nothing is copied to the node&apos;s disk first.
2. docker tag: every image gets its name in your registry, so the pods find it without pulling.
3. docker images: every relocated name must be there.

Nothing is pushed to a registry: nodes added later will not have the images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this machine:
1. docker load: images.tar is streamed from the offline package into Docker; nothing is unpacked to disk.
2. docker tag: every image gets its name in your registry.
3. docker push: with a login kept in the run&apos;s own directory, never in your ~/.docker/config.json, and removed at the end.

Docker recompresses the layers, so the images get other digests than with charts-syncer or the built-in sync; the upgrade names them by tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker does the work, as the DCE documentation describes: either on this machine, which then pushes to your registry, or on every node, for nodes that cannot pull from a registry. Docker must be running where it loads the images, with room for them in its storage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push to the registry from this machine</source>
        <comment>@option:radio</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load on e&amp;very node over ssh (nothing pushed)</source>
        <comment>@option:radio</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For nodes that cannot pull from a registry: the images are imported on every node listed, over ssh (ctr -n k8s.io images import, streamed from the offline package), tagged with their names in the registry and checked. Nothing is pushed. ssh must log in with a key, without a password prompt; a node that fails does not stop the others, and a rerun imports only where it did not finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upgrade uses the images by the names they were tagged with on the nodes, and looks nothing up in a registry: make sure every node that runs the module&apos;s pods has them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upgrade still checks, before helm upgrade, that every image it will use is in the registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is synced. Choose this when the images are already where the cluster pulls them from: synced earlier (for example by a sync-only run days before), or by a colleague.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the registry (with the chart in its target)</source>
        <comment>@option:radio</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On every node (imported with containerd or Docker)</source>
        <comment>@option:radio</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DceUpgrade::Wizard::ToolInventory</name>
    <message>
        <source>Copy kubectl from the cluster&apos;s master node to /usr/local/bin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy charts-syncer from the DCE installer&apos;s offline package to /usr/local/bin, or use the built-in sync, which needs no extra tool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install Docker, or use the built-in sync, which needs no daemon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ctr comes with containerd on the cluster&apos;s nodes; this machine only needs ssh to reach them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the OpenSSH client (package openssh-client).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the helm binary (3.7 or later) from the DCE offline package or the cluster&apos;s master node to /usr/local/bin.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DceUpgrade::Wizard::ToolTable</name>
    <message>
        <source>Tool</source>
        <comment>@title:column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this machine</source>
        <comment>@title:column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed for</source>
        <comment>@title:column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tools on this machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each tool: whether it was found, its version as the tool reports it, and which method needs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found at %1; asking it for its version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not looked for yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found at %1; it did not report a version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (as reported by %2), at %3</source>
        <comment>version, tool, path</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upgrade itself, whatever the sync method: required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The module&apos;s steps before the upgrade (deleting its old jobs, applying CRDs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The charts-syncer sync method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The containerd sync method, on each node (not on this machine).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Docker sync method, when it pushes from this machine (on the nodes, Docker runs there).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>containerd, and Docker on the nodes: to reach every node.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DceUpgrade::Wizard::UpgradePage</name>
    <message>
        <source>Upgrade</source>
        <comment>@title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one release must be upgraded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the releases to upgrade; clear the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for helm on this machine…</source>
        <comment>@status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching the chart versions from %1…</source>
        <comment>@status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the URL of the Helm repository to see the versions it offers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>helm was not found on this machine, so the versions cannot be listed. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The versions could not be listed: only the package&apos;s own version is offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n version(s)</source>
        <translation>
            <numerusform>%1: %n version</numerusform>
            <numerusform>%1: %n versions</numerusform>
        </translation>
    </message>
    <message>
        <source>The repository offers %1.</source>
        <comment>list of charts with their version counts</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the kubeconfig</source>
        <comment>@title:window</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current context (%1)</source>
        <comment>kube context</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not in the kubeconfig)</source>
        <comment>kube context</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the kubeconfig…</source>
        <comment>@status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n context(s) in %1.</source>
        <translation>
            <numerusform>%n context in %1.</numerusform>
            <numerusform>%n contexts in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>From the &amp;Helm repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>helm repo add, then helm upgrade ALIAS/CHART --version X: the chart the sync published, relocated to your registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the chart in the offline &amp;package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>helm upgrade with original-chart/ from the package: no Helm repository is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installs original-chart/ from the offline package, with the image values set to your registry. No Helm repository is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repository &amp;alias:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name helm gives the repository during the upgrade (in a private helm configuration: your own repositories are not changed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repository &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For Harbor: https://HARBOR/chartrepo/PROJECT. Prefilled with the chart target of the Registry page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fetch versions</source>
        <comment>@action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the chart versions the repository offers again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching the chart versions</source>
        <comment>@status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Releases</source>
        <comment>@title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster</source>
        <comment>@title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kubeconfig:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kubeconfig file helm uses; empty: $KUBECONFIG or ~/.kube/config.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: $KUBECONFIG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <comment>@action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the kubeconfig file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Management cluster:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kube context of the cluster that runs %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images</source>
        <comment>@title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Image registry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of the image registry key of each chart; empty: the computed value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>helm upgrade</source>
        <comment>@title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wait until the new pods are ready (--wait)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long helm waits, as a duration such as 10m, 600s or 1h30m.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Roll back automatically if the upgrade fails (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>computed once the registry is set on the Registry page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upgrade sets %1 to this value so the pods pull their images from your registry; left empty, it is %2, computed from the Registry page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the chart comes from, which releases are upgraded on which clusters, and how helm upgrades them; or only sync the images now and upgrade later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade method</source>
        <comment>@title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Only sync the images now; upgrade later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run stages the images and changes no release: helm and kubectl are not needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages the images with the sync chosen before, days ahead of the maintenance window; nothing on the clusters changes. The other choices on this page are kept for the upgrade later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator between renamed keys</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ename %1 in the values passed to helm</source>
        <extracomment>%1: values keys renamed, such as keycloak → keycloakx</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only when the installed version calls for it, as a version note of the module says (the Review page shows it). The backup is never changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DceUpgrade::Wizard::UpgradeWizard</name>
    <message>
        <source>DCE 5.0 Offline Upgrade</source>
        <comment>@title:window</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <comment>@action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>@action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (demo)</source>
        <comment>@title:window</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; Back</source>
        <comment>@action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <comment>@action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <comment>@action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the upgrade?</source>
        <comment>@title:window</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upgrade is still running. Closing stops it safely: a running helm upgrade is allowed to finish or roll back, then the window closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop and close</source>
        <comment>@action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep running</source>
        <comment>@action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DCE 5.0 Offline Upgrade logo</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <comment>@action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help on this page (F1)</source>
        <comment>@info:tooltip</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DceUpgrade::Wizard::WarningPanel</name>
    <message>
        <source>Read before you start</source>
        <comment>@title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <comment>@info icon</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DceUpgrade::Wizard::WelcomePage</name>
    <message>
        <source>Upgrade %1 offline</source>
        <comment>@title</comment>
        <extracomment>%1: the module&apos;s name, such as 微服务引擎 (Microservice Engine)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This wizard upgrades %1 on a DCE 5.0 cluster from the offline package you downloaded, without copying commands by hand.</source>
        <extracomment>%1: the module&apos;s name, such as 微服务引擎 (Microservice Engine)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It takes you through the offline upgrade procedure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changes in the registry or on the cluster until you have reviewed and confirmed the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the whole program; it changes at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>helm was not found, so the upgrade cannot run on this machine. You can still go through the pages and see what would be done, but install helm (see below) before you start the upgrade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <comment>@title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo: a local registry and a stand-in cluster, started for this window and removed when it closes.</source>
        <comment>@title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo</source>
        <comment>@title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the package: its checksum, and every layer if you wish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the registry: address, login, project and write access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync the images and the chart to the registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the values of each Helm release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade the Helm releases (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator between release names</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify that the upgraded releases are running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a report of everything that was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back to the backed-up revision if anything went wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>step number, step</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools on this machine:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in sync (recommended) pushes the images itself: apart from helm it needs none of these tools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognised from the package: %1</source>
        <extracomment>%1: the module&apos;s name and id, such as 容器管理 (kpanda)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognise it from the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade a DCE 5.0 module offline</source>
        <comment>@title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This wizard upgrades a DCE 5.0 module on a cluster from the offline package you downloaded, without copying commands by hand. It recognises the module from the package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade the module&apos;s Helm releases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Module:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The module to upgrade, by its name in DCE. Without a choice it is recognised from the charts of the package you choose next; a choice also filters the file dialog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognised, but not upgraded by this version yet (follow their documented procedure): %1.</source>
        <extracomment>%1: modules by name and id, such as 可观测性 (insight), 应用工作台 (amamba)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DceUpgrade::Yaml</name>
    <message>
        <source>%1, line %2, column %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the YAML syntax at that position.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the document nests deeper than %2 levels or its aliases expand to more than %3 nodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is damaged or was built to exhaust memory. Download the package again from DaoCloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
