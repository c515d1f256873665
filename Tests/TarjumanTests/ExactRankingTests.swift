import Testing
@testable import Tarjuman

/// The exact exhaustive ranking gives what scoring every candidate in full
/// gave before it (`referenceTop`), to the bit, on real names.
@Suite struct ExactRankingTests {
    /// Pairs of the Wikidata train split (Arabic, English), in file order,
    /// with the counts dropped.
    static let pairs: [(arabic: String, english: String)] = {
        TestData.file("Data/names/wikidata-en2ar-80.tsv").split(separator: "\n").compactMap { line in
            let fields = line.split(separator: "\t")
            guard fields.count >= 2 else { return nil }
            return (String(fields[1]), String(fields[0]))
        }
    }()

    /// Candidates of one script: one-word names, some two-word names made of
    /// consecutive pairs (Mohammed Ali ↔ محمد علي), particles, and a few names
    /// in the other script (compared by letters).
    static func candidates(arabic: Bool, count: Int) -> [String] {
        let words = pairs.prefix(count).map { arabic ? $0.arabic : $0.english }
        var names = Array(Set(words)).sorted()
        for k in stride(from: 0, to: min(count, 400), by: 2) {
            let two = arabic ? pairs[k].arabic + " " + pairs[k + 1].arabic : pairs[k].english + " " + pairs[k + 1].english
            names.append(two)
        }
        names += arabic ? ["ال", "أبو", "بن", "Ali", "Bali"] : ["al", "abu", "bin", "علي", "بالي"]
        return names
    }

    /// Queries of the other script: names whose counterparts are in the
    /// list, names from further in the file that mostly are not, two-word
    /// names, particles, and text that is no name.
    static func queries(arabic: Bool, count: Int) -> [String] {
        let inside = stride(from: 1, to: count, by: count / 25).map { arabic ? pairs[$0].arabic : pairs[$0].english }
        let outside = (0..<15).map { arabic ? pairs[count + 7 * $0].arabic : pairs[count + 7 * $0].english }
        let twoWords = [0, 10, 20, 30].map { arabic ? pairs[$0].arabic + " " + pairs[$0 + 1].arabic
                                                      : pairs[$0].english + " " + pairs[$0 + 1].english }
        let odd = arabic ? ["ال", "أبو", "", "١٢٣", "ب"] : ["al", "abu", "", "123", "x"]
        return inside + outside + twoWords + odd
    }

    static func same(_ a: [RankedName], _ b: [RankedName]) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { x, y in
            x.index == y.index && x.rankingKey == y.rankingKey && x.match.probability == y.match.probability
                && x.match.logLikelihoodRatio == y.match.logLikelihoodRatio
        }
    }

    @Test(arguments: [true, false])
    func exactPathEqualsTheReference(arabicQueries: Bool) {
        let list = Self.candidates(arabic: !arabicQueries, count: 1200)
        let queries = Self.queries(arabic: arabicQueries, count: 1200)
        #expect(list.count > 1100 && queries.count > 40)
        for ordering in [NameRanker.Ordering.spellingEvidence, .probability] {
            let ranker = NameRanker(candidates: list, strategy: .exhaustive, ordering: ordering)
            var differing: [String] = []
            for query in queries {
                for top in ordering == .probability ? [5] : [12] where !Self.same(ranker.top(top, for: query), ranker.referenceTop(top, for: query)) {
                    differing.append("\(query) (top \(top))")
                }
            }
            #expect(differing.isEmpty, "\(ordering): \(differing.prefix(5))")
        }
    }

    @Test func manyQueriesOnAllCoresEqualOneAtATime() {
        let list = Self.candidates(arabic: false, count: 1000)
        let queries = Self.queries(arabic: true, count: 1000)
        let ranker = NameRanker(candidates: list, strategy: .exhaustive)
        let together = ranker.top(5, forEach: queries)
        #expect(together.count == queries.count)
        for (query, ranked) in zip(queries, together) { #expect(Self.same(ranked, ranker.top(5, for: query)), "\(query)") }
        // The best match of a name whose counterpart is listed is found.
        let hits = zip(queries.prefix(25), together).filter { query, ranked in
            Self.pairs.contains { $0.arabic == query && $0.english == ranked.first?.name }
        }.count
        #expect(hits >= 18, "\(hits) of 25")
    }

    /// The per-query tables give the general loop's log-likelihood to the
    /// bit, and a floor makes any loop give up only below it.
    @Test func compiledTransducersMatchTheGeneralLoop() {
        let model = TransliterationModel.builtIn
        let sample = Self.pairs.prefix(150).map { (NameForms.arabicSymbols($0.arabic), NameForms.englishSymbols($0.english)) }
        for (transducer, arabicSource) in [(model.forward, true), (model.reverse, false)] {
            let compiled = transducer.compiled
            #expect(compiled.logSlack >= 0 && compiled.logSlack < 0.01)
            for (k, pair) in sample.enumerated() {
                // Each source against its own target and another one.
                let source = arabicSource ? pair.0 : pair.1
                let sourceTables = compiled.tables(source: source)
                for other in [pair, sample[(k + 1) % sample.count]] {
                    let target = arabicSource ? other.1 : other.0
                    let expected = transducer.logLikelihood(source: source, target: target)
                    let targetTables = compiled.tables(target: target)
                    source.withUnsafeBufferPointer { s in
                        target.withUnsafeBufferPointer { t in
                            #expect(compiled.logLikelihood(source: s, target: t).bitPattern == expected.bitPattern)
                            #expect(compiled.logLikelihood(source: sourceTables, target: t).bitPattern == expected.bitPattern)
                            #expect(compiled.logLikelihood(source: s, target: targetTables).bitPattern == expected.bitPattern)
                            for floor in [expected - 1, expected + 1, -20.0] {
                                for value in [compiled.logLikelihood(source: s, target: t, floor: floor),
                                              compiled.logLikelihood(source: sourceTables, target: t, floor: floor),
                                              compiled.logLikelihood(source: s, target: targetTables, floor: floor)] {
                                    // Exact, or given up on a value truly below the floor.
                                    #expect(value.bitPattern == expected.bitPattern || (value == -.infinity && expected < floor))
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
