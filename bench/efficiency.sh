#!/usr/bin/env bash
# 亩均论英雄 benchmark (issue 6): boots the platform on a throw-away embedded database, registers
# N enterprises (default 120,000), then measures the Excel import of N rows for each department
# template, three full evaluation runs (read, score, classify, store), the reports on the last run
# (Excel export of every result, 一企一单, distribution, ranking page) and scoring alone.
#   bench/efficiency.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
exec bench/run.sh -Xmx3g org.shuzhi.efficiency.internal.EvaluationBenchmark "${1:-120000}"
