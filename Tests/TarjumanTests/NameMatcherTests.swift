import Foundation
@testable import Tarjuman
import Testing

@Suite struct NameMatcherTests {
    static let matcher = NameMatcher()

    /// The names both seed reports share (000 English, 003 Arabic).
    static let seedPairs = [
        ("مصطفى بالي", "Mustafa Bali"), ("قاسم محمد صالح", "Qasim Mohammed Saleh"),
        ("حسن قامشلو", "Hassan Qamishlo"), ("أنكيزك خليل", "Angizik Khalil"),
        ("عبد السلام أحمد", "Abdulsalam Ahmad"), ("لافا اسعد", "Lava Asaad"),
        ("دير الزور", "Deir al-Zor"), ("واشنطن", "Washington"),
    ]
    /// Other names of the English report, as distractors.
    static let otherEnglish = ["Abdul Hussein", "Karzan Sulaivany", "Raqqa", "Rojava", "Omar", "Tanak", "Euphrates",
                               "Iraq", "Syria", "Turkey", "Russia", "Iran", "Kurdistan"]

    @Test func everySeedNameOutranksTheOthersBothWays() {
        let english = Self.seedPairs.map(\.1) + Self.otherEnglish
        for (arabic, expected) in Self.seedPairs {
            let ranked = english.map { ($0, Self.matcher.similarity(arabic: arabic, english: $0).probability) }
                .sorted { $0.1 > $1.1 }
            #expect(ranked.first?.0 == expected, "\(arabic): \(ranked.prefix(3))")
            #expect(ranked.first!.1 > 0.5, "\(arabic) ↔ \(expected): \(ranked.first!.1)")
        }
        let arabicNames = Self.seedPairs.map(\.0)
        for (expectedArabic, english) in Self.seedPairs {
            let best = arabicNames.max { Self.matcher.similarity(arabic: $0, english: english).probability
                < Self.matcher.similarity(arabic: $1, english: english).probability }
            #expect(best == expectedArabic, "\(english)")
        }
    }

    @Test func tokensMergeSplitAndSkip() {
        for english in ["Abdulsalam", "Abdul Salam", "Abd al-Salam", "Abdel Salam"] {
            #expect(Self.matcher.similarity(arabic: "عبد السلام", english: english).probability > 0.7, "\(english)")
        }
        #expect(Self.matcher.similarity(arabic: "أبو بكر", english: "Abu Bakr").probability > 0.7)
        #expect(Self.matcher.similarity(arabic: "أبو بكر", english: "Abubakar").probability > 0.7)
        let full = "قاسم محمد صالح"
        let missing = Self.matcher.similarity(arabic: full, english: "Qasim Saleh")
        let wrong = Self.matcher.similarity(arabic: full, english: "Qasim Hassan")
        #expect(missing.probability > 0.5)
        #expect(wrong.probability < 0.1)
        #expect(missing.unmatchedArabic == ["محمد"])
        #expect(Self.matcher.similarity(arabic: "بالي", english: "Bali").probability
                > Self.matcher.similarity(arabic: "بالي", english: "Bailey").probability)
    }

    @Test func evidenceShowsTheLetters() {
        let match = Self.matcher.similarity(arabic: "عبد السلام أحمد", english: "Abdulsalam Ahmad")
        #expect(match.tokens.map(\.english) == ["Abdulsalam", "Ahmad"])
        #expect(match.tokens[0].arabic == "عبد السلام")
        let letters = match.tokens[1].letters
        #expect(letters.map(\.arabic) == ["أ", "ح", "م", "د"])
        #expect(letters.map(\.english).joined() == "ahmad")
        #expect(match.explanation.contains("أحمد ↔ Ahmad"))
    }

    @Test func emptyAndSameScript() {
        #expect(Self.matcher.similarity(arabic: "", english: "Bali").probability == 0)
        #expect(Self.matcher.similarity(arabic: "بالي", english: "").probability == 0)
        #expect(Self.matcher.similarity("Mustafa", "mustafa").probability > 0.9)
        #expect(Self.matcher.similarity("مصطفى", "مصطفي").probability > 0.5)
        #expect(Self.matcher.similarity("Bali", "مصطفى بالي").probability > 0)  // either order
    }

    /// Dev data (google eval split): true pairs against each name's most
    /// confusable wrong candidate, one to one.
    static func devPairs(limit: Int) -> (arabic: [String], english: [String]) {
        let lines = TestData.file("Data/names/google-ar2en-eval.tsv").split(separator: "\n")
        var arabic: [String] = [], english: [String] = []
        for line in lines {
            let columns = line.split(separator: "\t")
            guard columns.count >= 2 else { continue }
            arabic.append(String(columns[0]))
            english.append(String(columns[1]))
        }
        return (Array(arabic.prefix(limit)), english)
    }

    @Test
    func calibrationOnDevData() {
        let (arabic, english) = Self.devPairs(limit: 150)
        let model = Self.matcher.model
        let englishLetters = english.map(NameForms.englishSymbols)
        var scored: [(probability: Double, match: Bool)] = []
        for (k, name) in arabic.enumerated() {
            scored.append((Self.matcher.similarity(arabic: name, english: english[k]).probability, true))
            let letters = NameForms.arabicSymbols(name)
            var hardest = -1, hardestScore = -Double.infinity
            for (c, e) in englishLetters.enumerated() where c != k && english[c].lowercased() != english[k].lowercased() {
                let s = model.score(arabic: letters, english: e)
                if s > hardestScore { hardestScore = s; hardest = c }
            }
            scored.append((Self.matcher.similarity(arabic: name, english: english[hardest]).probability, false))
        }
        for threshold in [0.5, 0.9] {
            let above = scored.filter { $0.probability >= threshold }
            let precision = Double(above.filter(\.match).count) / Double(max(above.count, 1))
            print("Calibration (google eval, \(arabic.count) true pairs + their hardest wrong ones): "
                  + "score ≥ \(threshold): \(above.count) pairs, \(String(format: "%.1f", precision * 100))% true")
            if threshold == 0.9 { #expect(precision >= 0.9) }
        }
    }

    @Test
    func indexFindsTheExhaustiveBest() {
        let (arabic, english) = Self.devPairs(limit: 200)
        let index = NameRanker(candidates: english, strategy: .indexed(breadth: 100), ordering: .probability)
        let model = Self.matcher.model
        let englishLetters = english.map(NameForms.englishSymbols)
        var agree = 0
        for name in arabic {
            let letters = NameForms.arabicSymbols(name)
            let best = englishLetters.indices.max { model.score(arabic: letters, english: englishLetters[$0])
                < model.score(arabic: letters, english: englishLetters[$1]) }!
            if index.top(1, for: name).first?.index == best { agree += 1 }
        }
        let recall = Double(agree) / Double(arabic.count)
        print("Index recall of the exhaustive top-1 (google eval, \(arabic.count) queries, \(english.count) names): "
              + String(format: "%.2f%%", recall * 100))
        #expect(recall >= 0.99)
    }

    @Test func modelFileRoundTripsThroughItsTextFormat() throws {
        let file = TestData.file("Data/models/name-model.tsv")
        let model = try TransliterationModel(parsing: file, source: "name-model.tsv")
        let again = try TransliterationModel(parsing: model.serialized(header: []))
        let a = NameForms.arabicSymbols("مصطفى"), e = NameForms.englishSymbols("Mustafa")
        #expect(abs(model.score(arabic: a, english: e) - again.score(arabic: a, english: e)) < 1e-3)
        let calibration = try Calibration(parsing: file)
        #expect(try Calibration(parsing: calibration.serialized) == calibration)
        // A bad row is named by its line.
        #expect(throws: DataFileError(source: "m.tsv", line: 2, message: "expected an f, r, le, la or c row")) {
            try TransliterationModel(parsing: "# header\nx\t1\n", source: "m.tsv")
        }
        #expect(throws: DataFileError.self) { try Calibration(parsing: "# no c line\n") }
    }

    /// The English report's names against the Arabic report's, as two
    /// lists: each seed name finds its own, and the distractors change nothing.
    @Test func listAwareRankingOfTheSeedNames() {
        let index = NameRanker(candidates: Self.seedPairs.map(\.0))
        let queries = Self.seedPairs.map(\.1) + Self.otherEnglish
        let ranked = index.topForList(2, queries: queries)
        #expect(ranked.count == queries.count)
        for (k, pair) in Self.seedPairs.enumerated() {
            #expect(ranked[k].first?.name == pair.0, "\(pair.1): \(ranked[k].map(\.name))")
            #expect((ranked[k].first?.match.probability ?? 0) > 0.5)
        }
        // And the other way round.
        let back = NameRanker(candidates: queries).topForList(1, queries: Self.seedPairs.map(\.0))
        #expect(back.map { $0.first?.name } == Self.seedPairs.map(\.1))
        #expect(index.topForList(0, queries: ["Bali"]).allSatisfy { $0.isEmpty })
        #expect(NameRanker(candidates: []).topForList(3, queries: ["Bali", ""]).allSatisfy { $0.isEmpty })
        #expect(index.topForList(3, queries: []).isEmpty)
    }

    @Test func indexRanksSeedNames() {
        let index = NameRanker(candidates: Self.seedPairs.map(\.1) + Self.otherEnglish + Self.seedPairs.map(\.0),
                               strategy: .indexed(breadth: 100), ordering: .probability)
        let top = index.top(3, for: "مصطفى بالي", evidence: true)
        #expect(top.first?.name == "Mustafa Bali" || top.first?.name == "مصطفى بالي")
        #expect(top.contains { $0.name == "Mustafa Bali" && !$0.match.tokens.isEmpty })
        #expect(index.top(1, for: "Lava Asaad").first?.name == "لافا اسعد")
        #expect(index.top(0, for: "x").isEmpty)
        #expect(NameRanker(candidates: []).top(3, for: "Bali").isEmpty)
        // The exhaustive strategy ranks the same names first.
        let arabic = NameRanker(candidates: Self.seedPairs.map(\.0), strategy: .exhaustive)
        #expect(arabic.top(1, for: "Lava Asaad").first?.name == "لافا اسعد")
        let english = NameRanker(candidates: Self.seedPairs.map(\.1) + Self.otherEnglish, strategy: .exhaustive)
        #expect(english.top(1, for: "مصطفى بالي").first.map { $0.name == "Mustafa Bali" && $0.probability > 0.5 } == true)
        #expect(english.top(3, for: "مصطفى بالي").map(\.rankingKey) == english.top(3, for: "مصطفى بالي").map(\.rankingKey).sorted(by: >))
    }
}
