# Sourced by scripts/bench.sh and scripts/link-order.sh, which measure and lay out the same binary.
#
# release_build ROOT PRODUCT: a static release build of PRODUCT from the Benchmarks package into
# Benchmarks/.build-static. Package.swift asks our own targets to fetch concrete metadata by accessor rather than by
# mangled name; a package cannot ask that of its dependencies, so the flag is given here too: ArgumentParser's share
# of start-up is mostly those lookups (docs/performance.md, docs/DECISIONS.md).
#
# `-disable-incremental-imports`: a module whose own files did not change is rebuilt whenever a module it imports
# is. With the driver's cross-module incremental builds (the default) it is rebuilt only when it names a
# declaration that changed, and a stored property added to one struct changes the size of every struct that holds
# it, which nothing names: bench-present kept its older idea of `CheckoutApp`'s size and aborted on a corrupt
# string in three full runs before this (docs/performance.md, "Running it").
release_build() {
    (cd "$1/Benchmarks" && swift build -c release --static-swift-stdlib --scratch-path "$1/Benchmarks/.build-static" \
        -Xswiftc -Xfrontend -Xswiftc -disable-concrete-type-metadata-mangled-name-accessors \
        -Xswiftc -disable-incremental-imports --product "$2")
}
