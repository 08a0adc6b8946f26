#!/usr/bin/env bash
# Times convene site on a synthetic archive, release build (issue 14's target: 5,000 meetings under 30 s): a first
# build into an empty folder, a rerun with nothing changed, and a rerun after one meeting's log grew by a note.
# usage: scripts/bench-site.sh [ARCHIVE_DIR] [SITE_DIR]   (default /tmp/site-archive, /tmp/site-bench)
# ARCHIVE_DIR is generated when missing; the note added to its newest log is taken out again at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
archive=${1:-/tmp/site-archive}
site=${2:-/tmp/site-bench}

swift build -c release >/dev/null
bin=$(swift build -c release --show-bin-path)/convene
[ -d "$archive/meetings" ] || python3 scripts/make-archive.py "$archive"

said=$(mktemp)
trap 'rm -f "$said"' EXIT
# Runs one build, prints its wall-clock seconds, and keeps what convene said in $said.
seconds() { local start end; start=$(date +%s.%N); "$@" >"$said"; end=$(date +%s.%N); printf '%.2f' "$(echo "$end - $start" | bc)"; }

logs=$(find "$archive/meetings" -name '*.jsonl' | wc -l)
echo "archive: $archive ($logs meetings, $(du -sh "$archive/meetings" | cut -f1) of logs); load: $(uptime | sed 's/.*load average: //')"
rm -rf "$site"
printf '%-32s %8s s   (target < 30)\n' "first build (empty folder)" "$(seconds "$bin" site "$site" --records "$archive")"
sed 's/^/    /' "$said"
echo "    site: $(du -sh "$site" | cut -f1); search.html $(du -sh "$site/search.html" | cut -f1), $(find "$site/meetings" -name '*.html' | wc -l) meeting pages"
printf '%-32s %8s s\n' "rerun, nothing changed" "$(seconds "$bin" site "$site" --records "$archive")"
sed 's/^/    /' "$said"

newest=$(find "$archive/meetings" -name '*.jsonl' | sort | tail -1)
saved=$(mktemp)
cp -p "$newest" "$saved"
trap 'cp -p "$saved" "$newest"; rm -f "$saved" "$said"' EXIT
echo '{"at":"2030-01-01T09:00:00.000Z","by":"bench","type":"note.added","id":"bench-site","item":0,"kind":"decision","text":"Benchmark change"}' >> "$newest"
printf '%-32s %8s s\n' "rerun, one meeting changed" "$(seconds "$bin" site "$site" --records "$archive")"
sed 's/^/    /' "$said"
