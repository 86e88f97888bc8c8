#include "Planner.h"

#include "NodeImport.h"
#include "ScriptWriter.h"
#include "bundle/ImageReference.h"
#include "bundle/PackageReader.h"
#include "registry/ChartPublisher.h"
#include "registry/RelocatedImage.h"
#include "tools/ChartsSyncerConfig.h"
#include "tools/DockerCommands.h"
#include "tools/HelmCommands.h"
#include "tools/KubectlCommands.h"
#include "util/DataSize.h"
#include "util/Error.h"

#include <QLocale>
#include <QUrl>

namespace DceUpgrade {

namespace {

[[noreturn]] void invalid(const QString &message, const QString &hint = {})
{
    throw Error(QStringLiteral("plan.invalid"), message,
        hint.isEmpty() ? Planner::tr("Correct the plan and try again.") : hint);
}

// Builds the step list phase by phase; one instance per Planner::plan() call.
class StepBuilder
{
public:
    explicit StepBuilder(const Planner::Input &input)
        : m_in(input)
        , m_plan(*input.plan)
        , m_package(*input.package)
        , m_helm(input.helm)
        , m_relocator(RelocationRules::forTarget(input.plan->registry))
    { }

    PlanResult build()
    {
        // Sync only (upgrade.method none): no release, so no helm, kubectl or cluster step; a
        // host without helm can stage the images days before the maintenance window.
        m_result.syncOnly = m_plan.syncOnly();
        if (m_result.syncOnly) {
            requireChartOfModule();
        } else {
            resolveReleases();
        }
        // The cheap checks before anything heavy: the package, the registry (or Docker), then
        // the cluster, the releases and helm, so a run never pushes gigabytes to find the
        // cluster unreachable. Then the sync, then the upgrade (issue 10).
        addBundleSteps();
        addSyncChecks();
        if (!m_result.syncOnly) {
            addClusterChecks();
        }
        addSyncSteps();
        if (!m_result.syncOnly) {
            addUpgradeSteps();
        }
        addReport();
        m_result.steps = std::move(m_steps);
        return std::move(m_result);
    }

private:
    QString session(const QString &relative) const
    {
        return m_in.sessionDir + QLatin1Char('/') + relative;
    }

    PlannedStep &add(const QString &id, const QString &title, int weight)
    {
        PlannedStep step;
        step.id = id;
        step.title = title;
        step.weight = weight;
        m_steps.push_back(std::move(step));
        return m_steps.back();
    }

    // The member chain from the package file down to a bundle's images.tar.
    static QStringList imagesMemberChain(const Bundle &bundle)
    {
        return bundle.memberChain + QStringList {QStringLiteral("images.tar")};
    }

    [[noreturn]] void packageOfAnotherModule() const
    {
        QStringList charts;
        for (const auto &bundle : m_package.bundles) {
            charts.append(bundle->chart.name);
        }
        invalid(Planner::tr("The package holds the charts %1, none of which belongs to the "
                            "module \"%2\".")
                    .arg(charts.join(QLatin1String(", ")), m_in.profile->id),
            Planner::tr("Choose the package of this module, or the module of this package."));
    }

    // A sync-only plan upgrades nothing, but staging another module's images is still a mistake.
    void requireChartOfModule() const
    {
        for (const ReleaseProfile &profile : m_in.profile->releases) {
            if (m_package.bundleForChart(profile.chart)) {
                return;
            }
        }
        packageOfAnotherModule();
    }

    void resolveReleases()
    {
        std::vector<ReleasePlan> wanted = m_plan.upgrade.releases;
        if (wanted.empty()) {
            for (const ReleaseProfile &profile : m_in.profile->releases) {
                if (m_package.bundleForChart(profile.chart)) {
                    wanted.push_back({profile.chart, {}, {}, {}, {}});
                }
            }
        }
        if (wanted.empty()) {
            packageOfAnotherModule();
        }

        const bool relocatedChart = m_plan.upgrade.method == UpgradeMethod::HelmRepo;
        for (const ReleasePlan &want : wanted) {
            const ReleaseProfile *profile = m_in.profile->releaseForChart(want.chart);
            if (!profile) {
                invalid(Planner::tr("The module \"%1\" has no chart \"%2\".")
                            .arg(m_in.profile->id, want.chart));
            }
            ResolvedRelease release;
            release.profile = *profile;
            release.release = want.release.isEmpty() ? profile->release : want.release;
            release.namespaceName
                = want.namespaceName.isEmpty() ? profile->namespaceName : want.namespaceName;
            release.bundle = m_package.bundleForChart(want.chart);
            release.version = want.version;
            if (release.version.isEmpty() && release.bundle) {
                release.version = release.bundle->chart.version;
            }
            if (!release.bundle
                && (m_plan.upgrade.method == UpgradeMethod::ChartPackage
                    || m_plan.sync.method != SyncMethod::None)) {
                invalid(
                    Planner::tr("The package has no bundle for the chart \"%1\".").arg(want.chart));
            }
            if (release.version.isEmpty()) {
                invalid(Planner::tr("No version is given for the chart \"%1\".").arg(want.chart));
            }
            if (release.bundle && release.bundle->chart.version != release.version
                && m_plan.upgrade.method == UpgradeMethod::ChartPackage) {
                invalid(Planner::tr("The chart-package method installs the chart in the package, "
                                    "version %1, but the plan asks for %2.")
                            .arg(release.bundle->chart.version, release.version));
            }
            release.kubeContexts = want.kubeContexts;
            if (release.kubeContexts.isEmpty()) {
                release.kubeContexts.append(m_plan.upgrade.kubeContext);
                if (profile->scope == ReleaseProfile::Scope::Worker) {
                    m_result.warnings.append(
                        Planner::tr("%1 is installed in every worker cluster, but the plan lists "
                                    "none (upgrade.releases[].kubeContexts); it is upgraded only "
                                    "in the current cluster.")
                            .arg(release.release));
                }
            }

            resolveImageValues(release, relocatedChart);
            m_result.releases.push_back(release);
        }
        // Management releases first: worker charts (skoala-init) follow the control plane.
        std::stable_sort(m_result.releases.begin(), m_result.releases.end(),
            [](const ResolvedRelease &a, const ResolvedRelease &b) {
                return a.profile.scope < b.profile.scope;
            });
    }

    // The helm repo path installs the chart charts-syncer (or the built-in sync) relocated: only
    // the backup's registry keys need overriding. original-chart/ is not relocated, so every value
    // charts-syncer would rewrite is passed instead.
    void resolveImageValues(ResolvedRelease &release, bool relocatedChart)
    {
        const QString fixed = m_plan.upgrade.imageRegistry;
        if (!release.bundle && fixed.isEmpty()) {
            return;
        }
        ValueRewrites rewrites;
        if (release.bundle) {
            rewrites = ValueRewrites::compute(*release.bundle, m_relocator);
            m_result.warnings.append(rewrites.conflicts);
            // Docker recompresses layers and ctr re-serialises manifests: the digests
            // charts-syncer would pin are never in the runtime, the tags are.
            if (m_plan.sync.method == SyncMethod::Docker || m_plan.imagesOnNodes()) {
                rewrites.pinTagsInsteadOfDigests(*release.bundle);
            }
        }
        for (const QString &key : release.profile.imageRegistryKeys) {
            const QString value = fixed.isEmpty() ? rewrites.valueOf(key) : fixed;
            if (!value.isEmpty()) {
                release.imageRegistry = value;
                release.imageValues.append(key + QLatin1Char('=') + value);
            }
        }
        if (relocatedChart) {
            return;
        }
        for (const ValueRewrites::Rewrite &rewrite : rewrites.rewrites) {
            if (!release.profile.imageRegistryKeys.contains(rewrite.key)) {
                release.imageValues.append(rewrite.key + QLatin1Char('=') + rewrite.value);
            }
        }
    }

    void addBundleSteps()
    {
        const QString packagePath = m_package.path;
        PlannedStep &verify
            = add(QStringLiteral("bundle.read"), Planner::tr("Verify the offline package"), 10);
        verify.builtIn = true;
        // PackageVerifyStep skips a package that passed in an earlier run and is unchanged.
        verify.resumable = false;
        if (m_package.checksum) {
            const ChecksumFile &sum = *m_package.checksum;
            verify.details.append(
                Planner::tr("Compute the %1 of %2 (%3) and compare it with %4.")
                    .arg(sum.algorithmName(), packagePath, dataSize(m_package.size), sum.path));
            const QString tool = sum.algorithm == Hasher::Algorithm::Sha512
                ? QStringLiteral("sha512sum")
                : QStringLiteral("sha256sum");
            verify.scriptLines.append(
                QStringLiteral("printf '%s  %s\\n' %1 %2 | %3 -c -")
                    .arg(sum.expectedHex, CommandLine::shellQuote(packagePath), tool));
        } else {
            verify.details.append(Planner::tr("No .sha512sum or .sha256sum file lies beside %1; "
                                              "the check is skipped.")
                                      .arg(packagePath));
            m_result.warnings.append(
                Planner::tr("No checksum file was found beside the package, so a damaged download "
                            "cannot be detected. Copy the .sha512sum file from the download page "
                            "next to the package."));
        }
        const bool layers = Planner::verifiesLayers(m_plan);
        for (const auto &bundle : m_package.bundles) {
            verify.details.append(
                Planner::tr("%1: chart %2 %3, %4 images, %5")
                    .arg(bundle->displayName, bundle->chart.name, bundle->chart.version)
                    .arg(bundle->images.images().size())
                    .arg(dataSize(bundle->images.uniqueBlobBytes())));
            if (layers) {
                verify.details.append(Planner::tr("  the sha256 of each of its %n layer(s) (%1) "
                                                  "is compared with the layer's digest, read "
                                                  "from the package without unpacking it.",
                    nullptr, int(bundle->images.distinctLayers().size()))
                                          .arg(dataSize(bundle->images.distinctLayerBytes())));
            }
        }
        if (layers) {
            // Only the built-in sync's script calls dce-upgrade: the others name the command
            // that checks the layers, without needing it.
            verify.scriptLines.append(QStringLiteral("# The layer digests: dce-upgrade inspect "
                                                     "--verify %1")
                                          .arg(CommandLine::shellQuote(packagePath)));
        }
    }

    QString registryUrl() const
    {
        return m_plan.registry.scheme + QLatin1String("://") + m_plan.registry.address;
    }

    // The cheap checks of the sync's target, before the cluster checks and long before the
    // sync itself: the registry's login and project, or the Docker daemon.
    void addSyncChecks()
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

    void addSyncSteps()
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

    void addPushList(PlannedStep &step) const
    {
        for (const auto &bundle : m_package.bundles) {
            for (const RelocatedImage &image : RelocatedImage::forBundle(*bundle, m_relocator)) {
                step.details.append(
                    QStringLiteral("%1 -> %2").arg(image.source, image.relocation.target));
            }
        }
    }

    // The registry answers, the password is right, the account may push: seconds, before any
    // heavy work of a sync that pushes.
    void addRegistryCheck()
    {
        const RegistryTarget &r = m_plan.registry;
        PlannedStep &check
            = add(QStringLiteral("registry.check"), Planner::tr("Check the image registry"), 1);
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

    void addBuiltInSync()
    {
        const RegistryTarget &r = m_plan.registry;

        PlannedStep &push = add(
            QStringLiteral("images.push"), Planner::tr("Push the images to the registry"), 60);
        push.builtIn = true;
        qint64 bytes = 0;
        for (const auto &bundle : m_package.bundles) {
            bytes += bundle->images.uniqueBlobBytes();
        }
        push.details.append(Planner::tr("Upload up to %1 straight from the package with %2 "
                                        "parallel uploads; blobs already in the registry are "
                                        "skipped, existing tags are left as they are.")
                                .arg(dataSize(bytes))
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
            PlannedStep &publish = add(
                QStringLiteral("chart.publish"), Planner::tr("Publish the relocated chart"), 2);
            publish.builtIn = true;
            for (const auto &bundle : m_package.bundles) {
                publish.details.append(chartPublishLine(*bundle));
            }
        }
    }

    QString chartPublishLine(const Bundle &bundle) const
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
            return Planner::tr("Push %1 as an OCI artifact to %2.")
                .arg(file, m_plan.sync.chartRepoUrl);
        case ChartTarget::None:
            break;
        }
        return {};
    }

    void addChartsSyncer()
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
            = add(QStringLiteral("chartsyncer.prepare"), Planner::tr("Prepare charts-syncer"), 2);
        prepare.builtIn = true;
        prepare.resumable = false;
        prepare.paths.insert(QStringLiteral("charts-syncer"), dir);
        prepare.paths.insert(QStringLiteral("bundles"), bundlesDir);
        prepare.paths.insert(QStringLiteral("tmp"), tmpDir);
        // charts-syncer has no --ca-file: Go adds the certificates of SSL_CERT_DIR to the
        // system's (its default bundle file is still read), so the CA goes into a directory of
        // its own and the sync runs with SSL_CERT_DIR pointing there.
        const QString caDir = dir + QLatin1String("/ca");
        if (!m_plan.registry.caFile.isEmpty()) {
            prepare.paths.insert(QStringLiteral("ca"), caDir);
            prepare.paths.insert(QStringLiteral("caFile"), m_plan.registry.caFile);
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

        PlannedStep &sync = add(QStringLiteral("images.sync"),
            Planner::tr("Sync images and chart with charts-syncer"), 60);
        sync.paths.insert(QStringLiteral("charts-syncer"), dir);
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

        PlannedStep &cleanup = add(QStringLiteral("chartsyncer.cleanup"),
            Planner::tr("Remove the charts-syncer files"), 1);
        cleanup.builtIn = true;
        cleanup.alwaysRun = true;
        cleanup.paths.insert(QStringLiteral("charts-syncer"), dir);
        cleanup.details.append(Planner::tr("Delete %1, which holds the password file and the "
                                           "bundle copies.")
                                   .arg(dir));
        cleanup.scriptLines.append(QStringLiteral("rm -rf %1").arg(CommandLine::shellQuote(dir)));
    }

    // Docker from this host: its own configuration directory in the session, which
    // docker.logout removes.
    QString dockerConfigDir() const { return session(QStringLiteral("docker")); }

    // The daemon, checked with the registry check (addSyncChecks), before the cluster checks.
    void addDockerCheck()
    {
        const QString configDir = dockerConfigDir();
        const DockerCommands docker(configDir);
        const QString registry = DockerCommands::registryOf(m_plan.registry);
        const auto scoped = [&](PlannedStep &step) -> PlannedStep & {
            step.paths.insert(QStringLiteral("docker-config"), configDir);
            return step;
        };

        PlannedStep &check = scoped(add(QStringLiteral("docker.check"),
            Planner::tr("Check that Docker is running and may be used"), 1));
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

    // Docker from this host (sync.docker: registry): the daemon checked first (addDockerCheck),
    // then login, load, tag and push, and the login removed whatever happened. DockerSteps.h
    // runs them.
    void addDocker()
    {
        const RegistryTarget &r = m_plan.registry;
        const QString configDir = dockerConfigDir();
        const DockerCommands docker(configDir);
        const QString registry = DockerCommands::registryOf(r);
        const auto scoped = [&](PlannedStep &step) -> PlannedStep & {
            step.paths.insert(QStringLiteral("docker-config"), configDir);
            return step;
        };

        if (!r.username.isEmpty()) {
            PlannedStep &login = scoped(add(QStringLiteral("docker.login"),
                Planner::tr("Log in to the registry with Docker"), 1));
            login.commands.push_back(docker.login(registry, r.username));
            // docker.logout removes the login at the end of every run: a rerun logs in again.
            login.resumable = false;
            login.details.append(Planner::tr("The password goes to docker on its standard input; "
                                             "the login is kept in %1 (readable only by you), "
                                             "not in your ~/.docker/config.json.")
                                     .arg(configDir));
        }
        PlannedStep &load = scoped(
            add(QStringLiteral("docker.load"), Planner::tr("Load the images into Docker"), 30));
        qint64 bytes = 0;
        for (const auto &bundle : m_package.bundles) {
            load.commands.push_back(docker.load(m_package.path, imagesMemberChain(*bundle)));
            bytes += m_package.member(imagesMemberChain(*bundle)).size();
        }
        load.details.append(Planner::tr("images.tar (%1) is streamed from the package into "
                                        "docker load; nothing is unpacked to disk. Every image "
                                        "of the package must be reported loaded.")
                                .arg(dataSize(bytes)));
        PlannedStep &push = scoped(
            add(QStringLiteral("docker.push"), Planner::tr("Tag and push the images"), 30));
        for (const auto &bundle : m_package.bundles) {
            for (const RelocatedImage &image : RelocatedImage::forBundle(*bundle, m_relocator)) {
                push.commands.push_back(docker.tag(image.source, image.relocation.target));
                push.commands.push_back(docker.push(image.relocation.target));
            }
        }
        push.details.append(Planner::tr("A rerun with --resume pushes only the images that did "
                                        "not make it."));
        m_result.warnings.append(Planner::tr("Docker recompresses the layers, so the images in "
                                             "the registry get other digests than charts-syncer "
                                             "or the built-in sync would give them."));
        PlannedStep &logout = scoped(
            add(QStringLiteral("docker.logout"), Planner::tr("Forget the Docker login"), 1));
        logout.alwaysRun = true;
        logout.details.append(
            Planner::tr("Runs after a failure or a cancel too: docker logout, then %1 is deleted.")
                .arg(configDir));
        if (!r.username.isEmpty()) {
            logout.commands.push_back(docker.logout(registry));
            logout.scriptLines.append(
                docker.logout(registry).shellCommand() + QLatin1String(" || true"));
        }
        logout.scriptLines.append(
            QStringLiteral("rm -rf %1").arg(CommandLine::shellQuote(configDir)));
    }

    // What Docker's own settings must say for this registry: Docker ignores the plan's scheme,
    // insecure flag and CA file.
    QStringList dockerRegistryNotes(const QString &registry) const
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

    // containerd, or Docker with sync.docker: nodes: the images straight into every node's
    // runtime, over ssh (NodeImport says how), one unit per node.
    void addNodeImport()
    {
        const NodeImport work = NodeImport::forPlan(m_plan, m_package);
        const bool docker = work.runtime == NodeRuntime::Docker;
        PlannedStep &step = add(QStringLiteral("images.import"),
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
            step.details.append(
                Planner::tr("%1: %n image(s) to tag", nullptr, int(batch.tags.size()))
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

    KubeAccess kube(const QString &context) const { return {m_plan.upgrade.kubeconfig, context}; }

    // helm, the cluster and the releases, before the sync: a cluster that cannot be reached, a
    // release that is missing or pending, or a refused downgrade stops the run in seconds.
    void addClusterChecks()
    {
        const HelmCommands helm(m_helm);
        PlannedStep &check
            = add(QStringLiteral("helm.check"), Planner::tr("Check helm and the releases"), 1);
        check.commands.push_back(helm.versionQuery());
        for (const ResolvedRelease &release : m_result.releases) {
            for (const QString &context : release.kubeContexts) {
                check.commands.push_back(
                    helm.status(release.release, release.namespaceName, kube(context)));
            }
        }
        // Checked again on every rerun: the cluster may have changed since the last try.
        check.resumable = false;
        check.details.append(Planner::tr("Nothing changes in this step: each release must exist "
                                         "and be deployed (if an upgrade is still pending, the "
                                         "message says how to recover), and a downgrade needs your "
                                         "explicit consent."));

        const bool fromRepo = m_plan.upgrade.method == UpgradeMethod::HelmRepo;
        if (fromRepo && chartComesWithTheSync()) {
            for (const ResolvedRelease &release : m_result.releases) {
                check.details.append(
                    Planner::tr("%1 %2 is the chart of the package, which the sync publishes to "
                                "the chart repository: the repository can offer it only after "
                                "the sync, so it is looked for there after the sync.")
                        .arg(release.profile.chart, release.version));
            }
        } else if (fromRepo) {
            addChartRepoSteps();
        } else {
            for (const ResolvedRelease &release : m_result.releases) {
                check.details.append(Planner::tr("%1 %2 is installed from the chart in the "
                                                 "package: no chart repository is asked.")
                                         .arg(release.profile.chart, release.version));
            }
        }
    }

    // Whether the sync itself puts every chart version the upgrade installs into the chart
    // repository the upgrade reads (builtin with a chart target, charts-syncer): then the
    // repository cannot be asked before the sync. A version the package does not hold, or
    // another repository, must be there already and is checked before the sync.
    bool chartComesWithTheSync() const
    {
        const SyncSettings &sync = m_plan.sync;
        if ((sync.method != SyncMethod::BuiltIn && sync.method != SyncMethod::ChartsSyncer)
            || sync.chartTarget == ChartTarget::None) {
            return false;
        }
        const auto trimmed = [](QString url) {
            while (url.endsWith(QLatin1Char('/'))) {
                url.chop(1);
            }
            return url;
        };
        // A local chart directory has no URL: whatever serves it is taken to be the repository.
        if (sync.chartTarget != ChartTarget::Local
            && trimmed(m_plan.upgradeRepoUrl()) != trimmed(sync.chartRepoUrl)) {
            return false;
        }
        return std::all_of(m_result.releases.cbegin(), m_result.releases.cend(),
            [](const ResolvedRelease &release) {
                return release.bundle && release.bundle->chart.version == release.version;
            });
    }

    // The OCI registry the helm-repo path upgrades from (Harbor 2.8+ keeps charts only as OCI
    // artifacts); unset for a helm (https) repository and for the chart-package path.
    OciRegistry ociRegistry() const
    {
        if (!m_plan.upgradesFromOci()) {
            return {};
        }
        OciRegistry oci;
        oci.host = QUrl(m_plan.upgradeRepoUrl()).authority();
        // The account and TLS settings are the registry's, as for the chart publish.
        oci.caFile = m_plan.registry.caFile;
        oci.insecure = m_plan.registry.insecure;
        oci.plainHttp = m_plan.registry.scheme == QLatin1String("http");
        oci.configFile = session(QStringLiteral("helm/config/registry/config.json"));
        return oci;
    }

    // Each chart of the releases once (skoala-init may be upgraded in several clusters).
    std::vector<const ResolvedRelease *> releasesPerChart() const
    {
        std::vector<const ResolvedRelease *> unique;
        for (const ResolvedRelease &release : m_result.releases) {
            if (std::none_of(unique.cbegin(), unique.cend(), [&](const ResolvedRelease *seen) {
                    return seen->profile.chart == release.profile.chart;
                })) {
                unique.push_back(&release);
            }
        }
        return unique;
    }

    QString repoAlias() const
    {
        const UpgradeSettings &u = m_plan.upgrade;
        return !u.repoAlias.isEmpty() ? u.repoAlias
            : !m_result.releases.front().profile.repoAlias.isEmpty()
            ? m_result.releases.front().profile.repoAlias
            : m_in.profile->id + QLatin1String("-release");
    }

    // Where helm takes the charts from: an oci:// repository, a helm repository alias, or
    // (empty) the chart extracted from the package. The chart repository the sync published to
    // is the one to upgrade from, unless the plan names another.
    QString chartSource() const
    {
        if (m_plan.upgrade.method != UpgradeMethod::HelmRepo) {
            return {};
        }
        if (ociRegistry().isSet()) {
            const QString url = m_plan.upgradeRepoUrl();
            return url.endsWith(QLatin1Char('/')) ? url.chopped(1) : url;
        }
        return repoAlias();
    }

    // helm.repo and helm.versions (an OCI registry: its login and helm.versions): before the
    // sync (addClusterChecks), or after it when the sync publishes the chart (addUpgradeSteps).
    void addChartRepoSteps()
    {
        const HelmCommands helm(m_helm);
        const OciRegistry oci = ociRegistry();
        if (oci.isSet()) {
            addOciRepoSteps(helm, chartSource(), oci);
            return;
        }
        const QString repoUrl = m_plan.upgradeRepoUrl();
        const QString alias = repoAlias();
        PlannedStep &repo = add(
            QStringLiteral("helm.repo"), Planner::tr("Add and update the chart repository"), 1);
        repo.commands.push_back(helm.repoList());
        repo.commands.push_back(helm.repoAdd(alias, repoUrl, m_plan.registry.username,
            m_plan.registry.caFile, m_plan.registry.insecure));
        repo.commands.push_back(helm.repoUpdate(alias));
        repo.details.append(Planner::tr("helm runs with its own configuration in the session "
                                        "directory: your helm repositories are not "
                                        "changed."));
        repo.resumable = false;

        PlannedStep &versions = add(
            QStringLiteral("helm.versions"), Planner::tr("Check that the chart versions exist"), 1);
        for (const ResolvedRelease *release : releasesPerChart()) {
            const bool devel = release->version.contains(QLatin1Char('-'));
            versions.commands.push_back(helm.searchVersions(alias, release->profile.chart, devel));
            versions.details.append(Planner::tr("%1/%2 must offer version %3; only entries "
                                                "named exactly %1/%2 count (helm's search "
                                                "also lists longer names).")
                                        .arg(alias, release->profile.chart, release->version));
        }
    }

    void addUpgradeSteps()
    {
        const HelmCommands helm(m_helm);
        const bool fromRepo = m_plan.upgrade.method == UpgradeMethod::HelmRepo;
        const OciRegistry oci = ociRegistry();
        const QString source = chartSource();
        if (fromRepo && chartComesWithTheSync()) {
            addChartRepoSteps();
        }
        if (fromRepo) {
            addChartPulls(helm, source, oci);
        } else {
            for (const ResolvedRelease &release : m_result.releases) {
                addChartExtract(release);
            }
        }

        for (std::size_t index = 0; index < m_result.releases.size(); ++index) {
            for (const QString &context : m_result.releases[index].kubeContexts) {
                addReleaseSteps(helm, int(index), context, source, oci);
            }
        }
    }

    // Harbor 2.8 and later: the charts are OCI artifacts in the registry. helm logs in with
    // `registry login` (no `repo add`: helm rejects oci:// there) and looks each version up as
    // a tag (no `helm search`: it reads only repository indexes).
    void addOciRepoSteps(const HelmCommands &helm, const QString &repoUrl, const OciRegistry &oci)
    {
        const QString &user = m_plan.registry.username;
        if (!user.isEmpty()) {
            PlannedStep &login = add(QStringLiteral("helm.registry.login"),
                Planner::tr("Log in to the registry that holds the charts"), 1);
            login.commands.push_back(helm.registryLogin(oci, user));
            // The logout at the end of every run removes it: a rerun logs in again.
            login.resumable = false;
            login.details.append(Planner::tr("The password goes to helm on its standard input; "
                                             "helm keeps the login in %1 (deleted at the end of "
                                             "the run), not in your own helm settings.")
                                     .arg(oci.configFile));
        }
        PlannedStep &versions = add(
            QStringLiteral("helm.versions"), Planner::tr("Check that the chart versions exist"), 1);
        for (const ResolvedRelease *release : releasesPerChart()) {
            const QString chart = repoUrl + QLatin1Char('/') + release->profile.chart;
            versions.commands.push_back(helm.showChart(chart, release->version, oci));
            versions.details.append(
                Planner::tr("%1 must hold version %2 (helm looks up the tag "
                            "%3: OCI tags cannot hold \"+\").")
                    .arg(chart, release->version, ChartPublisher::ociTag(release->version)));
        }
    }

    // kubectl applies the CRDs of the chart helm will install: on the helm-repo path that is
    // the repository's chart of exactly the planned version, downloaded into the session (the
    // package may hold another build, or no bundle of that chart at all with sync.method none).
    void addChartPulls(const HelmCommands &helm, const QString &source, const OciRegistry &oci)
    {
        for (const ResolvedRelease *release : releasesPerChart()) {
            if (!release->profile.applyCrds) {
                continue;
            }
            const QString &chart = release->profile.chart;
            const QString dir = pulledChartsDir(*release);
            PlannedStep &pull = add(QStringLiteral("chart.pull:") + chart,
                Planner::tr("Download the chart %1 %2 for its CRDs").arg(chart, release->version),
                1);
            pull.paths.insert(QStringLiteral("directory"), dir);
            pull.commands.push_back(
                helm.pullChart(source + QLatin1Char('/') + chart, release->version, dir, oci));
            pull.details.append(Planner::tr("Unpacked into %1; nothing is installed.")
                                    .arg(dir + QLatin1Char('/') + chart));
        }
    }

    QString pulledChartsDir(const ResolvedRelease &release) const
    {
        return session(QStringLiteral("charts-pulled/") + release.profile.chart);
    }

    // The crds/ directory of the chart the upgrade installs.
    QString crdsDir(const ResolvedRelease &release) const
    {
        const QString chart = m_plan.upgrade.method == UpgradeMethod::HelmRepo
            ? pulledChartsDir(release) + QLatin1Char('/') + release.profile.chart
            : chartDir(release);
        return chart + QLatin1String("/crds");
    }

    QString chartDir(const ResolvedRelease &release) const
    {
        return session(QStringLiteral("charts/") + release.profile.chart);
    }

    void addChartExtract(const ResolvedRelease &release)
    {
        const Bundle &bundle = *release.bundle;
        const QString dir = chartDir(release);
        if (std::any_of(m_steps.cbegin(), m_steps.cend(), [&](const PlannedStep &s) {
                return s.id == QLatin1String("chart.extract:") + release.profile.chart;
            })) {
            return;
        }
        PlannedStep &extract = add(QStringLiteral("chart.extract:") + release.profile.chart,
            Planner::tr("Extract the chart %1 from the package").arg(release.profile.chart), 1);
        extract.builtIn = true;
        extract.release = int(&release - m_result.releases.data());
        extract.paths.insert(QStringLiteral("chart"), dir);
        extract.details.append(Planner::tr("Copy original-chart/ of %1 into %2 (links and paths "
                                           "that leave the directory are refused).")
                                   .arg(bundle.displayName, dir));
        extract.scriptLines.append(QStringLiteral("mkdir -p %1").arg(CommandLine::shellQuote(dir)));
        extract.scriptLines.append(ScriptWriter::extractChart(m_package, bundle, dir));
    }

    void addReleaseSteps(const HelmCommands &helm, int index, const QString &context,
        const QString &source, const OciRegistry &oci)
    {
        const ResolvedRelease &release = m_result.releases[std::size_t(index)];
        const QString who = release.target(context);
        const auto scoped = [&](PlannedStep &step) -> PlannedStep & {
            step.release = index;
            step.kubeContext = context;
            step.target = who;
            return step;
        };
        const QString where = Planner::clusterName(context);

        if (!release.profile.deleteJobs.isEmpty()) {
            PlannedStep &jobs = scoped(add(QStringLiteral("jobs.delete:") + who,
                Planner::tr("Delete the old jobs of %1 in %2").arg(release.release, where), 1));
            jobs.commands.push_back(KubectlCommands::deleteJobs(
                release.profile.deleteJobs, release.namespaceName, kube(context)));
            jobs.details.append(Planner::tr("The chart recreates these jobs; Kubernetes cannot "
                                            "update a job in place."));
        }
        if (release.profile.applyCrds) {
            PlannedStep &crds = scoped(add(QStringLiteral("crds.apply:") + who,
                Planner::tr("Apply the CRDs of %1 in %2").arg(release.release, where), 1));
            crds.commands.push_back(KubectlCommands::applyCrds(crdsDir(release), kube(context)));
        }

        const QString safeWho = QString(who).replace(QLatin1Char('/'), QLatin1Char('_'));
        const QString backup
            = session(QStringLiteral("values/%1-%2.yaml").arg(safeWho, m_in.timestamp));
        const QString upgradeValues
            = session(QStringLiteral("values/%1-upgrade.yaml").arg(safeWho));

        PlannedStep &save = scoped(add(QStringLiteral("values.backup:") + who,
            Planner::tr("Back up the values of %1 in %2").arg(release.release, where), 1));
        save.commands.push_back(
            helm.getValues(release.release, release.namespaceName, kube(context), backup));
        save.paths.insert(QStringLiteral("backup"), backup);
        save.details.append(
            Planner::tr("Saved to %1 (readable only by you, never overwritten).").arg(backup));

        const QStringList &sets = release.imageValues;
        HelmUpgradeOptions options;
        options.release = release.release;
        options.chart = source.isEmpty() ? chartDir(release)
                                         : source + QLatin1Char('/') + release.profile.chart;
        options.namespaceName = release.namespaceName;
        options.version = source.isEmpty() ? QString() : release.version;
        options.oci = oci;
        options.valuesFile = upgradeValues;
        options.setStrings = sets;
        options.atomic = m_plan.upgrade.atomic;
        options.wait = m_plan.upgrade.wait;
        options.timeout = m_plan.upgrade.timeout;
        options.kube = kube(context);
        PlannedStep &prepare = scoped(add(QStringLiteral("values.prepare:") + who,
            Planner::tr("Prepare the values for %1").arg(release.release), 1));
        prepare.builtIn = true;
        prepare.paths.insert(QStringLiteral("backup"), backup);
        prepare.paths.insert(QStringLiteral("values"), upgradeValues);
        prepare.details.append(sets.isEmpty()
                ? Planner::tr("Copy the backup to %1; every value you set before is kept.")
                      .arg(upgradeValues)
                : Planner::tr("Copy the backup to %1 and set %2; every other value you set before "
                              "is kept.")
                      .arg(upgradeValues, sets.join(QLatin1String(", "))));
        prepare.scriptLines.append(
            QStringLiteral("cp %1 %2")
                .arg(CommandLine::shellQuote(backup), CommandLine::shellQuote(upgradeValues)));

        // Images on the nodes (imported now or before): nothing to look up in a registry.
        if (!m_plan.imagesOnNodes()) {
            addImagesCheck(scoped(add(QStringLiteral("images.check:") + who,
                               Planner::tr("Check that the images of %1 are in the registry")
                                   .arg(release.release),
                               1)),
                helm.renderTemplate(options));
        }

        PlannedStep &upgrade = scoped(add(QStringLiteral("helm.upgrade:") + who,
            Planner::tr("Upgrade %1 to %2 in %3").arg(release.release, release.version, where),
            10));
        upgrade.commands.push_back(helm.upgrade(options));

        PlannedStep &verify = scoped(add(QStringLiteral("release.verify:") + who,
            Planner::tr("Verify %1 in %2").arg(release.release, where), 1));
        verify.commands.push_back(
            helm.status(release.release, release.namespaceName, kube(context)));
        verify.commands.push_back(
            helm.history(release.release, release.namespaceName, kube(context)));
        verify.details.append(Planner::tr("The release must be deployed with a new revision and "
                                          "chart version %1.")
                                  .arg(release.version));
    }

    // images.check: what the upgrade will deploy, rendered with its values, must only use
    // images that are in the registry, or pods would end in ImagePullBackOff mid-upgrade.
    void addImagesCheck(PlannedStep &check, const CommandLine &render) const
    {
        check.commands.push_back(render);
        check.resumable = false; // the registry may have changed since
        check.details.append(Planner::tr("Render the chart with the values of the upgrade (helm "
                                         "template, nothing is deployed) and look up every image "
                                         "it uses in %1; the upgrade does not start while one "
                                         "is missing.")
                                 .arg(m_plan.registry.address));
        // The script looks them up too, and stops there when one is missing.
        check.scriptLines.append(render.shellCommand() + QStringLiteral(" | ")
            + ScriptWriter::checkImagesCall(m_plan.registry));
    }

    void addReport()
    {
        if (m_plan.upgradesFromOci()) {
            addRegistryLogout();
        } else if (m_plan.upgrade.method == UpgradeMethod::HelmRepo) {
            // helm keeps the repository password in its repositories.yaml: it must not outlive
            // the run, whatever happened.
            PlannedStep &cleanup = add(QStringLiteral("helm.repo.cleanup"),
                Planner::tr("Remove the repository credentials helm kept"), 1);
            cleanup.builtIn = true;
            cleanup.alwaysRun = true;
            const QString file = session(QStringLiteral("helm/config/repositories.yaml"));
            cleanup.paths.insert(QStringLiteral("repositories"), file);
            cleanup.details.append(Planner::tr("Delete %1, where helm saved the chart repository "
                                               "and its password during the run.")
                                       .arg(file));
            cleanup.scriptLines.append(
                QStringLiteral("rm -f %1").arg(CommandLine::shellQuote(file)));
        }
        PlannedStep &report = add(QStringLiteral("report"), Planner::tr("Write the report"), 1);
        report.builtIn = true;
        report.alwaysRun = true;
        report.details.append(
            Planner::tr("report.html and report.json in %1.").arg(m_in.sessionDir));
    }

    // The login of helm.registry.login must not outlive the run, whatever happened.
    void addRegistryLogout()
    {
        if (m_plan.registry.username.isEmpty()) {
            return;
        }
        const OciRegistry oci = ociRegistry();
        const CommandLine logout = HelmCommands(m_helm).registryLogout(oci);
        PlannedStep &step = add(QStringLiteral("helm.registry.logout"),
            Planner::tr("Log out of the registry that holds the charts"), 1);
        step.alwaysRun = true;
        step.paths.insert(QStringLiteral("registry-config"), oci.configFile);
        step.commands.push_back(logout);
        step.details.append(Planner::tr("Runs after a failure or a cancel too: helm registry "
                                        "logout, then %1 is deleted.")
                                .arg(oci.configFile));
        step.scriptLines.append(logout.shellCommand() + QLatin1String(" || true"));
        step.scriptLines.append(
            QStringLiteral("rm -f %1").arg(CommandLine::shellQuote(oci.configFile)));
    }

    const Planner::Input &m_in;
    const UpgradePlan &m_plan;
    const Package &m_package;
    HelmVersion m_helm;
    Relocator m_relocator;
    std::vector<PlannedStep> m_steps;
    PlanResult m_result;
};

} // namespace

QString Planner::clusterName(const QString &context)
{
    return context.isEmpty() ? tr("the current cluster") : tr("cluster %1").arg(context);
}

PlanResult Planner::plan(const Input &input)
{
    // The rules of the plan alone first: the loader and the wizard check the same ones.
    input.plan->throwIfInvalid();
    return StepBuilder(input).build();
}

QStringList PlanResult::secretsNeeded() const
{
    QStringList ids;
    const auto need = [&ids](const QString &id) {
        if (!id.isEmpty() && !ids.contains(id)) {
            ids.append(id);
        }
    };
    for (const PlannedStep &step : steps) {
        for (const CommandLine &command : step.commands) {
            if (command.input() == CommandLine::Input::Secret) {
                need(command.secretId());
            }
        }
        for (const PlannedFile &file : step.files) {
            need(file.secretId);
        }
    }
    return ids;
}

} // namespace DceUpgrade
