#!/usr/bin/env bash
# Start-up to ready on the embedded default: cold (empty data directory: initdb, migrations,
# demo district) and warm (same directory again). "Ready" = /actuator/health/readiness is UP,
# which Spring reports only after the start-up runners (seeding, demo) have finished.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-18181}
RUNS=${RUNS:-3}
mvn -B -q -ntp package -DskipTests -Dspotless.check.skip=true
JAR=$(ls target/shuzhi-*.jar | grep -v plain | head -n1)
DIR=$(mktemp -d)
measure() {
  local start end
  start=$(date +%s%N)
  SHUZHI_DATA_DIR="$DIR" SHUZHI_PORT=$PORT SHUZHI_MQTT_PORT=${MQTT_PORT:-$((PORT + 1))} java -jar "$JAR" > "$DIR/run.log" 2>&1 &
  local pid=$!
  until curl -fs "http://127.0.0.1:$PORT/actuator/health/readiness" 2>/dev/null | grep -q UP; do
    kill -0 $pid 2>/dev/null || { echo "start failed, see $DIR/run.log"; exit 1; }
    sleep 0.1
  done
  end=$(date +%s%N)
  kill $pid; wait $pid 2>/dev/null || true
  echo $(( (end - start) / 1000000 ))
}
echo "cold start (empty data dir, 3,000 demo enterprises): $(measure) ms"
for i in $(seq 1 "$RUNS"); do echo "warm start #$i: $(measure) ms"; done
rm -rf "$DIR"
