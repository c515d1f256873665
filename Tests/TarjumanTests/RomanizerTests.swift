import Testing
import Tarjuman
import TarjumanResearch

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
        let read = try JointSequenceModel(parsing: text)
        #expect(read.serialized(header: ["test"]) == text)
        let source = NameForms.arabicSymbols("محمد")
        #expect(read.spell(source, count: 3) == model.spell(source, count: 3))
        #expect(NameForms.englishString(model.spell(source, count: 1)[0].symbols) == "mohammed")
    }

    @Test func rejectsMalformedText() {
        #expect(throws: DataFileError.self) { try JointSequenceModel(parsing: "") }
        #expect(throws: DataFileError(source: "j.tsv", line: 4, message: "expected g<TAB>unit ids (known units, at most 8)<TAB>positive count")) {
            try JointSequenceModel(parsing: "# direction: arabic-english\n# order: 3\nu\t1\tم\tm\ng\t0 7\t1\n", source: "j.tsv")
        }
        #expect(throws: DataFileError.self) { try JointSequenceModel(parsing: "# direction: arabic-english\n# order: 3\nu\t1\tم\tm\ng\t0 1\tx\n") }
        #expect(throws: DataFileError.self) { try JointSequenceModel(parsing: "# direction: sideways\n# order: 3\nu\t1\tم\tm\n") }
    }
}

@Suite struct SpellingEvidenceTests {
    let evidence = LanguageResources.builtIn.spelling

    /// The reranked score: the name model's plus the evidence.
    func score(_ arabic: String, _ english: String, arabicQuery: Bool = true) -> Double {
        let a = NameForms.arabicSymbols(arabic), e = NameForms.englishSymbols(english)
        return evidence.model.score(arabic: a, english: e) + evidence.score(arabic: a, english: e, query: arabicQuery ? .arabic : .english)
    }

    @Test func rightSpellingsScoreAboveWrongOnes() {
        for arabicQuery in [true, false] {
            #expect(score("بالي", "Bali", arabicQuery: arabicQuery) > score("بالي", "Bailey", arabicQuery: arabicQuery))
            #expect(score("لافروف", "Lavrov", arabicQuery: arabicQuery) > score("لافروف", "Lafarge", arabicQuery: arabicQuery))
            #expect(score("قامشلو", "Qamishlo", arabicQuery: arabicQuery) > score("قامشلو", "Kamaleddin", arabicQuery: arabicQuery))
        }
        // Spellings neither joint model can produce fall far below.
        #expect(score("بالي", "xyzzy") < score("بالي", "Bali") - 20)
        #expect(evidence.score(arabic: [], english: NameForms.englishSymbols("Bali"), query: .arabic) == -1000)
    }

    @Test func rerankReordersOnlyTheTopAndKeepsTheRestBelow() {
        let scores = [5.0, 4.0, 3.0, 2.0, 1.0]
        let reranked = evidence.rerank(scores, depth: 2) { $0 == 1 ? 10 : 0 }
        #expect(reranked[1] > reranked[0])
        #expect(reranked[2...].allSatisfy { $0 < min(reranked[0], reranked[1]) })
        #expect(evidence.rerank([], depth: 3) { _ in 0 }.isEmpty)
    }
}

@Suite struct RerankWeightsTests {
    @Test func builtInHasEveryFeature() {
        #expect(RerankWeights.builtIn.arabicQuery.count == RerankWeights.featureNames.count)
        #expect(RerankWeights.builtIn.englishQuery.count == RerankWeights.featureNames.count)
    }

    @Test func serializationRoundTripsAndRejectsMalformedFiles() throws {
        let weights = RerankWeights.builtIn
        #expect(try RerankWeights(parsing: weights.serialized(header: ["test"])) == weights)
        let lines = weights.serialized().split(separator: "\n").map(String.init)
        #expect(throws: DataFileError.self) { try RerankWeights(parsing: lines.dropLast().joined(separator: "\n")) }  // a feature missing
        #expect(throws: DataFileError.self) { try RerankWeights(parsing: lines.joined(separator: "\n") + "\nextra\t1\t2") }  // an unknown one
        #expect(throws: DataFileError(source: "w.tsv", line: 1, message: "expected feature<TAB>arabic weight<TAB>english weight")) {
            try RerankWeights(parsing: "forward\tone\t2", source: "w.tsv")
        }
        #expect(throws: DataFileError.self) { try RerankWeights(parsing: "") }
        #expect(RerankWeights(arabicQuery: [1], englishQuery: [1]) == nil)
        // Files without the list-aware rows (format 1 as first shipped) load with that stage off.
        let plain = lines.filter { !$0.hasPrefix("rival-") }.joined(separator: "\n")
        #expect(try RerankWeights(parsing: plain).arabicQueryRival == [0, 0])
        #expect(try RerankWeights(parsing: plain).englishQuery == weights.englishQuery)
        #expect(weights.arabicQueryRival.allSatisfy { $0 > 0 } && weights.englishQueryRival.allSatisfy { $0 > 0 })
        #expect(throws: DataFileError.self) {
            try RerankWeights(parsing: lines.joined(separator: "\n").replacingOccurrences(of: "rival-margin\t", with: "rival-margin\tinf\t"))
        }
    }

    /// The list-aware stage on hand-made short lists: candidate 0 is query
    /// 1's clear best, so query 0 yields it; candidate 1 has no other taker.
    @Test func rivalAwareYieldsACandidateAnotherQueryMatchesBetter() {
        let spelling = LanguageResources.builtIn.spelling
        typealias R = SpellingEvidence.Ranked
        let lists: [[R]] = [[R(index: 0, score: 5), R(index: 1, score: 4.5)], [R(index: 0, score: 12), R(index: 1, score: 2)]]
        let reverse: [[R]] = [[R(index: 1, score: 12), R(index: 0, score: 5)], [R(index: 0, score: 4.5)]]
        for arabic in [true, false] {
            let adjusted = spelling.rivalAware(lists, reverse: reverse, queries: arabic ? .arabic : .english)
            #expect(adjusted.map { $0.map(\.index) } == [[1, 0], [0, 1]])
        }
        var neutral = spelling
        neutral.weights.englishQueryRival = [0, 0]
        #expect(neutral.rivalAware(lists, reverse: reverse, queries: .english) == lists)
        #expect(SpellingEvidence.rivalFeatures(score: 3, rival: nil) == [5, 0])
        #expect(SpellingEvidence.rivalFeatures(score: 3, rival: 20) == [-5, 1])
        #expect(SpellingEvidence.rivalFeatures(score: 3, rival: 1) == [2, 0])
        #expect(SpellingEvidence.rivalFeatures(score: 3, rival: .nan) == [5, 0])
        // Indexes outside the reverse lists mean no rival; nothing traps.
        let odd = spelling.rivalAware([[R(index: 7, score: 1), R(index: -1, score: 0)]], reverse: [], queries: .arabic)
        #expect(odd.first?.count == 2)
        #expect(spelling.rivalAware([], reverse: reverse, queries: .arabic).isEmpty)
    }

    /// The list-aware fit learns to favour candidates ahead of their rival
    /// when that is what separates the right answers.
    @Test func rivalFitLearnsTheMargin() {
        var groups: [[(features: [Double], gold: Bool)]] = []
        for k in 0..<60 {
            var group: [(features: [Double], gold: Bool)] = []
            for c in 0..<4 {
                let score = 10 - Double((k + c) % 4)            // the score alone is no guide
                let margin = c == k % 4 ? 3.0 : -Double(c + 1)  // the right answer has no better taker
                group.append(([score] + SpellingEvidence.rivalFeatures(score: score, rival: score - margin), c == k % 4))
            }
            groups.append(group)
        }
        let rival = RerankWeights.fitRival(groups)
        #expect(rival != nil)
        #expect((rival?[0] ?? 0) > 0.5)
        #expect(RerankWeights.fitRival([]) == nil)
        #expect(RerankWeights.fitRival([[([1, 2], true), ([0, 1], false)]]) == nil)  // wrong width
    }

    /// Groups where the right answer differs from the others only by a
    /// better romanizer log-probability (real features of real names, one
    /// changed): the fit must learn a positive romanizer weight, above what
    /// the name model alone gives (zero).
    @Test func fitLearnsWhatSeparatesRightAnswers() {
        let evidence = LanguageResources.builtIn.spelling
        let base = evidence.features(arabic: NameForms.arabicSymbols("مصطفى"), english: NameForms.englishSymbols("Mustafa"))
        var groups: [RerankWeights.Group] = []
        for k in 0..<40 {
            var candidates: [(features: SpellingEvidence.Features, gold: Bool)] = []
            for c in 0..<5 {
                var f = base
                f[4] -= Double((k + c) % 7) + (c == k % 5 ? 0 : 3)
                candidates.append((f, c == k % 5))
            }
            groups.append(RerankWeights.Group(candidates: candidates))
        }
        let weights = RerankWeights.fit(groups, iterations: 200)
        #expect(weights != nil)
        #expect((weights?[4] ?? 0) > 0.1)
        #expect(RerankWeights.fit([]) == nil)
    }

    /// On dev pairs (google eval split, not used to fit the weights): the
    /// reranked top-1 is at least the name model's own.
    @Test
    func rerankingHelpsOnDevPairs() {
        let (arabic, allEnglish) = NameMatcherTests.devPairs(limit: 300)
        let english = Array(allEnglish.prefix(300))
        let evidence = LanguageResources.builtIn.spelling
        let englishLetters = english.map(NameForms.englishSymbols)
        var baseHits = 0, rerankedHits = 0
        for (q, name) in arabic.enumerated() {
            let letters = NameForms.arabicSymbols(name)
            let scores = englishLetters.map { evidence.model.score(arabic: letters, english: $0) }
            let right = { (c: Int) in english[c].lowercased() == english[q].lowercased() }
            if let best = scores.indices.max(by: { scores[$0] < scores[$1] }), right(best) { baseHits += 1 }
            let reranked = evidence.rerank(scores, depth: 10) {
                evidence.score(arabic: letters, english: englishLetters[$0], query: .arabic)
            }
            if let best = reranked.indices.max(by: { reranked[$0] < reranked[$1] }), right(best) { rerankedHits += 1 }
        }
        print("Reranking on 300 google eval pairs: top-1 \(baseHits) → \(rerankedHits)")
        #expect(rerankedHits >= baseHits)
        #expect(Double(rerankedHits) / Double(arabic.count) > 0.9)
    }

    /// On the same dev pairs, as two lists (each English name against the
    /// Arabic ones and the reverse): the list-aware ranking finds at least as
    /// many right answers as each query alone does through the index.
    @Test
    func listAwareRankingHelpsOnDevPairs() {
        let (arabic, allEnglish) = NameMatcherTests.devPairs(limit: 300)
        let english = Array(allEnglish.prefix(300))
        let index = NameRanker(candidates: arabic, strategy: .indexed(breadth: 100))
        let right = { (q: Int, c: Int) in arabic[c] == arabic[q] }
        let alone = english.indices.filter { q in index.top(1, for: english[q]).first.map { right(q, $0.index) } ?? false }.count
        let together = index.topForList(1, queries: english).enumerated()
            .filter { q, top in top.first.map { right(q, $0.index) } ?? false }.count
        print("List-aware ranking on 300 google eval pairs (English queries): top-1 \(alone) → \(together)")
        #expect(together >= alone)
        #expect(Double(together) / Double(english.count) > 0.95)
    }
}


@Suite struct RomanizerInputTests {
    /// Text without Arabic letters gives no candidates (found by the fuzzer:
    /// digits were passed through as a name).
    @Test func noArabicLettersNoCandidates() {
        let romanizer = Romanizer()
        for text in ["0", "Mustafa 24", "٧ 24", "", "   ", "\u{FFFD}"] {
            #expect(romanizer.romanize(text).isEmpty, "\(text)")
        }
        #expect(!romanizer.romanize("مصطفى 24").isEmpty)
    }
}
