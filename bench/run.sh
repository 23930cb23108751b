#!/usr/bin/env bash
# Builds the app's classes and the JMH jar, then runs every benchmark with modest settings for a
# 2-core machine. Extra arguments go to JMH (e.g. `bench/run.sh EngineBenchmark -prof gc`); to change
# the run lengths, set JMH_SETTINGS (e.g. JMH_SETTINGS="-f 1 -wi 1 -i 1" for a smoke run), since JMH
# refuses an option given twice. The results are also written to bench/target/jmh-result.json.
set -euo pipefail
cd "$(dirname "$0")/.."

mvn -B -q compile                      # ../target/classes, which the bench jar carries
mvn -B -q -f bench/pom.xml package     # bench/target/benchmarks.jar

# shellcheck disable=SC2086  # JMH_SETTINGS is a list of words
java -jar bench/target/benchmarks.jar ${JMH_SETTINGS:--f 1 -wi 3 -i 5 -w 1s -r 1s} \
  -rf json -rff bench/target/jmh-result.json "$@"
