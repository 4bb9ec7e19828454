#!/usr/bin/env bash
# Low-efficiency and zero-tax enterprises (issue 6.6): boots the platform on a throw-away embedded
# database, registers N enterprises (default 120,000) with random land and tax, then measures the
# lists (count + first page), the Excel export, case generation (and its idempotent re-run), the
# town dashboard and the case list.
#   bench/efficiency-improvement.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
exec bench/run.sh -Xmx3g org.shuzhi.efficiency.internal.improvement.ImprovementBenchmark "${1:-120000}"
