#!/usr/bin/env bash
# Read path against bare Kestrel, side by side in one run: a Release build of the app over a fresh library holding the
# seed, with logging as shipped (appsettings.json), and a bare Kestrel app (Bare/) answering every request with the
# reader page's bytes and headers as the app sent them. Three kinds of visit: a browser (sending the Fetch Metadata
# headers every browser since 2023 sends for an address typed or opened from a bookmark, so the page needs no token),
# and a client without them: a first visit (no cookie, so the app mints an antiforgery cookie and token for each
# response) and a returning reader (sending that cookie back, so only the token is new). wrk -t2 -c32 against
# each side in turn, ROUNDS times; every answer
# must be a 200: the run fails on any socket error or 4xx/5xx that wrk counts, and on any other status in the app's
# request log, so a rate limit cannot inflate the figure.
# Prints requests/s, p50, p99 and the ratio app / bare. Run from anywhere:
#   tests/NewsReader.ReadBenchmark/run.sh          (needs wrk: apt-get install -y wrk)
# Settings: ROUNDS (default 2), DURATION (default 10s), PORT (default 5310; the bare sides use PORT+1 and PORT+2).
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
# A first visit (no cookie: the app mints an antiforgery cookie and sets it) and a returning reader (who sends it back).
curl -sf -c "$work/jar" -D "$work/first.headers" -o "$work/first.html" "$app$slug"
cookie=$(sed 's/^#HttpOnly_//' "$work/jar" | awk '!/^#/ && NF >= 7 { printf "%s=%s", $6, $7 }')
[ -n "$cookie" ] || { echo "the reader page set no antiforgery cookie"; exit 1; }
curl -sf -H "Cookie: $cookie" -D "$work/returning.headers" -o "$work/returning.html" "$app$slug"
# What Chromium sends for an address typed into the address bar.
browser_headers=(-H "Sec-Fetch-Site: none" -H "Sec-Fetch-Mode: navigate" -H "Sec-Fetch-Dest: document" -H "Sec-Fetch-User: ?1")
curl -sf "${browser_headers[@]}" -D "$work/browser.headers" -o "$work/browser.html" "$app$slug"

# One bare Kestrel app per kind of visit, each replaying the app's answer to it: PORT+1 to PORT+3.
bare_port=$port
for visit in browser first returning; do
  bare_port=$((bare_port + 1))
  "$work/bare/NewsReader.ReadBenchmark.Bare" "http://127.0.0.1:$bare_port" "$work/$visit.html" "$work/$visit.headers" >"$work/bare-$visit.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 100); do curl -sf -o /dev/null "http://127.0.0.1:$bare_port/" 2>/dev/null && break; sleep 0.2; done
  cmp -s "$work/$visit.html" <(curl -sf "http://127.0.0.1:$bare_port$slug") || { echo "the bare side does not answer the same bytes"; exit 1; }
done
echo "reader page $slug: $(stat -c %s "$work/first.html") bytes; browser: $(grep -ci '^set-cookie' "$work/browser.headers") Set-Cookie; first visit: $(grep -ci '^set-cookie' "$work/first.headers") Set-Cookie," \
  "returning: $(grep -ci '^set-cookie' "$work/returning.headers") Set-Cookie; both with the CSP: $(grep -ci '^content-security-policy' "$work/first.headers")$(grep -ci '^content-security-policy' "$work/returning.headers")"

# Prints "rps p50 p99" for one wrk run; fails on any error or non-2xx answer.
measure() {
  local out
  out=$(wrk -t2 -c32 -d"$duration" -s tests/NewsReader.Benchmarks/web/p95.lua "$@" | grep '^RESULT')
  local errors non2xx
  errors=$(sed 's/.*errors=\([0-9]*\).*/\1/' <<<"$out")
  non2xx=$(sed 's/.*non2xx=\([0-9]*\).*/\1/' <<<"$out")
  if [ "$errors" != 0 ] || [ "$non2xx" != 0 ]; then echo "$1: $errors socket errors, $non2xx answers not 2xx" >&2; exit 1; fi
  sed 's/.*rps=\([0-9]*\) p50=\([0-9.]*ms\) p95=[0-9.]*ms p99=\([0-9.]*ms\).*/\1 \2 \3/' <<<"$out"
}
declare -A bare_url=([browser]="http://127.0.0.1:$((port + 1))$slug" [first]="http://127.0.0.1:$((port + 2))$slug" [returning]="http://127.0.0.1:$((port + 3))$slug")
declare -A total=([browser_app]=0 [browser_bare]=0 [first_app]=0 [first_bare]=0 [returning_app]=0 [returning_bare]=0)
for round in $(seq 1 "$rounds"); do
  for visit in browser first returning; do
    case $visit in
      browser) wrk_args=("${browser_headers[@]}") ;;
      first) wrk_args=() ;;
      returning) wrk_args=(-H "Cookie: $cookie") ;;
    esac
    if [ "$round" = 1 ]; then  # warm up (JIT tiering, connection pools): 3 s of the same load on each side, not counted
      measure "${wrk_args[@]}" -d3s "${bare_url[$visit]}" >/dev/null; measure "${wrk_args[@]}" -d3s "$app$slug" >/dev/null
    fi
    bare_result=$(measure "${wrk_args[@]}" "${bare_url[$visit]}"); app_result=$(measure "${wrk_args[@]}" "$app$slug")
    read -r bare_rps bare_p50 bare_p99 <<<"$bare_result"
    read -r app_rps app_p50 app_p99 <<<"$app_result"
    total[${visit}_app]=$((total[${visit}_app] + app_rps)); total[${visit}_bare]=$((total[${visit}_bare] + bare_rps))
    printf 'round %d %-9s bare Kestrel %6d req/s p50 %s p99 %s | reader page %6d req/s p50 %s p99 %s | ratio %.2f\n' \
      "$round" "$visit" "$bare_rps" "$bare_p50" "$bare_p99" "$app_rps" "$app_p50" "$app_p99" "$(echo "$app_rps / $bare_rps" | bc -l)"
  done
done
printf 'all rounds: browser ratio %.2f, first visit ratio %.2f, returning reader ratio %.2f (every answer 200)\n' \
  "$(echo "${total[browser_app]} / ${total[browser_bare]}" | bc -l)" "$(echo "${total[first_app]} / ${total[first_bare]}" | bc -l)" "$(echo "${total[returning_app]} / ${total[returning_bare]}" | bc -l)"
# wrk counts 4xx and 5xx (a 429 from a rate limit among them); the app's own request log shows any other status.
# 499 is the app's note of a client that went away (wrk closing its connections at the end of a run), not an answer.
others=$(grep "HTTP GET $slug responded" "$work/server.log" | grep -v -e "responded 200 " -e "responded 499 " || true)
if [ -n "$others" ]; then echo "the app's request log shows answers other than 200:"; head -n 3 <<<"$others"; exit 1; fi
