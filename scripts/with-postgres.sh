#!/usr/bin/env bash
# Runs a command with DATABASE_URL pointing to a throwaway PostgreSQL cluster: a temp folder, a free port, owned by
# the `postgres` user when run as root (initdb refuses root), stopped and deleted on exit, even on failure.
# With DATABASE_URL already set, runs the command against that server instead.
#   bash scripts/with-postgres.sh node --test packages/log-server/test/*.test.mjs
set -euo pipefail
if [ -n "${DATABASE_URL:-}" ]; then exec "$@"; fi

PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ ! -x "$PG_BIN/initdb" ]; then
  echo "with-postgres: no PostgreSQL server binaries found: install them (Debian: apt-get install -y postgresql) or set DATABASE_URL." >&2
  exit 1
fi
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
pg_dir=$(mktemp -d)
if [ "$(id -u)" = 0 ]; then chown postgres "$pg_dir"; fi
stop_pg() {
  as_pg "$PG_BIN/pg_ctl" -D "$pg_dir/data" stop -m fast >/dev/null 2>&1 || true
  rm -rf "$pg_dir"
}
trap stop_pg EXIT
# Interrupted (Ctrl+C, CI's timeout): exit, which runs the EXIT trap.
trap 'exit 130' INT
trap 'exit 143' TERM
pg_port=$(node -e "const s = require('node:net').createServer().listen(0, '127.0.0.1', () => { console.log(s.address().port); s.close(); })")
as_pg "$PG_BIN/initdb" -D "$pg_dir/data" -A trust -U aquao >/dev/null
as_pg "$PG_BIN/pg_ctl" -D "$pg_dir/data" -o "-p $pg_port -k $pg_dir -c listen_addresses=127.0.0.1" -l "$pg_dir/log" -w start >/dev/null
echo "with-postgres: PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$pg_port (throwaway)"
export DATABASE_URL="postgres://aquao@127.0.0.1:$pg_port/postgres"
# Not exec: the trap must run when the command ends.
"$@"
