#!/usr/bin/env bash
# Load benchmark of the counter (issue 6, "Speed"): the real server on PostgreSQL with a
# 100,000-entry watchlist, driven by wrk. See docs/load-benchmark.md.
#
#   bench/load/run.sh            # everything: data, fresh database, server, warm-up, runs, figures
#
# Environment (defaults in brackets):
#   LOAD_DB [mpaka_load]          PostgreSQL database, dropped and created again
#   PGHOST [127.0.0.1] PGUSER [postgres]   psql connection (trust authentication, as for the tests)
#   LOAD_PORT [8091]              port of the server under test
#   LOAD_DURATION [30s]           length of each measured run
#   LOAD_WARMUP [60s]             warm-up of each mode (one-step, two-step), then 15 s of page scans; not reported
#   LOAD_CONNS ["8 16 32"]        connection counts of the API runs
#   LOAD_PAGE_CONNS ["4"]         connection counts of the page runs (as fast as they go)
#   LOAD_RATE [300]               offered crossings per second of the paced runs (32 connections)
#   LOAD_PAGE_RATE [20]           offered page scans per second in the mixed run (4 connections)
#   LOAD_THREADS [2]              wrk threads
#   LOAD_PER_RUN [24000]          crossing bodies reserved for each unpaced run and the warm-up (each
#                                 is sent once; a paced run gets 1.2 x rate x duration)
#   LOAD_ENTRIES [100000]         watchlist entries
#   LOAD_DATA [bench/target/load-data]      where LoadData writes the list and the bodies
#   LOAD_JAR [server/target/mpaka.jar]     the server to measure
#   LOAD_SERVER_OPTS []           extra JVM options of the server (e.g. -XX:StartFlightRecording=...)
#   LOAD_ONLY [all]               "one", "two", "paced", "page" or "mixed" to run only those runs
set -euo pipefail

ROOT="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)"
cd "$ROOT"
DB="${LOAD_DB:-mpaka_load}"
export PGHOST="${PGHOST:-127.0.0.1}" PGUSER="${PGUSER:-postgres}"
PORT="${LOAD_PORT:-8091}"
URL="http://127.0.0.1:$PORT"
DURATION="${LOAD_DURATION:-30s}"
WARMUP="${LOAD_WARMUP:-60s}"
CONNS="${LOAD_CONNS:-8 16 32}"
PAGE_CONNS="${LOAD_PAGE_CONNS:-4}"
RATE="${LOAD_RATE:-300}"
PAGE_RATE="${LOAD_PAGE_RATE:-20}"
THREADS="${LOAD_THREADS:-2}"
PER_RUN="${LOAD_PER_RUN:-24000}"
ENTRIES="${LOAD_ENTRIES:-100000}"
DATA="${LOAD_DATA:-$ROOT/bench/target/load-data}"
ONLY="${LOAD_ONLY:-all}"
OUT="$ROOT/bench/target/load-results/$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$OUT" "$DATA"
SUMMARY="$OUT/summary.txt"

log() { echo "[$(date -u +%H:%M:%S)] $*" | tee -a "$SUMMARY" >&2; }

# --- JDK and jars ----------------------------------------------------------------------------
if [[ -z "${JAVA_HOME:-}" ]]; then
  JAVA_HOME="$(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV | head -1)"
  JAVA_HOME="${JAVA_HOME%/}"
fi
export JAVA_HOME
JAVA="$JAVA_HOME/bin/java"
export MAVEN_OPTS="--sun-misc-unsafe-memory-access=allow ${MAVEN_OPTS:-}"
JAR="${LOAD_JAR:-$ROOT/server/target/mpaka.jar}"
BENCH="$ROOT/bench/target/benchmarks.jar"
if [[ -z "${LOAD_JAR:-}" ]]; then
  ./mpaka token --help >/dev/null # the launcher builds the server first if the sources changed
fi
if [[ ! -f "$BENCH" ]]; then
  log "building the benchmarks"
  ./mvnw -B -q -DskipTests -pl bench -am package
fi

# --- data --------------------------------------------------------------------------------------
secs() { local d="$1"; case "$d" in *m) echo $((${d%m} * 60)) ;; *s) echo "${d%s}" ;; *) echo "$d" ;; esac; }
PACED_RUN=$((RATE * $(secs "$DURATION") * 12 / 10))
NEEDED=$PER_RUN # the warm-up
for mode in one two; do
  [[ "$ONLY" == all || "$ONLY" == "$mode" ]] && NEEDED=$((NEEDED + PER_RUN * $(wc -w <<<"$CONNS")))
done
[[ "$ONLY" == all || "$ONLY" == paced ]] && NEEDED=$((NEEDED + 2 * PACED_RUN))
[[ "$ONLY" == all || "$ONLY" == mixed ]] && NEEDED=$((NEEDED + PACED_RUN))
HAVE=0
[[ -f "$DATA/crossings.jsonl" ]] && HAVE=$(wc -l <"$DATA/crossings.jsonl")
if [[ ! -f "$DATA/watchlist.csv" || "$HAVE" -lt "$NEEDED" || "$(head -1 "$DATA/entries" 2>/dev/null)" != "$ENTRIES" ]]; then
  log "generating $ENTRIES watchlist entries and $NEEDED crossing bodies in $DATA"
  "$JAVA" -cp "$BENCH" org.mpaka.bench.load.LoadData --out "$DATA" --entries "$ENTRIES" --crossings "$NEEDED" \
    2>&1 | tee -a "$SUMMARY"
  echo "$ENTRIES" >"$DATA/entries"
fi
SLICE=0
BODIES=""
USED=0
next_bodies() { # sets BODIES to a file of the next $1 bodies (each run sends its own)
  local n="${1:-$PER_RUN}"
  SLICE=$((SLICE + 1))
  BODIES="$OUT/bodies-$SLICE.jsonl"
  sed -n "$((USED + 1)),$((USED + n))p" "$DATA/crossings.jsonl" >"$BODIES"
  USED=$((USED + n))
}

# --- database and server -----------------------------------------------------------------------
log "fresh database $DB"
psql -q -v ON_ERROR_STOP=1 -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
export MPAKA_DB_URL="jdbc:postgresql://$PGHOST:5432/$DB" MPAKA_DB_USER="$PGUSER" MPAKA_DEMO=false
export MPAKA_DATA_DIR="$OUT/data"

log "importing the watchlist ($(wc -l <"$DATA/watchlist.csv") lines)"
"$JAVA" -jar "$JAR" watchlist import "$DATA/watchlist.csv" --label "load-$ENTRIES" >>"$OUT/import.log" 2>&1 \
  || { cat "$OUT/import.log"; exit 1; }
tail -3 "$OUT/import.log" | tee -a "$SUMMARY"

# both sides of Rusizi II open all day, so the run does not depend on the hour (read at server start)
psql -q -v ON_ERROR_STOP=1 -d "$DB" -c "UPDATE refdata_post_side SET open_all_day = TRUE WHERE post_code = 'RUSIZI2'"

TOKEN="$("$JAVA" -jar "$JAR" token create load DGIE OFFICER 2>>"$OUT/import.log" | tail -1)"

log "starting the server on port $PORT"
SERVER_PORT="$PORT" "$JAVA" ${LOAD_SERVER_OPTS:-} -jar "$JAR" serve >"$OUT/server.log" 2>&1 &
SERVER_PID=$!
stop_server() {
  if kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID"
    wait "$SERVER_PID" 2>/dev/null || true
  fi
}
trap stop_server EXIT
for i in $(seq 1 180); do
  if curl -sf "$URL/actuator/health" >/dev/null 2>&1; then break; fi
  kill -0 "$SERVER_PID" 2>/dev/null || { tail -50 "$OUT/server.log"; exit 1; }
  sleep 1
done
curl -sf "$URL/actuator/health" >/dev/null || { echo "server did not start" >&2; exit 1; }
curl -sf -H "Authorization: Bearer $TOKEN" "$URL/api/v1/me" >/dev/null || { echo "token refused" >&2; exit 1; }

# --- a signed-in officer for the page ----------------------------------------------------------
# The first start created "admin" and printed its password; the administrator creates the officer.
ADMIN_PASSWORD="$(sed -n 's/^ *password: //p' "$OUT/server.log" | head -1)"
[[ -n "$ADMIN_PASSWORD" ]] || { echo "no first-start admin password in $OUT/server.log" >&2; exit 1; }
csrf_of() { sed -n 's/.*name="_csrf" \(value\|content\)="\([^"]*\)".*/\2/p' | head -1; }
sign_in() { # $1 user, $2 password, $3 cookie jar
  local csrf
  csrf="$(curl -sf -c "$3" -b "$3" "$URL/login" | csrf_of)"
  curl -sf -o /dev/null -c "$3" -b "$3" "$URL/login" \
    --data-urlencode "username=$1" --data-urlencode "password=$2" --data-urlencode "_csrf=$csrf"
}
ADMIN_COOKIES="$OUT/admin-cookies.txt"
sign_in admin "$ADMIN_PASSWORD" "$ADMIN_COOKIES"
csrf="$(curl -sf -b "$ADMIN_COOKIES" "$URL/" | csrf_of)"
PASSWORD="load-$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')"
curl -sf -o /dev/null -b "$ADMIN_COOKIES" -H "X-CSRF-TOKEN: $csrf" -H 'Content-Type: application/json' \
  "$URL/api/v1/admin/users" -d "{\"username\":\"load-officer\",\"displayName\":\"Load officer\",
  \"agencyCode\":\"DGIE\",\"roles\":[\"OFFICER\"],\"postCodes\":[\"RUSIZI2\"],\"password\":\"$PASSWORD\"}" \
  || { echo "could not create the officer account" >&2; exit 1; }
JAR_COOKIES="$OUT/cookies.txt"
sign_in load-officer "$PASSWORD" "$JAR_COOKIES"
csrf="$(curl -sf -c "$JAR_COOKIES" -b "$JAR_COOKIES" "$URL/counter" | csrf_of)"
curl -sf -o /dev/null -c "$JAR_COOKIES" -b "$JAR_COOKIES" "$URL/counter/session" \
  -d "postCode=RUSIZI2&counterCode=C01&direction=RWA-COD&_csrf=$csrf"
COUNTER_PAGE="$(curl -sf -c "$JAR_COOKIES" -b "$JAR_COOKIES" "$URL/counter")"
CSRF="$(csrf_of <<<"$COUNTER_PAGE")"
CSRF_HEADER="$(sed -n 's/.*name="_csrf_header" content="\([^"]*\)".*/\1/p' <<<"$COUNTER_PAGE" | head -1)"
COOKIE="$(awk '$6 == "JSESSIONID" {print "JSESSIONID=" $7}' "$JAR_COOKIES")"
grep -q 'id="scan"' <<<"$COUNTER_PAGE" || { echo "sign-in or counter session failed" >&2; exit 1; }
[[ -n "$CSRF" && -n "$CSRF_HEADER" && -n "$COOKIE" ]] || { echo "no session cookie or CSRF token" >&2; exit 1; }

# CPU time (clock ticks) of the server and of the database's backends serving it: divided by the
# crossings, a cost per crossing that other load on the machine disturbs far less than latency.
TICK="$(getconf CLK_TCK)"
cpu_ticks() { # sum of user+system ticks of the given pids
  local t=0 p
  for p in "$@"; do
    [[ -r "/proc/$p/stat" ]] && t=$((t + $(awk '{print $14 + $15}' "/proc/$p/stat")))
  done
  echo "$t"
}
pg_pids() { psql -tA -d postgres -c "SELECT pid FROM pg_stat_activity WHERE datname = '$DB'"; }
cpu_note() { # $1 server ticks before, $2 pg ticks before, $3 crossings or scans, $4 label
  local s p
  s=$(($(cpu_ticks "$SERVER_PID") - $1))
  p=$(($(cpu_ticks $(pg_pids)) - $2))
  awk -v s="$s" -v p="$p" -v n="$3" -v t="$TICK" -v l="$4" 'BEGIN { if (n > 0) printf \
    "CPU run=%s server_ms_per_op=%.2f postgres_ms_per_op=%.2f (server %.1f s, postgres backends %.1f s, %d ops)\n", \
    l, 1000 * s / t / n, 1000 * p / t / n, s / t, p / t, n }' | tee -a "$SUMMARY" >&2
}

# --- runs --------------------------------------------------------------------------------------
# The PostgreSQL here runs with autovacuum off (a test set-up); a production database analyses
# its tables as they grow. Without statistics, plans made while the tables were empty stay in the
# connections' prepared statements, so the pause before each run does what autovacuum would do.
analyse() { psql -q -d "$DB" -c 'VACUUM ANALYZE' >/dev/null; }

run_api() { # $1 mode, $2 connections, $3 duration, $4 bodies file, $5 label, [$6 rate per second]
  log "run $5: mode=$1 connections=$2 duration=$3 rate=${6:-unpaced} (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
  local s0 p0
  s0=$(cpu_ticks "$SERVER_PID")
  p0=$(cpu_ticks $(pg_pids))
  wrk -t "$THREADS" -c "$2" -d "$3" --timeout 5s --latency -H "Authorization: Bearer $TOKEN" \
    -s "$ROOT/bench/load/crossings.lua" "$URL" -- "$4" "$1" "$THREADS" "${6:-0}" >"$OUT/$5.txt" 2>&1 || true
  cat "$OUT/$5.txt" >&2
  cpu_note "$s0" "$p0" "$(sed -n 's/^RESULT .* crossings=\([0-9]*\) .*/\1/p' "$OUT/$5.txt")" "$5"
  grep '^RESULT' "$OUT/$5.txt" | sed "s/^RESULT/RESULT run=$5 connections=$2/" >>"$SUMMARY"
}
run_page() { # $1 connections, $2 duration, $3 bodies file, $4 label
  log "run $4: page scans, connections=$1 duration=$2 (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
  local s0 p0
  s0=$(cpu_ticks "$SERVER_PID")
  p0=$(cpu_ticks $(pg_pids))
  wrk -t "$THREADS" -c "$1" -d "$2" --timeout 5s --latency -s "$ROOT/bench/load/page.lua" "$URL" \
    -- "$3" "$THREADS" "$COOKIE" "$CSRF" "$CSRF_HEADER" >"$OUT/$4.txt" 2>&1 || true
  cat "$OUT/$4.txt" >&2
  cpu_note "$s0" "$p0" "$(sed -n 's/^RESULT .* scans=\([0-9]*\) .*/\1/p' "$OUT/$4.txt")" "$4"
  grep '^RESULT' "$OUT/$4.txt" | sed "s/^RESULT/RESULT run=$4 connections=$1/" >>"$SUMMARY"
}

{
  echo "machine: $(nproc) cores, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1), $(free -g | awk '/Mem:/ {print $2}') GiB"
  echo "java: $("$JAVA" -version 2>&1 | head -1); $(psql -tA -d postgres -c 'SELECT version()' | cut -d, -f1); $(wrk --version 2>&1 | head -1 | cut -d' ' -f1-2)"
  echo "commit: $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- server || echo ' (server changed since)')"
} | tee -a "$SUMMARY"

next_bodies
WARM="$BODIES"
log "warm-up (JIT): crossings $WARMUP one-step and $WARMUP two-step, then page scans 15s"
wrk -t "$THREADS" -c 16 -d "$WARMUP" --timeout 5s -H "Authorization: Bearer $TOKEN" \
  -s "$ROOT/bench/load/crossings.lua" "$URL" -- "$WARM" one "$THREADS" >"$OUT/warmup-one.txt" 2>&1 || true
grep '^RESULT' "$OUT/warmup-one.txt" >&2 || cat "$OUT/warmup-one.txt" >&2
# the same bodies: checks as new, crossings replayed (the recording path is warm already)
wrk -t "$THREADS" -c 16 -d "$WARMUP" --timeout 5s -H "Authorization: Bearer $TOKEN" \
  -s "$ROOT/bench/load/crossings.lua" "$URL" -- "$WARM" two "$THREADS" >"$OUT/warmup-two.txt" 2>&1 || true
grep '^RESULT' "$OUT/warmup-two.txt" >&2 || cat "$OUT/warmup-two.txt" >&2
wrk -t "$THREADS" -c 4 -d 15s --timeout 5s -s "$ROOT/bench/load/page.lua" "$URL" \
  -- "$WARM" "$THREADS" "$COOKIE" "$CSRF" "$CSRF_HEADER" >"$OUT/warmup-page.txt" 2>&1 || true
grep '^RESULT' "$OUT/warmup-page.txt" >&2 || cat "$OUT/warmup-page.txt" >&2

for mode in one two; do
  [[ "$ONLY" == all || "$ONLY" == "$mode" ]] || continue
  for c in $CONNS; do
    analyse
    sleep 5
    next_bodies
    run_api "$mode" "$c" "$DURATION" "$BODIES" "api-$mode-c$c"
  done
done
if [[ "$ONLY" == all || "$ONLY" == paced ]]; then
  for mode in one two; do
    analyse
    sleep 5
    next_bodies "$PACED_RUN"
    run_api "$mode" 32 "$DURATION" "$BODIES" "api-$mode-rate$RATE" "$RATE"
  done
fi
if [[ "$ONLY" == all || "$ONLY" == page ]]; then
  for c in $PAGE_CONNS; do
    analyse
    sleep 5
    run_page "$c" "$DURATION" "$WARM" "page-c$c"
  done
fi
if [[ "$ONLY" == all || "$ONLY" == mixed ]]; then
  # the page's scans at a counter's pace while the API records crossings, both paced, together
  analyse
  sleep 5
  next_bodies "$PACED_RUN"
  MIXED="$BODIES"
  log "run mixed: two-step crossings at $RATE/s on 32 connections and page scans at $PAGE_RATE/s on 4, together" \
    "(load average: $(cut -d' ' -f1-3 /proc/loadavg))"
  wrk -t 1 -c 32 -d "$DURATION" --timeout 5s --latency -H "Authorization: Bearer $TOKEN" \
    -s "$ROOT/bench/load/crossings.lua" "$URL" -- "$MIXED" two 1 "$RATE" >"$OUT/mixed-api.txt" 2>&1 &
  MIXED_PID=$!
  wrk -t 1 -c 4 -d "$DURATION" --timeout 5s --latency -s "$ROOT/bench/load/page.lua" "$URL" \
    -- "$WARM" 1 "$COOKIE" "$CSRF" "$CSRF_HEADER" "$PAGE_RATE" >"$OUT/mixed-page.txt" 2>&1 || true
  wait "$MIXED_PID" || true
  cat "$OUT/mixed-api.txt" "$OUT/mixed-page.txt" >&2
  grep '^RESULT' "$OUT/mixed-api.txt" | sed "s/^RESULT/RESULT run=mixed-api-rate$RATE connections=32/" >>"$SUMMARY"
  grep '^RESULT' "$OUT/mixed-page.txt" | sed "s/^RESULT/RESULT run=mixed-page-rate$PAGE_RATE connections=4/" >>"$SUMMARY"
fi

log "done (load average: $(cut -d' ' -f1-3 /proc/loadavg)); crossings in the database:" \
  "$(psql -tA -d "$DB" -c 'SELECT count(*) FROM border_crossing')," \
  "audit records: $(psql -tA -d "$DB" -c 'SELECT count(*) FROM audit_event')"
stop_server
echo
echo "== $SUMMARY"
grep -v '^\[' "$SUMMARY" | grep -v '^RESULT' || true
grep '^RESULT' "$SUMMARY" | sed 's/^RESULT //' | column -t
grep '^CPU' "$SUMMARY" || true
