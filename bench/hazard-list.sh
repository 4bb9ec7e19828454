#!/usr/bin/env bash
# Hazard list page (/hazards) under load: starts the platform on a fresh embedded database with
# the demo district, adds HAZARDS open overdue hazards (default 100,000) straight into the
# running embedded PostgreSQL with psql (bench/hazards.sql; the port is read from the server's
# postmaster.pid in the data directory, local trust authentication, 127.0.0.1 only), then signs
# CLIENTS browser clients in through the login form as demo.emergency (whole district) and runs
# bench/PageLoad.java for DURATION seconds, after WARMUP seconds of the same load that are not
# counted (a fresh JVM compiles for minutes on 2 busy cores). CLIENTS may list several counts
# ("1 50"): one run each, the warm-up before the first. Prints the load average next to each
# figure, since other work on the machine moves them. Needs psql on the PATH.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-18183}
HAZARDS=${HAZARDS:-100000}
CLIENTS=${CLIENTS:-50}
DURATION=${DURATION:-60}  # not SECONDS: bash counts that one up by itself
WARMUP=${WARMUP:-60}
PASSWORD=${SHUZHI_DEMO_PASSWORD:-'Bench-Passw0rd!'}
mvn -B -q -ntp package -DskipTests -Dspotless.check.skip=true
JAR=$(ls target/shuzhi-*.jar | grep -v plain | head -n1)
DIR=$(mktemp -d)
SHUZHI_DATA_DIR="$DIR" SHUZHI_PORT=$PORT SHUZHI_MQTT_PORT=${MQTT_PORT:-$((PORT + 1))} SHUZHI_DEMO=true SHUZHI_HAZARD_ESCALATION=false \
  SHUZHI_DEMO_PASSWORD="$PASSWORD" java -jar "$JAR" > "$DIR/run.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null; wait $PID 2>/dev/null; rm -rf "$DIR"' EXIT
until curl -fs "http://127.0.0.1:$PORT/actuator/health/readiness" 2>/dev/null | grep -q UP; do
  kill -0 $PID 2>/dev/null || { cat "$DIR/run.log"; exit 1; }
  sleep 1
done
grep -a "Demo district loaded" "$DIR/run.log" || true
PG_PORT=$(sed -n 4p "$DIR/pg/postmaster.pid")
echo "adding $HAZARDS hazards (embedded PostgreSQL on port $PG_PORT)..."
psql -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -v n="$HAZARDS" \
  -f bench/hazards.sql
psql -qtA -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres \
  -c "SELECT count(*) || ' hazards in the database' FROM hazard"
for C in $CLIENTS; do
  echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
  java bench/PageLoad.java "http://127.0.0.1:$PORT" /hazards demo.emergency "$PASSWORD" \
    "$C" "$DURATION" "$WARMUP"
  echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
  WARMUP=0
done
