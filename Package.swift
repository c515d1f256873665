// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Tarjuman",
    products: [
        // Swift over the system's ICU: normalization, case mapping,
        // transliteration, segmentation, scripts.
        .library(name: "TarjumanICU", targets: ["TarjumanICU"]),
        // Arabic and English normalization, tokenization, names, alignment
        // (re-exports TarjumanICU).
        .library(name: "Tarjuman", targets: ["Tarjuman"]),
        .executable(name: "tarjuman", targets: ["tarjuman"]),
        .executable(name: "normalize", targets: ["normalize"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // `make docs`: swift package generate-documentation (build time only).
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
    ],
    targets: [
        // The system ICU, for compiler and linker flags only (pkg-config).
        .systemLibrary(
            name: "CICU",
            pkgConfig: "icu-uc icu-i18n",
            providers: [.apt(["libicu-dev"]), .brew(["icu4c"])]
        ),
        // The C boundary: a header with stdint types only; ICU headers in .c/.cpp.
        .target(name: "CICUShim", dependencies: ["CICU"]),
        .target(name: "TarjumanICU", dependencies: ["CICUShim"]),
        // The built-in data: one binary pack (written by `make data` from
        // Data/), embedded as a C array and read in place.
        .target(name: "CTarjumanData", exclude: ["tarjuman.pack"]),
        .target(name: "Tarjuman", dependencies: ["TarjumanICU", "CTarjumanData"]),
        // Training, fitting and the baselines (package access; not a product):
        // used by tarjuman-dev and the tests, never by the user's API.
        .target(name: "TarjumanResearch", dependencies: ["Tarjuman"]),
        // Shared plumbing of the command-line tools (not a product).
        .target(
            name: "TarjumanCLI",
            dependencies: ["Tarjuman", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .executableTarget(
            name: "normalize",
            dependencies: [
                "Tarjuman", "TarjumanCLI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "tarjuman",
            dependencies: [
                "Tarjuman", "TarjumanCLI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The developer tool (not a product): training, evaluation, and
        // packing Data/ into the built-in pack (`make data`).
        .executableTarget(
            name: "tarjuman-dev",
            dependencies: [
                "Tarjuman", "TarjumanResearch", "TarjumanCLI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "TarjumanICUTests", dependencies: ["TarjumanICU"]),
        .testTarget(name: "TarjumanTests", dependencies: ["Tarjuman", "TarjumanResearch"]),
        // Runs the built command-line tools as a user would.
        .testTarget(name: "CLITests", dependencies: ["normalize", "tarjuman", "tarjuman-dev", "TarjumanCLI"]),
        // Compile-only guard: Foundation next to the library must keep building.
        .testTarget(name: "FoundationInteropTests", dependencies: ["TarjumanICU"]),
    ],
    swiftLanguageModes: [.v6]
)
