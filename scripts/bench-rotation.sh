#!/usr/bin/env bash
# Breakout rotation benchmark: builds convene in release mode, runs every row of
# /work/shared/bench/rotation.tsv with the row's target seconds as the time limit, checks each
# result with check_schedule.py and prints name, repeats reached, goal, lower bound, seconds,
# target and PASS/MISS. The stretch row (8-4-10) gets 60 s unless BENCH_STRETCH=1 (then 600 s).
# Usage: scripts/bench-rotation.sh [TSV] [SEED]
set -euo pipefail
cd "$(dirname "$0")/.."
tsv="${1:-../shared/bench/rotation.tsv}"
seed="${2:-1}"
checker="$(dirname "$tsv")/check_schedule.py"
swift build -c release --product convene >&2
bench="$(swift build -c release --show-bin-path)/convene"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

printf '%-8s %8s %5s %6s %9s %7s  %s\n' name repeats goal bound seconds target result
misses=0
while IFS=$'\t' read -r name people groups size rounds goal bound target note; do
  [[ -z "$name" || "$name" == \#* || "$name" == name ]] && continue
  limit="$target"
  if [[ "$note" == stretch* ]]; then
    limit=$([[ "${BENCH_STRETCH:-0}" == 1 ]] && echo "$target" || echo 60)
  fi
  json="$out/$name.json"
  "$bench" groups --people "$people" --groups "$groups" --rounds "$rounds" --seed "$seed" --time-limit "$limit" --format json >"$json"
  if ! check="$(python3 "$checker" "$json")"; then
    printf '%-8s %s\n' "$name" "$check"
    misses=$((misses + 1))
    continue
  fi
  read -r repeats lower seconds < <(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(d["repeats"], d["lowerBound"], d["seconds"])' "$json")
  verdict=$(python3 -c 'import sys; r,g,s,t=map(float,sys.argv[1:]); print("PASS" if r<=g and s<=t else "MISS")' "$repeats" "$goal" "$seconds" "$limit")
  [[ "$verdict" == MISS && "$note" != stretch* ]] && misses=$((misses + 1))
  printf '%-8s %8s %5s %6s %9s %7s  %s\n' "$name" "$repeats" "$goal" "$lower" "$seconds" "$limit" "$verdict"
done <"$tsv"
exit $((misses > 0))
