/// The exhaustive path of ``NameRanker``, exact and fast: the `k` best
/// candidates by (probability, log-likelihood ratio, position), exactly those
/// that scoring every candidate with ``NameMatcher`` and sorting gives, bit
/// for bit (``NameRanker/referenceTop(_:for:)`` is that reference).
///
/// What makes it fast:
/// - the candidates' letters and background log-probabilities are computed
///   once, when the list is built;
/// - the transducers are compiled (``CompiledTransducer``): flat tables, no
///   allocation or reference counting per pair;
/// - a one-word query against a one-word candidate of the other script (the
///   common case of name lists) is scored with bounds: once `k` candidates are
///   held, a candidate is abandoned as soon as an upper bound on its score
///   proves it cannot enter them, usually after two or three of the query's
///   letters (the calibrated probability of such a pair only grows with its
///   score, so a bound on the score bounds its rank);
/// - the index's short list is scored first, so that the `k` held early are
///   already good and the bounds bite from the start.
///
/// Names of several words go through the token alignment in full, with the
/// compiled transducers: every run of one to three words of each candidate
/// (a *span*: what the alignment can pair) is prepared once, with its
/// background, and each pair of a query span with a distinct span is scored
/// once per query however many candidates share it. Same-script candidates
/// are compared as ``NameMatcher/similarity(_:_:)`` compares them.
struct ExhaustiveScorer: Sendable {
    private let matcher: NameMatcher
    private let forward: CompiledTransducer
    private let reverse: CompiledTransducer
    /// Each candidate's letters (tokens joined) in one array: candidate `c`
    /// is `letters[starts[c] ..< starts[c + 1]]`.
    private let letters: [UInt8]
    private let starts: [Int]
    /// Whether the candidate is one word (scored with bounds).
    private let singleWord: [Bool]
    /// Whether that one word is a particle (al, bin ...).
    private let particle: [Bool]
    /// The background log-probability of its letters, in its script.
    private let background: [Double]
    private let isArabic: [Bool]
    /// Whether a bound on the score bounds the probability (the calibration
    /// grows with the score).
    private let monotone: Bool
    /// The distinct spans of the candidates (letters and background), by id.
    private let spanLetters: [UInt8]
    private let spanStarts: [Int]
    private let spanBackground: [Double]
    /// Candidate `c`'s span of `length` words from word `i`:
    /// `spanOf[spanBase[c] + i * Self.longestSpan + length - 1]` (-1 past its end).
    private let spanOf: [Int32]
    private let spanBase: [Int]
    /// Which of the candidate's words are particles.
    private let particles: [[Bool]]
    /// The most words a span has (an English side of the alignment: three).
    static let longestSpan = 3

    /// Prepares the candidates; without `spans`, names of several words are
    /// scored by ``NameMatcher/pathScore(_:_:)`` (for an index, which scores
    /// a short list only and need not hold every span of a long list).
    init(names: [String], isArabic: [Bool], tokens: [[NameMatcher.NameToken]], matcher: NameMatcher, spans: Bool = true) {
        self.matcher = matcher
        forward = matcher.model.forward.compiled
        reverse = matcher.model.reverse.compiled
        var letters: [UInt8] = [], starts = [0]
        var singleWord: [Bool] = [], particle: [Bool] = [], background: [Double] = []
        for (c, words) in tokens.enumerated() {
            for word in words { letters.append(contentsOf: word.symbols) }
            starts.append(letters.count)
            let single = words.count == 1
            singleWord.append(single)
            particle.append(single && words[0].isParticle)
            background.append(!single ? 0 : isArabic[c] ? matcher.model.backgroundLogLikelihood(arabic: words[0].symbols)
                : matcher.model.backgroundLogLikelihood(english: words[0].symbols))
        }
        self.letters = letters
        self.starts = starts
        self.singleWord = singleWord
        self.particle = particle
        self.background = background
        self.isArabic = isArabic
        monotone = matcher.calibration.perToken > 0
        // Spans: Arabic candidates pair runs of one or two words, English ones
        // one to three (NameMatcher.moves).
        var ids: [[UInt8]: Int32] = [:]
        var spanLetters: [UInt8] = [], spanStarts = [0], spanBackground: [Double] = []
        var spanOf: [Int32] = [], spanBase: [Int] = []
        for (c, words) in tokens.enumerated() where spans {
            spanBase.append(spanOf.count)
            let longest = isArabic[c] ? 2 : 3
            for i in words.indices {
                for length in 1...Self.longestSpan {
                    guard length <= longest, i + length <= words.count else { spanOf.append(-1); continue }
                    let run = words[i..<(i + length)].flatMap(\.symbols)
                    // The script is part of the key: the backgrounds differ.
                    let key = run + [isArabic[c] ? 255 : 254]
                    if let id = ids[key] { spanOf.append(id); continue }
                    let id = Int32(spanBackground.count)
                    ids[key] = id
                    spanLetters += run
                    spanStarts.append(spanLetters.count)
                    spanBackground.append(isArabic[c] ? matcher.model.backgroundLogLikelihood(arabic: run)
                        : matcher.model.backgroundLogLikelihood(english: run))
                    spanOf.append(id)
                }
            }
        }
        self.spanLetters = spanLetters
        self.spanStarts = spanStarts
        self.spanBackground = spanBackground
        self.spanOf = spanOf
        self.spanBase = spanBase
        particles = spans ? tokens.map { $0.map(\.isParticle) } : []
    }

    /// A span of the query: its letters, background, and the tables of the
    /// transducer that reads it and of the one that writes it.
    private struct QuerySpan {
        let letters: [UInt8]
        let background: Double
        let asSource: CompiledTransducer.SourceTables?
        let asTarget: CompiledTransducer.TargetTables?
    }

    /// The token alignment of the query with candidate `c` (names of
    /// several words), as ``NameMatcher/pathScore(_:_:)`` computes it, each
    /// pair of spans scored once per query (`cache`, by query span and span id).
    private func spanPathScore(_ c: Int, arabic: Bool, querySpans: [[QuerySpan?]], queryParticles: [Bool],
                               cache: inout [Double]) -> (probability: Double, ratio: Double) {
        let candidateParticles = particles[c]
        guard !candidateParticles.isEmpty, !queryParticles.isEmpty else { return (0, -.infinity) }
        let spanCount = spanBackground.count
        let (sourceSide, targetSide) = arabic ? (forward, reverse) : (reverse, forward)
        func score(_ queryWord: Int, _ queryLength: Int, _ word: Int, _ length: Int) -> Double {
            let id = Int(spanOf[spanBase[c] + word * Self.longestSpan + length - 1])
            let slot = ((queryWord * Self.longestSpan) + queryLength - 1) * spanCount + id
            if !cache[slot].isNaN { return cache[slot] }
            let span = querySpans[queryWord][queryLength - 1]!
            let value = spanLetters.withUnsafeBufferPointer { all in
                span.letters.withUnsafeBufferPointer { q in
                    let candidate = UnsafeBufferPointer(rebasing: all[spanStarts[id]..<spanStarts[id + 1]])
                    let fromQuery = span.asSource.map { sourceSide.logLikelihood(source: $0, target: candidate) }
                        ?? sourceSide.logLikelihood(source: q, target: candidate)
                    let toQuery = span.asTarget.map { targetSide.logLikelihood(source: candidate, target: $0) }
                        ?? targetSide.logLikelihood(source: candidate, target: q)
                    // TransliterationModel.score, then bestPath's `+ extra` (none).
                    let (f, r) = arabic ? (fromQuery, toQuery) : (toQuery, fromQuery)
                    let (englishBackground, arabicBackground) = arabic ? (spanBackground[id], span.background)
                        : (span.background, spanBackground[id])
                    return f + r - englishBackground - arabicBackground + 0
                }
            }
            cache[slot] = value
            return value
        }
        let (arabicParticles, englishParticles) = arabic ? (queryParticles, candidateParticles) : (candidateParticles, queryParticles)
        let path = matcher.bestPath(arabic: arabicParticles, english: englishParticles) { i, p, j, q in
            arabic ? score(i, p, j, q) : score(j, q, i, p)
        }
        guard path.pairs > 0 else { return (0, path.total) }
        let words = max(arabicParticles.filter { !$0 }.count + englishParticles.filter { !$0 }.count, 2)
        return (matcher.calibration.probability(matchedRatio: path.total - path.penalties, matched: path.pairs,
                                                unmatchedArabic: path.skippedArabic, unmatchedEnglish: path.skippedEnglish,
                                                tokens: words), path.total)
    }

    /// A candidate's (probability, ratio) and position, ordered as the
    /// reference sorts: probability, then ratio, higher first, then position.
    struct Entry {
        var index: Int
        var probability: Double
        var ratio: Double

        func beats(_ other: Entry) -> Bool {
            probability != other.probability ? probability > other.probability
                : (ratio != other.ratio ? ratio > other.ratio : index < other.index)
        }
    }

    /// The `k` best candidates for the query, best first.
    ///
    /// - Parameters:
    ///   - names: The candidate names (for same-script comparisons).
    ///   - tokens: The candidates' tokens.
    ///   - firstToScore: Candidates to score before the others (the index's
    ///     short list): any order gives the same result, a good one a faster.
    ///   - everyCandidate: Whether to score the others at all; if not, the
    ///     best of `firstToScore` only.
    func best(_ k: Int, query: String, arabic: Bool, queryTokens: [NameMatcher.NameToken], names: [String],
              tokens: [[NameMatcher.NameToken]], firstToScore: [Int], everyCandidate: Bool = true) -> [Entry] {
        let count = names.count
        guard k > 0, count > 0 else { return [] }
        var held: [Entry] = []
        held.reserveCapacity(k + 1)
        // The largest score known to keep a one-word pair out of `held`.
        var cutoff = -Double.infinity

        func offer(_ entry: Entry) {
            if held.count == k {
                guard entry.beats(held[k - 1]) else { return }
                held.removeLast()
            }
            var slot = held.count
            while slot > 0 && entry.beats(held[slot - 1]) { slot -= 1 }
            held.insert(entry, at: slot)
            if held.count == k { cutoff = threshold(below: held[k - 1]) }
        }

        let oneWordQuery = queryTokens.count == 1
        let queryLetters = queryTokens.first?.symbols ?? []
        let queryBackground = !oneWordQuery ? 0 : arabic ? matcher.model.backgroundLogLikelihood(arabic: queryLetters)
            : matcher.model.backgroundLogLikelihood(english: queryLetters)
        let queryParticle = oneWordQuery && queryTokens[0].isParticle
        let (sourceSide, targetSide) = arabic ? (forward, reverse) : (reverse, forward)

        // The query's spans, for candidates of several words (or a query of
        // several): the other script's side of the alignment pairs runs of up
        // to three English or two Arabic words.
        let queryParticles = queryTokens.map(\.isParticle)
        let longestQuerySpan = arabic ? 2 : 3
        let querySpans: [[QuerySpan?]] = spanBase.isEmpty || oneWordQuery && singleWord.allSatisfy({ $0 }) ? []
            : queryTokens.indices.map { i in
            (1...Self.longestSpan).map { length -> QuerySpan? in
                guard length <= longestQuerySpan, i + length <= queryTokens.count else { return nil }
                let run = queryTokens[i..<(i + length)].flatMap(\.symbols)
                let small = run.count <= CompiledTransducer.tableLimit
                return QuerySpan(letters: run, background: arabic ? matcher.model.backgroundLogLikelihood(arabic: run)
                                    : matcher.model.backgroundLogLikelihood(english: run),
                                 asSource: small ? sourceSide.tables(source: run) : nil,
                                 asTarget: small ? targetSide.tables(target: run) : nil)
            }
        }
        var cache = [Double](repeating: .nan, count: spanBase.isEmpty ? 0 : queryTokens.count * Self.longestSpan * spanBackground.count)
        // Tables of what a one-word query's letters emit (the transducer whose
        // source is the query) or are emitted by (the other), built once for
        // all candidates: its one span's, when it has spans.
        let tabled = oneWordQuery && queryLetters.count <= CompiledTransducer.tableLimit
        let oneSpan = oneWordQuery ? querySpans.first.flatMap { $0[0] } : nil
        let queryAsSource = !tabled ? nil : oneSpan?.asSource ?? sourceSide.tables(source: queryLetters)
        let queryAsTarget = !tabled ? nil : oneSpan?.asTarget ?? targetSide.tables(target: queryLetters)

        letters.withUnsafeBufferPointer { all in
            queryLetters.withUnsafeBufferPointer { q in
                func score(_ c: Int) {
                    guard isArabic[c] != arabic else {
                        let match = matcher.similarity(query, names[c])
                        return offer(Entry(index: c, probability: match.probability, ratio: match.logLikelihoodRatio))
                    }
                    guard oneWordQuery, singleWord[c] else {
                        guard !spanBase.isEmpty else {
                            let s = arabic ? matcher.pathScore(queryTokens, tokens[c]) : matcher.pathScore(tokens[c], queryTokens)
                            return offer(Entry(index: c, probability: s.probability, ratio: s.ratio))
                        }
                        let s = spanPathScore(c, arabic: arabic, querySpans: querySpans, queryParticles: queryParticles,
                                              cache: &cache)
                        return offer(Entry(index: c, probability: s.probability, ratio: s.ratio))
                    }
                    let candidate = UnsafeBufferPointer(rebasing: all[starts[c]..<starts[c + 1]])
                    let backgrounds = background[c] + queryBackground
                    let arabicParticle = arabic ? queryParticle : particle[c]
                    let englishParticle = arabic ? particle[c] : queryParticle
                    // The score at or under which this pair cannot enter.
                    var cutoff = cutoff
                    if monotone && held.count == k && held[k - 1].probability == 0 {
                        // Even the k-th best skips both of its words: any pair
                        // of words enters, and a pair that scores less than the
                        // skip is itself skipped (probability 0, ratio the skip).
                        let skip = matcher.singleWordScore(-.infinity, arabicParticle: arabicParticle,
                                                           englishParticle: englishParticle).ratio
                        let kth = held[k - 1]
                        if skip < kth.ratio || (skip == kth.ratio && c > kth.index) { cutoff = skip.nextDown }
                    }
                    let bounded = monotone && cutoff > -.infinity
                    // The two log-likelihoods, each given up on once the pair
                    // cannot enter. The reverse transducer first: its letters
                    // emit at most two letters, so it is the cheaper to run.
                    func fromQuery(_ floor: Double) -> Double {
                        queryAsSource.map { sourceSide.logLikelihood(source: $0, target: candidate, floor: floor) }
                            ?? sourceSide.logLikelihood(source: q, target: candidate, floor: floor)
                    }
                    func toQuery(_ floor: Double) -> Double {
                        queryAsTarget.map { targetSide.logLikelihood(source: candidate, target: $0, floor: floor) }
                            ?? targetSide.logLikelihood(source: candidate, target: q, floor: floor)
                    }
                    // Upper bounds of the two before they are known.
                    let reverseMost = Double(arabic ? candidate.count : q.count) * reverse.logSlack
                    let forwardMost = Double(arabic ? q.count : candidate.count) * forward.logSlack
                    if bounded && reverseMost + forwardMost - backgrounds <= cutoff - 1e-6 { return }
                    let reverseFloor = bounded ? cutoff + backgrounds - forwardMost - 1e-6 : -.infinity
                    let r = arabic ? toQuery(reverseFloor) : fromQuery(reverseFloor)
                    if bounded && r == -.infinity { return }
                    let forwardFloor = bounded ? cutoff + backgrounds - r - 1e-6 : -.infinity
                    let f = arabic ? fromQuery(forwardFloor) : toQuery(forwardFloor)
                    if bounded && f == -.infinity { return }
                    // TransliterationModel.score: forward + reverse − English background − Arabic background.
                    let (englishBackground, arabicBackground) = arabic ? (background[c], queryBackground)
                        : (queryBackground, background[c])
                    let gain = f + r - englishBackground - arabicBackground
                    if bounded && gain <= cutoff { return }
                    let key = matcher.singleWordScore(gain, arabicParticle: arabicParticle, englishParticle: englishParticle)
                    offer(Entry(index: c, probability: key.probability, ratio: key.ratio))
                }
                var scored = [Bool](repeating: false, count: count)
                for c in firstToScore where c >= 0 && c < count && !scored[c] {
                    scored[c] = true
                    score(c)
                }
                if everyCandidate { for c in 0..<count where !scored[c] { score(c) } }
            }
        }
        return held
    }

    /// The largest score `g` found for which a one-word pair scoring `g` (or
    /// less) certainly ranks below `entry`; `-infinity` if none.
    ///
    /// Such a pair's (probability, ratio) is (P(g), g) with P the calibration,
    /// growing with g; or, when skipping both words scores better than
    /// pairing them, a probability of 0. Bisection on the exact comparison.
    private func threshold(below entry: Entry) -> Double {
        guard monotone, entry.probability > 0 else { return -.infinity }
        func below(_ g: Double) -> Bool {
            let p = matcher.singleWordProbability(g)
            return p != entry.probability ? p < entry.probability : g < entry.ratio
        }
        var low = -1e4, high = 1e4
        guard below(low) else { return -.infinity }
        if below(high) { return high }
        for _ in 0..<100 where high - low > 1e-9 {
            let middle = (low + high) / 2
            if below(middle) { low = middle } else { high = middle }
        }
        return low
    }
}

extension NameMatcher {
    /// The (probability, ratio) that ``similarity(arabic:english:)`` gives,
    /// without building its evidence.
    func pathScore(_ a: [NameToken], _ e: [NameToken]) -> (probability: Double, ratio: Double) {
        guard !a.isEmpty, !e.isEmpty else { return (0, -.infinity) }
        let path = bestPath(a, e)
        guard path.pairs > 0 else { return (0, path.total) }
        return (calibration.probability(matchedRatio: path.total - path.penalties, matched: path.pairs,
                                        unmatchedArabic: path.skippedArabic, unmatchedEnglish: path.skippedEnglish,
                                        tokens: Self.tokenCount(a, e)), path.total)
    }

    /// ``pathScore(_:_:)`` of two one-word names whose pair scores `gain`
    /// (``TransliterationModel/score(arabic:english:)``): the token
    /// alignment pairs the two words, or skips both when that costs less.
    /// The same operations, in the same order, as ``bestPath(_:_:extra:)``.
    func singleWordScore(_ gain: Double, arabicParticle: Bool, englishParticle: Bool) -> (probability: Double, ratio: Double) {
        let skipArabic = arabicParticle ? Self.particlePenalty : Self.skipPenalty
        let skipEnglish = englishParticle ? Self.particlePenalty : Self.skipPenalty
        var total = -Double.infinity, paired = false
        if 0 + gain > total { total = 0 + gain; paired = true }
        if (0 + skipEnglish) + skipArabic > total { total = (0 + skipEnglish) + skipArabic; paired = false }
        if (0 + skipArabic) + skipEnglish > total { total = (0 + skipArabic) + skipEnglish; paired = false }
        guard paired else { return (0, total) }
        return (singleWordProbability(total), total)
    }

    /// The calibrated probability of two one-word names paired with score `gain`.
    func singleWordProbability(_ gain: Double) -> Double {
        calibration.probability(matchedRatio: gain - 0.0, matched: 1, unmatchedArabic: 0, unmatchedEnglish: 0, tokens: 2)
    }
}
