#!/usr/bin/env bash
# Fuzzing at scale (issue 7): the gateway's request decoding + validation and the signature-header parsers,
# each for --runs inputs under libFuzzer (--sanitize=fuzzer,address), then --keys random keys against the
# headless program with its invariants checked after every key. Prints one summary line per target and exits
# non-zero on any crash or broken invariant.
#
# usage: scripts/fuzz.sh [--runs N] [--keys N] [--seed S] [--seeded]
#   --runs N   inputs per target (default 1000000)
#   --keys N   random keys against the headless program (default 100000)
#   --seed S   seed for libFuzzer, the seeded generator and the key explorer (default 1)
#   --seeded   use the seeded generator (fuzz-driver) instead of libFuzzer; also the fallback when the
#              sanitizer build fails
#
# Builds go to Fuzz/.build (the driver, plain release) and Fuzz/.build-fuzz (libFuzzer targets); libFuzzer's
# work corpora, logs and crash inputs stay under Fuzz/.build-fuzz.
set -euo pipefail
script="$(cd "$(dirname "$0")" && pwd)/$(basename "$0")"
cd "$(dirname "$script")/../Fuzz"

runs=1000000
keys=100000
seed=1
engine=libfuzzer
while [ $# -gt 0 ]; do
    case "$1" in
        --runs) runs="$2"; shift 2 ;;
        --keys) keys="$2"; shift 2 ;;
        --seed) seed="$2"; shift 2 ;;
        --seeded) engine=seeded; shift ;;
        -h|--help) sed -n '2,15p' "$script" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "fuzz.sh: unknown argument $1 (see --help)" >&2; exit 2 ;;
    esac
done
for value in "$runs" "$keys" "$seed"; do
    [[ "$value" =~ ^[0-9]+$ ]] || { echo "fuzz.sh: '$value' is not a whole number" >&2; exit 2; }
done

# Dictionary order must not depend on the process, so a seed replays the same run.
export SWIFT_DETERMINISTIC_HASHING=1
targets=(gateway-request signature-header)
mkdir -p .build-fuzz
status=0

build() {
    local log="$1"; shift
    if ! "$@" >"$log" 2>&1; then
        tail -n 30 "$log" >&2
        return 1
    fi
}

echo "fuzz.sh: building fuzz-driver (release)…" >&2
# `-disable-incremental-imports`, as scripts/bench/release-build.sh says why: an unchanged module is rebuilt with
# every module it imports, so no layout it was compiled against is out of date.
build .build-fuzz/driver-build.log swift build -c release -Xswiftc -disable-incremental-imports --product fuzz-driver
driver=".build/release/fuzz-driver"

if [ "$engine" = libfuzzer ]; then
    echo "fuzz.sh: building the libFuzzer targets (release, --sanitize=fuzzer --sanitize=address)…" >&2
    for target in "${targets[@]}"; do
        if ! build ".build-fuzz/$target-build.log" swift build -c release --scratch-path .build-fuzz \
            -Xswiftc -disable-incremental-imports --sanitize=fuzzer --sanitize=address --product "fuzz-$target"; then
            echo "fuzz.sh: the libFuzzer build failed; falling back to the seeded generator" >&2
            engine=seeded
            break
        fi
    done
fi

libfuzzer_run() {
    local target="$1"
    local seeds=".build-fuzz/corpus/$target" work=".build-fuzz/work/$target" log=".build-fuzz/$target.log"
    rm -rf "$seeds" "$work"
    mkdir -p "$work" .build-fuzz/artifacts
    "$driver" corpus "$target" "$seeds" >/dev/null
    local started=$SECONDS code=0
    # Leak checks are off: the Swift runtime's metadata caches live until exit and would read as leaks.
    ASAN_OPTIONS=detect_leaks=0 ".build-fuzz/release/fuzz-$target" -runs="$runs" -seed="$seed" -timeout=10 \
        -detect_leaks=0 -print_final_stats=1 -artifact_prefix=".build-fuzz/artifacts/$target-" \
        "$work" "$seeds" >"$log" 2>&1 || code=$?
    local done_runs
    done_runs=$(sed -n 's/^Done \([0-9]*\) runs.*/\1/p' "$log" | tail -n 1)
    if [ "$code" -eq 0 ] && [ -n "$done_runs" ]; then
        echo "fuzz $target: $done_runs inputs, 0 crashes (libFuzzer, $((SECONDS - started)) s)"
    else
        echo "fuzz $target: ${done_runs:-?} inputs, 1 crash (libFuzzer exit $code, $((SECONDS - started)) s; log $PWD/$log)"
        grep -m 5 -E "Fatal error|ERROR: |SUMMARY|Test unit written" "$log" >&2 || tail -n 20 "$log" >&2
        return 1
    fi
}

for target in "${targets[@]}"; do
    if [ "$engine" = libfuzzer ]; then
        libfuzzer_run "$target" || status=1
    else
        "$driver" seeded "$target" --runs "$runs" --seed "$seed" || status=1
    fi
done
"$driver" keys --keys "$keys" --seed "$seed" || status=1
exit "$status"
