#!/usr/bin/env bash
# Runs every test of every module against the real PostgreSQL, Redis and Keycloak of this machine
# (started if down). The test database lotse_test is created afresh on each run. Then the widget's
# and the admin app's end-to-end tests run in headless Chromium against the packaged platform,
# started here on a free port with its own fresh database lotse_e2e and the demo offices
# (LOTSE_TEST_DB and LOTSE_E2E_DB choose other database names), and a mail sink of its own
# (GreenMail on free ports, stopped at the end) that receives the invitations those tests send. A
# Keycloak started here is stopped at the end unless LOTSE_KEEP_KEYCLOAK=1 (faster repeated runs).
set -euo pipefail
cd "$(dirname "$0")/.."
source infra/lib/services.sh
source infra/lib/keycloak.sh
source infra/lib/mail.sh

# Database names can be overridden so that two checkouts can run their tests side by side.
TEST_DB=${LOTSE_TEST_DB:-lotse_test}
E2E_DB=${LOTSE_E2E_DB:-lotse_e2e}
export LOTSE_TEST_DB_URL="jdbc:postgresql://$PGHOST_ADDR:$PGPORT_NUM/$TEST_DB"

ensure_postgres
ensure_redis
psql_admin -c "drop database if exists $TEST_DB with (force)"
ensure_database "$TEST_DB"

E2E_PID=
cleanup() {
  if [ -n "$E2E_PID" ]; then
    kill "$E2E_PID" 2>/dev/null || true
    wait "$E2E_PID" 2>/dev/null || true
  fi
  stop_mail_sink
  if [ "${LOTSE_KEEP_KEYCLOAK:-}" != 1 ]; then stop_keycloak; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM
ensure_keycloak

mvn -B verify "$@"

widget/e2e/ensure-chromium.sh
psql_admin -c "drop database if exists $E2E_DB with (force)"
ensure_database "$E2E_DB"

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
first_free_port() {
  local port=$1
  while ! port_free "$port"; do
    port=$((port + 1))
    [ "$port" -lt $(($1 + 10)) ] || die "no free port in $1-$(($1 + 9))"
  done
  echo "$port"
}
# The development realm lets the admin app sign in from ports 18180-18189 only (its redirect URIs).
E2E_PORT=$(first_free_port 18180)

# The admin app's tests invite a user: a sink of this run's own, away from the ports infra/run.sh's
# sink keeps (3025/8025), so that neither run reads or stops the other's mail. The platform writes
# its address into the realm's SMTP settings before each invitation, as under infra/run.sh;
# Keycloak itself is not restarted.
E2E_MAIL_SMTP_PORT=$(first_free_port 13025)
E2E_MAIL_API_PORT=$(first_free_port 18025)
use_mail_ports "$E2E_MAIL_SMTP_PORT" "$E2E_MAIL_API_PORT"
ensure_mail_sink

mkdir -p infra/.run
# The suite asks a few dozen questions from one address in a minute: lift the per-client limit.
# The admin app's users page reads and invites the office's users through the realm's service
# account.
export LOTSE_PORT=$E2E_PORT \
  LOTSE_PUBLIC_URL="http://localhost:$E2E_PORT" \
  LOTSE_DB_URL="jdbc:postgresql://$PGHOST_ADDR:$PGPORT_NUM/$E2E_DB" \
  LOTSE_REDIS_KEY_PREFIX="$E2E_DB:" \
  LOTSE_RATE_LIMIT_CLIENT_CAPACITY=1000 \
  LOTSE_RATE_LIMIT_CLIENT_REFILL_PER_MINUTE=1000 \
  LOTSE_PROVISIONING_LOCATIONS="classpath:seed/*.tenant.json" \
  LOTSE_KEYCLOAK_CLIENT_SECRET=lotse-platform-dev-secret \
  LOTSE_MAIL_HOST=127.0.0.1 \
  LOTSE_MAIL_PORT=$MAIL_SMTP_PORT

# The statistics screens need a history: the product's own generator writes two months of
# conversations for three offices (the seeded demo offices and one it creates) and rolls them up.
log "generating a history for the statistics (log: infra/.run/generate-history-e2e.log)"
LOTSE_PORT=0 java ${JAVA_OPTS:-} -jar platform-api/target/platform-api.jar generate-history --offices 3 --months 2 \
  --questions-per-day 60 > infra/.run/generate-history-e2e.log 2>&1 \
  || { tail -n 40 infra/.run/generate-history-e2e.log >&2; die "generate-history failed"; }

log "starting platform-api for the end-to-end tests on port $E2E_PORT (log: infra/.run/platform-api-e2e.log)"
java ${JAVA_OPTS:-} -jar platform-api/target/platform-api.jar > infra/.run/platform-api-e2e.log 2>&1 &
E2E_PID=$!

wait_for_platform "$E2E_PORT" "$E2E_PID" infra/.run/platform-api-e2e.log 120

log "running the widget's end-to-end tests (screenshots: widget/test-results/)"
(cd widget && LOTSE_E2E_BASE_URL="http://localhost:$E2E_PORT" npm run --silent e2e)

log "running the admin app's end-to-end tests (screenshots: tenant-admin-ui/test-results/)"
(cd tenant-admin-ui && LOTSE_E2E_BASE_URL="http://localhost:$E2E_PORT" LOTSE_E2E_MAIL_URL="$MAIL_SINK_URL" \
  npm run --silent e2e)
