#!/usr/bin/env bash
# Times convene followups and convene person on a synthetic archive, release build (issue 13's target: under 0.3 s each).
# usage: scripts/bench-followthrough.sh [ARCHIVE_DIR] [PERSON]   (default /tmp/convene-archive, "Ana García"; generated if missing)
set -euo pipefail
cd "$(dirname "$0")/.."
archive=${1:-/tmp/convene-archive}
person=${2:-Ana García}

swift build -c release >/dev/null
bin=$(swift build -c release --show-bin-path)/convene
[ -d "$archive/meetings" ] || python3 scripts/make-archive.py "$archive"

seconds() { local start end; start=$(date +%s.%N); "$@" >/dev/null; end=$(date +%s.%N); echo "$end - $start" | bc; }
best() { local b=999 t; for _ in 1 2 3; do t=$(seconds "$@"); b=$(echo "if ($t < $b) $t else $b" | bc); done; printf '%.3f' "$b"; }

logs=$(find "$archive/meetings" -name '*.jsonl' | wc -l)
echo "archive: $archive ($logs meetings, $(du -sh "$archive/meetings" | cut -f1) of logs)"
if [ ! -f "$archive/index/ledger.txt" ]; then
    printf '%-44s %8s s\n' "first index build (convene meetings)" "$(seconds "$bin" meetings --records "$archive")"
fi
echo "index: $(du -sh "$archive/index" | cut -f1), ledger.txt $(du -sh "$archive/index/ledger.txt" | cut -f1); warm runs, best of 3"
open=$("$bin" followups --records "$archive" | grep -c '^  ' || true)
printf '%-44s %8s s   (target < 0.3; %s open items)\n' "convene followups" "$(best "$bin" followups --records "$archive")" "$open"
mine=$("$bin" followups --mine "$person" --records "$archive" | grep -c '^  ' || true)
printf '%-44s %8s s   (%s items)\n' "convene followups --mine '$person'" "$(best "$bin" followups --mine "$person" --records "$archive")" "$mine"
printf '%-44s %8s s\n' "convene followups --all --json" "$(best "$bin" followups --all --json --records "$archive")"
lines=$("$bin" person "$person" --records "$archive" | wc -l)
printf '%-44s %8s s   (target < 0.3; %s lines)\n' "convene person '$person'" "$(best "$bin" person "$person" --records "$archive")" "$lines"
