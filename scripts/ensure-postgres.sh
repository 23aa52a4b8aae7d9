#!/usr/bin/env bash
# Starts (installing it first when missing) a throw-away PostgreSQL cluster on 127.0.0.1 for the tests, with a
# database for them, and prints its URL: export TEST_DATABASE_URL="$(bash scripts/ensure-postgres.sh)".
# Sourced (. scripts/ensure-postgres.sh), it exports TEST_DATABASE_URL itself. Idempotent: a running cluster is reused.
# Settings: ECE_DOCTOR_TEST_PG_PORT (55432), ECE_DOCTOR_TEST_PG_DIR (/tmp/ece-oauth-doctor-pg-$PORT).
ensure_postgres() (
set -euo pipefail
port="${ECE_DOCTOR_TEST_PG_PORT:-55432}"
dir="${ECE_DOCTOR_TEST_PG_DIR:-/tmp/ece-oauth-doctor-pg-$port}"
database=ece_oauth_doctor_test
secret_file="$dir.secret"
log() { echo "ensure-postgres: $*" >&2; }

find_bin() {
  local found
  found="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
  if [ -n "$found" ] && [ -x "$found/initdb" ]; then echo "$found"; return; fi
  if command -v initdb >/dev/null 2>&1; then dirname "$(command -v initdb)"; fi
}

bin="$(find_bin)"
if [ -z "$bin" ]; then
  if [ "$(id -u)" -ne 0 ]; then
    log "PostgreSQL is missing: run 'sudo apt-get install -y postgresql', or set TEST_DATABASE_URL."
    exit 1
  fi
  log "installing PostgreSQL from Debian's packages"
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
  bin="$(find_bin)"
  [ -n "$bin" ] || { log "PostgreSQL installed but initdb not found"; exit 1; }
fi

# The server refuses to run as root: as root, the cluster belongs to the postgres user.
if [ "$(id -u)" -eq 0 ]; then
  owner=postgres
  id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
  as_owner() { runuser -u postgres -- "$@"; }
else
  owner="$(id -un)"
  as_owner() { "$@"; }
fi

if [ ! -s "$secret_file" ]; then
  (umask 077; head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n' > "$secret_file")
fi
password="$(cat "$secret_file")"
url="postgres://postgres:${password}@127.0.0.1:${port}/${database}"

ready() { "$bin/pg_isready" -q -h 127.0.0.1 -p "$port" -d postgres; }
run_psql() { PGPASSWORD="$password" "$bin/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres "$@"; }

if ready && run_psql -d postgres -tAc "SELECT 1" >/dev/null 2>&1; then
  :
else
  if [ ! -f "$dir/data/PG_VERSION" ]; then
    log "creating a cluster in $dir (port $port)"
    mkdir -p "$dir"
    chown "$owner" "$dir"
    chmod 700 "$dir"
    pwfile="$dir/pwfile"
    (umask 077; printf '%s\n' "$password" > "$pwfile")
    chown "$owner" "$pwfile"
    as_owner "$bin/initdb" -D "$dir/data" -U postgres --pwfile="$pwfile" --auth-host=scram-sha-256 --auth-local=peer -E UTF8 --locale=C.UTF-8 >/dev/null 2>&1 \
      || as_owner "$bin/initdb" -D "$dir/data" -U postgres --pwfile="$pwfile" --auth-host=scram-sha-256 --auth-local=peer -E UTF8 --no-locale >&2
    rm -f "$pwfile"
  fi
  log "starting PostgreSQL on 127.0.0.1:$port"
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=$dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >&2 \
    || { tail -n 20 "$dir/server.log" >&2 || true; exit 1; }
  for _ in $(seq 1 50); do ready && break; sleep 0.2; done
fi

if [ "$(run_psql -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$database'")" != "1" ]; then
  run_psql -d postgres -c "CREATE DATABASE $database" >/dev/null
fi
echo "$url"
)

if [ "${BASH_SOURCE[0]}" != "$0" ]; then
  TEST_DATABASE_URL="$(ensure_postgres)" && export TEST_DATABASE_URL
else
  ensure_postgres
fi
