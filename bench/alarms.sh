#!/usr/bin/env bash
# Alarm storm: N devices (default 10,000) exceed a threshold in one committed batch; prints alarms/s
# raised (stored, events published) and alarms/s notified (every subscriber's in-app delivery).
#   bash bench/alarms.sh [N] [subscribers]
set -euo pipefail
cd "$(dirname "$0")/.."
exec bash bench/run.sh org.shuzhi.notification.internal.AlarmStormBenchmark "${1:-10000}" "${2:-2}"
