import Foundation

/// Real text for the tests: the seed reports and the names data.
enum TestData {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func file(_ relative: String) -> String {
        guard let data = FileManager.default.contents(atPath: root.appendingPathComponent(relative).path) else { return "" }
        return String(decoding: data, as: UTF8.self)
    }

    /// The text of the seed file whose name starts with `prefix`.
    static func seed(_ prefix: String) -> String {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("seeds").path)) ?? []
        guard let name = names.sorted().first(where: { $0.hasPrefix(prefix) }) else { return "" }
        return file("seeds/" + name)
    }

    static var english: String { seed("000") }
    static var arabic: String { seed("003") }
}

extension String {
    var scalars: [UInt32] { unicodeScalars.map(\.value) }
}
