#!/usr/bin/env bash
# Import benchmarks (issue 5):
#  1. text import: the real `import` command over the 2,225 BBC files of ../shared/corpus (or 2,225 generated
#     articles when that folder is absent), against a bare bulk insert of the same texts into the same tables and
#     search index, in the same run; then the same bare inserts with one commit per file, for reference;
#  2. HTML extraction: NewsReader's HtmlConverter against Mozilla Readability (with jsdom, under Node) on the same
#     saved pages.
# Both programs are published the same way: Release, ReadyToRun for this machine (as the app is deployed).
set -euo pipefail
cd "$(dirname "$0")/../.."
WORK=${BENCH_DIR:-/tmp/newsreader-import-bench}
rm -rf "$WORK"; mkdir -p "$WORK"
PUBLISH=(-c Release --use-current-runtime --self-contained false -p:PublishReadyToRun=true)
dotnet publish src/NewsReader.Web "${PUBLISH[@]}" -o "$WORK/app" >/dev/null
dotnet publish tests/NewsReader.ImportBenchmark "${PUBLISH[@]}" -o "$WORK/bench" >/dev/null

CORPUS=../shared/corpus/bbc-fulltext/bbc
if [ -d "$CORPUS" ]; then
  SOURCE="$CORPUS"
else
  SOURCE="$WORK/generated"; mkdir -p "$SOURCE/all"
  for i in $(seq 1 2225); do
    printf 'Generated headline number %s\n\nParagraph one of article %s, with some words.\n\n"A quote for article %s," said Jane Smith.\n' "$i" "$i" "$i" > "$SOURCE/all/$i.txt"
  done
fi
files=$(find "$SOURCE" -name '*.txt' ! -name 'README*' | wc -l)

echo "== text import: $files files from $SOURCE (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
# Five rounds, each the import command then the bare bulk insert, so that both see the same machine; medians at the end.
: > "$WORK/rates"
for run in 1 2 3 4 5; do
  rm -f "$WORK"/import.db*
  start=$(date +%s.%N)
  "$WORK/app/NewsReader.Web" import "$SOURCE/*/*.txt" --ConnectionStrings:NewsReader="Data Source=$WORK/import.db" --Reader:ImportSeedsOnFirstRun=false >"$WORK/import.log" || true
  end=$(date +%s.%N)
  own=$(tail -n 1 "$WORK/import.log" | sed -n 's/.*(\([0-9.]*\) files\/s).*/\1/p')
  wall=$(echo "$files / ($end - $start)" | bc -l)
  rm -f "$WORK"/baseline.db*
  start=$(date +%s.%N)
  bulk=$("$WORK/bench/NewsReader.ImportBenchmark" baseline "$SOURCE" "$WORK/baseline.db" | sed -n 's/.*= \([0-9]*\) files\/s/\1/p')
  end=$(date +%s.%N)
  bulkwall=$(echo "$files / ($end - $start)" | bc -l)
  echo "$own $wall $bulk $bulkwall" >> "$WORK/rates"
  printf 'round %s: import %.0f files/s, bare bulk insert %.0f files/s: %.0f%%; with each program'"'"'s start-up and new database: %.0f and %.0f files/s: %.0f%%\n' \
    "$run" "$own" "$bulk" "$(echo "100 * $own / $bulk" | bc -l)" "$wall" "$bulkwall" "$(echo "100 * $wall / $bulkwall" | bc -l)"
done
tail -n 1 "$WORK/import.log"
median() { sort -n | sed -n '3p'; }
own=$(cut -d' ' -f1 "$WORK/rates" | median); wall=$(cut -d' ' -f2 "$WORK/rates" | median)
bulk=$(cut -d' ' -f3 "$WORK/rates" | median); bulkwall=$(cut -d' ' -f4 "$WORK/rates" | median)
printf 'medians: import %.0f files/s, bare bulk insert %.0f files/s: %.0f%%; with start-up: %.0f and %.0f files/s: %.0f%%\n' \
  "$own" "$bulk" "$(echo "100 * $own / $bulk" | bc -l)" "$wall" "$bulkwall" "$(echo "100 * $wall / $bulkwall" | bc -l)"
rm -f "$WORK"/baseline.db*
"$WORK/bench/NewsReader.ImportBenchmark" baseline-per-file "$SOURCE" "$WORK/baseline.db"

echo "== HTML extraction"
"$WORK/bench/NewsReader.ImportBenchmark" make-pages "$SOURCE" "$WORK/pages"
"$WORK/bench/NewsReader.ImportBenchmark" html "$WORK/pages"
if command -v node >/dev/null; then
  (cd "$WORK" && npm install --silent --no-audit --no-fund @mozilla/readability jsdom >/dev/null 2>&1)
  NODE_PATH="$WORK/node_modules" node tests/NewsReader.ImportBenchmark/readability.js "$WORK/pages"
fi
