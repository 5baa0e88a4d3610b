#!/usr/bin/env bash
# How long another counter's change takes to reach a cashier's screen.
#
# One screen (counter c1) runs in a detached tmux window on a fresh demo database with tomorrow's
# first showing's seat map open. A second counter (the command line, counter c2) then holds a
# seat and cancels the hold, ROUNDS times; each time the script polls the screen until the map
# changes. Two figures for each change: from starting the other counter's command (so including
# that process's start-up, its connection and its commit) to the changed screen; and from that
# command's end (its commit is done) to the changed screen, which is what the screen itself
# controls (the poll, the notification, the reload and the redraw).
#
# Usage: scripts/cross-counter-latency.sh [ROUNDS]   (needs tmux and jq; builds the release binary)
# On PostgreSQL: LATENCY_DB=postgres://… scripts/cross-counter-latency.sh, with the URL of an
# empty database (the screen then hears of the change by LISTEN/NOTIFY instead of data_version).
set -euo pipefail
rounds=${1:-30}
cd "$(dirname "$0")/.."
cargo build --release --quiet
bin=$PWD/target/release/boxoffice
work=$(mktemp -d)
session=latency-$$
trap 'tmux kill-session -t "$session" 2>/dev/null || true; rm -rf "$work"' EXIT
export BOXOFFICE_DB=${LATENCY_DB:-$work/demo.db} BOXOFFICE_LOG=off
"$bin" init --demo >/dev/null
zone=$(sed -n 's/^timezone *= *"\(.*\)"/\1/p' assets/demo-venue.toml | head -n 1)
tomorrow=$(TZ=$zone date -d tomorrow +%F)
showing=$("$bin" showings --date "$tomorrow" --json | jq '.[0].id')

tmux new-session -d -s "$session" -x 120 -y 40 "$bin --counter c1"
screen() { tmux capture-pane -p -t "$session" | head -n -1; } # the last line holds a clock
sleep 1
# t for today, then the next day: late in the evening the screen may already open on tomorrow.
tmux send-keys -t "$session" t && sleep 0.3 && tmux send-keys -t "$session" Right && sleep 0.3
tmux send-keys -t "$session" Enter && sleep 0.5

now_ms() { echo $(($(date +%s%N) / 1000000)); }
# Runs the command, then polls until the screen differs from before; prints the milliseconds
# from the command's start and from its end.
time_change() {
    local before start committed
    before=$(screen)
    start=$(now_ms)
    "$@" >/dev/null
    committed=$(now_ms)
    while [ "$(screen)" = "$before" ]; do
        if [ $(($(now_ms) - start)) -gt 5000 ]; then echo "no change on screen after 5 s" >&2; exit 1; fi
    done
    local shown
    shown=$(now_ms)
    echo "$((shown - start)) $((shown - committed))"
}

figures=()
for ((round = 1; round <= rounds; round++)); do
    seat="E$((round % 12 + 3))"
    figures+=("$(time_change "$bin" --counter c2 hold "$showing" "$seat")")
    code=$("$bin" seats "$showing" --json | jq -r --arg s "$seat" '.seats[] | select(.label == $s) | .booking')
    figures+=("$(time_change "$bin" --counter c2 cancel "$code")")
done
stats() {
    sort -n | awk -v what="$1" '
        { v[NR] = $1 }
        END { printf "%s, %d changes: min %d ms, median %d ms, p90 %d ms, max %d ms\n",
              what, NR, v[1], v[int((NR + 1) / 2)], v[int(NR * 0.9 + 0.5)], v[NR] }'
}
printf '%s\n' "${figures[@]}" | cut -d' ' -f1 | stats "from the other counter's command"
printf '%s\n' "${figures[@]}" | cut -d' ' -f2 | stats "from its commit"
# For comparison: what starting the other counter's command alone costs.
start=$(now_ms); for _ in 1 2 3 4 5 6 7 8 9 10; do "$bin" showings >/dev/null; done
echo "one 'boxoffice showings' process: $((($(now_ms) - start) / 10)) ms"
