/// Decides whether an Arabic and an English name are the same name, with a
/// calibrated probability and the evidence: which tokens and which letters
/// matched.
///
/// ```swift
/// let matcher = NameMatcher()
/// let match = matcher.similarity(arabic: "عبد السلام أحمد", english: "Abdulsalam Ahmad")
/// match.probability       // 0.99…
/// print(match.explanation)
/// // عبد السلام ↔ Abdulsalam  (+29.4)  ع→a ب→b د→d ا→u ل→l س→s ل→al ا→a م→m  + vowels a
/// // أحمد ↔ Ahmad  (+17.9)  أ→a ح→h م→ma د→d  + vowels a
/// ```
///
/// Each line of ``NameMatch/explanation`` is a token pair, its log-likelihood
/// ratio and its letters; English vowels that no Arabic letter wrote come
/// after `+ vowels`.
///
/// Full names align token by token, left to right: one token with one, two
/// Arabic tokens with one English (عبد السلام ↔ Abdulsalam), one Arabic with
/// two or three English (الزور ↔ al Zor, عبدالسلام ↔ Abd al Salam), or a token
/// of one side with nothing (a missing middle name: قاسم محمد صالح ↔ Qasim
/// Saleh). A skipped token costs less than a wrong one, and particles
/// (ال، بن، ابن، أبو، عبد; al, el, bin, ibn, abu, abd, de, von ...) cost little.
public struct NameMatcher: Sendable {
    /// The letter model.
    public let model: TransliterationModel
    /// Turns alignment scores into probabilities.
    public let calibration: Calibration

    /// A matcher over the built-in model and calibration.
    public init(resources: LanguageResources = .builtIn) {
        self.init(model: resources.nameModel, calibration: resources.calibration)
    }

    /// A matcher over `model`, with `calibration`.
    public init(model: TransliterationModel, calibration: Calibration) {
        self.model = model
        self.calibration = calibration
    }

    /// Log-likelihood ratio charged for leaving a token unmatched.
    static let skipPenalty = -7.0
    /// The same for a particle (al, bin, abu, ال، بن ...).
    static let particlePenalty = -1.5

    static let englishParticles: Set<String> = [
        "al", "el", "ul", "bin", "ben", "bint", "ibn", "abu", "abou", "abd", "abdel", "abdul", "de", "da", "di",
        "du", "del", "von", "van", "der", "den", "la", "le", "the", "mc", "mac", "ould", "ait",
    ]
    static let arabicParticles: Set<String> = ["ال", "بن", "ابن", "بنت", "ابو", "أبو", "عبد", "ولد", "آل", "ال"]

    /// The tokens of a name: letters only, split at spaces, hyphens and other
    /// punctuation; each with its letter symbols.
    package struct NameToken {
        let text: String
        let symbols: [UInt8]
        let isParticle: Bool
    }

    package static func tokens(of name: String, arabic: Bool) -> [NameToken] {
        var result: [NameToken] = []
        // Longer text is not a name (and would make the alignment slow).
        guard name.utf8.count <= NameForms.maximumNameLength else { return result }
        for piece in name.split(whereSeparator: { !($0.isLetter || $0.isNumber) && $0 != "ـ" }) {
            // Too many words: not a name either.
            guard result.count < NameForms.maximumNameWords else { return [] }
            let text = String(piece)
            let symbols = arabic ? NameForms.arabicSymbols(text) : NameForms.englishSymbols(text)
            guard !symbols.isEmpty else { continue }
            let particle = arabic ? arabicParticles.contains(text) || arabicParticles.contains(NameForms.arabicNormalizer.normalize(text))
                : englishParticles.contains(NameForms.englishString(symbols))
            result.append(NameToken(text: text, symbols: symbols, isParticle: particle))
        }
        return result
    }

    /// The match of an Arabic name with an English name.
    public func similarity(arabic: String, english: String) -> NameMatch {
        align(Self.tokens(of: arabic, arabic: true), Self.tokens(of: english, arabic: false))
    }

    /// The match of two names given in either script (the Arabic one is
    /// detected); same-script pairs compare their normalized letters. Text
    /// longer than ``NameForms/maximumNameLength`` is not a name and scores 0.
    public func similarity(_ first: String, _ second: String) -> NameMatch {
        let firstArabic = NameForms.isArabic(first), secondArabic = NameForms.isArabic(second)
        if firstArabic != secondArabic {
            return firstArabic ? similarity(arabic: first, english: second) : similarity(arabic: second, english: first)
        }
        return sameScript(first, second, arabic: firstArabic)
    }

    /// The best token alignment's score, without evidence: what ranking needs.
    func quickScore(_ a: [NameToken], _ e: [NameToken]) -> (probability: Double, logLikelihoodRatio: Double) {
        if a.count == 1 && e.count == 1 {
            let total = model.score(arabic: a[0].symbols, english: e[0].symbols)
            return (calibration.probability(matchedRatio: total, matched: 1, unmatchedArabic: 0, unmatchedEnglish: 0,
                                            tokens: 2), total)
        }
        let path = bestPath(a, e)
        guard path.pairs > 0 else { return (0, path.total) }
        return (calibration.probability(matchedRatio: path.total - path.penalties, matched: path.pairs,
                                        unmatchedArabic: path.skippedArabic, unmatchedEnglish: path.skippedEnglish,
                                        tokens: Self.tokenCount(a, e)), path.total)
    }

    /// The score ``NameRanker`` and `tarjuman rank` order candidates by when
    /// they have spelling evidence: the best token alignment where each pair
    /// of aligned tokens scores the name model's log-likelihood ratio plus
    /// ``SpellingEvidence/score(arabic:english:query:)`` (the evidence
    /// is learned on single words, so it is applied word by word); skipped
    /// tokens cost what they cost in ``similarity(arabic:english:)``.
    /// For two one-word names it is the name model's score plus the evidence,
    /// as `tarjuman-dev eval-match` ranks. Higher is better; not a probability.
    public func rankingScore(arabic: String, english: String, spelling: SpellingEvidence, query: Language) -> Double {
        rankingScore(Self.tokens(of: arabic, arabic: true), Self.tokens(of: english, arabic: false),
                     spelling: spelling, query: query)
    }

    func rankingScore(_ a: [NameToken], _ e: [NameToken], spelling: SpellingEvidence, query: Language) -> Double {
        guard !a.isEmpty, !e.isEmpty else { return -.infinity }
        let extra = { (arabic: [UInt8], english: [UInt8]) in
            spelling.score(arabic: arabic, english: english, query: query)
        }
        if a.count == 1 && e.count == 1 {
            return model.score(arabic: a[0].symbols, english: e[0].symbols) + extra(a[0].symbols, e[0].symbols)
        }
        return bestPath(a, e, extra: extra).total
    }

    /// Moves of the token alignment: (Arabic tokens, English tokens); 0 is a skip.
    static let moves = [(1, 1), (2, 1), (1, 2), (1, 3), (2, 2), (1, 0), (0, 1)]

    /// The dynamic program over tokens: best total, the move into each cell.
    /// `extra`, when given, is added to the score of every pair of aligned tokens.
    package func bestPath(_ a: [NameToken], _ e: [NameToken], extra: (([UInt8], [UInt8]) -> Double)? = nil)
        -> (total: Double, from: [Int], pairs: Int, skippedArabic: Int, skippedEnglish: Int, penalties: Double) {
        bestPath(arabic: a.map(\.isParticle), english: e.map(\.isParticle)) { i, p, j, q in
            if p == 1 && q == 1 {
                return model.score(arabic: a[i].symbols, english: e[j].symbols) + (extra?(a[i].symbols, e[j].symbols) ?? 0)
            }
            let arabic = a[i..<(i + p)].flatMap(\.symbols), english = e[j..<(j + q)].flatMap(\.symbols)
            return model.score(arabic: arabic, english: english) + (extra?(arabic, english) ?? 0)
        }
    }

    /// The token dynamic program on its own: `arabic` and `english` say which
    /// tokens are particles, and `gain(i, p, j, q)` is the score of aligning
    /// Arabic tokens `i ..< i + p` with English tokens `j ..< j + q`.
    func bestPath(arabic: [Bool], english: [Bool], gain pairGain: (Int, Int, Int, Int) -> Double)
        -> (total: Double, from: [Int], pairs: Int, skippedArabic: Int, skippedEnglish: Int, penalties: Double) {
        let n = arabic.count, m = english.count
        let moves = Self.moves
        var best = [Double](repeating: -.infinity, count: (n + 1) * (m + 1))
        var from = [Int](repeating: -1, count: (n + 1) * (m + 1))
        best[0] = 0
        for i in 0...n {
            for j in 0...m {
                let here = best[i * (m + 1) + j]
                if here == -.infinity { continue }
                for (k, move) in moves.enumerated() {
                    let (p, q) = move
                    guard i + p <= n, j + q <= m, p + q > 0 else { continue }
                    let gain: Double
                    if q == 0 {
                        gain = arabic[i] ? Self.particlePenalty : Self.skipPenalty
                    } else if p == 0 {
                        gain = english[j] ? Self.particlePenalty : Self.skipPenalty
                    } else {
                        gain = pairGain(i, p, j, q)
                    }
                    let cell = (i + p) * (m + 1) + j + q
                    if here + gain > best[cell] {
                        best[cell] = here + gain
                        from[cell] = k
                    }
                }
            }
        }
        var i = n, j = m, pairs = 0, skippedArabic = 0, skippedEnglish = 0, penalties = 0.0
        while i > 0 || j > 0 {
            let (p, q) = moves[from[i * (m + 1) + j]]
            if p > 0 && q > 0 {
                pairs += 1
            } else {
                let particle = q == 0 ? arabic[i - 1] : english[j - 1]
                penalties += particle ? Self.particlePenalty : Self.skipPenalty
                if !particle { if q == 0 { skippedArabic += 1 } else { skippedEnglish += 1 } }
            }
            i -= p
            j -= q
        }
        return (best[n * (m + 1) + m], from, pairs, skippedArabic, skippedEnglish, penalties)
    }

    /// Aligns token lists by dynamic programming, with the evidence.
    func align(_ a: [NameToken], _ e: [NameToken]) -> NameMatch {
        let n = a.count, m = e.count
        if n == 0 || m == 0 {
            return NameMatch(probability: 0, logLikelihoodRatio: -.infinity, tokens: [],
                             unmatchedArabic: a.map(\.text), unmatchedEnglish: e.map(\.text))
        }
        let path = bestPath(a, e)
        let moves = Self.moves
        let from = path.from
        // Walk back.
        var pairs: [NameMatch.TokenPair] = []
        var unmatchedArabic: [String] = [], unmatchedEnglish: [String] = []
        var i = n, j = m
        while i > 0 || j > 0 {
            let (p, q) = moves[from[i * (m + 1) + j]]
            let ai = i - p, ej = j - q
            if q == 0 {
                unmatchedArabic.append(a[ai].text)
            } else if p == 0 {
                unmatchedEnglish.append(e[ej].text)
            } else {
                let arabicLetters = a[ai..<i].flatMap(\.symbols), englishLetters = e[ej..<j].flatMap(\.symbols)
                pairs.append(NameMatch.TokenPair(
                    arabic: a[ai..<i].map(\.text).joined(separator: " "),
                    english: e[ej..<j].map(\.text).joined(separator: " "),
                    logLikelihoodRatio: model.score(arabic: arabicLetters, english: englishLetters),
                    letters: model.bestAlignment(arabic: arabicLetters, english: englishLetters)))
            }
            i = ai
            j = ej
        }
        let total = path.total
        let probability = pairs.isEmpty ? 0 : calibration.probability(
            matchedRatio: total - path.penalties, matched: pairs.count, unmatchedArabic: path.skippedArabic,
            unmatchedEnglish: path.skippedEnglish, tokens: Self.tokenCount(a, e))
        return NameMatch(probability: probability, logLikelihoodRatio: total, tokens: pairs.reversed(),
                         unmatchedArabic: unmatchedArabic.reversed(), unmatchedEnglish: unmatchedEnglish.reversed())
    }

    static var arabicSearch: TextNormalizer { NormalizationProfile.arabicSearch }

    /// Tokens that count for calibration: both sides, particles excluded.
    package static func tokenCount(_ a: [NameToken], _ e: [NameToken]) -> Int {
        max(a.filter { !$0.isParticle }.count + e.filter { !$0.isParticle }.count, 2)
    }

    /// Same-script names: equal after normalization, or close by letters.
    func sameScript(_ first: String, _ second: String, arabic: Bool) -> NameMatch {
        guard first.utf8.count <= NameForms.maximumNameLength, second.utf8.count <= NameForms.maximumNameLength else {
            return NameMatch(probability: 0, logLikelihoodRatio: -.infinity, tokens: [], unmatchedArabic: [], unmatchedEnglish: [])
        }
        // Arabic spellings meet in their search form (مصطفى, مصطفي).
        let x = arabic ? NameForms.arabicSymbols(Self.arabicSearch.normalize(first)) : NameForms.englishSymbols(first)
        let y = arabic ? NameForms.arabicSymbols(Self.arabicSearch.normalize(second)) : NameForms.englishSymbols(second)
        let similarity = levenshteinSimilarity(x, y)
        // A letter's difference in a name of five letters is about 0.5.
        let probability = x.isEmpty || y.isEmpty ? 0 : 1 / (1 + exp(-12 * (similarity - 0.8)))
        return NameMatch(probability: probability, logLikelihoodRatio: 12 * (similarity - 0.8), tokens: [],
                         unmatchedArabic: [], unmatchedEnglish: [])
    }
}

/// The result of matching two names.
public struct NameMatch: Sendable {
    /// How likely the two are the same name, calibrated: of pairs scored 0.9,
    /// about nine in ten are true matches; 0.5 is as likely as not.
    public let probability: Double
    /// The alignment's total log-likelihood ratio (nats), before calibration.
    public let logLikelihoodRatio: Double
    /// The aligned tokens, in order.
    public let tokens: [TokenPair]
    /// Arabic tokens left unmatched (a middle name the other side omits).
    public let unmatchedArabic: [String]
    /// English tokens left unmatched.
    public let unmatchedEnglish: [String]

    /// Aligned tokens: one or two Arabic tokens with one to three English tokens.
    public struct TokenPair: Sendable {
        /// The Arabic token(s), space-separated.
        public let arabic: String
        /// The English token(s).
        public let english: String
        /// Their log-likelihood ratio.
        public let logLikelihoodRatio: Double
        /// Which Arabic letter became which English letters.
        public let letters: [TransliterationModel.AlignedLetter]
    }

    /// A readable account: each token pair with its letters (`ب→b ا→a ل→l ي→i`),
    /// English letters that no Arabic letter wrote out loud (short vowels)
    /// shown after `+`, and the unmatched tokens.
    public var explanation: String {
        var lines: [String] = []
        for pair in tokens {
            let letters = pair.letters.map { step -> String in
                let english = step.english.isEmpty ? "∅" : step.english
                return "\(step.arabic)→\(english)"
            }.joined(separator: " ")
            let vowels = pair.letters.flatMap { NameMatch.insertedVowels(arabic: $0.arabic, english: $0.english) }
            var line = "\(pair.arabic) ↔ \(pair.english)  (\(Self.format(pair.logLikelihoodRatio)))  \(letters)"
            if !vowels.isEmpty { line += "  + vowels " + String(vowels) }
            lines.append(line)
        }
        if !unmatchedArabic.isEmpty { lines.append("unmatched Arabic: " + unmatchedArabic.joined(separator: " ")) }
        if !unmatchedEnglish.isEmpty { lines.append("unmatched English: " + unmatchedEnglish.joined(separator: " ")) }
        return lines.joined(separator: "\n")
    }

    /// English vowels a consonant's emission adds that Arabic does not write.
    static func insertedVowels(arabic: Character, english: String) -> [Character] {
        let longVowels: Set<Character> = ["ا", "و", "ي", "ى", "ة", "ع", "ء", "أ", "إ", "آ", "ؤ", "ئ", "ه"]
        if longVowels.contains(arabic) { return [] }
        return english.filter { "aeiou".contains($0) }.map { $0 }
    }

    static func format(_ value: Double) -> String {
        let scaled = (value * 10).rounded() / 10
        return scaled >= 0 ? "+\(scaled)" : "\(scaled)"
    }
}
