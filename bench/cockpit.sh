#!/usr/bin/env bash
# Cockpit benchmark: starts the platform on a fresh embedded database with the full demo district
# and ENTERPRISES demo enterprises (default 120,000), the tile cache off (every render computes
# every tile with its aggregate queries), then runs bench/CockpitBench.java as demo.leader: first
# render of /cockpit and its tiles, and SSE update latency of a pushed tile.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-18184}
# The machine may run its own MQTT broker on 1883: the embedded one takes another port.
MQTT_PORT=${MQTT_PORT:-18183}
ENTERPRISES=${ENTERPRISES:-120000}
CACHE_TTL=${CACHE_TTL:-0s}
PASSWORD=${SHUZHI_DEMO_PASSWORD:-'Bench-Passw0rd!'}
mvn -B -q -ntp package -DskipTests -Dspotless.check.skip=true
JAR=$(ls target/shuzhi-*.jar | grep -v plain | head -n1)
DIR=$(mktemp -d)
SHUZHI_DATA_DIR="$DIR" SHUZHI_PORT=$PORT SHUZHI_MQTT_PORT=$MQTT_PORT SHUZHI_DEMO=true SHUZHI_DEMO_ENTERPRISES=$ENTERPRISES \
  SHUZHI_COCKPIT_CACHE_TTL=$CACHE_TTL SHUZHI_DEMO_PASSWORD="$PASSWORD" \
  java -jar "$JAR" > "$DIR/run.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null; wait $PID 2>/dev/null; rm -rf "$DIR"' EXIT
until curl -fs "http://127.0.0.1:$PORT/actuator/health/readiness" 2>/dev/null | grep -q UP; do
  kill -0 $PID 2>/dev/null || { cat "$DIR/run.log"; exit 1; }
  sleep 1
done
grep -a "Demo district loaded" "$DIR/run.log" || true
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
javac -d "$DIR/bench" bench/PageLoad.java bench/CockpitBench.java
java -cp "$DIR/bench" CockpitBench "http://127.0.0.1:$PORT" "$PASSWORD" "${N:-30}" "${ITERATIONS:-20}"
