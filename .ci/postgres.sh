#!/usr/bin/env bash
# A local PostgreSQL server for the database tests.
#
#   . .ci/postgres.sh        # (sourced) exports NEWS_EXTRACTOR_TEST_PG_URL
#   bash .ci/postgres.sh     # prints the URL
#
# Installs Debian's postgresql when it is missing (needs root), starts a
# cluster on localhost, and creates a role and a database for the tests (the
# role may create databases: each test gets a fresh one). Safe to run again.
# Settings: PGPORT (default: the cluster's port), NEWS_PG_USER/NEWS_PG_PASSWORD/
# NEWS_PG_DB (default news_test/news_test/news_test).

_news_pg_main() {
    local user="${NEWS_PG_USER:-news_test}" password="${NEWS_PG_PASSWORD:-news_test}" db="${NEWS_PG_DB:-news_test}"
    local as_postgres=(runuser -u postgres --)
    [ "$(id -u)" = 0 ] || as_postgres=(sudo -u postgres)

    if ! command -v pg_lsclusters >/dev/null 2>&1; then
        echo "postgres.sh: installing Debian's postgresql" >&2
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -q >/dev/null || return 1
        apt-get install -y -q postgresql >/dev/null || return 1
    fi

    local version cluster port status
    read -r version cluster port status _ < <(pg_lsclusters --no-header | head -n 1) || true
    if [ -z "${version:-}" ]; then
        version="$(ls /usr/lib/postgresql | sort -V | tail -n 1)"
        cluster=main
        echo "postgres.sh: creating cluster $version/$cluster" >&2
        pg_createcluster "$version" "$cluster" >/dev/null || return 1
        read -r version cluster port status _ < <(pg_lsclusters --no-header | head -n 1) || return 1
    fi
    if [ "$status" != online ]; then
        echo "postgres.sh: starting cluster $version/$cluster on port $port" >&2
        pg_ctlcluster "$version" "$cluster" start || return 1
    fi
    local i
    for i in $(seq 1 30); do
        pg_isready -q -h localhost -p "$port" && break
        sleep 1
    done
    pg_isready -q -h localhost -p "$port" || { echo "postgres.sh: server not ready on port $port" >&2; return 1; }

    local psql=("${as_postgres[@]}" psql -q -v ON_ERROR_STOP=1 -p "$port" -d postgres)
    if [ "$("${psql[@]}" -tAc "SELECT 1 FROM pg_roles WHERE rolname = '$user'")" != 1 ]; then
        "${psql[@]}" -c "CREATE ROLE \"$user\" LOGIN CREATEDB PASSWORD '$password'" || return 1
    fi
    if [ "$("${psql[@]}" -tAc "SELECT 1 FROM pg_database WHERE datname = '$db'")" != 1 ]; then
        "${psql[@]}" -c "CREATE DATABASE \"$db\" OWNER \"$user\"" || return 1
    fi
    NEWS_EXTRACTOR_TEST_PG_URL="postgresql+psycopg://$user:$password@localhost:$port/$db"
    export NEWS_EXTRACTOR_TEST_PG_URL
}

if [ "${BASH_SOURCE[0]}" != "$0" ]; then
    # sourced: a failure fails the caller (CI must not silently skip the PostgreSQL tests)
    _news_pg_main || { echo "postgres.sh: could not start PostgreSQL" >&2; return 1; }
    echo "postgres.sh: NEWS_EXTRACTOR_TEST_PG_URL=$NEWS_EXTRACTOR_TEST_PG_URL" >&2
else
    set -euo pipefail
    _news_pg_main
    echo "$NEWS_EXTRACTOR_TEST_PG_URL"
fi
