#!/usr/bin/env bash
# Telemetry throughput: readings/s stored end to end (publish → committed) for 1 and 10 readings
# per message, (a) on the embedded defaults (embedded HiveMQ + embedded PostgreSQL) and (b) on this
# machine's Mosquitto (127.0.0.1:1883) and PostgreSQL (127.0.0.1:5432), with the two ceilings of
# each: the broker alone (publish → subscriber, no storage) and raw batched COPY into the same
# PostgreSQL. DURATION seconds per run (default 20) after a 5 s warm-up; DEVICES publishers.
#   bash bench/telemetry.sh            # both
#   TARGET=embedded bash bench/telemetry.sh
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${DURATION:-20}
TARGET=${TARGET:-all}
mvn -B -q -ntp test-compile -Dspotless.check.skip=true
CP_FILE=target/bench-classpath.txt
mvn -B -q -ntp dependency:build-classpath -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=test
run() { timeout $((DURATION + 180)) java -Xmx2g -Dsubscribers="${SUBSCRIBERS:-16}" -Ddevices="${DEVICES:-50}" \
  ${JAVA_BENCH_OPTS:-} -cp "target/test-classes:target/classes:$(cat "$CP_FILE")" \
  org.shuzhi.monitoring.internal.ingest.TelemetryBenchmark "$@" 2>&1 | grep '^RESULT' || true; }
# The broker ceiling as in the issue's note: one publisher (1,000 QoS 1 messages in flight), one subscriber.
ceiling() { JAVA_BENCH_OPTS="-Ddevices=1 -Dwindow=1000" run "$@"; }
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
if [ "$TARGET" = all ] || [ "$TARGET" = embedded ]; then
  echo "== embedded HiveMQ + embedded PostgreSQL"
  run platform embedded 1 "$DURATION"
  run platform embedded 10 "$DURATION"
  ceiling broker embedded 1 "$DURATION"
  ceiling broker embedded 10 "$DURATION"
fi
if [ "$TARGET" = all ] || [ "$TARGET" = external ]; then
  echo "== Mosquitto 127.0.0.1:1883 + PostgreSQL 127.0.0.1:5432"
  pg_isready -h 127.0.0.1 -p 5432 -q || { echo "PostgreSQL is not running"; exit 1; }
  pgrep -x mosquitto >/dev/null || mosquitto -d
  DB=shuzhi_bench_$$
  psql -h 127.0.0.1 -U postgres -qc "CREATE DATABASE $DB" postgres
  trap 'psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS '"$DB"'" postgres >/dev/null 2>&1 || true' EXIT
  export SHUZHI_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" SHUZHI_MQTT_URL=tcp://127.0.0.1:1883
  run platform external 1 "$DURATION"
  run platform external 10 "$DURATION"
  ceiling broker tcp://127.0.0.1:1883 1 "$DURATION"
  ceiling broker tcp://127.0.0.1:1883 10 "$DURATION"
  run copy "$SHUZHI_DB_URL" "$DURATION"
fi
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
