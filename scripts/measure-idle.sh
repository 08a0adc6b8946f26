#!/usr/bin/env bash
# Idle cost of a screen, measured side by side with tty-clock -s -c in the same tmux setup:
# CPU seconds used and bytes sent to the terminal over SECONDS (default 60).
# Usage: scripts/measure-idle.sh [SECONDS]   (builds release first)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
swift build -c release >/dev/null
bin=$(swift build -c release --show-bin-path)/convene
work=$(mktemp -d)
trap 'tmux -L convene-idle kill-server 2>/dev/null; rm -rf "$work"' EXIT
agenda=agendas/visioning.md

cpu() { awk '{print $14 + $15}' "/proc/$1/stat"; }
child() { cat "/proc/$1/task/$1/children" | awk '{print $1}'; }

measure() { # name, keys to send after start, command
    local name=$1 keys=$2 cmd=$3 session=$1
    tmux -L convene-idle new-session -d -s "$session" -x 120 -y 40 "$cmd"
    sleep 2
    [ -n "$keys" ] && tmux -L convene-idle send-keys -t "$session" $keys && sleep 1
    local shell pid
    shell=$(tmux -L convene-idle list-panes -t "$session" -F '#{pane_pid}')
    pid=$(child "$shell"); pid=${pid:-$shell}
    tmux -L convene-idle pipe-pane -t "$session" -o "cat > $work/$name.out"
    local before after hz
    hz=$(getconf CLK_TCK)
    before=$(cpu "$pid")
    sleep "$seconds"
    after=$(cpu "$pid")
    tmux -L convene-idle pipe-pane -t "$session"
    local bytes
    bytes=$(stat -c %s "$work/$name.out")
    awk -v n="$name" -v c=$((after - before)) -v hz="$hz" -v b="$bytes" -v s="$seconds" \
        'BEGIN { printf "%-22s cpu %.2f s/min   terminal %.1f KB/min\n", n, c / hz * 60 / s, b / 1024 * 60 / s }'
}

tmux -L convene-idle new-session -d -s keep 'sleep 100000'
printf 'over %s s, release build, 120x40 tmux panes\n' "$seconds"
measure tty-clock "" "tty-clock -s -c" &
measure facilitator "Space" "env CONVENE_HOME=$work/rec TERM=xterm-256color $bin run $agenda" &
measure projector "Space p" "env CONVENE_HOME=$work/rec2 TERM=xterm-256color $bin run $agenda" &
wait
