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
        <source>Could not package the relocated chart %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a bug in dce-upgrade; report it with the log.</source>
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
    <name>DceUpgrade::ChartsSyncerConfig</name>
    <message>
        <source>charts-syncer needs %1, and the plan has none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete the plan and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the registry address (registry.address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Harbor chart repository URL (sync.chartRepoUrl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a directory for the chart (sync.localChartPath)</source>
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
    <name>DceUpgrade::ChecksumStep</name>
    <message>
        <source>No checksum file lies beside the package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 matches %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DceUpgrade::Cli::CliCommands</name>
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
        <source>Package: %1 (%2)</source>
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
        <source>%1 needs --plan FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade plan for %1 (%2), nothing has been changed.</source>
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
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n image</numerusform>
            <numerusform>%n images</numerusform>
        </translation>
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
    <message>
        <source>Usage: dce-upgrade COMMAND [options]

Offline upgrade of DCE 5.0 modules from their offline packages.

Commands:
  inspect PACKAGE [--json] [--verify]
      Show the charts, versions and images of an offline package without
      unpacking it. --verify also checks the .sha512sum file and every layer
      digest (reads the whole package).
  plan --plan FILE [--json] [--helm-version X.Y.Z]
      Show every step of the upgrade with its exact commands (dry run: nothing
      is changed). Passwords are never shown.
  script --plan FILE [--output FILE] [--helm-version X.Y.Z]
      Write the same steps as a bash script.
  run --plan FILE [--events -] [--secrets-stdin] [--helm PATH] [--kubectl PATH]
      [--allow-downgrade] [--recover-pending] [--verbose]
  run --resume SESSION [...]
      Perform the steps. A session directory under ~/.local/state/dce-upgrade
      keeps the plan, logs, values backups and the report; --resume continues a
      session and skips what is done. --events - writes JSON lines (docs/events.md)
      instead of readable progress. --secrets-stdin reads one JSON line such as
      {&quot;registry.password&quot;:&quot;...&quot;}; otherwise a terminal is asked.
  rollback --session SESSION [--helm PATH]
      Roll every release the session upgraded back to its revision before.

Global options:
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
        <source>Finished. Report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not finished. Report: %1
Run again with --resume %2 to continue where it stopped.</source>
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
        <source>Roll %1 back to revision %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to roll back: no upgrade was started in this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the report</source>
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
        <source>This version cannot yet stream a package member into %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the built-in sync, or run the exported script.</source>
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
</context>
<context>
    <name>DceUpgrade::Planner</name>
    <message>
        <source>Correct the plan and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan pushes images but names no registry (registry.address).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The containerd method imports images on every node, but the plan lists no nodes (sync.nodes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan both trusts a CA file and skips TLS verification; choose one.</source>
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
        <source>Verify the package checksum</source>
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
        <source>Read the offline package</source>
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
        <source>The login is kept in %1, not in your ~/.docker/config.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the images into Docker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>images.tar is streamed from the package; nothing is unpacked to disk.</source>
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
        <source>Delete %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the images on node %1</source>
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
        <source>The helm-repo method needs the chart repository URL (upgrade.repoUrl).</source>
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
</context>
<context>
    <name>DceUpgrade::ProcessRunner</name>
    <message>
        <source>%1 is not installed or not on PATH.</source>
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
</context>
<context>
    <name>DceUpgrade::ReportStep</name>
    <message>
        <source>Report: %1</source>
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
    <name>DceUpgrade::UnavailableStep</name>
    <message>
        <source>This version cannot perform &quot;%1&quot; yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another sync method in the plan (or &quot;none&quot; when the images are already in the registry), or run the exported script.</source>
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
        <source>the plan names no package (key &quot;package&quot;).</source>
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
        <source>every node needs a host.</source>
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
        <source>every release needs its chart name.</source>
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
</context>
<context>
    <name>DceUpgrade::Wizard::BundlePage</name>
    <message>
        <source>Offline package</source>
        <comment>@title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the %1 offline package you downloaded. Its charts and images are shown without unpacking anything.</source>
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
        <source>The package is read in place: only its table of contents, the chart and the image manifests are read, so even a package of several gigabytes opens in seconds and needs no free disk space.

If a .sha512sum file was published with the package, keep it in the same folder: it is checked before the upgrade starts.</source>
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
        <source>Module to upgrade (default: skoala). Known: %1.</source>
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
    <name>DceUpgrade::Wizard::PackageSummary</name>
    <message>
        <source>No .sha512sum or .sha256sum file beside the package: a damaged download cannot be detected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2; it is verified as the first step of the upgrade.</source>
        <translation type="unfinished"></translation>
    </message>
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
</context>
<context>
    <name>DceUpgrade::Wizard::UpgradeWizard</name>
    <message>
        <source>DCE 5.0 Offline Upgrade</source>
        <comment>@title:window</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <comment>@action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <comment>@action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Commit</source>
        <comment>@action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <comment>@action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>@action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <comment>@action</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DceUpgrade::Wizard::WelcomePage</name>
    <message>
        <source>Upgrade %1 offline</source>
        <comment>@title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This wizard upgrades %1 on a DCE 5.0 cluster from the offline package you downloaded, without copying commands by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It takes you through the offline upgrade procedure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the offline package and show its charts and images, without unpacking it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check your registry (Harbor) and push the images to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the values of the Helm release, then upgrade it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the result and keep a report, with a way back if needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changes in the registry or on the cluster until you have reviewed and confirmed the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>module name (module id)</comment>
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
