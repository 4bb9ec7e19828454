#!/usr/bin/env bash
# Escalation job over N open overdue hazards (default 100,000): boots the platform on a fresh
# embedded PostgreSQL with the demo district, bulk-inserts the hazards (bench/hazards.sql) and
# times HazardEscalator.runAt(now) twice (the second run is the idempotent re-run).
#   bench/escalation.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
exec bash bench/run.sh org.shuzhi.hazard.internal.EscalationBenchmark "${1:-100000}"
