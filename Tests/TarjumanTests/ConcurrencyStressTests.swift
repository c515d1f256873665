import Tarjuman
import TarjumanICU
import Testing

/// One matcher, index, tokenizer, normalizer, transliterator, scheme,
/// romanizer and aligner shared by 16 concurrent tasks over the seeds must
/// give exactly the single-threaded results. `make tsan` runs this under
/// ThreadSanitizer, which must report nothing.
@Suite struct ConcurrencyStressTests {
    struct Results: Equatable, Sendable {
        var normalized: [String] = []
        var tokens: [[String]] = []
        var latin: [String] = []
        var buckwalter: [String] = []
        var scores: [Double] = []
        var ranked: [String] = []
        var romanized: [String] = []
        var pairs: Int = 0
    }

    @Test func sixteenTasksShareEveryEngine() async throws {
        let english = TestData.english, arabic = TestData.arabic
        let lines = (arabic + "\n" + english).split(separator: "\n").map(String.init).filter { !$0.isEmpty }
        let names = [("مصطفى بالي", "Mustafa Bali"), ("قاسم محمد صالح", "Qasim Mohammed Saleh"), ("دير الزور", "Deir al-Zor"),
                     ("لافا اسعد", "Lava Asaad"), ("واشنطن", "Washington"), ("حسن قامشلو", "Hassan Qamishlo")]
        let normalizer = TextNormalizer()
        let tokenizer = try Tokenizer(options: .init(clitics: true))
        let transliterator = try Transliterator(id: "Any-Latin; Latin-ASCII")
        let scheme = TransliterationScheme.buckwalter
        let matcher = NameMatcher()
        let index = NameRanker(candidates: names.map(\.1), strategy: .indexed(breadth: 100), ordering: .probability)
        let romanizer = Romanizer()
        let aligner = try ReportAligner()

        @Sendable func work(rotation: Int) -> Results {
            var r = Results()
            for k in lines.indices {
                let line = lines[(k + rotation) % lines.count]
                r.normalized.append(normalizer.normalize(line))
                r.tokens.append(tokenizer.tokens(in: line).map { String($0.text) })
                r.latin.append(transliterator.transliterate(line))
                r.buckwalter.append(scheme.transliterate(line))
            }
            for k in names.indices {
                let (a, e) = names[(k + rotation) % names.count]
                r.scores.append(matcher.similarity(arabic: a, english: e).probability)
                r.ranked.append(index.top(1, for: a).first?.name ?? "")
                r.romanized.append(romanizer.best(a))
            }
            r.pairs = aligner.align(english: english, arabic: arabic).pairs.count
            return r
        }
        let reference = work(rotation: 0)
        #expect(reference.pairs > 5)
        let results = await withTaskGroup(of: (Int, Results).self) { group in
            for task in 0..<16 {
                group.addTask { (task, work(rotation: task * 5)) }
            }
            var all: [(Int, Results)] = []
            for await result in group { all.append(result) }
            return all
        }
        #expect(results.count == 16)
        for (task, result) in results {
            // Rotations differ per list length, so undo them per list.
            let rotation = task * 5
            var expected = reference
            expected.normalized = rotate(reference.normalized, by: rotation)
            expected.tokens = rotate(reference.tokens, by: rotation)
            expected.latin = rotate(reference.latin, by: rotation)
            expected.buckwalter = rotate(reference.buckwalter, by: rotation)
            expected.scores = rotate(reference.scores, by: rotation)
            expected.ranked = rotate(reference.ranked, by: rotation)
            expected.romanized = rotate(reference.romanized, by: rotation)
            #expect(result == expected, "task \(task) differs from the single-threaded run")
        }
    }

    /// `crossReference`'s progress comes from the workers' threads: under
    /// ThreadSanitizer, no race; every stage starts at 0, counts each item
    /// once and reaches its total; the stages come in order.
    @Test func crossReferenceReportsProgressFromItsWorkers() throws {
        let english = (0..<3).map { Report(id: "en-\($0)", text: TestData.english) }
        let arabic = (0..<3).map { Report(id: "ar-\($0)", text: TestData.arabic) }
        let events = Locked<[(stage: String, done: Int, total: Int)]>([])
        let record = try CrossReferencer().crossReference(english: english, arabic: arabic) { stage, done, total in
            events.withLock { $0.append((stage, done, total)) }
        }
        #expect(!record.pairs.isEmpty)
        let all = events.withLock { $0 }
        var stages: [String] = []
        for event in all where stages.last != event.stage { stages.append(event.stage) }
        #expect(stages == ["reading English reports", "reading Arabic reports", "matching names",
                           "listing English words", "listing Arabic words", "aligning pairs"])
        for stage in stages {
            let counts = all.filter { $0.stage == stage }
            let total = try #require(counts.first?.total)
            #expect(counts.first?.done == 0 && counts.allSatisfy { $0.total == total }, "\(stage)")
            #expect(counts.dropFirst().map(\.done).sorted() == (0..<total).map { $0 + 1 }, "\(stage)")
        }
    }
}

/// `values` starting at `offset` (wrapping): what a task with that rotation sees.
func rotate<T>(_ values: [T], by offset: Int) -> [T] {
    values.indices.map { values[($0 + offset) % values.count] }
}
