import Foundation
import Tarjuman
import Testing

/// This package's report pair (`Reports/`), aligned by Tarjuman and checked
/// against the hand-made list of the names the two reports share.
@Suite struct AlignmentCheckTests {
    /// The package's folder (where `Package.swift` is): the gold file's
    /// `# english:` and `# arabic:` paths are relative to it.
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func read(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    @Test func theAnkaraMeetingAlignsWithItsGoldList() throws {
        let gold = try AlignmentGold(parsing: try Self.read("Reports/gold.tsv"), source: "Reports/gold.tsv")
        let english = try Self.read(try #require(gold.englishFile))
        let arabic = try Self.read(try #require(gold.arabicFile))

        let alignment = try ReportAligner().align(english: english, arabic: arabic)
        let score = gold.score(alignment)

        print("AlignmentCheck: \(score)")
        let differences = Comment(rawValue: ([score.description] + score.differences).joined(separator: "\n"))
        #expect(score.precision >= 0.95, differences)
        #expect(score.recall >= 0.9, differences)
        // The names only the Arabic report has (two ministries) stay unpaired.
        #expect(score.wronglyPairedNames.isEmpty, differences)
    }
}
