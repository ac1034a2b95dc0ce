#!/usr/bin/env bash
# The throwaway PostgreSQL and Redis the tests run against, on free loopback ports with their data in DIR.
#   bash scripts/test-services.sh start DIR   → starts both; prints the two settings the tests read (export lines)
#   bash scripts/test-services.sh stop DIR    → stops both and removes DIR
# scripts/test.sh does this around the test run; the tests do it themselves when the settings are not there.
set -euo pipefail
. "$(dirname "$0")/lib/services.sh"

command=${1:-}
dir=${2:-}
[ -n "$command" ] && [ -n "$dir" ] || { echo "usage: $0 start|stop DIR" >&2; exit 2; }

case "$command" in
    start)
        mkdir -p "$dir"
        chmod 755 "$dir"
        pg_port=$(free_port)
        # Tests own this server: durability buys nothing here, speed does; every test class has its own database.
        start_postgres "$dir/postgres" "$pg_port" fsync=off synchronous_commit=off full_page_writes=off max_connections=500 >&2
        redis_port=$(free_port)
        start_redis "$dir/redis" "$redis_port" >&2
        echo "export BOSSREMOTE_TEST_POSTGRES='Host=127.0.0.1;Port=$pg_port;Username=postgres'"
        echo "export BOSSREMOTE_TEST_REDIS='127.0.0.1:$redis_port'"
        echo "export BOSSREMOTE_TEST_SERVICES_DIR='$dir'"
        ;;
    stop)
        stop_redis "$dir/redis"
        stop_postgres "$dir/postgres"
        rm -rf "$dir"
        ;;
    *)
        echo "usage: $0 start|stop DIR" >&2
        exit 2
        ;;
esac
