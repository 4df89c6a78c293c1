#!/usr/bin/env bash
# Response times of the ministry's statistics for many offices: fills a database of its own with a
# generated history (once; kept for later runs), starts a platform on it, and times each pilot
# endpoint five times with curl as the ministry's analyst (the first call of each is the coldest).
#
#   infra/bench/stats-pilot.sh                 # 100 offices, 2 months, 40 questions a day
#   LOTSE_BENCH_OFFICES=20 LOTSE_BENCH_MONTHS=6 infra/bench/stats-pilot.sh
#   LOTSE_BENCH_JAR=/tmp/older.jar infra/bench/stats-pilot.sh   (another build, same database)
#
# Needs the development realm's Keycloak (started if it is not running). Record results in
# infra/bench/RESULTS.md together with this command and the machine's load.
set -euo pipefail
cd "$(dirname "$0")/../.."
source infra/lib/services.sh
source infra/lib/keycloak.sh

DB=${LOTSE_BENCH_DB:-lotse_stats_bench}
PORT=${BENCH_PORT:-8091}
JAR=${LOTSE_BENCH_JAR:-platform-api/target/platform-api.jar}
OFFICES=${LOTSE_BENCH_OFFICES:-100}
MONTHS=${LOTSE_BENCH_MONTHS:-2}
PER_DAY=${LOTSE_BENCH_QUESTIONS_PER_DAY:-40}

ensure_postgres
ensure_redis
ensure_keycloak
ensure_database "$DB"
[ -f "$JAR" ] || mvn -B -q -DskipTests package

mkdir -p infra/.run
export LOTSE_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" LOTSE_REDIS_KEY_PREFIX="$DB:" \
  LOTSE_STATS_ROLLUP_INTERVAL=60m
if [ "$(psql_admin -d "$DB" -tAc "select count(*) from tenant" 2>/dev/null || echo 0)" -lt "$OFFICES" ]; then
  log "generating $OFFICES offices x $MONTHS months (log: infra/.run/bench-generate.log)"
  LOTSE_PORT=0 java -jar "$JAR" generate-history --offices "$OFFICES" --months "$MONTHS" \
    --questions-per-day "$PER_DAY" --replace > infra/.run/bench-generate.log 2>&1 \
    || { tail -n 30 infra/.run/bench-generate.log >&2; die "generate-history failed"; }
  grep -E '^[a-z].* questions ' infra/.run/bench-generate.log \
    | awk '{q += $2; c += $4} END {printf "generated %d questions in %d conversations\n", q, c}'
fi

LOTSE_PORT=$PORT LOTSE_PUBLIC_URL="http://localhost:$PORT" \
  java ${JAVA_OPTS:-} -jar "$JAR" > infra/.run/bench-stats-platform.log 2>&1 &
API_PID=$!
trap 'kill $API_PID 2>/dev/null || true; wait $API_PID 2>/dev/null || true' EXIT
wait_for_platform "$PORT" "$API_PID" infra/.run/bench-stats-platform.log 300

TOKEN=$(curl -s -d grant_type=password -d client_id=lotse-cli -d username=ministry-analyst \
  -d password=demo "$KEYCLOAK_REALM_URL/protocol/openid-connect/token" \
  | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')
[ -n "$TOKEN" ] || die "no token for ministry-analyst"
TODAY=$(TZ=Europe/Berlin date +%F)
FROM=$(TZ=Europe/Berlin date -d "$((MONTHS * 30)) days ago" +%F)
LAST_MONTH=$(TZ=Europe/Berlin date -d "$(date +%Y-%m-15) -1 month" +%Y-%m)
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for path in "offices?granularity=day" "offices?from=$FROM&to=$TODAY&granularity=week" \
    "offices/export?from=$FROM&to=$TODAY&table=offices" "report?month=$LAST_MONTH"; do
  times=()
  for _ in 1 2 3 4 5; do
    times+=("$(curl -s -o /dev/null -w '%{http_code}:%{time_total}' \
      -H "Authorization: Bearer $TOKEN" "http://localhost:$PORT/api/v1/admin/stats/$path")")
  done
  echo "GET /api/v1/admin/stats/$path  ${times[*]}"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
