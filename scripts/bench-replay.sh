#!/usr/bin/env bash
# Times opening a 12-hour meeting of 20,000 events (EventLogFile.read + Meeting.replay) in a release build.
# Passes when the best of five runs is under 100 ms; prints the figures.
set -euo pipefail
cd "$(dirname "$0")/.."
CONVENE_BENCH=1 swift test -c release --filter ReplayBenchmarkTests 2>&1 | grep -E "replay benchmark|passed|failed|error"
