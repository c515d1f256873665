import Foundation

/// Real text for the tests: the seed reports at the root of the repository.
enum TestData {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The text of the seed file whose name starts with `prefix` ("000", "003").
    static func seed(_ prefix: String) -> String {
        let dir = root.appendingPathComponent("seeds")
        let name = (try? FileManager.default.contentsOfDirectory(atPath: dir.path))?
            .sorted().first { $0.hasPrefix(prefix) }
        guard let name, let data = FileManager.default.contents(atPath: dir.appendingPathComponent(name).path),
              let text = String(data: data, encoding: .utf8) else { return "" }
        return text
    }

    /// The English reference report (seeds/000_*).
    static var english: String { seed("000") }
    /// The Arabic reference report (seeds/003_*), the same story as ``english``.
    static var arabic: String { seed("003") }
}

extension String {
    /// Code points, for comparisons that must not be fooled by Swift's
    /// canonical-equivalence `==`.
    var scalars: [UInt32] { unicodeScalars.map(\.value) }
}
