import Testing
import Tarjuman

@Suite struct RomanizerTests {
    let romanizer = Romanizer()
    let arabizer = Arabizer()

    func top(_ name: String, _ count: Int) -> [String] { romanizer.romanize(name, count: count).map(\.text) }

    @Test func seedNamesAreSpelledAsTheEnglishReportSpellsThem() {
        #expect(top("مصطفى بالي", 3).contains("Mustafa Bali"))
        #expect(top("بالي", 3).contains("Bali"))
        #expect(top("قاسم محمد صالح", 5).contains("Qasim Mohammed Saleh") || top("قاسم محمد صالح", 5).contains("Qasim Muhammad Saleh"))
        #expect(top("دير الزور", 3).contains("Deir al-Zor"))
        #expect(top("لافا", 5).contains("Lava"))
    }

    @Test func articleAndAbdFollowNewsConventions() {
        // Inside a longer name the article is written al-; عبد + article joins.
        #expect(top("دير الزور", 5).allSatisfy { $0.hasPrefix("Deir") || $0.hasPrefix("Der") || $0.hasPrefix("Dir") || $0.hasPrefix("Dayr") })
        let abd = top("عبد السلام", 10)
        #expect(abd.contains("Abdulsalam"))
        #expect(abd.contains { $0.hasPrefix("Abdel ") })
        #expect(abd.contains { $0.hasPrefix("Abd al-") })
        // A one-word name usually drops it (الأتاسي: Atassi), with al- as an alternative.
        let atassi = top("الأتاسي", 5)
        #expect(atassi.first == "Atassi")
        #expect(atassi.contains("Al-Atassi"))
    }

    @Test func arabizesNamesAsArabicNewsDoes() {
        func arabic(_ name: String, _ count: Int) -> [String] { arabizer.arabize(name, count: count).map(\.text) }
        #expect(arabic("Lavrov", 3).contains("لافروف"))
        #expect(arabic("Mattis", 3).contains("ماتيس"))
        #expect(arabic("Washington", 1) == ["واشنطن"])      // listed in the gazetteer
        #expect(arabic("Deir al-Zor", 3).contains("دير الزور"))
    }

    @Test func candidatesAreRankedDistinctAndScored() {
        for candidates in [romanizer.romanize("قامشلو", count: 8), arabizer.arabize("Qamishlo", count: 8)] {
            #expect(candidates.count == 8)
            #expect(Set(candidates.map(\.text)).count == candidates.count)
            #expect(zip(candidates, candidates.dropFirst()).allSatisfy { $0.logProbability >= $1.logProbability })
            let total = candidates.map(\.probability).reduce(0, +)
            #expect(abs(total - 1) < 1e-9)
            #expect(candidates.allSatisfy { $0.probability >= 0 && $0.probability <= 1 })
        }
    }

    @Test func digitsPassAndOtherScriptsGiveNothing() {
        #expect(romanizer.best("كوردستان 24").hasSuffix(" 24"))
        #expect(romanizer.romanize("").isEmpty)
        #expect(romanizer.romanize("   ").isEmpty)
        #expect(romanizer.best("Bali") == "Bali")
        #expect(arabizer.arabize("").isEmpty)
        #expect(arabizer.arabize("123").isEmpty)
        #expect(arabizer.arabize("مصطفى").isEmpty)
    }

    @Test func builtInModelsLoaded() {
        #expect(romanizer.joint.order == 6)
        #expect(arabizer.joint.direction == .englishToArabic)
    }
}

@Suite struct JointSequenceModelTests {
    static let pairs: [TransliterationModel.TrainingPair] = [
        ("محمد", "mohammed"), ("محمود", "mahmoud"), ("احمد", "ahmed"), ("حامد", "hamed"), ("مصطفى", "mustafa"),
        ("مصطفى", "mostafa"), ("سامي", "sami"), ("سمير", "samir"), ("منير", "mounir"), ("بشير", "bashir"),
    ].compactMap { TransliterationModel.TrainingPair(arabic: $0.0, english: $0.1) }

    @Test func trainsSerializesAndReadsBackTheSameModel() throws {
        let model = JointSequenceModel.train(pairs: Self.pairs, model: .builtIn, direction: .arabicToEnglish, order: 4)
        let text = model.serialized(header: ["test"])
        let read = try #require(JointSequenceModel(serialized: text))
        #expect(read.serialized(header: ["test"]) == text)
        let source = NameForms.arabicSymbols("محمد")
        #expect(read.spell(source, count: 3) == model.spell(source, count: 3))
        #expect(NameForms.englishString(model.spell(source, count: 1)[0].symbols) == "mohammed")
    }

    @Test func rejectsMalformedText() {
        #expect(JointSequenceModel(serialized: "") == nil)
        #expect(JointSequenceModel(serialized: "# direction: arabic-english\n# order: 3\nu\t1\tم\tm\ng\t0 7\t1\n") == nil)
        #expect(JointSequenceModel(serialized: "# direction: arabic-english\n# order: 3\nu\t1\tم\tm\ng\t0 1\tx\n") == nil)
        #expect(JointSequenceModel(serialized: "# direction: sideways\n# order: 3\nu\t1\tم\tm\n") == nil)
    }
}

@Suite struct SpellingEvidenceTests {
    let evidence = SpellingEvidence.builtIn

    func score(_ arabic: String, _ english: String) -> Double {
        evidence.score(arabic: NameForms.arabicSymbols(arabic), english: NameForms.englishSymbols(english))
    }

    @Test func rightSpellingsScoreAboveWrongOnes() {
        #expect(score("بالي", "Bali") > score("بالي", "Bailey"))
        #expect(score("لافروف", "Lavrov") > score("لافروف", "Lafarge"))
        #expect(score("قامشلو", "Qamishlo") > score("قامشلو", "Kamaleddin"))
        #expect(score("بالي", "xyzzy") <= -100)
    }

    @Test func rerankReordersOnlyTheTopAndKeepsTheRestBelow() {
        let scores = [5.0, 4.0, 3.0, 2.0, 1.0]
        let reranked = evidence.rerank(scores, depth: 2) { $0 == 1 ? 10 : 0 }
        #expect(reranked[1] > reranked[0])
        #expect(reranked[2...].allSatisfy { $0 < min(reranked[0], reranked[1]) })
        #expect(evidence.rerank([], depth: 3) { _ in 0 }.isEmpty)
    }
}
