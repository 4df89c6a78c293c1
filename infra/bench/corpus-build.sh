#!/usr/bin/env bash
# Issue 3 "Speed": a synthetic 100-office corpus in PostgreSQL, and how long the packaged platform
# takes to build every office's answer index from it at start, and how much heap the indexes keep.
#
#   infra/bench/corpus-build.sh
#   CORPUS_HEAP=10g CORPUS_OFFICES=100 infra/bench/corpus-build.sh   (the defaults)
#   CORPUS_REUSE=1 CORPUS_HEAP=12g infra/bench/corpus-build.sh       (measure again on the corpus
#                                                                     the last run imported)
#   CORPUS_REUSE=1 BENCH_JAVA_OPTS="-XX:StartFlightRecording=filename=infra/.run/corpus.jfr,settings=profile" \
#     infra/bench/corpus-build.sh                                      (profile the measured start)
#
# 1. fresh database lotse_bench_corpus; SyntheticCorpus writes the offices as provisioning
#    descriptors with exchange-format knowledge bases to infra/.run/corpus/ (mix: see its Javadoc);
# 2. import: the platform starts with LOTSE_PROVISIONING_LOCATIONS pointing at them, so every
#    office is created and its knowledge base imported and published by the product's own
#    start-up provisioning (the path the platform loads offices from); once the log shows every
#    office provisioned (committed), that instance is stopped;
# 3. measured start: a fresh platform JVM with -Xmx$CORPUS_HEAP against that database, timed from
#    launch until /actuator/health/readiness is UP (the readiness group includes answerIndex, which
#    is down until every office has its index); the log gives the index build itself and each
#    office's time, /proc the CPU time the JVM used (other work on the machine stretches wall
#    time, not CPU time). Then a full GC (jcmd GC.run) and the heap in use (jcmd GC.heap_info).
#
# The summary goes to the terminal and to infra/.run/corpus-build-<time>.txt. Record results in
# infra/bench/RESULTS.md with this command and the load average.
set -euo pipefail
cd "$(dirname "$0")/../.."
source infra/lib/services.sh

HEAP=${CORPUS_HEAP:-10g}
OFFICES=${CORPUS_OFFICES:-100}
DB=lotse_bench_corpus
JAR=platform-api/target/platform-api.jar
RUN_DIR=$PWD/infra/.run
CORPUS=$RUN_DIR/corpus
STAMP=$(date +%Y%m%d-%H%M%S)
IMPORT_LOG=$RUN_DIR/corpus-import-$STAMP.log
START_LOG=$RUN_DIR/corpus-start-$STAMP.log
REPORT=$RUN_DIR/corpus-build-$STAMP.txt
# Each large office's file is ~36 MB, above the default import limit of 10 MB.
export LOTSE_KB_MAX_IMPORT_SIZE=64MB
# Keeps this instance's Redis keys and content-change messages apart from other instances'.
export LOTSE_REDIS_KEY_PREFIX=lotse-bench-corpus:
export LOTSE_DB_URL=jdbc:postgresql://$PGHOST_ADDR:$PGPORT_NUM/$DB

ensure_postgres
ensure_redis
reuse=
if [ "${CORPUS_REUSE:-}" = 1 ] && [ "$(psql_admin -tAc "select 1 from pg_database where datname = '$DB'")" = 1 ] \
  && [ "$(psql -X -tA -h "$PGHOST_ADDR" -p "$PGPORT_NUM" -U postgres -d "$DB" -c "select count(*) from tenant")" = "$OFFICES" ]; then
  reuse=1
  log "reusing the $OFFICES offices in database $DB"
else
  psql_admin -c "drop database if exists $DB with (force)"
  ensure_database "$DB"
fi

if [ ! -f "$JAR" ] || [ -n "$(find pom.xml platform-api/pom.xml platform-api/src/main widget/src widget/package.json -newer "$JAR" -print -quit)" ]; then
  log "building platform-api (mvn -DskipTests package)"
  mvn -B -q -DskipTests package
fi

mkdir -p "$RUN_DIR"
if [ -z "$reuse" ]; then
  # The generator is test code (next to the JMH benchmark); the widget is not needed on its classpath.
  mvn -B -q -pl platform-api -am test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.excludeArtifactIds=widget -Dmdep.outputFile=target/test-classpath.txt
  rm -rf "$CORPUS"
  log "generating $OFFICES synthetic offices in ${CORPUS#"$PWD/"}"
  GENERATED=$(cd platform-api && java -cp "target/classes:target/test-classes:$(cat target/test-classpath.txt)" \
    de.lotse.answer.bench.SyntheticCorpus "$CORPUS" "$OFFICES")
  echo "$GENERATED"
else
  GENERATED="corpus reused from the previous run (infra/.run/corpus/)"
fi

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
API_PID=
stop_platform() {
  if [ -n "$API_PID" ]; then
    kill "$API_PID" 2>/dev/null || true
    # A JVM busy building indexes may not finish its shutdown hooks soon; it holds nothing to save.
    for _ in $(seq 1 60); do kill -0 "$API_PID" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$API_PID" 2>/dev/null || true
    wait "$API_PID" 2>/dev/null || true
    API_PID=
  fi
}
trap stop_platform EXIT
trap 'exit 130' INT TERM

if [ -z "$reuse" ]; then
  PORT=$(free_port)
  log "import: platform on port $PORT provisions the corpus (log: ${IMPORT_LOG#"$PWD/"})"
  import_start=$(date +%s%N)
  LOTSE_PORT=$PORT LOTSE_PROVISIONING_LOCATIONS="file:$CORPUS/*.tenant.json" \
    java -Xmx"$HEAP" -jar "$JAR" > "$IMPORT_LOG" 2>&1 &
  API_PID=$!
  # Each office is logged after its import transaction has committed.
  until [ "$(grep -c 'Provisioned tenant' "$IMPORT_LOG")" -ge "$OFFICES" ]; do
    kill -0 "$API_PID" 2>/dev/null || { tail -n 40 "$IMPORT_LOG" >&2; die "platform exited; see $IMPORT_LOG"; }
    sleep 1
  done
  import_seconds=$(awk "BEGIN {printf \"%.1f\", ($(date +%s%N) - $import_start) / 1e9}")
  stop_platform
  imported="import through start-up provisioning (-Xmx$HEAP, from launch to the last office committed): $import_seconds s"
else
  imported="import: skipped (CORPUS_REUSE=1)"
fi
counts=$(psql -X -tA -F ' ' -h "$PGHOST_ADDR" -p "$PGPORT_NUM" -U postgres -d "$DB" -c "select
    (select count(*) from tenant), (select count(*) from kb_entry where published_revision is not null),
    (select coalesce(sum((select count(*) from jsonb_object_keys(content -> 'translations'))), 0)
       from kb_entry_revision r join kb_entry e on e.id = r.entry_id and r.revision = e.published_revision)")
read -r tenants published_entries published_translations <<< "$counts"
db_size=$(psql -X -tA -h "$PGHOST_ADDR" -p "$PGPORT_NUM" -U postgres -d "$DB" -c "select pg_size_pretty(pg_database_size('$DB'))")

PORT=$(free_port)
log "measured start: platform with -Xmx$HEAP on port $PORT (log: ${START_LOG#"$PWD/"})"
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
start=$(date +%s%N)
# shellcheck disable=SC2086
LOTSE_PORT=$PORT java -Xmx"$HEAP" ${BENCH_JAVA_OPTS:-} -jar "$JAR" > "$START_LOG" 2>&1 &
API_PID=$!
wait_for_platform "$PORT" "$API_PID" "$START_LOG" 3600
ready_ms=$(( ($(date +%s%N) - start) / 1000000 ))
cpu_seconds=$(awk -v tck="$(getconf CLK_TCK)" '{printf "%.1f", ($14 + $15) / tck}' "/proc/$API_PID/stat")
gc_seconds=$(jstat -gcutil "$API_PID" | awk 'NR == 2 {print $NF}')
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
answer=$(curl -fs -H 'Content-Type: application/json' -d '{"question":"Wie verlängere ich meine Aufenthaltserlaubnis?"}' \
  "http://127.0.0.1:$PORT/api/v1/public/tenants/office-050/messages" || echo "(no answer)")
answer=${answer:0:160}
jcmd "$API_PID" GC.run >/dev/null
heap_info=$(jcmd "$API_PID" GC.heap_info | sed 1d)
rss_mb=$(( $(awk '/VmRSS/ {print $2}' "/proc/$API_PID/status") / 1024 ))
stop_platform

started=$(grep -o 'Started [A-Za-z]* in [0-9.]* seconds' "$START_LOG" | head -n 1 || true)
built=$(grep -o 'Built the answer indexes of all [0-9]* tenants in [0-9]* ms' "$START_LOG" || true)
per_office=$(grep -o 'Indexed [0-9]* published entries of tenant [a-z0-9-]* in [0-9]* ms' "$START_LOG" \
  | awk '{print $9, $2, $7}' | sort -k1,1nr)

{
  echo "corpus-build $(date -Is), commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- platform-api || echo '+changes')"
  echo "$GENERATED"
  echo "in PostgreSQL ($DB, $db_size): $tenants offices, $published_entries published entries, $published_translations published translations"
  echo "$imported"
  echo "measured start, -Xmx$HEAP; load average before $load_before, after $load_after"
  echo "  launch -> readiness UP (all answer indexes built): $(awk "BEGIN {printf \"%.1f\", $ready_ms / 1000}") s wall, JVM CPU time until then $cpu_seconds s (all threads: start, JIT, GC, indexing), GC time (jstat GCT) $gc_seconds s"
  echo "  Spring context: ${started:-(no 'Started' line)}"
  echo "  index build (AnswerIndexSync.indexAll): ${built:-(no timing line; is the jar older than this script?)}"
  echo "  per office (ms entries slug), slowest first:"
  echo "$per_office" | head -n 8 | sed 's/^/    /'
  echo "$per_office" | awk '{ if ($2 >= 1000) { large += $1; nl++ } else { small += $1; ns++ } }
    END { printf "    sum: %d offices with 1,000 entries %d ms, %d smaller offices %d ms\n", nl, large, ns, small }'
  echo "  heap after full GC (jcmd GC.run; GC.heap_info):"
  echo "$heap_info" | sed 's/^/    /'
  echo "  process RSS after GC: $rss_mb MB"
  echo "  sample answer from office-050: $answer"
} | tee "$REPORT"
log "summary written to ${REPORT#"$PWD/"}"
