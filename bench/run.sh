#!/usr/bin/env bash
# Runs a benchmark class with a main method from the test classes, on the test classpath.
#   bench/run.sh org.shuzhi.area.PointLookupBenchmark [args]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -ntp test-compile -Dspotless.check.skip=true
CP_FILE=target/bench-classpath.txt
mvn -B -q -ntp dependency:build-classpath -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=test
exec java -cp "target/test-classes:target/classes:$(cat "$CP_FILE")" "$@"
