/// A candidate name ranked for a query by ``NameRanker``.
public struct RankedName: Sendable {
    /// Its position in the candidate list.
    public let index: Int
    /// The candidate name, as given.
    public let name: String
    /// How it matches the query: ``NameMatch/probability`` is the calibrated
    /// probability that the two are the same name.
    public let match: NameMatch
    /// The value the candidates are ordered by, higher first. With
    /// ``NameRanker/Ordering/spellingEvidence`` it is the name model's
    /// log-likelihood ratio plus the spelling evidence (a ranking key, not a
    /// probability; same-script candidates keep their ratio); with
    /// ``NameRanker/Ordering/probability`` the log-likelihood ratio, which
    /// breaks ties between equal probabilities.
    public let rankingKey: Double

    /// The calibrated probability that the query and this candidate name the
    /// same person or place (``NameMatch/probability``).
    public var probability: Double { match.probability }
}

/// Ranks a list of candidate names (either script) for query names: the one
/// implementation behind `tarjuman rank`, the evaluation and the aligner's
/// name lists.
///
/// ```swift
/// let ranker = NameRanker(candidates: ["Mustafa Bali", "Hassan Qamishlo", "Bailey"])
/// let best = ranker.top(2, for: "مصطفى بالي")
/// print(best.map(\.name))  // ["Mustafa Bali", "Bailey"]
/// ```
///
/// Thread-safe; build one per candidate list and share it.
public struct NameRanker: Sendable {
    /// How the candidates are searched.
    public enum Strategy: Sendable, Hashable {
        /// Every candidate is scored: exact, and fine up to some tens of
        /// thousands of candidates.
        case exhaustive
        /// A skeleton index short-lists about `breadth` candidates (up to four
        /// times more for short names), and only those are ranked, exactly as
        /// ``exhaustive`` ranks the whole list: faster on long lists, and it
        /// may miss a candidate (see `EVALUATION.md` for how often its top-1
        /// differs from the exhaustive one).
        case indexed(breadth: Int)

        /// The longest list ``automatic(candidates:)`` searches exhaustively.
        public static let exhaustiveLimit = 20_000

        /// The index's short list by default: at 10,000 single names its
        /// top-1 is the exhaustive top-1 for 99.7–100% of the queries
        /// (99.2–99.6% at 500, about 95–98% at 100).
        public static let defaultBreadth = 1_000

        /// Exhaustive up to ``exhaustiveLimit`` candidates, indexed
        /// (``defaultBreadth``) beyond.
        public static func automatic(candidates: Int) -> Strategy {
            candidates <= exhaustiveLimit ? .exhaustive : .indexed(breadth: defaultBreadth)
        }
    }

    /// What the best candidates are ordered by.
    public enum Ordering: Sendable, Hashable {
        /// The name model's calibrated probability (ties: its log-likelihood ratio).
        case probability
        /// The name model's best ten, reordered by the learned spelling
        /// evidence (``SpellingEvidence``): more accurate, slower.
        case spellingEvidence
    }

    /// The candidate names, as given.
    public var candidates: [String] { index.names }
    /// How they are searched.
    public let strategy: Strategy
    /// What they are ordered by.
    public let ordering: Ordering
    /// The index (its first stage is what `eval-match --recall` measures).
    package let index: NameIndex
    let spelling: SpellingEvidence

    /// How many candidates the spelling evidence reorders on the exhaustive path.
    static let rerankDepth = 10

    /// A ranker over `candidates`.
    ///
    /// - Parameters:
    ///   - candidates: Names in either script, one per person or place.
    ///   - strategy: Exhaustive or indexed; by default
    ///     ``Strategy/automatic(candidates:)``.
    ///   - ordering: By default the spelling evidence.
    ///   - resources: The name model, its calibration and the spelling models.
    public init(candidates: [String], strategy: Strategy? = nil, ordering: Ordering = .spellingEvidence,
                resources: LanguageResources = .builtIn) {
        let strategy = strategy ?? .automatic(candidates: candidates.count)
        self.strategy = strategy
        self.ordering = ordering
        self.spelling = resources.spelling
        let breadth: Int
        if case .indexed(let b) = strategy { breadth = max(1, b) } else { breadth = 100 }
        index = NameIndex(names: candidates, matcher: resources.matcher, breadth: breadth,
                          spelling: ordering == .spellingEvidence ? resources.spelling : nil,
                          exhaustive: strategy == .exhaustive)
    }

    /// The `count` best candidates for `query`, best first (ties: the earlier
    /// candidate). Candidates in the query's own script are compared by their
    /// normalized letters.
    ///
    /// - Parameters:
    ///   - count: How many to return (at most the list's size).
    ///   - query: A name in either script.
    ///   - evidence: Also align the letters of each returned match (for
    ///     display; costs about as much as the ranking).
    public func top(_ count: Int, for query: String, evidence: Bool = false) -> [RankedName] {
        guard count > 0, !index.names.isEmpty else { return [] }
        // The name model's best ten (or count) by probability, then ratio, then
        // position: of every candidate, or of the index's short list.
        let depth = ordering == .spellingEvidence ? max(count, Self.rerankDepth) : count
        let (arabic, queryTokens, best) = index.exhaustiveBest(depth, for: query, shortListOnly: strategy != .exhaustive)
        return finish(count, best.map { ($0.index, $0.probability, $0.ratio) }, query: query, arabic: arabic,
                      queryTokens: queryTokens, evidence: evidence)
    }

    /// The `count` best candidates for each query, in order, computed on all
    /// cores: the same lists as ``top(_:for:evidence:)`` for each query alone.
    ///
    /// - Parameters:
    ///   - count: How many to return per query.
    ///   - queries: Names in either script.
    ///   - evidence: Also align the letters of each returned match.
    public func top(_ count: Int, forEach queries: [String], evidence: Bool = false) -> [[RankedName]] {
        concurrentMap(queries) { top(count, for: $0, evidence: evidence) }
    }

    /// Today's exhaustive ranking done the long way, as it was before the
    /// exact scorer: every candidate aligned in full with
    /// ``NameMatcher/similarity(arabic:english:)``, all of them sorted. The
    /// reference the tests and `tarjuman-dev bench-rank` compare with.
    package func referenceTop(_ count: Int, for query: String) -> [RankedName] {
        guard count > 0, !index.names.isEmpty else { return [] }
        let (arabic, queryTokens, scores) = index.scoreAll(query)
        let order = scores.indices.sorted { a, b in
            scores[a].probability != scores[b].probability ? scores[a].probability > scores[b].probability
                : (scores[a].ratio != scores[b].ratio ? scores[a].ratio > scores[b].ratio : a < b)
        }
        let depth = ordering == .spellingEvidence ? max(count, Self.rerankDepth) : count
        return finish(count, order.prefix(depth).map { ($0, scores[$0].probability, scores[$0].ratio) }, query: query,
                      arabic: arabic, queryTokens: queryTokens, evidence: false)
    }

    /// The best `depth` by the name model, reordered by the spelling evidence
    /// when the ordering asks for it; the first `count`.
    private func finish(_ count: Int, _ best: [(index: Int, probability: Double, ratio: Double)], query: String,
                        arabic: Bool, queryTokens: [NameMatcher.NameToken], evidence: Bool) -> [RankedName] {
        var order = best
        var keys = best.map(\.ratio)
        if ordering == .spellingEvidence {
            let reranked = best.map { entry in
                (entry, index.rankingKey(entry.index, ratio: entry.ratio, arabic: arabic, queryTokens: queryTokens,
                                         spelling: spelling))
            }.enumerated().sorted { a, b in
                a.element.1 != b.element.1 ? a.element.1 > b.element.1 : a.offset < b.offset
            }
            order = reranked.map(\.element.0)
            keys = reranked.map(\.element.1)
        }
        return zip(order, keys).prefix(count).map { entry, key in
            RankedName(index: entry.index, name: index.names[entry.index], match: index.match(
                entry.index, probability: entry.probability, ratio: entry.ratio, query: query, arabic: arabic,
                queryTokens: queryTokens, evidence: evidence), rankingKey: key)
        }
    }

    /// Matches a list of query names against the candidates when most names
    /// of either list have one counterpart in the other (the names of two
    /// reports, two rosters): each query's short list is reordered by
    /// a learned correction (a candidate that another query matches clearly
    /// better loses ground; CSLS-like).
    /// Always uses the index and the spelling evidence.
    ///
    /// - Parameters:
    ///   - count: How many candidates to return per query.
    ///   - queries: The other list (names in either script).
    ///   - depth: How many candidates of each query's short list, and of
    ///     each candidate's list among the queries, the stage compares.
    /// - Returns: For each query, in order, its best `count` candidates, whose
    ///   ``RankedName/rankingKey`` is the list-aware key.
    public func topForList(_ count: Int, queries: [String], depth: Int = 10) -> [[RankedName]] {
        guard count > 0, !index.names.isEmpty else { return queries.map { _ in [] } }
        let forward = NameIndex(names: index.names, matcher: index.matcher, breadth: index.breadth, spelling: spelling)
        let width = max(count, depth)
        let lists = queries.map { forward.top(width, for: $0) }
        let reverseIndex = NameIndex(names: queries, matcher: index.matcher, breadth: index.breadth, spelling: spelling)
        var reverse = [[SpellingEvidence.Ranked]](repeating: [], count: index.names.count)
        for c in Set(lists.flatMap { $0.map(\.index) }) {
            reverse[c] = reverseIndex.top(depth, for: index.names[c]).map { .init(index: $0.index, score: $0.rankingKey) }
        }
        return lists.enumerated().map { q, list in
            let ranked = list.map { SpellingEvidence.Ranked(index: $0.index, score: $0.rankingKey) }
            let adjusted = spelling.rivalAware(ranked, query: q, reverse: reverse, language: Language(of: queries[q]))
            let byIndex = Dictionary(list.map { ($0.index, $0) }, uniquingKeysWith: { first, _ in first })
            return adjusted.prefix(count).compactMap { ranked in
                byIndex[ranked.index].map { RankedName(index: $0.index, name: $0.name, match: $0.match, rankingKey: ranked.score) }
            }
        }
    }
}
