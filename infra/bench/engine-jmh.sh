#!/usr/bin/env bash
# JMH benchmark of one answer-engine question (AskBenchmark): single-threaded ask() on the
# Rosenheim seed knowledge base and on a synthetic 1,000-entry x 19-language office.
#
#   infra/bench/engine-jmh.sh [extra JMH arguments, e.g. -prof gc]
#
# Record results in infra/bench/RESULTS.md together with this command and the load average.
set -euo pipefail
cd "$(dirname "$0")/../../platform-api"
mvn -B -q -o test-compile 2>/dev/null || mvn -B -q test-compile
mvn -B -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
java -cp "target/classes:target/test-classes:$(cat target/test-classpath.txt)" \
  org.openjdk.jmh.Main de.lotse.answer.bench.AskBenchmark "$@"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
