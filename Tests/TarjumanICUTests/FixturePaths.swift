// Helpers for the conformance tests: where the fixtures are, how to read them
// without Foundation (the library does not use it, so neither do its tests),
// and how to report many failures briefly.

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

import Testing
import TarjumanICU

enum Fixtures {
    /// The package root. This file is `<root>/Tests/TarjumanICUTests/FixturePaths.swift`.
    static let packageRoot: String = {
        var parts = "\(#filePath)".split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)
        return parts.joined(separator: "/")
    }()

    /// The Unicode version of the data files in `Fixtures/unicode`.
    static let unicodeVersion = "15.0"

    /// The path of a file in `Fixtures/unicode`.
    static func unicode(_ name: String) -> String {
        packageRoot + "/Fixtures/unicode/" + name
    }

    /// The content of a (UTF-8) text file.
    static func read(_ path: String) throws -> String {
        guard let file = fopen(path, "rb") else {
            throw FixtureError(message: "cannot open \(path) (errno \(errno))")
        }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, file) }
            if n > 0 { bytes += chunk[0..<n] }
            if n < chunk.count {
                if ferror(file) != 0 { throw FixtureError(message: "cannot read \(path)") }
                break
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The data lines of a Unicode data file: the part before `#`, trimmed,
    /// with 1-based line numbers; blank and comment-only lines left out.
    static func dataLines(of text: String) -> [(number: Int, text: Substring)] {
        var result: [(number: Int, text: Substring)] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let data = line.prefix { $0 != "#" }.trimmingWhitespace()
            if !data.isEmpty { result.append((index + 1, data)) }
        }
        return result
    }
}

struct FixtureError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}

extension Substring {
    func trimmingWhitespace() -> Substring {
        var s = self
        while let c = s.first, c.isWhitespace { s.removeFirst() }
        while let c = s.last, c.isWhitespace { s.removeLast() }
        return s
    }
}

extension Unicode.Scalar {
    /// The scalar for a hex code point such as `"1E0A"`, if it is one.
    init?(hex: some StringProtocol) {
        guard let value = UInt32(hex, radix: 16) else { return nil }
        self.init(value)
    }

    /// `U+1E0A` style.
    var hexCode: String {
        let hex = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}

extension Trait where Self == ConditionTrait {
    /// Conformance files must match the Unicode version of the ICU under test:
    /// with another ICU the expected results differ by design (new characters,
    /// changed properties), so the tests are skipped, not failed. Replace the
    /// files in `Fixtures/unicode` (and `Fixtures.unicodeVersion`) to test
    /// another ICU.
    static var unicodeDataMatchesICU: Self {
        .enabled(
            if: ICU.unicodeVersion == Fixtures.unicodeVersion,
            "Fixtures/unicode holds Unicode \(Fixtures.unicodeVersion) conformance data, but ICU \(ICU.version) implements Unicode \(ICU.unicodeVersion)"
        )
    }
}

/// Code points as the data files write them: `0044 0307`.
func hexList(_ scalars: some Sequence<Unicode.Scalar>) -> String {
    scalars.map(\.hexCode).joined(separator: " ")
}

/// Counts failures and keeps the first few for the report.
struct Failures: Sendable {
    static let detailLimit = 10
    private(set) var count = 0
    private(set) var details: [String] = []

    mutating func add(_ detail: String) {
        count += 1
        if details.count < Self.detailLimit { details.append(detail) }
    }

    mutating func merge(_ other: Failures) {
        count += other.count
        details += other.details.prefix(Self.detailLimit - details.count)
    }

    /// Records the kept failures as issues, one each, and notes how many more there were.
    func report(sourceLocation: SourceLocation = #_sourceLocation) {
        for detail in details {
            Issue.record("\(detail)", sourceLocation: sourceLocation)
        }
        if count > details.count {
            Issue.record("... and \(count - details.count) more", sourceLocation: sourceLocation)
        }
    }
}
