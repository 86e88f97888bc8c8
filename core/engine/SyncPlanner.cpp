#include "SyncPlanner.h"

#include "NodeImport.h"
#include "ScriptWriter.h"
#include "StepIds.h"
#include "bundle/PackageReader.h"
#include "registry/RelocatedImage.h"
#include "tools/ChartsSyncerConfig.h"
#include "tools/DockerCommands.h"

namespace DceUpgrade {

QStringList SyncPlanner::imagesMemberChain(const Bundle &bundle)
{
    return bundle.memberChain + QStringList {QStringLiteral("images.tar")};
}

void SyncPlanner::addSyncChecks()
{
    switch (m_plan.sync.method) {
    case SyncMethod::BuiltIn:
    case SyncMethod::ChartsSyncer:
        addRegistryCheck();
        break;
    case SyncMethod::Docker:
        if (!m_plan.importsOnNodes()) {
            addDockerCheck();
        }
        break;
    case SyncMethod::Containerd:
    case SyncMethod::None:
        break;
    }
}

void SyncPlanner::addSyncSteps()
{
    switch (m_plan.sync.method) {
    case SyncMethod::BuiltIn:
        addBuiltInSync();
        break;
    case SyncMethod::ChartsSyncer:
        addChartsSyncer();
        break;
    case SyncMethod::Docker:
        if (m_plan.importsOnNodes()) {
            addNodeImport();
        } else {
            addDocker();
        }
        break;
    case SyncMethod::Containerd:
        addNodeImport();
        break;
    case SyncMethod::None:
        break;
    }
}

void SyncPlanner::addPushList(PlannedStep &step) const
{
    for (const auto &bundle : m_package.bundles) {
        for (const RelocatedImage &image : RelocatedImage::forBundle(*bundle, m_relocator)) {
            step.details.append(
                QStringLiteral("%1 -> %2").arg(image.source, image.relocation.target));
        }
    }
}

void SyncPlanner::addRegistryCheck()
{
    const RegistryTarget &r = m_plan.registry;
    PlannedStep &check = add(StepIds::RegistryCheck, Planner::tr("Check the image registry"), 1);
    check.builtIn = true;
    check.details.append(
        Planner::tr("Log in to %1 as %2, check that the project exists and "
                    "that the user may push to it.")
            .arg(registryUrl(),
                r.username.isEmpty() ? Planner::tr("an anonymous user") : r.username));
    if (m_plan.sync.createProject) {
        check.details.append(Planner::tr("A Harbor project that does not exist is created, "
                                         "private."));
    }
    if (r.insecure) {
        check.details.append(Planner::tr("TLS certificates are NOT verified (insecure)."));
    }
}

void SyncPlanner::addBuiltInSync()
{
    const RegistryTarget &r = m_plan.registry;

    PlannedStep &push
        = add(StepIds::ImagesPush, Planner::tr("Push the images to the registry"), 60);
    push.builtIn = true;
    qint64 bytes = 0;
    for (const auto &bundle : m_package.bundles) {
        bytes += bundle->images.uniqueBlobBytes();
    }
    push.details.append(Planner::tr("Upload up to %1 straight from the package with %2 "
                                    "parallel uploads; blobs already in the registry are "
                                    "skipped, existing tags are left as they are.")
                            .arg(humanSize(bytes))
                            .arg(m_plan.sync.jobs));
    addPushList(push);
    CommandLine cli(QStringLiteral("dce-upgrade"),
        {QStringLiteral("push"), m_package.path, QStringLiteral("--registry"), registryUrl()});
    cli.option(QStringLiteral("--repository"), r.repository);
    cli.option(QStringLiteral("--user"), r.username);
    if (!r.username.isEmpty()) {
        cli.arg(QStringLiteral("--password-stdin")).stdinSecret(RegistryPasswordId);
    }
    cli.option(QStringLiteral("--ca-file"), r.caFile);
    if (r.insecure) {
        cli.arg(QStringLiteral("--insecure"));
    }
    cli.option(QStringLiteral("--jobs"), QString::number(m_plan.sync.jobs));
    if (m_plan.sync.force) {
        cli.arg(QStringLiteral("--force"));
    }
    if (m_plan.sync.chartTarget != ChartTarget::None) {
        cli.option(
            QStringLiteral("--chart-target"), UpgradePlan::toString(m_plan.sync.chartTarget));
        cli.option(QStringLiteral("--chart-repo"),
            m_plan.sync.chartTarget == ChartTarget::Local ? m_plan.sync.localChartPath
                                                          : m_plan.sync.chartRepoUrl);
    }
    // The built-in push is this program: the exported script calls its command line.
    push.commands.push_back(cli);

    if (m_plan.sync.chartTarget != ChartTarget::None) {
        PlannedStep &publish
            = add(StepIds::ChartPublish, Planner::tr("Publish the relocated chart"), 2);
        publish.builtIn = true;
        for (const auto &bundle : m_package.bundles) {
            publish.details.append(chartPublishLine(*bundle));
        }
    }
}

QString SyncPlanner::chartPublishLine(const Bundle &bundle) const
{
    const QString file
        = bundle.chart.name + QLatin1Char('-') + bundle.chart.version + QLatin1String(".tgz");
    switch (m_plan.sync.chartTarget) {
    case ChartTarget::Harbor:
        return Planner::tr("Upload %1 to the Harbor chart repository %2 (skipped when that "
                           "version is already there).")
            .arg(file, m_plan.sync.chartRepoUrl);
    case ChartTarget::Local:
        return Planner::tr("Write %1 into %2.").arg(file, m_plan.sync.localChartPath);
    case ChartTarget::Oci:
        return Planner::tr("Push %1 as an OCI artifact to %2.").arg(file, m_plan.sync.chartRepoUrl);
    case ChartTarget::None:
        break;
    }
    return {};
}

void SyncPlanner::addChartsSyncer()
{
    const QString dir = session(QStringLiteral("charts-syncer"));
    const QString bundlesDir = dir + QLatin1String("/bundles");
    const QString tmpDir = dir + QLatin1String("/tmp");
    const ChartsSyncerConfig config(m_plan, bundlesDir);
    const QString configPath = dir + QLatin1String("/load-image.yaml");
    for (const auto &bundle : m_package.bundles) {
        if (!ChartsSyncerConfig::canNameBundle(bundle->chart.name, bundle->chart.version)) {
            invalid(Planner::tr("charts-syncer cannot sync the chart \"%1\" %2: it takes "
                                "the chart name and version from the file name "
                                "<chart>_<version>.bundle.tar, whose chart name allows only "
                                "letters, digits, \"+\" and \"-\" (no \"_\").")
                        .arg(bundle->chart.name, bundle->chart.version),
                Planner::tr("Use the built-in sync (sync.method: builtin), which reads the "
                            "chart from the bundle itself."));
        }
    }

    // Not resumable: the cleanup at the end of every run removes what it made.
    PlannedStep &prepare
        = add(StepIds::ChartsSyncerPrepare, Planner::tr("Prepare charts-syncer"), 2);
    prepare.builtIn = true;
    prepare.resumable = false;
    prepare.paths.chartsSyncerDir = dir;
    prepare.paths.chartsSyncerBundles = bundlesDir;
    prepare.paths.chartsSyncerTmp = tmpDir;
    // charts-syncer has no --ca-file: Go adds the certificates of SSL_CERT_DIR to the
    // system's (its default bundle file is still read), so the CA goes into a directory of
    // its own and the sync runs with SSL_CERT_DIR pointing there.
    const QString caDir = dir + QLatin1String("/ca");
    if (!m_plan.registry.caFile.isEmpty()) {
        prepare.paths.chartsSyncerCaDir = caDir;
        prepare.paths.registryCaFile = m_plan.registry.caFile;
        prepare.details.append(
            Planner::tr("Copy %1 into %2: charts-syncer trusts that CA through SSL_CERT_DIR.")
                .arg(m_plan.registry.caFile, caDir));
    }
    prepare.details.append(
        Planner::tr("Put each bundle into %1 under the name charts-syncer expects "
                    "(<chart>_<version>.bundle.tar) and nothing else: any other .tar there "
                    "makes charts-syncer crash.")
            .arg(bundlesDir));
    prepare.details.append(Planner::tr("Write %1, readable only by you (it holds the "
                                       "password).")
                               .arg(configPath));
    prepare.scriptLines.append(
        QStringLiteral("mkdir -p %1 %2")
            .arg(CommandLine::shellQuote(bundlesDir), CommandLine::shellQuote(tmpDir)));
    if (!m_plan.registry.caFile.isEmpty()) {
        prepare.scriptLines.append(QStringLiteral("mkdir -p %1 && cp %2 %1/registry-ca.crt")
                                       .arg(CommandLine::shellQuote(caDir),
                                           CommandLine::shellQuote(m_plan.registry.caFile)));
    }
    for (const auto &bundle : m_package.bundles) {
        const QString target = bundlesDir + QLatin1Char('/')
            + ChartsSyncerConfig::bundleFileName(bundle->chart.name, bundle->chart.version);
        prepare.scriptLines.append(ScriptWriter::bundleToFile(m_package, *bundle, target));
    }
    PlannedFile file;
    file.path = configPath;
    file.secretId = m_plan.registry.username.isEmpty() ? QString() : RegistryPasswordId;
    file.secretPlaceholder
        = QByteArray(ChartsSyncerConfig::Masked.data(), ChartsSyncerConfig::Masked.size());
    file.yamlDoubleQuoted = true;
    file.content = config.render({});
    prepare.files.push_back(file);

    PlannedStep &sync
        = add(StepIds::ImagesSync, Planner::tr("Sync images and chart with charts-syncer"), 60);
    sync.paths.chartsSyncerDir = dir;
    // Its cache (--workdir, by default in HOME) and Go's temporary files (TMPDIR) stay in the
    // directory the cleanup removes, also after a cancel killed it.
    CommandLine command(QStringLiteral("charts-syncer"),
        {QStringLiteral("sync"), QStringLiteral("--config"), configPath,
            QStringLiteral("--workdir"), dir + QLatin1String("/workdir")});
    if (config.needsInsecureFlag()) {
        command.arg(QStringLiteral("--insecure"));
    }
    command.env(QStringLiteral("TMPDIR"), tmpDir);
    if (!m_plan.registry.caFile.isEmpty()) {
        command.env(QStringLiteral("SSL_CERT_DIR"), caDir);
    }
    command.workingDirectory(dir);
    sync.commands.push_back(command);
    addPushList(sync);
    sync.details.append(Planner::tr("Note: when the chart version is already in the target "
                                    "repository, charts-syncer skips the chart and all its "
                                    "images."));
    sync.details.append(Planner::tr("Afterwards every image is looked up in the registry, "
                                    "so a partial sync is caught here."));

    PlannedStep &cleanup
        = add(StepIds::ChartsSyncerCleanup, Planner::tr("Remove the charts-syncer files"), 1);
    cleanup.builtIn = true;
    cleanup.alwaysRun = true;
    cleanup.paths.chartsSyncerDir = dir;
    cleanup.details.append(Planner::tr("Delete %1, which holds the password file and the "
                                       "bundle copies.")
                               .arg(dir));
    cleanup.scriptLines.append(QStringLiteral("rm -rf %1").arg(CommandLine::shellQuote(dir)));
}

QString SyncPlanner::dockerConfigDir() const
{
    return session(QStringLiteral("docker"));
}

void SyncPlanner::addDockerCheck()
{
    const QString configDir = dockerConfigDir();
    const DockerCommands docker(configDir);
    const QString registry = DockerCommands::registryOf(m_plan.registry);
    const auto scoped = [&](PlannedStep &step) -> PlannedStep & {
        step.paths.dockerConfig = configDir;
        return step;
    };

    PlannedStep &check = scoped(
        add(StepIds::DockerCheck, Planner::tr("Check that Docker is running and may be used"), 1));
    check.commands.push_back(docker.serverVersion());
    check.commands.push_back(docker.registryConfig());
    // The daemon may have stopped since an earlier run.
    check.resumable = false;
    check.details.append(Planner::tr("Docker must be installed, running and usable by you "
                                     "(member of the docker group) before anything else "
                                     "of the sync starts."));
    for (const QString &note : dockerRegistryNotes(registry)) {
        check.details.append(note);
        m_result.warnings.append(note);
    }
}

void SyncPlanner::addDocker()
{
    const RegistryTarget &r = m_plan.registry;
    const QString configDir = dockerConfigDir();
    const DockerCommands docker(configDir);
    const QString registry = DockerCommands::registryOf(r);
    const auto scoped = [&](PlannedStep &step) -> PlannedStep & {
        step.paths.dockerConfig = configDir;
        return step;
    };

    if (!r.username.isEmpty()) {
        PlannedStep &login = scoped(
            add(StepIds::DockerLogin, Planner::tr("Log in to the registry with Docker"), 1));
        login.addCommand(docker.login(registry, r.username),
            CommandPurpose::of(CommandPurpose::Action::DockerLogin, registry));
        // docker.logout removes the login at the end of every run: a rerun logs in again.
        login.resumable = false;
        login.details.append(Planner::tr("The password goes to docker on its standard input; "
                                         "the login is kept in %1 (readable only by you), "
                                         "not in your ~/.docker/config.json.")
                                 .arg(configDir));
    }
    PlannedStep &load
        = scoped(add(StepIds::DockerLoad, Planner::tr("Load the images into Docker"), 30));
    qint64 bytes = 0;
    for (const auto &bundle : m_package.bundles) {
        load.commands.push_back(docker.load(m_package.path, imagesMemberChain(*bundle)));
        bytes += m_package.member(imagesMemberChain(*bundle)).size();
    }
    load.details.append(Planner::tr("images.tar (%1) is streamed from the package into "
                                    "docker load; nothing is unpacked to disk. Every image "
                                    "of the package must be reported loaded.")
                            .arg(humanSize(bytes)));
    PlannedStep &push
        = scoped(add(StepIds::DockerPush, Planner::tr("Tag and push the images"), 30));
    for (const auto &bundle : m_package.bundles) {
        for (const RelocatedImage &image : RelocatedImage::forBundle(*bundle, m_relocator)) {
            push.addCommand(docker.tag(image.source, image.relocation.target),
                CommandPurpose::of(CommandPurpose::Action::DockerTag, image.relocation.target));
            push.addCommand(docker.push(image.relocation.target),
                CommandPurpose::of(CommandPurpose::Action::DockerPush, image.relocation.target));
        }
    }
    push.details.append(Planner::tr("A rerun with --resume pushes only the images that did "
                                    "not make it."));
    m_result.warnings.append(Planner::tr("Docker recompresses the layers, so the images in "
                                         "the registry get other digests than charts-syncer "
                                         "or the built-in sync would give them."));
    PlannedStep &logout
        = scoped(add(StepIds::DockerLogout, Planner::tr("Forget the Docker login"), 1));
    logout.alwaysRun = true;
    logout.details.append(
        Planner::tr("Runs after a failure or a cancel too: docker logout, then %1 is deleted.")
            .arg(configDir));
    if (!r.username.isEmpty()) {
        logout.commands.push_back(docker.logout(registry));
        logout.scriptLines.append(
            docker.logout(registry).shellCommand() + QLatin1String(" || true"));
    }
    logout.scriptLines.append(QStringLiteral("rm -rf %1").arg(CommandLine::shellQuote(configDir)));
}

QStringList SyncPlanner::dockerRegistryNotes(const QString &registry) const
{
    const RegistryTarget &r = m_plan.registry;
    QStringList notes;
    if (r.scheme == QLatin1String("http") || r.insecure) {
        notes.append(Planner::tr("Docker refuses a plain-http registry, or one whose TLS "
                                 "certificate is not verified, unless it is listed as "
                                 "insecure: \"%1\" must be under \"insecure-registries\" "
                                 "in /etc/docker/daemon.json on this host (then \"sudo "
                                 "systemctl restart docker\").")
                         .arg(registry));
    }
    if (!r.caFile.isEmpty()) {
        const QString dir = DockerCommands::certsDir(registry);
        notes.append(Planner::tr("Docker does not read registry.caFile: copy %1 to "
                                 "%2/ca.crt on this host (\"sudo mkdir -p %2 && sudo cp %1 "
                                 "%2/ca.crt\"; no restart needed).")
                         .arg(r.caFile, dir));
    }
    return notes;
}

void SyncPlanner::addNodeImport()
{
    const NodeImport work = NodeImport::forPlan(m_plan, m_package);
    const bool docker = work.runtime == NodeRuntime::Docker;
    PlannedStep &step = add(StepIds::ImagesImport,
        docker ? Planner::tr("Load the images into Docker on every node")
               : Planner::tr("Import the images into containerd on every node"),
        60);
    step.details.append(
        Planner::tr("%n node(s), at most %1 at once. On each node, one ssh session per "
                    "images.tar streams it from the package (nothing is unpacked or copied) "
                    "into %2, tags the images with their relocated names and lists the "
                    "node's images: every relocated name must be there.",
            nullptr, int(work.nodes.size()))
            .arg(work.parallel)
            .arg(docker ? QStringLiteral("docker load")
                        : QStringLiteral("ctr -n k8s.io images import")));
    for (const SshNode &node : work.nodes) {
        QString line = node.local
            ? Planner::tr("Node %1 (this machine, without ssh)").arg(node.id())
            : Planner::tr("Node %1").arg(node.id());
        if (node.sudo) {
            line += QLatin1Char(' ') + Planner::tr("through sudo -n");
        }
        step.details.append(line);
        for (const NodeImport::Batch &batch : work.batches) {
            step.commands.push_back(work.command(node, batch));
        }
    }
    for (const NodeImport::Batch &batch : work.batches) {
        step.details.append(Planner::tr("%1: %n image(s) to tag", nullptr, int(batch.tags.size()))
                                .arg(batch.bundle));
        for (const QString &relocation : batch.relocations) {
            step.details.append(QStringLiteral("  ") + relocation);
        }
    }
    step.details.append(Planner::tr("ssh: host keys %1%2; a node that fails does not stop "
                                    "the others, and a rerun imports only on the nodes "
                                    "that did not finish.")
                            .arg(UpgradePlan::toString(work.ssh.hostKeys),
                                work.ssh.knownHostsFile.isEmpty()
                                    ? QString()
                                    : QStringLiteral(", ") + work.ssh.knownHostsFile));
    step.scriptLines = work.scriptLines();
    m_result.warnings.append(work.warnings);
    m_result.warnings.append(docker
            ? Planner::tr("Docker loads the images on the listed nodes only; nothing is "
                          "pushed to a registry. Nodes added later will not have the images.")
            : Planner::tr("The containerd method imports the images on the listed nodes "
                          "only; nothing is pushed to a registry. Nodes added later will not "
                          "have the images."));
}

} // namespace DceUpgrade
