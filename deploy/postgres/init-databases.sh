#!/bin/sh
# Creates one database and one owner role per service (each service owns its data):
#   policy_ingest owned by policy_ingest, policy_alert owned by policy_alert.
# Run once by the postgres image on an empty data volume (/docker-entrypoint-initdb.d/).
# Passwords come from the environment (POLICY_INGEST_DB_PASSWORD, POLICY_ALERT_DB_PASSWORD) and reach SQL as psql
# variables (:'name' quotes them), so no password is ever spliced into SQL text.
set -eu

: "${POLICY_INGEST_DB_PASSWORD:?POLICY_INGEST_DB_PASSWORD is required}"
: "${POLICY_ALERT_DB_PASSWORD:?POLICY_ALERT_DB_PASSWORD is required}"

psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "${POSTGRES_DB:-$POSTGRES_USER}" \
     -v ingest_password="$POLICY_INGEST_DB_PASSWORD" \
     -v alert_password="$POLICY_ALERT_DB_PASSWORD" <<'SQL'
CREATE ROLE policy_ingest LOGIN PASSWORD :'ingest_password';
CREATE DATABASE policy_ingest OWNER policy_ingest ENCODING 'UTF8';
REVOKE ALL ON DATABASE policy_ingest FROM PUBLIC;

CREATE ROLE policy_alert LOGIN PASSWORD :'alert_password';
CREATE DATABASE policy_alert OWNER policy_alert ENCODING 'UTF8';
REVOKE ALL ON DATABASE policy_alert FROM PUBLIC;
SQL

# PostgreSQL 15+ no longer lets every role create objects in "public": give it to each database's owner.
for db in policy_ingest policy_alert; do
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$db" \
       -c "ALTER SCHEMA public OWNER TO $db;"
done
