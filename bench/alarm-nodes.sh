#!/usr/bin/env bash
# Alarm evaluation across nodes (ADR 0006): two engines in one JVM on a fresh embedded PostgreSQL
# split the partitions; prints readings/s forwarded through the feed and evaluated by the holder,
# the forwarding time per ingestion batch, and alarm latency p50/p99 for a reading received by the
# holder and for one forwarded from the other node.
#   bash bench/alarm-nodes.sh [devices] [probes]
set -euo pipefail
cd "$(dirname "$0")/.."
exec bash bench/run.sh org.shuzhi.monitoring.internal.alarms.AlarmNodesBenchmark "${1:-2000}" "${2:-200}"
