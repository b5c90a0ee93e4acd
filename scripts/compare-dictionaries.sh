#!/usr/bin/env bash
# Shows that the trimmed jieba dictionary embedded in shuzhi changes no
# verdict and no finding on the test corpus: builds shuzhi twice (trimmed,
# and with -tags fulldict, which loads gojieba's full dictionary from the
# Go module cache), checks every report of testdata with both, and diffs
# verdicts and findings (file, verdict, rule, severity, position). Message
# wording may differ where a count differs. Prints the load time and peak
# memory of each build too. Needs python3.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/trimmed" ./cmd/shuzhi
go build -tags fulldict -o "$tmp/full" ./cmd/shuzhi
files=(testdata/reports/*.txt testdata/docx/*.docx testdata/hant/*.txt)
for b in trimmed full; do
  "$tmp/$b" check --format json "${files[@]}" > "$tmp/$b.json" || true
  /usr/bin/time -f "$b: one report %e s, peak %M KB" "$tmp/$b" check testdata/reports/a01-cun-headed.txt > /dev/null || true
done
project() {
  python3 -c '
import json, sys
for f in json.load(open(sys.argv[1]))["files"]:
    print(f["path"], f["verdict"])
    for x in f["findings"]:
        print(" ", x["rule"], x["severity"], x["paragraph"], x["line"], x["column"], x["end_column"])
' "$1"
}
project "$tmp/trimmed.json" > "$tmp/trimmed.txt"
project "$tmp/full.json" > "$tmp/full.txt"
if diff "$tmp/trimmed.txt" "$tmp/full.txt"; then
  echo "same verdicts and findings on ${#files[@]} files ($(grep -c '^  ' "$tmp/trimmed.txt") findings)"
  diff "$tmp/trimmed.json" "$tmp/full.json" | grep -c '^<' | sed 's/^/messages worded differently: /'
else
  exit 1
fi
