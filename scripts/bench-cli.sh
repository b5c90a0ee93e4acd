#!/usr/bin/env bash
# Times the whole binary as users run it (DESIGN.md "Performance budgets"):
#  - one report in a cold process: wall time and peak RSS (/usr/bin/time);
#  - a batch of about 1000 reports in one run: reports per second.
# Usage: scripts/bench-cli.sh [runs]   (default 5 cold runs)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/shuzhi" ./cmd/shuzhi
"$tmp/shuzhi" check testdata/reports/a01-cun-headed.txt > /dev/null || true # writes the dictionary cache once

echo "cold process, one report (testdata/reports/a05-xiangzhen-headed.txt):"
for i in $(seq "$runs"); do
  { /usr/bin/time -f "  %e s wall, %M KB peak RSS" "$tmp/shuzhi" check testdata/reports/a05-xiangzhen-headed.txt > /dev/null; } 2>&1
done

mkdir "$tmp/batch"
n=0
while [ "$n" -lt 1000 ]; do
  for f in testdata/reports/*.txt testdata/docx/*.docx; do
    n=$((n + 1))
    cp "$f" "$tmp/batch/$n-$(basename "$f")"
  done
done
start=$(date +%s.%N)
{ /usr/bin/time -f "  %e s wall, %M KB peak RSS" "$tmp/shuzhi" check --format json "$tmp/batch" > /dev/null || true; } 2>&1 | grep -v "exited with"
end=$(date +%s.%N)
echo "batch of $n reports on $(nproc) cores: $(echo "$n / ($end - $start)" | bc -l | cut -c1-6) reports/s"
