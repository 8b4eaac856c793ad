#!/bin/sh
# Creates Temporal's two databases and brings their schemas to the version the admin-tools image
# ships, with Temporal's own temporal-sql-tool. Every step is safe to rerun: an existing database is
# kept, and update-schema applies only the versions a database lacks (so a newer image upgrades it).
set -eu

: "${POSTGRES_SEEDS:?the Temporal database host}"
: "${SQL_PASSWORD:?the Temporal database password}"
user="${POSTGRES_USER:-temporal}"
port="${DB_PORT:-5432}"
schemas=/etc/temporal/schema/postgresql/v12

sql_tool() {
  temporal-sql-tool --plugin postgres12 --ep "$POSTGRES_SEEDS" -p "$port" -u "$user" "$@"
}

for database in temporal temporal_visibility; do
  case "$database" in
    temporal) dir="$schemas/temporal/versioned" ;;
    *) dir="$schemas/visibility/versioned" ;;
  esac
  echo "schema of $database: from $dir"
  sql_tool --db "$database" create || echo "$database: kept the existing database"
  sql_tool --db "$database" setup-schema -v 0.0
  sql_tool --db "$database" update-schema -d "$dir"
done
echo 'Temporal schema is up to date'
