#!/usr/bin/env bash
# Times convene followups and convene person on synthetic archives, release build (issue 13's target: under 0.3 s each).
# usage: scripts/bench-followthrough.sh [ARCHIVE_DIR] [PERSON]   (default /tmp/convene-archive, "Ana García")
# ARCHIVE_DIR is worked through as a group would (most older items closed); ARCHIVE_DIR-never-closed, the worst case,
# has every action and follow-up of 5,000 meetings still open. Both are generated when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
archive=${1:-/tmp/convene-archive}
person=${2:-Ana García}

swift build -c release >/dev/null
bin=$(swift build -c release --show-bin-path)/convene

seconds() { local start end; start=$(date +%s.%N); "$@" >/dev/null; end=$(date +%s.%N); echo "$end - $start" | bc; }
best() { local b=999 t; for _ in 1 2 3; do t=$(seconds "$@"); b=$(echo "if ($t < $b) $t else $b" | bc); done; printf '%.3f' "$b"; }

measure() {
    local folder=$1
    local logs open mine lines
    logs=$(find "$folder/meetings" -name '*.jsonl' | wc -l)
    echo "archive: $folder ($logs meetings, $(du -sh "$folder/meetings" | cut -f1) of logs)"
    if [ ! -f "$folder/index/ledger.txt" ]; then
        printf '%-44s %8s s\n' "first index build (convene meetings)" "$(seconds "$bin" meetings --records "$folder")"
    fi
    echo "index: $(du -sh "$folder/index" | cut -f1), ledger.txt $(du -sh "$folder/index/ledger.txt" | cut -f1); warm runs, best of 3"
    open=$("$bin" followups --records "$folder" | grep -c '^  ' || true)
    printf '%-44s %8s s   (target < 0.3; %s open items)\n' "convene followups" "$(best "$bin" followups --records "$folder")" "$open"
    mine=$("$bin" followups --mine "$person" --records "$folder" | grep -c '^  ' || true)
    printf '%-44s %8s s   (%s items)\n' "convene followups --mine '$person'" "$(best "$bin" followups --mine "$person" --records "$folder")" "$mine"
    printf '%-44s %8s s\n' "convene followups --all --json" "$(best "$bin" followups --all --json --records "$folder")"
    lines=$("$bin" person "$person" --records "$folder" | wc -l)
    printf '%-44s %8s s   (target < 0.3; %s lines)\n' "convene person '$person'" "$(best "$bin" person "$person" --records "$folder")" "$lines"
}

[ -d "$archive/meetings" ] || python3 scripts/make-archive.py "$archive"
[ -d "$archive-never-closed/meetings" ] || python3 scripts/make-archive.py "$archive-never-closed" --never-closed
measure "$archive"
echo
measure "$archive-never-closed"
