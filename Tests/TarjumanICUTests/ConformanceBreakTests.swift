// UAX #29 conformance: Unicode's WordBreakTest.txt and SentenceBreakTest.txt
// (Fixtures/unicode), run through Segmenter with the root locale.
//
// ICU follows CLDR's root segmentation rules, which tailor UAX #29 in a few
// documented places. The lines where that shows are listed, with reasons, in
// Fixtures/unicode/expected-deviations.txt. Any other mismatch fails, and so
// does a listed deviation that no longer deviates (the list must stay exact).

import Testing
import TarjumanICU

@Suite("Unicode conformance: WordBreakTest and SentenceBreakTest", .unicodeDataMatchesICU)
struct ConformanceBreakTests {
    @Test("WordBreakTest.txt through Segmenter(.word)")
    func wordBreaks() throws {
        try Self.run(file: "WordBreakTest.txt", segmenter: Segmenter(.word))
    }

    @Test("SentenceBreakTest.txt through Segmenter(.sentence)")
    func sentenceBreaks() throws {
        try Self.run(file: "SentenceBreakTest.txt", segmenter: Segmenter(.sentence))
    }

    /// One test line: `÷ 0001 × 0308 ÷ 0001 ÷`.
    struct TestLine {
        let number: Int
        /// The line before `#`, trimmed: the key of expected deviations.
        let text: String
        let scalars: [Unicode.Scalar]
        /// The `÷` positions, as UTF-8 offsets.
        let boundaries: [Int]
    }

    static func parse(_ file: String) throws -> [TestLine] {
        let content = try Fixtures.read(Fixtures.unicode(file))
        return try Fixtures.dataLines(of: content).map { number, data in
            var scalars: [Unicode.Scalar] = []
            var boundaries: [Int] = []
            var offset = 0
            for token in data.split(whereSeparator: \.isWhitespace) {
                switch token {
                case "÷": boundaries.append(offset)
                case "×": break
                default:
                    guard let scalar = Unicode.Scalar(hex: token) else {
                        throw FixtureError(message: "\(file):\(number): bad token \(token)")
                    }
                    scalars.append(scalar)
                    offset += UTF8.width(scalar)
                }
            }
            guard boundaries.first == 0, boundaries.last == offset else {
                throw FixtureError(message: "\(file):\(number): a line starts and ends with ÷: \(data)")
            }
            return TestLine(number: number, text: String(data), scalars: scalars, boundaries: boundaries)
        }
    }

    /// The line written back in the file's notation with the given boundaries,
    /// to show what the segmenter did.
    static func render(_ scalars: [Unicode.Scalar], boundaries: [Int]) -> String {
        let cuts = Set(boundaries)
        var result = cuts.contains(0) ? "÷" : "×"
        var offset = 0
        for scalar in scalars {
            offset += UTF8.width(scalar)
            result += " \(scalar.hexCode) " + (cuts.contains(offset) ? "÷" : "×")
        }
        return result
    }

    /// The deviations listed for `file`: test line text → reason.
    static func expectedDeviations(for file: String) throws -> [String: String] {
        let name = "expected-deviations.txt"
        let content = try Fixtures.read(Fixtures.unicode(name))
        var result: [String: String] = [:]
        for (number, data) in Fixtures.dataLines(of: content) {
            let fields = data.split(separator: "|", maxSplits: 2).map { $0.trimmingWhitespace() }
            guard fields.count == 3, !fields[2].isEmpty else {
                throw FixtureError(message: "\(name):\(number): expected `file | test line | reason`: \(data)")
            }
            guard fields[0] == file else { continue }
            let line = String(fields[1])
            guard result[line] == nil else {
                throw FixtureError(message: "\(name):\(number): listed twice: \(line)")
            }
            result[line] = String(fields[2])
        }
        return result
    }

    static func run(file: String, segmenter: Segmenter) throws {
        let lines = try parse(file)
        #expect(lines.count > 400, "\(file) looks truncated")
        var deviations = try expectedDeviations(for: file)
        let listed = deviations.count

        var passed = 0
        var deviated = 0
        var failures = Failures()
        for line in lines {
            let text = String(String.UnicodeScalarView(line.scalars))
            let actual = segmenter.boundaries(of: text)
            let reason = deviations.removeValue(forKey: line.text)
            switch (actual == line.boundaries, reason) {
            case (true, nil):
                passed += 1
            case (false, .some):
                deviated += 1
            case (false, nil):
                failures.add("""
                    \(file):\(line.number): unexpected mismatch
                      expected \(line.text)
                      ICU gave \(render(line.scalars, boundaries: actual))
                    """)
            case (true, .some(let reason)):
                failures.add("""
                    \(file):\(line.number): listed as an expected deviation (\(reason)), but ICU now agrees with UAX #29 \
                    — remove it from expected-deviations.txt: \(line.text)
                    """)
            }
        }
        // Whatever is left was never matched against a line of the file.
        for (line, _) in deviations.sorted(by: { $0.key < $1.key }) {
            failures.add("expected-deviations.txt lists a line that is not in \(file): \(line)")
        }

        print("\(file.prefix { $0 != "." }): \(lines.count) lines, \(passed) passed, \(deviated) expected deviations (of \(listed) listed), \(failures.count) failures")
        failures.report()
        #expect(failures.count == 0, "\(file): \(failures.count) failures")
    }
}
