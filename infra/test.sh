#!/usr/bin/env bash
# Runs every test of every module against the real PostgreSQL, Redis and Keycloak of this machine
# (started if down). The test database lotse_test is created afresh on each run. A Keycloak
# started here is stopped at the end unless LOTSE_KEEP_KEYCLOAK=1 (faster repeated runs).
set -euo pipefail
cd "$(dirname "$0")/.."
source infra/lib/services.sh
source infra/lib/keycloak.sh

ensure_postgres
ensure_redis
psql_admin -c "drop database if exists lotse_test with (force)"
ensure_database lotse_test

if [ "${LOTSE_KEEP_KEYCLOAK:-}" != 1 ]; then trap stop_keycloak EXIT; fi
trap 'exit 130' INT TERM
ensure_keycloak

mvn -B verify "$@"
