#!/bin/sh
# Run once by the postgres image on an empty data volume (/docker-entrypoint-initdb.d): the
# equivalent of ensure_database in infra/lib/services.sh. The platform connects as role "lotse",
# which owns its database and must not be a superuser: superusers bypass row-level security, the
# second wall between offices. The password comes from LOTSE_DB_PASSWORD and is passed to psql as
# a variable, so it is quoted by psql and never spliced into the SQL text.
set -e
: "${LOTSE_DB_PASSWORD:?LOTSE_DB_PASSWORD must be set for the platform's database role}"

psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
  --set lotse_password="$LOTSE_DB_PASSWORD" <<'SQL'
create role lotse login password :'lotse_password'
  nosuperuser nocreatedb nocreaterole nobypassrls;
create database lotse owner lotse encoding 'UTF8' template template0;
SQL
