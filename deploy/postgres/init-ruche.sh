#!/bin/sh
# Run by the postgres image on the first start of an empty volume (/docker-entrypoint-initdb.d), as the
# superuser: creates the role Ruche connects as, its database and the extensions (see the SQL file).
set -eu
: "${RUCHE_DB_PASSWORD:?set RUCHE_DB_PASSWORD}"
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres -v app_password="$RUCHE_DB_PASSWORD" -f /ruche-sql/create-app-role.sql
