import Foundation
import Tarjuman
import Testing

/// Scoring the seed pair's alignment against its gold list and against
/// deliberately altered copies of it: a miss, wrong pairs, a one-sided name
/// that was paired; sums, JSON, and the figures' rounding.
@Suite struct AlignmentScoreTests {
    /// The seed pair, aligned once with the built-in resources.
    static let report: AlignmentReport? = {
        guard let aligner = try? ReportAligner() else { return nil }
        return AlignmentReport(aligner.align(english: TestData.english, arabic: TestData.arabic),
                               englishFile: "en.txt", arabicFile: "ar.txt")
    }()

    static let gold = TestData.file("Fixtures/alignment/seed-000-003/gold.tsv")

    /// The seed gold list with `line` replaced by `replacement` (removed when nil).
    static func altered(_ line: String, _ replacement: String?) throws -> AlignmentGold {
        var lines = gold.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let index = try #require(lines.firstIndex(of: line), "\(line) is not in the seed gold list")
        if let replacement { lines[index] = replacement } else { lines.remove(at: index) }
        return try AlignmentGold(parsing: lines.joined(separator: "\n"), source: "altered.tsv")
    }

    @Test func theSeedPairMatchesItsGoldList() throws {
        let report = try #require(Self.report)
        let score = try AlignmentGold(parsing: Self.gold, source: "gold.tsv").score(report)
        // (How many Arabic-only names the aligner leaves unpaired rather than
        // unfound is the aligner's business, not the scorer's.)
        #expect(score.description.hasPrefix(
            "pairs 15/15 correct, 15/15 gold found: precision 1.000 recall 1.000 F1 1.000; one-sided found: en 14/14, ar "))
        #expect(score.description.hasSuffix("/7") && score.goldArabicOnlyNames == 7)
        #expect(score.misses.isEmpty && score.wrongPairs.isEmpty && score.wronglyPairedNames.isEmpty)
        #expect(score.differences.isEmpty)
        #expect(score.meets(precision: 1, recall: 1))
    }

    @Test func aGoldNameTheAlignerDidNotPairIsAMiss() throws {
        let report = try #require(Self.report)
        let gold = try Self.altered("LOC\tWashington\tواشنطن", "LOC\tWashington\tواشنطن\nPER\tMasoud Barzani\tمسعود بارزاني")
        let score = gold.score(report)
        #expect(score.correctPairs == 15 && score.predictedPairs == 15)
        #expect(score.foundSharedNames == 15 && score.goldSharedNames == 16)
        #expect(score.recall == 15.0 / 16.0 && score.precision == 1)
        #expect(score.misses.map(\.entity.english) == [["Masoud Barzani"]])
        #expect(score.differences == ["missed: Masoud Barzani ↔ مسعود بارزاني (altered.tsv:23)"])
        #expect(!score.meets(precision: 0.95, recall: 0.95))
        #expect(score.meets(precision: 0.95, recall: 0.9))
    }

    @Test func aPairTheGoldListDoesNotHaveIsWrong() throws {
        let report = try #require(Self.report)
        let score = try Self.altered("LOC\tWashington\tواشنطن", nil).score(report)
        #expect(score.correctPairs == 14 && score.predictedPairs == 15)
        #expect(score.precision == 14.0 / 15.0 && score.recall == 1)
        #expect(score.wrongPairs.map(\.pair.english) == ["Washington"])
        #expect(score.wrongPairs.first?.alreadyFound == nil)
        #expect(score.differences == ["wrong pair: Washington ↔ واشنطن (1.0) (altered.tsv)"])
        #expect(score.description.hasPrefix("pairs 14/15 correct, 14/14 gold found: precision 0.933 recall 1.000 F1 0.966;"))
    }

    @Test func aSecondPairOfOneGoldEntityIsWrong() throws {
        let report = try #require(Self.report)
        // Iraq and Syria as one entity: the first pair finds it, the second comes too late.
        let merged = try Self.altered("LOC\tIraq\tالعراق", "LOC\tIraq|Syria\tالعراق|سوريا")
        let gold = AlignmentGold(entities: merged.entities.filter { $0.english != ["Syria"] }, source: "merged.tsv")
        let score = gold.score(report)
        #expect(score.goldSharedNames == 14 && score.foundSharedNames == 14)
        #expect(score.predictedPairs == 15 && score.correctPairs == 14)
        let wrong = try #require(score.wrongPairs.first)
        #expect(score.wrongPairs.count == 1)
        #expect(wrong.alreadyFound?.english == ["Iraq", "Syria"])
        let iraqFirst = try #require(report.pairs.firstIndex { $0.english.text == "Iraq" })
        let syriaFirst = try #require(report.pairs.firstIndex { $0.english.text == "Syria" })
        #expect(wrong.pair.english == (iraqFirst < syriaFirst ? "Syria" : "Iraq"))
        #expect(wrong.description.hasSuffix(": Iraq|Syria ↔ العراق|سوريا (merged.tsv:\(wrong.alreadyFound?.line ?? -1)) was already found"))
    }

    @Test func aOneSidedGoldNameThatWasPairedIsListed() throws {
        let report = try #require(Self.report)
        let score = try Self.altered("LOC\tWashington\tواشنطن", "LOC\tWashington\t").score(report)
        #expect(score.goldEnglishOnlyNames == 15 && score.foundEnglishOnlyNames == 14)
        #expect(score.wrongPairs.map(\.pair.english) == ["Washington"])
        let paired = try #require(score.wronglyPairedNames.first)
        #expect(score.wronglyPairedNames.count == 1)
        #expect(paired.entity.english == ["Washington"] && paired.entity.arabic.isEmpty)
        #expect(paired.pair == score.wrongPairs[0].pair)
        #expect(score.differences.last == "one-sided name paired: Washington (English only) (altered.tsv:\(paired.entity.line)) in Washington ↔ واشنطن (1.0)")
        // The same on the Arabic side.
        let base = try AlignmentGold(parsing: Self.gold).score(report)
        let arabic = try Self.altered("LOC\tWashington\tواشنطن", "LOC\t\tواشنطن").score(report)
        #expect(arabic.goldArabicOnlyNames == 8 && arabic.foundArabicOnlyNames == base.foundArabicOnlyNames)
        #expect(arabic.wronglyPairedNames.map(\.entity.description) == ["واشنطن (Arabic only)"])
    }

    @Test func scoresAddUp() throws {
        let report = try #require(Self.report)
        let a = try AlignmentGold(parsing: Self.gold, source: "a.tsv").score(report)
        let b = try Self.altered("LOC\tWashington\tواشنطن", nil).score(report)
        let sum = a + b
        #expect(sum.predictedPairs == 30 && sum.correctPairs == 29 && sum.goldSharedNames == 29)
        #expect(sum.goldEnglishOnlyNames == 28 && sum.foundArabicOnlyNames == 2 * a.foundArabicOnlyNames)
        #expect(sum.differences == a.differences + b.differences)
        var total = AlignmentScore()
        total += a
        total += b
        #expect(total == sum)
        #expect(AlignmentScore().description
            == "pairs 0/0 correct, 0/0 gold found: precision 1.000 recall 1.000 F1 1.000; one-sided found: en 0/0, ar 0/0")
    }

    @Test func anAlignmentScoresAsItsReport() throws {
        let aligner = try ReportAligner()
        let alignment = aligner.align(english: TestData.english, arabic: TestData.arabic)
        let gold = try AlignmentGold(parsing: Self.gold, source: "gold.tsv")
        #expect(gold.score(alignment) == gold.score(try #require(Self.report)))
    }

    @Test func theScoreIsJSONWithSnakeCaseKeys() throws {
        let report = try #require(Self.report)
        let score = try Self.altered("LOC\tWashington\tواشنطن", "LOC\tWashington\t").score(report)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = String(decoding: try encoder.encode(score), as: UTF8.self)
        for key in ["\"precision\":0.9333333333333333", "\"recall\":1", "\"f1\":", "\"predicted_pairs\":15", "\"correct_pairs\":14",
                    "\"gold_shared_names\":14", "\"found_english_only_names\":14", "\"wrong_pairs\":[{\"pair\"",
                    "\"wrongly_paired_names\":[{", "\"misses\":[]"] {
            #expect(json.contains(key), "\(key) in \(json)")
        }
        #expect(try JSONDecoder().decode(AlignmentScore.self, from: Data(json.utf8)) == score)
        let gold = try AlignmentGold(parsing: Self.gold, source: "gold.tsv")
        #expect(try JSONDecoder().decode(AlignmentGold.self, from: try encoder.encode(gold)) == gold)
    }

    /// The description rounds as `%.3f` does, ties and all, on every ratio
    /// the scores can make with up to 300 pairs, and on F1 values.
    @Test func figuresRoundLikePrintf() {
        var values: [Double] = [0, 1, 0.0005, 0.0015, 0.0625, 0.1875, 0.9995, 0.00048828125, 12.3455, 1e-300, .leastNonzeroMagnitude]
        for b in 1...300 { for a in 0...b { values.append(Double(a) / Double(b)) } }
        for (p, r) in zip(values.prefix(3_000), values.suffix(3_000)) where p + r > 0 { values.append(2 * p * r / (p + r)) }
        var mismatches: [String] = []
        for value in values where AlignmentScore.threePlaces(value) != String(format: "%.3f", value) {
            mismatches.append("\(value): \(AlignmentScore.threePlaces(value)) vs \(String(format: "%.3f", value))")
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(10))")
    }
}
