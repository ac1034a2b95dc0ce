#!/usr/bin/env bash
# Runs every test of the solution: unit, bUnit, integration (WebApplicationFactory + SQLite + loopback HTTP/SMTP) and
# Playwright end-to-end in Debian's Chromium. Installs Chromium first when it is missing (idempotent).
# Ends with one line "tests: N passed, N failed[, N skipped]" and exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")/.."

ensure_chromium() {
    [ -x /usr/bin/chromium ] && return 0
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    echo "Installing Debian's chromium for the end-to-end tests..."
    $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
}

if ! ensure_chromium; then
    echo "Could not install chromium (apt-get failed); the end-to-end tests need /usr/bin/chromium."
    echo "tests: 0 passed, 0 failed"
    exit 1
fi

results=$(mktemp -d)
trap 'rm -rf "$results"' EXIT

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

line="tests: $passed passed, $failed failed"
[ "$skipped" -gt 0 ] && line="$line, $skipped skipped"
echo "$line"
exit "$status"
