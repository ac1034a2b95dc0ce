#!/usr/bin/env bash
# PostgreSQL, Redis and nginx from Debian's packages, started on loopback with their data in a folder of ours and
# stopped again. Sourced by scripts/test.sh, scripts/test-services.sh and scripts/scale-out.sh.

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# ensure_packages PACKAGE… — installs the Debian packages that are missing (idempotent; apt-get update first).
ensure_packages() {
    local missing=() package
    for package in "$@"; do
        dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing Debian packages: ${missing[*]}"
    as_root apt-get update -qq \
        && DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${missing[@]}" >/dev/null
}

# free_port — a TCP port on 127.0.0.1 that nothing listens on right now.
free_port() {
    local port
    while :; do
        port=$(( (RANDOM * 32768 + RANDOM) % 30000 + 20000 ))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return 0
        fi
    done
}

pg_bin() {
    ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1
}

# PostgreSQL refuses to run as root: as root, it runs as Debian's postgres user.
as_postgres() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# start_postgres DIR PORT [SETTING…] — a cluster in DIR (created on first use), listening on 127.0.0.1:PORT only,
# trusting local connections as user "postgres". Extra settings are passed as "-c name=value".
start_postgres() {
    local dir=$1 port=$2 bin options
    shift 2
    bin=$(pg_bin)
    [ -n "$bin" ] || { echo "PostgreSQL is not installed (Debian package postgresql)." >&2; return 1; }
    mkdir -p "$dir"
    [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$dir"
    chmod 700 "$dir"
    if [ ! -f "$dir/data/PG_VERSION" ]; then
        as_postgres "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
            || { cat "$dir/initdb.log" >&2; return 1; }
    fi
    options="-p $port -k $dir -c listen_addresses=127.0.0.1"
    for setting in "$@"; do options="$options -c $setting"; done
    as_postgres "$bin/pg_ctl" -D "$dir/data" -l "$dir/postgres.log" -w -t 60 -o "$options" start >/dev/null \
        || { tail -20 "$dir/postgres.log" >&2; return 1; }
}

stop_postgres() {
    local dir=$1 bin
    bin=$(pg_bin)
    [ -f "$dir/data/postmaster.pid" ] || return 0
    as_postgres "$bin/pg_ctl" -D "$dir/data" -m fast -w -t 30 stop >/dev/null 2>&1 || true
}

# start_redis DIR PORT — a Redis on 127.0.0.1:PORT that keeps nothing on disk.
start_redis() {
    local dir=$1 port=$2
    command -v redis-server >/dev/null || { echo "Redis is not installed (Debian package redis-server)." >&2; return 1; }
    mkdir -p "$dir"
    redis-server --port "$port" --bind 127.0.0.1 --save '' --appendonly no --daemonize yes \
        --dir "$dir" --pidfile "$dir/redis.pid" --logfile "$dir/redis.log" >/dev/null
    local i
    for i in $(seq 1 100); do
        (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && return 0
        sleep 0.1
    done
    echo "Redis did not start; see $dir/redis.log" >&2
    return 1
}

stop_redis() {
    local dir=$1 pid
    [ -f "$dir/redis.pid" ] || return 0
    pid=$(cat "$dir/redis.pid")
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
}

# listening PORT — whether something accepts TCP connections on 127.0.0.1:PORT.
listening() {
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# wait_for_http URL SECONDS [PID] — waits until URL answers 200 (curl). Gives up after SECONDS, or at once when the
# process PID (the server being waited for) has exited: its log says why, and waiting longer would not help.
wait_for_http() {
    local url=$1 seconds=$2 pid=${3:-} deadline
    deadline=$(( $(date +%s) + seconds ))
    while [ "$(date +%s)" -lt "$deadline" ]; do
        [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$url" 2>/dev/null)" = 200 ] && return 0
        if [ -n "$pid" ] && ! kill -0 "$pid" 2>/dev/null; then
            echo "The server behind $url exited while starting." >&2
            return 1
        fi
        sleep 0.5
    done
    echo "$url did not answer 200 within $seconds s." >&2
    return 1
}

# stop_pid PID [SECONDS] — TERM, then KILL if it is still there after SECONDS (default 20); waits until it is gone.
stop_pid() {
    local pid=$1 seconds=${2:-20}
    kill -0 "$pid" 2>/dev/null || return 0
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 $(( seconds * 10 ))); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
    kill -KILL "$pid" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
}

nginx_bin() {
    command -v nginx || { [ -x /usr/sbin/nginx ] && echo /usr/sbin/nginx; }
}

# start_nginx DIR — nginx with DIR as its prefix and DIR/nginx.conf, which the caller writes: it must keep the pid file
# ("pid nginx.pid;"), logs and temp paths inside DIR, so nginx needs nothing of the system's (/etc/nginx, /var/lib/nginx,
# port 80) and runs beside a system nginx. It daemonizes; stop it with stop_nginx DIR.
start_nginx() {
    local dir=$1 bin
    bin=$(nginx_bin) || { echo "nginx is not installed (Debian package nginx)." >&2; return 1; }
    # Check first, so a mistake in the configuration is reported instead of half-starting.
    "$bin" -t -q -p "$dir/" -c "$dir/nginx.conf" </dev/null || return 1
    "$bin" -p "$dir/" -c "$dir/nginx.conf" </dev/null >>"$dir/nginx.out" 2>&1 \
        || { cat "$dir/nginx.out" >&2; return 1; }
}

stop_nginx() {
    local dir=$1
    [ -f "$dir/nginx.pid" ] || return 0
    # TERM is nginx's fast shutdown: a graceful QUIT would wait for every open WebSocket (a Blazor circuit) to close.
    stop_pid "$(cat "$dir/nginx.pid")" 10
    rm -f "$dir/nginx.pid"
}
