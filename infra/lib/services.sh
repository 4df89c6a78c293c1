# Shared helpers for infra/run.sh, infra/test.sh and the benchmarks: make sure PostgreSQL and Redis
# run and that the platform's role and databases exist, wait for a started platform. Source it; do
# not run it.

PGHOST_ADDR=${LOTSE_PG_HOST:-127.0.0.1}
PGPORT_NUM=${LOTSE_PG_PORT:-5432}
REDIS_PORT_NUM=${LOTSE_REDIS_PORT:-6379}

log() { printf '\033[1;34m[lotse]\033[0m %s\n' "$*" >&2; }
die() { printf '\033[1;31m[lotse]\033[0m %s\n' "$*" >&2; exit 1; }

# wait_for_platform PORT PID LOG TIMEOUT_SECONDS: polls the platform's readiness every 0.2 s until
# it is UP; stops with the log's end when the process exits first or the time runs out.
wait_for_platform() {
  local deadline=$(($(date +%s) + $4))
  until curl -fs "http://127.0.0.1:$1/actuator/health/readiness" >/dev/null 2>&1; do
    if ! kill -0 "$2" 2>/dev/null; then
      tail -n 40 "$3" >&2
      die "the platform exited during start; see $3"
    fi
    [ "$(date +%s)" -lt "$deadline" ] || die "the platform was not ready after $4 s; see $3"
    sleep 0.2
  done
}

postgres_up() { pg_isready -q -h "$PGHOST_ADDR" -p "$PGPORT_NUM" 2>/dev/null; }

ensure_postgres() {
  if postgres_up; then return; fi
  log "PostgreSQL is not answering on $PGHOST_ADDR:$PGPORT_NUM; starting it"
  command -v pg_ctlcluster >/dev/null || die "PostgreSQL is not installed (pg_ctlcluster missing)"
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | sort -V | tail -n 1)" main start
  for _ in $(seq 1 30); do postgres_up && return; sleep 1; done
  die "PostgreSQL did not come up within 30 s"
}

redis_up() { redis-cli -h 127.0.0.1 -p "$REDIS_PORT_NUM" ping 2>/dev/null | grep -q PONG; }

ensure_redis() {
  if redis_up; then return; fi
  log "Redis is not answering on 127.0.0.1:$REDIS_PORT_NUM; starting it"
  command -v redis-server >/dev/null || die "Redis is not installed (redis-server missing)"
  mkdir -p /var/lib/redis /var/log/redis
  redis-server --daemonize yes --bind 127.0.0.1 -::1 --port "$REDIS_PORT_NUM" --save "" \
    --appendonly no --dir /var/lib/redis --logfile /var/log/redis/ci.log
  for _ in $(seq 1 20); do redis_up && return; sleep 0.5; done
  die "Redis did not come up within 10 s"
}

psql_admin() { psql -X -q -v ON_ERROR_STOP=1 -h "$PGHOST_ADDR" -p "$PGPORT_NUM" -U postgres -d postgres "$@"; }

# The platform connects as role "lotse", which owns its database. It must not be a superuser:
# superusers bypass row-level security, the second wall between tenants.
ensure_database() {
  local db=$1
  psql_admin -c "do \$\$ begin
      if not exists (select 1 from pg_roles where rolname = 'lotse') then
        create role lotse login nosuperuser nocreatedb nocreaterole nobypassrls;
      end if;
    end \$\$;"
  if ! psql_admin -tAc "select 1 from pg_database where datname = '$db'" | grep -q 1; then
    log "creating database $db"
    psql_admin -c "create database $db owner lotse encoding 'UTF8' template template0"
  fi
}
