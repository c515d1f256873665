import Foundation
@testable import Tarjuman
import Testing

/// Linear time on hostile text: for each entry point, an input four times as
/// large may take at most about four times as long. Judged as a ratio of two
/// timings in the same process (best of three each), never against a
/// wall-clock limit: linear work gives about 4, quadratic work 16; the test
/// allows 8, plus 50 ms for timer noise on tiny inputs.
@Suite(.serialized) struct LinearTimeTests {
    static func seconds(_ body: () -> Void) -> Double {
        var best = Double.infinity
        for _ in 0..<3 {
            let start = ContinuousClock.now
            body()
            let elapsed = ContinuousClock.now - start
            best = min(best, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
        }
        return best
    }

    /// Times `work` on `make(n)` and `make(4n)` and checks the ratio.
    static func expectLinear(_ label: String, n: Int, _ make: (Int) -> String, _ work: (String) -> Void,
                             sourceLocation: SourceLocation = #_sourceLocation) {
        let small = make(n), large = make(4 * n)
        let t1 = seconds { work(small) }, t4 = seconds { work(large) }
        #expect(t4 <= 8 * t1 + 0.05, "\(label): \(t1) s at \(small.utf8.count) bytes, \(t4) s at \(large.utf8.count) bytes",
                sourceLocation: sourceLocation)
    }

    /// Alternating accents of different classes: the worst case of canonical reordering.
    static func marks(_ n: Int) -> String { "a" + String(repeating: "\u{0301}\u{0316}", count: n) + " b\n" }
    /// Arabic tashkeel on one letter.
    static func tashkeel(_ n: Int) -> String { "ب" + String(repeating: "\u{064E}\u{0650}", count: n) + " دير\n" }

    @Test func unicodeNormalization() {
        for form in NormalizationForm.allCases {
            Self.expectLinear("\(form)", n: 20_000, Self.marks) { _ = form.normalize($0) }
            Self.expectLinear("\(form) tashkeel", n: 20_000, Self.tashkeel) { _ = form.normalize($0) }
        }
    }

    @Test func textNormalizerPresets() {
        for (arabic, english) in [(ArabicNormalization.search, EnglishNormalization.search), (.display, .display), (.none, .search)] {
            let normalizer = TextNormalizer(arabic: arabic, english: english)
            Self.expectLinear("TextNormalizer", n: 10_000, Self.marks) { _ = normalizer.normalize($0) }
            Self.expectLinear("TextNormalizer tashkeel", n: 10_000, Self.tashkeel) { _ = normalizer.normalize($0) }
        }
    }

    @Test func tokenizerAndTransliterator() throws {
        let tokenizer = try Tokenizer(options: .init(clitics: true))
        Self.expectLinear("Tokenizer", n: 10_000, Self.marks) { _ = tokenizer.tokens(in: $0) }
        Self.expectLinear("Tokenizer tashkeel", n: 10_000, Self.tashkeel) { _ = tokenizer.tokens(in: $0) }
        let latin = try Transliterator(id: "Any-Latin; Latin-ASCII")
        Self.expectLinear("Transliterator", n: 10_000, Self.marks) { _ = latin.transliterate($0) }
    }

    /// A report that is one long run of capitalized names (every word a
    /// possible name), against the Arabic seed.
    @Test func alignmentOfARunOfCapitalizedNames() throws {
        let aligner = try ReportAligner()
        let arabic = TestData.arabic
        let words = ["Mustafa", "Bali", "Hassan", "Qamishlo", "Deir", "Raqqa", "Qasim", "Saleh", "Lavrov", "Washington"]
        func report(_ n: Int) -> String {
            (0..<n).map { words[($0 * 7 + $0 / 10) % words.count] }.joined(separator: " ") + ".\n"
        }
        Self.expectLinear("ReportAligner", n: 40, report) { _ = aligner.align(english: $0, arabic: arabic) }
    }

    /// One gazetteer form of thousands of words is refused in linear time.
    @Test func gazetteerWithAHugeForm() {
        Self.expectLinear("Gazetteer", n: 4_000, { n in
            "PER\t" + String(repeating: "Mustafa ", count: n) + "\tمصطفى\n"
        }) { _ = try? Gazetteer(parsing: $0) }
        #expect(throws: DataFileError.self) { try Gazetteer(parsing: "PER\t" + String(repeating: "Bali ", count: 17) + "\tبالي\n") }
    }

    /// Names near the length limits score in bounded time, and an equal pair
    /// too long for the background model to measure is a certain match.
    @Test func longNames() {
        let matcher = NameMatcher()
        Self.expectLinear("NameMatcher", n: 3, { n in
            Array(repeating: "مصطفى بالي", count: n).joined(separator: " ") + "\t" + Array(repeating: "Mustafa Bali", count: n).joined(separator: " ")
        }) { pair in
            let parts = pair.split(separator: "\t").map(String.init)
            _ = matcher.similarity(arabic: parts[0], english: parts[1])
        }
        let long = matcher.similarity(arabic: String(repeating: "مصطفى", count: 60), english: String(repeating: "Mustafa", count: 60))
        #expect(long.probability > 0.99, "\(long.probability), ratio \(long.logLikelihoodRatio)")
        let tooManyWords = Array(repeating: "Bali", count: NameForms.maximumNameWords + 1).joined(separator: " ")
        #expect(matcher.similarity(arabic: "بالي", english: tooManyWords).probability == 0)
        #expect(Romanizer().romanize("مصطفى بالي قاسم محمد صالح", count: 1_000_000).count <= Romanizer.maximumCandidates)
    }
}
