#!/usr/bin/env bash
# Enterprise search API under load: starts the platform on a fresh embedded database with
# ENTERPRISES synthetic enterprises (default 100,000), takes a token as demo.leader (whole
# district) and runs bench/SearchLoad.java with CLIENTS concurrent clients for DURATION seconds.
# (Not SECONDS: that is bash's own counter of seconds since the shell started.)
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-18182}
ENTERPRISES=${ENTERPRISES:-100000}
CLIENTS=${CLIENTS:-50}
DURATION=${DURATION:-60}
PASSWORD='Bench-Passw0rd!'
mvn -B -q -ntp package -DskipTests -Dspotless.check.skip=true
JAR=$(ls target/shuzhi-*.jar | grep -v plain | head -n1)
DIR=$(mktemp -d)
SHUZHI_DATA_DIR="$DIR" SHUZHI_PORT=$PORT SHUZHI_MQTT_PORT=${MQTT_PORT:-$((PORT + 1))} SHUZHI_DEMO_ENTERPRISES=$ENTERPRISES \
  SHUZHI_DEMO_PASSWORD="$PASSWORD" java -jar "$JAR" > "$DIR/run.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null; wait $PID 2>/dev/null; rm -rf "$DIR"' EXIT
echo "loading $ENTERPRISES enterprises..."
until curl -fs "http://127.0.0.1:$PORT/actuator/health/readiness" 2>/dev/null | grep -q UP; do
  kill -0 $PID 2>/dev/null || { cat "$DIR/run.log"; exit 1; }
  sleep 1
done
grep -a "Demo district loaded" "$DIR/run.log" || true
java bench/SearchLoad.java "http://127.0.0.1:$PORT" demo.leader "$PASSWORD" "$CLIENTS" "$DURATION"
