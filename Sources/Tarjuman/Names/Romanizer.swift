/// Arabic names spelled in English letters, the way English-language news
/// writes them (مصطفى → Mustafa, دير الزور → Deir al-Zor): ranked candidates
/// from a ``JointSequenceModel`` learned from the train splits of the name
/// data, each token of the name spelled on its own and capitalized as a name,
/// the article written `al-`.
public struct Romanizer: Sendable {
    /// The Arabic → English joint-sequence model.
    public let joint: JointSequenceModel
    /// Whose listed English spellings come first.
    public let gazetteer: Gazetteer
    /// Tells an ال that belongs to a name (البرت) from the article.
    let lexicon: ArabicLexicon
    /// States kept at each letter of the search (wider: slower, rarely better).
    public var beamWidth = 48
    /// The most candidates ``romanize(_:count:)`` and
    /// ``Arabizer/arabize(_:count:)`` return: a larger `count` is capped to
    /// it, so memory stays bounded whatever is asked.
    public static let maximumCandidates = 100
    /// Words already spelled (shared by the copies of this romanizer).
    private let spelled = SpellingCache()

    /// A romanizer over the resources' romanizer model, gazetteer and lexicon.
    public init(resources: LanguageResources = .builtIn) {
        self.joint = resources.romanizer
        self.gazetteer = resources.gazetteer
        self.lexicon = resources.arabicLexicon
    }

    /// A spelling with its score.
    public struct Candidate: Sendable, Hashable {
        /// The name in English letters, capitalized (`Deir al-Zor`).
        public let text: String
        /// log-probability under the model (higher is better).
        public let logProbability: Double
        /// Share of the probability among the candidates returned, in [0, 1].
        public let probability: Double
    }

    /// The `count` best English spellings of an Arabic name, best first.
    /// Names the gazetteer lists (دير الزور, واشنطن) come first in their
    /// listed spellings. Text without Arabic letters, or longer than
    /// ``NameForms/maximumNameLength``, gives no candidates.
    public func romanize(_ name: String, count: Int = 5) -> [Candidate] {
        let count = min(count, Self.maximumCandidates)
        guard name.utf8.count <= NameForms.maximumNameLength, !NameForms.arabicSymbols(name).isEmpty else { return [] }
        let tokens = name.split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init)
        guard !tokens.isEmpty, count > 0 else { return [] }
        var options: [[(text: String, score: Double)]] = []
        var k = 0
        while k < tokens.count {
            // عبد + article: Abdulsalam, Abdel Salam, Abd al-Salam.
            if tokens[k] == "عبد", k + 1 < tokens.count, let stem = articleStem(tokens[k + 1]) {
                let spelled = spell(stem, count: count)
                var list: [(String, Double)] = []
                for option in spelled {
                    let word = Self.capitalized(option.text)
                    list.append(("Abdul" + option.text, option.score))
                    list.append(("Abdel " + word, option.score - 0.7))
                    list.append(((k == 0 ? "Abd al-" : "abd al-") + word, option.score - 1.0))
                }
                options.append(Array(list.sorted { $0.1 > $1.1 }.prefix(count)))
                k += 2
                continue
            }
            let spelled = spellToken(tokens[k], initial: k == 0, single: tokens.count == 1, count: count)
            if !spelled.isEmpty { options.append(spelled) }
            k += 1
        }
        let listed = gazetteer.entry(arabic: name)?.english.filter { $0.contains(where: \.isLowercase) } ?? []
        return Self.ranked(tokens: options, listed: listed, count: count)
    }

    /// Whole-name candidates from each token's spellings (best `count`
    /// combinations), with gazetteer-listed forms first, and each candidate's
    /// share of the probability among those returned.
    static func ranked(tokens options: [[(text: String, score: Double)]], listed: [String], count: Int) -> [Candidate] {
        var combined: [(parts: [String], score: Double)] = [([], 0)]
        for spelled in options where !spelled.isEmpty {
            var next: [(parts: [String], score: Double)] = []
            for path in combined {
                for option in spelled { next.append((path.parts + [option.text], path.score + option.score)) }
            }
            combined = Array(next.sorted { $0.score > $1.score }.prefix(count))
        }
        var found = combined.filter { !$0.parts.isEmpty }.map { (text: $0.parts.joined(separator: " "), score: $0.score) }
        if !listed.isEmpty {
            let top = (found.first?.score ?? 0) + 1
            let forms = listed.prefix(count)
            found.removeAll { candidate in forms.contains { $0.lowercased() == candidate.text.lowercased() } }
            found = Array((forms.enumerated().map { (text: $0.element, score: top - Double($0.offset) * 0.1) } + found).prefix(count))
        }
        guard let best = found.first?.score else { return [] }
        let total = found.map { exp($0.score - best) }.reduce(0, +)
        return found.map { Candidate(text: $0.text, logProbability: $0.score, probability: exp($0.score - best) / total) }
    }

    /// The best spelling, or the input unchanged when it has no Arabic letters.
    public func best(_ name: String) -> String {
        romanize(name, count: 1).first?.text ?? name
    }

    static func capitalized(_ letters: String) -> String {
        guard let first = letters.first else { return letters }
        return first.uppercased() + letters.dropFirst()
    }

    /// A token's letters after the article ال, if it has one (three or more
    /// letters follow, and the lexicon does not know the name as written with
    /// it, البرت).
    func articleStem(_ token: String) -> [UInt8]? {
        let symbols = NameForms.arabicSymbols(token)
        guard symbols.count > 4, symbols[0] == 6, symbols[1] == 35,
              !lexicon.alNames.contains(ArabicLexicon.analysisForm(token)) else { return nil }
        return Array(symbols.dropFirst(2))
    }

    /// Spellings in lower case with their log-probabilities.
    func spell(_ symbols: [UInt8], count: Int) -> [(text: String, score: Double)] {
        let key = SpellingCache.Key(symbols: symbols, count: count, beamWidth: beamWidth)
        if let known = spelled.value(key) { return known }
        let found = joint.spell(symbols, count: count, beamWidth: beamWidth).map { (NameForms.englishString($0.symbols), $0.logProbability) }
        spelled.store(key, found)
        return found
    }

    private func spellToken(_ token: String, initial: Bool, single: Bool, count: Int) -> [(text: String, score: Double)] {
        if token.unicodeScalars.allSatisfy({ $0.properties.numericType != nil }) { return [(token, 0)] }
        if let stem = articleStem(token) {
            // English drops the article of a one-word name more often than not
            // (الأتاسي: Atassi); inside a longer name it is written (Deir al-Zor).
            var list: [(String, Double)] = []
            for option in spell(stem, count: count) {
                let word = Self.capitalized(option.text)
                let withArticle = (initial ? "Al-" : "al-") + word
                if single || initial {
                    list.append((word, option.score))
                    list.append((withArticle, option.score - 1.0))
                } else {
                    list.append((withArticle, option.score))
                    list.append((word, option.score - 1.0))
                }
            }
            return Array(list.sorted { $0.1 > $1.1 }.prefix(count))
        }
        let symbols = NameForms.arabicSymbols(token)
        guard !symbols.isEmpty else { return [] }
        return spell(symbols, count: count).map { (Self.capitalized($0.text), $0.score) }
    }
}

/// English (and other Latin-script) names spelled in Arabic letters, the way
/// Arabic-language news writes them (Lavrov → لافروف, Washington → واشنطن):
/// ranked candidates from a ``JointSequenceModel`` learned from the train
/// splits of the name data; `al-`/`el-` before a hyphen becomes the article ال.
public struct Arabizer: Sendable {
    /// The English → Arabic joint-sequence model.
    public let joint: JointSequenceModel
    /// Whose listed Arabic spellings come first.
    public let gazetteer: Gazetteer
    /// States kept at each letter of the search.
    public var beamWidth = 48
    /// An arabizer over the resources' arabizer model and gazetteer.
    public init(resources: LanguageResources = .builtIn) {
        self.joint = resources.arabizer
        self.gazetteer = resources.gazetteer
    }

    /// The `count` best Arabic spellings of a name, best first; names the
    /// gazetteer lists (Washington) come first in their listed spellings.
    public func arabize(_ name: String, count: Int = 5) -> [Romanizer.Candidate] {
        let count = min(count, Romanizer.maximumCandidates)
        guard name.utf8.count <= NameForms.maximumNameLength else { return [] }
        // Tokens, with "al-"/"el-" joined to the word after them.
        var tokens: [(article: Bool, text: String)] = []
        var pendingArticle = false
        var rest = Substring(name)
        while let start = rest.firstIndex(where: { $0.isLetter }) {
            let end = rest[start...].firstIndex(where: { !$0.isLetter && $0 != "'" && $0 != "’" }) ?? rest.endIndex
            let word = String(rest[start..<end])
            let hyphen = end < rest.endIndex && rest[end] == "-"
            if hyphen, ["al", "el", "ul"].contains(word.lowercased()) {
                pendingArticle = true
            } else {
                tokens.append((pendingArticle, word))
                pendingArticle = false
            }
            rest = rest[end...]
        }
        guard !tokens.isEmpty, count > 0 else { return [] }
        let options = tokens.map { token -> [(text: String, score: Double)] in
            let symbols = NameForms.englishSymbols(token.text)
            guard !symbols.isEmpty else { return [] }
            return joint.spell(symbols, count: count, beamWidth: beamWidth).map { spelling in
                ((token.article ? "ال" : "") + String(spelling.symbols.map(NameForms.arabicLetter)), spelling.logProbability)
            }
        }
        return Romanizer.ranked(tokens: options, listed: gazetteer.entry(english: name)?.arabic ?? [], count: count)
    }
}


/// The spellings of words already searched, so that a word that recurs (in a
/// corpus, the same people's names again and again) is searched once. Shared
/// by the copies of a ``Romanizer``, safe across threads, and bounded: it
/// starts afresh past ``limit`` words.
final class SpellingCache: Sendable {
    struct Key: Hashable, Sendable {
        let symbols: [UInt8]
        let count: Int
        let beamWidth: Int
    }
    typealias Spellings = [(text: String, score: Double)]
    /// The most words kept.
    static let limit = 1 << 16
    private let entries = Locked<[Key: Spellings]>([:])

    func value(_ key: Key) -> Spellings? { entries.withLock { $0[key] } }

    func store(_ key: Key, _ value: Spellings) {
        entries.withLock { table in
            if table.count >= Self.limit { table.removeAll(keepingCapacity: true) }
            table[key] = value
        }
    }
}
