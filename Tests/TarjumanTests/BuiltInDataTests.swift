import Testing
@testable import Tarjuman

/// The built-in data pack: every section loads, a damaged pack is refused,
/// and the entries are in the form the code compares them in.
@Suite struct BuiltInDataTests {
    static let sections = ["arabic-frequency", "arabic-lexicon", "arabizer", "english-lexicon", "gazetteer",
                           "name-model", "reranker", "romanizer", "schemes", "translations"]

    @Test func everySectionIsThereAndMatchesItsChecksum() throws {
        #expect(DataPack.builtIn.sectionNames == Self.sections)
        for name in Self.sections { #expect(try DataPack.builtIn.section(name).count > 0, "\(name)") }
    }

    @Test func everyBuiltInLoads() {
        #expect(ArabicLexicon.builtIn.stems.count > 90_000 && ArabicLexicon.builtIn.names.count > 40_000)
        #expect(ArabicLexicon.builtIn.alNames.count > 700)
        #expect(EnglishLexicon.builtIn.common.count > 60_000 && EnglishLexicon.builtIn.proper.count > 10_000)
        #expect(ArabicWordFrequency.builtIn.counts.count > 5_900)  // 6,000 rows, two of which fold together
        #expect(Gazetteer.builtIn.entries.count > 900)
        #expect(TransliterationScheme.allCases.allSatisfy { $0.table.mappings.count >= 51 })
        #expect(TransliterationModel.builtIn.forward.emissions.count > 1_000)
        #expect(Calibration.builtIn.perToken > 0)
        #expect(JointSequenceModel.builtInRomanizer.tables.grams.count > 100_000)
        #expect(JointSequenceModel.builtInArabizer.tables.grams.count > 100_000)
        #expect(RerankWeights.builtIn.arabicQuery.count == RerankWeights.featureNames.count)
    }

    /// A copy of the pack, damaged by `damage`, read as the library reads it.
    func read(_ damage: (inout [UInt8]) -> Void) -> Result<DataPack, DataError> {
        var bytes = Array(DataPack.builtIn.bytes)
        damage(&bytes)
        return bytes.withUnsafeBytes { raw in
            Result { () throws(DataError) in
                let pack = try DataPack(bytes: raw)
                for name in pack.sectionNames { _ = try pack.section(name) }
                return pack
            }
        }
    }

    @Test func aDamagedPackIsRefusedWithTheReason() throws {
        func message(_ damage: (inout [UInt8]) -> Void) -> String {
            if case .failure(let error) = read(damage) { return error.description }
            return "read"
        }
        #expect(message { _ in } == "read")
        #expect(message { $0[0] = 0x58 } == "section pack: not a Tarjuman data pack")
        #expect(message { $0[4] = 9 }.contains("format version 9, this library reads 1"))
        #expect(message { $0.removeLast(100) }.contains("truncated pack"))
        #expect(message { $0[40] ^= 1 } == "section pack: directory checksum mismatch")
        // One bit of one section's data.
        let gazetteer = try DataPack.builtIn.section("gazetteer")
        let offset = gazetteer.baseAddress! - DataPack.builtIn.bytes.baseAddress! + 100
        #expect(message { $0[offset] ^= 0x10 } == "section gazetteer: checksum mismatch")
    }

    @Test func packingIsDeterministicAndReadsBack() throws {
        var writer = BinaryWriter()
        Gazetteer.builtIn.encode(into: &writer)
        let pack = DataPack.pack([("gazetteer", writer.bytes), ("empty", [])])
        #expect(pack == DataPack.pack([("gazetteer", writer.bytes), ("empty", [])]))
        try pack.withUnsafeBytes { raw in
            let read = try DataPack(bytes: raw)
            #expect(read.sectionNames == ["empty", "gazetteer"])
            var reader = BinaryReader(try read.section("gazetteer"), section: "gazetteer")
            let gazetteer = try Gazetteer(decoding: &reader)
            try reader.expectEnd()
            #expect(gazetteer.entries == Gazetteer.builtIn.entries)
        }
    }

    /// The pack stores words already normalized (by `make data`): they must be
    /// in the form the code looks them up in, or lookups would silently miss.
    @Test func wordsAreStoredInTheirLookupForm() {
        let lexicon = ArabicLexicon.builtIn
        for table in [lexicon.stems, lexicon.names, lexicon.alNames] {
            let wrong = table.words.filter { ArabicLexicon.analysisForm($0) != $0 }
            #expect(wrong.isEmpty, "\(wrong.prefix(5))")
        }
        let english = EnglishLexicon.builtIn
        #expect(english.common.words.allSatisfy { $0.lowercased() == $0 })
        #expect(english.proper.words.allSatisfy { $0.lowercased() == $0 })
        let keys = ArabicWordFrequency.builtIn.counts.words
        #expect(keys.allSatisfy { Gazetteer.arabicKey($0) == $0 })
    }

    @Test func wordTablesFindExactlyTheirWords() {
        let words = ["قال", "بالي", "Bali", "", "zz", "a"]
        let table = WordTable(words, values: ["قال": 7])
        #expect(table.count == 6)
        for word in words { #expect(table.contains(word), "\(word)") }
        for word in ["قا", "قالت", "bali", "b", "zzz"] { #expect(!table.contains(word), "\(word)") }
        #expect(table.value("قال") == 7 && table.value("بالي") == 0 && table.value("absent") == 0)
        #expect(WordTable([String]()).contains("") == false)
        #expect(ArabicLexicon.builtIn.isStem("كتاب") && !ArabicLexicon.builtIn.isStem("كتابxyz"))
    }
}
