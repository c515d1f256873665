/// One way to read an Arabic word as proclitics, a stem and an enclitic pronoun.
///
/// `وبالتنسيق` → proclitics `["و", "ب", "ال"]`, stem `تنسيق`; `قواتها` → stem
/// `قوات`, enclitic `ها`. The surface `لل` is read as ل + ال (`للإطباق` →
/// `["ل", "ال"]` + `إطباق`).
public struct CliticAnalysis: Sendable, Hashable, CustomStringConvertible {
    /// Proclitics in order: conjunction و ف, preposition ب ك ل or future س,
    /// article ال.
    public let proclitics: [String]
    /// The stem, as written in the (analysis-normalized) word.
    public let stem: String
    /// The enclitic pronoun (ه ها هم هما هن ك كم كن ي نا), if any.
    public let enclitic: String?
    /// UTF-8 length of the proclitics as written (ل + ال written لل is 4 bytes).
    public let prefixLength: Int
    /// UTF-8 length of the enclitic as written.
    public let suffixLength: Int

    /// All parts in order.
    public var morphemes: [String] { proclitics + [stem] + (enclitic.map { [$0] } ?? []) }
    /// Whether the word is split at all.
    public var isSplit: Bool { !proclitics.isEmpty || enclitic != nil }
    /// Whether it has the article ال.
    public var hasArticle: Bool { proclitics.last == "ال" }
    /// The parts joined with `+`: `و+ال+جيش`.
    public var description: String { morphemes.joined(separator: "+") }
}

/// Splits Arabic clitics off words when it is safe.
///
/// Conservative by design: names are the usual victims (بالي is Bali, not
/// ب + الي; وائل, كمال, فيصل, لافا stay whole), so a word is split only when
/// - the word is not itself a known stem or name, and
/// - the stem left is a known stem (or a stem with an inflection), at least
///   two letters long; or, for a word nobody knows, only the article chain
///   (ال، وال، بال، لل ...) comes off, and only before a stem of three or more
///   letters; or the stem is a word the same document uses on its own (the
///   `context` passed in: لكوردستان splits when كوردستان occurs by itself).
///
/// Every reading that fits Arabic morphology is still returned as an
/// alternative, so later stages (name matching) can choose.
public struct CliticSegmenter: Sendable {
    /// Options for ``CliticSegmenter``.
    public struct Options: Sendable, Hashable {
        /// Also read a leading س as the future particle (before ي ت ن ا).
        public var futureParticle = false
        /// The minimum stem length, in letters.
        public var minimumStemLength = 2
        /// Default options.
        public init(futureParticle: Bool = false, minimumStemLength: Int = 2) {
            self.futureParticle = futureParticle
            self.minimumStemLength = minimumStemLength
        }
    }

    /// The word lists used to recognize stems and names.
    public let lexicon: ArabicLexicon
    /// The options.
    public let options: Options

    /// A segmenter over `lexicon` (the built-in one by default).
    public init(lexicon: ArabicLexicon = .builtIn, options: Options = Options()) {
        self.lexicon = lexicon
        self.options = options
    }

    static let enclitics = ["هما", "ها", "هم", "هن", "كم", "كن", "نا", "ه", "ك", "ي"]

    /// A proclitic chain: its parts and how it is written.
    struct Prefix {
        let parts: [String]
        let surface: [Unicode.Scalar]
        let utf8Length: Int
    }

    /// Every chain `[و|ف] [ب|ك|ل|س] [ال]`, computed once.
    static func makePrefixes(future: Bool) -> [Prefix] {
        var prefixes: [Prefix] = []
        for conjunction in ["", "و", "ف"] {
            for preposition in ["", "ب", "ك", "ل"] + (future ? ["س"] : []) {
                for article in ["", "ال"] {
                    if preposition == "س" && !article.isEmpty { continue }
                    var surface = conjunction + preposition + article
                    if preposition == "ل" && article == "ال" { surface = conjunction + "لل" }
                    let parts = [conjunction, preposition, article].filter { !$0.isEmpty }
                    prefixes.append(Prefix(parts: parts, surface: Array(surface.unicodeScalars), utf8Length: surface.utf8.count))
                }
            }
        }
        return prefixes
    }

    static let prefixes = makePrefixes(future: false)
    static let prefixesWithFuture = makePrefixes(future: true)

    /// Every reading of `word` (in analysis form, see ``ArabicLexicon/analysisForm(_:)``)
    /// that fits the clitic template `[و|ف] [ب|ك|ل|س] [ال] stem [pronoun]`
    /// with a stem of at least the minimum length, the unsplit word first.
    public func readings(of word: String) -> [CliticAnalysis] {
        let letters = Array(word.unicodeScalars)
        var result = [CliticAnalysis(proclitics: [], stem: word, enclitic: nil, prefixLength: 0, suffixLength: 0)]
        guard letters.count > options.minimumStemLength else { return result }
        let prefixes = options.futureParticle ? Self.prefixesWithFuture : Self.prefixes
        for prefix in prefixes {
            guard letters.count > prefix.surface.count, letters.starts(with: prefix.surface) else { continue }
            let hasArticle = prefix.parts.last == "ال"
            for enclitic in [""] + Self.enclitics {
                if hasArticle && !enclitic.isEmpty { continue }  // no pronoun after the article
                if prefix.parts.isEmpty && enclitic.isEmpty { continue }  // the unsplit word
                let e = Array(enclitic.unicodeScalars)
                let stemCount = letters.count - prefix.surface.count - e.count
                guard stemCount >= options.minimumStemLength, letters.suffix(e.count).elementsEqual(e) else { continue }
                let stemLetters = letters[prefix.surface.count..<(prefix.surface.count + stemCount)]
                if prefix.parts.last == "س", let first = stemLetters.first, !"يتنا".unicodeScalars.contains(first) { continue }
                let stem = String(String.UnicodeScalarView(stemLetters))
                result.append(CliticAnalysis(
                    proclitics: prefix.parts, stem: stem, enclitic: enclitic.isEmpty ? nil : enclitic,
                    prefixLength: prefix.utf8Length,
                    suffixLength: enclitic.utf8.count))
            }
        }
        return result
    }

    /// The chosen reading of `word` (in analysis form) and the others.
    ///
    /// - Parameters:
    ///   - word: an Arabic word.
    ///   - context: words (in analysis form) that the same document uses on
    ///     their own; a stem found there counts as known.
    ///   - excluding: a word of `context` not to count (the word itself).
    /// - Returns: the chosen reading first, then the other readings, the ones
    ///   with known stems first.
    public func analyze(_ word: String, context: Set<String> = [], excluding: String? = nil) -> [CliticAnalysis] {
        let all = readings(of: word)
        let whole = all[0]
        let splits = Array(all.dropFirst())
        let wholeEvidence = lexicon.startsWithArticle(word) ? 0 : evidence(for: word, context: [], excluding: nil)
        // Readings too often wrong to choose on a lexicon match alone: the
        // pronoun ي (mostly a nisba ending: قيادي, كوردي) and a bare
        // preposition ك (mostly a word's own first letter: كورد).
        func choosable(_ r: CliticAnalysis) -> Bool { r.enclitic != "ي" && r.proclitics.last != "ك" }
        let scored = splits.map { ($0, evidence(for: $0.stem, context: context, excluding: excluding ?? word)) }
            .sorted { a, b in a.1 != b.1 ? a.1 > b.1 : Self.simpler(a.0, b.0) }
        var chosen = whole
        if let best = scored.first(where: { choosable($0.0) }), best.1 > wholeEvidence {
            chosen = best.0
        } else if wholeEvidence == 0 {
            // Nobody knows the word or its parts: only the article comes off
            // (before three or more letters), or a conjunction و before four.
            let article = splits.filter { $0.hasArticle && $0.enclitic == nil && $0.stem.unicodeScalars.count >= 3 }
                .min { $0.morphemes.count < $1.morphemes.count }
            let conjunction = splits.first {
                $0.proclitics == ["و"] && $0.enclitic == nil && $0.stem.unicodeScalars.count >= 4
            }
            chosen = article ?? conjunction ?? whole
        }
        var ordered = [chosen]
        for reading in [whole] + scored.map(\.0) where !ordered.contains(reading) {
            ordered.append(reading)
        }
        return ordered
    }

    /// How sure the lexicon is that `stem` is a word: 3 a stem or a name as it
    /// stands, 2 a stem with an inflection, 1 a word the document uses on its
    /// own, 0 nothing. A stem that still starts with the article counts only
    /// as a stem of its own (الله).
    func evidence(for stem: String, context: Set<String>, excluding: String?) -> Int {
        if lexicon.startsWithArticle(stem) { return 0 }
        if lexicon.contains(stem) { return 3 }
        if lexicon.isInflected(stem) { return 2 }
        if stem != excluding && context.contains(stem) { return 1 }  // document words
        return 0
    }

    /// Fewer parts first; then no pronoun before a pronoun; then the longer stem.
    static func simpler(_ a: CliticAnalysis, _ b: CliticAnalysis) -> Bool {
        let ma = a.morphemes.count, mb = b.morphemes.count
        if ma != mb { return ma < mb }
        if (a.enclitic == nil) != (b.enclitic == nil) { return a.enclitic == nil }
        return a.stem.unicodeScalars.count > b.stem.unicodeScalars.count
    }

    /// The chosen reading of `word`, given in any normalization.
    public func segment(_ word: String, context: Set<String> = []) -> CliticAnalysis {
        analyze(ArabicLexicon.analysisForm(word), context: context)[0]
    }
}
