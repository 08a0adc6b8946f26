#!/usr/bin/env bash
# Idle cost of the facilitator and projector screens, measured side by side with tty-clock -s -c in the same tmux
# setup: CPU per minute, the median CPU of each second, and bytes sent to the terminal per minute.
# Usage: scripts/measure-idle.sh [SECONDS]   (default 60; builds release first)
#   COLUMNS_ROWS=200x50 for another pane size; MODE=alone to run the three one after another instead of at once.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v tty-clock >/dev/null || { echo "measure-idle: tty-clock is the yardstick; install it: apt-get install -y tty-clock" >&2; exit 1; }
swift build -c release >/dev/null
exec python3 scripts/measure-idle.py "$(swift build -c release --show-bin-path)/convene" "${1:-60}" "${COLUMNS_ROWS:-120x40}" "${MODE:-together}"
