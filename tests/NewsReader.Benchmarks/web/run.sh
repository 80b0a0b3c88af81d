#!/usr/bin/env bash
# Web benchmark: a Release build over a library of N generated articles, measured with wrk at 32 connections.
# Usage: tests/NewsReader.Benchmarks/web/run.sh [N] (default 100000). Needs wrk (apt-get install wrk).
# The library is a SQLite file by default. BENCH_PROVIDER=Postgres puts it in PostgreSQL instead: BENCH_POSTGRES is the
# server's Npgsql connection string (default: a throwaway server started with .ci/postgres on BENCH_POSTGRES_PORT, 5499,
# and stopped at the end); the library is the database newsreader_bench_N on it, made on the first run and kept.
set -euo pipefail
cd "$(dirname "$0")/../../.."
N=${1:-100000}
PROVIDER=${BENCH_PROVIDER:-Sqlite}
WORK=${BENCH_DIR:-/tmp/newsreader-bench}
PORT=${BENCH_PORT:-5300}
DURATION=${BENCH_DURATION:-10s}
mkdir -p "$WORK"
cleanup=()
trap 'for c in "${cleanup[@]}"; do eval "$c"; done' EXIT
case "$PROVIDER" in
  Sqlite|sqlite)
    DB="$WORK/library.db"
    library=(--ConnectionStrings:NewsReader="Data Source=$DB")
    generated="$WORK/library.db"
    ;;
  Postgres|postgres)
    if [ -z "${BENCH_POSTGRES:-}" ]; then
      # A throwaway server, gone at the end: the library is generated every time.
      pg_port=${BENCH_POSTGRES_PORT:-5499}
      BENCH_POSTGRES=$(.ci/postgres start "$pg_port")
      cleanup+=(".ci/postgres stop $pg_port")
      generated="$WORK/never"
    else
      # Generated once per server and N: the marker names the server it was made on (remove it to generate again).
      generated="$WORK/postgres-$N-$(printf '%s' "$BENCH_POSTGRES" | sha256sum | cut -c1-12).done"
    fi
    library=(--Database:Provider=Postgres --ConnectionStrings:NewsReader="$BENCH_POSTGRES;Database=newsreader_bench_$N" --Database:DataFolder="$WORK/pg-data")
    ;;
  *) echo "BENCH_PROVIDER must be Sqlite or Postgres" >&2; exit 2 ;;
esac
dotnet publish src/NewsReader.Web -c Release -o "$WORK/app" >/dev/null
# The load comes from one client: the per-client search limit is lifted for the run.
settings=("${library[@]}" --Reader:ImportSeedsOnFirstRun=false --Serilog:MinimumLevel:Default=Warning --Limits:SearchesPerMinute=100000000)
if [ ! -e "$generated" ]; then
  echo "load average before generating: $(cut -d' ' -f1-3 /proc/loadavg)"
  "$WORK/app/NewsReader.Web" generate-library "$N" "${settings[@]}" | tail -n 1
  case "$generated" in *.done) touch "$generated" ;; esac
fi
echo "provider: $PROVIDER; load average before the run: $(cut -d' ' -f1-3 /proc/loadavg)"
# Started from its own folder, so that its content root (wwwroot) is the published one.
(cd "$WORK/app" && ASPNETCORE_ENVIRONMENT=Production exec ./NewsReader.Web --urls "http://127.0.0.1:$PORT" "${settings[@]}" >"$WORK/server.log" 2>&1) &
sleep 1
server=$(pgrep -f "NewsReader.Web --urls http://127.0.0.1:$PORT" | head -n 1)
cleanup=("kill $server 2>/dev/null || true" "${cleanup[@]}")
for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null 2>&1 && break; curl -sf "http://127.0.0.1:$PORT/" >/dev/null 2>&1 && break; sleep 1; done

base="http://127.0.0.1:$PORT"
slug=$(curl -s "$base/" | grep -o 'href="/articles/[^"]*"' | head -n 1 | sed 's/href="//; s/"$//')
curl -s -o "$WORK/reader.html" "$base$slug"
size=$(stat -c %s "$WORK/reader.html")
# A static file of the same size, served by the same server.
head -c "$size" /dev/zero | tr '\0' 'x' >"$WORK/app/wwwroot/bench-static.html"
speaker=$(curl -s "$base/speakers" | grep -o 'href="/speakers/[^"]*"' | head -n 1 | sed 's/href="//; s/"$//')

run() {
  # Warm up: one request renders the page (alone: 32 renders at once of a page that takes seconds cold, such as search
  # or the speakers list on PostgreSQL, would swamp the server), then a short run fills the connection pool and lets the
  # JIT tier up.
  curl -s -o /dev/null "$base$2"
  wrk -t2 -c32 -d"${BENCH_WARMUP:-3s}" "$base$2" >/dev/null
  printf '%-28s ' "$1"
  wrk -t2 -c32 -d"$DURATION" -s tests/NewsReader.Benchmarks/web/p95.lua "$base$2" | grep RESULT | sed 's/^RESULT //'
}
echo "articles: $(curl -s "$base/" | grep -o '[0-9][0-9,]* articles' | head -n 1); reader page: $slug ($size bytes)"
run "static file (same size)" /bench-static.html
run "reader page" "$slug"
run "library, first page" /
run "library, filtered" "/?lang=en&from=2005-01-01"
run "library, section filter" "/?section=business"
run "speaker page" "$speaker"
run "speakers list" /speakers
run "search, one word" "/search?q=economy"
run "search, phrase" "/search?q=%22interest%20rates%22"
run "search, prefix + field" "/search?q=econom*%20outlet:BBC"
echo "server memory (RSS): $(( $(ps -o rss= -p $server) / 1024 )) MB"
echo "load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
