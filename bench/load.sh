#!/usr/bin/env bash
# Load test of the real fat jar over loopback: starts it on 127.0.0.1 (port chosen by the kernel),
# waits for GET /health, warms up, runs wrk against POST /api/backprop (the 2-2-2 step) and GET /health, reports
# start-up time, jar size and RSS, then stops the server. Every step is bounded in time.
# The app's per-client rate limit is off (--rate-limit 0) so that wrk measures the compute path, not
# 429s; set RATE_LIMIT=100 (the app's default) to measure a flood being refused instead.
# Then, with a same-run reference for each (a bare Javalin app, and nginx when installed): GET /health,
# a lesson page, and POST /api/backprop at 32 and 256 connections, each printed as a ratio; and, as the
# p99 floor for the 256-connection step, bare Javalin answering the step's own bytes (computed once) to
# the same POST, and GET /health of the app and of bare Javalin, all at 256 connections.
# Usage: [JAVA_OPTS=...] [RATE_LIMIT=N] [PROFILE=bench/target/post.jfr] bench/load.sh [duration in seconds, default 10s] [connections, default 16]
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=bench/server.sh
source bench/server.sh   # printed_port and BARE_LISTENING, for the bare Javalin reference

DURATION=${1:-10s}
[[ $DURATION =~ ^[0-9]+s$ ]] || { echo "duration must be whole seconds, like 10s" >&2; exit 2; }
CONNECTIONS=${2:-16}
THREADS=$(( CONNECTIONS < 2 ? CONNECTIONS : 2 ))   # wrk needs connections >= threads
JAR=target/backprop-lab.jar
LOG=$(mktemp /tmp/backprop-lab-load.XXXXXX.log)

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }

# Build the jar if it is missing or older than anything it is built from.
if [[ ! -f $JAR ]] || [[ -n $(find pom.xml src web content -newer "$JAR" -print -quit 2>/dev/null) ]]; then
  echo "== building $JAR"
  mvn -B -q package -DskipTests
fi
echo "== jar: $JAR, $(stat -c %s "$JAR") bytes ($(du -h "$JAR" | cut -f1))"
RATE_LIMIT=${RATE_LIMIT:-0}
echo "== java ${JAVA_OPTS:-} -jar $JAR --host 127.0.0.1 --port 0 --rate-limit $RATE_LIMIT"

# Port 0: the kernel picks a free port and the app prints it; no race with other listeners.
start=$(date +%s%N)
# JAVA_OPTS (e.g. -Xmx128m) goes to the server JVM, to see how RSS follows the heap limit.
java ${JAVA_OPTS:-} -jar "$JAR" --host 127.0.0.1 --port 0 --rate-limit "$RATE_LIMIT" >"$LOG" 2>&1 &
PID=$!
stop() {
  if kill -0 "$PID" 2>/dev/null; then
    kill "$PID"
    for _ in $(seq 50); do kill -0 "$PID" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$PID" 2>/dev/null && kill -9 "$PID"
  fi
  wait "$PID" 2>/dev/null || true
}
trap stop EXIT

PORT=""
for _ in $(seq 1500); do   # at most ~30 s
  kill -0 "$PID" 2>/dev/null || { echo "the server exited:" >&2; cat "$LOG" >&2; exit 1; }
  if [[ -z $PORT ]]; then
    PORT=$(sed -n 's|.*open http://127\.0\.0\.1:\([0-9]*\)/.*|\1|p' "$LOG" | head -1)
  fi
  if [[ -n $PORT ]] && [[ $(curl -s -o /dev/null -w '%{http_code}' --max-time 1 "http://127.0.0.1:$PORT/health") == 200 ]]; then
    break
  fi
  sleep 0.02
done
[[ -n $PORT ]] || { echo "no port after 30 s:" >&2; cat "$LOG" >&2; exit 1; }
ready=$(date +%s%N)
echo "== first HTTP 200 from GET /health: $(( (ready - start) / 1000000 )) ms after java -jar (pid $PID, port $PORT)"
echo "== RSS after start-up: $(ps -o rss= -p "$PID" | tr -d ' ') KiB"

URL=http://127.0.0.1:$PORT
status=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 -H 'Content-Type: application/json' \
  --data-binary @bench/backprop-2-2-2.json "$URL/api/backprop")
[[ $status == 200 ]] || { echo "POST /api/backprop answered $status, not 200" >&2; exit 1; }

LIMIT=$(( ${DURATION%s} + 20 ))
# A first, unreported run of the same length lets the JIT compile the request path.
echo "== warm-up: wrk -t$THREADS -c$CONNECTIONS -d$DURATION (POST, not reported)"
timeout "$LIMIT" wrk -t$THREADS -c"$CONNECTIONS" -d"$DURATION" -s bench/post-backprop.lua "$URL/api/backprop" \
  | sed -n 's/^Requests\/sec:/   warm-up requests\/sec:/p'
# PROFILE=<file.jfr>: record the server with JFR during the measured POST run only.
if [[ -n ${PROFILE:-} ]]; then
  jcmd "$PID" JFR.start name=post settings=profile filename="$(realpath -m "$PROFILE")" >/dev/null
fi
echo "== wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency -s bench/post-backprop.lua $URL/api/backprop"
timeout "$LIMIT" wrk -t$THREADS -c"$CONNECTIONS" -d"$DURATION" --latency -s bench/post-backprop.lua "$URL/api/backprop"
if [[ -n ${PROFILE:-} ]]; then
  jcmd "$PID" JFR.stop name=post >/dev/null
  echo "== JFR recording of the POST run: $PROFILE (java bench/JfrSummary.java $PROFILE)"
fi
# The same-run references: a bare Javalin app (GET /health, the same JSON; POST /api/backprop, the
# step's answer computed once) and, when installed,
# nginx serving a small static file. Every figure below is also printed as a ratio to both.
# Bare Javalin listens on a port the kernel picks, and prints it.
BARE_LOG=$(mktemp /tmp/backprop-lab-bare.XXXXXX.log)
java -cp "$JAR" bench/BareJavalin.java 0 >"$BARE_LOG" 2>&1 &
BARE=$!
NGINX_DIR=""
if command -v nginx >/dev/null; then
  NGINX_DIR=$(mktemp -d /tmp/backprop-lab-nginx.XXXXXX)
  NGINX_PORT=$(( PORT + 2 ))
  printf '{"status":"ok"}' >"$NGINX_DIR/small.json"
  chmod 755 "$NGINX_DIR"; chmod 644 "$NGINX_DIR/small.json"   # nginx's workers are not root
  cat >"$NGINX_DIR/nginx.conf" <<NGINX
worker_processes 1;
pid $NGINX_DIR/nginx.pid;
error_log $NGINX_DIR/error.log;
events { worker_connections 1024; }
http { access_log off; server { listen 127.0.0.1:$NGINX_PORT; root $NGINX_DIR; } }
NGINX
  nginx -c "$NGINX_DIR/nginx.conf"
fi
stop_refs() {
  kill "$BARE" 2>/dev/null || true
  [[ -n $NGINX_DIR ]] && nginx -c "$NGINX_DIR/nginx.conf" -s stop 2>/dev/null || true
}
trap 'stop_refs; stop' EXIT
BARE_PORT=$(printed_port "$BARE_LISTENING" "$BARE_LOG" "$BARE") || exit 1

declare -A RPS P99
# measure NAME URL CONNECTIONS [wrk args...]: one warm-up run (not reported), then the measured one.
measure() {
  local name=$1 url=$2 c=$3; shift 3
  local t=$(( c < 2 ? c : 2 ))
  timeout "$LIMIT" wrk -t$t -c"$c" -d"$DURATION" "$@" "$url" >/dev/null
  local out
  out=$(timeout "$LIMIT" wrk -t$t -c"$c" -d"$DURATION" --latency "$@" "$url")
  RPS[$name]=$(sed -n 's/^Requests\/sec:[[:space:]]*//p' <<<"$out")
  P99[$name]=$(awk '$1 == "99%" {print $2}' <<<"$out")
  local non2xx
  non2xx=$(sed -n 's/^[[:space:]]*Non-2xx or 3xx responses:[[:space:]]*//p' <<<"$out")
  printf '   %-36s %10s req/s  p99 %-9s non-2xx %s\n' "$name" "${RPS[$name]}" "${P99[$name]}" "${non2xx:-0}"
}
echo "== wrk, $DURATION each after a warm-up run of the same length"
measure "health (app, 64 conn)" "$URL/health" 64
measure "health (bare Javalin, 64 conn)" "http://127.0.0.1:$BARE_PORT/health" 64
[[ -n $NGINX_DIR ]] && measure "nginx small file (64 conn)" "http://127.0.0.1:$NGINX_PORT/small.json" 64
measure "lesson page, gzip (64 conn)" "$URL/lessons/weight-update" 64 -H "Accept-Encoding: gzip"
measure "POST step (32 conn)" "$URL/api/backprop" 32 -s bench/post-backprop.lua
measure "POST step (256 conn)" "$URL/api/backprop" 256 -s bench/post-backprop.lua
# The floor for the 256-connection p99: the same bytes in and out without the step, and the cheapest
# answer there is, from the app and from bare Javalin.
measure "POST step (bare Javalin, 256 conn)" "http://127.0.0.1:$BARE_PORT/api/backprop" 256 -s bench/post-backprop.lua
measure "health (app, 256 conn)" "$URL/health" 256
measure "health (bare Javalin, 256 conn)" "http://127.0.0.1:$BARE_PORT/health" 256
echo "== ratios (same run)"
for name in "${!RPS[@]}"; do
  line=$(printf '   %-36s' "$name")
  line+=$(awk -v a="${RPS[$name]}" -v h="${RPS["health (app, 64 conn)"]}" 'BEGIN {printf " %.2f x app /health", a / h}')
  line+=$(awk -v a="${RPS[$name]}" -v b="${RPS["health (bare Javalin, 64 conn)"]}" 'BEGIN {printf "  %.2f x bare Javalin", a / b}')
  if [[ -n $NGINX_DIR ]]; then
    line+=$(awk -v a="${RPS[$name]}" -v n="${RPS["nginx small file (64 conn)"]}" 'BEGIN {printf "  %.2f x nginx", a / n}')
  fi
  echo "$line"
done | sort

echo "== RSS after the wrk runs: $(ps -o rss= -p "$PID" | tr -d ' ') KiB"
stop_refs
stop
trap - EXIT
rm -f "$LOG" "$BARE_LOG"
[[ -n $NGINX_DIR ]] && rm -rf "$NGINX_DIR"
echo "== server stopped"
