import Tarjuman
import Testing

/// The gold format: the fixtures parse, versions are checked, and every bad
/// line is a ``DataFileError`` naming the file and the line, never a trap.
@Suite struct AlignmentGoldParsingTests {
    static let seedGold = TestData.file("Fixtures/alignment/seed-000-003/gold.tsv")

    @Test func theSeedPairsGoldFileParses() throws {
        let gold = try AlignmentGold(parsing: Self.seedGold, source: "seed/gold.tsv")
        #expect(gold.version == 1)
        #expect(gold.source == "seed/gold.tsv")
        #expect(gold.englishFile == "seeds/000_63d4f025652b603e.txt")
        #expect(gold.arabicFile == "seeds/003_595fb47189156482.txt")
        #expect(gold.entities.count == 36)
        #expect(gold.entities.filter(\.isShared).count == 15)
        #expect(gold.entities.filter { $0.arabic.isEmpty }.count == 14)
        #expect(gold.entities.filter { $0.english.isEmpty }.count == 7)
        let bali = try #require(gold.entities.first { $0.english == ["Mustafa Bali"] })
        #expect(bali.type == .person)
        #expect(bali.arabic == ["مصطفى بالي", "بالي"])
        #expect(bali.description == "Mustafa Bali ↔ مصطفى بالي|بالي")
        #expect(Self.seedGold.split(separator: "\n").firstIndex { $0.hasPrefix("PER\tMustafa Bali\t") }.map { $0 + 1 } == bali.line)
        #expect(gold.entities.last?.description == "التحالف الدولي (Arabic only)")
    }

    @Test func everyFixtureDeclaresVersionOne() throws {
        for name in ["seed-000-003", "lbc-pedersen-resigns", "aa-turkey-syria-ankara-security"] {
            let text = TestData.file("Fixtures/alignment/\(name)/gold.tsv")
            #expect(text.hasPrefix("# tarjuman-gold: 1\n"))
            #expect(try AlignmentGold(parsing: text, source: name).version == 1)
        }
    }

    @Test func aFileWithoutAVersionLineIsVersionOne() throws {
        let gold = try AlignmentGold(parsing: "type\tenglish\tarabic\nLOC\tAnkara|ANKARA\tأنقرة\nLOC\tISTANBUL\t\n", source: "old.tsv")
        #expect(gold.version == 1)
        #expect(gold.englishFile == nil && gold.arabicFile == nil)
        #expect(gold.entities.map(\.description) == ["Ankara|ANKARA ↔ أنقرة", "ISTANBUL (English only)"])
        #expect(gold.entities.map(\.line) == [2, 3])
    }

    @Test func aNewerVersionIsRefusedWithTheFileAndLine() {
        #expect(throws: DataFileError(source: "new.tsv", line: 1,
                                      message: "gold format version 2 is newer than this Tarjuman reads (up to 1); update Tarjuman")) {
            try AlignmentGold(parsing: "# tarjuman-gold: 2\nLOC\tAnkara\tأنقرة\n", source: "new.tsv")
        }
        for bad in ["0", "one", "", "1.5", "-1"] {
            #expect(throws: DataFileError.self) { try AlignmentGold(parsing: "# tarjuman-gold: \(bad)\n", source: "bad.tsv") }
        }
        #expect(throws: DataFileError(source: "late.tsv", line: 2,
                                      message: "the version line '# tarjuman-gold: 1' must be the file's first line")) {
            try AlignmentGold(parsing: "# a comment\n# tarjuman-gold: 1\n", source: "late.tsv")
        }
    }

    @Test func malformedLinesNameTheirLine() {
        let head = "# tarjuman-gold: 1\n# english: en.txt\ntype\tenglish\tarabic\nLOC\tAnkara\tأنقرة\n"
        let cases: [(String, String)] = [
            ("LOC\tAnkara", "expected 3 tab-separated columns (type, english, arabic), found 2"),
            ("LOC\tAnkara\tأنقرة\textra", "expected 3 tab-separated columns (type, english, arabic), found 4"),
            ("CITY\tAnkara\tأنقرة", "unknown type 'CITY' (use PER, LOC or ORG)"),
            ("loc\tAnkara\tأنقرة", "unknown type 'loc' (use PER, LOC or ORG)"),
            ("LOC\t\t", "no English and no Arabic form"),
            ("LOC\t | \t|", "no English and no Arabic form"),
            ("LOC\tAnkara|—\tأنقرة", "the form '—' has no letters or digits"),
            ("# english: other.txt", "a second '# english:' line"),
            ("# arabic:   ", "'# arabic:' without a path"),
        ]
        for (line, message) in cases {
            #expect(throws: DataFileError(source: "gold.tsv", line: 5, message: message), "\(line)") {
                try AlignmentGold(parsing: head + line + "\nLOC\tSyria\tسوريا\n", source: "gold.tsv")
            }
        }
        do {
            _ = try AlignmentGold(parsing: head + "LOC\tAnkara", source: "Fixtures/x/gold.tsv")
            Issue.record("a row of two columns parsed")
        } catch {
            #expect(error.description == "Fixtures/x/gold.tsv:5: expected 3 tab-separated columns (type, english, arabic), found 2")
        }
    }

    @Test func commentsBlankLinesCRLFAndAByteOrderMarkAreAccepted() throws {
        let text = "\u{FEFF}# tarjuman-gold: 1\r\n# arabic: ar file.txt \r\n\r\n# a note: type\tx\r\n  \r\nPER\t Hakan Fidan | Fidan \tهاكان فيدان\r\n"
        let gold = try AlignmentGold(parsing: text, source: "crlf.tsv")
        #expect(gold.arabicFile == "ar file.txt")
        #expect(gold.entities == [AlignmentGold.Entity(type: .person, english: ["Hakan Fidan", "Fidan"], arabic: ["هاكان فيدان"], line: 6)])
        #expect(try AlignmentGold(parsing: "", source: "empty.tsv").entities.isEmpty)
    }

    @Test func theTSVFormReadsBack() throws {
        let gold = try AlignmentGold(parsing: Self.seedGold, source: "seed.tsv")
        let again = try AlignmentGold(parsing: gold.tsv, source: "seed.tsv")
        #expect(gold.tsv.hasPrefix("# tarjuman-gold: 1\n# english: seeds/000_63d4f025652b603e.txt\n"))
        #expect(again.englishFile == gold.englishFile && again.arabicFile == gold.arabicFile)
        #expect(again.entities.map(\.description) == gold.entities.map(\.description))
        #expect(again.entities.map(\.type) == gold.entities.map(\.type))
        let odd = AlignmentGold(entities: [.init(type: .organization, english: ["A|B\tC"], arabic: [])])
        #expect(try AlignmentGold(parsing: odd.tsv).entities.map(\.english) == [["A B C"]])
    }

    /// Bytes of every kind of line in every order: a value or an error, never a trap.
    @Test func hostileTextNeverTraps() {
        let pieces = ["# tarjuman-gold: 1", "# tarjuman-gold: 99999999999999999999", "# english:", "# arabic: x", "type",
                      "\t", "\t\t", "\t\t\t", "|", "PER", "LOC\t|\t|", "ORG\tA\tب", "\u{0}", "\r", "\u{FEFF}", "ـ", "\u{301}"]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<2_000 {
            var text = ""
            for _ in 0..<Int(state % 7) {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text += pieces[Int(state >> 33) % pieces.count] + (state & 1 == 0 ? "\n" : "")
            }
            _ = try? AlignmentGold(parsing: text, source: "fuzz")
            state = state &* 6_364_136_223_846_793_005 &+ 1
        }
    }
}
