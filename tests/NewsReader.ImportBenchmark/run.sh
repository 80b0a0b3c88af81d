#!/usr/bin/env bash
# Import benchmarks (issue 5), on a Release build:
#  1. text import: the real `import` command over the 2,225 BBC files of ../shared/corpus (or 2,225 generated
#     articles when that folder is absent), against a bare bulk insert of the same texts into the same tables and
#     search index, in the same run;
#  2. HTML extraction: NewsReader's HtmlConverter against Mozilla Readability (with jsdom, under Node) on the same
#     saved pages.
set -euo pipefail
cd "$(dirname "$0")/../.."
WORK=${BENCH_DIR:-/tmp/newsreader-import-bench}
rm -rf "$WORK"; mkdir -p "$WORK"
dotnet publish src/NewsReader.Web -c Release -o "$WORK/app" >/dev/null
dotnet build tests/NewsReader.ImportBenchmark -c Release -o "$WORK/bench" >/dev/null

CORPUS=../shared/corpus/bbc-fulltext/bbc
if [ -d "$CORPUS" ]; then
  SOURCE="$CORPUS"
else
  SOURCE="$WORK/generated"; mkdir -p "$SOURCE"
  for i in $(seq 1 2225); do
    printf 'Generated headline number %s\n\nParagraph one of article %s, with some words.\n\n"A quote for article %s," said Jane Smith.\n' "$i" "$i" "$i" > "$SOURCE/$i.txt"
  done
fi
files=$(find "$SOURCE" -name '*.txt' ! -name 'README*' | wc -l)

echo "== text import: $files files from $SOURCE"
start=$(date +%s.%N)
"$WORK/app/NewsReader.Web" import "$SOURCE/*/*.txt" --ConnectionStrings:NewsReader="Data Source=$WORK/import.db" --Reader:ImportSeedsOnFirstRun=false >"$WORK/import.log" || true
end=$(date +%s.%N)
tail -n 1 "$WORK/import.log"
echo "import command (end to end, including start-up): $(echo "$files / ($end - $start)" | bc -l | xargs printf '%.0f') files/s"
"$WORK/bench/NewsReader.ImportBenchmark" baseline "$SOURCE" "$WORK/baseline.db"

echo "== HTML extraction"
"$WORK/bench/NewsReader.ImportBenchmark" make-pages "$SOURCE" "$WORK/pages"
"$WORK/bench/NewsReader.ImportBenchmark" html "$WORK/pages"
if command -v node >/dev/null; then
  (cd "$WORK" && npm install --silent --no-audit --no-fund @mozilla/readability jsdom >/dev/null 2>&1)
  NODE_PATH="$WORK/node_modules" node tests/NewsReader.ImportBenchmark/readability.js "$WORK/pages"
fi
