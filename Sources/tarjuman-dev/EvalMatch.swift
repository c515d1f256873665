import ArgumentParser
import Dispatch
import Foundation
import Tarjuman
import TarjumanResearch
import TarjumanCLI

/// `tarjuman-dev eval-match`: top-1, top-5 and MRR of name ranking, both ways.
struct EvalMatch: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval-match",
        abstract: "Rank every name of a pair file against all names of the other script; print top-1, top-5, MRR.",
        discussion: """
            The file is TSV: the first two columns a name and its spelling in the other
            script, in either order; other columns are ignored. Each Arabic name ranks all
            English names of the file and vice versa; a hit is any name the file pairs
            with the query. Ties count against the method.
            Example:
              tarjuman-dev eval-match --pairs Data/names/google-ar2en-test.tsv
            """
    )

    @Option(help: "The pair file.")
    var pairs: String

    @Option(help: "Methods, comma-separated: tarjuman, icu-levenshtein, icu-jaro-winkler.")
    var methods = "tarjuman,icu-levenshtein,icu-jaro-winkler"

    @Option(help: "A model file to use instead of the built-in one.")
    var model: String?

    @Flag(help: "Rank through the index (first stage + rescoring) instead of scoring every candidate.")
    var index = false

    @Flag(help: "Also measure the index: how often its short list holds the exhaustive top-1, and queries per second.")
    var recall = false

    @Option(help: "Candidates the index hands to the full model.")
    var breadth = 100

    @Option(help: "A folder with romanizer.tsv and arabizer.tsv for the spelling evidence, instead of the built-in models.")
    var spellingModels: String?

    @Option(help: "A reranker weights file (as train-reranker writes) instead of the built-in one.")
    var reranker: String?

    @Option(help: "How many of each query's best candidates the spelling evidence reorders.")
    var rerankDepth = 10

    @Option(help: "Write each query whose top-1 is wrong to this file: direction, query, gold, top candidate (exhaustive ranking only).")
    var misses: String?

    func validate() throws {
        if breadth < 1 { throw ValidationError("--breadth must be at least 1") }
        if rerankDepth < 1 { throw ValidationError("--rerank-depth must be at least 1") }
        try checkDistinctOutputs([misses, misses.map { $0 + ".en-ar" }])
    }

    func run() throws {
        let out = try OutputWriter(path: nil)
        for method in methods.split(separator: ",") where !Ranker.methods.contains(String(method)) {
            throw CLIFailure(.usage, "unknown method '\(method)': use tarjuman, icu-levenshtein or icu-jaro-winkler")
        }
        let set = try RankingSet(path: pairs)
        let (arabicNames, englishNames, goldAE, goldEA) = (set.arabicNames, set.englishNames, set.goldAE, set.goldEA)
        try out.line("\(RawPaths.display(pairs)): \(set.pairCount) pairs, \(arabicNames.count) Arabic and \(englishNames.count) English names")
        try out.line("method                  direction  top-1   top-5   MRR     seconds")
        for method in methods.split(separator: ",").map(String.init) {
            let start = Date()
            let spelling = try loadSpellingEvidence(modelPath: model, spellingModels: spellingModels, reranker: reranker)
            let ranker = try Ranker(method: method, arabic: arabicNames, english: englishNames, modelPath: model,
                                    exhaustive: !index && !recall, breadth: breadth, spelling: spelling, depth: rerankDepth)
            let listAware = method == "tarjuman" && !index && !recall
            var shortLists: [String: [[SpellingEvidence.Ranked]]] = [:], independent: [String: [Int]] = [:]
            for direction in ["ar→en", "en→ar"] {
                let queries = direction == "ar→en" ? arabicNames.count : englishNames.count
                let gold = direction == "ar→en" ? goldAE : goldEA
                let results = concurrentMap(count: queries) { q in
                    ranker.rank(query: q, arabicQuery: direction == "ar→en", gold: gold[q])
                }
                let ranks = results.map(\.rank)
                shortLists[direction] = results.map(\.list)
                independent[direction] = ranks
                if let misses, index == false, recall == false {
                    let names = direction == "ar→en" ? arabicNames : englishNames
                    let others = direction == "ar→en" ? englishNames : arabicNames
                    var lines = ""
                    for q in 0..<queries where ranks[q] > 1 {
                        let best = results[q].list.first?.index ?? ranker.exhaustiveBest(query: q, arabicQuery: direction == "ar→en")
                        let goldNames = gold[q].map { others[$0] }.sorted().joined(separator: "|")
                        lines += "\(direction)\t\(names[q])\t\(goldNames)\t\(others[best])\t\(ranks[q])\n"
                    }
                    let path = direction == "ar→en" ? misses : misses + ".en-ar"
                    try writeFile(lines, to: path, inputs: [pairs])
                }
                let seconds = Date().timeIntervalSince(start)
                if recall, let index = direction == "ar→en" ? ranker.englishIndex : ranker.arabicIndex {
                    let names = direction == "ar→en" ? arabicNames : englishNames
                    let outcomes = concurrentMap(count: queries) { q -> (hit: Int, listed: Int) in
                        let best = ranker.exhaustiveBest(query: q, arabicQuery: direction == "ar→en")
                        return (index.top(1, for: names[q]).first?.index == best ? 1 : 0,
                                index.index.shortList(for: names[q]).contains(best) ? 1 : 0)
                    }
                    let hits = outcomes.map(\.hit), listed = outcomes.map(\.listed)
                    let found = Double(hits.reduce(0, +)) / Double(queries)
                    let clock = ContinuousClock()
                    let sample = Array(names.prefix(2000))
                    let elapsed = clock.measure { for name in sample { _ = index.top(5, for: name) } }
                    let perSecond = Double(sample.count) / (Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
                    try out.line("  index (\(direction), breadth \(breadth)): its top-1 is the exhaustive top-1 for "
                          + String(format: "%.2f%%", found * 100)
                          + String(format: " (first stage holds it for %.2f%%); ", Double(listed.reduce(0, +)) / Double(queries) * 100)
                          + String(format: "%.0f", perSecond) + " queries/s on one core against \(index.candidates.count) names")
                }
                try printRow(method, direction, ranks, seconds, to: out)
            }
            // Both lists at once: each candidate's best score for the other
            // queries (its rival) reorders the short lists.
            if listAware {
                for direction in ["ar→en", "en→ar"] {
                    let arabicQuery = direction == "ar→en"
                    let gold = arabicQuery ? goldAE : goldEA
                    let lists = shortLists[direction]!, reverse = shortLists[arabicQuery ? "en→ar" : "ar→en"]!
                    let ranks = lists.indices.map { q -> Int in
                        let adjusted = spelling.rivalAware(lists[q], query: q, reverse: reverse, language: arabicQuery ? .arabic : .english)
                        guard let best = adjusted.filter({ gold[q].contains($0.index) }).map(\.score).max() else {
                            return independent[direction]![q]
                        }
                        return 1 + adjusted.filter { !gold[q].contains($0.index) && $0.score >= best }.count
                    }
                    try printRow("tarjuman, list-aware", direction, ranks, Date().timeIntervalSince(start), to: out)
                }
            }
        }
        try out.commit()
    }

    private func printRow(_ method: String, _ direction: String, _ ranks: [Int], _ seconds: Double, to out: OutputWriter) throws {
        let count = Double(max(ranks.count, 1))
        let top1 = Double(ranks.filter { $0 == 1 }.count) / count
        let top5 = Double(ranks.filter { $0 <= 5 }.count) / count
        let mrr = ranks.map { 1 / Double($0) }.reduce(0, +) / count
        let label = method.padding(toLength: 23, withPad: " ", startingAt: 0)
        try out.line(label + " " + direction.padding(toLength: 10, withPad: " ", startingAt: 0)
              + String(format: " %.4f  %.4f  %.4f  %.1f", top1, top5, mrr, seconds))
    }
}

/// Ranks candidates for one method; thread-safe (read-only after init).
final class Ranker: @unchecked Sendable {
    /// The methods it knows.
    static let methods = ["tarjuman", "icu-levenshtein", "icu-jaro-winkler"]
    let score: @Sendable (Int, Int) -> Double   // (arabic index, english index) -> score, per direction below
    let scoreEA: @Sendable (Int, Int) -> Double
    let arabicCount: Int, englishCount: Int
    /// For the tarjuman method without --exhaustive: the indexed rankers of
    /// each side, ordering by calibrated probability (what the index measures).
    var englishIndex: NameRanker?, arabicIndex: NameRanker?
    /// For the tarjuman method: spelling evidence (arabic, english, Arabic query?) that reorders each query's top 10.
    var evidence: (@Sendable (Int, Int, Bool) -> Double)?

    let spelling: SpellingEvidence
    let depth: Int

    init(method: String, arabic: [String], english: [String], modelPath: String?, exhaustive: Bool, breadth: Int,
         spelling: SpellingEvidence = LanguageResources.builtIn.spelling, depth: Int = 10) throws {
        self.spelling = spelling
        self.depth = depth
        arabicCount = arabic.count
        englishCount = english.count
        switch method {
        case "tarjuman":
            let model = try loadNameModel(modelPath)
            let a = arabic.map(NameForms.arabicSymbols), e = english.map(NameForms.englishSymbols)
            score = { i, j in model.score(arabic: a[i], english: e[j]) }
            scoreEA = score
            evidence = { i, j, arabicQuery in spelling.score(arabic: a[i], english: e[j], query: arabicQuery ? .arabic : .english) }
            if !exhaustive {
                var resources = LanguageResources.builtIn
                resources.nameModel = model
                resources.calibration = try modelPath.map { try loadNameModelAndCalibration(path: $0).calibration } ?? .builtIn
                englishIndex = NameRanker(candidates: english, strategy: .indexed(breadth: breadth), ordering: .probability,
                                          resources: resources)
                arabicIndex = NameRanker(candidates: arabic, strategy: .indexed(breadth: breadth), ordering: .probability,
                                         resources: resources)
            }
        case "icu-levenshtein", "icu-jaro-winkler":
            let baseline = try BaselineMatcher(similarity: method == "icu-levenshtein" ? .levenshtein : .jaroWinkler)
            let a = arabic.map(baseline.key), e = english.map(baseline.key)
            score = { i, j in baseline.score(a[i], e[j]) }
            scoreEA = score
        default:
            throw CLIFailure(.usage, "unknown method '\(method)': use tarjuman, icu-levenshtein or icu-jaro-winkler")
        }
    }

    /// 1-based rank of the best gold candidate; ties count against it. With an
    /// index, a gold candidate missing from the short list ranks last.
    /// Also returns the query's reranked short list (exhaustive tarjuman
    /// ranking only; empty otherwise).
    func rank(query: Int, arabicQuery: Bool, gold: Set<Int>) -> (rank: Int, list: [SpellingEvidence.Ranked]) {
        if let index = arabicQuery ? englishIndex : arabicIndex {
            let queryName = (arabicQuery ? arabicIndex : englishIndex)!.candidates[query]
            let top = index.top(NameIndex.finalists, for: queryName)
            guard let position = top.firstIndex(where: { gold.contains($0.index) }) else {
                return (arabicQuery ? englishCount : arabicCount, [])
            }
            let goldProbability = top[position].match.probability
            var rank = 1
            for (offset, candidate) in top.enumerated() where !gold.contains(candidate.index) {
                if offset < position || candidate.match.probability >= goldProbability { rank += 1 }
            }
            return (rank, [])
        }
        return exhaustiveRank(query: query, arabicQuery: arabicQuery, gold: gold)
    }

    /// The exhaustively best candidate for a query.
    func exhaustiveBest(query: Int, arabicQuery: Bool) -> Int {
        let count = arabicQuery ? englishCount : arabicCount
        var best = 0, bestScore = -Double.infinity
        for c in 0..<count {
            let s = arabicQuery ? score(query, c) : scoreEA(c, query)
            if s > bestScore { bestScore = s; best = c }
        }
        return best
    }

    func exhaustiveRank(query: Int, arabicQuery: Bool, gold: Set<Int>) -> (rank: Int, list: [SpellingEvidence.Ranked]) {
        let count = arabicQuery ? englishCount : arabicCount
        var scores = [Double](repeating: 0, count: count)
        for c in 0..<count {
            scores[c] = arabicQuery ? score(query, c) : scoreEA(c, query)
        }
        if let evidence {
            scores = spelling.rerank(scores, depth: depth) { c in arabicQuery ? evidence(query, c, true) : evidence(c, query, false) }
        }
        let best = gold.map { scores[$0] }.max() ?? -.infinity
        var rank = 1
        for c in 0..<count where !gold.contains(c) && scores[c] >= best { rank += 1 }
        guard evidence != nil else { return (rank, []) }
        let list = scores.indices.sorted { scores[$0] != scores[$1] ? scores[$0] > scores[$1] : $0 < $1 }.prefix(depth)
        return (rank, list.map { SpellingEvidence.Ranked(index: $0, score: scores[$0]) })
    }
}

