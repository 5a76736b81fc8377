#!/usr/bin/env bash
# Starts OpenPathways the way production should (README, "Running in production"; ADR 0021): from the extracted jar,
# with what the start needs prepared ahead of time, and the serial collector (right for a heap of about 512 MB).
#
#   scripts/production-start.sh prepare [application arguments...]   extract the jar and make the start cache
#   scripts/production-start.sh run [application arguments...]       start (preparing first when needed)
#
# On a Java 25 (or newer) runtime the start cache is an AOT cache (JEPs 483, 514 and 515: classes loaded and linked
# ahead of time, with method profiles), which makes the application ready in about 8 to 9 s on two cores; on Java 17
# to 24 it is a class data sharing archive (10 to 11.5 s). The cache is made by a training run that starts the
# application with the same arguments (so against the same database), refreshes it and exits; it is made again
# whenever the jar or the runtime changes. The application itself is built for Java 17 and runs on either.
#
# Settings: JAVA (default: $JAVA_HOME/bin/java, else java), JAVA_OPTS (default: -Xmx512m -XX:+UseSerialGC),
# OPENPATHWAYS_JAR (default: target/openpathways.jar), OPENPATHWAYS_APP_DIR (default: app).
set -euo pipefail

MODE="${1:-}"
case "$MODE" in
  prepare | run) shift ;;
  *)
    echo "usage: $0 prepare|run [application arguments...]" >&2
    exit 2
    ;;
esac

if [[ -n "${JAVA:-}" ]]; then
  java_cmd="$JAVA"
elif [[ -n "${JAVA_HOME:-}" ]]; then
  java_cmd="$JAVA_HOME/bin/java"
else
  java_cmd=java
fi
read -r -a java_opts <<<"${JAVA_OPTS:--Xmx512m -XX:+UseSerialGC}"
jar="${OPENPATHWAYS_JAR:-target/openpathways.jar}"
app_dir="${OPENPATHWAYS_APP_DIR:-app}"
[[ -f "$jar" ]] || { echo "No $jar: build it first (./mvnw -DskipTests package)" >&2; exit 1; }

feature=$("$java_cmd" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p')
if (( ${feature%%.*} >= 25 )); then
  cache="$app_dir/openpathways.aot"
  train_opts=("-XX:AOTCacheOutput=$cache")
  run_opts=("-XX:AOTCache=$cache")
else
  cache="$app_dir/openpathways.jsa"
  train_opts=("-XX:ArchiveClassesAtExit=$cache")
  run_opts=("-XX:SharedArchiveFile=$cache")
fi

# What the cache was made from: the jar (size and time), the runtime and the JVM options (a cache made with one
# collector is refused by a JVM started with another).
stamp="$(stat -c '%s %Y' "$jar") $("$java_cmd" -version 2>&1 | tr '\n' ' ') ${java_opts[*]}"

prepare() {
  rm -rf "$app_dir"
  "$java_cmd" -Djarmode=tools -jar "$jar" extract --destination "$app_dir" >/dev/null
  echo "Training run on Java $feature (starts the application once, then exits)" >&2
  "$java_cmd" "${java_opts[@]}" "${train_opts[@]}" -Dspring.context.exit=onRefresh \
    -jar "$app_dir/openpathways.jar" "$@" >"$app_dir/training.log" 2>&1 || {
    echo "The training run failed; see $app_dir/training.log" >&2
    exit 1
  }
  [[ -f "$cache" ]] || { echo "The training run made no $cache; see $app_dir/training.log" >&2; exit 1; }
  printf '%s\n' "$stamp" >"$app_dir/prepared-from"
}

if [[ "$MODE" == prepare || ! -f "$cache" || "$(cat "$app_dir/prepared-from" 2>/dev/null)" != "$stamp" ]]; then
  prepare "$@"
fi
if [[ "$MODE" == run ]]; then
  exec "$java_cmd" "${java_opts[@]}" "${run_opts[@]}" -jar "$app_dir/openpathways.jar" "$@"
fi
