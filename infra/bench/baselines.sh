#!/usr/bin/env bash
# Issue 3's baselines side by side in one process run (BaselineComparison): PostgreSQL full-text
# search (websearch_to_tsquery + ts_rank, configuration per language), plain Lucene BM25 with
# StandardAnalyzer, and Lotse's answer engine, on the same knowledge base and questions. Prints
# one table (metrics per language and overall, latency p50/p99) and keeps it in infra/.run/.
#
#   infra/bench/baselines.sh [KB, default ../shared/kb/eval-kb.json] \
#                            [QUESTIONS, default ../shared/eval/dev-questions.jsonl]
#
# The PostgreSQL baseline loads the knowledge base into a fresh scratch database,
# lotse_bench_baselines. Record results in infra/bench/RESULTS.md with this command and the load
# average.
set -euo pipefail
cd "$(dirname "$0")/../.."
source infra/lib/services.sh

KB=$(realpath "${1:-../shared/kb/eval-kb.json}")
QUESTIONS=$(realpath "${2:-../shared/eval/dev-questions.jsonl}")
DB=lotse_bench_baselines

ensure_postgres
psql_admin -c "drop database if exists $DB with (force)"
ensure_database "$DB"

# platform-api depends on the widget module, hence -am; the widget is not needed on the classpath.
mvn -B -q -pl platform-api -am test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.excludeArtifactIds=widget -Dmdep.outputFile=target/test-classpath.txt

mkdir -p infra/.run
OUT="$PWD/infra/.run/baselines-$(date +%Y%m%d-%H%M%S).md"
cd platform-api
{
  echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
  LOTSE_BENCH_DB_URL="jdbc:postgresql://$PGHOST_ADDR:$PGPORT_NUM/$DB" \
    java -Xms512m -Xmx1g -cp "target/classes:target/test-classes:$(cat target/test-classpath.txt)" \
    de.lotse.answer.bench.BaselineComparison "$KB" "$QUESTIONS"
  echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$OUT"
log "table written to ${OUT#"$(dirname "$PWD")/"}"
