#!/usr/bin/env bash
# What one request costs the server's CPU at a given number of connections: starts the jar fresh with
# --rate-limit 0, warms it for WARM s with the same load, then runs wrk twice for 10 s and prints
# requests/s, p99 and the server's CPU time (utime + stime from /proc/PID/stat) per request, in µs.
# Usage: bench/step-cpu.sh [jar=target/backprop-lab.jar] [connections=256] [path=/api/backprop] [lua=bench/post-backprop.lua, or - for a GET]
# Env: JAVA_OPTS (default: the README's -Xmx160m -XX:MetaspaceSize=80m -XX:+UseSerialGC), WARM (default:
# WARM_UNDER_LOAD in bench/server.sh), BARE=1 to measure the reference instead: bench/BareJavalin.java
# (the same answer bytes for the step, computed once, with nothing else around it) on the jar's classes;
# with the path /api/backprop/computed it computes each step instead (give it -Dbare.threads=N in JAVA_OPTS
# for a pool of N Jetty threads).
# SYSCALLS=1 also counts, per request, the server's system calls (all, and the ones a request makes
# most), futex waits and wakes, and context switches, with perf stat on its process during each run.
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=${1:-target/backprop-lab.jar}
CONNS=${2:-256}
URL_PATH=${3:-/api/backprop}
LUA=${4:-bench/post-backprop.lua}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
if [[ ${SYSCALLS:-0} == 1 ]]; then
    command -v perf >/dev/null || { echo "perf is missing: apt-get install -y linux-perf" >&2; exit 1; }
fi
[[ -f $JAR ]] || { echo "no $JAR: mvn -B -q package -DskipTests" >&2; exit 1; }
SCRIPT=()
[[ $LUA != - ]] && SCRIPT=(-s "$LUA")
# shellcheck source=bench/server.sh
source bench/server.sh
WARM=${WARM:-$WARM_UNDER_LOAD}
if [[ ${BARE:-0} == 1 ]]; then start_bare "$JAR"; else start_server "$JAR"; fi
COUNT=()   # what each measured wrk runs under: nothing, or perf stat on the server
if [[ ${SYSCALLS:-0} == 1 ]]; then
    COUNTS=$(mktemp /tmp/bench-syscalls.XXXXXX)
    REMOVE_AT_EXIT+=("$COUNTS")
    COUNT=(perf stat -x, -o "$COUNTS" -p "$SERVER_PID" -e "raw_syscalls:sys_enter,syscalls:sys_enter_read,syscalls:sys_enter_write,syscalls:sys_enter_writev,syscalls:sys_enter_epoll_ctl,syscalls:sys_enter_futex,context-switches" --)
fi
URL="http://127.0.0.1:$PORT$URL_PATH"
wrk -t2 -c"$CONNS" -d"${WARM}s" "${SCRIPT[@]}" "$URL" >/dev/null
TICK_US=$((1000000 / $(getconf CLK_TCK)))
for run in 1 2; do
    before=$(awk '{print $14 + $15}' "/proc/$SERVER_PID/stat")
    out=$("${COUNT[@]}" wrk -t2 -c"$CONNS" -d10s --latency "${SCRIPT[@]}" "$URL")
    after=$(awk '{print $14 + $15}' "/proc/$SERVER_PID/stat")
    n=$(awk '/requests in/ {print $1}' <<<"$out")
    rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
    p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
    non2xx=$(awk '/Non-2xx/ {print $NF}' <<<"$out")
    echo "run $run: $CONNS conn $URL_PATH: $rps req/s, p99 $p99, non-2xx ${non2xx:-0}, server CPU $(( (after - before) * TICK_US / n )) µs per request"
    if [[ ${#COUNT[@]} -gt 0 ]]; then
        # perf writes "<not counted>" or "<not supported>" where it could not count (no access to the
        # tracepoints, say): say so rather than leave the line out.
        awk -F, -v n="$n" 'NF >= 3 && $3 != "" {
            if ($1 ~ /^[0-9]+$/) printf "  %-32s %5.2f per request\n", $3, $1 / n
            else printf "  %-32s %s\n", $3, $1
        }' "$COUNTS"
    fi
done
