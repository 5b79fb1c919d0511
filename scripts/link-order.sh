#!/usr/bin/env bash
# scripts/link-order.sh [--no-build]: regenerates linker/checkout-tui.order, the order the release link lays out
# checkout-tui's functions in (issue 16 items 1 and 2; docs/performance.md, "TUI peak RSS").
#
# Runs a static release build of checkout-tui under callgrind in an 80x24 pty, through the sessions below, and
# writes the functions they executed, start-up first, each where it first ran. Functions a session runs then share
# a few MiB of pages instead of faulting in pages scattered over the whole text. Run it after a change that moves
# start-up or the buyer's path; `scripts/bench.sh` says how many of the file's names the binary still has.
# Needs valgrind (Debian's `valgrind`); takes about two minutes after the build.
#
#   --no-build  use the binary already in Benchmarks/.build-static/release (as scripts/bench.sh leaves it)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
HERE="$ROOT/scripts/bench"
BUILD=1
case "${1:-}" in
    "") ;;
    --no-build) BUILD=0 ;;
    -h | --help) sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "link-order.sh: unknown option $1 (try --help)" >&2; exit 2 ;;
esac
command -v valgrind > /dev/null || { echo "link-order.sh: needs valgrind (apt-get install valgrind)" >&2; exit 2; }

# shellcheck source=scripts/bench/release-build.sh
. "$HERE/release-build.sh"
if [ "$BUILD" = 1 ]; then
    release_build "$ROOT" checkout-tui
fi
WORK=$(mktemp -d "${TMPDIR:-/tmp}/checkout-link-order.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
# Valgrind 3.19 cannot read the DWARF 5 the toolchain writes; the symbol table is all callgrind needs.
strip --strip-debug -o "$WORK/checkout-tui" "$ROOT/Benchmarks/.build-static/release/checkout-tui"
CARD=$(python3 -c 'import json, sys; print(next(c["cardNo"] for c in json.load(open(sys.argv[1]))["cards"] if c["outcome"] == "SUCCESS"))' \
    "$ROOT/assets/data/test-cards.json")

# session NAME [--send KEYS ...] [-- ARGS...]: one run under callgrind, its own home so no state carries over.
session() {
    local name=$1
    shift
    local sends=() args=()
    while [ $# -gt 0 ]; do
        if [ "$1" = -- ]; then shift; args=("$@"); break; fi
        sends+=(--send "$1")
        shift
    done
    echo "== $name"
    mkdir -p "$WORK/home-$name"
    HOME="$WORK/home-$name" XDG_STATE_HOME="$WORK/home-$name/state" \
        python3 "$HERE/pty_time.py" --runs 1 --warmup 0 --send-delay 2 --timeout 300 "${sends[@]}" -- \
        valgrind --tool=callgrind --demangle=no --callgrind-out-file="$WORK/$name.callgrind" \
        "$WORK/checkout-tui" "${args[@]}" > "$WORK/$name.json"
    python3 -c 'import json, sys; codes = json.load(open(sys.argv[1]))["exit_codes"]; sys.exit(codes != [0])' \
        "$WORK/$name.json" || { echo "link-order.sh: the $name session did not end with exit 0: $(cat "$WORK/$name.json")" >&2; exit 1; }
}

# Start-up comes first: it is what every run pays, and its pages are faulted in before the first frame.
session first-frame -- --exit-after-first-frame
# scripts/bench.sh's TUI peak RSS session: a card payment, the timeline, quit.
session card '\x1b[B' '\x1b[B' '\r' "$CARD" '\t1230\t123\tGAGA TEST' '\r' '' '' 't' '' 'q'
# The first method on the order page (a wallet), help and the explain pane.
session wallet-help '\r' '' '' '?' '\x1b' 'e' '' 'e' 'q'

python3 "$HERE/link_order.py" functions "$WORK/checkout-tui" \
    "$WORK/first-frame.callgrind" "$WORK/card.callgrind" "$WORK/wallet-help.callgrind" > "$ROOT/linker/checkout-tui.order"
echo "linker/checkout-tui.order: $(wc -l < "$ROOT/linker/checkout-tui.order") functions"
# The file is not an input SwiftPM tracks: remove the linked binaries so the next release build links again with it.
rm -f "$ROOT/Benchmarks/.build-static/release/checkout-tui" "$ROOT/.build/release/checkout-tui"
echo "the next release build links checkout-tui in this order"
