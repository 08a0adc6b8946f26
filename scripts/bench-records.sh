#!/usr/bin/env bash
# Times convene meetings, search (beside grep -ri over the same folder) and stats on a synthetic archive, release build.
# usage: scripts/bench-records.sh [ARCHIVE_DIR] [WORD]   (default /tmp/convene-archive, childcare; generated if missing)
set -euo pipefail
cd "$(dirname "$0")/.."
archive=${1:-/tmp/convene-archive}
word=${2:-childcare}

swift build -c release >/dev/null
bin=$(swift build -c release --show-bin-path)/convene
[ -d "$archive/meetings" ] || python3 scripts/make-archive.py "$archive"

seconds() { local start end; start=$(date +%s.%N); "$@" >/dev/null; end=$(date +%s.%N); echo "$end - $start" | bc; }
best() { local b=999 t; for _ in 1 2 3; do t=$(seconds "$@"); b=$(echo "if ($t < $b) $t else $b" | bc); done; printf '%.3f' "$b"; }

logs=$(find "$archive/meetings" -name '*.jsonl' | wc -l)
echo "archive: $archive ($logs meetings, $(du -sh "$archive/meetings" | cut -f1) of logs)"
rm -rf "$archive/index"
printf '%-40s %8s s\n' "first index build (convene meetings)" "$(seconds "$bin" meetings --records "$archive")"
echo "index: $(du -sh "$archive/index" | cut -f1); warm runs below, best of 3"
printf '%-40s %8s s   (target < 0.2)\n' "convene meetings" "$(best "$bin" meetings --records "$archive")"
c=$(best "$bin" search "$word" --records "$archive")
g=$(best grep -ri "$word" "$archive/meetings")
printf '%-40s %8s s\n' "convene search $word" "$c"
printf '%-40s %8s s   (convene/grep = %.2f, target <= 2)\n' "grep -ri $word (logs)" "$g" "$(echo "$c / $g" | bc -l)"
printf '%-40s %8s s   (target < 1)\n' "convene stats" "$(best "$bin" stats --records "$archive")"
echo "hits: convene $("$bin" search "$word" --records "$archive" --json | grep -c '"meeting"'), grep $(grep -ri "$word" "$archive/meetings" | wc -l)"
