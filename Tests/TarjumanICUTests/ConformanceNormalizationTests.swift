// UAX #15 conformance: Unicode's NormalizationTest.txt (Fixtures/unicode),
// run through NormalizationForm.
//
// Strings are compared by their unicode scalars, never with `==`: Swift's
// String `==` is canonical equivalence, under which "Ḋ" == "D\u{307}", and it
// would hide every normalization failure.

import Testing
import TarjumanICU

@Suite("Unicode conformance: NormalizationTest", .unicodeDataMatchesICU)
struct ConformanceNormalizationTests {
    /// One data line: source; NFC; NFD; NFKC; NFKD.
    struct Case: Sendable {
        let line: Int
        let part: String
        let columns: [[Unicode.Scalar]]
    }

    static func loadCases() throws -> [Case] {
        let text = try Fixtures.read(Fixtures.unicode("NormalizationTest.txt"))
        var cases: [Case] = []
        var part = ""
        for (number, data) in Fixtures.dataLines(of: text) {
            if data.hasPrefix("@") {
                part = String(data.dropFirst().prefix { !$0.isWhitespace })
                continue
            }
            let fields = data.split(separator: ";", omittingEmptySubsequences: false)
            guard fields.count >= 5 else {
                throw FixtureError(message: "NormalizationTest.txt:\(number): expected 5 columns: \(data)")
            }
            var columns: [[Unicode.Scalar]] = []
            for field in fields.prefix(5) {
                var column: [Unicode.Scalar] = []
                for hex in field.split(separator: " ") {
                    guard let scalar = Unicode.Scalar(hex: hex) else {
                        throw FixtureError(message: "NormalizationTest.txt:\(number): bad code point \(hex)")
                    }
                    column.append(scalar)
                }
                guard !column.isEmpty else {
                    throw FixtureError(message: "NormalizationTest.txt:\(number): empty column: \(data)")
                }
                columns.append(column)
            }
            cases.append(Case(line: number, part: part, columns: columns))
        }
        return cases
    }

    /// For each form, the column (0-based) its result must equal, for each of
    /// the input columns c1...c5 (the invariants in the file's header).
    static let invariants: [(form: NormalizationForm, expected: [Int])] = [
        (.nfc, [1, 1, 1, 3, 3]),   // c2 == toNFC(c1,c2,c3); c4 == toNFC(c4,c5)
        (.nfd, [2, 2, 2, 4, 4]),   // c3 == toNFD(c1,c2,c3); c5 == toNFD(c4,c5)
        (.nfkc, [3, 3, 3, 3, 3]),  // c4 == toNFKC(c1...c5)
        (.nfkd, [4, 4, 4, 4, 4]),  // c5 == toNFKD(c1...c5)
    ]

    @Test("Parts 0–3: the invariants of all four forms, and isNormalized/quickCheck agree")
    func fileInvariants() throws {
        let cases = try Self.loadCases()
        #expect(cases.count > 18_000, "NormalizationTest.txt looks truncated")
        #expect(Set(cases.map(\.part)) == ["Part0", "Part1", "Part2", "Part3"])

        var failures = Failures()
        for testCase in cases {
            let strings = testCase.columns.map { String(String.UnicodeScalarView($0)) }
            for (form, expectedColumns) in Self.invariants {
                for (input, expectedIndex) in expectedColumns.enumerated() {
                    let source = testCase.columns[input]
                    let expected = testCase.columns[expectedIndex]
                    let where_ = "NormalizationTest.txt:\(testCase.line) (\(testCase.part)) \(form.rawValue)(c\(input + 1) = \(hexList(source)))"

                    let output = Array(form.normalize(strings[input]).unicodeScalars)
                    if output != expected {
                        failures.add("\(where_) = \(hexList(output)), expected c\(expectedIndex + 1) = \(hexList(expected))")
                    }
                    // x is in the form exactly when the form maps it to itself.
                    let inForm = source == expected
                    let isNormalized = form.isNormalized(strings[input])
                    if isNormalized != inForm {
                        failures.add("\(where_): isNormalized is \(isNormalized), expected \(inForm)")
                    }
                    // The quick check may say "maybe", but never the wrong thing.
                    let quick = form.quickCheck(strings[input])
                    if (quick == .yes && !inForm) || (quick == .no && inForm) {
                        failures.add("\(where_): quickCheck is \(quick), but in the form: \(inForm)")
                    }
                }
            }
        }
        print("NormalizationTest: \(cases.count) cases, \(failures.count) failures")
        failures.report()
        #expect(failures.count == 0, "NormalizationTest.txt: \(failures.count) failures")
    }

    @Test("Part 1: code points not listed are unchanged by all four forms")
    func unlistedCodePoints() async throws {
        let cases = try Self.loadCases()
        var listed = Set<UInt32>()
        for testCase in cases where testCase.part == "Part1" {
            #expect(testCase.columns[0].count == 1, "NormalizationTest.txt:\(testCase.line): Part 1 lists single code points")
            listed.insert(testCase.columns[0][0].value)
        }
        #expect(listed.count > 10_000, "Part 1 looks truncated")

        // About 1.1 million code points times four forms: in chunks, in parallel.
        let frozen = listed
        let chunks = stride(from: UInt32(0), to: 0x11_0000, by: 0x8000).map { $0..<min($0 + 0x8000, 0x11_0000) }
        let (checked, failures) = await withTaskGroup(of: (Int, Failures).self) { group in
            for chunk in chunks {
                group.addTask { Self.checkUnchanged(chunk, skipping: frozen) }
            }
            var checked = 0
            var failures = Failures()
            for await (n, f) in group {
                checked += n
                failures.merge(f)
            }
            return (checked, failures)
        }
        print("NormalizationTest Part 1 unlisted code points: \(checked) checked, \(failures.count) failures")
        // 0x110000 code points, minus 2048 surrogates, minus those listed.
        #expect(checked == 0x11_0000 - 0x800 - listed.count)
        failures.report()
        #expect(failures.count == 0, "Part 1 rule: \(failures.count) failures")
    }

    static func checkUnchanged(_ range: Range<UInt32>, skipping listed: Set<UInt32>) -> (Int, Failures) {
        var checked = 0
        var failures = Failures()
        let forms: [NormalizationForm] = [.nfc, .nfd, .nfkc, .nfkd]
        for value in range where !listed.contains(value) {
            guard let scalar = Unicode.Scalar(value) else { continue }  // surrogates
            checked += 1
            let string = String(Character(scalar))
            for form in forms {
                let output = form.normalize(string)
                var scalars = output.unicodeScalars.makeIterator()
                if scalars.next() != scalar || scalars.next() != nil {
                    failures.add("\(form.rawValue)(\(scalar.hexCode)) = \(hexList(output.unicodeScalars)), expected it unchanged")
                }
            }
        }
        return (checked, failures)
    }
}
