#!/usr/bin/env bash
# Polling at scale: FEEDS local RSS feeds of ENTRIES entries each (default 200 × 50), served on loopback by Python's
# http.server (which answers If-Modified-Since with 304), subscribed from one OPML file and polled twice with the app's
# own commands. Prints the time and peak memory (GNU time's maximum resident set size) of each poll, and checks that
# the first poll imports every entry once and the second imports nothing. Run from the repository root:
#   bash tests/NewsReader.FeedBenchmark/run.sh [FEEDS] [ENTRIES]
set -euo pipefail
cd "$(dirname "$0")/../.."
feeds=${1:-200}
entries=${2:-50}
work=$(mktemp -d)
trap 'kill "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
python3 tests/NewsReader.FeedBenchmark/make_feeds.py "$work/www" "http://127.0.0.1:$port" "$feeds" "$entries"
python3 -m http.server "$port" --bind 127.0.0.1 --directory "$work/www" >/dev/null 2>&1 &
server=$!
dotnet build -c Release src/NewsReader.Web -v q -nologo >/dev/null
app="dotnet src/NewsReader.Web/bin/Release/net10.0/NewsReader.Web.dll"
settings=(--ConnectionStrings:NewsReader="Data Source=$work/library.db" --Fetch:AllowPrivateAddresses=true --Reader:ImportSeedsOnFirstRun=false)
until curl -fs "http://127.0.0.1:$port/subscriptions.opml" >/dev/null; do sleep 0.2; done
$app opml-import "$work/www/subscriptions.opml" "${settings[@]}" | tail -n 1
for round in first second; do
  /usr/bin/time -f "%e s, peak memory %M KB" -o "$work/time" $app poll "${settings[@]}" > "$work/$round.log"
  echo "$round poll: $(tail -n 1 "$work/$round.log"); $(cat "$work/time"); $(grep -c "not modified" "$work/$round.log" || true) feeds not modified"
done
expected="$feeds feeds: $((feeds * entries)) imported, 0 updated, 0 unchanged, 0 failed"
grep -qx "$expected" "$work/first.log" || { echo "first poll: expected \"$expected\""; exit 1; }
grep -qx "$feeds feeds: 0 imported, 0 updated, 0 unchanged, 0 failed" "$work/second.log" || { echo "second poll imported something"; exit 1; }
[ "$(grep -c "(not modified)" "$work/second.log")" -eq "$feeds" ] || { echo "second poll: not every feed answered 304"; exit 1; }
echo "ok: every entry imported once; on the second poll every feed answered 304 and nothing was imported"
