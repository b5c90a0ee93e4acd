#!/usr/bin/env bash
# Runs every fuzz target of shuzhi for a given time each (default 2m) and
# prints, per target, the executions and whether a crasher was found.
#
#   scripts/fuzz.sh            # every target, 2 minutes each
#   scripts/fuzz.sh 10m        # every target, 10 minutes each
#   scripts/fuzz.sh 10m FuzzDOCX FuzzPipeline
#
# -fuzzminimizetime is kept short (FUZZMINIMIZE, default 1x: one attempt):
# the default of 60s spends the fuzzer's time minimising fixture-sized
# inputs (a .docx of 10 KB takes thousands of runs to shrink), so that
# FuzzDOCX ran 13 inputs in two minutes. New crashers are written under
# testdata/fuzz/<Target>/ of their package, as go test does; commit them as
# regression seeds once fixed.
set -uo pipefail
cd "$(dirname "$0")/.."
time=${1:-2m}
shift || true
minimize=${FUZZMINIMIZE:-1x}
declare -A pkg=(
  [FuzzPipeline]=./review [FuzzDOCX]=./lint/read [FuzzDOC]=./lint/read [FuzzTXT]=./lint/read
  [FuzzText]=./lint/count [FuzzMatches]=./lint/similar
)
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(FuzzPipeline FuzzDOCX FuzzDOC FuzzTXT FuzzText FuzzMatches)
status=0
for t in "${targets[@]}"; do
  log=$(mktemp)
  go test "${pkg[$t]}" -run '^$' -fuzz "^$t\$" -fuzztime "$time" -fuzzminimizetime "$minimize" >"$log" 2>&1
  rc=$?
  last=$(grep -E '^fuzz: elapsed' "$log" | tail -1)
  if [ $rc -eq 0 ]; then
    echo "$t: ok — ${last#fuzz: }"
  else
    status=1
    echo "$t: FAILED — ${last#fuzz: }"
    grep -E 'Failing input|--- FAIL|panic' "$log" | head -5
  fi
  rm -f "$log"
done
exit $status
