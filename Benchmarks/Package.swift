// swift-tools-version: 6.0
// Benchmarks for TarjumanICU, kept out of the library's package so that its
// users never build them. Run from the repository root:
//
//     swift run -c release --package-path Benchmarks tarjuman-bench
//
import PackageDescription

let package = Package(
    name: "TarjumanBenchmarks",
    dependencies: [
        .package(name: "Tarjuman", path: ".."),
    ],
    targets: [
        // The system ICU for the C baseline, for compiler and linker flags only
        // (the same pattern as ../Sources/CICU; a module name of its own, since
        // module names are global to the package graph).
        .systemLibrary(
            name: "BenchICU",
            pkgConfig: "icu-uc icu-i18n",
            providers: [.apt(["libicu-dev"]), .brew(["icu4c"])]
        ),
        // The same operations written against ICU directly, as a C (and C++)
        // programmer would. Its header has stdint types only; ICU headers are
        // included in the .c/.cpp files.
        .target(name: "ICUBaseline", dependencies: ["BenchICU"]),
        .executableTarget(
            name: "tarjuman-bench",
            dependencies: [
                "ICUBaseline",
                .product(name: "TarjumanICU", package: "Tarjuman"),
                .product(name: "Tarjuman", package: "Tarjuman"),
            ]
        ),
        // Start-up: the first use of the built-in data, in fresh processes.
        .executableTarget(
            name: "tarjuman-startup",
            dependencies: [.product(name: "Tarjuman", package: "Tarjuman")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
