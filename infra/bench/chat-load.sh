#!/usr/bin/env bash
# Load benchmark of the public chat endpoint: starts its own platform instance (database
# lotse_bench, demo offices, rate limits set high but active, conversation log to PostgreSQL on),
# warms it up, then runs wrk with a realistic question mix against the Rosenheim office.
#
#   infra/bench/chat-load.sh [duration, default 30s] [connections, default 32]
#   LOTSE_BENCH_NO_CACHE=1 infra/bench/chat-load.sh …  (the same mix, the answer cache switched off:
#                                                     every question is searched)
#   BENCH_WARMUP=15s infra/bench/chat-load.sh …         (a shorter warm-up than the default 60 s;
#                                                     the JIT has not compiled the engine by then)
#   LOTSE_BENCH_UNIQUE=1 infra/bench/chat-load.sh …   (every question made unique by a running number,
#                                                     an unknown word that also changes some decisions)
#
# Record results in infra/bench/RESULTS.md together with this command.
set -euo pipefail
cd "$(dirname "$0")/../.."
source infra/lib/services.sh

DURATION=${1:-30s}
CONNECTIONS=${2:-32}
PORT=${BENCH_PORT:-8089}
JAR=platform-api/target/platform-api.jar

command -v wrk >/dev/null || { log "installing wrk"; apt-get install -y -q wrk >/dev/null || { apt-get update -q >/dev/null && apt-get install -y -q wrk >/dev/null; }; }
ensure_postgres
ensure_redis
psql_admin -c "drop database if exists lotse_bench with (force)"
ensure_database lotse_bench
[ -f "$JAR" ] || mvn -B -q -DskipTests package

mkdir -p infra/.run
LOTSE_PORT=$PORT \
LOTSE_DB_URL=jdbc:postgresql://127.0.0.1:5432/lotse_bench \
LOTSE_PROVISIONING_LOCATIONS=classpath:seed/*.tenant.json \
LOTSE_RATE_LIMIT_CLIENT_CAPACITY=100000000 \
LOTSE_RATE_LIMIT_CLIENT_REFILL_PER_MINUTE=100000000 \
LOTSE_RATE_LIMIT_TENANT_CAPACITY=100000000 \
LOTSE_RATE_LIMIT_TENANT_REFILL_PER_SECOND=100000000 \
LOTSE_ANSWER_CACHED_ANSWERS_PER_TENANT=$([ "${LOTSE_BENCH_NO_CACHE:-}" = 1 ] && echo 0 || echo 1024) \
  java ${JAVA_OPTS:--Xms512m -Xmx1g} ${BENCH_JAVA_OPTS:-} -jar "$JAR" > infra/.run/bench-platform.log 2>&1 &
API_PID=$!
trap 'kill $API_PID 2>/dev/null || true; wait $API_PID 2>/dev/null || true' EXIT

wait_for_platform "$PORT" "$API_PID" infra/.run/bench-platform.log 120

URL="http://127.0.0.1:$PORT/api/v1/public/tenants/rosenheim/messages"

# CPU seconds (user + system) used so far by the given processes; the per-answer CPU cost stays
# comparable when other work shares the machine, throughput does not.
cpu_seconds() {
  local ticks=0 pid
  for pid in "$@"; do
    ticks=$((ticks + $(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null || echo 0)))
  done
  echo "$ticks $(getconf CLK_TCK)" | awk '{printf "%.2f", $1 / $2}'
}
cpu_snapshot() {
  # shellcheck disable=SC2046
  echo "$(cpu_seconds "$API_PID") $(cpu_seconds $(pgrep -x postgres)) $(cpu_seconds $(pgrep -x redis-server))"
}
# 60 s: after 15 s the JIT has not yet compiled the many analysis paths of 19 languages, and the
# measurement showed a still-warming JVM (1,891 instead of 2,979 answers/s, see RESULTS.md).
WARMUP=${BENCH_WARMUP:-60s}
log "warm-up ($WARMUP)"
wrk -t1 -c"$CONNECTIONS" -d"$WARMUP" -s infra/bench/chat-mix.lua "$URL" >/dev/null
log "measuring ($DURATION, $CONNECTIONS connections, 1 wrk thread)"
before=$(cpu_snapshot)
wrk -t1 -c"$CONNECTIONS" -d"$DURATION" --latency -s infra/bench/chat-mix.lua "$URL" | tee infra/.run/bench-wrk.txt
after=$(cpu_snapshot)
requests=$(awk '/^requests:/ {print $2}' infra/.run/bench-wrk.txt)
echo "$before $after $requests" | awk '{
  printf "CPU per answer: platform JVM %.3f ms, PostgreSQL %.3f ms, Redis %.3f ms\n",
    ($4 - $1) * 1000 / $7, ($5 - $2) * 1000 / $7, ($6 - $3) * 1000 / $7 }'

logged=$(psql -X -tA -h 127.0.0.1 -U postgres -d lotse_bench -c "select count(*) from chat_message")
log "conversation rows written to PostgreSQL: $logged"
