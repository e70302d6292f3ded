#!/usr/bin/env bash
# Filing under load, side by side with its two baselines, in one run on one PostgreSQL:
#   1. citizens filing requests over HTTP on the whole system (Gatling; closed model: each client files,
#      waits for the answer and files again), at rising concurrency;
#   2. the same BPMN procedure started on a bare Camunda engine configured like the server's (the
#      product's overhead is the difference), in a database of its own on the same PostgreSQL;
#   3. pgbench's standard transaction on that PostgreSQL (the database's own limit).
# Then checks that every acknowledged filing is stored with its running procedure, and stops everything.
#
# From the repository root, after a build (mvn -B -DskipTests install):  perf/filing-load.sh
# Settings: LEVELS (concurrency levels, default "1 8 16 32"), SECONDS_EACH (default 30), WARMUP (default 20),
# JAVA_OPTS (the server's JVM options; default the run command's). Needs pgbench and psql
# (apt-get install postgresql-client postgresql-contrib). The system runs from perf/target/filing-load
# (its own database, started afresh with the demo data) on ports 8090 (HTTP), 25432 (PostgreSQL),
# 10090 (management), 2526 and 8026 (mail catcher), so that it does not disturb a running demo.
set -euo pipefail
cd "$(dirname "$0")/.."
LEVELS=${LEVELS:-"1 8 16 32"}
SECONDS_EACH=${SECONDS_EACH:-30}
WARMUP=${WARMUP:-20}
WORK=$PWD/perf/target/filing-load
BASE=http://127.0.0.1:8090
export ACCESINFO_HTTP_PORT=8090 ACCESINFO_DB_PORT=25432 ACCESINFO_SMTP_PORT=2526 ACCESINFO_MAIL_PAGE_PORT=8026
export JAVA_OPTS=${JAVA_OPTS:-"-Xms256m -Xmx1g -XX:GCTimeRatio=4 -Djava.net.preferIPv4Stack=true"}
JAVA_OPTS="$JAVA_OPTS -Djboss.management.http.port=10090"
export PGHOST=127.0.0.1 PGPORT=25432 PGUSER=postgres PGPASSWORD=postgres
for tool in pgbench psql; do
  command -v $tool > /dev/null || { echo "$tool is missing: apt-get install postgresql-client postgresql-contrib" >&2; exit 1; }
done

rm -rf "$WORK"
mkdir -p "$WORK"
echo "Starting the system (log: $WORK/system.log)"
mvn -o -B -Prun verify -DskipTests -pl ear -Daccesinfo.home="$WORK" > "$WORK/system.log" 2>&1 &
MAVEN=$!
stop() {
  local pid
  pid=$(pgrep -f "jboss-modules.jar.*$WORK" | head -1 || true)
  kill -TERM "$MAVEN" 2>/dev/null || true
  if [ -n "$pid" ]; then
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 300); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
  fi
  wait "$MAVEN" 2>/dev/null || true
}
trap stop EXIT
for _ in $(seq 600); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/api/v1/bodies")" = 200 ] && break
  kill -0 "$MAVEN" 2>/dev/null || { echo "the system stopped; see $WORK/system.log" >&2; exit 1; }
  sleep 1
done
# The demo data is loaded just after the API first answers: wait for its citizens.
for _ in $(seq 120); do
  [ "$(psql -d accesinfo -tAc "select count(*) from account where email like '%@demo.accesinfo.ma'" 2>/dev/null || echo 0)" -ge 2 ] && break
  sleep 1
done
mvn -o -B -q -Pbenchmarks -pl perf test-compile

gatling() { # users seconds log
  mvn -o -B -Pbenchmarks -pl perf gatling:test -Dbase="$BASE" -Dusers="$1" -Dseconds="$2" > "$3" 2>&1 \
    || { echo "Gatling failed; see $3" >&2; exit 1; }
}
column() { # log label column -> a figure of Gatling's summary table (2 all, 3 OK, 4 KO), without separators
  grep -m1 -- "> $2" "$1" | awk -F'|' -v c="$3" '{ gsub(/[ ,]/, "", $c); print $c }'
}
stat() { column "$1" "$2" 3; }
errors() { column "$1" 'request count' 4; }

echo "Warming up over HTTP ($WARMUP s, 8 clients)"
gatling 8 "$WARMUP" "$WORK/gatling-warmup.log"
declare -A HTTP
for u in $LEVELS; do
  echo "Filing over HTTP: $u clients, $SECONDS_EACH s"
  log="$WORK/gatling-$u.log"
  gatling "$u" "$SECONDS_EACH" "$log"
  HTTP[$u]="$(stat "$log" 'mean throughput') $(stat "$log" 'response time 50th percentile') $(stat "$log" 'response time 95th percentile') $(stat "$log" 'response time 99th percentile') $(stat "$log" 'max response time') $(errors "$log")"
done
ok=$(for log in "$WORK"/gatling-*.log; do stat "$log" 'request count'; done | awk '{ s += $1 } END { print s }')
stored=$(psql -d accesinfo -tAc "select count(*) from information_request where subject like 'Budget d''entretien des routes 2025 n°%' or subject like 'ميزانية صيانة الطرق لسنة 2025 رقم%'")
running=$(psql -d accesinfo -tAc "select count(*) from information_request r join act_ru_execution e on e.business_key_ = r.reference and e.parent_id_ is null where r.subject like 'Budget d''entretien des routes 2025 n°%' or r.subject like 'ميزانية صيانة الطرق لسنة 2025 رقم%'")

echo "The same procedure on a bare engine"
users=$(echo $LEVELS | tr ' ' ',')
mvn -o -B -q -Pbenchmarks -pl perf exec:java@bare-engine -Dpostgres="jdbc:postgresql://127.0.0.1:25432/" \
  -Dusers="$users" -Dseconds="$SECONDS_EACH" -Dwarmup="$WARMUP" > "$WORK/bare-engine.log" 2>&1 \
  || { echo "the bare engine failed; see $WORK/bare-engine.log" >&2; exit 1; }
declare -A BARE
while read -r _ _ u rest; do BARE[$u]="$rest"; done < <(grep '^RESULT bare-engine' "$WORK/bare-engine.log")

echo "pgbench on the same PostgreSQL"
psql -d postgres -qc "drop database if exists pgbench" -c "create database pgbench"
pgbench -i -q -s 10 pgbench > "$WORK/pgbench-init.log" 2>&1
declare -A PGB
for u in $LEVELS; do
  j=$(( u < 2 ? u : 2 ))
  rm -f "$WORK"/pgbench-$u*
  pgbench -c "$u" -j "$j" -T "$SECONDS_EACH" -l --log-prefix="$WORK/pgbench-$u" pgbench > "$WORK/pgbench-$u.out" 2>&1
  tps=$(grep -m1 '^tps' "$WORK/pgbench-$u.out" | awk '{ printf "%.0f", $3 }')
  PGB[$u]="$tps $(cat "$WORK"/pgbench-$u.[0-9]* | awk '{print $3}' | sort -n | awk '
    { v[NR] = $1 } END { printf "%.1f %.1f %.1f", v[int(NR*0.50+0.999)]/1000, v[int(NR*0.95+0.999)]/1000, v[int(NR*0.99+0.999)]/1000 }')"
done

echo
echo "Filing at rising concurrency, $SECONDS_EACH s a level after $WARMUP s of warm-up ($(nproc) cores)."
echo
echo "| clients | HTTP filings/s | p50 ms | p95 ms | p99 ms | max ms | errors | bare engine starts/s | p99 ms | HTTP ÷ bare | pgbench tx/s | p99 ms |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
for u in $LEVELS; do
  read -r h_rate h_p50 h_p95 h_p99 h_max h_err <<< "${HTTP[$u]}"
  read -r b_rate _ _ b_p99 _ <<< "${BARE[$u]}"
  read -r p_tps _ _ p_p99 <<< "${PGB[$u]}"
  ratio=$(awk -v a="$h_rate" -v b="$b_rate" 'BEGIN { printf "%.2f", a / b }')
  echo "| $u | $h_rate | $h_p50 | $h_p95 | $h_p99 | $h_max | $h_err | $b_rate | $b_p99 | $ratio | $p_tps | $p_p99 |"
done
echo
echo "Acknowledged filings (201): $ok; stored: $stored; with their procedure running: $running."
[ "$ok" = "$stored" ] && [ "$stored" = "$running" ] || { echo "some acknowledged filings are missing" >&2; exit 1; }
