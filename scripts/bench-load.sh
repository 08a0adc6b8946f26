#!/usr/bin/env bash
# Sixteen writers appending to one log at once for CONVENE_LOAD_SECONDS (default 60), each with its own open
# of the file as separate processes would; checks every line arrived once and in order, and prints appends/s.
# Once `convene note` exists this can spawn sixteen `convene note` processes instead.
set -euo pipefail
cd "$(dirname "$0")/.."
CONVENE_LOAD_SECONDS="${CONVENE_LOAD_SECONDS:-60}" swift test --filter EventLogFileLoadTests 2>&1 | grep -E "^load:|passed|failed|error"
