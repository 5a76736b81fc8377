#!/usr/bin/env bash
# The benchmarks of issue 2, in one run: builds the application and the driver, starts the application on a fresh
# data folder (first start), loads a realistic catalogue, restarts it (restart), then compares the public catalogue
# API with plain JDBC running the same SQL, measures what public pages transfer, and prints the start times.
# See bench/README.md for what each number means and the options below.
# `bench/run.sh issue3` (or BENCH_SUITE=issue3) runs the benchmarks of issue 3 instead: a generated population of
# applications and permits, then status, submission, statistics, an extension decree and eligibility (JMH).
# `bench/run.sh issue4` runs those of issue 4: a generated population of cases, consents and referrals, then the
# provider's inbox and recording a screening.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
CONCURRENCY="${BENCH_CONCURRENCY:-8}"
WARMUP="${BENCH_WARMUP:-5}"
DURATION="${BENCH_DURATION:-20}"
PATHWAYS="${BENCH_PATHWAYS:-200}"
GZIP="${BENCH_GZIP:-false}"
HEAP="${BENCH_HEAP:-512m}"
JAVA_OPTS_APP="${BENCH_JAVA_OPTS:-}"
BUILD="${BENCH_BUILD:-true}"
CDS="${BENCH_CDS:-true}"
ROUNDS="${BENCH_ROUNDS:-4}"
CLIENT="${BENCH_CLIENT:-urlconnection}"
# `bench/run.sh issue3` (or BENCH_SUITE=issue3) runs only the benchmarks of issue 3 (see bench/README.md).
SUITE="${1:-${BENCH_SUITE:-issue2}}"
APPLICATIONS="${BENCH_APPLICATIONS:-1000000}"
PERMITS="${BENCH_PERMITS:-$APPLICATIONS}"
DRAFTS="${BENCH_DRAFTS:-60000}"
OWN="${BENCH_OWN:-20000}"
REFERRALS="${BENCH_REFERRALS:-1000000}"
PROVIDERS="${BENCH_PROVIDERS:-17}"
JIT_WARMUP="${BENCH_JIT_WARMUP:-180}"
if [[ "$SUITE" == "issue4" ]]; then
  ONLY="${BENCH_ONLY:-inbox,screening}"
else
  ONLY="${BENCH_ONLY:-status,submission,stats,decree,eligibility}"
fi
START_TARGET_MS=10000

WORK="$(mktemp -d "${TMPDIR:-/tmp}/openpathways-bench.XXXXXX")"
APP_PID=""
FAILED=()

log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

stop_app() {
  if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
    kill -TERM "$APP_PID" 2>/dev/null || true
    # A clean stop also stops the embedded PostgreSQL; give it the time a graceful shutdown may take.
    for _ in $(seq 1 600); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.1; done
    if kill -0 "$APP_PID" 2>/dev/null; then
      log "the application did not stop within 60 s; killing it"
      kill -KILL "$APP_PID" 2>/dev/null || true
    fi
    wait "$APP_PID" 2>/dev/null || true
  fi
  APP_PID=""
}

cleanup() {
  stop_app
  if [[ "${BENCH_KEEP:-false}" == "true" ]]; then
    log "kept $WORK"
  else
    rm -rf "$WORK"
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

mvn_package() {
  # Offline first (the usual case once ~/.m2 is filled), online when something is missing.
  "$ROOT/mvnw" -B -ntp -q -o "$@" || "$ROOT/mvnw" -B -ntp -q "$@"
}

APP_JAR="$ROOT/target/openpathways.jar"
BENCH_CP="$ROOT/bench/target/openpathways-bench.jar:$ROOT/bench/target/lib/*"
if [[ "$BUILD" == "true" ]]; then
  log "building the application (tests and formatting check skipped)"
  (cd "$ROOT" && mvn_package -DskipTests -Dspotless.check.skip=true package)
  # The eligibility benchmark (JMH) compiles against the application's classes: a plain jar of target/classes.
  mkdir -p "$ROOT/bench/target"
  jar cf "$ROOT/bench/target/openpathways-classes.jar" -C "$ROOT/target/classes" .
  log "building the driver"
  (cd "$ROOT" && mvn_package -f bench/pom.xml package)
fi
[[ -f "$APP_JAR" ]] || { echo "No $APP_JAR: run with BENCH_BUILD=true" >&2; exit 1; }

PORT="$(free_port)"
DB_PORT="$(free_port)"
BASE_URL="http://127.0.0.1:$PORT"
APP_ARGS=(
  "--openpathways.data-dir=$WORK/data"
  "--openpathways.database.embedded.port=$DB_PORT"
  "--server.port=$PORT"
  "--openpathways.demo.enabled=true"
  # Only unsafe API methods and form posts are rate-limited, never these GETs; raised anyway so that no run of the
  # benchmark can be measuring 429s.
  "--openpathways.rate-limit.api.capacity=100000000"
  "--openpathways.rate-limit.sign-in.capacity=100000000"
  "--spring.output.ansi.enabled=never"
)
SCRAPE_TOKEN="bench-$RANDOM$RANDOM"
if [[ "$SUITE" == "issue3" ]]; then
  # The decree benchmark samples the heap through /actuator/prometheus, which wants the scrape token.
  APP_ARGS+=("--openpathways.metrics.scrape-token=$SCRAPE_TOKEN")
fi

STARTS=()
# A whole command to start the application with (the production starts), instead of java and start_app's options.
START_COMMAND=()

# thread_cpu NAME-REGEX TICKS: CPU seconds used so far by the application's threads whose name matches.
thread_cpu() {
  local task total=0 name times
  for task in /proc/"$APP_PID"/task/*; do
    name="$(cat "$task/comm" 2>/dev/null)" || continue
    [[ "$name" =~ ^($1) ]] || continue
    # Fields after the ") " that closes the thread's name (which may hold spaces): state is 1, utime 12, stime 13.
    times="$(sed 's/.*) //' "$task/stat" 2>/dev/null | awk '{ print $12 + $13 }')" || continue
    total=$(( total + ${times:-0} ))
  done
  awk -v c="$total" -v t="$2" 'BEGIN { printf "%.1f", c / t }'
}

# start_app LABEL [java options...]: launches the application, waits until readiness answers UP, records the time.
start_app() {
  local label="$1"; shift
  local logfile="$WORK/app-${#STARTS[@]}.log"
  local begin end ms cpu ticks started main_cpu jit_cpu
  # shellcheck disable=SC2086
  begin=$(date +%s%N)
  if (( ${#START_COMMAND[@]} > 0 )); then
    "${START_COMMAND[@]}" "${APP_ARGS[@]}" >"$logfile" 2>&1 &
  else
    java -Xmx"$HEAP" $JAVA_OPTS_APP "$@" "${APP_ARGS[@]}" >"$logfile" 2>&1 &
  fi
  APP_PID=$!
  until curl -fsS --max-time 2 "$BASE_URL/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; do
    if ! kill -0 "$APP_PID" 2>/dev/null; then
      echo "The application did not start ($label); its log:" >&2
      tail -50 "$logfile" >&2
      exit 1
    fi
    sleep 0.05
  done
  end=$(date +%s%N)
  ms=$(( (end - begin) / 1000000 ))
  ticks=$(getconf CLK_TCK)
  cpu=$(awk -v t="$ticks" '{ printf "%.1f", ($14 + $15) / t }' "/proc/$APP_PID/stat")
  # Where that CPU went: the main thread (the context's start) and the JIT compiler threads.
  main_cpu=$(thread_cpu 'java$' "$ticks")
  jit_cpu=$(thread_cpu 'C[12] CompilerThre' "$ticks")
  started=$(sed -n 's/.*Started OpenPathwaysApplication in \([0-9.]*\) seconds.*/\1/p' "$logfile" | head -1)
  STARTS+=("$label|$ms|${started:-?}|$cpu|$main_cpu|$jit_cpu")
  log "$label: ready after $ms ms"
}

if [[ "$SUITE" == "issue4" ]]; then
  JDBC_URL="jdbc:postgresql://localhost:$DB_PORT/openpathways"
  log "start on a fresh data folder (demo data)"
  start_app "first start (fresh data folder, initdb)" -jar "$APP_JAR"
  log "generating $REFERRALS referrals"
  java -cp "$BENCH_CP" org.openpathways.bench.Bench generate-referrals --base-url="$BASE_URL" \
    --jdbc-url="$JDBC_URL" --jdbc-user=postgres --referrals="$REFERRALS" --providers="$PROVIDERS"
  log "issue 4: the app against plain JDBC"
  set +e
  java -cp "$BENCH_CP" org.openpathways.bench.Bench issue4 --base-url="$BASE_URL" --jdbc-url="$JDBC_URL" \
    --jdbc-user=postgres --app-jar="$APP_JAR" --concurrency="$CONCURRENCY" --warmup="$WARMUP" \
    --duration="$DURATION" --rounds="$ROUNDS" --only="$ONLY" --app-pid="$APP_PID" --jit-warmup="$JIT_WARMUP" \
    | tee "$WORK/issue4.txt"
  ISSUE4_RC=${PIPESTATUS[0]}
  set -e
  (( ISSUE4_RC == 0 )) || FAILED+=("issue 4 comparisons")
  stop_app
  echo
  echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
  if (( ${#FAILED[@]} > 0 )); then
    echo "targets missed: ${FAILED[*]}"
    exit 3
  fi
  echo "all targets met"
  exit 0
fi

if [[ "$SUITE" == "issue3" ]]; then
  JDBC_URL="jdbc:postgresql://localhost:$DB_PORT/openpathways"
  ISSUE3_RC=0
  if [[ ",$ONLY," =~ ,(status|submission|stats|decree), ]]; then
    log "start on a fresh data folder (demo data)"
    start_app "first start (fresh data folder, initdb)" -jar "$APP_JAR"
    log "generating $APPLICATIONS applications and $PERMITS permits"
    java -cp "$BENCH_CP" org.openpathways.bench.Bench generate --base-url="$BASE_URL" --jdbc-url="$JDBC_URL" \
      --jdbc-user=postgres --applications="$APPLICATIONS" --permits="$PERMITS" --drafts="$DRAFTS" --own="$OWN"
    log "issue 3: the app against plain JDBC and hand-written SQL"
    set +e
    java -cp "$BENCH_CP" org.openpathways.bench.Bench issue3 --base-url="$BASE_URL" --jdbc-url="$JDBC_URL" \
      --jdbc-user=postgres --concurrency="$CONCURRENCY" --warmup="$WARMUP" --duration="$DURATION" \
      --rounds="$ROUNDS" --only="$ONLY" --scrape-token="$SCRAPE_TOKEN" --app-pid="$APP_PID" \
      --jit-warmup="$JIT_WARMUP" | tee "$WORK/issue3.txt"
    ISSUE3_RC=${PIPESTATUS[0]}
    set -e
    (( ISSUE3_RC == 0 )) || FAILED+=("issue 3 comparisons")
    # The decree's holders are told one by one after it commits; stopping the application ends that.
    stop_app
  fi
  if [[ ",$ONLY," == *,eligibility,* ]]; then
    log "eligibility: the rule set against hand-written Java (JMH, one thread)"
    APP_LIB="$WORK/app-lib"
    java -Djarmode=tools -jar "$APP_JAR" extract --destination "$APP_LIB" >"$WORK/extract-lib.log" 2>&1
    set +e
    java -cp "$ROOT/bench/target/openpathways-bench.jar:$ROOT/bench/target/lib/*:$ROOT/target/classes:$APP_LIB/lib/*" \
      org.openpathways.bench.EligibilityReport \
      -f "${BENCH_JMH_FORKS:-1}" -wi "${BENCH_JMH_WARMUPS:-3}" -i "${BENCH_JMH_ITERATIONS:-5}" -w 2s -r 3s -t 1 \
      -rf json -rff "$WORK/jmh.json" 'org.openpathways.bench.EligibilityBenchmark'
    ELIGIBILITY_RC=$?
    set -e
    (( ELIGIBILITY_RC == 0 )) || FAILED+=("eligibility")
  fi
  echo
  echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
  if (( ${#FAILED[@]} > 0 )); then
    missed="${FAILED[0]}"
    for target in "${FAILED[@]:1}"; do missed+="; $target"; done
    echo "targets missed: $missed"
    exit 3
  fi
  echo "all targets met"
  exit 0
fi

# ---- First start: fresh data folder (initdb, migrations, key ring, demo data) ----
log "first start on a fresh data folder"
start_app "first start (fresh data folder, initdb)" -jar "$APP_JAR"
stop_app

# ---- Data: the demo's eight pathways plus generated ones, through the catalogue facade ----
# The demo loader reads every classpath*:pathways/demo/*.json document, checks it strictly and saves and publishes it
# through PathwayCatalogue (audited, cache invalidated by event), so generated documents go the supported way too.
EXTRA="$WORK/extra"
mkdir -p "$EXTRA/pathways/demo"
mapfile -t DEMO_DOCS < <(ls "$ROOT"/src/main/resources/pathways/demo/*.json)
EXTRA_COUNT=$(( PATHWAYS > ${#DEMO_DOCS[@]} ? PATHWAYS - ${#DEMO_DOCS[@]} : 0 ))
for (( i = 1; i <= EXTRA_COUNT; i++ )); do
  doc="${DEMO_DOCS[$(( (i - 1) % ${#DEMO_DOCS[@]} ))]}"
  n=$(printf '%03d' "$i")
  code="$(basename "$doc" .json)-b$n"
  sed -e "0,/^  \"code\": \"[a-z0-9-]*\",/s//  \"code\": \"$code\",/" \
      -e "s/^\(      \"title\": \"[^\"]*\)\"/\1 ($n)\"/" \
      "$doc" >"$EXTRA/pathways/demo/$code.json"
done
if (( EXTRA_COUNT > 0 )); then
  log "loading $EXTRA_COUNT generated pathways (start with the documents on the class path)"
  start_app "data load ($EXTRA_COUNT pathways, no target)" \
    -Dloader.path="$EXTRA" -cp "$APP_JAR" org.springframework.boot.loader.launch.PropertiesLauncher
  stop_app
fi

# ---- Restart on the existing data folder with plain `java -jar`; this instance is then measured under load ----
# The 10 s target applies to the recommended production start below (to this one only when BENCH_CDS=false).
log "restart on the existing data folder"
start_app "restart, java -jar (existing data folder)" -jar "$APP_JAR"

FIRST_CODE="$(curl -fsS "$BASE_URL/api/v1/pathways?size=1" | sed -n 's/.*"items":\[{"code":"\([a-z0-9-]*\)".*/\1/p')"

log "load: app against JDBC baseline"
set +e
java -cp "$BENCH_CP" org.openpathways.bench.Bench load \
  --base-url="$BASE_URL" \
  --jdbc-url="jdbc:postgresql://localhost:$DB_PORT/openpathways" \
  --jdbc-user=postgres \
  --app-jar="$APP_JAR" \
  --concurrency="$CONCURRENCY" --warmup="$WARMUP" --duration="$DURATION" --rounds="$ROUNDS" \
  --gzip="$GZIP" --client="$CLIENT"
LOAD_RC=$?
log "page weight"
java -cp "$BENCH_CP" org.openpathways.bench.Bench weight \
  --base-url="$BASE_URL" \
  --pages="/,/pathways,/pathways/$FIRST_CODE,/login,/register,/privacy,/accessibility"
WEIGHT_RC=$?
set -e
(( LOAD_RC == 0 )) || FAILED+=("catalogue throughput")
(( WEIGHT_RC == 0 )) || FAILED+=("page weight")
[[ -n "$FIRST_CODE" ]] || FAILED+=("no published pathway")

stop_app

# ---- The recommended production start (README, "Running in production"; scripts/production-start.sh): the
# extracted jar with a start cache made by a training run, and the serial collector. With the default JDK (17) the
# cache is a class data sharing archive; with a Java 25 runtime (BENCH_JAVA25, found under /usr/lib/jvm when not
# set) an AOT cache, and the 10 s target applies to that start ----
JAVA25="${BENCH_JAVA25-$(ls -d /usr/lib/jvm/*-25*/bin/java 2>/dev/null | head -1 || true)}"
production_start() {
  local label="$1" java_cmd="$2" dir="$WORK/production-$3"
  log "restart, production start on $label (training run first)"
  JAVA="$java_cmd" JAVA_OPTS="-Xmx$HEAP -XX:+UseSerialGC $JAVA_OPTS_APP" OPENPATHWAYS_JAR="$APP_JAR" \
    OPENPATHWAYS_APP_DIR="$dir" "$ROOT/scripts/production-start.sh" prepare "${APP_ARGS[@]}"
  START_COMMAND=(env JAVA="$java_cmd" JAVA_OPTS="-Xmx$HEAP -XX:+UseSerialGC $JAVA_OPTS_APP" OPENPATHWAYS_JAR="$APP_JAR" \
    OPENPATHWAYS_APP_DIR="$dir" "$ROOT/scripts/production-start.sh" run)
  start_app "restart, production start ($label)"
  START_COMMAND=()
  stop_app
}
if [[ "$CDS" == "true" ]]; then
  production_start "Java 17, CDS" java java17
  if [[ -n "$JAVA25" && -x "$JAVA25" ]]; then
    production_start "Java 25, AOT cache" "$JAVA25" java25
  fi
fi

echo
printf '%-44s %9s %10s %8s %8s %8s  %s\n' "start (-Xmx$HEAP${JAVA_OPTS_APP:+ $JAVA_OPTS_APP})" "ready ms" \
  "Started s" "CPU s" "main s" "JIT s" "result"
# The target applies to the recommended production start: on Java 25 when this machine has it (ADR 0021).
if [[ "$CDS" != "true" ]]; then
  TARGET_START="restart, java -jar"
elif [[ -n "$JAVA25" && -x "$JAVA25" ]]; then
  TARGET_START="restart, production start (Java 25, AOT cache)"
else
  TARGET_START="restart, production start (Java 17, CDS)"
fi
for start in "${STARTS[@]}"; do
  IFS='|' read -r label ms started cpu main_cpu jit_cpu <<<"$start"
  result="-"
  if [[ "$label" == "$TARGET_START"* ]]; then
    if (( ms <= START_TARGET_MS )); then
      result="PASS (<= 10 s)"
    else
      result="FAIL (> 10 s)"
      FAILED+=("${label%% (*}")
    fi
  fi
  printf '%-44s %9s %10s %8s %8s %8s  %s\n' "$label" "$ms" "$started" "$cpu" "$main_cpu" "$jit_cpu" "$result"
done
echo
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
if (( ${#FAILED[@]} > 0 )); then
  missed="${FAILED[0]}"
  for target in "${FAILED[@]:1}"; do missed+="; $target"; done
  echo "targets missed: $missed"
  exit 3
fi
echo "all targets met"
