#!/usr/bin/env bash
# Start throwaway Redis and PostgreSQL servers on loopback, on free ports, with data in a
# temporary directory; print `export …` lines for their URLs. Stop them with `stop`.
#
#   eval "$(bash .ci/services.sh start)"    # exports KEYPROOF_TEST_REDIS_URL, KEYPROOF_TEST_REDIS_CLUSTER_URL,
#                                            # KEYPROOF_TEST_POSTGRES_URL, KEYPROOF_SERVICES_DIR
#
# The Redis Cluster is three masters without replicas (redis-server --cluster-enabled), slots
# spread by redis-cli --cluster create, as ElastiCache cluster mode lays them out.
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

# A port whose cluster bus port (port + 10000) is free as well.
free_cluster_port() {
  node -e "
const net = require('net');
const tryListen = (p) => new Promise((ok) => { const s = net.createServer(); s.once('error', () => ok(null)); s.listen(p, '127.0.0.1', () => ok(s)); });
(async () => {
  for (;;) {
    const port = 20000 + Math.floor(Math.random() * 30000);
    const [a, b] = [await tryListen(port), await tryListen(port + 10000)];
    a?.close(); b?.close();
    if (a && b) { console.log(port); return; }
  }
})();"
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

  local cluster_ports=() port
  for i in 1 2 3; do
    port=$(free_cluster_port)
    cluster_ports+=("$port")
    mkdir -p "$dir/cluster/$port"
    redis-server --bind 127.0.0.1 --port "$port" --dir "$dir/cluster/$port" --save '' --appendonly no \
      --cluster-enabled yes --cluster-config-file nodes.conf --cluster-node-timeout 2000 \
      --daemonize yes --pidfile "$dir/cluster/$port.pid" --logfile "$dir/cluster/$port.log" >&2
  done
  for port in "${cluster_ports[@]}"; do
    for _ in $(seq 50); do redis-cli -p "$port" ping >/dev/null 2>&1 && break; sleep 0.1; done
  done
  redis-cli --cluster create $(printf '127.0.0.1:%s ' "${cluster_ports[@]}") --cluster-replicas 0 --cluster-yes >"$dir/cluster/create.log" 2>&1 \
    || { cat "$dir/cluster/create.log" >&2; exit 1; }
  for _ in $(seq 100); do
    redis-cli -p "${cluster_ports[0]}" cluster info 2>/dev/null | grep -q 'cluster_state:ok' && break
    sleep 0.1
  done
  redis-cli -p "${cluster_ports[0]}" cluster info | grep -q 'cluster_state:ok' || { cat "$dir/cluster/create.log" >&2; exit 1; }

  local pg_bin; pg_bin=$(dirname "$(ls /usr/lib/postgresql/*/bin/initdb | sort -V | tail -1)")
  local pg_port; pg_port=$(free_port)
  local as_pg=()
  if [ "$(id -u)" = 0 ]; then as_pg=(runuser -u postgres --); fi
  mkdir -p "$dir/pg"
  [ "$(id -u)" = 0 ] && chown postgres "$dir/pg"
  "${as_pg[@]}" "$pg_bin/initdb" -D "$dir/pg/data" -U keyproof --auth=trust -E UTF8 >"$dir/pg-init.log" 2>&1 \
    || { cat "$dir/pg-init.log" >&2; exit 1; }
  "${as_pg[@]}" "$pg_bin/pg_ctl" -D "$dir/pg/data" -l "$dir/pg/server.log" -w -t 60 \
    -o "-h 127.0.0.1 -p $pg_port -k $dir/pg -F -c max_connections=300" start >&2 \
    || { cat "$dir/pg/server.log" >&2; exit 1; }
  "${as_pg[@]}" "$pg_bin/createdb" -h 127.0.0.1 -p "$pg_port" -U keyproof keyproof_test >&2

  echo "export KEYPROOF_SERVICES_DIR='$dir'"
  echo "export KEYPROOF_TEST_REDIS_URL='redis://127.0.0.1:$redis_port'"
  echo "export KEYPROOF_TEST_REDIS_CLUSTER_URL='redis+cluster://127.0.0.1:${cluster_ports[0]}'"
  echo "export KEYPROOF_TEST_POSTGRES_URL='postgres://keyproof@127.0.0.1:$pg_port/keyproof_test'"
  echo "export KEYPROOF_TEST_REDIS_SERVER='redis-server'"
  echo "export KEYPROOF_TEST_PG_BIN='$pg_bin'"
}

stop() {
  local dir="${1:-${KEYPROOF_SERVICES_DIR:-}}"
  [ -n "$dir" ] && [ -d "$dir" ] || return 0
  local pid
  for pid in "$dir/redis.pid" "$dir"/cluster/*.pid; do
    if [ -f "$pid" ]; then kill "$(cat "$pid")" 2>/dev/null || true; fi
  done
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
