# Sourced by the bench scripts (not run): start_server JAR [JVM option...] starts the jar on a free
# loopback port with --rate-limit 0 and the README's JVM options (or JAVA_OPTS), waits until it prints
# its address (it does once it is ready), and sets SERVER_PID, PORT and SERVER_LOG; the server is
# stopped and its log removed when the script exits, and so is every file in REMOVE_AT_EXIT (an array the
# caller may add its own temporary files to). Exits with the log when the server does not start.
# start_bare JAR [JVM option...] does the same for the reference, bench/BareJavalin.java on the jar's
# classes. printed_port waits for the port a server prints (load.sh uses it for bare Javalin).

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

# What bench/BareJavalin.java prints once it listens, as a sed expression that prints its port.
BARE_LISTENING='s|^listening on \([0-9]*\)$|\1|p'

start_bare() {
  local jar=$1
  shift
  launch "$BARE_LISTENING" "$@" -cp "$jar" bench/BareJavalin.java 0
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
  PORT=$(printed_port "$port_from" "$SERVER_LOG" "$SERVER_PID") || exit 1
}

# printed_port SED LOG PID: the port SED prints from LOG, once it does, while PID runs (at most ~30 s).
# Fails with the log when PID ends or the time runs out first.
printed_port() {
  local port=
  for _ in $(seq 600); do
    kill -0 "$3" 2>/dev/null || break
    port=$(sed -n "$1" "$2" | head -1)
    [[ -n $port ]] && break
    sleep 0.05
  done
  [[ -n $port ]] || { echo "the server did not start:" >&2; cat "$2" >&2; return 1; }
  echo "$port"
}
