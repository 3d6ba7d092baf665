#!/bin/bash
# Runs once, when PostgreSQL creates its data directory: one login role and one database per service, each
# database owned by its service's role (names and passwords from the Secrets fraudlink-<service>-db).
set -euo pipefail

create_database() { # role password database
    psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
        -v role="$1" -v password="$2" -v database="$3" <<'SQL'
CREATE ROLE :"role" LOGIN PASSWORD :'password';
CREATE DATABASE :"database" OWNER :"role";
REVOKE ALL ON DATABASE :"database" FROM PUBLIC;
SQL
}

create_database "$REGISTRY_DB_USER" "$REGISTRY_DB_PASSWORD" fraudlink_registry
create_database "$CASES_DB_USER" "$CASES_DB_PASSWORD" fraudlink_cases
create_database "$ALERTS_DB_USER" "$ALERTS_DB_PASSWORD" fraudlink_alerts
