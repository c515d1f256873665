/// The index behind ``NameRanker/Strategy/indexed(breadth:)``: finds the
/// best matches for a query without scoring every candidate.
///
/// First stage: both scripts are reduced to a skeleton of shared consonant
/// classes (vowels, weak letters and h dropped; b/p, f/v, t/d/th/ط/ض/د,
/// s/z/sh/j/ش/ج/ص/ز, k/q/g/c/kh/ك/ق/خ/غ, l, m, n, r), and candidates are
/// retrieved by the skeleton bigrams they share with the query. Second stage:
/// the best `breadth` of them are scored with the full ``NameMatcher``.
///
/// - Complexity: building O(*n*); a query touches the posting lists of its
///   few skeleton bigrams, then scores `breadth` candidates.
package struct NameIndex: Sendable {
    /// The candidate names, as given.
    package let names: [String]
    private let isArabic: [Bool]
    private let tokens: [[NameMatcher.NameToken]]
    /// Each candidate's letters, tokens joined.
    private let letters: [[UInt8]]
    private let postings: [UInt16: [Int32]]
    /// Each candidate's number of skeleton bigrams.
    private let skeletonSizes: [Int]
    /// The matcher that scores the short list.
    package let matcher: NameMatcher
    /// How many candidates the first stage hands to the matcher.
    package let breadth: Int

    /// A second opinion that reorders the finalists (see ``SpellingEvidence``),
    /// or nil to order them by calibrated probability.
    package let spelling: SpellingEvidence?
    /// The exact scorer of the candidates (of a short list, or of all).
    private let exhaustive: ExhaustiveScorer

    /// Indexes `names`; with `exhaustive`, also prepares the exact scoring of
    /// every candidate (``exhaustiveBest(_:for:)``).
    package init(names: [String], matcher: NameMatcher, breadth: Int = 100, spelling: SpellingEvidence?,
                 exhaustive: Bool = false) {
        self.names = names
        self.matcher = matcher
        self.breadth = breadth
        self.spelling = spelling
        var isArabic: [Bool] = []
        var tokens: [[NameMatcher.NameToken]] = []
        var postings: [UInt16: [Int32]] = [:]
        var allKeys: [Set<UInt16>] = []
        for (k, name) in names.enumerated() {
            let arabic = NameForms.isArabic(name)
            isArabic.append(arabic)
            tokens.append(NameMatcher.tokens(of: name, arabic: arabic))
            let keys = Self.keys(of: name, arabic: arabic)
            allKeys.append(keys)
            for key in keys { postings[key, default: []].append(Int32(k)) }
        }
        self.isArabic = isArabic
        self.tokens = tokens
        self.letters = tokens.map { $0.flatMap(\.symbols) }
        skeletonSizes = allKeys.map(\.count)
        self.postings = postings
        self.exhaustive = ExhaustiveScorer(names: names, isArabic: isArabic, tokens: tokens, matcher: matcher, spans: exhaustive)
    }

    /// The `k` best candidates for `query` by (probability, ratio, position),
    /// exactly as scoring every one (``scoreAll(_:)``) and sorting gives.
    ///
    /// With `shortListOnly`, the `k` best of the short list (``shortList(for:)``)
    /// by the same order: what the index ranks.
    func exhaustiveBest(_ k: Int, for query: String, shortListOnly: Bool = false)
        -> (arabic: Bool, queryTokens: [NameMatcher.NameToken], best: [ExhaustiveScorer.Entry]) {
        let arabic = NameForms.isArabic(query)
        let queryTokens = NameMatcher.tokens(of: query, arabic: arabic)
        let best = exhaustive.best(k, query: query, arabic: arabic, queryTokens: queryTokens, names: names, tokens: tokens,
                                   firstToScore: shortList(for: query), everyCandidate: !shortListOnly)
        return (arabic, queryTokens, best)
    }

    /// How many short-listed candidates get the full score after the cheap one.
    package static let finalists = 12

    /// The `k` best candidates for `query`, best first. Candidates in the
    /// query's own script are compared by their normalized letters.
    ///
    /// - Parameters:
    ///   - k: How many to return.
    ///   - query: A name in either script.
    ///   - evidence: Also align the letters of each returned match (for
    ///     display; costs about as much as the ranking).
    package func top(_ k: Int, for query: String, evidence: Bool = false) -> [RankedName] {
        guard k > 0, !names.isEmpty else { return [] }
        let arabic = NameForms.isArabic(query)
        let queryTokens = NameMatcher.tokens(of: query, arabic: arabic)
        let queryLetters = queryTokens.flatMap(\.symbols)
        let model = matcher.model
        // Cheap stage: one transducer, the likelihood of the query given the
        // candidate (Bayes with equal priors over candidates).
        var cheap: [(index: Int, score: Double)] = shortList(for: query).map { c in
            if isArabic[c] == arabic { return (c, .infinity) }  // same script: scored below
            let score = arabic ? model.reverseLogLikelihood(arabic: queryLetters, english: letters[c])
                : model.logLikelihood(arabic: letters[c], english: queryLetters)
            return (c, score)
        }
        if cheap.count > max(Self.finalists, k) {
            cheap.sort { $0.score != $1.score ? $0.score > $1.score : $0.index < $1.index }
            cheap.removeLast(cheap.count - max(Self.finalists, k))
        }
        var scored: [(index: Int, probability: Double, ratio: Double)] = cheap.map { entry in
            let c = entry.index
            if isArabic[c] == arabic {
                let match = matcher.similarity(query, names[c])
                return (c, match.probability, match.logLikelihoodRatio)
            }
            let s = arabic ? matcher.quickScore(queryTokens, tokens[c]) : matcher.quickScore(tokens[c], queryTokens)
            return (c, s.probability, s.logLikelihoodRatio)
        }
        // With spelling evidence: order by NameMatcher.rankingScore, the token
        // alignment with the evidence added word by word (for one-word names,
        // as eval-match ranks); same-script candidates keep their ratio.
        // Without: by calibrated probability.
        guard let spelling else {
            scored.sort {
                $0.probability != $1.probability ? $0.probability > $1.probability
                    : ($0.ratio != $1.ratio ? $0.ratio > $1.ratio : $0.index < $1.index)
            }
            return finish(scored, keys: scored.map(\.ratio), k: k, query: query, arabic: arabic, queryTokens: queryTokens,
                          evidence: evidence)
        }
        let keys = scored.map { entry in
            rankingKey(entry.index, ratio: entry.ratio, arabic: arabic, queryTokens: queryTokens, spelling: spelling)
        }
        let order = scored.indices.sorted { keys[$0] != keys[$1] ? keys[$0] > keys[$1] : scored[$0].index < scored[$1].index }
        return finish(order.map { scored[$0] }, keys: order.map { keys[$0] }, k: k, query: query, arabic: arabic,
                      queryTokens: queryTokens, evidence: evidence)
    }

    private func finish(_ scored: [(index: Int, probability: Double, ratio: Double)], keys: [Double], k: Int, query: String,
                        arabic: Bool, queryTokens: [NameMatcher.NameToken], evidence: Bool) -> [RankedName] {
        zip(scored, keys).prefix(k).map { entry, key in
            RankedName(index: entry.index, name: names[entry.index], match: match(
                entry.index, probability: entry.probability, ratio: entry.ratio, query: query, arabic: arabic,
                queryTokens: queryTokens, evidence: evidence), rankingKey: key)
        }
    }

    /// The match of candidate `c`: the scores only, or with `evidence` the
    /// aligned tokens too.
    func match(_ c: Int, probability: Double, ratio: Double, query: String, arabic: Bool,
               queryTokens: [NameMatcher.NameToken], evidence: Bool) -> NameMatch {
        guard evidence else {
            return NameMatch(probability: probability, logLikelihoodRatio: ratio, tokens: [],
                             unmatchedArabic: [], unmatchedEnglish: [])
        }
        return isArabic[c] == arabic ? matcher.similarity(query, names[c])
            : (arabic ? matcher.align(queryTokens, tokens[c]) : matcher.align(tokens[c], queryTokens))
    }

    /// Every candidate's (probability, log-likelihood ratio) for `query`,
    /// from the full token alignment: the exhaustive path of ``NameRanker``.
    func scoreAll(_ query: String) -> (arabic: Bool, queryTokens: [NameMatcher.NameToken],
                                       scores: [(probability: Double, ratio: Double)]) {
        let arabic = NameForms.isArabic(query)
        let queryTokens = NameMatcher.tokens(of: query, arabic: arabic)
        let scores = names.indices.map { c -> (probability: Double, ratio: Double) in
            let match = isArabic[c] == arabic ? matcher.similarity(query, names[c])
                : (arabic ? matcher.align(queryTokens, tokens[c]) : matcher.align(tokens[c], queryTokens))
            return (match.probability, match.logLikelihoodRatio)
        }
        return (arabic, queryTokens, scores)
    }

    /// The ranking key of candidate `c` with spelling evidence: the token
    /// alignment with the evidence added (same-script candidates keep their ratio).
    func rankingKey(_ c: Int, ratio: Double, arabic: Bool, queryTokens: [NameMatcher.NameToken],
                    spelling: SpellingEvidence) -> Double {
        guard isArabic[c] != arabic else { return ratio }
        return arabic ? matcher.rankingScore(queryTokens, tokens[c], spelling: spelling, query: .arabic)
            : matcher.rankingScore(tokens[c], queryTokens, spelling: spelling, query: .english)
    }

    /// The first stage: indexes of up to ``breadth`` candidates sharing the
    /// most skeleton bigrams with `query` (Dice overlap).
    package func shortList(for query: String) -> [Int] {
        let arabic = NameForms.isArabic(query)
        let keys = Self.keys(of: query, arabic: arabic)
        var shared = [UInt16](repeating: 0, count: names.count)
        var touched: [Int32] = []
        for key in keys {
            guard let list = postings[key] else { continue }
            for candidate in list {
                if shared[Int(candidate)] == 0 { touched.append(candidate) }
                shared[Int(candidate)] &+= 1
            }
        }
        // Keep the best by Dice overlap (ties: earlier candidates). A short
        // skeleton ties with many candidates, and short names are cheap to
        // score: such queries get a wider list.
        let breadth = keys.count <= 3 ? self.breadth * 4 : (keys.count <= 4 ? self.breadth * 2 : self.breadth)
        var best: [(candidate: Int, dice: Double)] = []
        best.reserveCapacity(2 * breadth + 1)
        var threshold = -1.0
        for candidate in touched {
            let c = Int(candidate)
            let dice = 2 * Double(shared[c]) / Double(keys.count + skeletonSizes[c])
            // Strictly below: a candidate tying the threshold may still win
            // its place by position, whatever order the keys came in.
            if best.count >= breadth && dice < threshold { continue }
            best.append((c, dice))
            if best.count > breadth * 2 {
                best.sort { $0.dice != $1.dice ? $0.dice > $1.dice : $0.candidate < $1.candidate }
                best.removeLast(best.count - breadth)
                threshold = best.last!.dice
            }
        }
        if best.count > breadth {
            best.sort { $0.dice != $1.dice ? $0.dice > $1.dice : $0.candidate < $1.candidate }
            best.removeLast(best.count - breadth)
        }
        return best.map(\.candidate)
    }

    // MARK: Skeletons

    /// Consonant classes: 1 labial b/p, 2 f/v/w, 3 t/d, 4 sibilants, 5 velars,
    /// 6 l, 7 m, 8 n, 9 r. A letter may have two readings (ج: j or g;
    /// ث ذ ظ: t/d or s/z; English g, c, th); vowels, h and weak letters none.
    static let arabicClasses: [[UInt8]] = {
        var table = [[UInt8]](repeating: [], count: 64)
        let classes: [(String, [UInt8])] = [
            ("ب", [1]), ("ف", [2]), ("تطدض", [3]), ("ثذظ", [3, 4]), ("سصزش", [4]), ("ج", [4, 5]),
            ("كقخغ", [5]), ("ل", [6]), ("م", [7]), ("ن", [8]), ("ر", [9]), ("و", [0, 2]), ("ة", [0, 3]),
        ]
        for (letters, c) in classes {
            for scalar in letters.unicodeScalars { table[Int(scalar.value - NameForms.arabicBase)] = c }
        }
        return table
    }()

    /// The classes of each Arabic letter; تش (the English "ch" sound) is one
    /// sibilant.
    static func arabicClassSequence(_ a: [UInt8]) -> [[UInt8]] {
        let teh = UInt8(0x062A - NameForms.arabicBase), sheen = UInt8(0x0634 - NameForms.arabicBase)
        var out: [[UInt8]] = []
        var i = 0
        while i < a.count {
            if a[i] == teh && i + 1 < a.count && a[i + 1] == sheen {
                out.append([4])
                i += 2
                continue
            }
            let classes = arabicClasses[Int(a[i])]
            if !classes.isEmpty { out.append(classes) }
            i += 1
        }
        return out
    }

    /// The classes of each English letter or digraph (sh, ch, th, dh, kh, gh, ph).
    static func englishClasses(_ e: [UInt8]) -> [[UInt8]] {
        var out: [[UInt8]] = []
        var i = 0
        func letter(_ k: Int) -> UInt8 { k < e.count ? e[k] + 0x61 : 0 }
        while i < e.count {
            let c = letter(i), next = letter(i + 1)
            var cls: [UInt8] = []
            var width = 1
            switch (c, next) {
            case (0x73, 0x68), (0x7A, 0x68): cls = [4]; width = 2                       // sh zh
            case (0x63, 0x68): cls = [4, 5]; width = 2                                  // ch
            case (0x74, 0x68), (0x64, 0x68): cls = [3, 4]; width = 2                    // th dh
            case (0x64, 0x6A), (0x74, 0x73), (0x74, 0x7A): cls = [4]; width = 2         // dj ts tz
            case (0x6B, 0x68), (0x67, 0x68): cls = [5]; width = 2                       // kh gh
            case (0x70, 0x68): cls = [2]; width = 2                                     // ph
            default:
                switch c {
                case 0x62, 0x70: cls = [1]                                              // b p
                case 0x66, 0x76: cls = [2]                                              // f v
                case 0x77: cls = [0, 2]                                                 // w
                case 0x74, 0x64: cls = [3]                                              // t d
                case 0x73, 0x7A, 0x6A: cls = [4]                                        // s z j
                case 0x63, 0x67: cls = [4, 5]                                           // c g
                case 0x6B, 0x71: cls = [5]                                              // k q
                case 0x78: out.append([5]); cls = [4]                                   // x = ks
                case 0x6C: cls = [6]
                case 0x6D: cls = [7]
                case 0x6E: cls = [8]
                case 0x72: cls = [9]
                default: cls = []
                }
            }
            if !cls.isEmpty { out.append(cls) }
            i += width
        }
        return out
    }

    /// Skeleton bigrams of a name (tokens joined), with word-boundary marks
    /// (10), over every reading of ambiguous letters; a class that repeats
    /// (doubled consonants) counts once.
    static func keys(of name: String, arabic: Bool) -> Set<UInt16> {
        let letters = arabic ? NameForms.arabicSymbols(name) : NameForms.englishSymbols(name)
        let classes = arabic ? arabicClassSequence(letters) : englishClasses(letters)
        var keys = Set<UInt16>()
        // Walk the readings, keeping the set of possible previous classes.
        var previous: Set<UInt8> = [10]
        for options in classes {
            var next: Set<UInt8> = []
            for c in options {
                if c == 0 { next.formUnion(previous); continue }  // the letter may be silent
                for p in previous where p != c { keys.insert(UInt16(p) << 8 | UInt16(c)) }
                next.insert(c)
            }
            previous = next
        }
        for p in previous { keys.insert(UInt16(p) << 8 | 10) }
        return keys
    }
}
