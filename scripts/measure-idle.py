#!/usr/bin/env python3
"""Idle cost of convene's facilitator and projector screens beside tty-clock -s -c, in the same tmux setup.

For each screen: CPU per minute (every thread, from /proc/PID/task/*/schedstat, in nanoseconds), the median and
90th percentile of the CPU used in each one-second sample (steadier than the total on a shared machine), and the
bytes sent to the terminal per minute. Usage: measure-idle.py BINARY SECONDS SIZE MODE, where SIZE is like 120x40
and MODE is 'together' (all three at once) or 'alone' (one after another). Called by measure-idle.sh.
"""
import glob
import os
import statistics
import subprocess
import sys
import tempfile
import time

binary, seconds, size, mode = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
width, height = size.split("x")
work = tempfile.mkdtemp(prefix="convene-idle-")
agenda = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "agendas", "visioning.md")
socket = f"convene-idle-{os.getpid()}"


def tmux(*arguments):
    return subprocess.run(["tmux", "-L", socket, "-f", "/dev/null", *arguments], capture_output=True, text=True).stdout


def convene(records):
    return f"env CONVENE_HOME={work}/{records} TERM=xterm-256color {binary} run {agenda}"


SCREENS = [("tty-clock", "tty-clock -s -c", []), ("facilitator", convene("f"), ["Space"]),
           ("projector", convene("p"), ["Space", "p"])]


def cpu(pid):
    total = 0
    for path in glob.glob(f"/proc/{pid}/task/*/schedstat"):
        with open(path) as stat:
            total += int(stat.read().split()[0])
    return total


def measure(screens):
    """Starts the screens, lets them settle, samples their CPU once a second, and returns one line for each."""
    pids = {}
    for name, command, keys in screens:
        tmux("new-session", "-d", "-s", name, "-x", width, "-y", height, command)
    time.sleep(2)
    for name, command, keys in screens:
        for key in keys:
            tmux("send-keys", "-t", name, key)
            time.sleep(0.3)
        pids[name] = tmux("list-panes", "-t", name, "-F", "#{pane_pid}").strip()
    time.sleep(2)
    for name in pids:
        tmux("pipe-pane", "-t", name, "-o", f"cat > {work}/{name}.out")
    samples = {name: [] for name in pids}
    last = {name: cpu(pid) for name, pid in pids.items()}
    start = time.monotonic()
    for tick in range(1, seconds + 1):
        time.sleep(max(0, start + tick - time.monotonic()))
        for name, pid in pids.items():
            now = cpu(pid)
            samples[name].append(now - last[name])
            last[name] = now
    lines = []
    for name, taken in samples.items():
        tmux("pipe-pane", "-t", name)
        sent = os.path.getsize(f"{work}/{name}.out")
        ranked = sorted(taken)
        lines.append(f"{name:12} cpu {sum(taken) / 1e9 * 60 / seconds:.4f} s/min   per second: median "
                     f"{statistics.median(taken) / 1e3:5.0f} us, p90 {ranked[int(len(ranked) * 0.9)] / 1e3:5.0f} us   "
                     f"terminal {sent / 1024 * 60 / seconds:.1f} KB/min")
        tmux("kill-session", "-t", name)
    return lines


tmux("new-session", "-d", "-s", "keep", "sleep 100000")
try:
    print(f"over {seconds} s, release build, {size} tmux panes, screens measured {mode}")
    if mode == "alone":
        for screen in SCREENS:
            print(*measure([screen]), sep="\n", flush=True)
    else:
        print(*measure(SCREENS), sep="\n")
finally:
    tmux("kill-server")
