// swift-tools-version: 6.0
// libFuzzer targets for Tarjuman, kept out of the library's package so that
// its users never build them. Build and run from the repository root:
//
//     make fuzz-smoke            # every target briefly
//     make fuzz RUNS=200000      # every target, longer
//
// or by hand:
//
//     swift build -c release --package-path Fuzz \
//         --sanitize=fuzzer --sanitize=address -Xswiftc -sanitize=fuzzer,address
//     TARJUMAN_FUZZ_TARGET=normalize Fuzz/.build/release/tarjuman-fuzz -runs=10000 CORPUS_DIR
//
// One executable serves every target; TARJUMAN_FUZZ_TARGET picks one. The
// -Xswiftc flag is not optional: see README.md (without it the Swift code has
// no coverage counters).
import PackageDescription

let package = Package(
    name: "TarjumanFuzz",
    dependencies: [
        .package(name: "Tarjuman", path: ".."),
    ],
    targets: [
        .executableTarget(
            name: "tarjuman-fuzz",
            dependencies: [
                .product(name: "Tarjuman", package: "Tarjuman"),
            ],
            // libFuzzer supplies main(); the entry point is
            // LLVMFuzzerTestOneInput. (Unsafe flags are allowed here: this is
            // the root of its own package.)
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        ),
    ],
    swiftLanguageModes: [.v6]
)
