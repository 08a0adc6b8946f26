#!/usr/bin/env bash
# Idle cost of a screen, measured side by side with tty-clock -s -c in the same tmux setup:
# CPU seconds used and bytes sent to the terminal over SECONDS (default 60).
# CPU is read from /proc/PID/schedstat (nanoseconds on a CPU, every thread), so a few milliseconds are not lost to clock ticks.
# Usage: scripts/measure-idle.sh [SECONDS]   (builds release first; COLUMNS_ROWS=200x50 for another pane size)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
command -v tty-clock >/dev/null || { echo "measure-idle: tty-clock is the yardstick; install it: apt-get install -y tty-clock" >&2; exit 1; }
swift build -c release >/dev/null
bin=$(swift build -c release --show-bin-path)/convene
work=$(mktemp -d)
trap 'tmux -L convene-idle kill-server 2>/dev/null; rm -rf "$work"' EXIT
agenda=agendas/visioning.md

size=${COLUMNS_ROWS:-120x40}
cpu() { cat /proc/"$1"/task/*/schedstat | awk '{ns += $1} END {print ns}'; }
child() { cat "/proc/$1/task/$1/children" | awk '{print $1}'; }

measure() { # name, keys to send after start, command
    local name=$1 keys=$2 cmd=$3 session=$1
    tmux -L convene-idle new-session -d -s "$session" -x "${size%x*}" -y "${size#*x}" "$cmd"
    sleep 2
    [ -n "$keys" ] && tmux -L convene-idle send-keys -t "$session" $keys && sleep 1
    local shell pid
    shell=$(tmux -L convene-idle list-panes -t "$session" -F '#{pane_pid}')
    pid=$(child "$shell"); pid=${pid:-$shell}
    tmux -L convene-idle pipe-pane -t "$session" -o "cat > $work/$name.out"
    local before after
    before=$(cpu "$pid")
    sleep "$seconds"
    after=$(cpu "$pid")
    tmux -L convene-idle pipe-pane -t "$session"
    local bytes
    bytes=$(stat -c %s "$work/$name.out")
    awk -v n="$name" -v c=$((after - before)) -v b="$bytes" -v s="$seconds" \
        'BEGIN { printf "%-22s cpu %.4f s/min   terminal %.1f KB/min\n", n, c / 1e9 * 60 / s, b / 1024 * 60 / s }'
}

tmux -L convene-idle new-session -d -s keep 'sleep 100000'
printf 'over %s s, release build, %s tmux panes\n' "$seconds" "$size"
measure tty-clock "" "tty-clock -s -c" &
measure facilitator "Space" "env CONVENE_HOME=$work/rec TERM=xterm-256color $bin run $agenda" &
measure projector "Space p" "env CONVENE_HOME=$work/rec2 TERM=xterm-256color $bin run $agenda" &
wait
