import Foundation
import Testing
@testable import Tarjuman

/// The word translations (FreeDict, CLDR, iso-codes, curated) and the
/// aligner's translation path on real sentences.
@Suite struct TranslationPathTests {
    @Test func builtInTableHasEachSource() {
        let table = WordTranslations.builtIn
        #expect(table.count > 50_000)
        let bank = table.translations(of: "Bank")
        #expect(bank.contains { $0.arabic == "بنك" && $0.sources.contains(.freeDictEnglishArabic) })
        // The plural finds its singular; the article is not part of the key.
        #expect(table.translations(of: "councils").contains { $0.arabic == "مجالس" })
        #expect(table.translations(of: "kurdish").contains { $0.sources.contains(.cldr) })
        #expect(table.translations(of: "Saudi Arabia").contains { $0.sources.contains(.isoCodes) })
        #expect(table.translations(of: "league").contains { $0.arabic == "دوري" && $0.sources.contains(.curated) })
        #expect(table.translations(of: "qwertyuiop").isEmpty)
    }

    @Test func userTablesParseAndBadLinesAreNamed() throws {
        let table = try WordTranslations(parsing: "# mine\nenglish\tarabic\nsummit\tالقمة\tH\n", source: "mine.tsv")
        #expect(table.translations(of: "Summit").map(\.arabic) == ["قمه"])
        #expect(table.translations(of: "summits").map(\.arabic) == ["قمه"])
        #expect(throws: DataFileError(source: "mine.tsv", line: 2, message: "expected 2 or 3 tab-separated columns (english, arabic, sources), found 1")) {
            try WordTranslations(parsing: "summit\tقمة\nno tabs here\n", source: "mine.tsv")
        }
        #expect(throws: DataFileError(source: "mine.tsv", line: 1, message: "unknown source 'Z' (use E, A, C, I or H)")) {
            try WordTranslations(parsing: "summit\tقمة\tZ\n", source: "mine.tsv")
        }
    }

    @Test func translatedInstitutionsPairWithTheirWords() throws {
        let aligner = try ReportAligner()
        let result = aligner.align(
            english: "Officials from the Ministry of Health met the Central Bank of Iraq on Sunday.",
            arabic: "التقى مسؤولون من وزارة الصحة بالبنك المركزي العراقي يوم الأحد.")
        let pairs = Dictionary(uniqueKeysWithValues: result.pairs.map { ($0.english.text, $0.arabic.text) })
        #expect(pairs["Ministry of Health"] == "وزارة الصحة")
        #expect(pairs["Central Bank of Iraq"] == "البنك المركزي العراقي")
        let bank = try #require(result.pairs.first { $0.english.text == "Central Bank of Iraq" })
        #expect(bank.evidence.method == .translation)
        #expect(bank.evidence.words.contains { $0.english == "iraq" && $0.source == "nisba" })
        #expect(bank.score >= 0.5 && bank.score < 1)
    }

    @Test func titlesBeforeANameAreNotNames() throws {
        let aligner = try ReportAligner()
        let result = aligner.align(english: "Turkish Foreign Minister Hakan Fidan arrived.",
                                   arabic: "وصل وزير الخارجية التركي هاكان فيدان.")
        #expect(result.pairs.map(\.english.text) == ["Hakan Fidan"])
    }

    @Test func weekdaysTellMeetingsApart() {
        let monday = DateMentions(english: "The president met the envoy on Monday.")
        #expect(monday.conflicts(with: DateMentions(arabic: "استقبل الرئيس المبعوث يوم الخميس")) == true)
        #expect(monday.conflicts(with: DateMentions(arabic: "استقبل الرئيس المبعوث يوم الاثنين")) == false)
        #expect(monday.conflicts(with: DateMentions(arabic: "استقبل الرئيس المبعوث")) == false)
    }
}

/// The cross-referencer's "no": a look-alike (the same people at another
/// meeting) loses to the true counterpart and stays unpaired.
@Suite struct LookAlikeTests {
    static func fixture(_ path: String) throws -> String {
        try String(contentsOf: TestData.root.appendingPathComponent(path), encoding: .utf8)
    }

    @Test func lookAlikeStaysUnpaired() throws {
        let english = [
            Report(id: "wam", text: try Self.fixture("Fixtures/alignment/wam-mbz-kuwait-defence-minister/english.txt")),
            Report(id: "gulfnews-2024", text: try Self.fixture("Fixtures/crossref-lookalikes/english/gulfnews-mbz-kuwait-emir-state-visit-2024.txt")),
            Report(id: "tap", text: try Self.fixture("Fixtures/alignment/tap-mosaiquefm-saied-arkab-message/english.txt")),
        ]
        let arabic = [
            Report(id: "wam", text: try Self.fixture("Fixtures/alignment/wam-mbz-kuwait-defence-minister/arabic.txt")),
            Report(id: "tap", text: try Self.fixture("Fixtures/alignment/tap-mosaiquefm-saied-arkab-message/arabic.txt")),
        ]
        let record = try CrossReferencer().crossReference(english: english, arabic: arabic)
        #expect(record.pairs.map { [$0.english, $0.arabic] } == [["wam", "wam"], ["tap", "tap"]])
        #expect(record.pairs.allSatisfy { $0.score >= 0.5 })
        #expect(record.unpairedEnglish == ["gulfnews-2024"])
    }

    @Test func unrelatedReportsAreNotPaired() throws {
        let record = try CrossReferencer().crossReference(
            english: [Report(id: "cup", text: try Self.fixture("Fixtures/alignment/timesofoman-gulf-cup-final/english.txt"))],
            arabic: [Report(id: "pope", text: try Self.fixture("Fixtures/alignment/anadolu-pope-leo-beirut-arrival/arabic.txt"))])
        #expect(record.pairs.isEmpty)
    }
}
