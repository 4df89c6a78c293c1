#!/usr/bin/env bash
# JMH benchmark of one answer-engine question (AskBenchmark): single-threaded ask() on the
# Rosenheim seed knowledge base and on a synthetic 1,000-entry x 19-language office.
#
#   infra/bench/engine-jmh.sh [extra JMH arguments, e.g. -prof gc]
#
# Record results in infra/bench/RESULTS.md together with this command and the load average.
set -euo pipefail
cd "$(dirname "$0")/../.."
# platform-api depends on the widget module, hence -am; the widget is not needed on the classpath.
mvn -B -q -pl platform-api -am test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.excludeArtifactIds=widget -Dmdep.outputFile=target/test-classpath.txt
cd platform-api
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
java -cp "target/classes:target/test-classes:$(cat target/test-classpath.txt)" \
  org.openjdk.jmh.Main de.lotse.answer.bench.AskBenchmark "$@"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
