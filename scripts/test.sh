#!/usr/bin/env bash
# Runs every test of the solution: unit, bUnit, integration (WebApplicationFactory on SQLite and PostgreSQL, loopback
# HTTP/SMTP, Redis) and Playwright end-to-end in Debian's Chromium. Installs what the tests need from Debian's packages
# when it is missing (chromium, postgresql, redis-server, nginx; idempotent), starts a throwaway PostgreSQL and Redis on
# free loopback ports with their data in a temp folder, and stops them at the end, pass or fail.
# Ends with one line "tests: N passed, N failed[, N skipped]" and exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")/.."
. scripts/lib/services.sh

if ! ensure_packages chromium postgresql redis-server nginx; then
    echo "Could not install the Debian packages the tests need (apt-get failed): chromium, postgresql, redis-server, nginx."
    echo "tests: 0 passed, 0 failed"
    exit 1
fi

services=$(mktemp -d /tmp/bossremote-test-services.XXXXXX)
results=$(mktemp -d)
cleanup() {
    bash scripts/test-services.sh stop "$services" >/dev/null 2>&1
    rm -rf "$results"
}
trap cleanup EXIT

if ! exports=$(bash scripts/test-services.sh start "$services"); then
    echo "Could not start PostgreSQL and Redis for the tests (see above)."
    echo "tests: 0 passed, 0 failed"
    exit 1
fi
eval "$exports"

# A hung test (a browser or server that never answers) fails the run instead of stalling CI.
dotnet test BossRemote.sln --logger "trx" --logger "console;verbosity=normal" --results-directory "$results" \
    --blame-hang-timeout 10m
status=$?

sum() { # sum of one attribute of <Counters> over every result file
    cat "$results"/*.trx 2>/dev/null | grep -o "<Counters [^>]*" | grep -o " $1=\"[0-9]*\"" | grep -o "[0-9]*" \
        | awk '{ s += $1 } END { print s + 0 }'
}
passed=$(sum passed)
failed=$(( $(sum failed) + $(sum error) + $(sum timeout) + $(sum aborted) ))
skipped=$(sum notExecuted)

if ! ls "$results"/*.trx >/dev/null 2>&1; then
    echo "No test results were written: the build or the test host failed (see above)."
    status=${status:-1}
    [ "$status" -eq 0 ] && status=1
fi
[ "$failed" -gt 0 ] && [ "$status" -eq 0 ] && status=1

# Name each failure with its message and the top of its stack, here at the end where a CI log's tail shows it.
if [ "$failed" -gt 0 ]; then
    echo
    echo "Failed tests:"
    cat "$results"/*.trx | awk '
        function decode(s) {
            gsub(/&#xD;/, "", s); gsub(/&lt;/, "<", s); gsub(/&gt;/, ">", s); gsub(/&quot;/, "\"", s)
            gsub(/&apos;/, "\047", s); gsub(/&amp;/, "\\&", s); return s
        }
        /<UnitTestResult / && /outcome="(Failed|Error|Timeout|Aborted)"/ {
            failing = 1; match($0, /testName="[^"]*"/)
            print "  - " decode(substr($0, RSTART + 10, RLENGTH - 11)); next
        }
        failing && /<\/UnitTestResult>/ { failing = 0; block = ""; next }
        failing && /<(Message|StackTrace)>/ { block = /<Message>/ ? "message" : "stack"; shown = 0 }
        failing && block != "" {
            line = decode($0); sub(/.*<(Message|StackTrace)>/, "", line)
            ended = sub(/<\/(Message|StackTrace)>.*/, "", line)
            if (shown++ < (block == "message" ? 20 : 6)) print "      " line
            if (ended) block = ""
        }'
    echo
fi

if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
    echo
    echo "Every test that ran passed, but the run failed outside them: look above for \"Cleanup Failure\" (a fixture's"
    echo "set-up or clean-up threw), a build error, or a test host that ended early."
    echo
fi

line="tests: $passed passed, $failed failed"
[ "$skipped" -gt 0 ] && line="$line, $skipped skipped"
echo "$line"
exit "$status"
