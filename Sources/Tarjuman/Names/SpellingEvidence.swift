/// A second opinion on a short list of candidates: the romanizer and the
/// arabizer (joint-sequence models with several letters of context) beside the
/// name model's memoryless transducers, combined by learned weights.
///
/// For an Arabic name *a* and an English name *e*, the evidence is a weighted
/// sum of features (see ``Features``): log P(e|a), log P(a|e), the two
/// background log-probabilities, the romanizer's and the arabizer's joint
/// log-probabilities (and whether they fail), and the two lengths. The sum is
/// what to add to the name model's score; the weights differ by the query's
/// script (``RerankWeights``), learned from held-out pairs
/// (`tarjuman-dev train-reranker`).
public struct SpellingEvidence: Sendable {
    /// Arabic → English model.
    public let romanizer: JointSequenceModel
    /// English → Arabic model.
    public let arabizer: JointSequenceModel
    /// The name model whose transducers give the letter features.
    public let model: TransliterationModel
    /// How the features combine.
    public var weights: RerankWeights

    /// Evidence from two joint-sequence models, a name model and weights.
    public init(romanizer: JointSequenceModel, arabizer: JointSequenceModel, model: TransliterationModel,
                weights: RerankWeights) {
        self.romanizer = romanizer
        self.arabizer = arabizer
        self.model = model
        self.weights = weights
    }

    /// The features of a pair, in the order of ``RerankWeights/featureNames``.
    public typealias Features = [Double]

    /// Log-probability standing in for a joint model that cannot spell one
    /// name as the other (its own feature says that it failed).
    static let failedLogProbability = -150.0

    /// The features of an Arabic and an English spelling (letter symbols).
    package func features(arabic: [UInt8], english: [UInt8]) -> Features {
        func finite(_ value: Double, floor: Double) -> Double { value.isFinite ? value : floor }
        let romanized = romanizer.logJointProbability(source: arabic, target: english)
        let arabized = arabizer.logJointProbability(source: english, target: arabic)
        let arabicLength = Double(arabic.count), englishLength = Double(english.count)
        let gap = englishLength - 1.5 * arabicLength
        return [
            finite(model.logLikelihood(arabic: arabic, english: english), floor: -300),
            finite(model.reverseLogLikelihood(arabic: arabic, english: english), floor: -300),
            finite(model.backgroundLogLikelihood(english: english), floor: -300),
            finite(model.backgroundLogLikelihood(arabic: arabic), floor: -300),
            finite(romanized, floor: Self.failedLogProbability),
            finite(arabized, floor: Self.failedLogProbability),
            romanized.isFinite ? 0 : 1,
            arabized.isFinite ? 0 : 1,
            arabicLength, englishLength, abs(gap), gap * gap / 10,
        ]
    }

    /// What to add to the name model's score of the pair, for a query in
    /// Arabic or in English (`query`); a large negative number when the
    /// spellings cannot be one name.
    public func score(arabic: [UInt8], english: [UInt8], query: Language) -> Double {
        guard !arabic.isEmpty, !english.isEmpty else { return -1000 }
        return score(features: features(arabic: arabic, english: english), query: query)
    }

    /// ``score(arabic:english:query:)`` of a pair whose
    /// ``Features`` are already known.
    package func score(features: Features, query: Language) -> Double {
        // The name model cannot align the letters at all: no evidence can
        // make them one name (and the floors must not earn a bonus).
        guard features.count == RerankWeights.featureNames.count, features[0] > -300, features[1] > -300 else { return -1000 }
        let total = weights.evidence(features, query: query)
        return total.isFinite ? total : -1000
    }

    /// Reorders the best `depth` of `scores` (candidate index → name-model
    /// score) by adding this evidence; returns the new scores, with the rest
    /// kept below them.
    package func rerank(_ scores: [Double], depth: Int = 10, evidence: (Int) -> Double) -> [Double] {
        var result = scores
        let top = scores.indices.sorted { scores[$0] > scores[$1] }.prefix(depth)
        guard let floor = top.map({ scores[$0] }).min() else { return result }
        for c in top { result[c] += evidence(c) }
        let lowest = top.map { result[$0] }.min() ?? floor
        for c in scores.indices where !top.contains(c) { result[c] = min(result[c], lowest - 1) }
        return result
    }
}

/// The learned weights of ``SpellingEvidence``: one vector for Arabic queries
/// (ranking English candidates) and one for English queries, each giving what
/// to add to the name model's score.
public struct RerankWeights: Sendable, Equatable {
    /// The feature names, in order.
    public static let featureNames = [
        "forward", "reverse", "english-background", "arabic-background", "romanizer", "arabizer",
        "romanizer-failed", "arabizer-failed", "arabic-length", "english-length", "length-gap", "length-gap-squared",
    ]
    /// Weights for an Arabic query.
    public var arabicQuery: [Double]
    /// Weights for an English query.
    public var englishQuery: [Double]
    /// The weights of the list-aware stage (`NameRanker.topForList`) for an
    /// Arabic query, in the order of ``rivalFeatureNames``; zero (the stage
    /// changes nothing) unless fitted.
    public var arabicQueryRival: [Double] = [0, 0]
    /// The same for an English query.
    public var englishQueryRival: [Double] = [0, 0]
    /// The features of the list-aware stage: how far a candidate's score for
    /// this query is ahead of its best score for another query (clamped to
    /// ±``rivalMarginLimit``), and whether it is behind.
    public static let rivalFeatureNames = ["rival-margin", "rival-behind"]
    /// The clamp of the rival margin, in log-likelihood-ratio units.
    public static let rivalMarginLimit = 5.0

    /// Weights from two vectors of ``featureNames``'s length.
    public init?(arabicQuery: [Double], englishQuery: [Double]) {
        let count = Self.featureNames.count
        guard arabicQuery.count == count, englishQuery.count == count,
              (arabicQuery + englishQuery).allSatisfy(\.isFinite) else { return nil }
        self.arabicQuery = arabicQuery
        self.englishQuery = englishQuery
    }

    /// The weighted sum of `features` (as ``featureNames`` orders them) for a
    /// query in Arabic or in English: what to add to the name model's score.
    package func evidence(_ features: SpellingEvidence.Features, query: Language) -> Double {
        let weights = query == .arabic ? self.arabicQuery : self.englishQuery
        var total = 0.0
        for (weight, feature) in zip(weights, features) { total += weight * feature }
        return total
    }

    /// Parses the TSV form written by ``serialized(header:)``: comment lines,
    /// then one line per feature: name, Arabic-query weight, English-query weight.
    ///
    /// - Parameters:
    ///   - text: The weights' text (`Data/models/reranker.tsv`'s format).
    ///   - source: The file's name, for errors.
    /// - Throws: ``DataFileError`` naming the first bad line, or line 0 when a
    ///   feature is missing or unknown.
    public init(parsing text: String, source: String = "reranker weights") throws(DataFileError) {
        var arabic: [String: Double] = [:], english: [String: Double] = [:]
        for (index, line) in text.dataLines().enumerated() where !line.hasPrefix("#") && !line.isEmpty {
            let fields = line.split(separator: "\t")
            guard fields.count == 3, let a = Double(fields[1]), let e = Double(fields[2]) else {
                throw DataFileError(source: source, line: index + 1, message: "expected feature<TAB>arabic weight<TAB>english weight")
            }
            arabic[String(fields[0])] = a
            english[String(fields[0])] = e
        }
        let names = Self.featureNames, rivals = Self.rivalFeatureNames
        // The rival rows are optional (format 1 files have none), but both or neither.
        let rivalRows = rivals.filter { arabic[$0] != nil }.count
        guard names.allSatisfy({ arabic[$0] != nil }), rivalRows == 0 || rivalRows == rivals.count,
              arabic.count == names.count + rivalRows,
              let weights = RerankWeights(arabicQuery: names.map { arabic[$0]! }, englishQuery: names.map { english[$0]! }) else {
            throw DataFileError(source: source, line: 0, message: "expected one finite row for each of \((names + rivals).joined(separator: ", ")) (the rival rows optional)")
        }
        self = weights
        if rivalRows > 0 {
            let a = rivals.map { arabic[$0]! }, e = rivals.map { english[$0]! }
            guard (a + e).allSatisfy(\.isFinite) else { throw DataFileError(source: source, line: 0, message: "rival weights are not finite") }
            (arabicQueryRival, englishQueryRival) = (a, e)
        }
    }

    /// The TSV form, with `header` lines as comments.
    public func serialized(header: [String] = []) -> String {
        var text = header.map { "# " + $0 + "\n" }.joined()
        for (k, name) in Self.featureNames.enumerated() {
            text += "\(name)\t\(Self.format(arabicQuery[k]))\t\(Self.format(englishQuery[k]))\n"
        }
        for (k, name) in Self.rivalFeatureNames.enumerated() {
            text += "\(name)\t\(Self.format(arabicQueryRival[k]))\t\(Self.format(englishQueryRival[k]))\n"
        }
        return text
    }

    static func format(_ value: Double) -> String { "\(value)" }


    /// The name model's score as a combination of the features:
    /// forward + reverse − both backgrounds.
    package static let nameModelScore: [Double] = [1, 1, -1, -1, 0, 0, 0, 0, 0, 0, 0, 0]



}

extension SpellingEvidence {
    /// A candidate on a query's short list and the score it is ranked by
    /// (the name model's log-likelihood ratio plus the spelling evidence).
    package struct Ranked: Sendable, Equatable {
        /// The candidate's position in its list.
        package var index: Int
        /// Its score; higher is better.
        package var score: Double
        /// A ranked candidate.
        package init(index: Int, score: Double) {
            self.index = index
            self.score = score
        }
    }

    /// The best score of `candidate` for a query other than `query`, from
    /// the candidates' lists among the queries; nil when none (or the index
    /// is outside `reverse`).
    package static func rival(of candidate: Int, for query: Int, in reverse: [[Ranked]]) -> Double? {
        guard candidate >= 0, candidate < reverse.count else { return nil }
        return reverse[candidate].lazy.filter { $0.index != query }.map(\.score).max()
    }

    /// The list-aware features of a candidate scoring `score` for a query
    /// when its best score for any other query is `rival` (nil: no other
    /// query wants it): the clamped margin and whether it is behind.
    package static func rivalFeatures(score: Double, rival: Double?) -> [Double] {
        let limit = RerankWeights.rivalMarginLimit
        guard let rival, rival.isFinite, score.isFinite else { return [limit, 0] }
        return [min(max(score - rival, -limit), limit), score < rival ? 1 : 0]
    }

    /// Reorders short lists when a whole list of names is matched against
    /// another (two reports, or two name lists), where most names have one
    /// counterpart: a candidate that another query matches clearly better
    /// (its *rival*) is less likely to be this query's name. A hubness
    /// correction in the spirit of CSLS: each candidate's score gains a learned
    /// multiple of its margin over its rival (``RerankWeights/rivalFeatureNames``).
    ///
    /// - Parameters:
    ///   - lists: for each query, its short list of candidates.
    ///   - reverse: for each candidate, its own short list among the queries
    ///     (indexes into `lists`), scored the same way; an empty or missing
    ///     list means no query but this one wants it.
    ///   - queries: the queries' language (which weights apply).
    /// - Returns: each query's list, re-scored and best first (ties: lower index).
    package func rivalAware(_ lists: [[Ranked]], reverse: [[Ranked]], queries: Language) -> [[Ranked]] {
        lists.enumerated().map { q, list in rivalAware(list, query: q, reverse: reverse, language: queries) }
    }

    /// One query's list of ``rivalAware(_:reverse:queries:)``: `query`
    /// is its index among the queries, `reverse` the candidates' lists.
    package func rivalAware(_ list: [Ranked], query: Int, reverse: [[Ranked]], language: Language) -> [Ranked] {
        let w = language == .arabic ? weights.arabicQueryRival : weights.englishQueryRival
        return list.map { candidate in
            let f = Self.rivalFeatures(score: candidate.score, rival: Self.rival(of: candidate.index, for: query, in: reverse))
            return Ranked(index: candidate.index, score: candidate.score + w[0] * f[0] + w[1] * f[1])
        }
        .sorted { $0.score != $1.score ? $0.score > $1.score : $0.index < $1.index }
    }
}

extension RerankWeights {
    /// The shipped weights, from the data pack (section `reranker`, built from
    /// `Data/models/reranker.tsv`).
    public static let builtIn = DataPack.load("reranker") { (reader: inout BinaryReader) throws(DataError) in
        let arabic = try reader.doubles(), english = try reader.doubles()
        let arabicRival = try reader.doubles(), englishRival = try reader.doubles()
        guard var weights = RerankWeights(arabicQuery: arabic, englishQuery: english),
              arabicRival.count == 2, englishRival.count == 2 else { throw reader.corrupt("weights") }
        weights.arabicQueryRival = arabicRival
        weights.englishQueryRival = englishRival
        return weights
    }

    /// Writes the weights as the data pack's `reranker` section.
    package func encode(into writer: inout BinaryWriter) {
        for values in [arabicQuery, englishQuery, arabicQueryRival, englishQueryRival] { writer.doubles(values) }
    }
}
