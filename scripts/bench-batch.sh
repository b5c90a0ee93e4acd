#!/usr/bin/env bash
# Times shuzhi on generated batches of distinct reports (scripts/genreports)
# and of true copies, printing reports/s, CPU-ms per report and peak RSS for
# each batch size and --jobs value, side by side in one run.
#
#   scripts/bench-batch.sh                 # 1000 and 10000 reports, --jobs 1 and 2
#   scripts/bench-batch.sh 1000 10000 100000
#   COPIES=0.3 scripts/bench-batch.sh 10000
#
# State the machine's load with the figures (uptime is printed).
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(1000 10000)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
go build -o "$work/shuzhi" ./cmd/shuzhi
uptime
printf '%-8s %-7s %-5s %10s %12s %10s\n' reports copies jobs reports/s CPU-ms/rep peak-MB
for n in "${sizes[@]}"; do
  dir="$work/batch-$n"
  go run ./scripts/genreports -n "$n" -out "$dir" -copies "${COPIES:-0}"
  for jobs in 1 2; do
    /usr/bin/time -f '%e %U %S %M' -o "$work/time" "$work/shuzhi" check --format json --jobs "$jobs" "$dir" >/dev/null || true
    read -r wall user sys rss < <(tail -1 "$work/time")
    awk -v n="$n" -v c="${COPIES:-0}" -v j="$jobs" -v w="$wall" -v u="$user" -v s="$sys" -v r="$rss" \
      'BEGIN { printf "%-8d %-7s %-5d %10.0f %12.2f %10.0f\n", n, c, j, n/w, (u+s)*1000/n, r/1024 }'
  done
  rm -rf "$dir"
done
