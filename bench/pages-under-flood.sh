#!/usr/bin/env bash
# Do pages stay quick while steps flood in? Starts the jar fresh with --rate-limit 0, warms it for WARM s
# with a flood of steps from 256 connections, then keeps that flood up for 12 s while a second wrk
# measures the lesson page from 4 connections; prints the page's p50/p99 and rate, and the flood's rate.
# Usage: bench/pages-under-flood.sh [jar=target/backprop-lab.jar] [page=/lessons/feed-forward]
# Env: JAVA_OPTS (default: the README's -Xmx160m -XX:MetaspaceSize=80m -XX:+UseSerialGC), WARM (default:
# WARM_UNDER_LOAD in bench/server.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=${1:-target/backprop-lab.jar}
PAGE=${2:-/lessons/feed-forward}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
[[ -f $JAR ]] || { echo "no $JAR: mvn -B -q package -DskipTests" >&2; exit 1; }
# shellcheck source=bench/server.sh
source bench/server.sh
WARM=${WARM:-$WARM_UNDER_LOAD}
start_server "$JAR"
FLOOD=$(mktemp /tmp/pages-under-flood.XXXXXX.txt)
REMOVE_AT_EXIT+=("$FLOOD")
STEP=(-s bench/post-backprop.lua "http://127.0.0.1:$PORT/api/backprop")
wrk -t1 -c256 -d"${WARM}s" "${STEP[@]}" >/dev/null
wrk -t1 -c256 -d12s "${STEP[@]}" >"$FLOOD" &
FLOODING=$!
sleep 1
page=$(wrk -t1 -c4 -d10s --latency "http://127.0.0.1:$PORT$PAGE")
wait $FLOODING
echo "page $PAGE under the flood: p50 $(awk '$1 == "50%" {print $2}' <<<"$page"), p99 $(awk '$1 == "99%" {print $2}' <<<"$page"), $(awk '/Requests\/sec/ {print $2}' <<<"$page") pages/s"
echo "the flood of steps: $(awk '/Requests\/sec/ {print $2}' "$FLOOD") steps/s"
