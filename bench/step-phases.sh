#!/usr/bin/env bash
# Where a step's time goes inside the server at N connections, phase by phase. Builds the current
# commit with bench/compute-phases.patch applied, in a throwaway worktree (the patch only stamps
# times into arrays, read by its GET /phases; it is never on main), starts that jar fresh with
# --rate-limit 0, warms it for WARM s, then runs wrk for 10 s and prints wrk's latencies beside the
# server's: the requests waiting ahead of each step in the compute queue, its wait for a compute
# thread, its handler, its answer's writing, the answers per 50 ms, and how long no answer came.
# A profiler or JFR would not do: with JFR on, even recording only the collections, the server
# answered a third fewer steps (docs/PERFORMANCE.md, fifteenth sitting); the stamps cost next to none.
# Usage: bench/step-phases.sh [connections=256]
# Env: JAVA_OPTS (default: the README's options), WARM (default: WARM_UNDER_LOAD in bench/server.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
CONNS=${1:-256}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
TREE=$(mktemp -d /tmp/step-phases.XXXXXX)
git worktree add --quiet --detach "$TREE" HEAD
cleanup_tree() { git worktree remove --force "$TREE"; }
trap cleanup_tree EXIT
git -C "$TREE" apply "$PWD/bench/compute-phases.patch"
echo "== building $(git rev-parse --short HEAD) with bench/compute-phases.patch"
(cd "$TREE" && mvn -B -q -DskipTests package)
cp "$TREE/target/backprop-lab.jar" "$TREE.jar"
cleanup_tree
trap 'rm -f "$TREE.jar"' EXIT
# shellcheck source=bench/server.sh
source bench/server.sh
REMOVE_AT_EXIT+=("$TREE.jar")   # start_server's EXIT trap replaces the one above
WARM=${WARM:-$WARM_UNDER_LOAD}
start_server "$TREE.jar"
URL="http://127.0.0.1:$PORT"
echo "== wrk -t2 -c$CONNS -s bench/post-backprop.lua, after ${WARM} s of the same"
wrk -t2 -c"$CONNS" -d"${WARM}s" -s bench/post-backprop.lua "$URL/api/backprop" >/dev/null
curl -fsS "$URL/phases-on" >/dev/null
wrk -t2 -c"$CONNS" -d10s --latency -s bench/post-backprop.lua "$URL/api/backprop" | grep -E 'Requests/sec|Non-2xx| (50|90|99)%'
curl -fsS "$URL/phases"
