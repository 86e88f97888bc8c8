<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>DceUpgrade::ChartExtractStep</name>
    <message>
        <source>The step %1 has no chart to extract.</source>
        <translation>步骤 %1 没有可提取的 Chart。</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>无法创建 %1。</translation>
    </message>
    <message>
        <source>Check the disk where the session is kept.</source>
        <translation>请检查会话目录所在的磁盘。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of %1 written to %2.</source>
        <translation>
            <numerusform>已将 %1 中的 %n 个文件写入 %2。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DceUpgrade::ChartLoader</name>
    <message>
        <source>%1 is larger than any chart archive should be.</source>
        <translation>%1 的大小超出了正常 Chart 压缩包的上限。</translation>
    </message>
    <message>
        <source>The package is damaged. Download it again.</source>
        <translation>离线包已损坏，请重新下载。</translation>
    </message>
    <message>
        <source>%1 is not a gzip-compressed chart archive (%2).</source>
        <translation>%1 不是 gzip 压缩的 Chart 包（%2）。</translation>
    </message>
    <message>
        <source>%1 contains the member &quot;%2&quot;, which points outside the chart. The package was refused.</source>
        <translation>%1 包含指向 Chart 目录之外的条目 &quot;%2&quot;，已拒绝使用该离线包。</translation>
    </message>
    <message>
        <source>Such a package may be an attack. Use only packages downloaded from DaoCloud and verify their checksums.</source>
        <translation>此类离线包可能是恶意构造的。请只使用从 DaoCloud 下载的离线包，并核对其校验和。</translation>
    </message>
    <message>
        <source>%1 unpacks to more data than any chart should have.</source>
        <translation>%1 解压后的数据量超出了正常 Chart 的上限。</translation>
    </message>
    <message>
        <source>%1 is damaged (%2).</source>
        <translation>%1 已损坏（%2）。</translation>
    </message>
    <message>
        <source>%1: subcharts are nested more than %2 levels deep.</source>
        <translation>%1：子 Chart 的嵌套超过了 %2 层。</translation>
    </message>
    <message>
        <source>%1 is missing: the package holds no Helm chart description.</source>
        <translation>缺少 %1：离线包中没有 Helm Chart 的描述文件。</translation>
    </message>
    <message>
        <source>The package is incomplete or was not made by charts-syncer. Download it again.</source>
        <translation>离线包不完整，或不是由 charts-syncer 生成的。请重新下载。</translation>
    </message>
    <message>
        <source>Chart.yaml must be a mapping with name and version.</source>
        <translation>Chart.yaml 必须是包含 name 和 version 的 YAML 映射。</translation>
    </message>
    <message>
        <source>the chart has no name or no version.</source>
        <translation>Chart 缺少 name 或 version。</translation>
    </message>
    <message>
        <source>The package is damaged or was not made by charts-syncer.</source>
        <translation>离线包已损坏，或不是由 charts-syncer 生成的。</translation>
    </message>
    <message>
        <source>values.yaml must be a mapping.</source>
        <translation>values.yaml 必须是 YAML 映射。</translation>
    </message>
    <message>
        <source>the chart version &quot;%1&quot; is not a semantic version; helm would refuse the chart when upgrading.</source>
        <translation>Chart 版本“%1”不是语义化版本号；升级时 helm 会拒绝该 Chart。</translation>
    </message>
    <message>
        <source>The package is damaged or was not made for a helm upgrade. Download it again from DaoCloud.</source>
        <translation>离线包已损坏，或不是为 helm 升级制作的。请从 DaoCloud 重新下载。</translation>
    </message>
    <message>
        <source>%1 contains &quot;%2&quot;, which is a link or a special file rather than a regular file; helm does not follow links inside a packaged chart. The package was refused.</source>
        <translation>%1 中包含“%2”，它是链接或特殊文件，而不是普通文件；helm 不会跟随已打包 Chart 中的链接。已拒绝该离线包。</translation>
    </message>
    <message>
        <source>The package was altered or was not made by DaoCloud&apos;s tools. Download it again from DaoCloud and compare its checksum.</source>
        <translation>离线包已被改动，或并非由 DaoCloud 的工具制作。请从 DaoCloud 重新下载，并比对其校验和。</translation>
    </message>
</context>
<context>
    <name>DceUpgrade::ChartPublishStep</name>
    <message>
        <source>%1 published, %2 already there.</source>
        <translation>发布 Chart %1 个，已存在 %2 个。</translation>
    </message>
</context>
<context>
    <name>DceUpgrade::ChartPublisher</name>
    <message>
        <source>Could not write the relocated chart to %1: %2.</source>
        <translation>无法将已改写镜像地址的 Chart 写入 %1：%2。</translation>
    </message>
    <message>
        <source>Check that the chart directory is writable and that the disk has space, or choose another directory.</source>
        <translation>请确认 Chart 目录可写且磁盘空间充足，或改用其他目录。</translation>
    </message>
    <message>
        <source>the directory %1 cannot be created</source>
        <translation>无法创建目录 %1</translation>
    </message>
    <message>
        <source>its permissions cannot be set to 0644</source>
        <translation>无法将其权限设为 0644</translation>
    </message>
    <message>
        <source>Could not write the relocated chart to %1 for the upload.</source>
        <translation>无法将已改写镜像地址的 Chart 写入 %1 以供上传。</translation>
    </message>
    <message>
        <source>Check that the work directory is writable and that the disk has space.</source>
        <translation>请确认工作目录可写且磁盘空间充足。</translation>
    </message>
    <message>
        <source>The chart %1 cannot be published to this kind of target here.</source>
        <translation>此步骤无法将 Chart %1 发布到这种类型的目标。</translation>
    </message>
    <message>
        <source>An OCI target needs a registry connection; configure the registry first.</source>
        <translation>发布到 OCI 目标需要连接镜像仓库；请先配置镜像仓库。</translation>
    </message>
    <message>
        <source>Harbor chart repositories are uploaded by the Harbor step; choose an OCI or a local chart target for this step.</source>
        <translation>上传到 Harbor Helm 仓库由 Harbor 步骤负责；此步骤请选择 OCI 或本地目录作为 Chart 目标。</translation>
    </message>
</context>
<context>
    <name>DceUpgrade::ChartRelocator</name>
    <message>
        <source>The package is damaged or was not made by charts-syncer.</source>
        <translation>离线包已损坏，或不是由 charts-syncer 生成的。</translation>
    </message>
    <message>
        <source>charts-syncer stops at this chart too. Ask DaoCloud for a package whose image hints (.relok8s-images.yaml) match its values.yaml, or upgrade with the built-in method, which sets the image values on the command line instead.</source>
        <translation>charts-syncer 处理此 Chart 时同样会失败。请向 DaoCloud 索取镜像模板（.relok8s-images.yaml）与 values.yaml 相符的离线包，或改用内置方式升级（该方式改为在命令行中设置镜像相关的值）。</translation>
    </message>
    <message>
        <source>empty (null)</source>
        <translation>空值（null）</translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation>映射</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>the non-text value %1</source>
        <translation>非文本值 %1</translation>
    </message>
    <message>
        <source>%1: the image value %2 is not inside a mapping, so charts-syncer cannot rewrite it (&quot;need path or selectors or both&quot;).</source>
        <translation>%1：镜像相关的值 %2 不在 YAML 映射中，charts-syncer 无法改写它（&quot;need path or selectors or both&quot;）。</translation>
    </message>
    <message>
        <source>%1 has no value %2, so the mapping %3 to write %4 into is missing.</source>
        <translation>%1 中没有值 %2，因此缺少用于写入 %4 的映射 %3。</translation>
    </message>
    <message>
        <source>%1: %2 is %3, not a mapping, so %4 cannot be written into it.</source>
        <translation>%1：%2 的值为%3，不是映射，因此无法在其中写入 %4。</translation>
    </message>
    <message>
        <source>%1: %2 is %3 (line %4); charts-syncer only rewrites text values (&quot;expected !!str&quot;).</source>
        <translation>%1：%2（第 %4 行）的值为%3；charts-syncer 只能改写文本值（&quot;expected !!str&quot;）。</translation>
    </message>
    <message>
        <source>Put the value in quotes in the chart&apos;s values.yaml, or ask DaoCloud for a corrected package; charts-syncer stops at this chart too.</source>
        <translation>请在 Chart 的 values.yaml 中给该值加上引号，或向 DaoCloud 索取修正后的离线包；charts-syncer 处理此 Chart 时同样会失败。</translation>
    </message>
    <message>
        <source>%1: %2 (line %3) is a YAML alias of another value; rewriting it would change that value too.</source>
        <translation>%1：%2（第 %3 行）是引用其他值的 YAML 别名；改写它会连带改动被引用的值。</translation>
    </message>
    <message>
        <source>Replace the alias with the value itself in the chart&apos;s values.yaml, or ask DaoCloud for a corrected package.</source>
        <translation>请在 Chart 的 values.yaml 中将该别名替换为实际的值，或向 DaoCloud 索取修正后的离线包。</translation>
    </message>
    <message>
        <source>%1: could not find the bytes of %2 (line %3).</source>
        <translation>%1：无法定位 %2（第 %3 行）在文件中的字节位置。</translation>
    </message>
    <message>
        <source>This is a bug in dce-upgrade; report it with the chart&apos;s values.yaml.</source>
        <translation>这是 dce-upgrade 的缺陷，请附上该 Chart 的 values.yaml 反馈此问题。</translation>
    </message>
    <message>
        <source>%1: could not find where the mapping %2 ends to add %3.</source>
        <translation>%1：找不到映射 %2 的结束位置，无法添加 %3。</translation>
    </message>
    <message>
        <source>%1: writing %2 would change more than that value.</source>
        <translation>%1：写入 %2 会改动该值以外的内容。</translation>
    </message>
    <message>
        <source>Chart.yaml must be a mapping with name and version.</source>
        <translation>Chart.yaml 必须是包含 name 和 version 的 YAML 映射。</translation>
    </message>
    <message>
        <source>%1 is missing, so the image value %2 cannot be written.</source>
        <translation>缺少 %1，因此无法写入镜像相关的值 %2。</translation>
    </message>
</context>
<context>
    <name>DceUpgrade::ChartSync</name>
    <message>
        <source>Publishing the chart was canceled.</source>
        <translation>Chart 发布已取消。</translation>
    </message>
    <message>
        <source>Run again: a chart is published whole or not at all.</source>
        <translation>请重新运行：Chart 只会完整发布，不会只发布一部分。</translation>
    </message>
    <message>
        <source>%1 is not a Harbor chart repository URL.</source>
        <translation>%1 不是 Harbor Helm 仓库的 URL。</translation>
    </message>
    <message>
        <source>Write it as https://HARBOR/chartrepo/PROJECT (sync.chartRepoUrl).</source>
        <translation>请按 https://HARBOR/chartrepo/PROJECT 的格式填写（sync.chartRepoUrl）。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Check the disk where the session is kept.</source>
        <translation>请检查会话目录所在的磁盘。</translation>
    </message>
    <message>
        <source>Published the chart %1 to %2.</source>
        <translation>已将 Chart %1 发布到 %2。</translation>
    </message>
    <message>
        <source>Replaced the chart %1 in %2 (force).</source>
        <translation>已替换 %2 中的 Chart %1（force）。</translation>
    </message>
    <message>
        <source>The chart %1 is already in %2 and was left as it is. charts-syncer would have skipped this chart and its images entirely; the images were checked and pushed anyway. Use force to replace the chart.</source>
        <translation>%2 中已有 Chart %1，已保持原样。charts-syncer 遇到这种情况会跳过该 Chart 及其全部镜像；本工具仍然检查并推送了镜像。如需替换该 Chart，请启用 force（升级计划中的 sync.force 或命令行参数 --force）。</translation>
    </message>
</context>
<context>
    <name>DceUpgrade::ChartTree</name>
    <message>
        <source>%1: subcharts are nested more than %2 levels deep.</source>
        <translation>%1：子 Chart 的嵌套超过了 %2 层。</translation>
    </message>
    <message>
        <source>The package is damaged. Download it again.</source>
        <translation>离线包已损坏，请重新下载。</translation>
    </message>
    <message>
        <source>%1/Chart.yaml is missing: the package holds no Helm chart description.</source>
        <translation>缺少 %1/Chart.yaml：离线包中没有 Helm Chart 的描述文件。</translation>
    </message>
    <message>
        <source>The package is incomplete or was not made by charts-syncer. Download it again.</source>
        <translation>离线包不完整，或不是由 charts-syncer 生成的。请重新下载。</translation>
    </message>
    <message>
        <source>%1: the chart has no name or no version.</source>
        <translation>%1：Chart 缺少 name 或 version。</translation>
    </message>
    <message>
        <source>The package is damaged or was not made by charts-syncer.</source>
        <translation>离线包已损坏，或不是由 charts-syncer 生成的。</translation>
    </message>
    <message>
        <source>%1: original-chart/ holds more data than any chart should have.</source>
        <translation>%1：original-chart/ 中的数据量超出了正常 Chart 的上限。</translation>
    </message>
</context>
<context>
    <name>DceUpgrade::ChartsSyncerCleanupStep</name>
    <message>
        <source>Nothing to remove.</source>
        <translation>没有需要删除的内容。</translation>
    </message>
    <message>
        <source>Cannot delete %1, which holds the charts-syncer password file.</source>
        <translation>无法删除 %1，其中有 charts-syncer 的密码文件。</translation>
    </message>
    <message>
        <source>Delete it by hand: rm -rf %1</source>
        <translation>请手动删除：rm -rf %1</translation>
    </message>
    <message>
        <source>Deleted %1 (the password file, the bundles and charts-syncer&apos;s work files).</source>
        <translation>已删除 %1（密码文件、bundle 文件和 charts-syncer 的工作文件）。</translation>
    </message>
</context>
<context>
    <name>DceUpgrade::ChartsSyncerPrepareStep</name>
    <message>
        <source>Install DaoCloud&apos;s charts-syncer and put it on PATH, then run again; or choose the built-in sync (sync.method: builtin), which needs no other tool.</source>
        <translation>请安装 DaoCloud 的 charts-syncer 并将其加入 PATH，然后重新运行；或改用内置同步（sync.method: builtin），它不需要任何其他工具。</translation>
    </message>
    <message>
        <source>charts-syncer finished in an earlier run of this session: nothing to prepare.</source>
        <translation>charts-syncer 已在本会话的上一次运行中完成，无需准备。</translation>
    </message>
    <message>
        <source>charts-syncer is not installed on this host (not found on PATH).</source>
        <translation>本机未安装 charts-syncer（在 PATH 中找不到）。</translation>
    </message>
    <message>
        <source>Cannot link %1 to %2.</source>
        <translation>无法将 %1 链接到 %2。</translation>
    </message>
    <message>
        <source>Check the disk where the session is kept.</source>
        <translation>请检查会话目录所在的磁盘。</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>无法创建 %1。</translation>
    </message>
    <message>
        <source>%1 written from %2 in the package (%3).</source>
        <translation>已从离线包中的 %2 写出 %1（%3）。</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>已写入 %1。</translation>
    </message>
    <message>
        <source>Wrote %1, readable only by you; it is deleted at the end of the run.</source>
        <translation>已写入 %1，仅您本人可读；运行结束时将被删除。</translation>
    </message>
    <message>
        <source>Cannot read the registry&apos;s CA file %1.</source>
        <translation>无法读取镜像仓库的 CA 文件 %1。</translation>
    </message>
    <message>
        <source>Check registry.caFile in the plan: the file must exist and be readable.</source>
        <translation>请检查计划中的 registry.caFile：该文件必须存在且可读。</translation>
    </message>
</context>
<context>
    <name>DceUpgrade::ChartsSyncerSyncStep</name>
    <message>
        <source>charts-syncer found every chart version already in %1, so it synced nothing: no chart and no image was pushed.</source>
        <translation>charts-syncer 发现所有 Chart 版本都已在 %1 中，因此没有同步任何内容：没有推送任何 Chart，也没有推送任何镜像。</translation>
    </message>
    <message>
        <source>Left as they were, because a tag of that name is already in the registry (charts-syncer never replaces one): %1</source>
        <translation>以下镜像保持原样，因为镜像仓库中已有同名标签（charts-syncer 从不覆盖已有标签）：%1</translation>
    </message>
    <message>
        <source>charts-syncer could not be started: %1</source>
        <translation>无法启动 charts-syncer：%1</translation>
    </message>
    <message>
        <source>The registry %1 refused charts-syncer the login as %2: %3</source>
        <translation>镜像仓库 %1 拒绝了 charts-syncer 以 %2 身份登录：%3</translation>
    </message>
    <message>
        <source>Check registry.username and the password, and that this account may push to the repository; then run again with --resume.</source>
        <translation>请检查 registry.username 和密码，并确认该账户有权向该仓库推送镜像；然后使用 --resume 重新运行。</translation>
    </message>
    <message>
        <source>charts-syncer crashed: %1</source>
        <translation>charts-syncer 崩溃：%1</translation>
    </message>
    <message>
        <source>See the step&apos;s log in the session directory.</source>
        <translation>请查看会话目录中该步骤的日志。</translation>
    </message>
    <message>
        <source>charts-syncer failed (exit code %1): %2</source>
        <translation>charts-syncer 执行失败（退出码 %1）：%2</translation>
    </message>
    <message>
        <source>See the step&apos;s log in the session directory; fix the cause and run again with --resume.</source>
        <translation>请查看会话目录中该步骤的日志，排除问题后使用 --resume 重新运行。</translation>
    </message>
    <message>
        <source>Not in %1, so not checked: %2</source>
        <translation>不在 %1 中，因此未检查：%2</translation>
    </message>
    <message numerus="yes">
        <source>Looking up the %n image(s) charts-syncer should have put in %1...</source>
        <translation>
            <numerusform>正在 %1 中查找 charts-syncer 应已推送的 %n 个镜像……</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n image(s) are in the registry under their relocated names.</source>
        <translation>
            <numerusform>全部 %n 个镜像均已以重定位后的名称存在于镜像仓库中。</numerusform>
        </translation>
    </message>
    <message>
        <source>charts-syncer synced nothing: every chart version is already in %1, so it pushed no image either. %2</source>
        <translation>charts-syncer 没有同步任何内容：所有 Chart 版本都已在 %1 中，因此也没有推送任何镜像。%2</translation>
    </message>
    <message numerus="yes">
        <source>charts-syncer synced nothing because every chart version is already in %1, and so it pushed no image either; %n image(s) are not in the registry: %2</source>
        <translation>
            <numerusform>charts-syncer 没有同步任何内容，因为所有 Chart 版本都已在 %1 中，所以也没有推送任何镜像；镜像仓库中缺少 %n 个镜像：%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove that chart version from %1 and run again with --resume, or sync the images with the built-in sync (sync.method: builtin), which pushes the images whatever the chart repository holds.</source>
        <translation>请从 %1 中删除该 Chart 版本后使用 --resume 重新运行，或改用内置同步（sync.method: builtin）同步镜像：无论 Helm 仓库中已有什么，内置同步都会推送镜像。</translation>
    </message>
    <message numerus="yes">
        <source>charts-syncer ended without an error, but %n image(s) are not in the registry: %1</source>
        <translation>
            <numerusform>charts-syncer 运行结束且未报错，但镜像仓库中缺少 %n 个镜像：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>See the step&apos;s log for what charts-syncer did; run again with --resume, or use the built-in sync (sync.method: builtin). Nothing was changed in the cluster.</source>
        <translation>请查看该步骤的日志，了解 charts-syncer 做了什么；然后使用 --resume 重新运行，或改用内置同步（sync.method: builtin）。集群中没有任何改动。</translation>
    </message>
</context>
<context>
    <name>DceUpgrade::ChecksumFile</name>
    <message>
        <source>The checksum file %1 cannot be read.</source>
        <translation>无法读取校验和文件 %1。</translation>
    </message>
    <message>
        <source>Check its permissions, or remove it to skip the check.</source>
        <translation>请检查该文件的权限，或删除该文件以跳过校验。</translation>
    </message>
    <message>
        <source>The checksum file %1 does not contain a checksum for %2.</source>
        <translation>校验和文件 %1 中没有 %2 的校验和。</translation>
    </message>
    <message>
        <source>Download the checksum file again from the same page as the package.</source>
        <translation>请从下载离线包的同一页面重新下载校验和文件。</translation>
    </message>
    <message>
        <source>The %1 checksum of %2 does not match %3: the package is damaged or incomplete.</source>
        <translation>%2 的 %1 校验和与 %3 中的记录不一致：离线包已损坏或不完整。</translation>
    </message>
    <message>
        <source>Download the package again; do not use this copy.</source>
        <translation>请重新下载离线包，不要使用当前这份。</translation>
    </message>
</context>
<context>
    <name>DceUpgrade::Cli::CliCommands</name>
    <message>
        <source>Run &quot;dce-upgrade --help&quot; for the commands.</source>
        <translation>运行 &quot;dce-upgrade --help&quot; 查看可用命令。</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>处理方法：%1</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>未知命令 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>Usage: dce-upgrade inspect PACKAGE [--json] [--verify]

Show the charts, versions and images of an offline package without unpacking it.

  --json     machine-readable output
  --verify   also check the .sha512sum (or .sha256sum) file beside the package and
             every layer digest (reads the whole package)
</source>
        <translation>用法：dce-upgrade inspect PACKAGE [--json] [--verify]

无需解包，即可显示离线包中的 Chart、版本和镜像。

  --json     输出机器可读的格式
  --verify   同时核对离线包所在目录中的 .sha512sum（或 .sha256sum）文件
             和每个镜像层的摘要（会读取整个离线包）
</translation>
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
        <translation>用法：dce-upgrade script --plan FILE [--output FILE] [--helm-version X.Y.Z]

将 &quot;dce-upgrade plan&quot; 中的步骤写成 bash 脚本，供必须手动执行命令的现场
使用。脚本运行时会询问密码（或读取 DCE_REGISTRY_PASSWORD）；脚本本身
不含任何凭据。

  --plan FILE            升级计划文件（YAML）
  --output FILE          将脚本写入 FILE（并设为可执行），而不是输出到
                         标准输出
  --helm-version X.Y.Z   按此版本的 helm 生成脚本（默认：已安装的 helm）
</translation>
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
        <translation>用法：dce-upgrade push PACKAGE --registry URL [options]

单独执行内置同步：将离线包中的每个镜像直接推送到镜像仓库，存放方式与
charts-syncer 相同；然后（如指定了 --chart-repo）发布已改写镜像地址的
Chart。

  --registry URL           镜像仓库（默认 https://，也可写明 http://）
  --repository PATH        镜像在镜像仓库中的存放路径（即 charts-syncer 的
                           containerRepository），例如 skoala
  --user USER              账户（可使用 robot$name）
  --password-stdin         从标准输入读取该账户的密码
  --ca-file FILE           信任此 CA（用于使用自签名证书的 Harbor）
  --insecure               不校验 TLS 证书（会给出警告）
  --jobs N                 并发上传数（默认 4）
  --force                  覆盖已存在的标签和 Chart 版本
  --create-project         Harbor 项目不存在时自动创建（私有项目）
  --chart-target KIND      harbor、local、oci 或 none（默认：根据 --chart-repo 判断）
  --chart-repo URL|DIR     https://HARBOR/chartrepo/PROJECT、oci://REGISTRY/PROJECT
                           或本地目录
</translation>
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
        <translation>用法：dce-upgrade init PACKAGE --registry HOST/PROJECT [options]

为 PACKAGE 中的模块生成一份带注释、可直接使用的升级计划；请先检查该计划，
然后运行 &quot;dce-upgrade plan --plan FILE&quot;。升级计划中从不包含密码：
密码由 &quot;run&quot; 询问。

  --registry HOST/PROJECT   镜像要推送到的镜像仓库及项目
  --user USER               镜像仓库账户（可使用 robot$name）
  --http                    镜像仓库使用明文 http
  --sync METHOD             镜像的同步方式：builtin（默认）、
                            charts-syncer、docker、containerd 或 none
  --upgrade METHOD          chartPackage（默认：使用离线包中的 Chart）、
                            helmRepo（配合 --repo-url）或 none（仅同步）
  --repo-url URL            --upgrade helmRepo 所用的 Helm 仓库
  --kubeconfig FILE         管理集群的 kubeconfig
  --node HOST               要导入镜像的节点（containerd，或在节点上使用 docker 时）；
                            每个节点指定一次
  --output FILE             将升级计划写入 FILE（默认：标准输出）
</translation>
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
        <translation>用法：dce-upgrade plan --plan FILE [--json] [--helm-version X.Y.Z]

显示升级的每个步骤及其确切命令（试运行：不做任何改动）。不会显示密码。
升级计划的格式见 &quot;dce-upgrade help plan&quot;；也可以运行 &quot;dce-upgrade init&quot;
生成一份带注释的升级计划。

  --plan FILE            升级计划文件（YAML）
  --json                 输出机器可读的格式
  --helm-version X.Y.Z   按此版本的 helm 生成计划（默认：已安装的 helm）
</translation>
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
        <translation>用法：dce-upgrade run --plan FILE [options]
      dce-upgrade run --resume SESSION [options]

执行各步骤。会话目录位于 ~/.local/state/dce-upgrade 下，用于保存升级计划、
日志、values 备份和报告；--resume 可继续某个会话，并跳过其中已完成的
部分。

  --plan FILE         使用此升级计划开始一个新会话
  --resume SESSION    继续某个会话（会话名称或目录）
  --events -          在标准输出上输出 JSON Lines（见 &quot;dce-upgrade help events&quot;），
                      而不是便于阅读的进度信息
  --secrets-stdin     读取一行 JSON，例如 {&quot;registry.password&quot;:&quot;...&quot;}；
                      否则在终端中询问
  --helm PATH         要运行的 helm（默认：$DCE_UPGRADE_HELM 或 PATH 中的 helm）
  --kubectl PATH      要运行的 kubectl（默认：PATH 中的 kubectl）
  --allow-downgrade   同意安装比已部署版本更旧的 Chart 版本
  --recover-pending   先将被中断的 helm 遗留在 pending-* 状态的 Release 回滚到
                      其最后一个已部署的修订版本
  --verbose           显示各工具输出的每一行
</translation>
    </message>
    <message>
        <source>Usage: dce-upgrade rollback --session SESSION [--events -] [--helm PATH]

Roll every release the session upgraded back to its revision before.

  --session SESSION   the session of the run (its name or directory)
  --events -          JSON lines on standard output (&quot;dce-upgrade help events&quot;)
  --helm PATH         the helm to run (default: $DCE_UPGRADE_HELM or helm on PATH)
</source>
        <translation>用法：dce-upgrade rollback --session SESSION [--events -] [--helm PATH]

将该会话升级过的每个 Release 回滚到升级前的修订版本。

  --session SESSION   执行升级的会话（会话名称或目录）
  --events -          在标准输出上输出 JSON Lines（见 &quot;dce-upgrade help events&quot;）
  --helm PATH         要运行的 helm（默认：$DCE_UPGRADE_HELM 或 PATH 中的 helm）
</translation>
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
        <translation>用法：dce-upgrade COMMAND [options]
      dce-upgrade COMMAND --help   （查看某个命令的选项）

使用离线包离线升级 DCE 5.0 模块。

命令：
  inspect PACKAGE      查看离线包中的 Chart、版本和镜像
  init PACKAGE --registry HOST/PROJECT
                       生成一份带注释的升级计划，作为起点
  plan --plan FILE     列出升级的每个步骤及其确切命令（试运行）
  script --plan FILE   以 bash 脚本形式输出相同的步骤
  run --plan FILE      执行各步骤（在会话中执行：--resume SESSION 可继续）
  rollback --session SESSION
                       将某个会话升级过的 Release 回滚
  push PACKAGE --registry URL
                       将离线包中的镜像（及 Chart）推送到镜像仓库
  help [TOPIC]         升级计划文件的格式（help plan）、运行事件（help events）、
                       完整的命令行说明（help cli）

升级计划（YAML）：&quot;dce-upgrade help plan&quot; 会输出其格式说明（也见
/usr/share/doc/dce-upgrade/plan.md）；&quot;dce-upgrade init&quot; 可生成一份每个键都
带注释的升级计划。&quot;dce-upgrade help&quot; 列出所有帮助主题。

全局选项（可放在命令之前或之后）：
  --lang en|zh_CN   消息语言（默认跟随系统）
  --version, --help

退出码：
  0 成功；1 其他失败；2 参数错误；3 离线包、升级计划或模块配置无法使用；
  4 校验和或摘要不匹配（下载已损坏）；5 本机缺少某个文件或工具，或其无法使用；
  130 运行或回滚已取消。
错误信息输出到标准错误，并说明处理方法。
</translation>
    </message>
    <message>
        <source>The help on %1 is missing from this build.</source>
        <translation>此版本中缺少关于 %1 的帮助。</translation>
    </message>
    <message>
        <source>Help topics:
  plan     the upgrade plan file: every key, its default and meaning
  events   the JSON lines of &quot;run --events -&quot;
  cli      every command, the order of a run, sessions, exit codes
Commands (&quot;help COMMAND&quot; or &quot;COMMAND --help&quot; prints their options):
  inspect, init, plan (&quot;plan --help&quot;), script, run, rollback, push
</source>
        <translation>帮助主题：
  plan     升级计划文件：每个键及其默认值和含义
  events   &quot;run --events -&quot; 输出的 JSON Lines
  cli      所有命令、一次运行的步骤顺序、会话、退出码
命令（&quot;help COMMAND&quot; 或 &quot;COMMAND --help&quot; 输出其选项）：
  inspect、init、plan（&quot;plan --help&quot;）、script、run、rollback、push
</translation>
    </message>
    <message>
        <source>Usage: dce-upgrade help TOPIC

</source>
        <translation>用法：dce-upgrade help TOPIC

</translation>
    </message>
    <message>
        <source>Unknown help topic &quot;%1&quot;.</source>
        <translation>没有名为 &quot;%1&quot; 的帮助主题。</translation>
    </message>
</context>
<context>
    <name>DceUpgrade::Cli::InitCommand</name>
    <message>
        <source>No module profile knows the charts of this package (%1).</source>
        <translation>没有任何模块配置包含此离线包中的 Chart（%1）。</translation>
    </message>
    <message>
        <source>dce-upgrade upgrades these modules: %1. Check that the package is one of their offline packages.</source>
        <translation>dce-upgrade 可升级以下模块：%1。请确认该离线包是其中某个模块的离线包。</translation>
    </message>
    <message>
        <source>init needs PACKAGE and --registry HOST/PROJECT, such as 10.6.0.10/skoala (no https://; --http for a registry without TLS).</source>
        <translation>init 需要 PACKAGE 和 --registry HOST/PROJECT 参数，例如 10.6.0.10/skoala（不要写 https://；镜像仓库未启用 TLS 时请加 --http）。</translation>
    </message>
    <message>
        <source>Run &quot;dce-upgrade init --help&quot; for its options.</source>
        <translation>运行 &quot;dce-upgrade init --help&quot; 查看其选项。</translation>
    </message>
    <message>
        <source>--sync is builtin, charts-syncer, docker, containerd or none; --upgrade is chart-package, helm-repo or none.</source>
        <translation>--sync 的取值为 builtin、charts-syncer、docker、containerd 或 none；--upgrade 的取值为 chart-package、helm-repo 或 none。</translation>
    </message>
    <message>
        <source>--node is [USER@]HOST[:PORT], such as root@10.6.0.21 or 10.6.0.21:2222; not &quot;%1&quot;.</source>
        <translation>--node 的格式为 [USER@]HOST[:PORT]，例如 root@10.6.0.21 或 10.6.0.21:2222；&quot;%1&quot; 不符合该格式。</translation>
    </message>
    <message>
        <source>%1 exists already.</source>
        <translation>%1 已存在。</translation>
    </message>
    <message>
        <source>Choose another --output file, or remove that one first.</source>
        <translation>请用 --output 指定其他文件，或先删除该文件。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Wrote %1. Review it, then run: dce-upgrade plan --plan %1</source>
        <translation>已写入 %1。请检查后运行：dce-upgrade plan --plan %1</translation>
    </message>
</context>
<context>
    <name>DceUpgrade::Cli::InspectCommand</name>
    <message>
        <source>Module: none that dce-upgrade knows holds the charts %1; it upgrades %2.</source>
        <translation>模块：dce-upgrade 已知的模块都不包含 Chart %1；可升级的模块为 %2。</translation>
    </message>
    <message>
        <source>Module: %1 %2</source>
        <translation>模块：%1%2</translation>
    </message>
    <message>
        <source>Module: %1 (%2)</source>
        <translation>模块：%1（%2）</translation>
    </message>
    <message>
        <source>inspect needs exactly one PACKAGE.</source>
        <translation>inspect 需要且只能指定一个 PACKAGE（离线包）。</translation>
    </message>
    <message>
        <source>Checking the %1 checksum...</source>
        <translation>正在核对 %1 校验和……</translation>
    </message>
    <message>
        <source>Checking the layer digests of %1...</source>
        <translation>正在核对 %1 的镜像层摘要……</translation>
    </message>
    <message>
        <source>checksum file %1 matched (%2)</source>
        <translation>与校验和文件 %1 一致（%2）</translation>
    </message>
    <message>
        <source>no checksum file beside the package</source>
        <translation>离线包所在目录中没有校验和文件</translation>
    </message>
    <message numerus="yes">
        <source>%n layer(s) (%1 bytes) match their digests</source>
        <translation>
            <numerusform>%n 个镜像层（%1 字节）均与其摘要一致</numerusform>
        </translation>
    </message>
    <message>
        <source>Package: %1 (%2)</source>
        <translation>离线包：%1（%2）</translation>
    </message>
    <message>
        <source>Verified: %1</source>
        <translation>已校验：%1</translation>
    </message>
    <message>
        <source>Checksum: no .sha512sum or .sha256sum file beside the package</source>
        <translation>校验和：离线包所在目录中没有 .sha512sum 或 .sha256sum 文件</translation>
    </message>
    <message>
        <source>Checksum: %1 matches %2</source>
        <translation>校验和：%1 与 %2 中的记录一致</translation>
    </message>
    <message>
        <source>Checksum: %1 in %2 (not checked; add --verify)</source>
        <translation>校验和：%2 中的 %1（未核对；如需核对请加 --verify）</translation>
    </message>
    <message>
        <source>Bundle: %1</source>
        <translation>Bundle 包：%1</translation>
    </message>
    <message>
        <source>Chart: %1 %2 (app %3)</source>
        <translation>Chart：%1 %2（应用版本 %3）</translation>
    </message>
    <message>
        <source>Images: %1, format %2, %3 to push</source>
        <translation>镜像：%1 个，格式 %2，需推送 %3</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（无名称）</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Total: %1, %2, %3 to push</source>
        <comment>charts, images, size</comment>
        <translation>合计：%1，%2，需推送 %3</translation>
    </message>
    <message numerus="yes">
        <source>%n chart(s)</source>
        <translation>
            <numerusform>%n 个 Chart</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n 个镜像</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DceUpgrade::Cli::PlanCommand</name>
    <message>
        <source>&quot;%1&quot; is not a helm version such as 3.18.0.</source>
        <translation>&quot;%1&quot; 不是有效的 helm 版本号（例如 3.18.0）。</translation>
    </message>
    <message>
        <source>Commands are for the installed helm %1.</source>
        <translation>命令按已安装的 helm %1 生成。</translation>
    </message>
    <message>
        <source>helm was not found (or did not answer); commands are shown for helm %1. Use --helm-version to plan for another version.</source>
        <translation>未找到 helm（或 helm 无响应），以下命令按 helm %1 生成。如需按其他版本生成计划，请使用 --helm-version。</translation>
    </message>
    <message>
        <source>%1 needs --plan FILE.</source>
        <translation>%1 需要 --plan FILE 参数。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Version note: %1</source>
        <translation>版本说明：%1</translation>
    </message>
</context>
<context>
    <name>DceUpgrade::Cli::PushCommand</name>
    <message>
        <source>push needs PACKAGE and --registry URL (and usually --repository PATH).</source>
        <translation>push 需要 PACKAGE 和 --registry URL（通常还需要 --repository PATH）。</translation>
    </message>
    <message>
        <source>Done: %1 manifests pushed, %2 already there; %3 blobs uploaded, %4 already there, %5 mounted.</source>
        <translation>完成：推送清单 %1 个，已存在 %2 个；上传 blob %3 个，已存在 %4 个，挂载 %5 个。</translation>
    </message>
    <message>
        <source>--chart-target is harbor, local, oci or none, and needs --chart-repo (the chart repository URL, oci://REGISTRY/PROJECT, or a directory).</source>
        <translation>--chart-target 的取值为 harbor、local、oci 或 none；不为 none 时还需要指定 --chart-repo（Helm 仓库 URL、oci://REGISTRY/PROJECT 或本地目录）。</translation>
    </message>
    <message>
        <source>Warning: the TLS certificate of %1 is not verified (--insecure); use this on a trusted network only.</source>
        <translation>警告：不校验 %1 的 TLS 证书（--insecure）；请仅在可信网络中使用。</translation>
    </message>
    <message>
        <source>Charts: %1 published, %2 already there.</source>
        <translation>Chart：发布 %1 个，已存在 %2 个。</translation>
    </message>
</context>
<context>
    <name>DceUpgrade::Cli::RunCommand</name>
    <message>
        <source>helm (%1) did not answer with its version.</source>
        <translation>helm（%1）没有返回其版本号。</translation>
    </message>
    <message>
        <source>Install helm 3.7 or later, or give its path with --helm.</source>
        <translation>请安装 helm 3.7 或更高版本，或使用 --helm 指定其路径。</translation>
    </message>
    <message>
        <source>Password of %1 for %2: </source>
        <translation>%2 上用户 %1 的密码： </translation>
    </message>
    <message>
        <source>Value of %1: </source>
        <translation>%1 的值： </translation>
    </message>
    <message>
        <source>Session: %1</source>
        <translation>会话：%1</translation>
    </message>
    <message>
        <source>Canceling: the running step stops safely (a running helm upgrade is allowed to finish its rollback)...</source>
        <translation>正在取消：当前步骤将安全停止（正在执行的 helm upgrade 会先完成其回滚）……</translation>
    </message>
    <message>
        <source>run needs either --plan FILE or --resume SESSION.</source>
        <translation>run 需要 --plan FILE 或 --resume SESSION 参数（二选一）。</translation>
    </message>
    <message>
        <source>--events only writes to standard output: use --events -.</source>
        <translation>--events 只能输出到标准输出：请使用 --events -</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>rollback needs --session SESSION.</source>
        <translation>rollback 需要 --session SESSION 参数。</translation>
    </message>
    <message>
        <source>Nothing to roll back: no upgrade was started in this session.</source>
        <translation>无需回滚：本会话中没有开始过任何升级。</translation>
    </message>
    <message>
        <source>Nothing to roll back: this session only synced the images (upgrade.method: none), so no release was changed. The synced images stay where they are.</source>
        <translation>没有需要回滚的内容：本会话只同步了镜像（upgrade.method: none），没有改动任何 Release。已同步的镜像保持不变。</translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation>无法写入报告：%1</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>已完成。</translation>
    </message>
    <message>
        <source>Not finished.</source>
        <translation>未完成。</translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation>报告：%1</translation>
    </message>
    <message>
        <source>Run again with --resume %1 to continue where it stopped.</source>
        <translation>使用 --resume %1 再次运行，即可从中断处继续。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>one sentence, then the next (no space in Chinese)</comment>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>--plan-origin is file or wizard, not %1.</source>
        <translation>--plan-origin 的取值为 file 或 wizard，不能是 %1。</translation>
    </message>
</context>
<context>
    <name>DceUpgrade::CommandStep</name>
    <message>
        <source>No value was given for %1.</source>
        <translation>未提供 %1 的值。</translation>
    </message>
    <message>
        <source>Run again with --secrets-stdin, or from a terminal to be asked for it.</source>
        <translation>请使用 --secrets-stdin 重新运行，或在终端中运行以便按提示输入。</translation>
    </message>
    <message>
        <source>%1 could not be started.</source>
        <translation>无法启动 %1。</translation>
    </message>
    <message>
        <source>Install %1 on this host, or give its path on the command line.</source>
        <translation>请在本机安装 %1，或在命令行中指定其路径。</translation>
    </message>
    <message>
        <source>%1 printed nothing for too long and was stopped.</source>
        <translation>%1 长时间没有输出，已被终止。</translation>
    </message>
    <message>
        <source>Check that the cluster and the registry are reachable from this host, then run again: finished steps are skipped.</source>
        <translation>请确认本机可以访问集群和镜像仓库，然后重新运行：已完成的步骤会被跳过。</translation>
    </message>
    <message>
        <source>%1 crashed.</source>
        <translation>%1 崩溃了。</translation>
    </message>
    <message>
        <source>See the step&apos;s log in the session directory.</source>
        <translation>请查看会话目录中该步骤的日志。</translation>
    </message>
    <message>
        <source>%1 failed (exit code %2): %3</source>
        <translation>%1 执行失败（退出码 %2）：%3</translation>
    </message>
    <message>
        <source>See the step&apos;s log in the session directory; fix the cause and run again.</source>
        <translation>请查看会话目录中该步骤的日志，排除问题后重新运行。</translation>
    </message>
    <message>
        <source>Check the disk or the network share the package is on, then run again.</source>
        <translation>请检查离线包所在的磁盘或网络共享，然后重新运行。</translation>
    </message>
</context>
<context>
    <name>DceUpgrade::CommentedPlan</name>
    <message>
        <source>The containerd method imports the images on every node, but no node was given.</source>
        <translation>containerd 方式需要在每个节点上导入镜像，但没有指定任何节点。</translation>
    </message>
    <message>
        <source>Add --node HOST for every node that runs the module&apos;s pods.</source>
        <translation>请为运行该模块 Pod 的每个节点添加一个 --node HOST。</translation>
    </message>
    <message>
        <source>With --sync none and --upgrade none the plan would do nothing.</source>
        <translation>同时指定 --sync none 和 --upgrade none 时，升级计划不会执行任何操作。</translation>
    </message>
    <message>
        <source>Choose a sync method, an upgrade method, or both.</source>
        <translation>请选择一种同步方式或升级方式，或两者都选。</translation>
    </message>
    <message>
        <source>The helm-repo method takes the chart from a Helm repository, and the %1 sync does not publish it.</source>
        <translation>helm-repo 方式从 Helm 仓库获取 Chart，而 %1 同步方式不会发布 Chart。</translation>
    </message>
    <message>
        <source>Give the repository with --repo-url, or use --upgrade chart-package (the chart of the package).</source>
        <translation>请用 --repo-url 指定该仓库，或改用 --upgrade chart-package（使用离线包中的 Chart）。</translation>
    </message>
    <message>
        <source>The module: which releases the package upgrades and which values name the image registry.</source>
        <translation>模块：决定离线包升级哪些 Release，以及由哪些 values 指定镜像仓库。</translation>
    </message>
    <message>
        <source>The offline package as downloaded; the .sha512sum file beside it is checked.</source>
        <translation>下载的离线包原文件；会核对同一目录中的 .sha512sum 文件。</translation>
    </message>
    <message>
        <source>The image registry (Harbor) the cluster pulls from: host[:port], no http://, no path.</source>
        <translation>集群拉取镜像所用的镜像仓库（Harbor）：host[:port]，不带 http://，也不带路径。</translation>
    </message>
    <message>
        <source>https, or http for a registry without TLS.</source>
        <translation>https；镜像仓库未启用 TLS 时为 http。</translation>
    </message>
    <message>
        <source>A self-signed certificate: the CA to trust (or insecure: true to skip the check, on a trusted network only).</source>
        <translation>自签名证书：指定要信任的 CA（或设置 insecure: true 跳过校验，仅限可信网络）。</translation>
    </message>
    <message>
        <source>Where the images go in the registry (charts-syncer&apos;s containerRepository):
release.daocloud.io/skoala/hive:v0.28.1 becomes ADDRESS/REPOSITORY/hive:v0.28.1.</source>
        <translation>镜像在镜像仓库中的存放路径（即 charts-syncer 的 containerRepository）：
release.daocloud.io/skoala/hive:v0.28.1 将变为 ADDRESS/REPOSITORY/hive:v0.28.1。</translation>
    </message>
    <message>
        <source>The registry account (robot$name works); its password is asked when the plan runs. Without it the registry is used anonymously.</source>
        <translation>镜像仓库账户（可使用 robot$name）；执行升级计划时会询问其密码。不设置时以匿名方式访问镜像仓库。</translation>
    </message>
    <message>
        <source>The registry account (robot$name works); its password is asked when the plan runs, never stored.</source>
        <translation>镜像仓库账户（可使用 robot$name）；执行升级计划时会询问其密码，密码不会保存。</translation>
    </message>
    <message>
        <source>How the images of the package get to the cluster:
  builtin        dce-upgrade pushes them from the package to the registry (no other tool)
  charts-syncer  DaoCloud&apos;s charts-syncer (on PATH) pushes the images and the chart
  docker         docker load and push from this machine
  containerd     ctr import on every node over ssh (sync.nodes), no registry
  none           nothing: the images are there already (they are still looked up in the registry before the upgrade)</source>
        <translation>离线包中的镜像如何到达集群：
  builtin        由 dce-upgrade 将镜像从离线包推送到镜像仓库（无需其他工具）
  charts-syncer  由 DaoCloud 的 charts-syncer（需在 PATH 中）推送镜像和 Chart
  docker         在本机执行 docker load 和 push
  containerd     通过 ssh 在每个节点上执行 ctr import（sync.nodes），不使用镜像仓库
  none           不同步：镜像已就位（升级前仍会在镜像仓库中查找这些镜像）</translation>
    </message>
    <message>
        <source>Where the relocated chart is published: harbor (the chart repository of Harbor 2.7 and older), oci (builtin only: Harbor 2.8 and later, chartRepoUrl oci://REGISTRY/PROJECT), local (a directory, localChartPath), none (builtin only).</source>
        <translation>已改写镜像地址的 Chart 发布到哪里：harbor（Harbor 2.7 及更早版本的 Helm 仓库）、oci（仅限 builtin：Harbor 2.8 及更高版本，chartRepoUrl 为 oci://REGISTRY/PROJECT）、local（本地目录，见 localChartPath）、none（仅限 builtin）。</translation>
    </message>
    <message>
        <source>The chart repository the chart is published to, and the upgrade takes it from.</source>
        <translation>Chart 发布到的 Helm 仓库，升级时也从这里获取 Chart。</translation>
    </message>
    <message>
        <source>Where the relocated chart is published: none (the upgrade installs the chart of the package), harbor or oci (with chartRepoUrl), local (with localChartPath).</source>
        <translation>已改写镜像地址的 Chart 发布到哪里：none（升级时安装离线包中的 Chart）、harbor 或 oci（需设置 chartRepoUrl）、local（需设置 localChartPath）。</translation>
    </message>
    <message>
        <source>charts-syncer always publishes the chart: harbor (with chartRepoUrl https://HARBOR/chartrepo/PROJECT) or local (a directory, localChartPath).</source>
        <translation>charts-syncer 总会发布 Chart：harbor（chartRepoUrl 为 https://HARBOR/chartrepo/PROJECT）或 local（本地目录，见 localChartPath）。</translation>
    </message>
    <message>
        <source>The directory the relocated chart is written to (beside this plan).</source>
        <translation>已改写镜像地址的 Chart 写入的目录（相对于本升级计划所在的目录）。</translation>
    </message>
    <message>
        <source>true: the registry check creates a missing Harbor project (private).</source>
        <translation>true：检查镜像仓库时，如果 Harbor 项目不存在，则自动创建（私有项目）。</translation>
    </message>
    <message>
        <source>Blobs uploaded at once, 1-32.</source>
        <translation>并发上传的 blob 数，取值 1-32。</translation>
    </message>
    <message>
        <source>registry: load and push with the Docker of this machine; nodes: load on every node over ssh (list them under nodes).</source>
        <translation>registry：用本机的 Docker 加载并推送；nodes：通过 ssh 在每个节点上加载（在 nodes 下列出这些节点）。</translation>
    </message>
    <message>
        <source>Where the images already are: registry (each one is looked up there before the upgrade) or nodes (imported on the nodes earlier: not looked up).</source>
        <translation>镜像已位于何处：registry（升级前会在镜像仓库中逐个查找）或 nodes（之前已导入各节点：不查找）。</translation>
    </message>
    <message>
        <source>Every node that runs the module&apos;s pods: {host, user, port, identityFile, sudo}, or {local: true} for this machine.</source>
        <translation>运行该模块 Pod 的每个节点：{host, user, port, identityFile, sudo}；本机写为 {local: true}。</translation>
    </message>
    <message>
        <source>strict: a node&apos;s key must be in ~/.ssh/known_hosts; accept-new: trust a node seen for the first time.</source>
        <translation>strict：节点的密钥必须已在 ~/.ssh/known_hosts 中；accept-new：信任首次连接的节点。</translation>
    </message>
    <message>
        <source>How the releases are upgraded:
  chart-package  with the chart inside the package (no chart repository needed)
  helm-repo      with the chart from a Helm repository (repoUrl)
  none           not at all: the plan only syncs the images</source>
        <translation>Release 的升级方式：
  chart-package  使用离线包中的 Chart（无需 Helm 仓库）
  helm-repo      使用 Helm 仓库中的 Chart（repoUrl）
  none           不升级：升级计划只同步镜像</translation>
    </message>
    <message>
        <source>The Helm repository the chart is taken from.</source>
        <translation>获取 Chart 的 Helm 仓库。</translation>
    </message>
    <message>
        <source>The kubeconfig of the management cluster; without it the run uses $KUBECONFIG or ~/.kube/config and says which.</source>
        <translation>管理集群的 kubeconfig；不设置时，运行时使用 $KUBECONFIG 或 ~/.kube/config，并说明使用的是哪一个。</translation>
    </message>
    <message>
        <source>The kubeconfig of the management cluster.</source>
        <translation>管理集群的 kubeconfig。</translation>
    </message>
    <message>
        <source>true: a failed upgrade is rolled back by helm at once (helm 4: --rollback-on-failure).</source>
        <translation>true：升级失败时由 helm 立即回滚（helm 4 中为 --rollback-on-failure）。</translation>
    </message>
    <message>
        <source>true: wait until the pods are ready.</source>
        <translation>true：等待 Pod 就绪。</translation>
    </message>
    <message>
        <source>How long helm waits, such as 10m or 1h30m.</source>
        <translation>helm 的等待时长，例如 10m 或 1h30m。</translation>
    </message>
    <message>
        <source>The releases upgraded, each to the chart version in the package (version: to choose another); release: and namespace: default to the module&apos;s.</source>
        <translation>要升级的 Release，各自升级到离线包中的 Chart 版本（如需其他版本，请设置 version:）；release: 和 namespace: 默认使用该模块的设置。</translation>
    </message>
    <message>
        <source>%1 runs in every worker cluster: list their kube contexts, or it is upgraded in the current cluster only.</source>
        <translation>%1 运行在每个工作集群中：请列出这些集群的 kubeconfig 上下文，否则只会在当前集群中升级。</translation>
    </message>
    <message>
        <source>The package holds none of the charts of the %1 module.</source>
        <translation>离线包中没有 %1 模块的任何 Chart。</translation>
    </message>
    <message>
        <source>Check that the package is the module&apos;s offline package.</source>
        <translation>请确认该离线包是此模块的离线包。</translation>
    </message>
    <message>
        <source>Upgrade plan for %1, written by &quot;dce-upgrade init&quot;. Review every key, then:
  dce-upgrade plan --plan THIS-FILE   (dry run: every step and command, nothing changed)
  dce-upgrade run --plan THIS-FILE    (asks for the registry password)
&quot;dce-upgrade help plan&quot; describes every key. Never put a password in this file.</source>
        <extracomment>%1: the module&apos;s name, such as 微服务引擎 (Microservice Engine)</extracomment>
        <translation>%1的升级计划，由 &quot;dce-upgrade init&quot; 生成。请逐一检查每个键，然后执行：
  dce-upgrade plan --plan THIS-FILE   （试运行：列出每个步骤和命令，不做任何改动）
  dce-upgrade run --plan THIS-FILE    （会询问镜像仓库密码）
每个键的说明见 &quot;dce-upgrade help plan&quot;。切勿在此文件中写入密码。</translation>
    </message>
    <message>
        <source>true: when the installed version calls for it (the plan&apos;s version notes say when), rename %1 in the values passed to helm; the backup is never changed.</source>
        <extracomment>%1: values keys renamed, such as keycloak → keycloakx</extracomment>
        <translation>true：已安装的版本需要时（计划中的版本说明会指出），在传给 helm 的 values 中改名（%1）；备份始终保持不变。</translation>
    </message>
    <message>
        <source>%1 is in the package too; its releases are installed from the DCE UI under names chosen there. To upgrade one, uncomment these lines and give its release, namespace and clusters.</source>
        <translation>离线包中还有 %1；它的 Release 是在 DCE 界面上安装的，名称由安装时选定。如需升级其中一个，请取消以下几行的注释，并填写它的 Release 名称、命名空间和所在集群。</translation>
    </message>
</context>
<context>
    <name>DceUpgrade::DirectoryTar</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Check that you may read every file of the package directory.</source>
        <translation>请确认您有权读取离线包目录中的每个文件。</translation>
    </message>
    <message>
        <source>%1 is nested more than %2 directories deep.</source>
        <translation>%1 的目录嵌套超过 %2 层。</translation>
    </message>
    <message>
        <source>Choose the directory that `tar xvf` of the bundle made.</source>
        <translation>请选择对 bundle 执行 `tar xvf` 后得到的目录。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
</context>
<context>
    <name>DceUpgrade::DockerCheckStep</name>
    <message>
        <source>Docker %1 is running and usable by %2.</source>
        <translation>Docker %1 正在运行，且用户 %2 可以使用。</translation>
    </message>
    <message>
        <source>Docker did not say how it treats registries: %1</source>
        <translation>Docker 未返回其镜像仓库设置：%1</translation>
    </message>
    <message>
        <source>Add &quot;%1&quot; to &quot;insecure-registries&quot; in /etc/docker/daemon.json (for example {&quot;insecure-registries&quot;: [&quot;%1&quot;]}), restart Docker (&quot;sudo systemctl restart docker&quot;), then run again.</source>
        <translation>请将 &quot;%1&quot; 添加到 /etc/docker/daemon.json 的 &quot;insecure-registries&quot; 中（例如 {&quot;insecure-registries&quot;: [&quot;%1&quot;]}），重启 Docker（&quot;sudo systemctl restart docker&quot;），然后重新运行。</translation>
    </message>
    <message>
        <source>The registry %1 speaks plain http, but Docker on this host does not treat it as an insecure registry, so it would refuse to log in and push.</source>
        <translation>镜像仓库 %1 使用明文 http，但本机的 Docker 未将其视为不安全镜像仓库，因此会拒绝登录和推送。</translation>
    </message>
    <message>
        <source>The plan skips TLS verification for %1, but Docker on this host verifies it: it does not treat %1 as an insecure registry.</source>
        <translation>升级计划对 %1 跳过了 TLS 校验，但本机的 Docker 会校验其证书：Docker 未将 %1 视为不安全镜像仓库。</translation>
    </message>
    <message>
        <source>Docker treats %1 as an insecure registry (plain http allowed, TLS not verified).</source>
        <translation>Docker 将 %1 视为不安全镜像仓库（允许明文 http，不校验 TLS）。</translation>
    </message>
    <message>
        <source>Docker may refuse %1 unless it is an insecure registry for Docker: if the login fails, %2</source>
        <translation>除非已在 Docker 中将 %1 设为不安全镜像仓库，否则 Docker 可能会拒绝访问它：如果登录失败，%2</translation>
    </message>
    <message>
        <source>Docker trusts %1 with the CA certificate in %2.</source>
        <translation>Docker 通过 %2 中的 CA 证书信任 %1。</translation>
    </message>
    <message>
        <source>Docker does not read registry.caFile: it trusts %1 only with a CA certificate in %2, which has none. If the login fails with &quot;certificate signed by unknown authority&quot;: sudo mkdir -p %2 &amp;&amp; sudo cp %3 %2/ca.crt</source>
        <translation>Docker 不读取 registry.caFile：只有 %2 中有 CA 证书时，Docker 才会信任 %1，而该目录中没有证书。如果登录失败并提示 &quot;certificate signed by unknown authority&quot;，请执行：sudo mkdir -p %2 &amp;&amp; sudo cp %3 %2/ca.crt</translation>
    </message>
</context>
<context>
    <name>DceUpgrade::DockerLoadStep</name>
    <message numerus="yes">
        <source>docker load ended without an error, but %n image(s) of the package are not in Docker under their names: %1</source>
        <translation>
            <numerusform>docker load 运行结束且未报错，但离线包中有 %n 个镜像无法在 Docker 中按其名称找到：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the package (dce-upgrade inspect --verify) and Docker&apos;s free disk space (docker system df). An image the chart names by digest only cannot be loaded by name: use the built-in sync for such a package.</source>
        <translation>请检查离线包（dce-upgrade inspect --verify）以及 Docker 的可用磁盘空间（docker system df）。Chart 仅通过摘要引用的镜像无法按名称加载：此类离线包请改用内置同步。</translation>
    </message>
    <message numerus="yes">
        <source>All %n image(s) of the package are loaded into Docker.</source>
        <translation>
            <numerusform>离线包中的全部 %n 个镜像均已加载到 Docker。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DceUpgrade::DockerLoginStep</name>
    <message>
        <source>Logged in to %1 as %2. The login is kept in %3, readable only by you, and removed at the end of the run.</source>
        <translation>已以 %2 身份登录 %1。登录信息保存在 %3 中，仅您本人可读，运行结束时将被删除。</translation>
    </message>
    <message>
        <source>Docker keeps the password in its credential helper docker-credential-%1; docker logout removes it at the end of the run.</source>
        <translation>Docker 将密码保存在其凭据助手 docker-credential-%1 中；运行结束时 docker logout 会将其删除。</translation>
    </message>
</context>
<context>
    <name>DceUpgrade::DockerLogoutStep</name>
    <message>
        <source>No Docker login was made in this run.</source>
        <translation>本次运行未进行 Docker 登录。</translation>
    </message>
    <message>
        <source>docker logout did not succeed (%1); deleting the directory removes the login.</source>
        <translation>docker logout 未成功（%1）；删除该目录即可清除登录信息。</translation>
    </message>
    <message>
        <source>%1, which holds the Docker login, could not be deleted.</source>
        <translation>无法删除 %1，其中保存有 Docker 登录信息。</translation>
    </message>
    <message>
        <source>Delete it yourself: rm -rf %1</source>
        <translation>请手动删除：rm -rf %1</translation>
    </message>
    <message>
        <source>Deleted %1: no Docker login is left.</source>
        <translation>已删除 %1：不再保留任何 Docker 登录信息。</translation>
    </message>
</context>
<context>
    <name>DceUpgrade::DockerPushStep</name>
    <message>
        <source>%1 was pushed in an earlier run of this session (%2): skipped.</source>
        <translation>%1 已在本会话之前的运行中推送（%2）：跳过。</translation>
    </message>
    <message>
        <source>Pushed %1 (%2).</source>
        <translation>已推送 %1（%2）。</translation>
    </message>
    <message>
        <source>Could not push %1: %2</source>
        <translation>无法推送 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) could not be pushed: %1. The first error: %2</source>
        <translation>
            <numerusform>有 %n 个镜像无法推送：%1。第一个错误：%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) pushed.</source>
        <translation>
            <numerusform>已推送 %n 个镜像。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 pushed now, %2 in an earlier run.</source>
        <translation>本次推送镜像 %1 个，之前的运行中已推送 %2 个。</translation>
    </message>
</context>
<context>
    <name>DceUpgrade::DockerStep</name>
    <message>
        <source>The Docker configuration directory %1 cannot be made private.</source>
        <translation>无法将 Docker 配置目录 %1 设为私有（仅您本人可访问）。</translation>
    </message>
    <message>
        <source>Check that the session directory is on a writable disk that keeps Unix permissions.</source>
        <translation>请确认会话目录所在的磁盘可写，且支持 Unix 权限。</translation>
    </message>
    <message>
        <source>Docker is not installed on this host: the docker command was not found.</source>
        <translation>本机未安装 Docker：找不到 docker 命令。</translation>
    </message>
    <message>
        <source>Install Docker (docker-ce, or the distribution&apos;s docker.io package) and start it, or choose the built-in sync (sync.method: builtin), which needs no Docker.</source>
        <translation>请安装 Docker（docker-ce，或发行版自带的 docker.io 软件包）并启动它，或改用不需要 Docker 的内置同步（sync.method: builtin）。</translation>
    </message>
    <message>
        <source>then run again: images already pushed are not pushed again (--resume).</source>
        <translation>然后重新运行：已推送的镜像不会重复推送（--resume）。</translation>
    </message>
    <message>
        <source>Docker is not running on this host: %1</source>
        <translation>本机的 Docker 未运行：%1</translation>
    </message>
    <message>
        <source>Start it with &quot;sudo systemctl start docker&quot; (and &quot;sudo systemctl enable docker&quot; so that it starts at boot), then run again.</source>
        <translation>请使用 &quot;sudo systemctl start docker&quot; 启动 Docker（并执行 &quot;sudo systemctl enable docker&quot;，使其开机自动启动），然后重新运行。</translation>
    </message>
    <message>
        <source>The user %1 may not use Docker on this host: %2</source>
        <translation>用户 %1 无权在本机使用 Docker：%2</translation>
    </message>
    <message>
        <source>Add the user to the docker group (&quot;sudo usermod -aG docker %1&quot;), log out and in again (or run &quot;newgrp docker&quot;), then run again.</source>
        <translation>请将该用户加入 docker 组（&quot;sudo usermod -aG docker %1&quot;），注销后重新登录（或运行 &quot;newgrp docker&quot;），然后重新运行。</translation>
    </message>
    <message>
        <source>The registry %1 refused the login of %2: %3</source>
        <translation>镜像仓库 %1 拒绝了 %2 的登录：%3</translation>
    </message>
    <message>
        <source>Check the user name and password (robot accounts are written robot$name), then run again.</source>
        <translation>请检查用户名和密码（机器人账户的写法为 robot$name），然后重新运行。</translation>
    </message>
    <message>
        <source>%1 may not push %2: %3</source>
        <translation>%1 无权推送 %2：%3</translation>
    </message>
    <message>
        <source>Anonymous access</source>
        <translation>匿名用户</translation>
    </message>
    <message>
        <source>Give the account push rights on the project %1 (a Harbor robot account needs &quot;push repository&quot;), or use another account.</source>
        <translation>请为该账户授予项目 %1 的推送权限（Harbor 机器人账户需要“推送仓库”权限），或改用其他账户。</translation>
    </message>
    <message>
        <source>Docker sent no credentials to %1: %2</source>
        <translation>Docker 未向 %1 发送任何凭据：%2</translation>
    </message>
    <message>
        <source>The registry needs a login: set registry.username in the plan (the password is asked for when the run starts).</source>
        <translation>该镜像仓库需要登录：请在升级计划中设置 registry.username（运行开始时会询问密码）。</translation>
    </message>
    <message>
        <source>Docker cannot reach the registry %1: %2</source>
        <translation>Docker 无法连接镜像仓库 %1：%2</translation>
    </message>
    <message>
        <source>Check the address and port, that the registry runs, and the proxy settings of the Docker service (HTTP_PROXY, NO_PROXY).</source>
        <translation>请检查地址和端口、镜像仓库是否在运行，以及 Docker 服务的代理设置（HTTP_PROXY、NO_PROXY）。</translation>
    </message>
    <message>
        <source>Docker does not trust the TLS certificate of %1: %2</source>
        <translation>Docker 不信任 %1 的 TLS 证书：%2</translation>
    </message>
    <message>
        <source>Docker reads the CA of a registry from %1 on this host: copy the registry&apos;s CA certificate there, then run again.</source>
        <translation>Docker 从本机的 %1 读取镜像仓库的 CA 证书：请将镜像仓库的 CA 证书复制到该位置，然后重新运行。</translation>
    </message>
    <message>
        <source>Docker spoke HTTPS to %1, which answers plain HTTP: %2</source>
        <translation>Docker 使用 HTTPS 访问 %1，但该镜像仓库只提供明文 HTTP：%2</translation>
    </message>
    <message>
        <source>Add &quot;%1&quot; to &quot;insecure-registries&quot; in /etc/docker/daemon.json, restart Docker (&quot;sudo systemctl restart docker&quot;), then run again.</source>
        <translation>请将 &quot;%1&quot; 添加到 /etc/docker/daemon.json 的 &quot;insecure-registries&quot; 中，重启 Docker（&quot;sudo systemctl restart docker&quot;），然后重新运行。</translation>
    </message>
    <message>
        <source>The registry %1 lost an upload of %2 (it restarted, or its storage is full): %3</source>
        <translation>镜像仓库 %1 丢失了 %2 的上传（镜像仓库已重启，或其存储空间已满）：%3</translation>
    </message>
    <message>
        <source>Check the free space of the registry&apos;s storage, %1</source>
        <translation>请检查镜像仓库存储的剩余空间，%1</translation>
    </message>
    <message>
        <source>The registry %1 failed to store %2: %3</source>
        <translation>镜像仓库 %1 无法存储 %2：%3</translation>
    </message>
    <message>
        <source>See the registry&apos;s log; a full disk is the usual cause. Free space, %1</source>
        <translation>请查看镜像仓库的日志；最常见的原因是磁盘已满。请释放空间，%1</translation>
    </message>
    <message>
        <source>The image is not in Docker: %1</source>
        <translation>Docker 中没有该镜像：%1</translation>
    </message>
    <message>
        <source>The images loaded earlier are gone from Docker (docker image prune, a restart with another data directory). Start a new run (not --resume) so that they are loaded again.</source>
        <translation>之前加载的镜像已不在 Docker 中（例如执行过 docker image prune，或 Docker 重启后使用了其他数据目录）。请开始一次新的运行（不要使用 --resume），以重新加载这些镜像。</translation>
    </message>
    <message>
        <source>docker %1 failed (exit code %2): %3</source>
        <translation>docker %1 执行失败（退出码 %2）：%3</translation>
    </message>
    <message>
        <source>See the step&apos;s log in the session directory; fix the cause and run again.</source>
        <translation>请查看会话目录中该步骤的日志，排除问题后重新运行。</translation>
    </message>
    <message>
        <source>Docker does not read registry.caFile: copy it to %3 (&quot;sudo mkdir -p %1 &amp;&amp; sudo cp %2 %3&quot;), then run again.</source>
        <translation>Docker 不读取 registry.caFile：请将其复制到 %3（&quot;sudo mkdir -p %1 &amp;&amp; sudo cp %2 %3&quot;），然后重新运行。</translation>
    </message>
</context>
<context>
    <name>DceUpgrade::Engine</name>
    <message>
        <source>Done in an earlier run of this session.</source>
        <translation>已在本会话之前的运行中完成。</translation>
    </message>
</context>
<context>
    <name>DceUpgrade::FileRange</name>
    <message>
        <source>not a regular file</source>
        <translation>不是普通文件</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Check the path and that you may read the file.</source>
        <translation>请检查路径是否正确，以及您是否有权限读取该文件。</translation>
    </message>
    <message>
        <source>%1 is truncated: a member needs bytes %2 to %3 but the archive ends at %4.</source>
        <translation>%1 已被截断：某个条目位于第 %2 至 %3 字节，但归档文件在第 %4 字节处就已结束。</translation>
    </message>
    <message>
        <source>The download is incomplete or damaged. Download the package again and compare its checksum.</source>
        <translation>下载的文件不完整或已损坏。请重新下载离线包并核对校验和。</translation>
    </message>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation>读取 %1 失败：%2</translation>
    </message>
    <message>
        <source>Check the disk or the network share the package is on.</source>
        <translation>请检查离线包所在的磁盘或网络共享。</translation>
    </message>
    <message>
        <source>%1 is %2 bytes, more than the %3 bytes such a file may have.</source>
        <translation>%1 的大小为 %2 字节，超过了此类文件的上限（%3 字节）。</translation>
    </message>
    <message>
        <source>The package is damaged or was not made by charts-syncer.</source>
        <translation>离线包已损坏，或不是由 charts-syncer 生成的。</translation>
    </message>
    <message>
        <source>%1 is shorter than its recorded size.</source>
        <translation>%1 比记录的大小短，文件不完整。</translation>
    </message>
</context>
<context>
    <name>DceUpgrade::FileRangeCopier</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Check the free space of the disk where the session is kept.</source>
        <translation>请检查存放会话的磁盘的剩余空间。</translation>
    </message>
    <message>
        <source>the package ends too early</source>
        <translation>离线包提前结束</translation>
    </message>
</context>
<context>
    <name>DceUpgrade::HarborApi</name>
    <message>
        <source>the Harbor API</source>
        <translation>Harbor 的 API</translation>
    </message>
    <message>
        <source>The project %1 does not exist in the Harbor at %2.</source>
        <translation>Harbor（%2）中不存在项目 %1。</translation>
    </message>
    <message>
        <source>Create the project in Harbor (Projects, New Project), or let dce-upgrade create it, then run again.</source>
        <translation>请在 Harbor 中创建该项目（“项目” &gt; “新建项目”），或让 dce-upgrade 创建它，然后重新运行。</translation>
    </message>
    <message>
        <source>The Harbor at %1 has no chart repository for the project %2: Harbor 2.8 and later have none (ChartMuseum was removed), and older versions only when installed with ChartMuseum.</source>
        <translation>Harbor（%1）中的项目 %2 没有 Helm 仓库：Harbor 2.8 及更高版本已移除 ChartMuseum，不再提供 Helm 仓库；更早的版本也只有在安装时启用了 ChartMuseum 才提供。</translation>
    </message>
    <message>
        <source>Publish the chart as an OCI artifact instead (sync.chartTarget: oci, the chart goes to oci://%1/%2), or upload it to another chart repository.</source>
        <translation>请改为将 Chart 作为 OCI 制品发布（sync.chartTarget: oci，Chart 将推送到 oci://%1/%2），或将其上传到其他 Helm 仓库。</translation>
    </message>
    <message>
        <source>The Harbor at %1 does not let anonymous users %2: %3</source>
        <translation>Harbor（%1）不允许匿名用户%2：%3</translation>
    </message>
    <message>
        <source>Give a Harbor user name and password in the plan and at the password prompt.</source>
        <translation>请在升级计划中填写 Harbor 用户名，并在提示输入密码时输入该用户的密码。</translation>
    </message>
    <message>
        <source>The Harbor at %1 did not accept the user %2 (to %3): %4</source>
        <translation>Harbor（%1）拒绝了用户 %2 的请求（%3）：%4</translation>
    </message>
    <message>
        <source>Check the user name and password. Robot accounts are written with their prefix (robot$name) and use their secret as the password.</source>
        <translation>请检查用户名和密码。机器人账户须带前缀填写（robot$name），密码为其 Secret（令牌）。</translation>
    </message>
    <message>
        <source>The user %1 may not %2 in the Harbor at %3: %4</source>
        <translation>用户 %1 无权在 Harbor（%3）中%2：%4</translation>
    </message>
    <message>
        <source>(anonymous)</source>
        <translation>（匿名）</translation>
    </message>
    <message>
        <source>Give the account the needed rights in Harbor, or use another account.</source>
        <translation>请在 Harbor 中为该账户授予所需权限，或改用其他账户。</translation>
    </message>
    <message>
        <source>Check that the project %1 exists: Harbor answers this way for a missing project too, unless the account is a system administrator. Otherwise give the account a role with the needed rights on the project (Developer or higher uploads charts; only a system administrator or a system-level robot account creates projects), or use another account.</source>
        <translation>请确认项目 %1 存在：除非账户是系统管理员，否则项目不存在时 Harbor 也会这样答复。如果项目存在，请在该项目中为账户分配具备所需权限的角色（上传 Chart 需要“开发者”或更高角色；只有系统管理员或系统级机器人账户才能创建项目），或改用其他账户。</translation>
    </message>
    <message>
        <source>The Harbor at %1 is busy or restarting (%2).</source>
        <translation>Harbor（%1）繁忙或正在重启（%2）。</translation>
    </message>
    <message>
        <source>Run again in a moment.</source>
        <translation>请稍后重新运行。</translation>
    </message>
    <message>
        <source>The Harbor at %1 could not %2: %3</source>
        <translation>Harbor（%1）未能%2：%3</translation>
    </message>
    <message>
        <source>See the Harbor core log for the reason.</source>
        <translation>请查看 Harbor core 组件的日志了解原因。</translation>
    </message>
    <message>
        <source>look up the project %1</source>
        <translation>查询项目 %1</translation>
    </message>
    <message>
        <source>create the project %1</source>
        <translation>创建项目 %1</translation>
    </message>
    <message>
        <source>read the chart repository of the project %1</source>
        <translation>读取项目 %1 的 Helm 仓库</translation>
    </message>
    <message>
        <source>%1 is not a Helm repository index.</source>
        <translation>%1 不是 Helm 仓库索引。</translation>
    </message>
    <message>
        <source>Check that the address points to Harbor&apos;s chart repository.</source>
        <translation>请确认该地址指向 Harbor 的 Helm 仓库。</translation>
    </message>
    <message>
        <source>Cannot read the chart package %1: %2</source>
        <translation>无法读取 Chart 包 %1：%2</translation>
    </message>
    <message>
        <source>Check that the file exists and is readable.</source>
        <translation>请确认该文件存在且可读。</translation>
    </message>
    <message>
        <source>upload %1 to the project %2</source>
        <translation>将 %1 上传到项目 %2</translation>
    </message>
</context>
<context>
    <name>DceUpgrade::HelmCheckStep</name>
    <message>
        <source>helm printed %1 in a form this version does not understand.</source>
        <translation>无法解析 helm 输出的%1：当前版本无法识别其格式。</translation>
    </message>
    <message>
        <source>See the step&apos;s log; report it together with `helm version`.</source>
        <translation>请查看该步骤的日志，并将其连同 `helm version` 的输出一起反馈。</translation>
    </message>
    <message>
        <source>its version</source>
        <translation>版本信息</translation>
    </message>
    <message>
        <source>helm %1</source>
        <translation>helm %1</translation>
    </message>
    <message>
        <source>The plan was made for helm %1, but helm %2 answers now.</source>
        <translation>升级计划是按 helm %1 生成的，但当前检测到的是 helm %2。</translation>
    </message>
    <message>
        <source>Start a new run so the commands are made for the helm that is installed.</source>
        <translation>请重新开始一次运行，以便按已安装的 helm 生成命令。</translation>
    </message>
    <message>
        <source>Release %1 is not installed in namespace %2 of %3.</source>
        <translation>%3（命名空间 %2）中没有安装 Release %1。</translation>
    </message>
    <message>
        <source>The cluster of %1 cannot be reached: %2</source>
        <translation>无法连接 %1 所在的集群：%2</translation>
    </message>
    <message>
        <source>Check the kubeconfig and context in the plan and that this host can reach the API server.</source>
        <translation>请检查升级计划中的 kubeconfig 和 context，并确认本机可以访问 API Server。</translation>
    </message>
    <message>
        <source>the status of %1</source>
        <translation>状态（%1）</translation>
    </message>
    <message>
        <source>the history of %1</source>
        <translation>历史记录（%1）</translation>
    </message>
    <message>
        <source>%1: revision %2, chart %3, %4</source>
        <translation>%1：修订版本 %2，Chart %3，%4</translation>
    </message>
    <message>
        <source>No earlier deployed revision exists: ask the cluster administrator to remove the pending release secret of %1 in %2.</source>
        <translation>不存在更早的已部署修订版本：请联系集群管理员删除命名空间 %2 中 %1 处于 pending 状态的 Release Secret。</translation>
    </message>
    <message>
        <source>Release %1 is %2 at revision %3: an earlier helm operation was interrupted and holds the release.</source>
        <translation>Release %1 的修订版本 %3 处于 %2 状态：之前的某次 helm 操作被中断，该 Release 仍被锁定。</translation>
    </message>
    <message>
        <source>%1 runs chart version %2; the plan installs the older %3.</source>
        <translation>%1 当前运行的 Chart 版本为 %2，而升级计划要安装的是更旧的 %3。</translation>
    </message>
    <message>
        <source>Check the version in the plan. To downgrade on purpose, run again with --allow-downgrade.</source>
        <translation>请检查升级计划中的版本。如确需降级，请加上 --allow-downgrade 重新运行。</translation>
    </message>
    <message>
        <source>%1 is %2, not deployed: the upgrade will replace that revision.</source>
        <translation>%1 处于 %2 状态，而不是 deployed：升级将替换该修订版本。</translation>
    </message>
    <message>
        <source>Only %1 are free where the session is kept (%2).</source>
        <translation>会话目录（%2）所在磁盘仅剩 %1 可用空间。</translation>
    </message>
    <message>
        <source>Free at least %1 there, or set XDG_STATE_HOME to a disk with room.</source>
        <translation>请在该磁盘上至少释放 %1，或将 XDG_STATE_HOME 指向空间充足的磁盘。</translation>
    </message>
    <message>
        <source>Rolling %1 back to revision %2 to end the interrupted operation (--recover-pending).</source>
        <translation>正在将 %1 回滚到修订版本 %2，以结束被中断的操作（--recover-pending）。</translation>
    </message>
    <message>
        <source>Run again with --recover-pending to roll it back to revision %1, the last one that was deployed (helm allows this while an operation is pending), or do it yourself: helm rollback %2 %1 -n %3.</source>
        <translation>请加上 --recover-pending 重新运行，将其回滚到最后一个已部署的修订版本 %1（操作处于 pending 状态时，helm 允许回滚）；也可以手动执行：helm rollback %2 %1 -n %3。</translation>
    </message>
    <message>
        <source>Check the release name, the namespace and the kube context in the plan (`helm list -A` shows what is installed). This tool upgrades; it does not install.</source>
        <translation>请检查升级计划中的 Release 名称、命名空间和 kubeconfig 上下文（`helm list -A` 可列出已安装的内容）。本工具只做升级，不做安装。</translation>
    </message>
    <message>
        <source>helm %1 cannot install charts from an OCI registry (oci://): that needs helm 3.8 or later.</source>
        <translation>helm %1 无法从 OCI 镜像仓库（oci://）安装 Chart：需要 helm 3.8 或更高版本。</translation>
    </message>
    <message>
        <source>Install helm 3.8 or later (3.18 or 4 recommended), or upgrade from a helm repository (https://) or from the chart in the package (upgrade.method: chart-package).</source>
        <translation>请安装 helm 3.8 或更高版本（推荐 3.18 或 4），或改为从 Helm 仓库（https://）升级，或使用离线包中的 Chart 升级（upgrade.method: chart-package）。</translation>
    </message>
    <message>
        <source>Version note: %1</source>
        <translation>版本说明：%1</translation>
    </message>
</context>
<context>
    <name>DceUpgrade::HelmCommands</name>
    <message>
        <source>helm %1 cannot read a repository password from standard input (that needs helm 3.7 or later), and a password on the command line would be visible to every user of this machine.</source>
        <translation>helm %1 无法从标准输入读取仓库密码（需要 helm 3.7 或更高版本），而在命令行中传递密码会让本机所有用户都能看到。</translation>
    </message>
    <message>
        <source>Install helm 3.7 or later, or allow anonymous pulls from the chart repository.</source>
        <translation>请安装 helm 3.7 或更高版本，或允许匿名从该 Helm 仓库拉取。</translation>
    </message>
    <message>
        <source>helm %1 cannot %2 (that needs helm %3 or later).</source>
        <translation>helm %1 无法%2（需要 helm %3 或更高版本）。</translation>
    </message>
    <message>
        <source>Install helm %1 or later (helm 3.18 or 4 recommended), or upgrade from a helm repository (https://) or from the chart in the package (upgrade.method: chart-package).</source>
        <translation>请安装 helm %1 或更高版本（推荐 helm 3.18 或 4），或改为从 Helm 仓库（https://）升级，或使用离线包中的 Chart 升级（upgrade.method: chart-package）。</translation>
    </message>
    <message>
        <source>install charts from an OCI registry (oci://)</source>
        <translation>从 OCI 镜像仓库（oci://）安装 Chart</translation>
    </message>
    <message>
        <source>trust a CA file or skip TLS verification for an OCI registry</source>
        <translation>为 OCI 镜像仓库信任 CA 文件或跳过 TLS 校验</translation>
    </message>
    <message>
        <source>log in to an OCI registry over plain http</source>
        <translation>通过明文 http 登录 OCI 镜像仓库</translation>
    </message>
</context>
<context>
    <name>DceUpgrade::HelmRegistryLogoutStep</name>
    <message>
        <source>No registry login was made in this run.</source>
        <translation>本次运行没有登录过镜像仓库。</translation>
    </message>
    <message>
        <source>helm registry logout did not succeed (%1); deleting the file removes the login.</source>
        <translation>helm registry logout 未成功（%1）；删除该文件即可清除登录信息。</translation>
    </message>
    <message>
        <source>%1, which holds the registry login, could not be deleted.</source>
        <translation>无法删除保存镜像仓库登录信息的 %1。</translation>
    </message>
    <message>
        <source>Delete it yourself: rm -f %1</source>
        <translation>请手动删除：rm -f %1</translation>
    </message>
    <message>
        <source>Deleted %1: no registry login is left.</source>
        <translation>已删除 %1：不再保留任何镜像仓库登录信息。</translation>
    </message>
</context>
<context>
    <name>DceUpgrade::HelmRepoStep</name>
    <message>
        <source>The chart repository refused the user name or password: %1</source>
        <translation>Helm 仓库拒绝了该用户名或密码：%1</translation>
    </message>
    <message>
        <source>Check the user (robot accounts look like robot$name) and the password, and that the account may read the project.</source>
        <translation>请检查用户名（机器人账户形如 robot$name）和密码，并确认该账户有权读取该项目。</translation>
    </message>
</context>
<context>
    <name>DceUpgrade::HelmRollbackStep</name>
    <message>
        <source>%1 is still at revision %2 (%3): its upgrade never changed it, so there is nothing to roll back.</source>
        <translation>%1 仍处于修订版本 %2（%3）：升级从未改动它，因此无需回滚。</translation>
    </message>
</context>
<context>
    <name>DceUpgrade::HelmUpgradeStep</name>
    <message>
        <source>Your values backup is %1. To return to revision %2, run: dce-upgrade rollback --session %3</source>
        <translation>values 备份位于 %1。如需回到修订版本 %2，请运行：dce-upgrade rollback --session %3</translation>
    </message>
    <message>
        <source>The upgrade of %1 failed and helm rolled it back: %2</source>
        <translation>%1 升级失败，helm 已将其回滚：%2</translation>
    </message>
    <message>
        <source>The upgrade of %1 failed: %2</source>
        <translation>%1 升级失败：%2</translation>
    </message>
    <message>
        <source>The release runs its previous revision again. Fix the cause shown above (see the step log), then run again; your values backup is %1.</source>
        <translation>Release 已恢复运行之前的修订版本。请根据上面显示的原因（参见该步骤的日志）排除问题后重新运行；您的 values 备份位于 %1。</translation>
    </message>
</context>
<context>
    <name>DceUpgrade::HelmVersionsStep</name>
    <message>
        <source>the search result</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <source>The repository offers no chart named %1.</source>
        <translation>仓库中没有名为 %1 的 Chart。</translation>
    </message>
    <message>
        <source>The repository offers %1 in versions %2, but not %3.</source>
        <translation>仓库中 %1 的可用版本为 %2，其中没有 %3。</translation>
    </message>
    <message>
        <source>Publish the chart of the package first (the sync step does), or choose one of the versions offered.</source>
        <translation>请先发布离线包中的 Chart（同步步骤会完成这一操作），或改用仓库中已有的某个版本。</translation>
    </message>
    <message>
        <source>%1 %2 is in the repository.</source>
        <translation>仓库中已有 %1 %2。</translation>
    </message>
    <message>
        <source>%1 %2 is in the registry.</source>
        <translation>镜像仓库中已有 %1 %2。</translation>
    </message>
    <message>
        <source>The registry holds no version %2 of %1 (helm looked for the tag %3).</source>
        <translation>镜像仓库中没有 %1 的 %2 版本（helm 查找的标签为 %3）。</translation>
    </message>
    <message>
        <source>Publish the chart of the package first (the built-in sync does, with sync.chartTarget: oci), check the project in the address, or choose a version the registry holds.</source>
        <translation>请先发布离线包中的 Chart（内置同步在 sync.chartTarget: oci 时会完成这一操作），检查地址中的项目，或改用镜像仓库中已有的版本。</translation>
    </message>
</context>
<context>
    <name>DceUpgrade::ImageArchive</name>
    <message>
        <source>%1 has neither manifest.json nor oci-layout, so it is not an image archive.</source>
        <translation>%1 中既没有 manifest.json 也没有 oci-layout，不是镜像归档文件。</translation>
    </message>
    <message>
        <source>The package is damaged or was not made by charts-syncer. Download it again.</source>
        <translation>离线包已损坏，或不是由 charts-syncer 生成的。请重新下载。</translation>
    </message>
    <message>
        <source>%1 (%2) does not match its digest: expected %3 (%4 bytes), found %5 (%6 bytes).</source>
        <translation>%1（%2）与其摘要不符：应为 %3（%4 字节），实际为 %5（%6 字节）。</translation>
    </message>
    <message>
        <source>The package is damaged. Download it again and compare its checksum.</source>
        <translation>离线包已损坏。请重新下载并核对校验和。</translation>
    </message>
    <message>
        <source>image config</source>
        <translation>镜像配置</translation>
    </message>
    <message>
        <source>%1 is not a valid image config (%2).</source>
        <translation>%1 不是有效的镜像配置（%2）。</translation>
    </message>
    <message>
        <source>The package is damaged. Download it again.</source>
        <translation>离线包已损坏，请重新下载。</translation>
    </message>
    <message>
        <source>%1 lists %2 layers but the image has %3.</source>
        <translation>%1 列出了 %2 个镜像层，但镜像实际有 %3 个。</translation>
    </message>
    <message>
        <source>%1 is not a JSON list of images (%2).</source>
        <translation>%1 不是 JSON 格式的镜像列表（%2）。</translation>
    </message>
    <message>
        <source>%1: the image %2 has foreign (non-distributable) layers, which offline upgrades do not support.</source>
        <translation>%1：镜像 %2 含有外部（不可分发的）镜像层，离线升级不支持此类镜像层。</translation>
    </message>
    <message>
        <source>Ask DaoCloud for a package without Windows or foreign layers.</source>
        <translation>请向 DaoCloud 索取不含 Windows 镜像层或外部镜像层的离线包。</translation>
    </message>
    <message>
        <source>%1: the first layer is compressed but %2 is not; charts-syncer would push it with a wrong media type.</source>
        <translation>%1：第一个镜像层是压缩的，但 %2 未压缩；charts-syncer 会以错误的媒体类型（media type）推送它。</translation>
    </message>
    <message>
        <source>%1 is not a valid OCI index (%2).</source>
        <translation>%1 不是有效的 OCI 索引（%2）。</translation>
    </message>
    <message>
        <source>%1 refers to &quot;%2&quot;, which is not a sha256 digest.</source>
        <translation>%1 引用了 &quot;%2&quot;，但它不是 sha256 摘要。</translation>
    </message>
    <message>
        <source>manifest</source>
        <translation>manifest</translation>
    </message>
    <message>
        <source>%1 lists a layer with the invalid digest &quot;%2&quot;.</source>
        <translation>%1 中列出的一个镜像层的摘要 &quot;%2&quot; 无效。</translation>
    </message>
    <message>
        <source>%1 is %2 bytes but its manifest says %3.</source>
        <translation>%1 的大小为 %2 字节，但 manifest 中记录为 %3 字节。</translation>
    </message>
    <message>
        <source>%1 has no valid config digest.</source>
        <translation>%1 中没有有效的镜像配置摘要。</translation>
    </message>
    <message>
        <source>%1 does not match its digest: expected %2, found %3.</source>
        <translation>%1 与其摘要不符：应为 %2，实际为 %3。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 中的 %2</translation>
    </message>
    <message>
        <source>%1 gives a blob size that is not a whole number of bytes.</source>
        <translation>%1 给出的 blob 大小不是有效的字节数。</translation>
    </message>
</context>
<context>
    <name>DceUpgrade::ImageHint</name>
    <message>
        <source>The image hint &quot;%1&quot; cannot be used: %2</source>
        <translation>无法使用镜像模板 &quot;%1&quot;：%2</translation>
    </message>
    <message>
        <source>hints.yaml in the package is damaged. Download the package again.</source>
        <translation>离线包中的 hints.yaml 已损坏。请重新下载离线包。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a plain value path like {{ .image.tag }}</source>
        <translation>&quot;%1&quot; 不是 {{ .image.tag }} 这样的简单值路径</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an empty key</source>
        <translation>&quot;%1&quot; 中有空的键名</translation>
    </message>
    <message>
        <source>it has more than one tag or digest placeholder</source>
        <translation>其中 tag 或摘要的占位符不止一个</translation>
    </message>
    <message>
        <source>it needs one or two placeholders for the registry and repository, but has %1</source>
        <translation>镜像仓库地址和仓库名应由一个或两个占位符给出，但实际有 %1 个</translation>
    </message>
    <message>
        <source>hints.yaml must be a list of image patterns.</source>
        <translation>hints.yaml 必须是镜像模板列表。</translation>
    </message>
    <message>
        <source>The package is damaged or was not made by charts-syncer. Download it again.</source>
        <translation>离线包已损坏，或不是由 charts-syncer 生成的。请重新下载。</translation>
    </message>
    <message>
        <source>every entry must be a string such as &quot;{{ .image.repository }}:{{ .image.tag }}&quot;.</source>
        <translation>每个条目都必须是字符串，例如 &quot;{{ .image.repository }}:{{ .image.tag }}&quot;。</translation>
    </message>
    <message>
        <source>The image hint &quot;%1&quot; needs the value %2, which the chart&apos;s values.yaml does not set (or sets to a list or map).</source>
        <translation>镜像模板 &quot;%1&quot; 需要值 %2，但 Chart 的 values.yaml 中没有设置该值（或将其设为了列表或映射）。</translation>
    </message>
    <message>
        <source>The package is damaged or its hints do not match its chart. Ask DaoCloud for a corrected package.</source>
        <translation>离线包已损坏，或其 hints.yaml 与 Chart 不匹配。请向 DaoCloud 索取修正后的离线包。</translation>
    </message>
</context>
<context>
    <name>DceUpgrade::ImagePusher</name>
    <message>
        <source>%1 stores its layers uncompressed, so it cannot be pushed as charts-syncer would push it.</source>
        <translation>%1 的镜像层以未压缩形式存储，无法按 charts-syncer 的方式推送。</translation>
    </message>
    <message>
        <source>Use the offline package published by DaoCloud, whose layers are compressed.</source>
        <translation>请使用 DaoCloud 发布的离线包，其镜像层是压缩的。</translation>
    </message>
    <message>
        <source>The push was canceled.</source>
        <translation>推送已取消。</translation>
    </message>
    <message>
        <source>Run again: what was pushed stays and is not sent again.</source>
        <translation>请重新运行：已推送的内容会保留，不会重复发送。</translation>
    </message>
    <message>
        <source>%1; trying again in %2 s.</source>
        <translation>%1；%2 秒后重试。</translation>
    </message>
    <message>
        <source>%1 already exists with another digest (%2, the package has %3); it is left as it is, as charts-syncer does.</source>
        <translation>%1 已存在，但摘要不同（镜像仓库中为 %2，离线包中为 %3）；与 charts-syncer 一样，保持原样不覆盖。</translation>
    </message>
    <message>
        <source>The registry stored %1 as %2, not %3.</source>
        <translation>镜像仓库将 %1 存储为 %2，而不是 %3。</translation>
    </message>
    <message>
        <source>The registry changes what it receives; push to another registry or report it.</source>
        <translation>镜像仓库改动了收到的内容；请推送到其他镜像仓库，或报告此问题。</translation>
    </message>
    <message>
        <source>Pushed %1.</source>
        <translation>已推送 %1。</translation>
    </message>
    <message>
        <source>Layers of %1:%2 are in the registry (%3 of %4 images).</source>
        <translation>%1:%2 的镜像层已全部在镜像仓库中（镜像进度 %3/%4）。</translation>
    </message>
</context>
<context>
    <name>DceUpgrade::ImageReference</name>
    <message>
        <source>&quot;%1&quot; is not a valid image reference: %2</source>
        <translation>&quot;%1&quot; 不是有效的镜像地址：%2</translation>
    </message>
    <message>
        <source>Check the image values of the chart (values.yaml) and hints.yaml.</source>
        <translation>请检查 Chart 中与镜像相关的值（values.yaml）以及 hints.yaml。</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>内容为空</translation>
    </message>
    <message>
        <source>it contains white space</source>
        <translation>其中包含空白字符</translation>
    </message>
    <message>
        <source>the digest &quot;%1&quot; is not sha256 followed by 64 hexadecimal digits</source>
        <translation>摘要 &quot;%1&quot; 不是 &quot;sha256:&quot; 加 64 位十六进制数字的格式</translation>
    </message>
    <message>
        <source>the tag &quot;%1&quot; is not valid</source>
        <translation>tag &quot;%1&quot; 无效</translation>
    </message>
    <message>
        <source>the registry &quot;%1&quot; is not a host name or address</source>
        <translation>镜像仓库 &quot;%1&quot; 不是有效的主机名或地址</translation>
    </message>
    <message>
        <source>the repository &quot;%1&quot; may only contain lower-case letters, digits and the separators . _ - /</source>
        <translation>仓库名 &quot;%1&quot; 只能包含小写字母、数字和分隔符 . _ - /</translation>
    </message>
</context>
<context>
    <name>DceUpgrade::ImagesCheckStep</name>
    <message>
        <source>helm template printed something that is not YAML.</source>
        <translation>helm template 输出的内容不是 YAML。</translation>
    </message>
    <message>
        <source>Run the command of this step by hand to see what the chart renders.</source>
        <translation>请手动运行此步骤的命令，查看 Chart 渲染出的内容。</translation>
    </message>
    <message>
        <source>Not in %1, so not checked (the nodes must reach their registry): %2</source>
        <translation>以下镜像不在 %1 中，因此未检查（节点必须能访问它们所在的镜像仓库）：%2</translation>
    </message>
    <message numerus="yes">
        <source>All %n image(s) the upgrade uses are in the registry.</source>
        <translation>
            <numerusform>升级所用的 %n 个镜像均已在镜像仓库中。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) the upgrade would use are not in the registry: %1</source>
        <translation>
            <numerusform>升级所需的镜像中有 %n 个不在镜像仓库中：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Push them first: run the sync of the plan (sync.method builtin, or &quot;dce-upgrade push&quot; with the package), or check that upgrade.imageRegistry and the relocation rules point where the images were pushed. Nothing was changed in the cluster.</source>
        <translation>请先推送这些镜像：执行升级计划中的同步（sync.method 设为 builtin，或对该离线包运行 &quot;dce-upgrade push&quot;）；或检查 upgrade.imageRegistry 和重定位规则是否指向镜像实际推送到的位置。集群未做任何更改。</translation>
    </message>
</context>
<context>
    <name>DceUpgrade::ImagesPushStep</name>
    <message>
        <source>%1 images pushed, %2 already there; %3 layers uploaded, %4 already there, %5 mounted.</source>
        <translation>推送镜像 %1 个，已存在 %2 个；上传镜像层 %3 个，已存在 %4 个，挂载 %5 个。</translation>
    </message>
</context>
<context>
    <name>DceUpgrade::Kubeconfig</name>
    <message>
        <source>%1 is not a kubeconfig: it holds no mapping of clusters, users and contexts.</source>
        <translation>%1 不是 kubeconfig 文件：其中没有包含 clusters、users 和 contexts 的映射。</translation>
    </message>
    <message>
        <source>Choose the kubeconfig file of the cluster (usually ~/.kube/config, or the one downloaded from the container management page).</source>
        <translation>请选择集群的 kubeconfig 文件（通常为 ~/.kube/config，或从“容器管理”页面下载的文件）。</translation>
    </message>
    <message>
        <source>Cannot read the kubeconfig %1: %2.</source>
        <translation>无法读取 kubeconfig %1：%2。</translation>
    </message>
    <message>
        <source>Choose the kubeconfig file of the cluster, or copy it to ~/.kube/config.</source>
        <translation>请选择集群的 kubeconfig 文件，或将其复制到 ~/.kube/config。</translation>
    </message>
    <message>
        <source>%1 is %2 MiB: too large for a kubeconfig.</source>
        <translation>%1 大小为 %2 MiB，作为 kubeconfig 文件过大。</translation>
    </message>
    <message>
        <source>Choose the kubeconfig file of the cluster.</source>
        <translation>请选择集群的 kubeconfig 文件。</translation>
    </message>
    <message>
        <source>None of the kubeconfig files in KUBECONFIG exists: %1</source>
        <translation>KUBECONFIG 中列出的 kubeconfig 文件均不存在：%1</translation>
    </message>
</context>
<context>
    <name>DceUpgrade::ModuleProfile</name>
    <message>
        <source>a module profile needs an id and a list of releases.</source>
        <translation>模块配置必须包含 id 和 Release 列表（releases）。</translation>
    </message>
    <message>
        <source>scope must be &quot;management&quot; or &quot;worker&quot;, not &quot;%1&quot;.</source>
        <translation>scope 必须是 &quot;management&quot; 或 &quot;worker&quot;，而不是 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>every release needs chart, release and namespace.</source>
        <translation>每个 Release 都必须设置 chart、release 和 namespace。</translation>
    </message>
    <message>
        <source>There is no module &quot;%1&quot;. Known modules: %2.</source>
        <translation>不存在模块 &quot;%1&quot;。已知模块：%2。</translation>
    </message>
    <message>
        <source>Check the module name in the plan.</source>
        <translation>请检查升级计划中的模块名称（module）。</translation>
    </message>
    <message>
        <source>Correct the module profile; the built-in ones come with the program.</source>
        <translation>请修正模块配置文件；内置的模块配置随程序提供。</translation>
    </message>
    <message>
        <source>notes must be a list.</source>
        <translation>notes 必须是列表。</translation>
    </message>
    <message>
        <source>every note needs from, to, en and zh_CN.</source>
        <translation>每条 note 都必须包含 from、to、en 和 zh_CN。</translation>
    </message>
    <message>
        <source>unsupported needs the reason in en and zh_CN.</source>
        <translation>unsupported 必须用 en 和 zh_CN 写明原因。</translation>
    </message>
    <message>
        <source>%1 (%2) is recognised, but this version does not upgrade it yet: %3</source>
        <translation>已识别出%1（%2），但此版本尚不支持升级该模块：%3</translation>
    </message>
    <message>
        <source>Follow the module&apos;s documented procedure (DaoCloud docs: %1).</source>
        <translation>请按该模块文档中的步骤操作（DaoCloud 文档：%1）。</translation>
    </message>
</context>
<context>
    <name>DceUpgrade::NodeFailure</name>
    <message>
        <source>this machine</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>sudo on %1 wants a password for %2, and nobody can type it during the run.</source>
        <translation>%1 上的 sudo 要求输入密码才能运行 %2，而运行期间无法输入密码。</translation>
    </message>
    <message>
        <source>sudo on %1 does not let the user run %2.</source>
        <translation>%1 上的 sudo 不允许该用户运行 %2。</translation>
    </message>
    <message>
        <source>Allow it in the node&apos;s sudoers (NOPASSWD: /usr/bin/%1), or connect as root.</source>
        <translation>请在该节点的 sudoers 中允许此操作（NOPASSWD: /usr/bin/%1），或以 root 身份连接。</translation>
    </message>
    <message>
        <source>sudo is not installed on %1.</source>
        <translation>%1 上未安装 sudo。</translation>
    </message>
    <message>
        <source>%1 is not installed on %2, or not on the PATH of a non-interactive login.</source>
        <translation>%2 上未安装 %1，或者它不在非交互式登录的 PATH 中。</translation>
    </message>
    <message>
        <source>ctr comes with containerd: install it on the node, or check the PATH that ssh sessions get (commands over ssh do not read ~/.bash_profile).</source>
        <translation>ctr 随 containerd 一起提供：请在该节点上安装 containerd，或检查 ssh 会话获得的 PATH（通过 ssh 执行的命令不会读取 ~/.bash_profile）。</translation>
    </message>
    <message>
        <source>%1 failed on %2 with exit code %3.</source>
        <translation>%1 在 %2 上执行失败，退出码 %3。</translation>
    </message>
    <message>
        <source>%1 failed on %2: %3</source>
        <translation>%1 在 %2 上执行失败：%3</translation>
    </message>
    <message>
        <source>Only root may use %1 on the node: connect as root, or add sudo: true to the node.</source>
        <translation>该节点上只有 root 可以使用 %1：请以 root 身份连接，或在升级计划中为该节点添加 sudo: true。</translation>
    </message>
    <message>
        <source>Start Docker on the node (systemctl start docker), then run again: nodes that finished are not done again.</source>
        <translation>请在该节点上启动 Docker（systemctl start docker），然后重新运行：已完成的节点不会重复处理。</translation>
    </message>
    <message>
        <source>Start containerd on the node (systemctl start containerd), then run again: nodes that finished are not done again.</source>
        <translation>请在该节点上启动 containerd（systemctl start containerd），然后重新运行：已完成的节点不会重复处理。</translation>
    </message>
    <message>
        <source>See the node&apos;s lines in the step&apos;s log; fix the cause on the node and run again: nodes that finished are not done again.</source>
        <translation>请查看该步骤日志中此节点的相关行，在节点上排除问题后重新运行：已完成的节点不会重复处理。</translation>
    </message>
    <message>
        <source>Let the user run %1 without a password (a sudoers line such as: %2 ALL=(root) NOPASSWD: /usr/bin/%1), or connect as root and set sudo: false for the node in the plan.</source>
        <translation>请允许该用户无需密码即可运行 %1（sudoers 中加入一行，例如：%2 ALL=(root) NOPASSWD: /usr/bin/%1），或以 root 身份连接，并在升级计划中将该节点设为 sudo: false。</translation>
    </message>
    <message>
        <source>Install sudo on the node, or connect as root and set sudo: false for the node in the plan.</source>
        <translation>请在该节点上安装 sudo，或以 root 身份连接，并在升级计划中将该节点设为 sudo: false。</translation>
    </message>
    <message>
        <source>Install Docker on the node, or check the PATH that ssh sessions get (commands over ssh do not read ~/.bash_profile). Nodes that run containerd take sync.method: containerd.</source>
        <translation>请在该节点上安装 Docker，或检查 ssh 会话的 PATH（通过 ssh 执行的命令不会读取 ~/.bash_profile）。运行 containerd 的节点请使用 sync.method: containerd。</translation>
    </message>
</context>
<context>
    <name>DceUpgrade::NodeImport</name>
    <message>
        <source>%1 is named by the chart %2 but is not in its images.tar: it cannot be imported on the nodes.</source>
        <translation>Chart %2 引用了 %1，但该镜像不在其 images.tar 中：无法在节点上导入。</translation>
    </message>
    <message>
        <source>%1 has no tag: it is imported on the nodes but can be neither tagged nor checked there.</source>
        <translation>%1 没有 tag：它会被导入到节点上，但在节点上既无法打 tag，也无法检查。</translation>
    </message>
    <message>
        <source>The chart will refer to %1 by the digest %2, which an import on the nodes cannot reproduce: the nodes get it tagged as %3, and pull the pinned digest from the registry.</source>
        <translation>Chart 将通过摘要 %2 引用 %1，而在节点上导入无法得到相同的摘要：节点上导入的镜像会打上 tag %3，而该固定摘要对应的镜像仍需节点从镜像仓库拉取。</translation>
    </message>
    <message>
        <source>Missing on the node after the import:</source>
        <translation>导入后节点上缺少以下镜像：</translation>
    </message>
</context>
<context>
    <name>DceUpgrade::NodeImportRun</name>
    <message numerus="yes">
        <source>%n image(s) in place under their relocated names.</source>
        <translation>
            <numerusform>%n 个镜像已以重定位后的名称就位。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be started.</source>
        <translation>无法启动 %1。</translation>
    </message>
    <message>
        <source>Install %1 on this machine.</source>
        <translation>请在本机安装 %1。</translation>
    </message>
    <message>
        <source>%1 on %2 took no input and printed nothing for too long, and was stopped.</source>
        <translation>%2 上的 %1 长时间既未读取输入也没有任何输出，已被停止。</translation>
    </message>
    <message>
        <source>Check that the node is up and its disk not full, then run again: nodes that finished are not done again.</source>
        <translation>请确认该节点正在运行且磁盘未满，然后重新运行：已完成的节点不会重复处理。</translation>
    </message>
    <message>
        <source>The connection to %1 ended abnormally.</source>
        <translation>与 %1 的连接异常中断。</translation>
    </message>
    <message>
        <source>See the node&apos;s lines in the step&apos;s log, then run again.</source>
        <translation>请查看该步骤日志中此节点的相关行，然后重新运行。</translation>
    </message>
    <message>
        <source>Check the disk or the network share the package is on, then run again.</source>
        <translation>请检查离线包所在的磁盘或网络共享，然后重新运行。</translation>
    </message>
    <message>
        <source>After the import from %1, %2 does not list %3.</source>
        <translation>从 %1 导入后，%2 的镜像列表中没有 %3。</translation>
    </message>
    <message>
        <source>See the node&apos;s lines in the step&apos;s log for what %1 said, then run again.</source>
        <translation>请查看该步骤日志中此节点的相关行，了解 %1 输出了什么，然后重新运行。</translation>
    </message>
</context>
<context>
    <name>DceUpgrade::NodeImportStep</name>
    <message>
        <source>Done in an earlier run of this session.</source>
        <translation>已在本会话之前的运行中完成。</translation>
    </message>
    <message numerus="yes">
        <source>Importing on %n node(s), at most %1 at once.</source>
        <translation>
            <numerusform>正在 %n 个节点上导入，最多同时处理 %1 个。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The images could not be brought onto %1 of %n node(s). %2</source>
        <translation>
            <numerusform>在 %n 个节点中，有 %1 个节点未能导入镜像。%2</numerusform>
        </translation>
    </message>
    <message>
        <source>The images are on every node (%1 done in an earlier run).</source>
        <translation>所有节点上均已有这些镜像（其中 %1 个节点在之前的运行中已完成）。</translation>
    </message>
    <message numerus="yes">
        <source>The images are on all %n node(s).</source>
        <translation>
            <numerusform>全部 %n 个节点上均已有这些镜像。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nodes that finished are kept: resume the run (Retry in the wizard, dce-upgrade run --resume SESSION on the command line) and only the failed ones are done again.</source>
        <translation>已完成的节点会保留：继续这次运行（在向导中点击“重试”，或在命令行中执行 dce-upgrade run --resume SESSION），只会重新处理失败的节点。</translation>
    </message>
</context>
<context>
    <name>DceUpgrade::PackageDirectory</name>
    <message>
        <source>%1 holds no offline package: neither what `tar xvf` of a bundle leaves (hints.yaml, images.tar and original-chart/), here or one directory below, nor a package file (*.tar).</source>
        <translation>%1 中没有离线包：既没有 bundle 经 `tar xvf` 解压后留下的内容（hints.yaml、images.tar 和 original-chart/，位于此目录或其下一级目录），也没有离线包文件（*.tar）。</translation>
    </message>
    <message>
        <source>Choose the module&apos;s offline package (for example skoala_v0.28.0_amd64.tar), a *.bundle.tar inside it, or the directory where you unpacked a bundle.</source>
        <translation>请选择该模块的离线包（例如 skoala_v0.28.0_amd64.tar）、其中的某个 *.bundle.tar，或解压 bundle 所在的目录。</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n offline packages: %2.</source>
        <translation>
            <numerusform>%1 中有 %n 个离线包：%2。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose one of them instead of the directory.</source>
        <translation>请从中选择一个，而不是选择整个目录。</translation>
    </message>
</context>
<context>
    <name>DceUpgrade::PackageReader</name>
    <message>
        <source>%1 contains no DCE offline bundle (*.bundle.tar).</source>
        <translation>%1 中没有 DCE 离线 bundle 包（*.bundle.tar）。</translation>
    </message>
    <message>
        <source>Choose the module&apos;s offline package (for example skoala_v0.28.0_amd64.tar) or a *.bundle.tar inside it.</source>
        <translation>请选择该模块的离线包（例如 skoala_v0.28.0_amd64.tar），或其中的某个 *.bundle.tar。</translation>
    </message>
    <message>
        <source>%1 has no %2, so it is not a complete charts-syncer bundle.</source>
        <translation>%1 中缺少 %2，不是完整的 charts-syncer bundle 包。</translation>
    </message>
    <message>
        <source>The package is incomplete or damaged. Download it again.</source>
        <translation>离线包不完整或已损坏。请重新下载。</translation>
    </message>
    <message>
        <source>%1: the chart uses the image %2 (hint &quot;%3&quot;), but images.tar does not contain it.</source>
        <translation>%1：Chart 使用了镜像 %2（镜像模板 &quot;%3&quot;），但 images.tar 中没有该镜像。</translation>
    </message>
    <message>
        <source>The package is incomplete. Download it again, or ask DaoCloud for a complete package.</source>
        <translation>离线包不完整。请重新下载，或向 DaoCloud 索取完整的离线包。</translation>
    </message>
    <message>
        <source>%1 holds more than %2 nested tar files and none of them is a DCE offline bundle.</source>
        <translation>%1 中嵌套了超过 %2 个 tar 文件，且其中没有 DCE 离线 bundle。</translation>
    </message>
    <message>
        <source>%1: a chart or hints file has an unexpected structure (%2).</source>
        <translation>%1：Chart 文件或 hints 文件的结构不符合预期（%2）。</translation>
    </message>
    <message>
        <source>The package is damaged or was not made by charts-syncer. Download it again.</source>
        <translation>离线包已损坏，或并非由 charts-syncer 生成。请重新下载。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 has no member %2.</source>
        <translation>%1 中没有成员 %2。</translation>
    </message>
    <message>
        <source>Plan again with this package: the plan was made for another one.</source>
        <translation>请用此离线包重新生成计划：当前计划是为另一个离线包生成的。</translation>
    </message>
</context>
<context>
    <name>DceUpgrade::PackageVerifyStep</name>
    <message>
        <source>%1 was verified in an earlier run of this session and has not changed since (same size and modification time).</source>
        <translation>%1 已在本会话之前的运行中校验过，此后未发生变化（大小和修改时间均相同）。</translation>
    </message>
    <message>
        <source>The checksum file %1 matched (%2 of %3).</source>
        <translation>与校验和文件 %1 核对一致（%2，共 %3）。</translation>
    </message>
    <message>
        <source>No checksum file lies beside the package.</source>
        <translation>离线包所在目录中没有校验和文件。</translation>
    </message>
    <message>
        <source>No image is pushed or imported from the package: its layers are not read.</source>
        <translation>不会从离线包推送或导入任何镜像：无需读取其镜像层。</translation>
    </message>
    <message numerus="yes">
        <source>%n layer(s) (%1) match their digests.</source>
        <translation>
            <numerusform>%n 个镜像层（%1）均与其摘要一致。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DceUpgrade::PlanText</name>
    <message>
        <source>Upgrade plan for %1 (%2), nothing has been changed.</source>
        <extracomment>%1: the module&apos;s name, such as 微服务引擎 (Microservice Engine)</extracomment>
        <translation>%1的升级计划（%2），尚未做任何更改。</translation>
    </message>
    <message>
        <source>${SESSION} is the session directory of the run, ${STAMP} its start time.</source>
        <translation>${SESSION} 表示本次运行的会话目录，${STAMP} 表示其开始时间。</translation>
    </message>
    <message>
        <source>(always runs)</source>
        <translation>（始终执行）</translation>
    </message>
    <message>
        <source>writes %1:</source>
        <translation>写入 %1：</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Sync-only plan for %1 (%2), nothing has been changed.</source>
        <extracomment>%1: the module&apos;s name, such as 微服务引擎 (Microservice Engine)</extracomment>
        <translation>%1（%2）的仅同步计划，尚未做任何改动。</translation>
    </message>
    <message>
        <source>Sync only (upgrade.method: none): the images are staged and no release is upgraded, so neither helm nor kubectl is needed. The plan&apos;s other upgrade settings are not used.</source>
        <translation>仅同步（upgrade.method: none）：只预置镜像，不升级任何 Release，因此不需要 helm 和 kubectl。计划中的其他升级设置不会使用。</translation>
    </message>
    <message>
        <source>Version notes: changes this upgrade may need, from the module&apos;s documented procedure. Read them before you run it.</source>
        <translation>版本说明：本次升级可能需要的修改，摘自该模块的升级文档。运行前请先阅读。</translation>
    </message>
</context>
<context>
    <name>DceUpgrade::PlannedFileWriter</name>
    <message>
        <source>No value was given for %1.</source>
        <translation>未提供 %1 的值。</translation>
    </message>
    <message>
        <source>Run again with --secrets-stdin, or from a terminal to be asked for it.</source>
        <translation>请使用 --secrets-stdin 重新运行，或在终端中运行以便按提示输入。</translation>
    </message>
</context>
<context>
    <name>DceUpgrade::Planner</name>
    <message>
        <source>Correct the plan and try again.</source>
        <translation>请修正升级计划后重试。</translation>
    </message>
    <message>
        <source>The package holds the charts %1, none of which belongs to the module &quot;%2&quot;.</source>
        <translation>离线包中的 Chart（%1）都不属于模块 &quot;%2&quot;。</translation>
    </message>
    <message>
        <source>Choose the package of this module, or the module of this package.</source>
        <translation>请选择与该模块对应的离线包，或与该离线包对应的模块。</translation>
    </message>
    <message>
        <source>The module &quot;%1&quot; has no chart &quot;%2&quot;.</source>
        <translation>模块 &quot;%1&quot; 中没有 Chart &quot;%2&quot;。</translation>
    </message>
    <message>
        <source>The package has no bundle for the chart &quot;%1&quot;.</source>
        <translation>离线包中没有 Chart &quot;%1&quot; 的 bundle 包。</translation>
    </message>
    <message>
        <source>No version is given for the chart &quot;%1&quot;.</source>
        <translation>没有指定 Chart &quot;%1&quot; 的版本。</translation>
    </message>
    <message>
        <source>%1 is installed in every worker cluster, but the plan lists none (upgrade.releases[].kubeContexts); it is upgraded only in the current cluster.</source>
        <translation>%1 安装在每个工作集群中，但升级计划没有列出任何工作集群（upgrade.releases[].kubeContexts）；因此只会在当前集群中升级。</translation>
    </message>
    <message>
        <source>Compute the %1 of %2 (%3) and compare it with %4.</source>
        <translation>计算 %2（%3）的 %1 校验和，并与 %4 比对。</translation>
    </message>
    <message>
        <source>No .sha512sum or .sha256sum file lies beside %1; the check is skipped.</source>
        <translation>%1 所在目录中没有 .sha512sum 或 .sha256sum 文件，跳过校验。</translation>
    </message>
    <message>
        <source>No checksum file was found beside the package, so a damaged download cannot be detected. Copy the .sha512sum file from the download page next to the package.</source>
        <translation>离线包所在目录中没有校验和文件，因此无法发现下载损坏。请从下载页面获取 .sha512sum 文件，放到离线包所在目录中。</translation>
    </message>
    <message>
        <source>%1: chart %2 %3, %4 images, %5</source>
        <translation>%1：Chart %2 %3，%4 个镜像，%5</translation>
    </message>
    <message>
        <source>Check the image registry</source>
        <translation>检查镜像仓库</translation>
    </message>
    <message>
        <source>Log in to %1 as %2, check that the project exists and that the user may push to it.</source>
        <translation>以 %2 身份登录 %1，检查项目是否存在，以及该用户是否有推送权限。</translation>
    </message>
    <message>
        <source>an anonymous user</source>
        <translation>匿名用户</translation>
    </message>
    <message>
        <source>TLS certificates are NOT verified (insecure).</source>
        <translation>不校验 TLS 证书（不安全）。</translation>
    </message>
    <message>
        <source>Push the images to the registry</source>
        <translation>推送镜像到镜像仓库</translation>
    </message>
    <message>
        <source>Upload up to %1 straight from the package with %2 parallel uploads; blobs already in the registry are skipped, existing tags are left as they are.</source>
        <translation>直接从离线包上传最多 %1 数据，并发上传数为 %2；镜像仓库中已有的 blob 会跳过，已有的 tag 保持不变。</translation>
    </message>
    <message>
        <source>Publish the relocated chart</source>
        <translation>发布已改写镜像地址的 Chart</translation>
    </message>
    <message>
        <source>Upload %1 to the Harbor chart repository %2 (skipped when that version is already there).</source>
        <translation>将 %1 上传到 Harbor Helm 仓库 %2（该版本已存在时跳过）。</translation>
    </message>
    <message>
        <source>Write %1 into %2.</source>
        <translation>将 %1 写入 %2。</translation>
    </message>
    <message>
        <source>Push %1 as an OCI artifact to %2.</source>
        <translation>将 %1 作为 OCI 制品推送到 %2。</translation>
    </message>
    <message>
        <source>Prepare charts-syncer</source>
        <translation>准备 charts-syncer</translation>
    </message>
    <message>
        <source>Put each bundle into %1 under the name charts-syncer expects (&lt;chart&gt;_&lt;version&gt;.bundle.tar) and nothing else: any other .tar there makes charts-syncer crash.</source>
        <translation>将每个 bundle 包以 charts-syncer 要求的文件名（&lt;chart&gt;_&lt;version&gt;.bundle.tar）放入 %1，该目录中不放其他任何文件：若其中有其他 .tar 文件，charts-syncer 会崩溃。</translation>
    </message>
    <message>
        <source>Write %1, readable only by you (it holds the password).</source>
        <translation>写入 %1，仅您本人可读（其中含有密码）。</translation>
    </message>
    <message>
        <source>Sync images and chart with charts-syncer</source>
        <translation>使用 charts-syncer 同步镜像和 Chart</translation>
    </message>
    <message>
        <source>Note: when the chart version is already in the target repository, charts-syncer skips the chart and all its images.</source>
        <translation>注意：如果目标仓库中已有该 Chart 版本，charts-syncer 会跳过该 Chart 及其全部镜像。</translation>
    </message>
    <message>
        <source>Remove the charts-syncer files</source>
        <translation>删除 charts-syncer 相关文件</translation>
    </message>
    <message>
        <source>Load the images into Docker</source>
        <translation>将镜像加载到 Docker</translation>
    </message>
    <message>
        <source>Tag and push the images</source>
        <translation>为镜像打 tag 并推送</translation>
    </message>
    <message>
        <source>Docker recompresses the layers, so the images in the registry get other digests than charts-syncer or the built-in sync would give them.</source>
        <translation>Docker 会重新压缩镜像层，因此镜像仓库中镜像的摘要会与使用 charts-syncer 或内置同步时不同。</translation>
    </message>
    <message>
        <source>Forget the Docker login</source>
        <translation>清除 Docker 登录信息</translation>
    </message>
    <message>
        <source>The containerd method imports the images on the listed nodes only; nothing is pushed to a registry. Nodes added later will not have the images.</source>
        <translation>containerd 方式只在列出的节点上导入镜像，不会推送到镜像仓库。之后新增的节点上不会有这些镜像。</translation>
    </message>
    <message>
        <source>Check helm and the releases</source>
        <translation>检查 helm 和 Release</translation>
    </message>
    <message>
        <source>Add and update the chart repository</source>
        <translation>添加并更新 Helm 仓库</translation>
    </message>
    <message>
        <source>helm runs with its own configuration in the session directory: your helm repositories are not changed.</source>
        <translation>helm 使用会话目录中的独立配置运行，不会改动您已有的 helm 仓库。</translation>
    </message>
    <message>
        <source>Check that the chart versions exist</source>
        <translation>检查 Chart 版本是否存在</translation>
    </message>
    <message>
        <source>%1/%2 must offer version %3; only entries named exactly %1/%2 count (helm&apos;s search also lists longer names).</source>
        <translation>%1/%2 必须提供版本 %3；只认名称与 %1/%2 完全一致的条目（helm search 也会列出名称更长的条目）。</translation>
    </message>
    <message>
        <source>Extract the chart %1 from the package</source>
        <translation>从离线包中提取 Chart %1</translation>
    </message>
    <message>
        <source>Copy original-chart/ of %1 into %2 (links and paths that leave the directory are refused).</source>
        <translation>将 %1 中的 original-chart/ 复制到 %2（指向该目录之外的链接和路径会被拒绝）。</translation>
    </message>
    <message>
        <source>the current cluster</source>
        <translation>当前集群</translation>
    </message>
    <message>
        <source>cluster %1</source>
        <translation>集群 %1</translation>
    </message>
    <message>
        <source>Delete the old jobs of %1 in %2</source>
        <translation>删除 %1 的旧 Job（%2）</translation>
    </message>
    <message>
        <source>The chart recreates these jobs; Kubernetes cannot update a job in place.</source>
        <translation>Chart 会重新创建这些 Job；Kubernetes 无法原地更新 Job。</translation>
    </message>
    <message>
        <source>Apply the CRDs of %1 in %2</source>
        <translation>应用 %1 的 CRD（%2）</translation>
    </message>
    <message>
        <source>Back up the values of %1 in %2</source>
        <translation>备份 %1 的 values（%2）</translation>
    </message>
    <message>
        <source>Saved to %1 (readable only by you, never overwritten).</source>
        <translation>保存到 %1（仅您本人可读，且不会被覆盖）。</translation>
    </message>
    <message>
        <source>Prepare the values for %1</source>
        <translation>准备 %1 的 values</translation>
    </message>
    <message>
        <source>Copy the backup to %1 and set %2; every other value you set before is kept.</source>
        <translation>将备份复制为 %1，并设置 %2；您之前设置的其他值均保持不变。</translation>
    </message>
    <message>
        <source>Upgrade %1 to %2 in %3</source>
        <translation>将 %1 升级到 %2（%3）</translation>
    </message>
    <message>
        <source>Verify %1 in %2</source>
        <translation>验证 %1（%2）</translation>
    </message>
    <message>
        <source>The release must be deployed with a new revision and chart version %1.</source>
        <translation>Release 必须处于 deployed 状态，且具有新的修订版本，Chart 版本为 %1。</translation>
    </message>
    <message>
        <source>Write the report</source>
        <translation>生成报告</translation>
    </message>
    <message>
        <source>report.html and report.json in %1.</source>
        <translation>在 %1 中生成 report.html 和 report.json。</translation>
    </message>
    <message>
        <source>The chart-package method installs the chart in the package, version %1, but the plan asks for %2.</source>
        <translation>“Chart 包”方式安装的是离线包中的 Chart（版本 %1），但升级计划要求的版本是 %2。</translation>
    </message>
    <message>
        <source>Delete %1, which holds the password file and the bundle copies.</source>
        <translation>删除 %1，其中存有密码文件和 bundle 副本。</translation>
    </message>
    <message>
        <source>Log in to the registry with Docker</source>
        <translation>使用 Docker 登录镜像仓库</translation>
    </message>
    <message>
        <source>Nothing changes in this step: each release must exist and be deployed (if an upgrade is still pending, the message says how to recover), and a downgrade needs your explicit consent.</source>
        <translation>此步骤不做任何更改：每个 Release 都必须已存在且处于已部署（deployed）状态（如有升级仍处于 pending 状态，提示信息会说明如何恢复）；降级需要您明确确认。</translation>
    </message>
    <message>
        <source>Copy the backup to %1; every value you set before is kept.</source>
        <translation>将备份复制为 %1；您之前设置的所有值均保持不变。</translation>
    </message>
    <message>
        <source>Remove the repository credentials helm kept</source>
        <translation>删除 helm 保存的仓库凭据</translation>
    </message>
    <message>
        <source>Delete %1, where helm saved the chart repository and its password during the run.</source>
        <translation>删除 %1，helm 在运行期间将 Helm 仓库及其密码保存在该文件中。</translation>
    </message>
    <message>
        <source>Check that the images of %1 are in the registry</source>
        <translation>检查 %1 的镜像是否已在镜像仓库中</translation>
    </message>
    <message>
        <source>Render the chart with the values of the upgrade (helm template, nothing is deployed) and look up every image it uses in %1; the upgrade does not start while one is missing.</source>
        <translation>使用升级所用的 values 渲染 Chart（helm template，不部署任何内容），并在 %1 中逐一查找其使用的镜像；只要缺少任何一个镜像，升级就不会开始。</translation>
    </message>
    <message>
        <source>A Harbor project that does not exist is created, private.</source>
        <translation>如果 Harbor 项目不存在，将自动创建为私有项目。</translation>
    </message>
    <message>
        <source>charts-syncer cannot sync the chart &quot;%1&quot; %2: it takes the chart name and version from the file name &lt;chart&gt;_&lt;version&gt;.bundle.tar, whose chart name allows only letters, digits, &quot;+&quot; and &quot;-&quot; (no &quot;_&quot;).</source>
        <translation>charts-syncer 无法同步 Chart “%1” %2：它从文件名 &lt;chart&gt;_&lt;version&gt;.bundle.tar 中读取 Chart 名称和版本，而其中的 Chart 名称只允许字母、数字、“+”和“-”（不能含“_”）。</translation>
    </message>
    <message>
        <source>Use the built-in sync (sync.method: builtin), which reads the chart from the bundle itself.</source>
        <translation>请改用内置同步（sync.method: builtin），它直接从 bundle 中读取 Chart。</translation>
    </message>
    <message>
        <source>Afterwards every image is looked up in the registry, so a partial sync is caught here.</source>
        <translation>之后会在镜像仓库中逐个查找镜像，因此只同步了一部分的情况会在这里被发现。</translation>
    </message>
    <message>
        <source>Copy %1 into %2: charts-syncer trusts that CA through SSL_CERT_DIR.</source>
        <translation>将 %1 复制到 %2：charts-syncer 通过 SSL_CERT_DIR 信任该 CA。</translation>
    </message>
    <message>
        <source>Check that Docker is running and may be used</source>
        <translation>检查 Docker 是否在运行且可以使用</translation>
    </message>
    <message>
        <source>Docker must be installed, running and usable by you (member of the docker group) before anything else of the sync starts.</source>
        <translation>在同步的其他任何操作开始之前，Docker 必须已安装、正在运行，并且您有权使用（属于 docker 组）。</translation>
    </message>
    <message>
        <source>The password goes to docker on its standard input; the login is kept in %1 (readable only by you), not in your ~/.docker/config.json.</source>
        <translation>密码通过标准输入传给 docker；登录信息保存在 %1 中（仅您本人可读），不会写入您的 ~/.docker/config.json。</translation>
    </message>
    <message>
        <source>images.tar (%1) is streamed from the package into docker load; nothing is unpacked to disk. Every image of the package must be reported loaded.</source>
        <translation>images.tar（%1）直接从离线包以流方式传给 docker load，不会解压到磁盘。离线包中的每个镜像都必须报告为已加载。</translation>
    </message>
    <message>
        <source>A rerun with --resume pushes only the images that did not make it.</source>
        <translation>使用 --resume 重新运行时，只推送尚未推送成功的镜像。</translation>
    </message>
    <message>
        <source>Runs after a failure or a cancel too: docker logout, then %1 is deleted.</source>
        <translation>即使运行失败或被取消也会执行：先执行 docker logout，然后删除 %1。</translation>
    </message>
    <message>
        <source>Docker refuses a plain-http registry, or one whose TLS certificate is not verified, unless it is listed as insecure: &quot;%1&quot; must be under &quot;insecure-registries&quot; in /etc/docker/daemon.json on this host (then &quot;sudo systemctl restart docker&quot;).</source>
        <translation>Docker 会拒绝使用明文 HTTP 或不校验 TLS 证书的镜像仓库，除非该仓库被列为不安全镜像仓库：必须在本机 /etc/docker/daemon.json 的 &quot;insecure-registries&quot; 中加入 &quot;%1&quot;（然后执行 &quot;sudo systemctl restart docker&quot;）。</translation>
    </message>
    <message>
        <source>Docker does not read registry.caFile: copy %1 to %2/ca.crt on this host (&quot;sudo mkdir -p %2 &amp;&amp; sudo cp %1 %2/ca.crt&quot;; no restart needed).</source>
        <translation>Docker 不读取 registry.caFile：请在本机将 %1 复制为 %2/ca.crt（&quot;sudo mkdir -p %2 &amp;&amp; sudo cp %1 %2/ca.crt&quot;；无需重启）。</translation>
    </message>
    <message>
        <source>Load the images into Docker on every node</source>
        <translation>在每个节点上将镜像加载到 Docker</translation>
    </message>
    <message>
        <source>Import the images into containerd on every node</source>
        <translation>在每个节点上将镜像导入 containerd</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s), at most %1 at once. On each node, one ssh session per images.tar streams it from the package (nothing is unpacked or copied) into %2, tags the images with their relocated names and lists the node&apos;s images: every relocated name must be there.</source>
        <translation>
            <numerusform>共 %n 个节点，最多同时处理 %1 个。在每个节点上，每个 images.tar 使用一个 ssh 会话，直接从离线包以流方式传给 %2（不解压，也不复制），为镜像打上重定位后的名称，并列出节点上的镜像：每个重定位后的名称都必须存在。</numerusform>
        </translation>
    </message>
    <message>
        <source>Node %1 (this machine, without ssh)</source>
        <translation>节点 %1（本机，不使用 ssh）</translation>
    </message>
    <message>
        <source>Node %1</source>
        <translation>节点 %1</translation>
    </message>
    <message>
        <source>through sudo -n</source>
        <translation>通过 sudo -n 执行</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n image(s) to tag</source>
        <translation>
            <numerusform>%1：%n 个镜像需要打 tag</numerusform>
        </translation>
    </message>
    <message>
        <source>ssh: host keys %1%2; a node that fails does not stop the others, and a rerun imports only on the nodes that did not finish.</source>
        <translation>ssh：主机密钥策略 %1%2；单个节点失败不会影响其他节点，重新运行时只在未完成的节点上导入。</translation>
    </message>
    <message>
        <source>Docker loads the images on the listed nodes only; nothing is pushed to a registry. Nodes added later will not have the images.</source>
        <translation>Docker 只在列出的节点上加载镜像，不会推送到镜像仓库。之后新增的节点上不会有这些镜像。</translation>
    </message>
    <message>
        <source>Verify the offline package</source>
        <translation>校验离线包</translation>
    </message>
    <message numerus="yes">
        <source>  the sha256 of each of its %n layer(s) (%1) is compared with the layer&apos;s digest, read from the package without unpacking it.</source>
        <translation>
            <numerusform>  逐一计算其 %n 个镜像层（%1）的 sha256，并与该层的摘要比对；直接从离线包中读取，无需解包。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 is the chart of the package, which the sync publishes to the chart repository: the repository can offer it only after the sync, so it is looked for there after the sync.</source>
        <translation>%1 %2 是离线包中的 Chart，由同步步骤发布到 Helm 仓库：同步完成后仓库中才会有该版本，因此在同步之后再到仓库中查找。</translation>
    </message>
    <message>
        <source>%1 %2 is installed from the chart in the package: no chart repository is asked.</source>
        <translation>%1 %2 使用离线包中的 Chart 安装：不查询任何 Helm 仓库。</translation>
    </message>
    <message>
        <source>Log in to the registry that holds the charts</source>
        <translation>登录存放 Chart 的镜像仓库</translation>
    </message>
    <message>
        <source>The password goes to helm on its standard input; helm keeps the login in %1 (deleted at the end of the run), not in your own helm settings.</source>
        <translation>密码通过标准输入传给 helm；helm 将登录信息保存在 %1 中（运行结束时删除），不会写入您自己的 helm 设置。</translation>
    </message>
    <message>
        <source>%1 must hold version %2 (helm looks up the tag %3: OCI tags cannot hold &quot;+&quot;).</source>
        <translation>%1 中必须有版本 %2（helm 查找的标签为 %3：OCI 标签中不能含“+”）。</translation>
    </message>
    <message>
        <source>Download the chart %1 %2 for its CRDs</source>
        <translation>下载 Chart %1 %2 以获取其 CRD</translation>
    </message>
    <message>
        <source>Unpacked into %1; nothing is installed.</source>
        <translation>解压到 %1；不安装任何内容。</translation>
    </message>
    <message>
        <source>Log out of the registry that holds the charts</source>
        <translation>从存放 Chart 的镜像仓库退出登录</translation>
    </message>
    <message>
        <source>Runs after a failure or a cancel too: helm registry logout, then %1 is deleted.</source>
        <translation>即使运行失败或被取消也会执行：先执行 helm registry logout，然后删除 %1。</translation>
    </message>
    <message>
        <source>If the installed version is %1: rename %2 in %3 (at any depth; the backup is not changed).</source>
        <extracomment>%1: a version range such as &lt;0.12.0; %2: keys renamed, such as keycloak → keycloakx</extracomment>
        <translation>如果已安装的版本满足 %1：在 %3 中改名 %2（所有层级均改；备份保持不变）。</translation>
    </message>
    <message>
        <source>%1 %2 is in the package but not upgraded: its releases are installed from the DCE UI under names chosen there. To upgrade one, add it under upgrade.releases with chart: %1, release:, namespace: and kubeContexts:.</source>
        <extracomment>%1: a chart (hydra-agent), %2: its version; chart:, release:, namespace: and kubeContexts: are plan keys and stay as they are</extracomment>
        <translation>离线包中有 %1 %2，但不会升级：它的 Release 是在 DCE 界面上安装的，名称由安装时选定。如需升级其中一个，请在 upgrade.releases 下添加一项，写明 chart: %1、release:、namespace: 和 kubeContexts:。</translation>
    </message>
    <message>
        <source>%1 %2 is synced with the package but not upgraded: its releases are installed from the DCE UI under names chosen there. To upgrade one, add it under upgrade.releases with chart: %1, release:, namespace: and kubeContexts:.</source>
        <extracomment>%1: a chart (hydra-agent), %2: its version; chart:, release:, namespace: and kubeContexts: are plan keys and stay as they are</extracomment>
        <translation>%1 %2 会随离线包一起同步，但不会升级：它的 Release 是在 DCE 界面上安装的，名称由安装时选定。如需升级其中一个，请在 upgrade.releases 下添加一项，写明 chart: %1、release:、namespace: 和 kubeContexts:。</translation>
    </message>
    <message>
        <source>The chart &quot;%1&quot; is in the package, but the module &quot;%2&quot; does not say under which name it is installed.</source>
        <translation>离线包中有 Chart“%1”，但模块“%2”没有说明它以什么名称安装。</translation>
    </message>
    <message>
        <source>Give its release and namespace in upgrade.releases (release:, namespace:, and kubeContexts: for the clusters it runs in).</source>
        <translation>请在 upgrade.releases 中写明它的 Release 名称和命名空间（release:、namespace:，以及它所在集群的 kubeContexts:）。</translation>
    </message>
</context>
<context>
    <name>DceUpgrade::ProcessRunner</name>
    <message>
        <source>%1 is not installed or not on PATH.</source>
        <translation>%1 未安装，或不在 PATH 中。</translation>
    </message>
    <message>
        <source>%1 ended before the expected %2 bytes.</source>
        <translation>%1 在读到预期的 %2 字节之前就结束了。</translation>
    </message>
    <message>
        <source>The package changed or shrank while it was being read. Copy it again.</source>
        <translation>读取期间离线包发生了变化或变小了。请重新复制离线包。</translation>
    </message>
</context>
<context>
    <name>DceUpgrade::RegistryCheckStep</name>
    <message>
        <source>The TLS certificate of %1 is not verified (insecure): use this on a trusted network only.</source>
        <translation>不校验 %1 的 TLS 证书（insecure）：请仅在可信网络中使用。</translation>
    </message>
</context>
<context>
    <name>DceUpgrade::RegistryClient</name>
    <message>
        <source>a token</source>
        <translation>令牌</translation>
    </message>
    <message>
        <source>the registry API</source>
        <translation>镜像仓库 API</translation>
    </message>
    <message>
        <source>the blob %1</source>
        <translation>blob %1</translation>
    </message>
    <message>
        <source>%1 read from the package hashes to %2, not %3.</source>
        <translation>从离线包读取的 %1 的摘要为 %2，而不是 %3。</translation>
    </message>
    <message>
        <source>The package is damaged. Download it again and check its .sha512sum.</source>
        <translation>离线包已损坏。请重新下载，并核对其 .sha512sum。</translation>
    </message>
    <message>
        <source>the manifest %1</source>
        <translation>清单 %1</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>the repository %1</source>
        <translation>仓库 %1</translation>
    </message>
    <message>
        <source>A proxy in front of %1 refuses large uploads; sending layers in parts of at most %2 MiB.</source>
        <translation>%1 前面的代理拒绝大文件上传；改为分块发送镜像层，每块最大 %2 MiB。</translation>
    </message>
    <message>
        <source>A proxy in front of %1 refuses large uploads; sending layers in parts of at most %2 KiB.</source>
        <translation>%1 前面的代理拒绝大文件上传；改为分块发送镜像层，每块最大 %2 KiB。</translation>
    </message>
    <message>
        <source>Could not read what is to be uploaded to %1 from the package: %2</source>
        <translation>无法从离线包中读取要上传到 %1 的数据：%2</translation>
    </message>
    <message>
        <source>Check that the package file is complete and readable (dce-upgrade inspect --verify), then run again.</source>
        <translation>请检查离线包文件是否完整且可读（dce-upgrade inspect --verify），然后重新运行。</translation>
    </message>
</context>
<context>
    <name>DceUpgrade::RegistryError</name>
    <message>
        <source>anonymous access</source>
        <translation>匿名访问</translation>
    </message>
    <message>
        <source>The registry %1 refused %2 for %3: %4</source>
        <translation>镜像仓库 %1 拒绝了 %2 对%3的访问：%4</translation>
    </message>
    <message>
        <source>Check the user name and password (robot accounts are written robot$name).</source>
        <translation>请检查用户名和密码（机器人账户的写法为 robot$name）。</translation>
    </message>
    <message>
        <source>Check the user name and password (robot accounts are written robot$name). On Harbor this also means that the project %1 does not exist: create it, or choose an existing project.</source>
        <translation>请检查用户名和密码（机器人账户的写法为 robot$name）。在 Harbor 上，这也可能表示项目 %1 不存在：请创建该项目，或选择已有的项目。</translation>
    </message>
    <message>
        <source>The project %1 in %2 has no storage quota left: %3</source>
        <translation>%2 中的项目 %1 已没有剩余存储配额：%3</translation>
    </message>
    <message>
        <source>Ask the Harbor administrator to raise the project quota or free space, then run again: what was pushed stays.</source>
        <translation>请联系 Harbor 管理员提高项目配额或释放空间，然后重新运行：已推送的内容会保留。</translation>
    </message>
    <message>
        <source>%1 may not push to %2 in %3: %4</source>
        <translation>%1 无权推送到 %3 中的 %2：%4</translation>
    </message>
    <message>
        <source>Give the account push rights on the project (a Harbor robot account needs &quot;push repository&quot;), or use another account.</source>
        <translation>请为该账户授予项目的推送权限（Harbor 机器人账户需要“推送仓库”权限），或改用其他账户。</translation>
    </message>
    <message>
        <source>The registry %1 does not know %2: %3</source>
        <translation>镜像仓库 %1 中找不到%2：%3</translation>
    </message>
    <message>
        <source>Check the registry address and the repository in the plan.</source>
        <translation>请检查升级计划中的镜像仓库地址和仓库路径。</translation>
    </message>
    <message>
        <source>A tag immutability rule of %1 refuses %2: %3</source>
        <translation>%1 的 Tag 不可变规则拒绝了%2：%3</translation>
    </message>
    <message>
        <source>The tag exists and may not be replaced. Leave it (the default), or ask the Harbor administrator to relax the rule for this project.</source>
        <translation>该 Tag 已存在且不允许覆盖。请保留它（默认行为），或请 Harbor 管理员为该项目放宽此规则。</translation>
    </message>
    <message>
        <source>A proxy in front of %1 refused %2 as too large.</source>
        <translation>%1 前面的代理以内容过大为由拒绝了%2。</translation>
    </message>
    <message>
        <source>Raise the body size limit of the proxy or ingress (client_max_body_size).</source>
        <translation>请提高代理或 Ingress 的请求体大小上限（client_max_body_size）。</translation>
    </message>
    <message>
        <source>The registry %1 computed another digest for %2.</source>
        <translation>镜像仓库 %1 为%2计算出的摘要与预期不同。</translation>
    </message>
    <message>
        <source>The package is damaged, or something between here and the registry changes the data. Verify the package (dce-upgrade inspect --verify).</source>
        <translation>离线包已损坏，或本机与镜像仓库之间有环节改动了数据。请校验离线包（dce-upgrade inspect --verify）。</translation>
    </message>
    <message>
        <source>The registry %1 is busy or restarting (%2).</source>
        <translation>镜像仓库 %1 繁忙或正在重启（%2）。</translation>
    </message>
    <message>
        <source>Run again in a moment: what was pushed stays and is not sent again.</source>
        <translation>请稍后重新运行：已推送的内容会保留，不会重复发送。</translation>
    </message>
    <message>
        <source>The registry %1 answered an error for %2: %3</source>
        <translation>镜像仓库 %1 处理%2时返回错误：%3</translation>
    </message>
    <message>
        <source>See the registry&apos;s log for the reason.</source>
        <translation>请查看镜像仓库的日志了解原因。</translation>
    </message>
    <message>
        <source>The TLS certificate of %1 is not trusted: %2</source>
        <translation>%1 的 TLS 证书不受信任：%2</translation>
    </message>
    <message>
        <source>Give the registry&apos;s CA certificate file in the plan (registry.caFile), or, on a trusted network only, allow insecure access.</source>
        <translation>请在升级计划中指定镜像仓库的 CA 证书文件（registry.caFile）；仅在可信网络中，才可允许不安全访问。</translation>
    </message>
    <message>
        <source>The registry %1 cannot be reached: %2</source>
        <translation>无法连接镜像仓库 %1：%2</translation>
    </message>
    <message>
        <source>Check the address and port, that the registry runs, and that no proxy is in the way (NO_PROXY).</source>
        <translation>请检查地址和端口、镜像仓库是否在运行，以及是否有代理拦截（NO_PROXY）。</translation>
    </message>
    <message>
        <source>Give the account push rights on the project %1 (a Harbor robot account needs &quot;push repository&quot;), or use another account. On Harbor this also means that the project %1 does not exist: create it, or choose an existing project.</source>
        <translation>请为该账户授予项目 %1 的推送权限（Harbor 机器人账户需要“推送仓库”权限），或改用其他账户。在 Harbor 上，这也可能表示项目 %1 不存在：请创建该项目，或选择已有的项目。</translation>
    </message>
    <message>
        <source>The registry %1 lost the upload of %2 (it restarted, or the upload took too long).</source>
        <translation>镜像仓库 %1 丢失了%2的上传会话（镜像仓库已重启，或上传耗时过长）。</translation>
    </message>
    <message>
        <source>Run again: the upload starts over.</source>
        <translation>请重新运行：该上传将从头开始。</translation>
    </message>
    <message>
        <source>The registry %1 could not store %2: its storage is full (%3).</source>
        <translation>镜像仓库 %1 无法存储%2：存储空间已满（%3）。</translation>
    </message>
    <message>
        <source>Free space on the registry&apos;s storage or enlarge its volume, then run again: what was pushed stays and is not sent again.</source>
        <translation>请清理镜像仓库的存储空间或扩容其存储卷，然后重新运行：已推送的内容会保留，不会重复发送。</translation>
    </message>
    <message>
        <source>The TLS certificate of %1, the token service of the registry %2, is not trusted: %3</source>
        <translation>镜像仓库 %2 的令牌服务 %1 的 TLS 证书不受信任：%3</translation>
    </message>
    <message>
        <source>Give the CA certificate that signed it in the plan (registry.caFile), or, on a trusted network only, allow insecure access.</source>
        <translation>请在升级计划中指定签发该证书的 CA 证书（registry.caFile）；仅在可信网络中，才可允许不安全访问。</translation>
    </message>
    <message>
        <source>The token service %1 of the registry %2 cannot be reached: %3</source>
        <translation>无法连接镜像仓库 %2 的令牌服务 %1：%3</translation>
    </message>
    <message>
        <source>The registry sends clients to %1 for their tokens: check that it runs and that this host can reach it (firewall, NO_PROXY).</source>
        <translation>镜像仓库让客户端到 %1 获取令牌：请检查该服务是否在运行，以及本机能否访问它（防火墙、NO_PROXY）。</translation>
    </message>
</context>
<context>
    <name>DceUpgrade::RegistryPreflight</name>
    <message>
        <source>%1 answers.</source>
        <translation>%1 响应正常。</translation>
    </message>
    <message>
        <source>%1 accepts %2.</source>
        <translation>%1 已接受用户 %2 登录。</translation>
    </message>
    <message>
        <source>Harbor %1.</source>
        <translation>Harbor 版本：%1。</translation>
    </message>
    <message>
        <source>Harbor %1 has no chart repository (Harbor 2.8 removed ChartMuseum), so the chart cannot be published to %2.</source>
        <translation>Harbor %1 没有 Helm 仓库（Harbor 2.8 已移除 ChartMuseum），因此无法将 Chart 发布到 %2。</translation>
    </message>
    <message>
        <source>Publish the chart as an OCI artifact instead: set sync.chartTarget to oci (and upgrade from the chart package).</source>
        <translation>请改为将 Chart 作为 OCI 制品发布：将 sync.chartTarget 设为 oci（并改用“Chart 包”方式升级）。</translation>
    </message>
    <message>
        <source>The Harbor project %1 does not exist.</source>
        <translation>Harbor 项目 %1 不存在。</translation>
    </message>
    <message>
        <source>Create the project in Harbor, or set sync.createProject to true (--create-project for push) to have it created (private) by this account.</source>
        <translation>请在 Harbor 中创建该项目，或将 sync.createProject 设为 true（push 命令使用 --create-project），由当前账户自动创建（私有项目）。</translation>
    </message>
    <message>
        <source>Created the private Harbor project %1.</source>
        <translation>已创建私有 Harbor 项目 %1。</translation>
    </message>
    <message>
        <source>Pushing to %1 is allowed.</source>
        <translation>有权推送到 %1。</translation>
    </message>
    <message>
        <source>It has a chart repository (ChartMuseum).</source>
        <translation>该 Harbor 提供 Helm 仓库（ChartMuseum）。</translation>
    </message>
    <message>
        <source>It has no chart repository (Harbor 2.8 removed ChartMuseum): charts go to OCI there.</source>
        <translation>该 Harbor 没有 Helm 仓库（Harbor 2.8 已移除 ChartMuseum）：Chart 需作为 OCI 制品发布。</translation>
    </message>
    <message>
        <source>The Harbor project %1 exists.</source>
        <translation>Harbor 项目 %1 已存在。</translation>
    </message>
</context>
<context>
    <name>DceUpgrade::ReleaseVerifyStep</name>
    <message>
        <source>%1 is %2 at revision %3 with chart %4; expected deployed, a revision after %5, chart %6.</source>
        <translation>%1 处于 %2 状态，修订版本 %3，Chart %4；预期为 deployed 状态、修订版本大于 %5、Chart %6。</translation>
    </message>
    <message>
        <source>Look at `helm history` of the release; roll back with dce-upgrade rollback --session %1 if needed.</source>
        <translation>请查看该 Release 的 `helm history`；如有需要，可使用 dce-upgrade rollback --session %1 回滚。</translation>
    </message>
    <message>
        <source>%1: deployed, revision %2 (was %3), chart %4.</source>
        <translation>%1：deployed，修订版本 %2（之前为 %3），Chart %4。</translation>
    </message>
</context>
<context>
    <name>DceUpgrade::RepoCleanupStep</name>
    <message>
        <source>Cannot delete %1, which holds the repository password.</source>
        <translation>无法删除 %1，其中保存有仓库密码。</translation>
    </message>
    <message>
        <source>Delete it by hand.</source>
        <translation>请手动删除该文件。</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>已删除 %1。</translation>
    </message>
</context>
<context>
    <name>DceUpgrade::Report</name>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>未执行</translation>
    </message>
    <message>
        <source>Offline upgrade of %1</source>
        <translation>%1 离线升级</translation>
    </message>
    <message>
        <source>en</source>
        <comment>HTML lang attribute of the report</comment>
        <translation>zh-CN</translation>
    </message>
    <message>
        <source>Every step finished.</source>
        <translation>所有步骤均已完成。</translation>
    </message>
    <message>
        <source>The run did not finish.</source>
        <translation>本次运行未完成。</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>离线包</translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation>校验和</translation>
    </message>
    <message>
        <source>none published beside the package</source>
        <translation>离线包所在目录中没有校验和文件</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1（取自 %2）</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>镜像仓库</translation>
    </message>
    <message>
        <source>helm</source>
        <translation>helm</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>Releases</source>
        <translation>Release 列表</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Release</translation>
    </message>
    <message>
        <source>Revision before → after</source>
        <translation>修订版本（升级前 → 升级后）</translation>
    </message>
    <message>
        <source>Chart version before → after</source>
        <translation>Chart 版本（升级前 → 升级后）</translation>
    </message>
    <message>
        <source>Values backup</source>
        <translation>values 备份</translation>
    </message>
    <message>
        <source>Values changed</source>
        <translation>修改的 values</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>执行步骤</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>Commands and messages</source>
        <translation>命令和消息</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>(exit %1, %2 s)</source>
        <translation>（退出码 %1，耗时 %2 秒）</translation>
    </message>
    <message>
        <source>Sync only (upgrade.method: none): the images were staged and no release was upgraded. To upgrade, run the same plan with upgrade.method set to helm-repo or chart-package (dce-upgrade run --plan PLAN), or choose the upgrade method in the wizard.</source>
        <translation>仅同步（upgrade.method: none）：镜像已预置，没有升级任何 Release。如需升级，请将同一计划的 upgrade.method 改为 helm-repo 或 chart-package 后运行（dce-upgrade run --plan PLAN），或在向导中选择升级方式。</translation>
    </message>
    <message>
        <source>not used (sync only)</source>
        <translation>未使用（仅同步）</translation>
    </message>
    <message>
        <source>Offline image sync of %1 (no upgrade)</source>
        <translation>%1 离线镜像同步（不升级）</translation>
    </message>
    <message>
        <source>not recorded</source>
        <comment>@info time</comment>
        <translation>未记录</translation>
    </message>
    <message>
        <source>When, where and by whom</source>
        <translation>时间、地点和执行人</translation>
    </message>
    <message>
        <source>This run started</source>
        <translation>本次运行开始时间</translation>
    </message>
    <message>
        <source>This run finished</source>
        <translation>本次运行结束时间</translation>
    </message>
    <message>
        <source>Duration of this run</source>
        <translation>本次运行耗时</translation>
    </message>
    <message>
        <source>Session started</source>
        <translation>会话开始时间</translation>
    </message>
    <message>
        <source>%1, rollback</source>
        <comment>@item a run of the session that rolled back</comment>
        <translation>%1（回滚）</translation>
    </message>
    <message>
        <source>Other runs of this session</source>
        <translation>本会话的其他运行</translation>
    </message>
    <message>
        <source>not recorded (made by an older version of dce-upgrade); the session started at the time above</source>
        <translation>未记录（由旧版本的 dce-upgrade 创建）；会话开始时间见上方</translation>
    </message>
    <message>
        <source>dce-upgrade version</source>
        <translation>dce-upgrade 版本</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>操作系统</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>集群</translation>
    </message>
    <message>
        <source>kubeconfig %1, context %2</source>
        <translation>kubeconfig %1，上下文 %2</translation>
    </message>
    <message>
        <source>(the kubeconfig&apos;s current context)</source>
        <translation>（kubeconfig 的当前上下文）</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>升级计划</translation>
    </message>
    <message>
        <source>written by the wizard from its pages into a temporary file, removed once the run started; the session keeps the plan as run in %1</source>
        <translation>由向导根据各页面的设置写入临时文件，运行开始后即删除；会话将实际执行的计划保存在 %1</translation>
    </message>
    <message>
        <source>the session&apos;s own copy, read again to continue or roll back</source>
        <translation>会话自身保存的副本，继续运行或回滚时重新读取</translation>
    </message>
    <message>
        <source>the file given with --plan; the session keeps the plan as run in %1</source>
        <translation>通过 --plan 指定的文件；会话将实际执行的计划保存在 %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Came from</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>SHA-256 of the file as read</source>
        <translation>读取时文件的 SHA-256</translation>
    </message>
    <message>
        <source>The plan as read (any secret-looking value masked):</source>
        <translation>读取到的升级计划（疑似机密的值均已隐去）：</translation>
    </message>
    <message>
        <source>%1 to %2 (%3)</source>
        <comment>@item a run: start, end, duration</comment>
        <translation>%1 至 %2（%3）</translation>
    </message>
    <message>
        <source>Package and target</source>
        <translation>离线包和目标</translation>
    </message>
    <message>
        <source>renamed %1</source>
        <translation>已改名 %1</translation>
    </message>
    <message>
        <source>Version notes</source>
        <translation>版本说明</translation>
    </message>
</context>
<context>
    <name>DceUpgrade::ReportStep</name>
    <message>
        <source>Report: %1</source>
        <translation>报告：%1</translation>
    </message>
</context>
<context>
    <name>DceUpgrade::RollbackPlanner</name>
    <message>
        <source>Roll %1 back to revision %2</source>
        <translation>将 %1 回滚到修订版本 %2</translation>
    </message>
</context>
<context>
    <name>DceUpgrade::ScriptWriter</name>
    <message>
        <source>DCE offline upgrade of %1, generated by dce-upgrade %2 from %3.</source>
        <translation>%1 的 DCE 离线升级脚本，由 dce-upgrade %2 根据 %3 生成。</translation>
    </message>
    <message>
        <source>Secrets: set %1 in the environment, or type it when asked. It is never written to a file or a command line.</source>
        <translation>凭据：请通过环境变量 %1 提供，或在提示时输入。凭据不会写入任何文件，也不会出现在命令行中。</translation>
    </message>
    <message>
        <source>helm keeps its repositories and cache in the session: your own helm settings are not touched.</source>
        <translation>helm 的仓库和缓存保存在会话目录中，不会改动您自己的 helm 设置。</translation>
    </message>
    <message>
        <source>This script was generated for helm %1; the installed helm is different. Generate it again on this machine.</source>
        <translation>此脚本是为 helm %1 生成的，与已安装的 helm 版本不符。请在本机重新生成脚本。</translation>
    </message>
    <message>
        <source>Password of %1 at %2: </source>
        <translation>%2 上用户 %1 的密码： </translation>
    </message>
    <message>
        <source>done inside dce-upgrade; nothing to run here</source>
        <translation>已由 dce-upgrade 内部完成，此处无需执行</translation>
    </message>
    <message>
        <source>All steps finished. Values backups are in %1.</source>
        <translation>所有步骤已完成。values 备份位于 %1。</translation>
    </message>
    <message>
        <source>The same steps as &quot;dce-upgrade plan&quot; shows; review them before running the script.</source>
        <translation>步骤与 “dce-upgrade plan” 显示的相同；运行脚本前请先检查。</translation>
    </message>
    <message>
        <source>Not in the image registry of the plan, so not checked (the nodes must reach its registry):</source>
        <translation>不在升级计划的镜像仓库中，因此未检查（节点必须能访问其所在的镜像仓库）：</translation>
    </message>
    <message>
        <source>Cannot ask the image registry:</source>
        <translation>无法查询镜像仓库：</translation>
    </message>
    <message>
        <source>The image registry did not answer the lookup of</source>
        <translation>镜像仓库未正常答复以下镜像的查询：</translation>
    </message>
    <message>
        <source>These images the upgrade would use are not in the image registry. Push them first (the sync of the plan, or &quot;dce-upgrade push&quot; with the package); nothing was changed in the cluster:</source>
        <translation>升级将要使用的以下镜像不在镜像仓库中。请先推送这些镜像（执行升级计划中的同步，或对离线包运行 &quot;dce-upgrade push&quot;）；集群中没有任何改动：</translation>
    </message>
    <message>
        <source>Images the upgrade uses, all in the image registry:</source>
        <translation>升级使用的镜像均已在镜像仓库中，数量：</translation>
    </message>
</context>
<context>
    <name>DceUpgrade::Session</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Check that the disk is not full and that you own the directory.</source>
        <translation>请确认磁盘未满，且您是该目录的所有者。</translation>
    </message>
    <message>
        <source>the directory cannot be created</source>
        <translation>无法创建该目录</translation>
    </message>
    <message>
        <source>No upgrade session at %1.</source>
        <translation>%1 中没有升级会话。</translation>
    </message>
    <message>
        <source>Give the session name printed when the run started, or its directory under %1.</source>
        <translation>请提供运行开始时显示的会话名称，或该会话在 %1 下的目录。</translation>
    </message>
    <message>
        <source>%1 is not a session state this version understands.</source>
        <translation>当前版本无法识别会话状态文件 %1。</translation>
    </message>
    <message>
        <source>Start a new run; the old session directory is kept as it is.</source>
        <translation>请重新开始一次运行；旧的会话目录会原样保留。</translation>
    </message>
    <message>
        <source>%1 already exists and is never overwritten.</source>
        <translation>%1 已存在，不会被覆盖。</translation>
    </message>
    <message>
        <source>Keep that file; start a new session to make a new one.</source>
        <translation>请保留该文件；如需重新生成，请开始新的会话。</translation>
    </message>
</context>
<context>
    <name>DceUpgrade::SshReachability</name>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 未能及时响应。</translation>
    </message>
    <message>
        <source>Check the address and port, and that a firewall lets this machine reach the node&apos;s port %1.</source>
        <translation>请检查地址和端口，并确认防火墙允许本机访问该节点的 %1 端口。</translation>
    </message>
    <message>
        <source>%1 accepts the key login.</source>
        <translation>%1 接受密钥登录。</translation>
    </message>
    <message>
        <source>The identity file is %1; it must be the private key, readable by you.</source>
        <translation>所用的私钥文件为 %1；该文件必须是私钥，且您有权读取。</translation>
    </message>
    <message>
        <source>The host key of %1 is not the one this machine knows: the node was reinstalled, or something intercepts the connection.</source>
        <translation>%1 的主机密钥与本机记录的不一致：节点可能已重装，或者连接被拦截。</translation>
    </message>
    <message>
        <source>The host key of %1 is not known to this machine, and a check in the background cannot ask you to accept it.</source>
        <translation>本机不认识 %1 的主机密钥，而后台检查无法询问您是否接受该密钥。</translation>
    </message>
    <message>
        <source>Connect once from a terminal (%1), compare the fingerprint with the node&apos;s (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub on the node) and answer yes: ssh then keeps it in ~/.ssh/known_hosts.</source>
        <translation>请在终端中连接一次（%1），核对指纹与节点上的一致（在节点上执行 ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub）后回答 yes：ssh 随后会将其保存到 ~/.ssh/known_hosts。</translation>
    </message>
    <message>
        <source>%1 refused the key login.</source>
        <translation>%1 拒绝了密钥登录。</translation>
    </message>
    <message>
        <source>Put the public key into ~%1/.ssh/authorized_keys on the node (ssh-copy-id -p %2 %3), or choose the identity file whose key is there. Password logins cannot be used: the upgrade runs ssh without a terminal.</source>
        <translation>请将公钥添加到节点上的 ~%1/.ssh/authorized_keys（ssh-copy-id -p %2 %3），或选择与其中公钥匹配的私钥文件。不能使用密码登录：升级时 ssh 在没有终端的情况下运行。</translation>
    </message>
    <message>
        <source>Nothing accepts ssh connections on %1 port %2.</source>
        <translation>%1 的 %2 端口上没有服务接受 ssh 连接。</translation>
    </message>
    <message>
        <source>Check the port, and that sshd runs on the node (systemctl status sshd).</source>
        <translation>请检查端口，并确认节点上的 sshd 正在运行（systemctl status sshd）。</translation>
    </message>
    <message>
        <source>The name %1 cannot be resolved.</source>
        <translation>无法解析主机名 %1。</translation>
    </message>
    <message>
        <source>Use the node&apos;s IP address, or add the name to /etc/hosts.</source>
        <translation>请改用节点的 IP 地址，或将该主机名添加到 /etc/hosts。</translation>
    </message>
    <message>
        <source>There is no route from this machine to %1.</source>
        <translation>本机没有到 %1 的路由。</translation>
    </message>
    <message>
        <source>Check the address, and the network between this machine and the node.</source>
        <translation>请检查地址，以及本机与该节点之间的网络。</translation>
    </message>
    <message>
        <source>ssh to %1 failed with exit code %2.</source>
        <translation>ssh 连接 %1 失败，退出码 %2。</translation>
    </message>
    <message>
        <source>ssh to %1 failed: %2</source>
        <translation>ssh 连接 %1 失败：%2</translation>
    </message>
    <message>
        <source>Run the same from a terminal to see more: %1 true</source>
        <translation>请在终端中运行相同的命令查看详情：%1 true</translation>
    </message>
    <message>
        <source>Ask the node&apos;s administrator first. If the node was reinstalled, remove the old key with: ssh-keygen -R &apos;%1&apos;%3, then connect once from a terminal (%2), compare the fingerprint with the node&apos;s and answer yes.</source>
        <translation>请先咨询该节点的管理员。如果节点确实重装过，请删除旧密钥（ssh-keygen -R &apos;%1&apos;%3），然后在终端中连接一次（%2），核对指纹与节点上的一致后回答 yes。</translation>
    </message>
    <message>
        <source>Compare the node&apos;s key (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub on the node) with the one it offers (ssh-keyscan -p %1 %2 | ssh-keygen -lf -), then add it to the plan&apos;s known_hosts file: ssh-keyscan -p %1 %2 &gt;&gt; %3. Or set sync.hostKeys to accept-new to trust a node seen for the first time.</source>
        <translation>请核对节点的密钥（在节点上执行 ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub）与它提供的密钥（ssh-keyscan -p %1 %2 | ssh-keygen -lf -）是否一致，然后将其添加到升级计划指定的 known_hosts 文件：ssh-keyscan -p %1 %2 &gt;&gt; %3。也可以将 sync.hostKeys 设为 accept-new，以信任首次连接的节点。</translation>
    </message>
    <message>
        <source>Or set sync.hostKeys to accept-new to trust a node seen for the first time.</source>
        <translation>也可以将 sync.hostKeys 设为 accept-new，以信任首次连接的节点。</translation>
    </message>
</context>
<context>
    <name>DceUpgrade::Step</name>
    <message>
        <source>Internal error: %1</source>
        <translation>内部错误：%1</translation>
    </message>
    <message>
        <source>This is a bug in dce-upgrade: report it with the session directory.</source>
        <translation>这是 dce-upgrade 的缺陷：请附上会话目录报告此问题。</translation>
    </message>
</context>
<context>
    <name>DceUpgrade::StreamingRequest</name>
    <message>
        <source>Canceled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>The data ended early.</source>
        <translation>数据提前结束。</translation>
    </message>
    <message>
        <source>The connection closed without an answer.</source>
        <translation>连接已关闭，未收到响应。</translation>
    </message>
    <message>
        <source>The connection closed in the middle of the answer.</source>
        <translation>接收响应的过程中连接被关闭。</translation>
    </message>
    <message>
        <source>No data moved for %1 s.</source>
        <translation>已有 %1 秒没有任何数据传输。</translation>
    </message>
    <message>
        <source>The server did not answer in HTTP/1.1.</source>
        <translation>服务器未以 HTTP/1.1 协议响应。</translation>
    </message>
</context>
<context>
    <name>DceUpgrade::SystemError</name>
    <message>
        <source>no such file or directory</source>
        <translation>文件或目录不存在</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>权限不足</translation>
    </message>
    <message>
        <source>no space left on the disk</source>
        <translation>磁盘空间不足</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>磁盘配额已用完</translation>
    </message>
    <message>
        <source>the file system is read-only</source>
        <translation>文件系统为只读</translation>
    </message>
    <message>
        <source>it already exists</source>
        <translation>该文件或目录已存在</translation>
    </message>
    <message>
        <source>a part of the path is not a directory</source>
        <translation>路径中的某一级不是目录</translation>
    </message>
    <message>
        <source>it is a directory</source>
        <translation>这是一个目录</translation>
    </message>
    <message>
        <source>the directory is not empty</source>
        <translation>目录不为空</translation>
    </message>
    <message>
        <source>input/output error (the disk or the network file system failed)</source>
        <translation>输入/输出错误（磁盘或网络文件系统出现故障）</translation>
    </message>
    <message>
        <source>too many open files</source>
        <translation>打开的文件过多</translation>
    </message>
    <message>
        <source>the file name is too long</source>
        <translation>文件名过长</translation>
    </message>
    <message>
        <source>too many levels of symbolic links</source>
        <translation>符号链接层级过多</translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation>文件过大</translation>
    </message>
    <message>
        <source>the file is in use</source>
        <translation>文件正在使用中</translation>
    </message>
    <message>
        <source>it cannot be moved to another file system</source>
        <translation>无法跨文件系统移动</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>内存不足</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>操作被中断</translation>
    </message>
</context>
<context>
    <name>DceUpgrade::TarIndex</name>
    <message>
        <source>%1 is %2-compressed. Offline packages are plain tar files, so that images can be read in place without unpacking.</source>
        <translation>%1 经过了 %2 压缩。离线包应为未压缩的 tar 文件，这样无需解压即可直接读取镜像。</translation>
    </message>
    <message>
        <source>Use the .tar file exactly as downloaded from DaoCloud; do not recompress it.</source>
        <translation>请直接使用从 DaoCloud 下载的原始 .tar 文件，不要重新压缩。</translation>
    </message>
    <message>
        <source>%1 is truncated (%2).</source>
        <translation>%1 已被截断（%2）。</translation>
    </message>
    <message>
        <source>%1 is not a valid tar archive (%2).</source>
        <translation>%1 不是有效的 tar 归档文件（%2）。</translation>
    </message>
    <message>
        <source>The download is incomplete or damaged. Download the package again and compare its checksum.</source>
        <translation>下载的文件不完整或已损坏。请重新下载离线包并核对校验和。</translation>
    </message>
    <message>
        <source>%1 contains the member &quot;%2&quot;, which points outside the package. The package was refused.</source>
        <translation>%1 包含指向离线包之外的条目 &quot;%2&quot;，已拒绝使用该离线包。</translation>
    </message>
    <message>
        <source>Such a package may be an attack. Use only packages downloaded from DaoCloud and verify their checksums.</source>
        <translation>此类离线包可能是恶意构造的。请只使用从 DaoCloud 下载的离线包，并核对其校验和。</translation>
    </message>
    <message>
        <source>%1 links to &quot;%2&quot;, outside the package. The package was refused.</source>
        <translation>%1 链接到离线包之外的 &quot;%2&quot;，已拒绝使用该离线包。</translation>
    </message>
    <message>
        <source>%1 is a symbolic link to &quot;%2&quot;, outside the package. The package was refused.</source>
        <translation>%1 是指向离线包之外 &quot;%2&quot; 的符号链接，已拒绝使用该离线包。</translation>
    </message>
    <message>
        <source>%1 is stored as a sparse file, which offline packages never use.</source>
        <translation>%1 以稀疏文件形式存储，而离线包从不使用稀疏文件。</translation>
    </message>
    <message>
        <source>The package was not made by charts-syncer. Download it again.</source>
        <translation>该离线包不是由 charts-syncer 生成的。请重新下载。</translation>
    </message>
    <message>
        <source>%1 has no member &quot;%2&quot;.</source>
        <translation>%1 中没有条目 &quot;%2&quot;。</translation>
    </message>
    <message>
        <source>%1: the link &quot;%2&quot; points to &quot;%3&quot;, which is not in the archive.</source>
        <translation>%1：链接 &quot;%2&quot; 指向 &quot;%3&quot;，但归档中没有该条目。</translation>
    </message>
    <message>
        <source>The package is incomplete or was not made by charts-syncer.</source>
        <translation>离线包不完整，或不是由 charts-syncer 生成的。</translation>
    </message>
    <message>
        <source>%1 is a directory where a file was expected.</source>
        <translation>%1 应为文件，实际却是目录。</translation>
    </message>
    <message>
        <source>%1: the links starting at &quot;%2&quot; form a loop.</source>
        <translation>%1：从 &quot;%2&quot; 开始的链接形成了循环。</translation>
    </message>
    <message>
        <source>The package is damaged. Download it again.</source>
        <translation>离线包已损坏，请重新下载。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 中的 %2</translation>
    </message>
    <message>
        <source>character device</source>
        <translation>字符设备</translation>
    </message>
    <message>
        <source>block device</source>
        <translation>块设备</translation>
    </message>
    <message>
        <source>named pipe (FIFO)</source>
        <translation>命名管道（FIFO）</translation>
    </message>
    <message>
        <source>socket</source>
        <translation>套接字</translation>
    </message>
    <message>
        <source>special file of an unknown type</source>
        <translation>未知类型的特殊文件</translation>
    </message>
    <message>
        <source>The package is damaged or was altered: `tar xvf` could not unpack it as it is either. Download it again from DaoCloud and compare its checksum.</source>
        <translation>离线包已损坏或被改动：`tar xvf` 也无法原样解压它。请从 DaoCloud 重新下载，并比对其校验和。</translation>
    </message>
    <message>
        <source>%1 is a hard link to &quot;%2&quot;, which is not in the archive.</source>
        <translation>%1 是指向“%2”的硬链接，但归档中没有该成员。</translation>
    </message>
    <message>
        <source>%1 is a hard link to &quot;%2&quot;, which is stored after it: tar cannot extract such a link.</source>
        <translation>%1 是指向“%2”的硬链接，但该成员存放在它之后：tar 无法解压这样的链接。</translation>
    </message>
    <message>
        <source>%1 is a symbolic link to &quot;%2&quot;, which leads outside the package through other links. The package was refused.</source>
        <translation>%1 是指向“%2”的符号链接，它经由其他链接指向离线包之外。已拒绝该离线包。</translation>
    </message>
    <message>
        <source>%1 is a symbolic link to the directory &quot;%2&quot;; offline packages link only to files.</source>
        <translation>%1 是指向目录“%2”的符号链接；离线包中的链接只能指向文件。</translation>
    </message>
    <message>
        <source>The package was altered or was not made by DaoCloud&apos;s tools. Download it again from DaoCloud and compare its checksum.</source>
        <translation>离线包已被改动，或并非由 DaoCloud 的工具制作。请从 DaoCloud 重新下载，并比对其校验和。</translation>
    </message>
    <message>
        <source>%1 is a symbolic link to &quot;%2&quot;, which is not in the archive.</source>
        <translation>%1 是指向“%2”的符号链接，但归档中没有该成员。</translation>
    </message>
    <message>
        <source>%1: %2 is a %3. Offline packages hold only files, directories and links, so the package was refused.</source>
        <translation>%1：%2 是%3。离线包只能包含文件、目录和链接，因此已拒绝该离线包。</translation>
    </message>
    <message>
        <source>%1: the symbolic links starting at &quot;%2&quot; form a loop.</source>
        <translation>%1：从“%2”开始的符号链接构成了循环。</translation>
    </message>
</context>
<context>
    <name>DceUpgrade::TerminalProgress</name>
    <message>
        <source>done (%1 s)</source>
        <translation>已完成（%1 秒）</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>已跳过：%1</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>FAILED: %1
      What to do: %2 (%3)</source>
        <translation>失败：%1
      处理方法：%2（%3）</translation>
    </message>
    <message>
        <source>started</source>
        <translation>已开始</translation>
    </message>
    <message>
        <source>done: %1</source>
        <translation>已完成：%1</translation>
    </message>
    <message>
        <source>FAILED: %1
        What to do: %2 (%3)</source>
        <translation>失败：%1
        处理方法：%2（%3）</translation>
    </message>
</context>
<context>
    <name>DceUpgrade::TgzWriter</name>
    <message>
        <source>Could not package the relocated chart %1: %2.</source>
        <translation>无法打包已改写镜像地址的 Chart %1：%2。</translation>
    </message>
    <message>
        <source>This is a bug in dce-upgrade; report it with the log.</source>
        <translation>这是 dce-upgrade 的缺陷，请附上日志反馈此问题。</translation>
    </message>
</context>
<context>
    <name>DceUpgrade::TimeText</name>
    <message>
        <source>%1 %2 (UTC%3)</source>
        <comment>@info long date, time, offset from UTC such as +08:00</comment>
        <translation>%1 %2（UTC%3）</translation>
    </message>
    <message>
        <source>%1 %2 %3 (UTC%4)</source>
        <comment>@info long date, time, time zone abbreviation such as CST, offset from UTC such as +08:00</comment>
        <translation>%1 %2 %3（UTC%4）</translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>@item exact duration in seconds</comment>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <comment>@item exact duration</comment>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min %3 s</source>
        <comment>@item exact duration</comment>
        <translation>%1 小时 %2 分 %3 秒</translation>
    </message>
</context>
<context>
    <name>DceUpgrade::ToolEnvironment</name>
    <message>
        <source>Kubeconfig: %1 (the plan names none; set upgrade.kubeconfig to choose another).</source>
        <translation>kubeconfig：%1（升级计划中未指定；如需使用其他文件，请设置 upgrade.kubeconfig）。</translation>
    </message>
    <message>
        <source>Kubeconfig: %1, from the KUBECONFIG variable of this shell (the plan names none; set upgrade.kubeconfig to choose another).</source>
        <translation>kubeconfig：%1，来自当前 shell 的 KUBECONFIG 环境变量（升级计划中未指定；如需使用其他文件，请设置 upgrade.kubeconfig）。</translation>
    </message>
</context>
<context>
    <name>DceUpgrade::TransferRate</name>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1, %2/s</source>
        <translation>%1，%2/s</translation>
    </message>
    <message>
        <source>%1, about %2 left</source>
        <translation>%1，剩余约 %2</translation>
    </message>
</context>
<context>
    <name>DceUpgrade::UnimplementedStep</name>
    <message>
        <source>This engine has no implementation of the step &quot;%1&quot; (%2).</source>
        <translation>此引擎没有实现步骤“%1”（%2）。</translation>
    </message>
    <message>
        <source>This is a bug in dce-upgrade: report it with the session directory. The exported script does the same work by hand.</source>
        <translation>这是 dce-upgrade 的缺陷：请附上会话目录报告此问题。导出的脚本可以手动完成同样的工作。</translation>
    </message>
</context>
<context>
    <name>DceUpgrade::UpgradePlan</name>
    <message>
        <source>&quot;%1&quot; must be a mapping.</source>
        <translation>&quot;%1&quot; 必须是 YAML 映射。</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; in %2 (known: %3).</source>
        <translation>%2 中有未知的键 &quot;%1&quot;（可用的键：%3）。</translation>
    </message>
    <message>
        <source>%1.%2 must be a text value.</source>
        <translation>%1.%2 必须是文本值。</translation>
    </message>
    <message>
        <source>%1.%2 must be true or false.</source>
        <translation>%1.%2 必须是 true 或 false。</translation>
    </message>
    <message>
        <source>%1.%2 must be a whole number from %3 to %4.</source>
        <translation>%1.%2 必须是 %3 到 %4 之间的整数。</translation>
    </message>
    <message>
        <source>%1.%2 is &quot;%3&quot;; it must be one of: %4.</source>
        <translation>%1.%2 的值为 &quot;%3&quot;，但必须是以下之一：%4。</translation>
    </message>
    <message>
        <source>Correct the plan file and try again.</source>
        <translation>请修正升级计划文件后重试。</translation>
    </message>
    <message>
        <source>a plan must be a YAML mapping.</source>
        <translation>升级计划必须是 YAML 映射。</translation>
    </message>
    <message>
        <source>apiVersion must be &quot;%1&quot;; this program does not know &quot;%2&quot;.</source>
        <translation>apiVersion 必须是 &quot;%1&quot;；本程序无法识别 &quot;%2&quot;。</translation>
    </message>
    <message>
        <source>kind must be &quot;%1&quot;.</source>
        <translation>kind 必须是 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>registry.scheme must be https or http.</source>
        <translation>registry.scheme 必须是 https 或 http。</translation>
    </message>
    <message>
        <source>registry.address is a host name or address with an optional port, such as 10.16.23.145 or harbor.example.com:8443, without http:// or a path. Put the project into registry.repository.</source>
        <translation>registry.address 应为主机名或 IP 地址，可带端口，例如 10.16.23.145 或 harbor.example.com:8443，不能包含 http:// 或路径。项目请写在 registry.repository 中。</translation>
    </message>
    <message>
        <source>sync.nodes must be a list of nodes.</source>
        <translation>sync.nodes 必须是节点列表。</translation>
    </message>
    <message>
        <source>upgrade.timeout must be a duration such as 10m, 600s or 1h30m.</source>
        <translation>upgrade.timeout 必须是时长，例如 10m、600s 或 1h30m。</translation>
    </message>
    <message>
        <source>upgrade.releases must be a list.</source>
        <translation>upgrade.releases 必须是列表。</translation>
    </message>
    <message>
        <source>Cannot read the plan %1: %2</source>
        <translation>无法读取升级计划 %1：%2</translation>
    </message>
    <message>
        <source>Check the path to the plan file.</source>
        <translation>请检查升级计划文件的路径。</translation>
    </message>
    <message>
        <source>a plan never holds a password. Remove it: the password is asked for when it is needed and is never stored.</source>
        <translation>升级计划中不能包含密码。请将其删除：密码会在需要时询问，且从不保存。</translation>
    </message>
    <message>
        <source>%1.%2 must be a whole number.</source>
        <translation>%1.%2 必须是整数。</translation>
    </message>
    <message>
        <source>Correct the plan and try again.</source>
        <translation>请修正升级计划后重试。</translation>
    </message>
    <message>
        <source>The plan names no offline package (package).</source>
        <translation>升级计划没有指定离线包（package）。</translation>
    </message>
    <message>
        <source>Set package to the path of the module&apos;s offline package (the .tar file).</source>
        <translation>请将 package 设为该模块离线包（.tar 文件）的路径。</translation>
    </message>
    <message>
        <source>The plan pushes images but names no registry (registry.address).</source>
        <translation>升级计划需要推送镜像，但没有指定镜像仓库（registry.address）。</translation>
    </message>
    <message>
        <source>Set registry.address to the registry&apos;s host name or address, such as 10.16.23.145 or harbor.example.com:8443.</source>
        <translation>请将 registry.address 设为镜像仓库的主机名或 IP 地址，例如 10.16.23.145 或 harbor.example.com:8443。</translation>
    </message>
    <message>
        <source>The plan both trusts a CA file and skips TLS verification; choose one.</source>
        <translation>升级计划既指定了信任的 CA 证书文件，又设置了跳过 TLS 校验；请二选一。</translation>
    </message>
    <message>
        <source>Remove registry.caFile to skip the verification, or set registry.insecure to false to verify against that CA.</source>
        <translation>如需跳过校验，请删除 registry.caFile；如需使用该 CA 证书校验，请将 registry.insecure 设为 false。</translation>
    </message>
    <message>
        <source>charts-syncer can publish the chart only to a Harbor chart repository or a local directory.</source>
        <translation>charts-syncer 只能将 Chart 发布到 Harbor Helm 仓库或本地目录。</translation>
    </message>
    <message>
        <source>Set sync.chartTarget to harbor or local, or use the built-in sync, which also publishes to OCI.</source>
        <translation>请将 sync.chartTarget 设为 harbor 或 local，或改用内置同步（它还支持发布到 OCI 仓库）。</translation>
    </message>
    <message>
        <source>sync.chartTarget is %1, but sync.chartRepoUrl does not say where the chart goes.</source>
        <translation>sync.chartTarget 为 %1，但 sync.chartRepoUrl 未指定 Chart 的发布地址。</translation>
    </message>
    <message>
        <source>Set sync.chartRepoUrl (https://HARBOR/chartrepo/PROJECT for harbor, oci://REGISTRY/PROJECT for oci), or set sync.chartTarget to none when the chart needs no publishing.</source>
        <translation>请设置 sync.chartRepoUrl（harbor 为 https://HARBOR/chartrepo/PROJECT，oci 为 oci://REGISTRY/PROJECT）；如果无需发布 Chart，请将 sync.chartTarget 设为 none。</translation>
    </message>
    <message>
        <source>sync.chartTarget is local, but sync.localChartPath does not say which directory the chart goes to.</source>
        <translation>sync.chartTarget 为 local，但 sync.localChartPath 未指定 Chart 要写入的目录。</translation>
    </message>
    <message>
        <source>Set sync.localChartPath, or set sync.chartTarget to none.</source>
        <translation>请设置 sync.localChartPath，或将 sync.chartTarget 设为 none。</translation>
    </message>
    <message>
        <source>The containerd method imports images on every node, but the plan lists no nodes (sync.nodes).</source>
        <translation>containerd 方式需要在每个节点上导入镜像，但升级计划中没有列出任何节点（sync.nodes）。</translation>
    </message>
    <message>
        <source>List every node that runs the module&apos;s pods under sync.nodes, or choose another sync.method.</source>
        <translation>请在 sync.nodes 中列出运行该模块 Pod 的所有节点，或选择其他同步方式（sync.method）。</translation>
    </message>
    <message>
        <source>%1 has no host; every node needs one.</source>
        <translation>%1 没有设置 host；每个节点都必须设置 host。</translation>
    </message>
    <message>
        <source>Give the node&apos;s host name or address, or remove the entry.</source>
        <translation>请填写该节点的主机名或 IP 地址，或删除该条目。</translation>
    </message>
    <message>
        <source>%1 is the same node as sync.nodes[%2] (%3, port %4): the images would be imported twice.</source>
        <translation>%1 与 sync.nodes[%2] 是同一个节点（%3，端口 %4）：镜像会被导入两次。</translation>
    </message>
    <message>
        <source>List every node once.</source>
        <translation>每个节点只能列出一次。</translation>
    </message>
    <message>
        <source>The helm-repo method needs the chart repository URL (upgrade.repoUrl, or sync.chartRepoUrl when the sync publishes the chart to Harbor).</source>
        <translation>“Helm 仓库”方式需要提供 Helm 仓库地址（upgrade.repoUrl；如果同步时将 Chart 发布到 Harbor，则使用 sync.chartRepoUrl）。</translation>
    </message>
    <message>
        <source>upgrade.releases[%1] names no chart; every release needs its chart name.</source>
        <translation>upgrade.releases[%1] 没有指定 Chart；每个 Release 都必须设置 Chart 名称。</translation>
    </message>
    <message>
        <source>Add the chart name, such as skoala, or remove the entry.</source>
        <translation>请填写 Chart 名称（例如 skoala），或删除该条目。</translation>
    </message>
    <message>
        <source>The plan neither syncs the images nor upgrades (sync.method and upgrade.method are both none): there is nothing to do.</source>
        <translation>该计划既不同步镜像也不升级（sync.method 和 upgrade.method 均为 none）：没有任何要做的事。</translation>
    </message>
    <message>
        <source>Choose a sync method to stage the images now (builtin, charts-syncer, docker or containerd), or an upgrade method (helm-repo or chart-package).</source>
        <translation>请选择一种同步方式以现在预置镜像（builtin、charts-syncer、docker 或 containerd），或选择一种升级方式（helm-repo 或 chart-package）。</translation>
    </message>
    <message>
        <source>sync.docker is nodes: Docker loads the images on every node, but the plan lists no nodes (sync.nodes).</source>
        <translation>sync.docker 为 nodes：Docker 需要在每个节点上加载镜像，但升级计划中没有列出任何节点（sync.nodes）。</translation>
    </message>
    <message>
        <source>List every node that runs the module&apos;s pods under sync.nodes, or set sync.docker to registry to push from this machine.</source>
        <translation>请在 sync.nodes 中列出运行该模块 Pod 的所有节点，或将 sync.docker 设为 registry，从本机推送镜像。</translation>
    </message>
    <message>
        <source>%1 is this machine (local: true) and also says how to reach it over ssh (%2); choose one.</source>
        <translation>%1 是本机（local: true），但又指定了通过 ssh 连接它的方式（%2）；请二选一。</translation>
    </message>
    <message>
        <source>Remove local to reach the node over ssh, or remove host and identityFile.</source>
        <translation>如需通过 ssh 连接该节点，请删除 local；否则请删除 host 和 identityFile。</translation>
    </message>
    <message>
        <source>%1 is this machine (local: true), like sync.nodes[%2]: the images would be imported twice.</source>
        <translation>%1 与 sync.nodes[%2] 一样都是本机（local: true）：镜像会被导入两次。</translation>
    </message>
    <message>
        <source>sync.imagesAlreadyOn says where the images were put before the run, so it goes with sync.method: none only.</source>
        <translation>sync.imagesAlreadyOn 说明镜像在本次运行之前存放的位置，因此只能与 sync.method: none 一起使用。</translation>
    </message>
    <message>
        <source>Remove sync.imagesAlreadyOn, or set sync.method to none when the images are already on the nodes.</source>
        <translation>请删除 sync.imagesAlreadyOn；如果镜像已在各节点上，请将 sync.method 设为 none。</translation>
    </message>
    <message>
        <source>it does not start with oci://</source>
        <translation>未以 oci:// 开头</translation>
    </message>
    <message>
        <source>it names no registry host</source>
        <translation>未指定镜像仓库主机</translation>
    </message>
    <message>
        <source>a user name, password, query or fragment has no place in it</source>
        <translation>其中不能包含用户名、密码、查询参数或片段</translation>
    </message>
    <message>
        <source>it names no project after the registry</source>
        <translation>镜像仓库后面未指定项目</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no repository name (lower-case letters, digits, and &quot;.&quot;, &quot;_&quot; or &quot;-&quot; between them)</source>
        <translation>&quot;%1&quot; 不是有效的仓库名称（只能使用小写字母、数字，以及位于其间的 &quot;.&quot;、&quot;_&quot; 或 &quot;-&quot;）</translation>
    </message>
    <message>
        <source>sync.chartRepoUrl %1 is not a place in an OCI registry: %2.</source>
        <translation>sync.chartRepoUrl %1 不是 OCI 镜像仓库中的有效位置：%2。</translation>
    </message>
    <message>
        <source>Write it as oci://REGISTRY[:PORT]/PROJECT, such as oci://harbor.example.com/skoala; helm adds the chart name and version itself.</source>
        <translation>请按 oci://REGISTRY[:PORT]/PROJECT 的格式填写，例如 oci://harbor.example.com/skoala；helm 会自行添加 Chart 名称和版本。</translation>
    </message>
    <message>
        <source>Set upgrade.repoUrl, such as https://HARBOR/chartrepo/PROJECT (Harbor 2.8 and later: oci://HARBOR/PROJECT), or choose the chart-package method, which installs the chart from the package.</source>
        <translation>请设置 upgrade.repoUrl，例如 https://HARBOR/chartrepo/PROJECT（Harbor 2.8 及更高版本为 oci://HARBOR/PROJECT），或改用 chart-package 方式，直接安装离线包中的 Chart。</translation>
    </message>
    <message>
        <source>upgrade.repoUrl %1 is not a chart repository in an OCI registry: %2.</source>
        <translation>upgrade.repoUrl %1 不是 OCI 镜像仓库中的有效 Helm 仓库：%2。</translation>
    </message>
</context>
<context>
    <name>DceUpgrade::ValueRewrites</name>
    <message>
        <source>The value %1 would have to be both %2 and %3.</source>
        <translation>值 %1 需要同时为 %2 和 %3，二者冲突。</translation>
    </message>
</context>
<context>
    <name>DceUpgrade::ValuesBackupStep</name>
    <message>
        <source>Kept the backup made earlier: %1</source>
        <translation>保留之前已生成的备份：%1</translation>
    </message>
    <message>
        <source>Cannot save the values backup %1: %2</source>
        <translation>无法保存 values 备份 %1：%2</translation>
    </message>
    <message>
        <source>Check the disk where the session is kept, then run again.</source>
        <translation>请检查会话目录所在的磁盘，然后重新运行。</translation>
    </message>
    <message>
        <source>The release has no values of its own; saved the empty backup to %1.</source>
        <translation>该 Release 没有自定义的 values，已将空备份保存到 %1。</translation>
    </message>
    <message>
        <source>Saved the values to %1.</source>
        <translation>已将 values 保存到 %1。</translation>
    </message>
</context>
<context>
    <name>DceUpgrade::ValuesPrepareStep</name>
    <message>
        <source>The values backup %1 cannot be read.</source>
        <translation>无法读取 values 备份 %1。</translation>
    </message>
    <message>
        <source>Run again: the backup step runs before this one.</source>
        <translation>请重新运行：备份步骤会在此步骤之前执行。</translation>
    </message>
    <message>
        <source>%1: (not set) -&gt; %2</source>
        <translation>%1：（未设置）改为 %2</translation>
    </message>
    <message>
        <source>%1: %2 -&gt; %3</source>
        <translation>%1：%2 改为 %3</translation>
    </message>
    <message>
        <source>Your values pin %1: that image stays as it is after the upgrade. Remove the value if the new chart&apos;s image is wanted.</source>
        <translation>您的 values 固定了 %1：升级后该镜像保持不变。如需使用新 Chart 中的镜像，请删除该值。</translation>
    </message>
    <message>
        <source>Values for the upgrade: %1 (every other value of the backup kept).</source>
        <translation>升级使用的 values：%1（备份中的其他值均保留）。</translation>
    </message>
    <message>
        <source>Renamed %1 (a version note of this upgrade).</source>
        <translation>已改名 %1（本次升级的版本说明要求）。</translation>
    </message>
    <message>
        <source>%1 is not renamed: the values have the new name too. Check which one the new chart should get.</source>
        <translation>%1 未改名：values 中已有新名称的键。请确认新版 Chart 应使用哪一个。</translation>
    </message>
</context>
<context>
    <name>DceUpgrade::VersionNotes</name>
    <message>
        <source>%1 → %2</source>
        <comment>a values key renamed: old → new</comment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator between renamed keys</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 (%2 → %3): %4</source>
        <extracomment>%1: a release; %2: the chart version installed; %3: the version upgraded to; %4: the note</extracomment>
        <translation>%1（%2 → %3）：%4</translation>
    </message>
    <message>
        <source>%1, if the installed version is %2 (this upgrade installs %3): %4</source>
        <extracomment>%1: a release; %2: a version range such as &lt;0.12.0; %3: the version upgraded to; %4: the note</extracomment>
        <translation>%1（如果已安装的版本满足 %2；本次升级安装 %3）：%4</translation>
    </message>
    <message>
        <source>The upgrade renames %1 in the values it passes to helm; the backup stays as it was.</source>
        <extracomment>%1: values keys renamed, such as keycloak → keycloakx</extracomment>
        <translation>升级时会在传给 helm 的 values 中改名：%1；备份保持不变。</translation>
    </message>
    <message>
        <source>upgrade.renameKeys is false: rename %1 in the values yourself.</source>
        <extracomment>%1: values keys to rename, such as keycloak → keycloakx</extracomment>
        <translation>upgrade.renameKeys 为 false，请自行在 values 中改名（%1）。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>sentence, next sentence</comment>
        <extracomment>One sentence after another (Chinese needs no space after its full stop)</extracomment>
        <translation>%1%2</translation>
    </message>
</context>
<context>
    <name>DceUpgrade::Wizard::BundlePage</name>
    <message>
        <source>Offline package</source>
        <comment>@title</comment>
        <translation>离线包</translation>
    </message>
    <message>
        <source>&amp;Package file:</source>
        <translation>离线包文件(&amp;P)：</translation>
    </message>
    <message>
        <source>for example %1</source>
        <translation>例如 %1</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <comment>@action</comment>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose the package file</source>
        <translation>选择离线包文件</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <comment>@status</comment>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Choose the offline package</source>
        <comment>@title:window</comment>
        <translation>选择离线包</translation>
    </message>
    <message>
        <source>%1 packages (%2)</source>
        <extracomment>%1: the module&apos;s name, such as 微服务引擎 (Microservice Engine)</extracomment>
        <translation>%1离线包 (%2)</translation>
    </message>
    <message>
        <source>Tar archives (*.tar)</source>
        <translation>Tar 归档文件 (*.tar)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose the %1 offline package you downloaded, or drop it here. Its charts and images are shown without unpacking anything.</source>
        <extracomment>%1: the module&apos;s name, such as 微服务引擎 (Microservice Engine)</extracomment>
        <translation>请选择您下载的%1离线包，或将其拖放到此处。无需解压即可查看其中的 Chart 和镜像。</translation>
    </message>
    <message>
        <source>Clear the package path</source>
        <comment>@action</comment>
        <translation>清除离线包路径</translation>
    </message>
    <message>
        <source>&amp;Recent</source>
        <comment>@action</comment>
        <translation>最近使用(&amp;R)</translation>
    </message>
    <message>
        <source>Recent packages</source>
        <translation>最近使用的离线包</translation>
    </message>
    <message>
        <source>Open one of the packages read before</source>
        <translation>打开之前读取过的离线包</translation>
    </message>
    <message>
        <source>Reading the package</source>
        <comment>@info busy indicator</comment>
        <translation>正在读取离线包</translation>
    </message>
    <message>
        <source>&amp;Verify every layer</source>
        <comment>@action</comment>
        <translation>校验所有镜像层(&amp;V)</translation>
    </message>
    <message>
        <source>Read each image layer in the package and compare it with its digest. Takes about as long as copying the package.</source>
        <translation>读取离线包中的每个镜像层并与其摘要比对。耗时与复制整个离线包相当。</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <comment>@action</comment>
        <translation>重新核对(&amp;A)</translation>
    </message>
    <message>
        <source>Compare the package with its checksum file again</source>
        <translation>再次将离线包与其校验和文件比对</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <comment>@action</comment>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>Stop the check; the package stays open</source>
        <translation>停止校验；离线包保持打开</translation>
    </message>
    <message>
        <source>Check progress</source>
        <translation>校验进度</translation>
    </message>
    <message>
        <source>&amp;%1  %2 (in %3)</source>
        <comment>number, file name, folder</comment>
        <translation>&amp;%1  %2（位于 %3）</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <comment>a recent package that is no longer there</comment>
        <translation>%1（已不存在）</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>bytes done of bytes in all</comment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Checking the %1 checksum: %2</source>
        <comment>@status algorithm, amount</comment>
        <translation>正在核对 %1 校验和：%2</translation>
    </message>
    <message>
        <source>Checking every layer: %1</source>
        <comment>@status amount</comment>
        <translation>正在校验所有镜像层：%1</translation>
    </message>
    <message>
        <source>Fol&amp;der…</source>
        <comment>@action</comment>
        <translation>文件夹(&amp;D)…</translation>
    </message>
    <message>
        <source>Choose the folder where you unpacked a bundle with tar xvf (hints.yaml, images.tar, original-chart), or a folder that holds one package file</source>
        <translation>选择用 tar xvf 解压 bundle 所在的文件夹（含 hints.yaml、images.tar、original-chart），或只包含一个离线包文件的文件夹</translation>
    </message>
    <message>
        <source>The package is read in place: only its table of contents, the chart and the image manifests are read, so even a package of several gigabytes opens in seconds and needs no free disk space.

If a .sha512sum file was published with the package, keep it in the same folder: the package is compared with it as soon as it is read.

You can also drop the package file onto this page, or choose or drop the folder where you unpacked a bundle with tar xvf.</source>
        <translation>离线包原地读取：只读取其目录、Chart 和镜像清单，因此即使是数 GB 的离线包也能在几秒内打开，且不占用额外磁盘空间。

如果离线包随附 .sha512sum 文件，请将其放在同一目录下：读取离线包后会立即与其比对。

也可以将离线包文件拖放到此页面，或选择、拖放用 tar xvf 解压 bundle 所在的文件夹。</translation>
    </message>
    <message>
        <source>Choose the folder of an unpacked bundle</source>
        <comment>@title:window</comment>
        <translation>选择已解压 bundle 所在的文件夹</translation>
    </message>
    <message>
        <source>Choose the offline package of the DCE module you upgrade, or drop it here. The module is recognised from its charts, which are shown with its images without unpacking anything.</source>
        <translation>请选择要升级的 DCE 模块的离线包，或将其拖放到此处。向导根据其中的 Chart 识别模块，并在不解压的情况下列出 Chart 和镜像。</translation>
    </message>
    <message>
        <source>DCE module packages (%1)</source>
        <translation>DCE 模块离线包 (%1)</translation>
    </message>
</context>
<context>
    <name>DceUpgrade::Wizard::ChartVersionFetcher</name>
    <message>
        <source>The repository refused the user name and password: check them on the Registry page.</source>
        <translation>仓库拒绝了该用户名和密码：请在“镜像仓库”页面检查。</translation>
    </message>
    <message>
        <source>The repository&apos;s certificate is not trusted: choose its CA file on the Registry page.</source>
        <translation>仓库的证书不受信任：请在“镜像仓库”页面选择其 CA 证书文件。</translation>
    </message>
    <message>
        <source>Check the URL: Harbor&apos;s chart repository is https://HARBOR/chartrepo/PROJECT, and Harbor 2.8 and later have none (then upgrade from the chart package).</source>
        <translation>请检查 URL：Harbor 的 Helm 仓库地址为 https://HARBOR/chartrepo/PROJECT；Harbor 2.8 及更高版本没有 Helm 仓库（此时请改用离线包中的 Chart 升级）。</translation>
    </message>
    <message>
        <source>Check that this machine reaches %1, and the URL.</source>
        <translation>请确认本机可以访问 %1，并检查 URL。</translation>
    </message>
    <message>
        <source>Cannot create a temporary directory for helm: %1</source>
        <translation>无法为 helm 创建临时目录：%1</translation>
    </message>
    <message>
        <source>Free some space in %1.</source>
        <translation>请在 %1 中释放一些空间。</translation>
    </message>
    <message>
        <source>The chart repository needs the password of %1, which has not been typed in.</source>
        <translation>Helm 仓库需要用户 %1 的密码，但尚未输入。</translation>
    </message>
    <message>
        <source>Type the password on the Registry page, then fetch the versions again.</source>
        <translation>请在“镜像仓库”页面输入密码，然后重新获取版本。</translation>
    </message>
    <message>
        <source>helm listed the versions of %1 in a form this version does not understand.</source>
        <translation>无法解析 helm 列出的 %1 版本：当前版本无法识别其格式。</translation>
    </message>
    <message>
        <source>helm could not be started.</source>
        <translation>无法启动 helm。</translation>
    </message>
    <message>
        <source>helm did not answer within %1 seconds.</source>
        <translation>helm 在 %1 秒内没有响应。</translation>
    </message>
    <message>
        <source>Check that this machine reaches %1.</source>
        <translation>请确认本机可以访问 %1。</translation>
    </message>
    <message>
        <source>helm crashed.</source>
        <translation>helm 崩溃了。</translation>
    </message>
    <message>
        <source>Check the helm installation with `helm version`.</source>
        <translation>请使用 `helm version` 检查 helm 的安装。</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>退出码 %1</translation>
    </message>
    <message>
        <source>helm could not add the Helm repository %1: %2</source>
        <translation>helm 无法添加 Helm 仓库 %1：%2</translation>
    </message>
    <message>
        <source>helm could not list the chart versions: %1</source>
        <translation>helm 无法列出 Chart 版本：%1</translation>
    </message>
    <message>
        <source>Check `helm version`: helm 3.7 or later is needed.</source>
        <translation>请检查 `helm version`：需要 helm 3.7 或更高版本。</translation>
    </message>
</context>
<context>
    <name>DceUpgrade::Wizard::CommandLine</name>
    <message>
        <source>Offline upgrade wizard for DCE 5.0 modules: reads the offline package, pushes its images to your registry and upgrades the Helm releases.</source>
        <translation>DCE 5.0 模块离线升级向导：读取离线包，将其中的镜像推送到您的镜像仓库，并升级 Helm Release。</translation>
    </message>
    <message>
        <source>Offline package to open on the package page (optional).</source>
        <translation>在离线包页面打开的离线包（可选）。</translation>
    </message>
    <message>
        <source>Interface language: en or zh_CN (default: the system&apos;s).</source>
        <translation>界面语言：en 或 zh_CN（默认跟随系统）。</translation>
    </message>
    <message>
        <source>Save a PNG of the window to FILE once it is shown and the package (if any) is read, then quit (exit code 0, or 1 when it cannot be written).</source>
        <translation>窗口显示且离线包（如有）读取完成后，将窗口截图保存为 PNG 文件 FILE，然后退出（退出码 0；无法写入时为 1）。</translation>
    </message>
    <message>
        <source>Quit after MS milliseconds (smoke test: exit code 0 when the window came up). Works with QT_QPA_PLATFORM=offscreen.</source>
        <translation>MS 毫秒后退出（冒烟测试：窗口成功显示则退出码为 0）。可与 QT_QPA_PLATFORM=offscreen 一起使用。</translation>
    </message>
    <message>
        <source>--quit-after needs a number of milliseconds.</source>
        <translation>--quit-after 需要一个毫秒数。</translation>
    </message>
    <message>
        <source>--lang must be en or zh_CN.</source>
        <translation>--lang 只能是 en 或 zh_CN。</translation>
    </message>
    <message>
        <source>Give at most one PACKAGE.</source>
        <translation>最多只能指定一个 PACKAGE。</translation>
    </message>
    <message>
        <source>Cannot write the screenshot to %1.</source>
        <translation>无法将截图写入 %1。</translation>
    </message>
    <message>
        <source>Label the window as a demo and show the notes in FILE on the first page (used by scripts/run.sh --demo).</source>
        <translation>将窗口标记为演示，并在第一页显示 FILE 中的说明（供 scripts/run.sh --demo 使用）。</translation>
    </message>
    <message>
        <source>Cannot read the demo notes %1: %2</source>
        <translation>无法读取演示说明 %1：%2</translation>
    </message>
    <message>
        <source>Start from this plan file (as saved from the Review page or written for dce-upgrade run) instead of the choices saved from the wizard&apos;s last use.</source>
        <translation>从此升级计划文件开始（可以是在“确认计划”页面保存的文件，也可以是为 dce-upgrade run 编写的文件），而不沿用向导上次使用时保存的选择。</translation>
    </message>
    <message>
        <source>Module to upgrade (default: the one the package&apos;s charts belong to, recognised when it is read). Known: %1.</source>
        <translation>要升级的模块（默认：读取离线包时根据其中的 Chart 识别）。可选：%1。</translation>
    </message>
</context>
<context>
    <name>DceUpgrade::Wizard::EngineRun</name>
    <message>
        <source>Cannot create a private temporary folder for the plan: %1</source>
        <translation>无法为升级计划创建私有临时目录：%1</translation>
    </message>
</context>
<context>
    <name>DceUpgrade::Wizard::ErrorPanel</name>
    <message>
        <source>What to do: %1</source>
        <translation>处理方法：%1</translation>
    </message>
    <message>
        <source>Error</source>
        <comment>@title</comment>
        <translation>错误</translation>
    </message>
    <message>
        <source>Error</source>
        <comment>@info the error icon</comment>
        <translation>错误</translation>
    </message>
</context>
<context>
    <name>DceUpgrade::Wizard::FinishPage</name>
    <message>
        <source>%1 → %2</source>
        <comment>@item before → after</comment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Nothing was run.</source>
        <comment>@info</comment>
        <translation>没有执行任何操作。</translation>
    </message>
    <message>
        <source>The upgrade of %1 was rolled back: its releases are at their earlier revisions again.</source>
        <comment>@info</comment>
        <extracomment>%1: the module&apos;s name, such as 微服务引擎 (Microservice Engine)</extracomment>
        <translation>%1的升级已回滚：其 Release 已恢复到之前的修订版本。</translation>
    </message>
    <message>
        <source>%1 was upgraded: every step succeeded.</source>
        <comment>@info</comment>
        <extracomment>%1: the module&apos;s name, such as 微服务引擎 (Microservice Engine)</extracomment>
        <translation>%1升级成功：所有步骤均已完成。</translation>
    </message>
    <message>
        <source>The rollback failed before its first step.</source>
        <comment>@info</comment>
        <translation>回滚在第一个步骤开始前就失败了。</translation>
    </message>
    <message>
        <source>The upgrade of %1 failed before its first step.</source>
        <comment>@info</comment>
        <extracomment>%1: the module&apos;s name, such as 微服务引擎 (Microservice Engine)</extracomment>
        <translation>%1的升级在第一个步骤开始前就失败了。</translation>
    </message>
    <message>
        <source>The rollback failed at the step “%1”.</source>
        <comment>@info</comment>
        <translation>回滚在步骤“%1”失败。</translation>
    </message>
    <message>
        <source>The upgrade of %1 failed at the step “%2”.</source>
        <comment>@info</comment>
        <extracomment>%1: the module&apos;s name, such as 微服务引擎 (Microservice Engine)</extracomment>
        <translation>%1的升级在步骤“%2”失败。</translation>
    </message>
    <message>
        <source>The rollback was canceled.</source>
        <comment>@info</comment>
        <translation>回滚已取消。</translation>
    </message>
    <message>
        <source>The upgrade of %1 was canceled; the steps already done stay done.</source>
        <comment>@info</comment>
        <extracomment>%1: the module&apos;s name, such as 微服务引擎 (Microservice Engine)</extracomment>
        <translation>%1的升级已取消；已完成的步骤不会被撤销。</translation>
    </message>
    <message>
        <source>The rollback did not finish: the engine worker stopped unexpectedly.</source>
        <comment>@info</comment>
        <translation>回滚未完成：执行进程意外终止。</translation>
    </message>
    <message>
        <source>The upgrade of %1 did not finish: the engine worker stopped unexpectedly.</source>
        <comment>@info</comment>
        <extracomment>%1: the module&apos;s name, such as 微服务引擎 (Microservice Engine)</extracomment>
        <translation>%1的升级未完成：执行进程意外终止。</translation>
    </message>
    <message>
        <source>Outcome</source>
        <comment>@label</comment>
        <translation>运行结果</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <comment>@info</comment>
        <translation>处理方法：%1</translation>
    </message>
    <message>
        <source>Session folder: %1</source>
        <comment>@info</comment>
        <translation>会话目录：%1</translation>
    </message>
    <message>
        <source>No release was upgraded in this session, so there are no revisions to show.</source>
        <comment>@info</comment>
        <translation>本会话中没有升级任何 Release，因此没有可显示的修订版本。</translation>
    </message>
    <message>
        <source>none was written</source>
        <comment>@info values backup</comment>
        <translation>未生成</translation>
    </message>
    <message>
        <source>The desktop did not open %1.</source>
        <comment>@info</comment>
        <translation>桌面环境未能打开 %1。</translation>
    </message>
    <message>
        <source>Stopping safely… A running helm command is allowed to finish first.</source>
        <comment>@info:status</comment>
        <translation>正在安全停止：先等待正在执行的 helm 命令结束…</translation>
    </message>
    <message>
        <source>The rollback is running.</source>
        <comment>@info:status</comment>
        <translation>正在执行回滚。</translation>
    </message>
    <message>
        <source>Result</source>
        <comment>@title</comment>
        <translation>结果</translation>
    </message>
    <message>
        <source>How the run ended, what changed on the cluster, and what you can do next.</source>
        <comment>@info</comment>
        <translation>本次运行的结果、集群上发生的变更，以及接下来可以执行的操作。</translation>
    </message>
    <message>
        <source>Rel&amp;eases:</source>
        <comment>@label</comment>
        <translation>Release 列表(&amp;E)：</translation>
    </message>
    <message>
        <source>Release</source>
        <comment>@title:column</comment>
        <translation>Release</translation>
    </message>
    <message>
        <source>Revision before → after</source>
        <comment>@title:column</comment>
        <translation>修订版本（升级前 → 升级后）</translation>
    </message>
    <message>
        <source>Chart version before → after</source>
        <comment>@title:column</comment>
        <translation>Chart 版本（升级前 → 升级后）</translation>
    </message>
    <message>
        <source>Values backup</source>
        <comment>@title:column</comment>
        <translation>values 备份</translation>
    </message>
    <message>
        <source>Releases</source>
        <comment>@label</comment>
        <translation>Release 列表</translation>
    </message>
    <message>
        <source>Each release with its revision and chart version before and after the run.</source>
        <comment>@info</comment>
        <translation>各 Release 在运行前后的修订版本和 Chart 版本。</translation>
    </message>
    <message>
        <source>Values backup:</source>
        <comment>@label</comment>
        <translation>values 备份：</translation>
    </message>
    <message>
        <source>Values backup</source>
        <comment>@label</comment>
        <translation>values 备份</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <comment>@action</comment>
        <translation>打开目录(&amp;O)</translation>
    </message>
    <message>
        <source>Opens the folder that holds the values backups.</source>
        <comment>@info:tooltip</comment>
        <translation>打开存放 values 备份的目录。</translation>
    </message>
    <message>
        <source>Open &amp;report</source>
        <comment>@action</comment>
        <translation>打开报告(&amp;R)</translation>
    </message>
    <message>
        <source>Opens the HTML report of the run: every step, every command and its result.</source>
        <comment>@info:tooltip</comment>
        <translation>打开本次运行的 HTML 报告，其中列出每个步骤、每条命令及其结果。</translation>
    </message>
    <message>
        <source>Roll &amp;back…</source>
        <comment>@action</comment>
        <translation>回滚(&amp;B)…</translation>
    </message>
    <message>
        <source>S&amp;tart another</source>
        <comment>@action start another upgrade</comment>
        <translation>开始新的升级(&amp;T)</translation>
    </message>
    <message>
        <source>Goes back to the package page for another upgrade; the registry and the other choices are kept.</source>
        <comment>@info:tooltip</comment>
        <translation>返回离线包页面，开始新的升级；镜像仓库和其他设置会保留。</translation>
    </message>
    <message>
        <source>Cance&amp;l…</source>
        <comment>@action stop the running rollback</comment>
        <translation>取消(&amp;L)…</translation>
    </message>
    <message>
        <source>Rollback status</source>
        <comment>@label</comment>
        <translation>回滚状态</translation>
    </message>
    <message>
        <source>The engine&apos;s last lines:
%1</source>
        <comment>@info</comment>
        <translation>执行引擎最后输出的内容：
%1</translation>
    </message>
    <message>
        <source>The rollback finished.</source>
        <comment>@info:status</comment>
        <translation>回滚已完成。</translation>
    </message>
    <message>
        <source>The rollback was canceled.</source>
        <comment>@info:status</comment>
        <translation>回滚已取消。</translation>
    </message>
    <message>
        <source>The rollback did not finish.</source>
        <comment>@info:status</comment>
        <translation>回滚未完成。</translation>
    </message>
    <message>
        <source>Return every upgraded release to the revision it had before this upgrade.</source>
        <comment>@info:tooltip</comment>
        <translation>将每个已升级的 Release 回滚到本次升级前的修订版本。</translation>
    </message>
    <message>
        <source>The images of %1 are staged: every step succeeded. No release was upgraded.</source>
        <comment>@info</comment>
        <extracomment>%1: the module&apos;s name, such as 微服务引擎 (Microservice Engine)</extracomment>
        <translation>%1的镜像已预置：所有步骤均已成功。没有升级任何 Release。</translation>
    </message>
    <message>
        <source>The sync of %1 failed before its first step.</source>
        <comment>@info</comment>
        <extracomment>%1: the module&apos;s name, such as 微服务引擎 (Microservice Engine)</extracomment>
        <translation>%1的同步在第一个步骤之前就失败了。</translation>
    </message>
    <message>
        <source>The sync of %1 failed at the step “%2”.</source>
        <comment>@info</comment>
        <extracomment>%1: the module&apos;s name, such as 微服务引擎 (Microservice Engine)</extracomment>
        <translation>%1的同步在步骤“%2”失败。</translation>
    </message>
    <message>
        <source>The sync of %1 was canceled; the steps already done stay done.</source>
        <comment>@info</comment>
        <extracomment>%1: the module&apos;s name, such as 微服务引擎 (Microservice Engine)</extracomment>
        <translation>%1的同步已取消；已完成的步骤保持完成状态。</translation>
    </message>
    <message>
        <source>The sync of %1 did not finish: the engine worker stopped unexpectedly.</source>
        <comment>@info</comment>
        <extracomment>%1: the module&apos;s name, such as 微服务引擎 (Microservice Engine)</extracomment>
        <translation>%1的同步没有完成：执行进程意外终止。</translation>
    </message>
    <message>
        <source>To upgrade later: Start another keeps your choices; choose the Helm repository or the chart package on the Upgrade page. Or run the saved plan with upgrade.method set to helm-repo or chart-package: dce-upgrade run --plan PLAN.</source>
        <comment>@info</comment>
        <translation>稍后升级：点击“开始新的升级”会保留您的选择，然后在“升级”页选择 Helm 仓库或 Chart 包即可。也可以将保存的计划中的 upgrade.method 改为 helm-repo 或 chart-package 后运行：dce-upgrade run --plan PLAN。</translation>
    </message>
    <message>
        <source>This run: %1</source>
        <comment>@info start, end and duration of the run</comment>
        <translation>本次运行：%1</translation>
    </message>
</context>
<context>
    <name>DceUpgrade::Wizard::HelpLinkButton</name>
    <message>
        <source>Help on this error</source>
        <comment>@action</comment>
        <translation>此错误的帮助</translation>
    </message>
    <message>
        <source>Opens the help that explains this error and what to do</source>
        <comment>@info:tooltip</comment>
        <translation>打开帮助，了解此错误的原因和处理方法</translation>
    </message>
</context>
<context>
    <name>DceUpgrade::Wizard::HelpWindow</name>
    <message>
        <source>Help: %1</source>
        <comment>@title:window page title</comment>
        <translation>帮助：%1</translation>
    </message>
    <message>
        <source>Help</source>
        <comment>@title:window</comment>
        <translation>帮助</translation>
    </message>
    <message>
        <source>Help text</source>
        <comment>@label</comment>
        <translation>帮助内容</translation>
    </message>
    <message>
        <source>The help of the wizard&apos;s current page. Tab moves to its links; Esc closes the window.</source>
        <translation>向导当前页面的帮助。按 Tab 键在链接之间移动；按 Esc 键关闭窗口。</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <comment>@action</comment>
        <translation>关闭(&amp;C)</translation>
    </message>
</context>
<context>
    <name>DceUpgrade::Wizard::KubeconfigLoader</name>
    <message>
        <source>The kubeconfig could not be read: %1</source>
        <translation>无法读取 kubeconfig：%1</translation>
    </message>
    <message>
        <source>The kubeconfig could not be read.</source>
        <translation>无法读取 kubeconfig。</translation>
    </message>
</context>
<context>
    <name>DceUpgrade::Wizard::LogView</name>
    <message>
        <source>Sho&amp;w:</source>
        <comment>@label:listbox which step&apos;s log lines</comment>
        <translation>显示(&amp;W)：</translation>
    </message>
    <message>
        <source>Shows the lines of every step or of one step.</source>
        <translation>显示所有步骤或某一个步骤的日志。</translation>
    </message>
    <message>
        <source>All steps</source>
        <comment>@item:inlistbox</comment>
        <translation>所有步骤</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <comment>@label:textbox</comment>
        <translation>查找(&amp;F)：</translation>
    </message>
    <message>
        <source>Text in the log</source>
        <comment>@info:placeholder</comment>
        <translation>查找日志内容</translation>
    </message>
    <message>
        <source>Find in the log</source>
        <comment>@label</comment>
        <translation>在日志中查找</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <comment>@info:tooltip</comment>
        <translation>上一个匹配项（Shift+F3）</translation>
    </message>
    <message>
        <source>Previous match</source>
        <comment>@action</comment>
        <translation>上一个匹配项</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <comment>@info:tooltip</comment>
        <translation>下一个匹配项（F3）</translation>
    </message>
    <message>
        <source>Next match</source>
        <comment>@action</comment>
        <translation>下一个匹配项</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <comment>@action copy the selected log lines</comment>
        <translation>复制(&amp;Y)</translation>
    </message>
    <message>
        <source>Copies the selected lines.</source>
        <comment>@info:tooltip</comment>
        <translation>复制选中的行。</translation>
    </message>
    <message>
        <source>Copy &amp;all</source>
        <comment>@action</comment>
        <translation>全部复制(&amp;A)</translation>
    </message>
    <message>
        <source>Copies every line the view keeps.</source>
        <comment>@info:tooltip</comment>
        <translation>复制此处保留的所有行。</translation>
    </message>
    <message>
        <source>Sa&amp;ve…</source>
        <comment>@action save the log</comment>
        <translation>保存(&amp;V)…</translation>
    </message>
    <message>
        <source>Saves the lines the view keeps to a text file.</source>
        <comment>@info:tooltip</comment>
        <translation>将此处保留的所有行保存到文本文件。</translation>
    </message>
    <message>
        <source>Log</source>
        <comment>@label</comment>
        <translation>日志</translation>
    </message>
    <message>
        <source>What the engine and its tools print, newest at the bottom.</source>
        <comment>@info</comment>
        <translation>执行引擎及其调用的工具输出的内容，最新内容在最下方。</translation>
    </message>
    <message>
        <source>Only the last %1 lines are shown here; the session&apos;s log files keep every line.</source>
        <comment>@info</comment>
        <translation>此处仅显示最后 %1 行；会话的日志文件保留了全部内容。</translation>
    </message>
    <message>
        <source>“%1” is not in the lines shown.</source>
        <comment>@info</comment>
        <translation>显示的内容中没有“%1”。</translation>
    </message>
    <message>
        <source>Save the Log</source>
        <comment>@title:window</comment>
        <translation>保存日志</translation>
    </message>
    <message>
        <source>Text files (*.txt *.log);;All files (*)</source>
        <comment>@item:inlistbox file types</comment>
        <translation>文本文件 (*.txt *.log);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <comment>@info</comment>
        <translation>已保存到 %1。</translation>
    </message>
    <message>
        <source>The log could not be saved to %1: %2</source>
        <comment>@info</comment>
        <translation>无法将日志保存到 %1：%2</translation>
    </message>
    <message>
        <source>Show the log of a step</source>
        <comment>@label</comment>
        <translation>显示某个步骤的日志</translation>
    </message>
</context>
<context>
    <name>DceUpgrade::Wizard::NodeListEditor</name>
    <message>
        <source>ok</source>
        <comment>@info ssh test</comment>
        <translation>正常</translation>
    </message>
    <message>
        <source>host key unknown</source>
        <comment>@info ssh test</comment>
        <translation>主机密钥未知</translation>
    </message>
    <message>
        <source>host key changed</source>
        <comment>@info ssh test</comment>
        <translation>主机密钥已变更</translation>
    </message>
    <message>
        <source>permission denied</source>
        <comment>@info ssh test</comment>
        <translation>权限被拒绝</translation>
    </message>
    <message>
        <source>connection refused</source>
        <comment>@info ssh test</comment>
        <translation>连接被拒绝</translation>
    </message>
    <message>
        <source>timed out</source>
        <comment>@info ssh test</comment>
        <translation>超时</translation>
    </message>
    <message>
        <source>unknown host name</source>
        <comment>@info ssh test</comment>
        <translation>主机名无法解析</translation>
    </message>
    <message>
        <source>unreachable</source>
        <comment>@info ssh test</comment>
        <translation>无法访问</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>@info ssh test</comment>
        <translation>失败</translation>
    </message>
    <message>
        <source>Choose the ssh identity file</source>
        <comment>@title:window</comment>
        <translation>选择 ssh 私钥文件</translation>
    </message>
    <message>
        <source>Host</source>
        <comment>@title:column</comment>
        <translation>主机</translation>
    </message>
    <message>
        <source>User</source>
        <comment>@title:column</comment>
        <translation>用户</translation>
    </message>
    <message>
        <source>Port</source>
        <comment>@title:column</comment>
        <translation>端口</translation>
    </message>
    <message>
        <source>Identity file</source>
        <comment>@title:column</comment>
        <translation>私钥文件</translation>
    </message>
    <message>
        <source>ssh test</source>
        <comment>@title:column</comment>
        <translation>ssh 测试</translation>
    </message>
    <message>
        <source>&amp;Add node</source>
        <comment>@action</comment>
        <translation>添加节点(&amp;A)</translation>
    </message>
    <message>
        <source>Adds a row and starts editing its host</source>
        <translation>添加一行并开始编辑其主机</translation>
    </message>
    <message>
        <source>Re&amp;move node</source>
        <comment>@action</comment>
        <translation>删除节点(&amp;M)</translation>
    </message>
    <message>
        <source>Removes the selected nodes</source>
        <translation>删除选中的节点</translation>
    </message>
    <message>
        <source>Choose identity fil&amp;e…</source>
        <comment>@action</comment>
        <translation>选择私钥文件(&amp;E)…</translation>
    </message>
    <message>
        <source>Chooses the private key ssh uses for the selected node</source>
        <translation>为选中的节点选择 ssh 使用的私钥</translation>
    </message>
    <message>
        <source>This machine (no ssh)</source>
        <comment>@item node list</comment>
        <translation>本机（不使用 ssh）</translation>
    </message>
    <message>
        <source>sudo</source>
        <comment>@title:column</comment>
        <translation>sudo</translation>
    </message>
    <message>
        <source>Run ctr or docker on the node through sudo -n, for a user who may not run them directly. sudo must not ask for a password there.</source>
        <translation>在节点上通过 sudo -n 运行 ctr 或 docker，适用于无权直接运行它们的用户。该节点上的 sudo 不能要求输入密码。</translation>
    </message>
    <message>
        <source>One row per node: host, ssh user, port, identity file and whether to use sudo. F2 edits a cell, Space toggles sudo, Delete removes the selected nodes.</source>
        <translation>每行一个节点：主机、ssh 用户、端口、私钥文件以及是否使用 sudo。按 F2 编辑单元格，按空格键切换 sudo，按 Delete 删除所选节点。</translation>
    </message>
    <message>
        <source>Add this machine</source>
        <comment>@action</comment>
        <translation>添加本机</translation>
    </message>
    <message>
        <source>Adds this machine as a node: its images are imported here, without ssh</source>
        <translation>将本机添加为节点：镜像直接导入本机，不使用 ssh</translation>
    </message>
</context>
<context>
    <name>DceUpgrade::Wizard::NodeSyncPanel</name>
    <message>
        <source>Fix: %1</source>
        <translation>处理方法：%1</translation>
    </message>
    <message>
        <source>Not tested yet. &quot;Test ssh&quot; logs in to every node with its key and runs true; nothing is changed.</source>
        <comment>@info</comment>
        <translation>尚未测试。“测试 ssh”会使用密钥登录每个节点并运行 true，不做任何更改。</translation>
    </message>
    <message>
        <source>Testing ssh… %1 of %2 nodes answered.</source>
        <comment>@info</comment>
        <translation>正在测试 ssh：已有 %1/%2 个节点响应…</translation>
    </message>
    <message>
        <source>Test stopped before it finished.</source>
        <comment>@info</comment>
        <translation>测试在完成前已停止。</translation>
    </message>
    <message>
        <source>Every node accepts the key login.</source>
        <comment>@info</comment>
        <translation>所有节点均接受密钥登录。</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) cannot be reached as the upgrade needs: see the fix below.</source>
        <comment>@info</comment>
        <translation>
            <numerusform>有 %n 个节点无法按升级所需的方式访问：请查看下方的处理方法。</numerusform>
        </translation>
    </message>
    <message>
        <source>N&amp;odes:</source>
        <translation>节点(&amp;O)：</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>&amp;Test ssh</source>
        <comment>@action</comment>
        <translation>测试 ssh(&amp;T)</translation>
    </message>
    <message>
        <source>Logs in to every node in the background with its key (BatchMode, no prompt) and runs true.</source>
        <translation>在后台使用各节点的密钥登录（BatchMode，不提示输入）并运行 true。</translation>
    </message>
    <message>
        <source>Stop testin&amp;g</source>
        <comment>@action</comment>
        <translation>停止测试(&amp;G)</translation>
    </message>
    <message>
        <source>Testing ssh</source>
        <comment>@info</comment>
        <translation>正在测试 ssh</translation>
    </message>
    <message>
        <source>The ssh test&apos;s answer for each node</source>
        <translation>各节点的 ssh 测试结果</translation>
    </message>
    <message>
        <source>Choose the known_hosts file for the nodes</source>
        <comment>@title:window</comment>
        <translation>选择节点的 known_hosts 文件</translation>
    </message>
    <message>
        <source>Nodes at once:</source>
        <translation>同时处理的节点数：</translation>
    </message>
    <message>
        <source>How many nodes import the images at the same time (1 to 32). Each node reads the whole offline package from this machine, so more nodes at once share its disk and network.</source>
        <translation>同时导入镜像的节点数（1 到 32）。每个节点都要从本机读取整个离线包，因此同时处理的节点越多，分到的本机磁盘和网络带宽就越少。</translation>
    </message>
    <message>
        <source>Only host keys this machine already knows (strict)</source>
        <translation>仅接受本机已知的主机密钥（strict）</translation>
    </message>
    <message>
        <source>Trust a node seen for the first time (accept-new)</source>
        <translation>信任首次连接的节点（accept-new）</translation>
    </message>
    <message>
        <source>Host &amp;keys:</source>
        <translation>主机密钥(&amp;K)：</translation>
    </message>
    <message>
        <source>What ssh does with a node whose host key it does not know yet. Neither choice accepts a key that differs from the one known for the node: that could be someone else answering.</source>
        <translation>ssh 遇到尚不认识其主机密钥的节点时如何处理。两种选择都不会接受与已知密钥不同的主机密钥：那可能是他人冒充该节点在应答。</translation>
    </message>
    <message>
        <source>kno&amp;wn_hosts file:</source>
        <translation>known_hosts 文件(&amp;W)：</translation>
    </message>
    <message>
        <source>Optional. The node keys in this file are trusted besides those in ~/.ssh/known_hosts; with accept-new, the keys of new nodes are recorded here.</source>
        <translation>可选。除 ~/.ssh/known_hosts 外，此文件中的节点密钥也受信任；选择 accept-new 时，新节点的密钥会记录到此文件。</translation>
    </message>
    <message>
        <source>~/.ssh/known_hosts only</source>
        <translation>仅使用 ~/.ssh/known_hosts</translation>
    </message>
    <message>
        <source>Browse…</source>
        <comment>@action</comment>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Chooses the known_hosts file for the nodes</source>
        <translation>选择节点的 known_hosts 文件</translation>
    </message>
</context>
<context>
    <name>DceUpgrade::Wizard::PackageLoader</name>
    <message>
        <source>The package could not be read: %1</source>
        <translation>无法读取离线包：%1</translation>
    </message>
    <message>
        <source>The package could not be read.</source>
        <translation>无法读取离线包。</translation>
    </message>
</context>
<context>
    <name>DceUpgrade::Wizard::PackageModule</name>
    <message>
        <source>%1 (%2)</source>
        <comment>module name (module id)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This is the offline package of %1, version %2.</source>
        <extracomment>%1: the module&apos;s name and id, such as 容器管理 (kpanda); %2: its chart version</extracomment>
        <translation>这是%1的离线包，版本为 %2。</translation>
    </message>
    <message>
        <source>None of the modules this version knows uses the charts in this package (%1).</source>
        <translation>本版本已知的模块都不使用此离线包中的 Chart（%1）。</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>Choose the offline package of a module this version upgrades: %1.</source>
        <translation>请选择本版本支持升级的模块的离线包：%1。</translation>
    </message>
</context>
<context>
    <name>DceUpgrade::Wizard::PackageModuleView</name>
    <message>
        <source>%1 was chosen before; the wizard now upgrades the module of this package.</source>
        <extracomment>%1: the module named before, such as 微服务引擎 (skoala)</extracomment>
        <translation>之前选择的是%1；向导现在升级此离线包所属的模块。</translation>
    </message>
    <message>
        <source>The release settings made for the module before were cleared.</source>
        <translation>之前为原模块填写的 Release 设置已清除。</translation>
    </message>
    <message>
        <source>This is the offline package of %1, but the wizard is set to upgrade %2.</source>
        <extracomment>%1: the package&apos;s module, %2: the module the wizard is set to upgrade</extracomment>
        <translation>这是%1的离线包，但向导当前设置为升级%2。</translation>
    </message>
    <message>
        <source>Choose the offline package of %1, or go back to the first page and let the wizard recognise the module from the package.</source>
        <translation>请选择%1的离线包，或返回第一页，让向导根据离线包识别模块。</translation>
    </message>
    <message>
        <source>Module of the package</source>
        <translation>离线包所属模块</translation>
    </message>
    <message>
        <source>Documented procedure: %1</source>
        <extracomment>%1: the public address of the module&apos;s upgrade page on docs.daocloud.io</extracomment>
        <translation>文档中的升级步骤：%1</translation>
    </message>
    <message>
        <source>Documented procedure</source>
        <translation>文档中的升级步骤</translation>
    </message>
    <message>
        <source>Open in bro&amp;wser</source>
        <comment>@action</comment>
        <translation>在浏览器中打开(&amp;W)</translation>
    </message>
    <message>
        <source>Open the documented procedure of %1</source>
        <extracomment>%1: the module&apos;s name and id, such as 可观测性 (insight)</extracomment>
        <translation>打开%1的文档升级步骤</translation>
    </message>
</context>
<context>
    <name>DceUpgrade::Wizard::PackageSummary</name>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Checksum:</source>
        <translation>校验和：</translation>
    </message>
    <message>
        <source>Charts:</source>
        <translation>Chart：</translation>
    </message>
    <message>
        <source>Images:</source>
        <translation>镜像：</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>警告：</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>file name (size)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>chart name and version</comment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s), %1 to push at most</source>
        <translation>
            <numerusform>%n 个镜像，最多需推送 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator between chart names</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>No .sha512sum or .sha256sum file beside the package: a damaged download cannot be detected. Verify every layer to check the images at least.</source>
        <translation>离线包旁没有 .sha512sum 或 .sha256sum 文件：无法发现下载损坏。建议至少校验所有镜像层，以检查镜像是否完好。</translation>
    </message>
    <message>
        <source>%1 in %2, not checked yet.</source>
        <comment>checksum algorithm, file</comment>
        <translation>%2 中的 %1，尚未核对。</translation>
    </message>
    <message>
        <source>Comparing the package with the %1 checksum in %2…</source>
        <comment>@status</comment>
        <translation>正在将离线包与 %2 中的 %1 校验和比对…</translation>
    </message>
    <message>
        <source>Verified: the package matches the %1 checksum in %2 (%3 read).</source>
        <translation>校验通过：离线包与 %2 中的 %1 校验和一致（已读取 %3）。</translation>
    </message>
    <message>
        <source>Does not match the %1 checksum in %2: the package is damaged or incomplete.</source>
        <translation>与 %2 中的 %1 校验和不一致：离线包已损坏或不完整。</translation>
    </message>
    <message>
        <source>Could not be checked: see the error above.</source>
        <translation>无法核对：请查看上方的错误信息。</translation>
    </message>
    <message>
        <source>Not checked: stopped. The upgrade checks it again as its first step.</source>
        <translation>未核对：已停止。升级的第一步会再次核对。</translation>
    </message>
    <message>
        <source>Not checked yet. &quot;Verify every layer&quot; reads each layer and compares it with its digest, so a damaged layer is found now rather than during the push.</source>
        <translation>尚未校验。“校验所有镜像层”会读取每个镜像层并与其摘要比对，这样损坏的镜像层在此时即可发现，而不必等到推送时。</translation>
    </message>
    <message>
        <source>Comparing every layer with its digest…</source>
        <comment>@status</comment>
        <translation>正在将每个镜像层与其摘要比对…</translation>
    </message>
    <message>
        <source>Verified: every layer matches its digest (%1 read).</source>
        <translation>校验通过：所有镜像层均与其摘要一致（已读取 %1）。</translation>
    </message>
    <message>
        <source>A layer does not match its digest: the package is damaged.</source>
        <translation>有镜像层与其摘要不一致：离线包已损坏。</translation>
    </message>
    <message>
        <source>Not checked: stopped.</source>
        <translation>未校验：已停止。</translation>
    </message>
    <message>
        <source>Layers:</source>
        <translation>镜像层：</translation>
    </message>
</context>
<context>
    <name>DceUpgrade::Wizard::PackageTree</name>
    <message>
        <source>Chart / image reference</source>
        <comment>@title:column</comment>
        <translation>Chart / 镜像地址</translation>
    </message>
    <message>
        <source>Manifest digest</source>
        <comment>@title:column</comment>
        <translation>清单摘要</translation>
    </message>
    <message>
        <source>Size</source>
        <comment>@title:column</comment>
        <translation>大小</translation>
    </message>
    <message>
        <source>Images in the package</source>
        <translation>离线包中的镜像</translation>
    </message>
    <message>
        <source>(no name)</source>
        <comment>@info image without a reference</comment>
        <translation>（无名称）</translation>
    </message>
    <message>
        <source>(after compression)</source>
        <comment>@info digest not known yet</comment>
        <translation>（压缩后确定）</translation>
    </message>
    <message>
        <source>The layers are stored uncompressed; the digest is known only after they are compressed for the push.</source>
        <translation>镜像层以未压缩形式存储；摘要要在推送前压缩后才能确定。</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: %n image(s)</source>
        <comment>chart name, version</comment>
        <translation>
            <numerusform>%1 %2：%n 个镜像</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>chart name and version</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Level 1: the chart %1</source>
        <comment>@info accessible description</comment>
        <translation>第 1 级：Chart %1</translation>
    </message>
    <message>
        <source>Level 2: an image of the chart %1</source>
        <comment>@info accessible description</comment>
        <translation>第 2 级：Chart %1 的镜像</translation>
    </message>
</context>
<context>
    <name>DceUpgrade::Wizard::PackageVerifier</name>
    <message>
        <source>The package could not be checked: %1</source>
        <translation>无法校验离线包：%1</translation>
    </message>
    <message>
        <source>The package could not be checked.</source>
        <translation>无法校验离线包。</translation>
    </message>
    <message>
        <source>There is no checksum file beside the package to check it with.</source>
        <translation>离线包旁没有可用于核对的校验和文件。</translation>
    </message>
</context>
<context>
    <name>DceUpgrade::Wizard::RegistryCheck</name>
    <message>
        <source>Connecting to %1 over plain http, without TLS…</source>
        <translation>正在通过明文 http（不使用 TLS）连接 %1…</translation>
    </message>
    <message>
        <source>Connecting to %1 without verifying its TLS certificate (insecure)…</source>
        <translation>正在连接 %1，不校验其 TLS 证书（不安全）…</translation>
    </message>
    <message>
        <source>Connecting to %1, trusting the CA certificate %2…</source>
        <translation>正在连接 %1，信任 CA 证书 %2…</translation>
    </message>
    <message>
        <source>Connecting to %1, trusting this machine&apos;s CA certificates…</source>
        <translation>正在连接 %1，信任本机的 CA 证书…</translation>
    </message>
    <message>
        <source>The Harbor project %1 does not exist yet: the upgrade creates it (private) before the push, and checks the push right then.</source>
        <translation>Harbor 项目 %1 尚不存在：升级会在推送前创建该项目（私有），届时再检查推送权限。</translation>
    </message>
</context>
<context>
    <name>DceUpgrade::Wizard::RegistryPage</name>
    <message>
        <source>Registry</source>
        <comment>@title</comment>
        <translation>镜像仓库</translation>
    </message>
    <message>
        <source>Enter the password of %1. It is kept in memory only, never saved.</source>
        <translation>请输入 %1 的密码。密码仅保存在内存中，从不写入磁盘。</translation>
    </message>
    <message>
        <source>Choose the registry&apos;s CA certificate</source>
        <comment>@title:window</comment>
        <translation>选择镜像仓库的 CA 证书</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer)</source>
        <translation>证书 (*.crt *.pem *.cer)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose the directory for the chart</source>
        <comment>@title:window</comment>
        <translation>选择存放 Chart 的目录</translation>
    </message>
    <message>
        <source>Not tested yet. The test is optional: the upgrade checks the registry again before it pushes anything.</source>
        <comment>@info</comment>
        <translation>尚未测试。测试是可选的：升级在推送任何内容之前会再次检查镜像仓库。</translation>
    </message>
    <message>
        <source>Testing…</source>
        <comment>@info</comment>
        <translation>正在测试…</translation>
    </message>
    <message>
        <source>Passed: the registry is ready for the upgrade.</source>
        <comment>@info</comment>
        <translation>通过：镜像仓库已满足升级要求。</translation>
    </message>
    <message>
        <source>Failed: the upgrade would stop here.</source>
        <comment>@info</comment>
        <translation>未通过：升级会在此处停止。</translation>
    </message>
    <message>
        <source>for example %1</source>
        <translation>例如 %1</translation>
    </message>
    <message>
        <source>Where the images and the chart go: your Harbor (or another registry) and the account that may push to it.</source>
        <translation>镜像和 Chart 的去向：您的 Harbor（或其他镜像仓库），以及有权向其推送的账户。</translation>
    </message>
    <message>
        <source>Nothing is sent before the upgrade starts, except by &quot;Test connection&quot;, which only reads and opens (then cancels) one upload to prove the push right.</source>
        <translation>升级开始前不会发送任何内容；唯一的例外是“测试连接”，它只读取信息，并发起（随即取消）一次上传以验证推送权限。</translation>
    </message>
    <message>
        <source>Registry</source>
        <comment>@title:group</comment>
        <translation>镜像仓库</translation>
    </message>
    <message>
        <source>Registry &amp;address:</source>
        <translation>镜像仓库地址(&amp;A)：</translation>
    </message>
    <message>
        <source>Host name or IP address of the registry, with :port when it is not the default; no https:// and no path.</source>
        <translation>镜像仓库的主机名或 IP 地址，非默认端口时加上 :端口；不要包含 https:// 和路径。</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>https for Harbor; http only for a registry without TLS.</source>
        <translation>Harbor 使用 https；只有未启用 TLS 的镜像仓库才使用 http。</translation>
    </message>
    <message>
        <source>CA &amp;file:</source>
        <translation>CA 证书文件(&amp;F)：</translation>
    </message>
    <message>
        <source>The certificate of the CA that signed the registry&apos;s certificate (a self-signed Harbor&apos;s ca.crt). Leave it empty when this machine already trusts the registry.</source>
        <translation>签发镜像仓库证书的 CA 的证书（自签名 Harbor 的 ca.crt）。如果本机已信任该镜像仓库，请留空。</translation>
    </message>
    <message>
        <source>empty: trust this machine&apos;s CA certificates</source>
        <translation>留空：信任本机的 CA 证书</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <comment>@action</comment>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose the CA file</source>
        <comment>@action</comment>
        <translation>选择 CA 证书文件</translation>
    </message>
    <message>
        <source>Skip TLS &amp;verification (insecure)</source>
        <translation>跳过 TLS 校验（不安全）(&amp;V)</translation>
    </message>
    <message>
        <source>Accept any certificate the registry shows. Use a CA file instead when you can.</source>
        <translation>接受镜像仓库出示的任何证书。条件允许时，请改用 CA 证书文件。</translation>
    </message>
    <message>
        <source>Warning: the registry&apos;s certificate will not be checked, so anyone on the network path could pose as the registry and receive the password. Use this on a trusted network only; a CA file is the safe choice.</source>
        <translation>警告：不校验镜像仓库的证书，网络路径上的任何人都可能冒充镜像仓库并获取密码。请仅在可信网络中使用；使用 CA 证书文件才是安全的做法。</translation>
    </message>
    <message>
        <source>&amp;Repository:</source>
        <translation>仓库路径(&amp;R)：</translation>
    </message>
    <message>
        <source>The Harbor project and path the images are pushed to (charts-syncer&apos;s containerRepository).</source>
        <translation>镜像推送到的 Harbor 项目及路径（即 charts-syncer 的 containerRepository）。</translation>
    </message>
    <message>
        <source>The Harbor project and path the images go to: the first part is the project. Images keep their names below it, as charts-syncer&apos;s containerRepository does.</source>
        <translation>镜像推送到的 Harbor 项目及路径：第一段为项目名。镜像在其下保留原有名称，与 charts-syncer 的 containerRepository 行为一致。</translation>
    </message>
    <message>
        <source>Create the pro&amp;ject if it is missing (private)</source>
        <translation>项目不存在时自动创建（私有）(&amp;J)</translation>
    </message>
    <message>
        <source>The built-in sync creates the Harbor project before the push when it does not exist. The account needs the right to create projects.</source>
        <translation>如果 Harbor 项目不存在，内置同步会在推送前创建该项目。该账户需要有创建项目的权限。</translation>
    </message>
    <message>
        <source>Account</source>
        <comment>@title:group</comment>
        <translation>账户</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>A Harbor user or robot account (robot$name). Empty for a registry without login.</source>
        <translation>Harbor 用户或机器人账户（robot$name）。镜像仓库无需登录时留空。</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>Kept in memory only and handed to the upgrade on its standard input: never saved, never on a command line.</source>
        <translation>仅保存在内存中，通过标准输入传给升级进程：从不保存，也不会出现在命令行中。</translation>
    </message>
    <message>
        <source>Sh&amp;ow</source>
        <comment>@action password</comment>
        <translation>显示(&amp;O)</translation>
    </message>
    <message>
        <source>Show the password</source>
        <comment>@action</comment>
        <translation>显示密码</translation>
    </message>
    <message>
        <source>Kept in memory only, never saved. Enter it again after a restart of the wizard.</source>
        <translation>仅保存在内存中，从不写入磁盘。重新启动向导后需要再次输入。</translation>
    </message>
    <message>
        <source>Chart</source>
        <comment>@title:group</comment>
        <translation>Chart</translation>
    </message>
    <message>
        <source>Chart tar&amp;get:</source>
        <translation>Chart 发布目标(&amp;G)：</translation>
    </message>
    <message>
        <source>Where the relocated chart is published for the upgrade.</source>
        <translation>已改写镜像地址的 Chart 发布到何处，供升级使用。</translation>
    </message>
    <message>
        <source>Harbor chart repository (Harbor 2.7 and older)</source>
        <translation>Harbor Helm 仓库（Harbor 2.7 及更早版本）</translation>
    </message>
    <message>
        <source>OCI registry (Harbor 2.8 and later, any OCI registry)</source>
        <translation>OCI 仓库（Harbor 2.8 及更高版本，或任意 OCI 镜像仓库）</translation>
    </message>
    <message>
        <source>Local directory</source>
        <translation>本地目录</translation>
    </message>
    <message>
        <source>None: do not publish the chart</source>
        <translation>无：不发布 Chart</translation>
    </message>
    <message>
        <source>Chart repository UR&amp;L:</source>
        <translation>Helm 仓库 URL(&amp;L)：</translation>
    </message>
    <message>
        <source>Filled in from the registry and the project; change it when your chart repository is elsewhere.</source>
        <translation>根据镜像仓库和项目自动填写；如果您的 Helm 仓库在其他位置，请修改。</translation>
    </message>
    <message>
        <source>Local &amp;directory:</source>
        <translation>本地目录(&amp;D)：</translation>
    </message>
    <message>
        <source>The relocated chart package (.tgz) is written into this directory.</source>
        <translation>已改写镜像地址的 Chart 包（.tgz）会写入此目录。</translation>
    </message>
    <message>
        <source>Choos&amp;e…</source>
        <comment>@action</comment>
        <translation>选择(&amp;E)…</translation>
    </message>
    <message>
        <source>Choose the directory for the chart</source>
        <comment>@action</comment>
        <translation>选择存放 Chart 的目录</translation>
    </message>
    <message>
        <source>Connection test</source>
        <comment>@title:group</comment>
        <translation>连接测试</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <comment>@action</comment>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>Checks in the background that the registry answers, trusts the TLS certificate, accepts the account, has the project, allows the push, and which Harbor version it is.</source>
        <translation>在后台检查：镜像仓库是否响应、TLS 证书是否可信、账户能否登录、项目是否存在、是否允许推送，以及 Harbor 的版本。</translation>
    </message>
    <message>
        <source>Sto&amp;p test</source>
        <comment>@action</comment>
        <translation>停止测试(&amp;P)</translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <comment>@info</comment>
        <translation>正在测试连接</translation>
    </message>
    <message>
        <source>What the connection test found, line by line</source>
        <translation>连接测试的逐项结果</translation>
    </message>
    <message>
        <source>Publish the chart to OC&amp;I instead</source>
        <comment>@action</comment>
        <translation>改为将 Chart 发布到 OCI(&amp;I)</translation>
    </message>
    <message>
        <source>Sets the chart target to the OCI registry of this Harbor and tests again.</source>
        <translation>将 Chart 发布目标改为此 Harbor 的 OCI 仓库，并重新测试。</translation>
    </message>
    <message>
        <source>Test stopped before it finished.</source>
        <comment>@info</comment>
        <translation>测试在完成前已停止。</translation>
    </message>
    <message>
        <source>no system keyring service is running</source>
        <translation>没有运行系统密钥环服务</translation>
    </message>
    <message>
        <source>Kept in memory, and in the system keyring once you leave this page; never in the wizard&apos;s settings or the plan.</source>
        <translation>保存在内存中，离开此页后也保存在系统密钥环中；从不写入向导的设置或升级计划。</translation>
    </message>
    <message>
        <source>The password is stored in the system keyring (GNOME Keyring, KWallet) when you leave this page, and filled in from it next time for the same user and registry. Unticking removes it from the keyring.</source>
        <translation>离开此页时，密码将存入系统密钥环（GNOME Keyring、KWallet），下次使用相同用户和镜像仓库时自动填入。取消勾选会将其从密钥环中删除。</translation>
    </message>
    <message>
        <source>Not available: no system keyring service (such as GNOME Keyring or KWallet) is running in this session.</source>
        <translation>不可用：当前会话中没有运行系统密钥环服务（如 GNOME Keyring 或 KWallet）。</translation>
    </message>
    <message>
        <source>Password filled in from the system keyring.</source>
        <comment>@info</comment>
        <translation>已从系统密钥环填入密码。</translation>
    </message>
    <message>
        <source>Password stored in the system keyring.</source>
        <comment>@info</comment>
        <translation>密码已存入系统密钥环。</translation>
    </message>
    <message>
        <source>Password removed from the system keyring.</source>
        <comment>@info</comment>
        <translation>已从系统密钥环删除密码。</translation>
    </message>
    <message>
        <source>The system keyring failed: %1</source>
        <comment>@info</comment>
        <translation>系统密钥环出错：%1</translation>
    </message>
    <message>
        <source>Remember the password in the system &amp;keyring</source>
        <translation>在系统密钥环中记住密码(&amp;K)</translation>
    </message>
    <message>
        <source>Remember the password in the system keyring</source>
        <comment>@action</comment>
        <translation>在系统密钥环中记住密码</translation>
    </message>
</context>
<context>
    <name>DceUpgrade::Wizard::ReleaseEditor</name>
    <message>
        <source>%1 (in the offline package)</source>
        <translation>%1（离线包中的版本）</translation>
    </message>
    <message>
        <source>%1 (not in the kubeconfig)</source>
        <comment>kube context</comment>
        <translation>%1（不在 kubeconfig 中）</translation>
    </message>
    <message>
        <source>Not in the Helm repository yet: the sync must publish it there first.</source>
        <translation>Helm 仓库中尚无此版本：需要先由同步步骤发布到仓库。</translation>
    </message>
    <message>
        <source>The Helm repository does not offer this version.</source>
        <translation>Helm 仓库中没有此版本。</translation>
    </message>
    <message>
        <source>The kubeconfig names no contexts: %1 is upgraded in the current cluster only.</source>
        <translation>kubeconfig 中没有任何上下文：%1 只会在当前集群中升级。</translation>
    </message>
    <message>
        <source>None chosen: %1 is upgraded in the current cluster only.</source>
        <translation>未选择任何集群：%1 只会在当前集群中升级。</translation>
    </message>
    <message>
        <source>%1 is upgraded in each cluster chosen, one after another.</source>
        <translation>%1 会在所选的每个集群中依次升级。</translation>
    </message>
    <message>
        <source>%1, in every worker cluster</source>
        <comment>@title</comment>
        <translation>%1：每个工作集群</translation>
    </message>
    <message>
        <source>%1, in the management cluster</source>
        <comment>@title</comment>
        <translation>%1：管理集群</translation>
    </message>
    <message>
        <source>%1 (not in this package)</source>
        <comment>@title</comment>
        <translation>%1（不在此离线包中）</translation>
    </message>
    <message>
        <source>Upgrade %1</source>
        <comment>@label check box</comment>
        <translation>升级 %1</translation>
    </message>
    <message>
        <source>Upgrade the release of the chart %1; clear to leave it as it is.</source>
        <translation>升级 Chart %1 的 Release；取消勾选则保持不变。</translation>
    </message>
    <message>
        <source>Release name:</source>
        <translation>Release 名称：</translation>
    </message>
    <message>
        <source>Release name of %1</source>
        <translation>%1 的 Release 名称</translation>
    </message>
    <message>
        <source>Namespace:</source>
        <translation>命名空间：</translation>
    </message>
    <message>
        <source>Namespace of %1</source>
        <translation>%1 的命名空间</translation>
    </message>
    <message>
        <source>Version:</source>
        <comment>chart version</comment>
        <translation>版本：</translation>
    </message>
    <message>
        <source>The chart version to upgrade to; the offline package&apos;s is marked.</source>
        <translation>要升级到的 Chart 版本；离线包中的版本已标注。</translation>
    </message>
    <message>
        <source>Chart version of %1</source>
        <translation>%1 的 Chart 版本</translation>
    </message>
    <message>
        <source>Worker clusters:</source>
        <translation>工作集群：</translation>
    </message>
    <message>
        <source>The kube contexts of the worker clusters %1 is upgraded in.</source>
        <translation>要升级 %1 的各工作集群的 kubeconfig 上下文。</translation>
    </message>
    <message>
        <source>Worker clusters of %1</source>
        <translation>%1 的工作集群</translation>
    </message>
</context>
<context>
    <name>DceUpgrade::Wizard::ReleaseProbe</name>
    <message>
        <source>helm could not be started.</source>
        <translation>无法启动 helm。</translation>
    </message>
    <message>
        <source>helm did not answer within %1 seconds.</source>
        <translation>helm 在 %1 秒内没有响应。</translation>
    </message>
    <message>
        <source>helm crashed.</source>
        <translation>helm 崩溃了。</translation>
    </message>
    <message>
        <source>helm printed the history in a form this version does not understand.</source>
        <translation>无法解析 helm 输出的历史记录：当前版本无法识别其格式。</translation>
    </message>
</context>
<context>
    <name>DceUpgrade::Wizard::ResumeOffer</name>
    <message numerus="yes">
        <source>The upgrade of %1 started on %2 stopped before it finished (%n step(s) done).</source>
        <extracomment>%1: the module&apos;s name, such as 微服务引擎 (Microservice Engine)</extracomment>
        <translation>
            <numerusform>于 %2 开始的%1升级未完成就停止了（已完成 %n 个步骤）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The upgrade of %1 started on %2 was interrupted (%n step(s) done).</source>
        <extracomment>%1: the module&apos;s name, such as 微服务引擎 (Microservice Engine)</extracomment>
        <translation>
            <numerusform>于 %2 开始的%1升级被中断（已完成 %n 个步骤）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue the interrupted upgrade?</source>
        <comment>@title:window</comment>
        <translation>继续被中断的升级？</translation>
    </message>
    <message>
        <source>Continuing skips every step that already finished and uses the same plan and values backup. You will be asked for the registry password again.

Session: %1
Package: %2</source>
        <translation>继续升级将跳过所有已完成的步骤，并沿用原来的升级计划和 values 备份。届时需要重新输入镜像仓库密码。

会话：%1
离线包：%2</translation>
    </message>
    <message>
        <source>C&amp;ontinue it</source>
        <comment>@action</comment>
        <translation>继续升级(&amp;O)</translation>
    </message>
    <message>
        <source>Start a &amp;new upgrade</source>
        <comment>@action</comment>
        <translation>开始新的升级(&amp;N)</translation>
    </message>
    <message>
        <source>Cannot continue</source>
        <comment>@title:window</comment>
        <translation>无法继续</translation>
    </message>
</context>
<context>
    <name>DceUpgrade::Wizard::ReviewPage</name>
    <message>
        <source>Review</source>
        <comment>@title</comment>
        <translation>确认计划</translation>
    </message>
    <message>
        <source>Commands are for the installed helm %1.</source>
        <translation>命令按已安装的 helm %1 生成。</translation>
    </message>
    <message>
        <source>helm was not found (or did not answer); commands are shown for helm %1.</source>
        <translation>未找到 helm（或 helm 无响应），以下命令按 helm %1 生成。</translation>
    </message>
    <message>
        <source>No offline package has been read.</source>
        <translation>尚未读取离线包。</translation>
    </message>
    <message>
        <source>Go back to the Package page and choose the package.</source>
        <translation>请返回“离线包”页面选择离线包。</translation>
    </message>
    <message>
        <source>The plan could not be made: %1</source>
        <translation>无法生成升级计划：%1</translation>
    </message>
    <message>
        <source>No chart repository receives the chart: nothing publishes it in this run, so the Helm repository must already offer the versions chosen.</source>
        <translation>没有 Helm 仓库接收该 Chart：本次运行不会发布它，因此 Helm 仓库中必须已有所选的版本。</translation>
    </message>
    <message>
        <source>No chart repository receives the chart: it is installed from the offline package only, and a later upgrade from a Helm repository will not find this version there.</source>
        <translation>没有 Helm 仓库接收该 Chart：它只从离线包安装，以后通过 Helm 仓库升级时将找不到此版本。</translation>
    </message>
    <message>
        <source>%1 is also upgraded in the management cluster (%2); it belongs in the worker clusters.</source>
        <translation>%1 也会在管理集群（%2）中升级，但它应部署在工作集群中。</translation>
    </message>
    <message>
        <source>%1 runs chart version %2; the plan installs the older %3.</source>
        <translation>%1 当前运行的 Chart 版本为 %2，而升级计划要安装的是更旧的 %3。</translation>
    </message>
    <message>
        <source>%1 is %2: an earlier helm operation was interrupted. The upgrade stops at its first check and says how to recover.</source>
        <translation>%1 处于 %2 状态：之前的某次 helm 操作被中断。升级会在第一项检查时停止，并说明如何恢复。</translation>
    </message>
    <message>
        <source>The values of %1 pin %2: that image stays as it is after the upgrade. Remove the value if the new chart&apos;s image is wanted.</source>
        <translation>%1 的 values 固定了 %2：升级后该镜像保持不变。如需使用新 Chart 中的镜像，请删除该值。</translation>
    </message>
    <message>
        <source>%1 is not installed in namespace %2 of %3: the upgrade stops at its first check. This tool upgrades; it does not install.</source>
        <translation>%3（命名空间 %2）中没有安装 %1：升级会在第一项检查时停止。本工具只做升级，不做安装。</translation>
    </message>
    <message>
        <source>The state of %1 could not be read: %2</source>
        <translation>无法读取 %1 的状态：%2</translation>
    </message>
    <message>
        <source>checking…</source>
        <comment>@status release</comment>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>%1 (revision %2)</source>
        <translation>%1（修订版本 %2）</translation>
    </message>
    <message>
        <source>%1 (revision %2, %3)</source>
        <translation>%1（修订版本 %2，%3）</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>未安装</translation>
    </message>
    <message>
        <source>cluster not reachable</source>
        <translation>无法连接集群</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Looking for helm on this machine…</source>
        <comment>@status</comment>
        <translation>正在本机查找 helm…</translation>
    </message>
    <message>
        <source>helm was not found: what the clusters run now cannot be shown. The upgrade checks it before it changes anything.</source>
        <translation>未找到 helm：无法显示集群上当前运行的内容。升级在做任何更改之前会进行检查。</translation>
    </message>
    <message numerus="yes">
        <source>pushes %n image(s) (%1) to %2</source>
        <translation>
            <numerusform>推送 %n 个镜像（%1）到 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>its current version</source>
        <translation>当前版本</translation>
    </message>
    <message>
        <source>%1 from %2 to %3 on %4</source>
        <comment>release from version to version on cluster</comment>
        <translation>%1（%4，版本：%2 → %3）</translation>
    </message>
    <message>
        <source>This upgrades %1.</source>
        <translation>此操作将升级 %1。</translation>
    </message>
    <message>
        <source>This %1, then upgrades %2.</source>
        <translation>此操作将先%1，然后升级 %2。</translation>
    </message>
    <message>
        <source>Start the upgrade?</source>
        <comment>@title:window</comment>
        <translation>开始升级？</translation>
    </message>
    <message>
        <source>The values of every release are backed up before it is upgraded, and the Finish page can roll the upgrade back.</source>
        <translation>每个 Release 在升级前都会备份 values；在“完成”页面可以回滚此次升级。</translation>
    </message>
    <message>
        <source>&amp;Start upgrade</source>
        <comment>@action</comment>
        <translation>开始升级(&amp;S)</translation>
    </message>
    <message>
        <source>Not yet</source>
        <comment>@action</comment>
        <translation>暂不开始</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Save the plan</source>
        <comment>@title:window</comment>
        <translation>保存升级计划</translation>
    </message>
    <message>
        <source>Upgrade plans (*.yaml *.yml)</source>
        <translation>升级计划 (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Plan saved to %1. `dce-upgrade run --plan` runs it; --plan opens it here.</source>
        <translation>升级计划已保存到 %1。可使用 `dce-upgrade run --plan` 执行；启动向导时加上 --plan 可在此重新打开。</translation>
    </message>
    <message>
        <source>Export the upgrade script</source>
        <comment>@title:window</comment>
        <translation>导出升级脚本</translation>
    </message>
    <message>
        <source>Shell scripts (*.sh)</source>
        <translation>Shell 脚本 (*.sh)</translation>
    </message>
    <message>
        <source>Script written to %1: the same steps, for running by hand.</source>
        <translation>脚本已写入 %1：包含相同的步骤，供手动运行。</translation>
    </message>
    <message>
        <source>Every step of the upgrade with its exact commands. Passwords are never shown.</source>
        <translation>升级的每个步骤及其确切命令。密码从不显示。</translation>
    </message>
    <message>
        <source>Nothing has run yet: nothing is pushed and no release changes until you press Start upgrade and confirm.</source>
        <translation>尚未执行任何操作：在您点击“开始升级”并确认之前，不会推送任何内容，也不会更改任何 Release。</translation>
    </message>
    <message>
        <source>I want to install an &amp;older version</source>
        <translation>我要安装更旧的版本(&amp;O)</translation>
    </message>
    <message>
        <source>Without this, the upgrade refuses to replace a newer chart version with an older one.</source>
        <translation>不勾选此项时，升级会拒绝用较旧的 Chart 版本替换较新的版本。</translation>
    </message>
    <message>
        <source>Checking the releases on the clusters</source>
        <comment>@status</comment>
        <translation>正在检查集群上的 Release</translation>
    </message>
    <message>
        <source>On the clusters now</source>
        <comment>@title</comment>
        <translation>集群当前状态</translation>
    </message>
    <message>
        <source>S&amp;teps and commands</source>
        <comment>@title</comment>
        <translation>步骤和命令(&amp;T)</translation>
    </message>
    <message>
        <source>The same text as dce-upgrade plan prints for this plan.</source>
        <translation>与 dce-upgrade plan 为此计划输出的内容相同。</translation>
    </message>
    <message>
        <source>Save &amp;plan…</source>
        <comment>@action</comment>
        <translation>保存计划(&amp;P)…</translation>
    </message>
    <message>
        <source>Save the choices as a plan file (no password inside)</source>
        <translation>将当前选择保存为升级计划文件（不含密码）</translation>
    </message>
    <message>
        <source>E&amp;xport script…</source>
        <comment>@action</comment>
        <translation>导出脚本(&amp;X)…</translation>
    </message>
    <message>
        <source>Write the same steps as a bash script</source>
        <translation>将相同的步骤写成 bash 脚本</translation>
    </message>
    <message>
        <source>helm was not found on this machine: the commands below are for helm %1, and the upgrade cannot run until helm is installed. %2</source>
        <translation>本机未找到 helm：以下命令按 helm %1 生成，安装 helm 之前无法执行升级。%2</translation>
    </message>
    <message>
        <source>The cluster of %1 cannot be reached from here. The upgrade checks again before it changes anything. Reason: %2</source>
        <translation>本机无法连接 %1 所在的集群。升级在做任何更改之前会再次检查。原因：%2</translation>
    </message>
    <message>
        <source>imports %1 (%2) on %3</source>
        <comment>imports N images (their size) on N nodes</comment>
        <translation>在 %3上导入 %1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <comment>imported on the nodes</comment>
        <translation>
            <numerusform>%n 个镜像</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n 个节点</numerusform>
        </translation>
    </message>
    <message>
        <source>No chart repository receives the chart in this run: the upgrade later installs it from the offline package, or from a Helm repository that offers this version already.</source>
        <translation>本次运行不会把 Chart 发布到任何 Helm 仓库：稍后升级时将从离线包安装，或从已提供该版本的 Helm 仓库安装。</translation>
    </message>
    <message>
        <source>This %1. No release is upgraded.</source>
        <comment>%1: what the sync does, such as: pushes 8 images (21.7 kB) to 10.16.23.145</comment>
        <translation>本次运行将%1。不升级任何 Release。</translation>
    </message>
    <message>
        <source>Start the sync?</source>
        <comment>@title:window</comment>
        <translation>开始同步？</translation>
    </message>
    <message>
        <source>Nothing on the clusters changes. Upgrade later with the same choices and a Helm repository or the chart package chosen on the Upgrade page.</source>
        <translation>集群上不会有任何改动。稍后可沿用相同的选择，在“升级”页选择 Helm 仓库或 Chart 包进行升级。</translation>
    </message>
    <message>
        <source>&amp;Start sync</source>
        <comment>@action</comment>
        <translation>开始同步(&amp;S)</translation>
    </message>
    <message>
        <source>Nothing has run yet: nothing is synced until you press Start sync and confirm. This run only syncs the images; no release changes.</source>
        <translation>尚未运行任何操作：在您点击“开始同步”并确认之前不会同步任何内容。本次运行只同步镜像，不改动任何 Release。</translation>
    </message>
    <message>
        <source>Version note: %1</source>
        <translation>版本说明：%1</translation>
    </message>
</context>
<context>
    <name>DceUpgrade::Wizard::RunPage</name>
    <message>
        <source>Running the Upgrade</source>
        <comment>@title</comment>
        <translation>执行升级</translation>
    </message>
    <message>
        <source>The engine runs the steps of the plan one after another. Follow each step and its log here; the session folder keeps the whole log and the report.</source>
        <translation>执行引擎将依次运行升级计划中的各个步骤。您可以在此查看每个步骤及其日志；完整日志和报告保存在会话目录中。</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <comment>@action</comment>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>Cance&amp;l…</source>
        <comment>@action stop the running upgrade</comment>
        <translation>取消(&amp;L)…</translation>
    </message>
    <message>
        <source>Stops the run safely after asking.</source>
        <comment>@info:tooltip</comment>
        <translation>确认后安全停止运行。</translation>
    </message>
    <message>
        <source>Last lines the engine wrote:</source>
        <comment>@label</comment>
        <translation>执行引擎最后输出的内容：</translation>
    </message>
    <message>
        <source>Last lines the engine wrote</source>
        <comment>@label</comment>
        <translation>执行引擎最后输出的内容</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <comment>@action</comment>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <source>Roll &amp;back…</source>
        <comment>@action</comment>
        <translation>回滚(&amp;B)…</translation>
    </message>
    <message>
        <source>Run status</source>
        <comment>@label</comment>
        <translation>运行状态</translation>
    </message>
    <message>
        <source>Stopping safely… A running helm command is allowed to finish or roll back first.</source>
        <comment>@info:status</comment>
        <translation>正在安全停止：先等待正在执行的 helm 命令完成或回滚…</translation>
    </message>
    <message>
        <source>The rollback is running.</source>
        <comment>@info:status</comment>
        <translation>正在执行回滚。</translation>
    </message>
    <message>
        <source>The upgrade is running.</source>
        <comment>@info:status</comment>
        <translation>正在执行升级。</translation>
    </message>
    <message>
        <source>The rollback finished: the releases are back at their earlier revision.</source>
        <comment>@info:status</comment>
        <translation>回滚已完成：Release 已恢复到之前的修订版本。</translation>
    </message>
    <message>
        <source>The upgrade finished: every step is done. Next shows the result.</source>
        <comment>@info:status</comment>
        <translation>升级已完成：所有步骤均已完成。点击“下一步”查看结果。</translation>
    </message>
    <message>
        <source>The rollback did not finish.</source>
        <comment>@info:status</comment>
        <translation>回滚未完成。</translation>
    </message>
    <message>
        <source>The upgrade did not finish.</source>
        <comment>@info:status</comment>
        <translation>升级未完成。</translation>
    </message>
    <message>
        <source>“%1” failed.</source>
        <comment>@info</comment>
        <translation>步骤“%1”失败。</translation>
    </message>
    <message>
        <source>“%1” failed: %2</source>
        <comment>@info</comment>
        <translation>步骤“%1”失败：%2</translation>
    </message>
    <message>
        <source>The engine stopped before the run could finish (exit code %1).</source>
        <comment>@info</comment>
        <translation>执行引擎在运行完成前就停止了（退出码 %1）。</translation>
    </message>
    <message>
        <source>The rollback was canceled.</source>
        <comment>@info:status</comment>
        <translation>回滚已取消。</translation>
    </message>
    <message>
        <source>The upgrade was canceled. What was done stays done: Retry continues from there.</source>
        <comment>@info:status</comment>
        <translation>升级已取消。已完成的步骤不会被撤销：点击“重试”将从中断处继续。</translation>
    </message>
    <message>
        <source>The engine worker could not be started.</source>
        <comment>@info</comment>
        <translation>无法启动执行进程。</translation>
    </message>
    <message>
        <source>The engine worker stopped unexpectedly (it crashed or was killed).</source>
        <comment>@info</comment>
        <translation>执行进程意外终止（崩溃或被强制结束）。</translation>
    </message>
    <message>
        <source>There is no plan to run: confirm it on the Review page first.</source>
        <comment>@info:status</comment>
        <translation>没有可执行的升级计划：请先在“确认计划”页面确认。</translation>
    </message>
    <message>
        <source>Session folder: %1</source>
        <comment>@info</comment>
        <translation>会话目录：%1</translation>
    </message>
    <message>
        <source>Runs the rollback again.</source>
        <comment>@info:tooltip</comment>
        <translation>重新执行回滚。</translation>
    </message>
    <message>
        <source>Runs the session again: the steps that are done are skipped.</source>
        <comment>@info:tooltip</comment>
        <translation>重新运行该会话：已完成的步骤会被跳过。</translation>
    </message>
    <message>
        <source>Return every upgraded release to the revision it had before this upgrade.</source>
        <comment>@info:tooltip</comment>
        <translation>将每个已升级的 Release 回滚到本次升级前的修订版本。</translation>
    </message>
    <message>
        <source>The engine&apos;s last lines are below: fix what they say, then Retry.</source>
        <translation>下方是执行引擎最后输出的内容：请按其中的提示排除问题，然后点击“重试”。</translation>
    </message>
    <message>
        <source>The engine worker could not be started to run “%1”.</source>
        <comment>@info</comment>
        <translation>无法启动执行进程以执行步骤“%1”。</translation>
    </message>
    <message>
        <source>The engine worker stopped unexpectedly while running “%1” (it crashed or was killed).</source>
        <comment>@info</comment>
        <translation>执行进程在执行“%1”时意外终止（崩溃或被强制结束）。</translation>
    </message>
    <message>
        <source>The engine&apos;s last lines are below. Retry continues the session where it stopped; the session&apos;s log files have the details.</source>
        <translation>下方是执行引擎最后输出的内容。点击“重试”将从中断处继续该会话；详细信息请查看会话的日志文件。</translation>
    </message>
    <message>
        <source>The sync is running.</source>
        <comment>@info:status</comment>
        <translation>正在同步。</translation>
    </message>
    <message>
        <source>The sync finished: the images are staged. Next shows the result.</source>
        <comment>@info:status</comment>
        <translation>同步完成：镜像已预置。点击“下一步”查看结果。</translation>
    </message>
    <message>
        <source>The sync did not finish.</source>
        <comment>@info:status</comment>
        <translation>同步没有完成。</translation>
    </message>
    <message>
        <source>The sync was canceled. What was done stays done: Retry continues from there.</source>
        <comment>@info:status</comment>
        <translation>同步已取消。已完成的部分保持不变：点击“重试”将从中断处继续。</translation>
    </message>
    <message>
        <source>Syncing the Images</source>
        <comment>@title</comment>
        <translation>正在同步镜像</translation>
    </message>
</context>
<context>
    <name>DceUpgrade::Wizard::RunQuestions</name>
    <message>
        <source>Cancel the Rollback?</source>
        <comment>@title:window</comment>
        <translation>取消回滚？</translation>
    </message>
    <message>
        <source>Cancel the Upgrade?</source>
        <comment>@title:window</comment>
        <translation>取消升级？</translation>
    </message>
    <message>
        <source>The running step stops safely: a running helm command is allowed to finish or roll back, so no release is left half changed. What is done stays done; Retry continues from there.</source>
        <translation>当前步骤将安全停止：正在执行的 helm 命令会先完成或回滚，不会让任何 Release 停留在只改了一半的状态。已完成的步骤不会被撤销；点击“重试”可从中断处继续。</translation>
    </message>
    <message>
        <source>Cancel the &amp;rollback</source>
        <comment>@action</comment>
        <translation>取消回滚(&amp;R)</translation>
    </message>
    <message>
        <source>Cancel the &amp;upgrade</source>
        <comment>@action</comment>
        <translation>取消升级(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Keep running</source>
        <comment>@action</comment>
        <translation>继续运行(&amp;K)</translation>
    </message>
    <message>
        <source>Roll Back the Upgrade?</source>
        <comment>@title:window</comment>
        <translation>回滚升级？</translation>
    </message>
    <message>
        <source>helm rollback returns these releases to the revision they had before this session upgraded them:

%1

The images pushed to the registry stay there.</source>
        <translation>helm rollback 会将以下 Release 回滚到本会话升级前的修订版本：

%1

已推送到镜像仓库的镜像会保留。</translation>
    </message>
    <message>
        <source>&amp;Roll back</source>
        <comment>@action</comment>
        <translation>回滚(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Do not roll back</source>
        <comment>@action</comment>
        <translation>不回滚(&amp;D)</translation>
    </message>
    <message>
        <source>%1 in %2 (%3) to revision %4</source>
        <comment>release in namespace (cluster) to revision</comment>
        <translation>%1（%3，命名空间 %2）→ 修订版本 %4</translation>
    </message>
    <message>
        <source>%1 in %2 (%3) to revision %4, chart %5</source>
        <comment>release in namespace (cluster) to revision, chart version</comment>
        <translation>%1（%3，命名空间 %2）→ 修订版本 %4，Chart %5</translation>
    </message>
</context>
<context>
    <name>DceUpgrade::Wizard::RunView</name>
    <message>
        <source>waiting</source>
        <comment>@item step state</comment>
        <translation>等待中</translation>
    </message>
    <message>
        <source>running</source>
        <comment>@item step state</comment>
        <translation>运行中</translation>
    </message>
    <message>
        <source>done</source>
        <comment>@item step state</comment>
        <translation>已完成</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>@item step state</comment>
        <translation>失败</translation>
    </message>
    <message>
        <source>canceled</source>
        <comment>@item step state</comment>
        <translation>已取消</translation>
    </message>
    <message>
        <source>skipped</source>
        <comment>@item step state</comment>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>@item duration in seconds</comment>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Step</source>
        <comment>@title:column</comment>
        <translation>步骤</translation>
    </message>
    <message>
        <source>State</source>
        <comment>@title:column</comment>
        <translation>状态</translation>
    </message>
    <message>
        <source>Time</source>
        <comment>@title:column</comment>
        <translation>耗时</translation>
    </message>
    <message>
        <source>Steps</source>
        <comment>@label</comment>
        <translation>执行步骤</translation>
    </message>
    <message>
        <source>Every step of the run with its state and how long it took.</source>
        <comment>@info</comment>
        <translation>本次运行的每个步骤及其状态和耗时。</translation>
    </message>
    <message>
        <source>Overall progress</source>
        <comment>@label</comment>
        <translation>总体进度</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>@info:tooltip step title: message</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>@info:progress items done of total</comment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>@info:progress bytes done of total</comment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <comment>@info:progress speed</comment>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <comment>@info:progress time left</comment>
        <translation>剩余约 %1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>@info:progress separator</comment>
        <translation>，</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <comment>@info:progress</comment>
        <translation>第 %1/%2 步：%3</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>@info:progress step — transfer</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 of %2 steps done.</source>
        <comment>@info:progress</comment>
        <translation>已完成 %1 个步骤（共 %2 个）。</translation>
    </message>
    <message>
        <source>Starting the engine…</source>
        <comment>@info:progress</comment>
        <translation>正在启动执行引擎…</translation>
    </message>
    <message>
        <source>This machine</source>
        <comment>@item a node: the computer the wizard runs on</comment>
        <translation>本机</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>@item node state, bytes done of total: running, 1 GiB of 2 GiB</comment>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <comment>@info:tooltip how to fix a failed node</comment>
        <translation>处理方法：%1</translation>
    </message>
</context>
<context>
    <name>DceUpgrade::Wizard::SshCheck</name>
    <message>
        <source>ssh could not be started: %1</source>
        <translation>无法启动 ssh：%1</translation>
    </message>
    <message>
        <source>Install the OpenSSH client (package openssh-client).</source>
        <translation>请安装 OpenSSH 客户端（软件包 openssh-client）。</translation>
    </message>
    <message>
        <source>ssh ended without an answer.</source>
        <translation>ssh 已结束，但没有返回结果。</translation>
    </message>
</context>
<context>
    <name>DceUpgrade::Wizard::StepSidebar</name>
    <message>
        <source>Steps of the upgrade</source>
        <translation>升级步骤</translation>
    </message>
    <message>
        <source>Welcome</source>
        <comment>@item step</comment>
        <translation>欢迎</translation>
    </message>
    <message>
        <source>Offline package</source>
        <comment>@item step</comment>
        <translation>离线包</translation>
    </message>
    <message>
        <source>Registry</source>
        <comment>@item step</comment>
        <translation>镜像仓库</translation>
    </message>
    <message>
        <source>Image sync</source>
        <comment>@item step</comment>
        <translation>镜像同步</translation>
    </message>
    <message>
        <source>Upgrade</source>
        <comment>@item step</comment>
        <translation>升级</translation>
    </message>
    <message>
        <source>Review</source>
        <comment>@item step</comment>
        <translation>确认计划</translation>
    </message>
    <message>
        <source>Run</source>
        <comment>@item step</comment>
        <translation>执行</translation>
    </message>
    <message>
        <source>Finish</source>
        <comment>@item step</comment>
        <translation>完成</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>@item step number and name</comment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation>%1：已完成</translation>
    </message>
    <message>
        <source>%1: current step</source>
        <translation>%1：当前步骤</translation>
    </message>
    <message>
        <source>%1: to do</source>
        <translation>%1：待完成</translation>
    </message>
</context>
<context>
    <name>DceUpgrade::Wizard::SyncPage</name>
    <message>
        <source>Image sync</source>
        <comment>@title</comment>
        <translation>镜像同步</translation>
    </message>
    <message>
        <source>%1 is not installed on this machine (not found on PATH). %2</source>
        <comment>@info: tool, how to get it</comment>
        <translation>本机未安装 %1（在 PATH 中找不到）。%2</translation>
    </message>
    <message>
        <source># Not complete yet: %1
# %2</source>
        <translation># 尚不完整：%1
# %2</translation>
    </message>
    <message>
        <source>How the images of the offline package get to where the cluster pulls them from. The tab shown is the method used.</source>
        <translation>离线包中的镜像如何送达集群拉取镜像的位置。当前显示的选项卡即所用的方式。</translation>
    </message>
    <message>
        <source>The built-in sync suits almost every site. The other tabs do what the DCE documentation describes, with its traps avoided.</source>
        <translation>内置同步适用于绝大多数环境。其他选项卡按 DCE 文档所述的方式操作，并避开了其中的陷阱。</translation>
    </message>
    <message>
        <source>Sync method</source>
        <translation>同步方式</translation>
    </message>
    <message>
        <source>&amp;Built-in (recommended)</source>
        <comment>@title:tab</comment>
        <translation>内置同步（推荐）(&amp;B)</translation>
    </message>
    <message>
        <source>charts-s&amp;yncer</source>
        <comment>@title:tab</comment>
        <translation>charts-syncer 同步(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Docker</source>
        <comment>@title:tab</comment>
        <translation>Docker 同步(&amp;D)</translation>
    </message>
    <message>
        <source>containe&amp;rd</source>
        <comment>@title:tab</comment>
        <translation>containerd 同步(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Images already there</source>
        <comment>@title:tab</comment>
        <translation>镜像已在仓库中(&amp;I)</translation>
    </message>
    <message>
        <source>The images go straight from the offline package to the registry, several uploads in parallel: nothing is unpacked, and no Docker daemon or extra tool is needed. A rerun sends only what is missing, so an interrupted sync resumes where it stopped. Then the relocated chart is published to the chart target chosen on the Registry page.</source>
        <translation>镜像直接从离线包并发上传到镜像仓库：无需解压，也不需要 Docker 守护进程或其他工具。重新运行时只发送缺少的内容，因此中断的同步可以从中断处继续。随后，已改写镜像地址的 Chart 会发布到“镜像仓库”页面所选的 Chart 发布目标。</translation>
    </message>
    <message>
        <source>Parallel &amp;uploads:</source>
        <translation>并发上传数(&amp;U)：</translation>
    </message>
    <message>
        <source>How many layers are uploaded at once (1 to 32). 4 suits most registries; more helps a Harbor with many cores on a fast network.</source>
        <translation>同时上传的镜像层数（1 到 32）。4 适合大多数镜像仓库；如果 Harbor 所在主机核数多、网络快，调高可以加快速度。</translation>
    </message>
    <message>
        <source>Re&amp;place tags that differ</source>
        <translation>覆盖内容不同的 tag(&amp;P)</translation>
    </message>
    <message>
        <source>On: image tags in the registry whose content differs from the package are overwritten, and the chart is published even when its version is already there. Off: such tags are left as they are and reported, as charts-syncer does.</source>
        <translation>开启：镜像仓库中内容与离线包不同的镜像 tag 会被覆盖，且即使该 Chart 版本已存在也会重新发布。关闭：此类 tag 保持原样并在结果中报告，与 charts-syncer 的行为一致。</translation>
    </message>
    <message>
        <source>&amp;Harbor chart repository (HARBOR)</source>
        <translation>Harbor Helm 仓库（HARBOR）(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Local directory (LOCAL)</source>
        <translation>本地目录（LOCAL）(&amp;L)</translation>
    </message>
    <message>
        <source>The chart repository URL and the directory are set on the Registry page.</source>
        <translation>Helm 仓库 URL 和本地目录在“镜像仓库”页面设置。</translation>
    </message>
    <message>
        <source>The &amp;file it writes, load-image.yaml (the password masked; ${SESSION} is the run&apos;s directory):</source>
        <translation>将生成的文件 load-image.yaml（密码已隐去；${SESSION} 表示本次运行的目录）(&amp;F)：</translation>
    </message>
    <message>
        <source>load-image.yaml as it will be written</source>
        <translation>将要生成的 load-image.yaml</translation>
    </message>
    <message>
        <source>Read only. The password is shown as ******; the real file holds it.</source>
        <translation>只读。密码显示为 ******，实际文件中为真实密码。</translation>
    </message>
    <message>
        <source>DaoCloud&apos;s charts-syncer, as the DCE documentation uses it. The wizard writes load-image.yaml for you (the credentials nested correctly, the password in a file only you can read, removed afterwards), runs charts-syncer sync, and then checks that every image really is in the registry.</source>
        <translation>使用 DaoCloud 的 charts-syncer，与 DCE 文档中的做法相同。向导会为您生成 load-image.yaml（凭据嵌套正确，密码保存在只有您可读的文件中，用完即删除），运行 charts-syncer sync，然后逐一确认每个镜像确实已在镜像仓库中。</translation>
    </message>
    <message>
        <source>On every node listed below, over ssh, one session per images.tar:
1. docker load: images.tar is streamed from the offline package on this machine into the node&apos;s Docker; nothing is copied to the node&apos;s disk first.
2. docker tag: every image gets its name in your registry, so the pods find it without pulling.
3. docker images: every relocated name must be there.

Nothing is pushed to a registry: nodes added later will not have the images.</source>
        <translation>在下列每个节点上，通过 ssh 为每个 images.tar 建立一个会话：
1. docker load：将 images.tar 从本机的离线包以流的方式直接送入节点的 Docker，不会先复制到节点磁盘。
2. docker tag：为每个镜像打上其在您镜像仓库中的名称，Pod 无需拉取即可找到镜像。
3. docker images：检查每个重定位后的镜像名称都已存在。

不会向镜像仓库推送任何镜像：之后新增的节点上不会有这些镜像。</translation>
    </message>
    <message>
        <source>On this machine:
1. docker load: images.tar is streamed from the offline package into Docker; nothing is unpacked to disk.
2. docker tag: every image gets its name in your registry.
3. docker push: with a login kept in the run&apos;s own directory, never in your ~/.docker/config.json, and removed at the end.

Docker recompresses the layers, so the images get other digests than with charts-syncer or the built-in sync; the upgrade names them by tag.</source>
        <translation>在本机上：
1. docker load：将 images.tar 从离线包以流的方式直接送入 Docker，不解压到磁盘。
2. docker tag：为每个镜像打上其在您镜像仓库中的名称。
3. docker push：登录信息只保存在本次运行自己的目录中，绝不写入您的 ~/.docker/config.json，并在结束时删除。

Docker 会重新压缩镜像层，因此镜像摘要与使用 charts-syncer 或内置同步时不同；升级时按标签引用这些镜像。</translation>
    </message>
    <message>
        <source>Docker does the work, as the DCE documentation describes: either on this machine, which then pushes to your registry, or on every node, for nodes that cannot pull from a registry. Docker must be running where it loads the images, with room for them in its storage.</source>
        <translation>按 DCE 文档所述，由 Docker 完成同步：可以在本机加载镜像后推送到您的镜像仓库；若节点无法从镜像仓库拉取镜像，也可以在每个节点上加载。加载镜像的机器上必须运行着 Docker，且其存储空间足以容纳这些镜像。</translation>
    </message>
    <message>
        <source>Push to the registry from this machine</source>
        <comment>@option:radio</comment>
        <translation>从本机推送到镜像仓库</translation>
    </message>
    <message>
        <source>Load on e&amp;very node over ssh (nothing pushed)</source>
        <comment>@option:radio</comment>
        <translation>通过 ssh 在每个节点上加载（不推送）(&amp;V)</translation>
    </message>
    <message>
        <source>For nodes that cannot pull from a registry: the images are imported on every node listed, over ssh (ctr -n k8s.io images import, streamed from the offline package), tagged with their names in the registry and checked. Nothing is pushed. ssh must log in with a key, without a password prompt; a node that fails does not stop the others, and a rerun imports only where it did not finish.</source>
        <translation>适用于无法从镜像仓库拉取镜像的节点：通过 ssh 在列出的每个节点上导入镜像（ctr -n k8s.io images import，直接从离线包流式读取），打上其在镜像仓库中的名称并逐一检查。不会推送任何镜像。ssh 必须能用密钥登录，且不出现密码提示；单个节点失败不会影响其他节点，重新运行时只在未完成的节点上导入。</translation>
    </message>
    <message>
        <source>The upgrade uses the images by the names they were tagged with on the nodes, and looks nothing up in a registry: make sure every node that runs the module&apos;s pods has them.</source>
        <translation>升级将使用镜像在节点上标记的名称，不会到镜像仓库中查找：请确保运行该模块 Pod 的每个节点上都有这些镜像。</translation>
    </message>
    <message>
        <source>The upgrade still checks, before helm upgrade, that every image it will use is in the registry.</source>
        <translation>在执行 helm upgrade 之前，升级仍会检查将用到的每个镜像都已在镜像仓库中。</translation>
    </message>
    <message>
        <source>Nothing is synced. Choose this when the images are already where the cluster pulls them from: synced earlier (for example by a sync-only run days before), or by a colleague.</source>
        <translation>不同步任何内容。当镜像已位于集群拉取镜像的位置时选择此项：例如几天前已通过仅同步的运行完成同步，或已由同事同步。</translation>
    </message>
    <message>
        <source>In the registry (with the chart in its target)</source>
        <comment>@option:radio</comment>
        <translation>在镜像仓库中（Chart 也已在其目标位置）</translation>
    </message>
    <message>
        <source>On every node (imported with containerd or Docker)</source>
        <comment>@option:radio</comment>
        <translation>在每个节点上（已通过 containerd 或 Docker 导入）</translation>
    </message>
</context>
<context>
    <name>DceUpgrade::Wizard::ToolInventory</name>
    <message>
        <source>Copy kubectl from the cluster&apos;s master node to /usr/local/bin.</source>
        <translation>请从集群的 master 节点将 kubectl 复制到 /usr/local/bin。</translation>
    </message>
    <message>
        <source>Copy charts-syncer from the DCE installer&apos;s offline package to /usr/local/bin, or use the built-in sync, which needs no extra tool.</source>
        <translation>请从 DCE 安装器的离线包中将 charts-syncer 复制到 /usr/local/bin，或改用无需额外工具的内置同步。</translation>
    </message>
    <message>
        <source>Install Docker, or use the built-in sync, which needs no daemon.</source>
        <translation>请安装 Docker，或改用无需守护进程的内置同步。</translation>
    </message>
    <message>
        <source>ctr comes with containerd on the cluster&apos;s nodes; this machine only needs ssh to reach them.</source>
        <translation>ctr 随集群节点上的 containerd 一起提供；本机只需能通过 ssh 访问这些节点。</translation>
    </message>
    <message>
        <source>Install the OpenSSH client (package openssh-client).</source>
        <translation>请安装 OpenSSH 客户端（软件包 openssh-client）。</translation>
    </message>
    <message>
        <source>Copy the helm binary (3.7 or later) from the DCE offline package or the cluster&apos;s master node to /usr/local/bin.</source>
        <translation>请从 DCE 离线包或集群的 master 节点将 helm 可执行文件（3.7 或更高版本）复制到 /usr/local/bin。</translation>
    </message>
</context>
<context>
    <name>DceUpgrade::Wizard::ToolTable</name>
    <message>
        <source>Tool</source>
        <comment>@title:column</comment>
        <translation>工具</translation>
    </message>
    <message>
        <source>On this machine</source>
        <comment>@title:column</comment>
        <translation>本机状态</translation>
    </message>
    <message>
        <source>Needed for</source>
        <comment>@title:column</comment>
        <translation>用途</translation>
    </message>
    <message>
        <source>Tools on this machine</source>
        <translation>本机工具</translation>
    </message>
    <message>
        <source>For each tool: whether it was found, its version as the tool reports it, and which method needs it.</source>
        <translation>每个工具是否已找到、工具自身报告的版本，以及哪种方式需要它。</translation>
    </message>
    <message>
        <source>Found at %1; asking it for its version…</source>
        <translation>已找到：%1；正在查询其版本…</translation>
    </message>
    <message>
        <source>Not looked for yet</source>
        <translation>尚未查找</translation>
    </message>
    <message>
        <source>Not found. %1</source>
        <translation>未找到。%1</translation>
    </message>
    <message>
        <source>Found at %1; it did not report a version.</source>
        <translation>已找到：%1；但它没有报告版本。</translation>
    </message>
    <message>
        <source>%1 (as reported by %2), at %3</source>
        <comment>version, tool, path</comment>
        <translation>%1（%2 报告的版本），位于 %3</translation>
    </message>
    <message>
        <source>The upgrade itself, whatever the sync method: required.</source>
        <translation>升级本身，无论使用哪种同步方式：必需。</translation>
    </message>
    <message>
        <source>The module&apos;s steps before the upgrade (deleting its old jobs, applying CRDs).</source>
        <translation>模块升级前的步骤（删除旧 Job、应用 CRD）。</translation>
    </message>
    <message>
        <source>The charts-syncer sync method.</source>
        <translation>charts-syncer 同步方式。</translation>
    </message>
    <message>
        <source>The containerd sync method, on each node (not on this machine).</source>
        <translation>containerd 同步方式，在每个节点上使用（而非本机）。</translation>
    </message>
    <message>
        <source>The Docker sync method, when it pushes from this machine (on the nodes, Docker runs there).</source>
        <translation>Docker 同步方式，从本机推送时需要（在节点上加载时，Docker 在节点上运行）。</translation>
    </message>
    <message>
        <source>containerd, and Docker on the nodes: to reach every node.</source>
        <translation>containerd 以及在节点上使用 Docker 时：用于连接各节点。</translation>
    </message>
</context>
<context>
    <name>DceUpgrade::Wizard::UpgradePage</name>
    <message>
        <source>Upgrade</source>
        <comment>@title</comment>
        <translation>升级</translation>
    </message>
    <message>
        <source>At least one release must be upgraded.</source>
        <translation>至少需要升级一个 Release。</translation>
    </message>
    <message>
        <source>Choose the releases to upgrade; clear the others.</source>
        <translation>请勾选要升级的 Release，取消勾选其他 Release。</translation>
    </message>
    <message>
        <source>Looking for helm on this machine…</source>
        <comment>@status</comment>
        <translation>正在本机查找 helm…</translation>
    </message>
    <message>
        <source>Fetching the chart versions from %1…</source>
        <comment>@status</comment>
        <translation>正在从 %1 获取 Chart 版本…</translation>
    </message>
    <message>
        <source>Enter the URL of the Helm repository to see the versions it offers.</source>
        <translation>请输入 Helm 仓库的 URL，以查看其提供的版本。</translation>
    </message>
    <message>
        <source>helm was not found on this machine, so the versions cannot be listed. %1</source>
        <translation>本机未找到 helm，因此无法列出版本。%1</translation>
    </message>
    <message>
        <source>The versions could not be listed: only the package&apos;s own version is offered.</source>
        <translation>无法列出版本：只能选择离线包自带的版本。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n version(s)</source>
        <translation>
            <numerusform>%1：%n 个版本</numerusform>
        </translation>
    </message>
    <message>
        <source>The repository offers %1.</source>
        <comment>list of charts with their version counts</comment>
        <translation>仓库中提供 %1。</translation>
    </message>
    <message>
        <source>Choose the kubeconfig</source>
        <comment>@title:window</comment>
        <translation>选择 kubeconfig</translation>
    </message>
    <message>
        <source>The current context</source>
        <translation>当前上下文</translation>
    </message>
    <message>
        <source>The current context (%1)</source>
        <comment>kube context</comment>
        <translation>当前上下文（%1）</translation>
    </message>
    <message>
        <source>%1 (not in the kubeconfig)</source>
        <comment>kube context</comment>
        <translation>%1（不在 kubeconfig 中）</translation>
    </message>
    <message>
        <source>Reading the kubeconfig…</source>
        <comment>@status</comment>
        <translation>正在读取 kubeconfig…</translation>
    </message>
    <message numerus="yes">
        <source>%n context(s) in %1.</source>
        <translation>
            <numerusform>%1 中有 %n 个上下文。</numerusform>
        </translation>
    </message>
    <message>
        <source>From the &amp;Helm repository</source>
        <translation>从 Helm 仓库(&amp;H)</translation>
    </message>
    <message>
        <source>helm repo add, then helm upgrade ALIAS/CHART --version X: the chart the sync published, relocated to your registry.</source>
        <translation>先执行 helm repo add，再执行 helm upgrade ALIAS/CHART --version X：使用同步步骤发布的、镜像地址已改写为您镜像仓库的 Chart。</translation>
    </message>
    <message>
        <source>From the chart in the offline &amp;package</source>
        <translation>使用离线包中的 Chart(&amp;P)</translation>
    </message>
    <message>
        <source>helm upgrade with original-chart/ from the package: no Helm repository is needed.</source>
        <translation>使用离线包中的 original-chart/ 执行 helm upgrade：无需 Helm 仓库。</translation>
    </message>
    <message>
        <source>Installs original-chart/ from the offline package, with the image values set to your registry. No Helm repository is needed.</source>
        <translation>安装离线包中的 original-chart/，并将镜像相关的值设为您的镜像仓库。无需 Helm 仓库。</translation>
    </message>
    <message>
        <source>Repository &amp;alias:</source>
        <translation>仓库别名(&amp;A)：</translation>
    </message>
    <message>
        <source>The name helm gives the repository during the upgrade (in a private helm configuration: your own repositories are not changed).</source>
        <translation>升级期间 helm 为该仓库使用的名称（使用独立的 helm 配置，不会改动您已有的仓库）。</translation>
    </message>
    <message>
        <source>Repository &amp;URL:</source>
        <translation>仓库 URL(&amp;U)：</translation>
    </message>
    <message>
        <source>For Harbor: https://HARBOR/chartrepo/PROJECT. Prefilled with the chart target of the Registry page.</source>
        <translation>Harbor 的格式为 https://HARBOR/chartrepo/PROJECT。默认填入“镜像仓库”页面中的 Chart 发布目标。</translation>
    </message>
    <message>
        <source>&amp;Fetch versions</source>
        <comment>@action</comment>
        <translation>获取版本(&amp;F)</translation>
    </message>
    <message>
        <source>List the chart versions the repository offers again</source>
        <translation>重新列出仓库提供的 Chart 版本</translation>
    </message>
    <message>
        <source>Fetching the chart versions</source>
        <comment>@status</comment>
        <translation>正在获取 Chart 版本</translation>
    </message>
    <message>
        <source>Releases</source>
        <comment>@title</comment>
        <translation>Release 列表</translation>
    </message>
    <message>
        <source>Cluster</source>
        <comment>@title</comment>
        <translation>集群</translation>
    </message>
    <message>
        <source>&amp;Kubeconfig:</source>
        <translation>kubeconfig 文件(&amp;K)：</translation>
    </message>
    <message>
        <source>The kubeconfig file helm uses; empty: $KUBECONFIG or ~/.kube/config.</source>
        <translation>helm 使用的 kubeconfig 文件；留空则使用 $KUBECONFIG 或 ~/.kube/config。</translation>
    </message>
    <message>
        <source>empty: %1</source>
        <translation>留空：%1</translation>
    </message>
    <message>
        <source>empty: $KUBECONFIG</source>
        <translation>留空：$KUBECONFIG</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <comment>@action</comment>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose the kubeconfig file</source>
        <translation>选择 kubeconfig 文件</translation>
    </message>
    <message>
        <source>&amp;Management cluster:</source>
        <translation>管理集群(&amp;M)：</translation>
    </message>
    <message>
        <source>The kube context of the cluster that runs %1.</source>
        <translation>运行 %1 的集群的 kubeconfig 上下文。</translation>
    </message>
    <message>
        <source>Images</source>
        <comment>@title</comment>
        <translation>镜像</translation>
    </message>
    <message>
        <source>&amp;Image registry:</source>
        <translation>镜像仓库地址(&amp;I)：</translation>
    </message>
    <message>
        <source>The value of the image registry key of each chart; empty: the computed value.</source>
        <translation>各 Chart 中镜像仓库键的值；留空则使用自动计算的值。</translation>
    </message>
    <message>
        <source>helm upgrade</source>
        <comment>@title</comment>
        <translation>helm upgrade 选项</translation>
    </message>
    <message>
        <source>&amp;Wait until the new pods are ready (--wait)</source>
        <translation>等待新的 Pod 就绪（--wait）(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>超时时间(&amp;T)：</translation>
    </message>
    <message>
        <source>How long helm waits, as a duration such as 10m, 600s or 1h30m.</source>
        <translation>helm 的等待时长，例如 10m、600s 或 1h30m。</translation>
    </message>
    <message>
        <source>&amp;Roll back automatically if the upgrade fails (%1)</source>
        <translation>升级失败时自动回滚（%1）(&amp;R)</translation>
    </message>
    <message>
        <source>computed once the registry is set on the Registry page</source>
        <translation>在“镜像仓库”页面设置镜像仓库后自动计算</translation>
    </message>
    <message>
        <source>The upgrade sets %1 to this value so the pods pull their images from your registry; left empty, it is %2, computed from the Registry page.</source>
        <translation>升级时会将 %1 设为此值，使 Pod 从您的镜像仓库拉取镜像；留空时为 %2（根据“镜像仓库”页面计算）。</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>尚未确定</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>Where the chart comes from, which releases are upgraded on which clusters, and how helm upgrades them; or only sync the images now and upgrade later.</source>
        <translation>Chart 从哪里来、在哪些集群上升级哪些 Release、helm 如何升级它们；或者现在只同步镜像，稍后再升级。</translation>
    </message>
    <message>
        <source>Upgrade method</source>
        <comment>@title</comment>
        <translation>升级方式</translation>
    </message>
    <message>
        <source>&amp;Only sync the images now; upgrade later</source>
        <translation>现在只同步镜像，稍后升级(&amp;O)</translation>
    </message>
    <message>
        <source>The run stages the images and changes no release: helm and kubectl are not needed.</source>
        <translation>本次运行只预置镜像，不改动任何 Release：不需要 helm 和 kubectl。</translation>
    </message>
    <message>
        <source>Stages the images with the sync chosen before, days ahead of the maintenance window; nothing on the clusters changes. The other choices on this page are kept for the upgrade later.</source>
        <translation>使用前面选择的同步方式预置镜像，可在维护窗口之前几天完成；集群上不会有任何改动。本页的其他选择会保留，供稍后升级时使用。</translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator between renamed keys</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>R&amp;ename %1 in the values passed to helm</source>
        <extracomment>%1: values keys renamed, such as keycloak → keycloakx</extracomment>
        <translation>在传给 helm 的 values 中改名(&amp;E)：%1</translation>
    </message>
    <message>
        <source>Only when the installed version calls for it, as a version note of the module says (the Review page shows it). The backup is never changed.</source>
        <translation>仅在已安装的版本需要时改名，依据该模块的版本说明（“确认计划”页面会显示）。备份始终保持不变。</translation>
    </message>
</context>
<context>
    <name>DceUpgrade::Wizard::UpgradeWizard</name>
    <message>
        <source>DCE 5.0 Offline Upgrade</source>
        <comment>@title:window</comment>
        <translation>DCE 5.0 离线升级</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <comment>@action</comment>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>@action</comment>
        <translation>取消</translation>
    </message>
    <message>
        <source>%1 (demo)</source>
        <comment>@title:window</comment>
        <translation>%1（演示）</translation>
    </message>
    <message>
        <source>&lt; Back</source>
        <comment>@action</comment>
        <translation>&lt; 上一步</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <comment>@action</comment>
        <translation>开始升级(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <comment>@action</comment>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Stop the upgrade?</source>
        <comment>@title:window</comment>
        <translation>停止升级？</translation>
    </message>
    <message>
        <source>The upgrade is still running. Closing stops it safely: a running helm upgrade is allowed to finish or roll back, then the window closes.</source>
        <translation>升级仍在进行。关闭窗口会安全地停止升级：正在执行的 helm upgrade 会先完成或回滚，然后窗口才会关闭。</translation>
    </message>
    <message>
        <source>&amp;Stop and close</source>
        <comment>@action</comment>
        <translation>停止并关闭(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Keep running</source>
        <comment>@action</comment>
        <translation>继续运行(&amp;K)</translation>
    </message>
    <message>
        <source>DCE 5.0 Offline Upgrade logo</source>
        <comment>@info</comment>
        <translation>DCE 5.0 离线升级标志</translation>
    </message>
    <message>
        <source>Help</source>
        <comment>@action</comment>
        <translation>帮助</translation>
    </message>
    <message>
        <source>Help on this page (F1)</source>
        <comment>@info:tooltip</comment>
        <translation>本页帮助（F1）</translation>
    </message>
</context>
<context>
    <name>DceUpgrade::Wizard::WarningPanel</name>
    <message>
        <source>Read before you start</source>
        <comment>@title</comment>
        <translation>开始前请阅读</translation>
    </message>
    <message>
        <source>Warning</source>
        <comment>@info icon</comment>
        <translation>警告</translation>
    </message>
</context>
<context>
    <name>DceUpgrade::Wizard::WelcomePage</name>
    <message>
        <source>Upgrade %1 offline</source>
        <comment>@title</comment>
        <extracomment>%1: the module&apos;s name, such as 微服务引擎 (Microservice Engine)</extracomment>
        <translation>离线升级%1</translation>
    </message>
    <message>
        <source>This wizard upgrades %1 on a DCE 5.0 cluster from the offline package you downloaded, without copying commands by hand.</source>
        <extracomment>%1: the module&apos;s name, such as 微服务引擎 (Microservice Engine)</extracomment>
        <translation>本向导使用您下载的离线包升级 DCE 5.0 集群上的%1，无需手动复制命令。</translation>
    </message>
    <message>
        <source>It takes you through the offline upgrade procedure:</source>
        <translation>向导将带您完成以下离线升级步骤：</translation>
    </message>
    <message>
        <source>Nothing changes in the registry or on the cluster until you have reviewed and confirmed the plan.</source>
        <translation>在您检查并确认升级计划之前，镜像仓库和集群都不会有任何变更。</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>版本：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>The language of the whole program; it changes at once.</source>
        <translation>整个程序的界面语言，切换后立即生效。</translation>
    </message>
    <message>
        <source>helm was not found, so the upgrade cannot run on this machine. You can still go through the pages and see what would be done, but install helm (see below) before you start the upgrade.</source>
        <translation>未找到 helm，因此无法在本机执行升级。您仍可以浏览各页面，查看将要执行的操作；但开始升级前，请先安装 helm（见下文）。</translation>
    </message>
    <message>
        <source>Warning</source>
        <comment>@title</comment>
        <translation>警告</translation>
    </message>
    <message>
        <source>Demo: a local registry and a stand-in cluster, started for this window and removed when it closes.</source>
        <comment>@title</comment>
        <translation>演示：本地镜像仓库和模拟集群随此窗口启动，窗口关闭时删除。</translation>
    </message>
    <message>
        <source>Demo</source>
        <comment>@title</comment>
        <translation>演示</translation>
    </message>
    <message>
        <source>Demo notes</source>
        <translation>演示说明</translation>
    </message>
    <message>
        <source>Check the package: its checksum, and every layer if you wish.</source>
        <translation>检查离线包：核对校验和，也可以校验所有镜像层。</translation>
    </message>
    <message>
        <source>Check the registry: address, login, project and write access.</source>
        <translation>检查镜像仓库：地址、登录、项目和写入权限。</translation>
    </message>
    <message>
        <source>Sync the images and the chart to the registry.</source>
        <translation>将镜像和 Chart 同步到镜像仓库。</translation>
    </message>
    <message>
        <source>Back up the values of each Helm release.</source>
        <translation>备份每个 Helm Release 的 values。</translation>
    </message>
    <message>
        <source>Upgrade the Helm releases (%1).</source>
        <translation>升级 Helm Release（%1）。</translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator between release names</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>Verify that the upgraded releases are running.</source>
        <translation>验证升级后的 Release 正常运行。</translation>
    </message>
    <message>
        <source>Write a report of everything that was done.</source>
        <translation>生成报告，记录执行过的所有操作。</translation>
    </message>
    <message>
        <source>Roll back to the backed-up revision if anything went wrong.</source>
        <translation>如有问题，回滚到升级前的修订版本。</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>step number, step</comment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>&amp;Tools on this machine:</source>
        <translation>本机工具(&amp;T)：</translation>
    </message>
    <message>
        <source>The built-in sync (recommended) pushes the images itself: apart from helm it needs none of these tools.</source>
        <translation>内置同步（推荐）自行推送镜像：除 helm 外，不需要这些工具中的任何一个。</translation>
    </message>
    <message>
        <source>Recognised from the package: %1</source>
        <extracomment>%1: the module&apos;s name and id, such as 容器管理 (kpanda)</extracomment>
        <translation>根据离线包识别：%1</translation>
    </message>
    <message>
        <source>Recognise it from the package</source>
        <translation>根据离线包识别</translation>
    </message>
    <message>
        <source>Upgrade a DCE 5.0 module offline</source>
        <comment>@title</comment>
        <translation>离线升级 DCE 5.0 模块</translation>
    </message>
    <message>
        <source>This wizard upgrades a DCE 5.0 module on a cluster from the offline package you downloaded, without copying commands by hand. It recognises the module from the package.</source>
        <translation>本向导使用您下载的离线包升级集群上的 DCE 5.0 模块，无需手动复制命令。模块根据离线包自动识别。</translation>
    </message>
    <message>
        <source>Upgrade the module&apos;s Helm releases.</source>
        <translation>升级该模块的 Helm Release。</translation>
    </message>
    <message>
        <source>&amp;Module:</source>
        <translation>模块(&amp;M)：</translation>
    </message>
    <message>
        <source>The module to upgrade, by its name in DCE. Without a choice it is recognised from the charts of the package you choose next; a choice also filters the file dialog.</source>
        <translation>要升级的模块，按其在 DCE 中的名称列出。不选择时，根据下一页所选离线包中的 Chart 识别；选择后，文件对话框也只显示该模块的离线包。</translation>
    </message>
    <message>
        <source>Recognised, but not upgraded by this version yet (follow their documented procedure): %1.</source>
        <extracomment>%1: modules by name and id, such as 可观测性 (insight), 应用工作台 (amamba)</extracomment>
        <translation>可识别但本版本暂不支持升级（请按其文档中的步骤操作）：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>DceUpgrade::Yaml</name>
    <message>
        <source>%1, line %2, column %3: %4</source>
        <translation>%1，第 %2 行，第 %3 列：%4</translation>
    </message>
    <message>
        <source>Fix the YAML syntax at that position.</source>
        <translation>请修正该位置的 YAML 语法。</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1，第 %2 行</translation>
    </message>
    <message>
        <source>%1: the document nests deeper than %2 levels or its aliases expand to more than %3 nodes.</source>
        <translation>%1：文档嵌套超过 %2 层，或其别名展开后超过 %3 个节点。</translation>
    </message>
    <message>
        <source>The file is damaged or was built to exhaust memory. Download the package again from DaoCloud.</source>
        <translation>该文件已损坏，或是为耗尽内存而刻意构造的。请从 DaoCloud 重新下载离线包。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
</TS>
