// swift-tools-version: 6.0
// A consumer of Tarjuman that checks the alignment of its own report pair in
// its tests (`make example-test`, or `swift test` in this folder).
import PackageDescription

let package = Package(
    name: "AlignmentCheck",
    dependencies: [
        // Tarjuman itself, two folders up; elsewhere:
        // .package(url: "https://…/tarjuman.git", from: "…")
        .package(name: "Tarjuman", path: "../.."),
    ],
    targets: [
        .testTarget(
            name: "AlignmentCheckTests",
            // The product by name: a path dependency's identity is its folder's
            // name (whatever the clone is called), which
            // .product(name: "Tarjuman", package: …) would have to spell.
            dependencies: [.product(name: "Tarjuman", package: "Tarjuman")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
