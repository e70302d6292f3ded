#!/usr/bin/env bash
# Cold start: the time from the launch of the application server's JVM to the API's first answer, and
# the server's resident memory then and after 200 calls. Starts the whole system with the run command
# (its embedded PostgreSQL and demo data, already migrated by an earlier start), measures, and stops it.
#
# From the repository root, after a build (mvn -B -DskipTests install):  perf/cold-start.sh
# The server's JVM options are the run command's (ear/src/test/java/.../DemoSystem.java), or JAVA_OPTS.
# MAVEN_ARGS is given to the run command's build, e.g. MAVEN_ARGS=-Dlibrary.indexes.skip=true packages
# the EAR without its libraries' annotation indexes, to compare.
set -euo pipefail
URL=${URL:-http://127.0.0.1:8080/api/v1/bodies}
LOG=$(mktemp)
mvn -o -B -Prun verify -DskipTests -pl ear ${MAVEN_ARGS:-} > "$LOG" 2>&1 &
MAVEN=$!
pid=""
stop() {
  kill -TERM "$MAVEN" 2>/dev/null || true
  if [ -n "$pid" ]; then
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 300); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
  fi
}
trap stop EXIT

for _ in $(seq 1800); do
  pid=$(pgrep -f 'jboss-modules.jar.*var/wildfly' | head -1 || true)
  [ -n "$pid" ] && break
  sleep 0.1
done
[ -n "$pid" ] || { echo "the server did not start; see $LOG" >&2; exit 1; }
launched=$(date +%s%N)
for _ in $(seq 1200); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$URL")" = 200 ] && break
  sleep 0.1
done
ready=$(date +%s%N)
rss_ready=$(ps -o rss= -p "$pid")
for _ in $(seq 200); do curl -s -o /dev/null "$URL"; done
rss_warm=$(ps -o rss= -p "$pid")
boot=$(grep 'WFLYSRV0025' var/wildfly/log/server.log | tail -1 | sed 's/.*started in \([0-9]*\)ms.*/\1/')

printf '| measure | value |\n|---|---:|\n'
awk -v ns=$((ready - launched)) 'BEGIN { printf "| JVM launched to the API answering | %.1f s |\n", ns / 1e9 }'
awk -v ms="$boot" 'BEGIN { printf "| WildFly boot with the deployment (its own log) | %.1f s |\n", ms / 1000 }'
printf '| resident memory when it first answers | %d MB |\n' $((rss_ready / 1024))
printf '| resident memory after 200 calls | %d MB |\n' $((rss_warm / 1024))
