#!/usr/bin/env bash
# Telemetry throughput and alarm latency, (a) on the embedded defaults (embedded HiveMQ + embedded
# PostgreSQL) and (b) with an external Mosquitto and this machine's PostgreSQL (127.0.0.1:5432):
#  - readings/s stored end to end (publish → committed) for 1 and 10 readings per message, then a
#    loss check (every reading the broker acknowledged to the publishers is committed, once);
#  - alarm latency p50/p99 (publish of an out-of-range reading → alarm committed and pushed to the
#    live lists) at a background load of RATE (5,000) readings/s;
#  - the two ceilings: the broker alone (publish → subscriber, no storage) and raw batched COPY
#    into the same PostgreSQL.
# The external runs use a private Mosquitto on a free port with bench/mosquitto.conf (no queue
# limit: the default max_queued_messages 1000 drops messages whenever devices outrun the platform;
# MQTT_URL=tcp://host:port uses an existing broker instead). DURATION seconds per throughput run
# (default 20) after a 5 s warm-up; DEVICES publishers; PROBES alarm probes (one per 100 ms).
#   bash bench/telemetry.sh            # both
#   TARGET=embedded bash bench/telemetry.sh
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${DURATION:-20}
TARGET=${TARGET:-all}
PROBES=${PROBES:-200}
mvn -B -q -ntp test-compile -Dspotless.check.skip=true
CP_FILE=target/bench-classpath.txt
mvn -B -q -ntp dependency:build-classpath -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=test
run() { timeout $((DURATION + 400)) java -Xmx2g ${SUBSCRIBERS:+-Dsubscribers=$SUBSCRIBERS} \
  -Ddevices="${DEVICES:-50}" -Drate="${RATE:-5000}" \
  ${JAVA_BENCH_OPTS:-} -cp "target/test-classes:target/classes:$(cat "$CP_FILE")" \
  org.shuzhi.monitoring.internal.ingest.TelemetryBenchmark "$@" 2>&1 | grep '^RESULT' || true; }
# The broker ceiling as in the issue's note: one publisher (1,000 QoS 1 messages in flight), one subscriber.
ceiling() { JAVA_BENCH_OPTS="-Ddevices=1 -Dwindow=1000" run "$@"; }
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
if [ "$TARGET" = all ] || [ "$TARGET" = embedded ]; then
  echo "== embedded HiveMQ + embedded PostgreSQL"
  run platform embedded 1 "$DURATION"
  run platform embedded 10 "$DURATION"
  run latency embedded "$PROBES"
  ceiling broker embedded 1 "$DURATION"
  ceiling broker embedded 10 "$DURATION"
  echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
fi
if [ "$TARGET" = all ] || [ "$TARGET" = external ]; then
  pg_isready -h 127.0.0.1 -p 5432 -q || { echo "PostgreSQL is not running"; exit 1; }
  MQ_PID=
  if [ -z "${MQTT_URL:-}" ]; then
    MQ_DIR=$(mktemp -d)
    MQ_PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    { cat bench/mosquitto.conf; echo "listener $MQ_PORT 127.0.0.1"; } > "$MQ_DIR/mosquitto.conf"
    chmod 755 "$MQ_DIR"; chmod 644 "$MQ_DIR/mosquitto.conf"
    mosquitto -c "$MQ_DIR/mosquitto.conf" > "$MQ_DIR/mosquitto.log" 2>&1 &
    MQ_PID=$!
    for _ in $(seq 1 50); do (exec 3<>/dev/tcp/127.0.0.1/"$MQ_PORT") 2>/dev/null && break; sleep 0.1; done
    MQTT_URL=tcp://127.0.0.1:$MQ_PORT
  fi
  echo "== Mosquitto $MQTT_URL ($(mosquitto -h 2>/dev/null | head -1 | cut -d' ' -f3)) + PostgreSQL 127.0.0.1:5432"
  DB=shuzhi_bench_$$
  psql -h 127.0.0.1 -U postgres -qc "CREATE DATABASE $DB" postgres
  trap 'psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS '"$DB"'" postgres >/dev/null 2>&1 || true;
        [ -n "$MQ_PID" ] && kill "$MQ_PID" 2>/dev/null || true' EXIT
  export SHUZHI_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" SHUZHI_MQTT_URL=$MQTT_URL
  run platform external 1 "$DURATION"
  run platform external 10 "$DURATION"
  run latency external "$PROBES"
  ceiling broker "$MQTT_URL" 1 "$DURATION"
  ceiling broker "$MQTT_URL" 10 "$DURATION"
  run copy "$SHUZHI_DB_URL" "$DURATION"
  if [ -n "$MQ_PID" ] && grep -q dropped "$MQ_DIR/mosquitto.log"; then
    echo "WARNING: Mosquitto dropped messages: $(grep -c dropped "$MQ_DIR/mosquitto.log") log lines"
  fi
fi
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
