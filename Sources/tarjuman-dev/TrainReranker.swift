import ArgumentParser
import Dispatch
import Foundation
import Tarjuman
import TarjumanResearch
import TarjumanCLI

/// The names of a pair file, each side once, with which names each pairs with.
struct RankingSet {
    var arabicNames: [String] = [], englishNames: [String] = []
    /// For each Arabic name, its English names; and the reverse.
    var goldAE: [Set<Int>] = [], goldEA: [Set<Int>] = []
    var pairCount = 0

    init(path: String) throws {
        let file = try PairFile(path: path)
        var arabicIndex: [String: Int] = [:], englishIndex: [String: Int] = [:]
        for pair in file.pairs {
            let english = pair.english.lowercased()
            let a = arabicIndex[pair.arabic] ?? { arabicNames.append(pair.arabic); goldAE.append([]); return arabicNames.count - 1 }()
            arabicIndex[pair.arabic] = a
            let e = englishIndex[english] ?? { englishNames.append(english); goldEA.append([]); return englishNames.count - 1 }()
            englishIndex[english] = e
            goldAE[a].insert(e)
            goldEA[e].insert(a)
        }
        pairCount = file.pairs.count
    }
}

/// `tarjuman-dev train-reranker`: learns how the spelling evidence reorders the
/// name model's short list, from pairs the models were not trained on.
struct TrainReranker: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train-reranker",
        abstract: "Learn the reranker's weights from held-out pairs.",
        discussion: """
            Every name of the file ranks all names of the other script with the name
            model; the best --depth of each become a softmax group whose right answers
            the weights learn to put first. The models must not have seen these pairs:
            see Data/README.md for the split and the commands that rebuild
            Data/reranker.tsv.
            """
    )

    @Option(help: "Held-out pairs (TSV, as eval-match reads).")
    var pairs: String

    @Option(help: "The name model trained without these pairs.")
    var model: String?

    @Option(help: "A folder with romanizer.tsv and arabizer.tsv trained without these pairs.")
    var spellingModels: String?

    @Option(help: "Candidates per query.")
    var depth = 20

    @Option(help: "How many of each query's best candidates the reranker reorders (as eval-match's --rerank-depth).")
    var rerankDepth = 10

    @Option(help: "Where to write the weights (TSV).")
    var out: String

    func validate() throws {
        if depth < 1 { throw ValidationError("--depth must be at least 1") }
        if rerankDepth < 1 { throw ValidationError("--rerank-depth must be at least 1") }
    }

    func run() throws {
        let console = try OutputWriter(path: nil)
        let weightsFile = try OutputWriter(path: out, inputs: [pairs])   // fails now, not after the fit
        if pairs.lowercased().contains("test") || pairs.lowercased().contains("eval") {
            throw CLIFailure(.usage, "\(pairs): refusing to learn from a test or eval split")
        }
        let set = try RankingSet(path: pairs)
        let spelling = try loadSpellingEvidence(modelPath: model, spellingModels: spellingModels, reranker: nil)
        let nameModel = spelling.model
        let arabic = set.arabicNames.map(NameForms.arabicSymbols), english = set.englishNames.map(NameForms.englishSymbols)
        var vectors: [[Double]] = []
        // Per direction, each query's short list: (candidate, name-model score, features, right answer).
        typealias Entry = (candidate: Int, base: Double, features: SpellingEvidence.Features, gold: Bool)
        var shortLists: [[[Entry]]] = []
        for arabicQuery in [true, false] {
            let queries = arabicQuery ? arabic.count : english.count
            let gold = arabicQuery ? set.goldAE : set.goldEA
            let depth = self.depth
            let lists = concurrentMap(count: queries) { q -> [Entry] in
                let others = arabicQuery ? english.count : arabic.count
                var scores = [Double](repeating: 0, count: others)
                for c in 0..<others {
                    scores[c] = arabicQuery ? nameModel.score(arabic: arabic[q], english: english[c])
                        : nameModel.score(arabic: arabic[c], english: english[q])
                }
                let top = scores.indices.sorted { scores[$0] != scores[$1] ? scores[$0] > scores[$1] : $0 < $1 }.prefix(depth)
                return top.map { c in
                    let (a, e) = arabicQuery ? (arabic[q], english[c]) : (arabic[c], english[q])
                    return (c, scores[c], spelling.features(arabic: a, english: e), gold[q].contains(c))
                }
            }
            shortLists.append(lists)
            let groups = lists.map { RerankWeights.Group(candidates: $0.map { ($0.features, $0.gold) }) }
            guard let weights = RerankWeights.fit(groups) else {
                throw CLIFailure(.dataError, "\(pairs): the fit did not converge to usable weights")
            }
            vectors.append(weights)
            try console.line((arabicQuery ? "Arabic" : "English") + " queries: \(queries), weights " + weights.map { String(format: "%.4f", $0) }.joined(separator: " "))
        }
        guard var weights = RerankWeights(arabicQuery: vectors[0], englishQuery: vectors[1]) else {
            throw CLIFailure(.dataError, "\(pairs): the fit gave weights that are not finite")
        }
        // The list-aware stage, fitted on top: each query's best --rerank-depth
        // by the name model, reranked as eval-match ranks them, against the
        // same lists of the other direction.
        typealias Listed = (ranked: SpellingEvidence.Ranked, gold: Bool)
        var fitted = spelling
        fitted.weights = weights
        func reranked(_ entries: [Entry], arabicQuery: Bool) -> [Listed] {
            let listed: [Listed] = entries.prefix(rerankDepth).map { entry in
                let extra = fitted.score(features: entry.features, query: arabicQuery ? .arabic : .english)
                return (SpellingEvidence.Ranked(index: entry.candidate, score: entry.base + extra), entry.gold)
            }
            // A pair the name model cannot align at all (score −∞) tells the stage nothing.
            return listed.filter { $0.ranked.score.isFinite }.sorted { a, b in
                a.ranked.score != b.ranked.score ? a.ranked.score > b.ranked.score : a.ranked.index < b.ranked.index
            }
        }
        let lists: [[[Listed]]] = [shortLists[0].map { reranked($0, arabicQuery: true) },
                                   shortLists[1].map { reranked($0, arabicQuery: false) }]
        for (d, arabicQuery) in [true, false].enumerated() {
            let reverse: [[SpellingEvidence.Ranked]] = lists[1 - d].map { list in list.map { $0.ranked } }
            let groups = lists[d].enumerated().map { q, list in
                list.map { entry -> (features: [Double], gold: Bool) in
                    let rival = SpellingEvidence.rival(of: entry.ranked.index, for: q, in: reverse)
                    return ([entry.ranked.score] + SpellingEvidence.rivalFeatures(score: entry.ranked.score, rival: rival), entry.gold)
                }
            }
            guard let rival = RerankWeights.fitRival(groups) else {
                throw CLIFailure(.dataError, "\(pairs): the list-aware fit did not converge to usable weights")
            }
            if arabicQuery { weights.arabicQueryRival = rival } else { weights.englishQueryRival = rival }
            try console.line((arabicQuery ? "Arabic" : "English") + " queries, list-aware weights " + rival.map { String(format: "%.4f", $0) }.joined(separator: " "))
        }
        let header = [
            "Tarjuman reranker weights, format 1: feature, weight for an Arabic query, weight for an English query.",
            "The weighted sum of the features is added to the name model's score; see SpellingEvidence.",
            "rival-margin and rival-behind weigh the list-aware stage (SpellingEvidence.rivalAware), fitted after the others.",
            "Fitted by: tarjuman-dev train-reranker on \((pairs as NSString).lastPathComponent) (\(set.pairCount) pairs), depth \(depth).",
        ]
        try weightsFile.write(weights.serialized(header: header))
        try weightsFile.commit()
        try console.line("wrote \(RawPaths.display(out))")
        try console.commit()
    }
}
