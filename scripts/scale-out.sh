#!/usr/bin/env bash
# BossRemote as it runs on several machines (SPEC §6), on this one machine: PostgreSQL and Redis from Debian's
# packages, two app instances, and nginx in front of them with sticky sessions and WebSockets — all on loopback, all
# data in one folder.
#
#   bash scripts/scale-out.sh [--detach] [--fresh] [--app DLL] [FOLDER]
#       starts everything; in the foreground it waits, and Ctrl-C (or TERM) stops everything it started.
#       --detach  start, record what runs in FOLDER/scale-out.state, print the addresses and return
#       --fresh   throw away the database (and the instances' outboxes) first; otherwise a re-run keeps people's work
#       --app DLL run this BossRemote.Web.dll instead of publishing the app (Release) into FOLDER/app
#   bash scripts/scale-out.sh stop [FOLDER]
#       stops everything recorded in FOLDER/scale-out.state.
#
# FOLDER defaults to scale-out-data in the repository (ignored by git). The instances run in the Production
# environment with demo data (Seed__Demo=true); any app setting in the environment (Seed__Demo=false,
# TeamViewer__Mode, Email__Smtp__Host, …) reaches both instances.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
. "$repo/scripts/lib/services.sh"

readonly INSTANCES=(a b)
readonly DATABASE=bossremote
readonly NODE_COOKIE=bossremote_node
# Migrating and seeding an empty database on a slow machine, with the JIT still cold.
readonly START_TIMEOUT=180

usage() {
    sed -n '6,16p' "$0" | sed 's/^# \{0,1\}//' >&2
    exit 2
}

die() {
    echo "scale-out: $*" >&2
    exit 1
}

# ---------------------------------------------------------------------------------------------------------------------
# The state file: KEY=VALUE lines (ports and pids) written as things start, so "stop" — or the EXIT trap after a start
# that failed half-way — knows exactly what to stop, and nothing else.

state_file() { echo "$folder/scale-out.state"; }

state_get() {
    [ -f "$(state_file)" ] || return 0
    sed -n "s/^$1=//p" "$(state_file)" | tail -1
}

state_set() {
    local file
    file=$(state_file)
    touch "$file"
    sed -i "/^$1=/d" "$file"
    echo "$1=$2" >>"$file"
}

# app_alive PID — whether PID is still one of our app instances (not a process that reused the id since).
app_alive() {
    [ -n "$1" ] && kill -0 "$1" 2>/dev/null && tr '\0' ' ' <"/proc/$1/cmdline" 2>/dev/null | grep -q BossRemote.Web
}

anything_running() {
    local name
    [ -f "$folder/nginx/nginx.pid" ] && kill -0 "$(cat "$folder/nginx/nginx.pid")" 2>/dev/null && return 0
    for name in "${INSTANCES[@]}"; do
        app_alive "$(state_get "APP_${name^^}_PID")" && return 0
    done
    [ -f "$folder/redis/redis.pid" ] && kill -0 "$(cat "$folder/redis/redis.pid")" 2>/dev/null && return 0
    [ -f "$folder/postgres/data/postmaster.pid" ] \
        && as_postgres "$(pg_bin)/pg_ctl" status -D "$folder/postgres/data" >/dev/null 2>&1 && return 0
    return 1
}

# Stops in the reverse order of starting: first nobody new comes in (nginx), then the instances finish their requests
# and jobs, then the servers they use go away. Each step runs even when one before it failed, and a second Ctrl-C does
# not cut it short. The ports stay in the state file, so the next start offers the same addresses.
stop_everything() {
    local name pid
    trap '' INT TERM
    stop_nginx "$folder/nginx" || true
    for name in "${INSTANCES[@]}"; do
        pid=$(state_get "APP_${name^^}_PID")
        if app_alive "$pid"; then
            stop_pid "$pid" 30 || true
        fi
    done
    stop_redis "$folder/redis" || true
    stop_postgres "$folder/postgres" || true
    [ -f "$(state_file)" ] && sed -i '/_PID=/d' "$(state_file)"
    return 0
}

# ---------------------------------------------------------------------------------------------------------------------
# Starting

# pick_port NAME — sets $port: the port this part had last time when it is still free (bookmarks keep working), else a
# free one that no other part of this run has taken.
taken_ports=" "
pick_port() {
    local previous
    previous=$(state_get "$1")
    if [ -n "$previous" ] && [[ $taken_ports != *" $previous "* ]] && ! listening "$previous"; then
        port=$previous
    else
        port=$(free_port)
        while [[ $taken_ports == *" $port "* ]]; do port=$(free_port); done
    fi
    taken_ports+="$port "
}

install_what_is_missing() {
    command -v dotnet >/dev/null || die "the .NET 10 SDK (dotnet) is not installed."
    ensure_packages postgresql redis-server nginx curl || die "could not install Debian's postgresql, redis-server, nginx, curl."
}

# The app is published once into FOLDER/app and published again only when a source file of the app changed since,
# so a re-run starts in seconds.
build_app() {
    if [ -n "$app_dll" ]; then
        [ -f "$app_dll" ] || die "--app $app_dll: no such file."
        return 0
    fi
    local out=$folder/app stamp=$folder/app/.published changed
    app_dll=$out/BossRemote.Web.dll
    if [ -f "$stamp" ] && [ -f "$app_dll" ]; then
        changed=$(cd "$repo" && find BossRemote.Web BossRemote.Core BossRemote.Migrations.* \
            \( -name bin -o -name obj -o -name App_Data \) -prune -o -type f -newer "$stamp" -print -quit)
        changed=${changed:-$(cd "$repo" && find Directory.Build.props Directory.Packages.props global.json -newer "$stamp" 2>/dev/null | head -1)}
        if [ -z "$changed" ]; then
            echo "Using the app published in $out (no source changed since)."
            return 0
        fi
    fi
    echo "Publishing BossRemote.Web (Release) to $out …"
    rm -f "$stamp"
    # No terminal for dotnet: it would leave keypad escape codes on it.
    if ! dotnet publish "$repo/BossRemote.Web" -c Release -o "$out" --nologo </dev/null >"$folder/logs/publish.log" 2>&1; then
        tail -30 "$folder/logs/publish.log" >&2
        die "dotnet publish failed (whole log: $folder/logs/publish.log)."
    fi
    touch "$stamp"
}

start_database() {
    local port
    pick_port POSTGRES_PORT
    echo "Starting PostgreSQL on 127.0.0.1:$port …"
    # Durable settings (PostgreSQL's defaults: no fsync=off here): this database holds the help desk's real work.
    start_postgres "$folder/postgres" "$port" || die "PostgreSQL did not start (log: $folder/postgres/postgres.log)."
    state_set POSTGRES_PORT "$port"
    if [ -z "$(psql -h 127.0.0.1 -p "$port" -U postgres -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$DATABASE'" </dev/null)" ]; then
        createdb -h 127.0.0.1 -p "$port" -U postgres "$DATABASE" </dev/null
    fi
}

start_relay() {
    local port
    pick_port REDIS_PORT
    echo "Starting Redis on 127.0.0.1:$port …"
    # Redis only relays live updates between the instances (pub/sub): it holds nothing worth keeping on disk.
    start_redis "$folder/redis" "$port" || die "Redis did not start (log: $folder/redis/redis.log)."
    state_set REDIS_PORT "$port"
}

# The key that encrypts the Data Protection key ring the instances share in PostgreSQL (ADR-016): every instance must
# have the same one. DataProtection__KeyEncryptionKey from the environment when set; otherwise made once into
# FOLDER/keyring-encryption.key (readable by its owner only) and kept across re-runs, --fresh included.
key_file() { echo "$folder/keyring-encryption.key"; }

ensure_key_encryption_key() {
    if [ -n "${DataProtection__KeyEncryptionKey:-}" ]; then
        key_encryption_key=$DataProtection__KeyEncryptionKey
        key_source="DataProtection__KeyEncryptionKey from the environment"
        return 0
    fi
    if [ ! -s "$(key_file)" ]; then
        (umask 077 && head -c 32 /dev/urandom | base64 >"$(key_file)")
        echo "Made the key that encrypts the key ring: $(key_file) (back it up apart from the database)."
    fi
    key_encryption_key=$(cat "$(key_file)")
    key_source=$(key_file)
}

# start_instance NAME — one app instance on a port of its own, with its own data folder (the mail outbox stays per
# instance; data, job store, key ring and logo are shared through PostgreSQL). Waits until /healthz answers 200.
start_instance() {
    local name=$1 key port data log pid_file pid postgres_port redis_port
    key=APP_${name^^}
    postgres_port=$(state_get POSTGRES_PORT)
    redis_port=$(state_get REDIS_PORT)
    pick_port "${key}_PORT"
    data=$folder/instances/$name
    log=$folder/logs/app-$name.log
    pid_file=$data/app.pid
    mkdir -p "$data" && chmod 700 "$data" # owner-only, as the app makes a data folder of its own
    rm -f "$pid_file"
    echo "Starting instance $name on 127.0.0.1:$port …"
    echo "----- $(date '+%F %T') scale-out.sh starts instance $name on 127.0.0.1:$port" >>"$log"
    # Its own session (setsid): Ctrl-C reaches only this script, which stops everything in order, and a detached
    # instance outlives the terminal. The inner shell writes its own pid, then becomes the app.
    (
        cd "$(dirname "$app_dll")"
        export ASPNETCORE_ENVIRONMENT=${ASPNETCORE_ENVIRONMENT:-Production}
        export ASPNETCORE_URLS=http://127.0.0.1:$port
        # Behind nginx: take the client's address and scheme from X-Forwarded-For/-Proto (only loopback reaches us).
        export ASPNETCORE_FORWARDEDHEADERS_ENABLED=true
        export Database__Provider=Postgres
        export ConnectionStrings__BossRemote="Host=127.0.0.1;Port=$postgres_port;Database=$DATABASE;Username=postgres"
        export Redis__Configuration=127.0.0.1:$redis_port
        export BossRemote__DataDirectory=$data
        export DataProtection__KeyEncryptionKey=$key_encryption_key
        export TeamViewer__Mode=${TeamViewer__Mode:-Simulator}
        export Seed__Demo=${Seed__Demo:-true}
        # shellcheck disable=SC2016 # $$ and $0 belong to the inner shell
        exec setsid bash -c 'echo $$ >"$0"; exec dotnet "$1"' "$pid_file" "$app_dll"
    ) </dev/null >>"$log" 2>&1 &
    for _ in $(seq 1 50); do [ -s "$pid_file" ] && break; sleep 0.1; done
    pid=$(cat "$pid_file" 2>/dev/null) || die "instance $name did not start (log: $log)."
    state_set "${key}_PORT" "$port"
    state_set "${key}_PID" "$pid"
    if ! wait_for_http "http://127.0.0.1:$port/healthz" "$START_TIMEOUT" "$pid"; then
        tail -20 "$log" >&2
        die "instance $name is not healthy (log: $log)."
    fi
}

# The load balancer. Open-source nginx has no "sticky" directive, so a cookie pins each browser to one instance: a
# browser without one gets a random node id ($request_id) that the consistent hash maps to an instance, and keeps it.
# A Blazor circuit lives on one instance, so its page and its WebSocket (/_blazor) must always meet the same one.
write_nginx_config() {
    local port=$1 dir=$folder/nginx name
    mkdir -p "$dir/logs" "$dir/temp"
    {
        cat <<EOF
# Written by scripts/scale-out.sh on every start; edits are lost.
worker_processes 1;
pid nginx.pid;
error_log $folder/logs/nginx-error.log notice;

events {
    worker_connections 1024;
}

http {
    log_format upstream '\$remote_addr [\$time_local] "\$request" \$status -> \$upstream_addr node=\$node \$request_time s';
    access_log $folder/logs/nginx-access.log upstream;
    client_body_temp_path temp/body;
    proxy_temp_path temp/proxy;
    fastcgi_temp_path temp/fastcgi;
    uwsgi_temp_path temp/uwsgi;
    scgi_temp_path temp/scgi;

    # WebSockets: pass the client's Upgrade on, and keep "Connection: close" semantics for plain requests.
    map \$http_upgrade \$connection_upgrade {
        default upgrade;
        ""      close;
    }

    # Sticky sessions: the node cookie, or a fresh random id for a browser that has none yet ...
    map \$cookie_$NODE_COOKIE \$node {
        ""      \$request_id;
        default \$cookie_$NODE_COOKIE;
    }

    # ... which that browser is then given to keep (add_header leaves out an empty value).
    map \$cookie_$NODE_COOKIE \$node_cookie {
        ""      "$NODE_COOKIE=\$node; Path=/; HttpOnly; SameSite=Lax";
        default "";
    }

    upstream bossremote {
        hash \$node consistent;
EOF
        for name in "${INSTANCES[@]}"; do
            echo "        server 127.0.0.1:$(state_get "APP_${name^^}_PORT");"
        done
        cat <<EOF
    }

    server {
        listen 127.0.0.1:$port;
        client_max_body_size 20m;

        location / {
            proxy_pass http://bossremote;
            proxy_http_version 1.1;
            proxy_set_header Upgrade \$http_upgrade;
            proxy_set_header Connection \$connection_upgrade;
            proxy_set_header Host \$http_host;
            proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto \$scheme;
            proxy_set_header X-Forwarded-Host \$http_host;
            # A circuit's WebSocket is quiet for long stretches; Blazor pings every 15 s, but a person may leave a
            # page open all day.
            proxy_read_timeout 1h;
            proxy_send_timeout 1h;

            add_header Set-Cookie \$node_cookie always;
            # Which instance answered: lets people (and the tests) see the stickiness at work. It names internal
            # addresses, so a public deployment may rather leave it out.
            add_header X-BossRemote-Upstream \$upstream_addr always;
        }
    }
}
EOF
    } >"$dir/nginx.conf"
}

start_load_balancer() {
    local port
    pick_port NGINX_PORT
    echo "Starting nginx on 127.0.0.1:$port …"
    write_nginx_config "$port"
    start_nginx "$folder/nginx" || die "nginx did not start (log: $folder/logs/nginx-error.log)."
    state_set NGINX_PORT "$port"
    state_set NGINX_PID "$(cat "$folder/nginx/nginx.pid")"
    wait_for_http "http://127.0.0.1:$port/healthz" 30 || die "nginx does not reach the instances (log: $folder/logs/nginx-error.log)."
}

print_summary() {
    local name
    cat <<EOF

BossRemote runs on ${#INSTANCES[@]} instances behind nginx (sticky sessions, WebSockets).

  Open                http://127.0.0.1:$(state_get NGINX_PORT)/
EOF
    for name in "${INSTANCES[@]}"; do
        printf '  Instance %-10s http://127.0.0.1:%s/   (data: %s)\n' "$name" "$(state_get "APP_${name^^}_PORT")" "$folder/instances/$name"
    done
    cat <<EOF
  PostgreSQL          127.0.0.1:$(state_get POSTGRES_PORT), database $DATABASE, user postgres (data: $folder/postgres/data)
  Key ring key        $key_source (both instances; back it up apart from the database)
  Redis               127.0.0.1:$(state_get REDIS_PORT) (live updates between the instances)

  Demo sign-ins, password Demo!2345: admin@bossremote.local, tech@bossremote.local, supervisor@bossremote.local
  (the response header X-BossRemote-Upstream says which instance answered; cookie $NODE_COOKIE pins a browser)

  Logs                $folder/logs/ (app-a.log, app-b.log, nginx-access.log, nginx-error.log),
                      $folder/postgres/postgres.log, $folder/redis/redis.log
  State               $(state_file)
EOF
}

start_everything() {
    mkdir -p "$folder/logs"
    # PostgreSQL (as Debian's postgres user) and nginx's workers (as nobody) must reach their folders inside this one.
    chmod 755 "$folder"
    if anything_running; then
        die "already running from $folder; stop it first: bash scripts/scale-out.sh stop $folder"
    fi
    if [ "$fresh" = true ]; then
        echo "Starting fresh: removing the database and the instances' data in $folder."
        rm -rf "$folder/postgres" "$folder/redis" "$folder/instances"
    fi

    install_what_is_missing
    build_app
    # From here on, a failure or Ctrl-C stops whatever already started.
    trap stop_everything EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM
    ensure_key_encryption_key
    start_database
    start_relay
    # One after the other: the first migrates and seeds the empty database, the second then finds it ready.
    for name in "${INSTANCES[@]}"; do
        start_instance "$name"
    done
    start_load_balancer
}

# Foreground: keep an eye on the instances until Ctrl-C or TERM; the EXIT trap then stops everything.
wait_in_foreground() {
    local name warned=" "
    echo "  Stop                press Ctrl-C"
    echo
    while :; do
        for name in "${INSTANCES[@]}"; do
            if [[ $warned != *" $name "* ]] && ! app_alive "$(state_get "APP_${name^^}_PID")"; then
                echo "scale-out: instance $name has exited (log: $folder/logs/app-$name.log); nginx sends its browsers to the other." >&2
                warned+="$name "
            fi
        done
        sleep 2 &
        wait $! || true
    done
}

# ---------------------------------------------------------------------------------------------------------------------

command=start
detach=false
fresh=false
app_dll=""
folder=""
if [ "${1:-}" = stop ]; then
    command=stop
    shift
fi
while [ $# -gt 0 ]; do
    case "$1" in
        --detach) detach=true ;;
        --fresh) fresh=true ;;
        --app) [ $# -ge 2 ] || usage; app_dll=$(realpath "$2"); shift ;;
        -h|--help) usage ;;
        -*) echo "scale-out: unknown option $1" >&2; usage ;;
        *) [ -z "$folder" ] || usage; folder=$1 ;;
    esac
    shift
done
[ "$command" = start ] || { [ "$detach" = false ] && [ "$fresh" = false ] && [ -z "$app_dll" ]; } || usage
folder=${folder:-$repo/scale-out-data}
if [ "$command" = stop ] && [ ! -d "$folder" ]; then
    echo "Nothing is running from $folder."
    exit 0
fi
mkdir -p "$folder"
folder=$(cd "$folder" && pwd)

case "$command" in
    stop)
        if ! anything_running; then
            echo "Nothing is running from $folder."
            exit 0
        fi
        stop_everything
        echo "Stopped everything that ran from $folder."
        ;;
    start)
        start_everything
        if [ "$detach" = true ]; then
            # Everything runs on its own now: from here, not even a closed terminal or pipe may stop it.
            trap - EXIT INT TERM
            print_summary
            echo "  Stop                bash scripts/scale-out.sh stop $folder"
            echo
            exit 0
        fi
        print_summary
        wait_in_foreground
        ;;
esac
