#!/usr/bin/env bash
# Breakout rotation benchmark: builds convene in release mode, runs every row of each table
# (default: ../shared/bench/rotation.tsv, then scripts/rotation-extra.tsv) with the row's target
# seconds as the time limit, checks each result with check_schedule.py and prints name, people,
# seed, repeats reached, goal, lower bound, the most times any pair meets, seconds, limit and
# PASS/MISS ("report" for rows whose goal is "-": no known optimum, the figures are the result).
# The stretch row (8-4-10) gets 60 s unless BENCH_STRETCH=1 (then 600 s).
# Environment: SEEDS="1 2 3" runs every row once per seed (default 1); ROWS="8-4-10 8-5-10" keeps
# only those rows; CHECKER overrides the checker's path. Exits 1 if any non-stretch row misses.
# Usage: scripts/bench-rotation.sh [TSV...]
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ $# -eq 0 ]]; then set -- ../shared/bench/rotation.tsv scripts/rotation-extra.tsv; fi
checker="${CHECKER:-../shared/bench/check_schedule.py}"
seeds="${SEEDS:-1}"
swift build -c release --product convene >&2
bench="$(swift build -c release --show-bin-path)/convene"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

echo "load: $(uptime | sed 's/.*load average: //') (1, 5, 15 min) on $(nproc) cores"
misses=0
for tsv in "$@"; do
  echo
  echo "$tsv"
  printf '%-10s %6s %4s %8s %5s %6s %4s %9s %6s  %s\n' name people seed repeats goal bound max seconds limit result
  while IFS=$'\t' read -r name people groups size rounds goal bound target note; do
    [[ -z "$name" || "$name" == \#* || "$name" == name ]] && continue
    if [[ -n "${ROWS:-}" && " $ROWS " != *" $name "* ]]; then continue; fi
    limit="$target"
    if [[ "$note" == stretch* ]]; then
      limit=$([[ "${BENCH_STRETCH:-0}" == 1 ]] && echo "$target" || echo 60)
    fi
    for seed in $seeds; do
      json="$out/$name-$seed.json"
      "$bench" groups --people "$people" --groups "$groups" --rounds "$rounds" --seed "$seed" --time-limit "$limit" --format json >"$json"
      if ! check="$(python3 "$checker" "$json")"; then
        printf '%-10s %s\n' "$name" "$check"
        misses=$((misses + 1))
        continue
      fi
      read -r repeats lower most seconds < <(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(d["repeats"], d["lowerBound"], d["maxMeetings"], d["seconds"])' "$json")
      if [[ "$goal" == - ]]; then
        verdict=report
      else
        verdict=$(python3 -c 'import sys; r,g,s,t=map(float,sys.argv[1:]); print("PASS" if r<=g and s<=t else "MISS")' "$repeats" "$goal" "$seconds" "$limit")
      fi
      [[ "$verdict" == MISS && "$note" != stretch* ]] && misses=$((misses + 1))
      printf '%-10s %6s %4s %8s %5s %6s %4s %9s %6s  %s\n' "$name" "$people" "$seed" "$repeats" "$goal" "$lower" "$most" "$seconds" "$limit" "$verdict"
    done
  done <"$tsv"
done
exit $((misses > 0))
