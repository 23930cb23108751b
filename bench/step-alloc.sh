#!/usr/bin/env bash
# What one warm request costs the heap: starts the jar with a GC log, warms it with wrk -t1 -c2 for
# WARM seconds, then runs wrk twice for 10 s and prints requests/s, p99 and the bytes allocated per
# request, summed from the young collections in the GC log (each one's heap before, less the heap
# after the one before it). Allocation is a steadier figure than time on a shared 2-core machine:
# fewer bytes per request means fewer young collections, each a pause for every request in flight.
# Usage: bench/step-alloc.sh [jar=target/backprop-lab.jar] [lua=bench/post-lesson-form.lua] [path=/lessons/weight-update]
# Env: JAVA_OPTS (default: the README's -Xmx160m -XX:MetaspaceSize=80m -XX:+UseSerialGC), WARM (default 25).
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=${1:-target/backprop-lab.jar}
LUA=${2:-bench/post-lesson-form.lua}
URL_PATH=${3:-/lessons/weight-update}
WARM=${WARM:-25}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
[[ -f $JAR ]] || { echo "no $JAR: mvn -B -q package -DskipTests" >&2; exit 1; }

# shellcheck source=bench/server.sh
source bench/server.sh
GC_LOG=$(mktemp /tmp/step-alloc-gc.XXXXXX.log)
REMOVE_AT_EXIT+=("$GC_LOG")
start_server "$JAR" -Xlog:gc:file="$GC_LOG"::filecount=0   # no rotation: the JVM would move the empty file to .0
URL="http://127.0.0.1:$PORT$URL_PATH"
echo "== $JAR, wrk -t1 -c2 -s $LUA $URL, after ${WARM} s of the same"
timeout $((WARM + 30)) wrk -t1 -c2 -d"${WARM}s" -s "$LUA" "$URL" >/dev/null

# allocated MB between two lines of the GC log: sum of (heap before a collection - heap after the one before)
allocated() {
  sed -n "$(($1 + 1)),$2p" "$GC_LOG" | grep 'Pause Young' | awk '
    match($0, /[0-9]+M->[0-9]+M/) {
      split(substr($0, RSTART, RLENGTH), m, /M->|M/)
      if (seen) total += m[1] - after
      after = m[2]; seen = 1
    }
    END { print total + 0 }'
}
for run in 1 2; do
  from=$(wc -l <"$GC_LOG")
  out=$(timeout 40 wrk -t1 -c2 -d10s --latency -s "$LUA" "$URL")
  to=$(wc -l <"$GC_LOG")
  requests=$(awk '/requests in/ {print $1}' <<<"$out")
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  young=$(sed -n "$((from + 1)),${to}p" "$GC_LOG" | grep -c 'Pause Young' || true)
  mb=$(allocated "$from" "$to")
  printf '   run %d: %s requests, %s req/s, p99 %s, %s young collections, %s KB allocated per request\n' \
    "$run" "$requests" "$rps" "$p99" "$young" "$(awk -v mb="$mb" -v n="$requests" 'BEGIN {printf "%.0f", mb * 1024 / n}')"
done
