# Sourced by scripts/bench.sh and scripts/link-order.sh, which measure and lay out the same binary.
#
# release_build ROOT PRODUCT: a static release build of PRODUCT from the Benchmarks package into
# Benchmarks/.build-static. Package.swift asks our own targets to fetch concrete metadata by accessor rather than by
# mangled name; a package cannot ask that of its dependencies, so the flag is given here too: ArgumentParser's share
# of start-up is mostly those lookups (docs/performance.md, docs/DECISIONS.md).
release_build() {
    (cd "$1/Benchmarks" && swift build -c release --static-swift-stdlib --scratch-path "$1/Benchmarks/.build-static" \
        -Xswiftc -Xfrontend -Xswiftc -disable-concrete-type-metadata-mangled-name-accessors --product "$2")
}
