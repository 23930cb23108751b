# Sourced by the bench scripts (not run): start_server JAR [JVM option...] starts the jar on a free
# loopback port with --rate-limit 0 and the README's JVM options (or JAVA_OPTS), waits until it prints
# its address (it does once it is ready), and sets SERVER_PID, PORT and SERVER_LOG; the server is
# stopped and its log removed when the script exits, and so is every file in REMOVE_AT_EXIT (an array the
# caller may add its own temporary files to). Exits with the log when the server does not start.
# start_bare JAR [JVM option...] does the same for the reference, bench/BareJavalin.java on the jar's
# classes.

# Seconds of warm-up before measuring at 256 connections: on two cores the JIT still took an eighth of
# the CPU after 23 s, and the steps per second rose until about 40 s (docs/PERFORMANCE.md, thirteenth
# sitting).
WARM_UNDER_LOAD=50

REMOVE_AT_EXIT=()

start_server() {
  local jar=$1
  shift
  launch 's|.*open http://127\.0\.0\.1:\([0-9]*\)/.*|\1|p' "$@" -jar "$jar" --host 127.0.0.1 --port 0 --rate-limit 0
}

start_bare() {
  local jar=$1
  shift
  launch 's|^listening on \([0-9]*\)$|\1|p' "$@" -cp "$jar" bench/BareJavalin.java 0
}

# launch SED [java argument...]: java with JAVA_OPTS (or the README's options) and the arguments; the
# port is what SED prints from the server's output.
launch() {
  local port_from=$1
  shift
  SERVER_LOG=$(mktemp /tmp/bench-server.XXXXXX.log)
  # shellcheck disable=SC2086  # JAVA_OPTS is a list of words
  java ${JAVA_OPTS:--Xmx160m -XX:MetaspaceSize=80m -XX:+UseSerialGC} "$@" >"$SERVER_LOG" 2>&1 &
  SERVER_PID=$!
  trap 'kill $SERVER_PID 2>/dev/null || true; wait $SERVER_PID 2>/dev/null || true; rm -f "$SERVER_LOG" "${REMOVE_AT_EXIT[@]}"' EXIT
  PORT=
  for _ in $(seq 600); do   # at most ~30 s
    kill -0 "$SERVER_PID" 2>/dev/null || break
    PORT=$(sed -n "$port_from" "$SERVER_LOG" | head -1)
    [[ -n $PORT ]] && break
    sleep 0.05
  done
  [[ -n $PORT ]] || { echo "the server did not start:" >&2; cat "$SERVER_LOG" >&2; exit 1; }
}
