import Foundation
import Testing
import Tarjuman

@Suite struct GazetteerTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func everyEntryOfTheDataFileParsesAndNormalizes() throws {
        let gazetteer = try Gazetteer(parsing: TestData.file("Data/gazetteer.tsv"), source: "Data/gazetteer.tsv")
        #expect(gazetteer.entries.count > 900)
        for entry in gazetteer.entries {
            for form in entry.english {
                #expect(!Gazetteer.comparisonKey(form).isEmpty, "\(form)")
                #expect(form.unicodeScalars.allSatisfy { !NameForms.isArabic(String($0)) }, "\(form)")
            }
            for form in entry.arabic {
                #expect(NameForms.isArabic(form) || form.allSatisfy { $0.isNumber || $0 == " " }, "\(form)")
                #expect(gazetteer.entry(arabic: form) != nil, "\(form)")
            }
        }
    }

    @Test func translatedNamesResolve() {
        let g = Gazetteer.builtIn
        #expect(g.entry(english: "Syrian Democratic Forces")?.arabic.contains("قوات سوريا الديمقراطية") == true)
        #expect(g.entry(arabic: "داعش")?.english.contains("Islamic State") == true)
        #expect(g.entry(english: "U.S.")?.type == .location)
        #expect(g.entry(arabic: "العراق")?.english.first == "Iraq")
    }

    @Test func badLinesAreReportedWithTheirNumber() {
        #expect(throws: DataFileError.self) { try Gazetteer(parsing: "# c\nLOC\tParis\n") }
        do {
            _ = try Gazetteer(parsing: "type\tenglish\tarabic\nXYZ\tParis\tباريس\n", source: "mine.tsv")
            Issue.record("no error")
        } catch {
            #expect(error.line == 2)
            #expect(error.description.hasPrefix("mine.tsv:2: unknown type"))
        }
        #expect(throws: DataFileError.self) { try Gazetteer(parsing: "PER\t\t\n") }
    }

    @Test func userEntriesTakePrecedence() throws {
        let mine = try Gazetteer(parsing: "ORG\tKurdish National Council|ENKS\tالمجلس الوطني الكردي\n")
        let merged = mine.merged(with: .builtIn)
        #expect(merged.entry(english: "ENKS")?.arabic == ["المجلس الوطني الكردي"])
        #expect(merged.entry(english: "Iraq") != nil)
    }
}

@Suite struct ArabicWordFrequencyTests {
    @Test func commonWordsAreCommonAndRareNamesAreNot() {
        let frequency = ArabicWordFrequency.builtIn
        #expect(frequency.corpusSize > 90_000)
        // Spelled with hamza and teh marbuta: the list folds them the same way.
        #expect(frequency.isCommon("الحكومة"))
        #expect(frequency.isCommon("وزير"))
        #expect(frequency.count("في") > frequency.count("الحكومة"))
        #expect(!frequency.isCommon("قامشلو"))
        #expect(!frequency.isCommon("أنكيزك"))
        #expect(frequency.count("") == 0)
    }
}

/// A user's gazetteer reaches every component through `LanguageResources`:
/// the romanizer lists its spellings first, and the aligner pairs its forms.
@Suite struct LanguageResourcesTests {
    static let mine = "PER\tZorbas the Fisherman\tزورباس الصياد\n"

    @Test func aUserGazetteerReachesTheRomanizerAndTheAligner() throws {
        var resources = LanguageResources.builtIn
        resources.gazetteer = try Gazetteer(parsing: Self.mine, source: "mine.tsv").merged(with: .builtIn)
        let listed = Romanizer(resources: resources).romanize("زورباس الصياد", count: 3)
        #expect(listed.first?.text == "Zorbas the Fisherman", "\(listed.map(\.text))")
        let builtIn = Romanizer().romanize("زورباس الصياد", count: 3)
        #expect(!builtIn.contains { $0.text == "Zorbas the Fisherman" })
        let aligner = try ReportAligner(resources: resources)
        let alignment = aligner.align(english: "Zorbas the Fisherman spoke in Athens on Monday.",
                                      arabic: "تحدث زورباس الصياد في أثينا يوم الاثنين.")
        let pair = alignment.pairs.first { $0.english.text == "Zorbas the Fisherman" }
        #expect(pair?.arabic.text == "زورباس الصياد", "\(alignment.pairs.map { ($0.english.text, $0.arabic.text) })")
        #expect(pair?.evidence.method == .gazetteer)
    }
}
