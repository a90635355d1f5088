#!/usr/bin/env bash
# Start throwaway Redis and PostgreSQL servers on loopback, on free ports, with data in a
# temporary directory; print `export …` lines for their URLs. Stop them with `stop`.
#
#   eval "$(bash .ci/services.sh start)"    # exports KEYPROOF_TEST_REDIS_URL, KEYPROOF_TEST_POSTGRES_URL, KEYPROOF_SERVICES_DIR
#   bash .ci/services.sh stop "$KEYPROOF_SERVICES_DIR"
set -euo pipefail

install_packages() {
  local missing=()
  command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
  ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
  if [ ${#missing[@]} -gt 0 ]; then
    echo "installing ${missing[*]}" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
  fi
}

free_port() {
  node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"
}

start() {
  install_packages
  local dir; dir=$(mktemp -d /tmp/keyproof-services.XXXXXX)
  chmod 755 "$dir"

  local redis_port; redis_port=$(free_port)
  mkdir -p "$dir/redis"
  redis-server --bind 127.0.0.1 --port "$redis_port" --dir "$dir/redis" --save '' --appendonly no \
    --daemonize yes --pidfile "$dir/redis.pid" --logfile "$dir/redis.log" >&2
  for _ in $(seq 50); do redis-cli -p "$redis_port" ping >/dev/null 2>&1 && break; sleep 0.1; done
  redis-cli -p "$redis_port" ping >/dev/null || { cat "$dir/redis.log" >&2; exit 1; }

  local pg_bin; pg_bin=$(dirname "$(ls /usr/lib/postgresql/*/bin/initdb | sort -V | tail -1)")
  local pg_port; pg_port=$(free_port)
  local as_pg=()
  if [ "$(id -u)" = 0 ]; then as_pg=(runuser -u postgres --); fi
  mkdir -p "$dir/pg"
  [ "$(id -u)" = 0 ] && chown postgres "$dir/pg"
  "${as_pg[@]}" "$pg_bin/initdb" -D "$dir/pg/data" -U keyproof --auth=trust -E UTF8 >"$dir/pg-init.log" 2>&1 \
    || { cat "$dir/pg-init.log" >&2; exit 1; }
  "${as_pg[@]}" "$pg_bin/pg_ctl" -D "$dir/pg/data" -l "$dir/pg/server.log" -w -t 60 \
    -o "-h 127.0.0.1 -p $pg_port -k $dir/pg -F" start >&2 \
    || { cat "$dir/pg/server.log" >&2; exit 1; }
  "${as_pg[@]}" "$pg_bin/createdb" -h 127.0.0.1 -p "$pg_port" -U keyproof keyproof_test >&2

  echo "export KEYPROOF_SERVICES_DIR='$dir'"
  echo "export KEYPROOF_TEST_REDIS_URL='redis://127.0.0.1:$redis_port'"
  echo "export KEYPROOF_TEST_POSTGRES_URL='postgres://keyproof@127.0.0.1:$pg_port/keyproof_test'"
  echo "export KEYPROOF_TEST_REDIS_SERVER='redis-server'"
  echo "export KEYPROOF_TEST_PG_BIN='$pg_bin'"
}

stop() {
  local dir="${1:-${KEYPROOF_SERVICES_DIR:-}}"
  [ -n "$dir" ] && [ -d "$dir" ] || return 0
  if [ -f "$dir/redis.pid" ]; then kill "$(cat "$dir/redis.pid")" 2>/dev/null || true; fi
  local pg_bin; pg_bin=$(dirname "$(ls /usr/lib/postgresql/*/bin/pg_ctl | sort -V | tail -1)")
  local as_pg=()
  if [ "$(id -u)" = 0 ]; then as_pg=(runuser -u postgres --); fi
  [ -d "$dir/pg/data" ] && "${as_pg[@]}" "$pg_bin/pg_ctl" -D "$dir/pg/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}

case "${1:-}" in
  start) start ;;
  stop) stop "${2:-}" ;;
  *) echo "usage: services.sh start | stop DIR" >&2; exit 2 ;;
esac
