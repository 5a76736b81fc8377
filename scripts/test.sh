#!/usr/bin/env bash
# Runs the whole test suite, as CI does: installs what the tests need when it is missing (Debian's Chromium and
# ChromeDriver, a PostgreSQL server, axe-core), runs every test on the embedded PostgreSQL 17, then runs the
# integration tests a second time against a real PostgreSQL server started on loopback.
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf '\n==> %s\n' "$*"; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

install_missing_packages() {
  local missing=()
  command -v chromium >/dev/null 2>&1 || missing+=(chromium)
  command -v chromedriver >/dev/null 2>&1 || missing+=(chromium-driver)
  ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 || missing+=(postgresql)
  fc-list 2>/dev/null | grep -qi "noto sans arabic" || missing+=(fonts-noto-core)
  if [ ${#missing[@]} -gt 0 ]; then
    log "Installing ${missing[*]} from Debian"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
}

install_browser_tools() {
  if [ ! -f src/test/browser/node_modules/axe-core/axe.min.js ]; then
    log "Installing axe-core (pinned in src/test/browser/package-lock.json)"
    npm ci --prefix src/test/browser --no-audit --no-fund >/dev/null
  fi
}

start_external_postgres() {
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  PG_DATA=$(mktemp -d /tmp/openpathways-external-pg.XXXXXX)
  PG_PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  local run=()
  if [ "$(id -u)" = 0 ]; then
    chown postgres "$PG_DATA"
    run=(runuser -u postgres --)
  fi
  "${run[@]}" "$bin/initdb" -D "$PG_DATA/data" -A trust -U postgres --encoding=UTF8 --locale=C.UTF-8 >/dev/null
  "${run[@]}" "$bin/pg_ctl" -D "$PG_DATA/data" -l "$PG_DATA/server.log" -w \
    -o "-p $PG_PORT -k $PG_DATA -c listen_addresses=127.0.0.1 -c max_connections=400 -c fsync=off -c synchronous_commit=off" \
    start >/dev/null
  PG_STOP=("${run[@]}" "$bin/pg_ctl" -D "$PG_DATA/data" -m fast -w stop)
  log "External PostgreSQL $("$bin/postgres" --version | awk '{print $3}') listening on 127.0.0.1:$PG_PORT"
}

stop_external_postgres() {
  if [ -n "${PG_STOP:-}" ]; then "${PG_STOP[@]}" >/dev/null 2>&1 || true; fi
  if [ -n "${PG_DATA:-}" ]; then rm -rf "$PG_DATA"; fi
}
trap stop_external_postgres EXIT

# Starts the built jar the way production should (scripts/production-start.sh, ADR 0021): on a Java 25 runtime when
# the machine has one, else on the default JDK; passes when the application answers ready and serves its home page.
check_production_start() {
  local java_cmd dir port db_port pid ready=false
  java_cmd="${OPENPATHWAYS_TEST_JAVA25:-$(ls -d /usr/lib/jvm/*-25*/bin/java 2>/dev/null | head -n 1 || true)}"
  java_cmd="${java_cmd:-java}"
  dir=$(mktemp -d /tmp/openpathways-production-start.XXXXXX)
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  db_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  log "Production start on $("$java_cmd" -version 2>&1 | head -n 1)"
  local args=(--openpathways.data-dir="$dir/data" --openpathways.database.embedded.port="$db_port"
    --server.port="$port" --openpathways.demo.enabled=true)
  JAVA="$java_cmd" OPENPATHWAYS_APP_DIR="$dir/app" scripts/production-start.sh prepare "${args[@]}"
  JAVA="$java_cmd" OPENPATHWAYS_APP_DIR="$dir/app" scripts/production-start.sh run "${args[@]}" >"$dir/run.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 1200); do
    if curl -fsS --max-time 2 "http://127.0.0.1:$port/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; then
      ready=true
      break
    fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  if $ready && curl -fsS --max-time 10 -o /dev/null "http://127.0.0.1:$port/"; then
    kill -TERM "$pid"
    wait "$pid" || true
    rm -rf "$dir"
  else
    kill -KILL "$pid" 2>/dev/null || true
    echo "The production start did not become ready; its log:" >&2
    tail -n 60 "$dir/run.log" >&2
    exit 1
  fi
}

install_missing_packages
install_browser_tools

log "Whole test suite on the embedded PostgreSQL 17 (build, formatting, modules, unit, integration, browser)"
./mvnw -B -ntp verify

check_production_start

start_external_postgres
log "Integration tests against the external PostgreSQL server"
OPENPATHWAYS_TEST_DATABASE_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/postgres" \
  ./mvnw -B -ntp surefire:test -Dtest.groups=integration

log "All tests passed"
