#!/usr/bin/env bash
# Supervision-tier refresh, monthly plan and enforcement list over N enterprises (default 120,000):
# boots the platform on a fresh embedded PostgreSQL with the demo district, tops the registry up
# with SQL and prints times and SQL statement counts. Add "per-enterprise" to also time the former
# one-query-per-enterprise reads.
#   bench/supervision.sh [N] [per-enterprise]
set -euo pipefail
cd "$(dirname "$0")/.."
exec bash bench/run.sh org.shuzhi.inspection.internal.SupervisionRefreshBenchmark "${1:-120000}" ${2:+"$2"}
