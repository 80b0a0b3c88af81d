#!/usr/bin/env bash
# Read path against bare Kestrel, side by side in one run: a Release build of the app over a fresh library holding the
# seed, with logging as shipped (appsettings.json), and a bare Kestrel app (Bare/) answering every request with the
# reader page's bytes and headers as the app sent them. wrk -t2 -c32 against each in turn, ROUNDS times; every answer
# must be a 200: the run fails on any socket error or 4xx/5xx that wrk counts, and on any other status in the app's
# request log, so a rate limit cannot inflate the figure.
# Prints requests/s, p50, p99 and the ratio app / bare. Run from anywhere:
#   tests/NewsReader.ReadBenchmark/run.sh          (needs wrk: apt-get install -y wrk)
# Settings: ROUNDS (default 2), DURATION (default 10s), PORT (default 5310; the bare side uses PORT+1).
set -euo pipefail
cd "$(dirname "$0")/../.."
rounds=${ROUNDS:-2}
duration=${DURATION:-10s}
port=${PORT:-5310}
work=$(mktemp -d)
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null; rm -rf "$work"' EXIT

dotnet publish src/NewsReader.Web -c Release -o "$work/app" -v q -nologo >/dev/null
dotnet build tests/NewsReader.ReadBenchmark/Bare -c Release -o "$work/bare" -v q -nologo >/dev/null
settings=(--ConnectionStrings:NewsReader="Data Source=$work/data/library.db" --Reader:ImportSeedsOnFirstRun=false)
mkdir -p "$work/data"
"$work/app/NewsReader.Web" import "$PWD/seeds/" "${settings[@]}" | tail -n 1

# The app from its own folder (its content root holds appsettings.json and wwwroot), in Production, logging as shipped.
(cd "$work/app" && ASPNETCORE_ENVIRONMENT=Production exec ./NewsReader.Web --urls "http://127.0.0.1:$port" "${settings[@]}" >"$work/server.log" 2>&1) &
pids+=($!)
app="http://127.0.0.1:$port"
for _ in $(seq 1 100); do curl -sf "$app/healthz" >/dev/null 2>&1 && break; sleep 0.2; done
slug=$(curl -sf "$app/" | grep -o 'href="/articles/[^"]*"' | head -n 1 | sed 's/href="//; s/"$//')
[ -n "$slug" ] || { echo "no article in the library"; exit 1; }
curl -sf -D "$work/headers.txt" -o "$work/reader.html" "$app$slug"

"$work/bare/NewsReader.ReadBenchmark.Bare" "http://127.0.0.1:$((port + 1))" "$work/reader.html" "$work/headers.txt" >"$work/bare.log" 2>&1 &
pids+=($!)
bare="http://127.0.0.1:$((port + 1))"
for _ in $(seq 1 100); do curl -sf -o /dev/null "$bare/" 2>/dev/null && break; sleep 0.2; done
cmp -s "$work/reader.html" <(curl -sf "$bare$slug") || { echo "the bare side does not answer the same bytes"; exit 1; }
echo "reader page $slug: $(stat -c %s "$work/reader.html") bytes; headers: $(grep -ci '^set-cookie' "$work/headers.txt") Set-Cookie, $(grep -ci '^content-security-policy' "$work/headers.txt") CSP"

# Prints "rps p50 p99" for one wrk run; fails on any error or non-2xx answer.
measure() {
  local out
  out=$(wrk -t2 -c32 -d"$duration" -s tests/NewsReader.Benchmarks/web/p95.lua "$1" | grep '^RESULT')
  local errors non2xx
  errors=$(sed 's/.*errors=\([0-9]*\).*/\1/' <<<"$out")
  non2xx=$(sed 's/.*non2xx=\([0-9]*\).*/\1/' <<<"$out")
  if [ "$errors" != 0 ] || [ "$non2xx" != 0 ]; then echo "$1: $errors socket errors, $non2xx answers not 2xx" >&2; exit 1; fi
  sed 's/.*rps=\([0-9]*\) p50=\([0-9.]*ms\) p95=[0-9.]*ms p99=\([0-9.]*ms\).*/\1 \2 \3/' <<<"$out"
}
total_app=0; total_bare=0
for round in $(seq 1 "$rounds"); do
  curl -sf -o /dev/null "$bare$slug"; curl -sf -o /dev/null "$app$slug"  # warm up
  bare_result=$(measure "$bare$slug"); app_result=$(measure "$app$slug")
  read -r bare_rps bare_p50 bare_p99 <<<"$bare_result"
  read -r app_rps app_p50 app_p99 <<<"$app_result"
  total_app=$((total_app + app_rps)); total_bare=$((total_bare + bare_rps))
  printf 'round %d  bare Kestrel %6d req/s p50 %s p99 %s | reader page %6d req/s p50 %s p99 %s | ratio %.2f\n' \
    "$round" "$bare_rps" "$bare_p50" "$bare_p99" "$app_rps" "$app_p50" "$app_p99" "$(echo "$app_rps / $bare_rps" | bc -l)"
done
printf 'all rounds: ratio %.2f (every answer 200)\n' "$(echo "$total_app / $total_bare" | bc -l)"
# wrk counts 4xx and 5xx (a 429 from a rate limit among them); the app's own request log shows any other status.
if grep "HTTP GET $slug responded" "$work/server.log" | grep -qv "responded 200 "; then
  echo "the app's request log shows answers other than 200:"; grep "HTTP GET $slug responded" "$work/server.log" | grep -v "responded 200 " | head -n 3; exit 1
fi
