#!/usr/bin/env bash
# Runs every test of every module against the real PostgreSQL and Redis of this machine
# (started if down). The test database lotse_test is created afresh on each run.
set -euo pipefail
cd "$(dirname "$0")/.."
source infra/lib/services.sh

ensure_postgres
ensure_redis
psql_admin -c "drop database if exists lotse_test with (force)"
ensure_database lotse_test

mvn -B verify "$@"
