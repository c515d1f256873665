/// One place a name occurs in a text.
public struct Mention: Sendable, Hashable {
    /// The name as written there (clitics such as لـ and a possessive 's left out).
    public let text: String
    /// Its normalized form (case, diacritics, hamza and letter variants folded).
    public let normalized: String
    /// Its UTF-8 byte range in the text (and in the file it came from).
    public let utf8Range: Range<Int>
}

/// All mentions of one entity in one text: "Mustafa Bali" and a later "Bali".
public struct MentionGroup: Sendable {
    /// The fullest form (the longest mention).
    public let text: String
    /// Its normalized form.
    public let normalized: String
    /// The entity type, when known.
    public let type: EntityType?
    /// Every mention, in text order.
    public let mentions: [Mention]
    /// The sentence of the first mention (spaces folded).
    public let firstSentence: String

    /// Byte offset of the first mention.
    public var firstOffset: Int { mentions.first?.utf8Range.lowerBound ?? 0 }
}

/// Why two groups were paired.
public struct PairEvidence: Sendable {
    /// How the pair was found.
    public enum Method: String, Sendable, Codable {
        /// Both names are forms of one gazetteer entry.
        case gazetteer
        /// The name model matched the spellings.
        case transliteration
        /// The words are translations of each other (``words``).
        case translation
    }
    /// How the pair was found.
    public let method: Method
    /// For pairs found by ``Method/transliteration``: the Arabic name as
    /// Tarjuman's ``Romanizer`` spells it without looking at the English (of
    /// its five likeliest spellings, the one the English report uses, else the
    /// likeliest), so `Hassan Kameshelo` beside `Hassan Qamishlo` is the
    /// machine's guess, not a disagreement. Empty for gazetteer and
    /// translation pairs (the entry or the words are their evidence), and
    /// when the alignment was made without romanizing.
    public let romanization: String
    /// Why the pair has its score, in a sentence: the gazetteer entry, the
    /// translated words, or the strength of the letter match against what the
    /// calibration needs for 95%.
    public let reason: String
    /// The name match (token and letter alignment), for transliterated pairs.
    public let match: NameMatch?
    /// The gazetteer entry, for translated names.
    public let entry: Gazetteer.Entry?
    /// The word links, for names paired by translation.
    public let words: [WordLink]
}

/// An English and an Arabic group that name the same entity.
public struct AlignedPair: Sendable {
    /// The English mentions.
    public let english: MentionGroup
    /// The Arabic mentions.
    public let arabic: MentionGroup
    /// How sure the pairing is, in [0, 1] (calibrated name-match probability;
    /// 1 for gazetteer pairs).
    public let score: Double
    /// The entity type, when known.
    public let type: EntityType?
    /// Why they were paired.
    public let evidence: PairEvidence
}

/// The names two reports share, and those only one of them has.
public struct ReportAlignment: Sendable {
    /// Paired groups, in order of first appearance in the English text.
    public let pairs: [AlignedPair]
    /// English groups with no Arabic counterpart.
    public let unmatchedEnglish: [MentionGroup]
    /// Arabic groups with no English counterpart.
    public let unmatchedArabic: [MentionGroup]
    /// The pairing threshold used.
    public let threshold: Double
}

/// Aligns the names of an English report with those of an Arabic report.
///
/// 1. English names: gazetteer entries, then runs of capitalized words
///    (titles, calendar words and sentence-initial common words left out;
///    acronyms in parentheses joined to their expansion; a surname alone, or
///    a shorter form, joined to the full name).
/// 2. Arabic names: gazetteer entries (after the clitics و ف ب ك ل), runs of
///    words that translate an English name word by word (the translation
///    path, ``WordTranslations``), spans of up to
///    ``Options/longestArabicSpan`` words that the name matcher pairs with an
///    English name, and names after cue words (قال، محافظة ...).
/// 3. Pairs: gazetteer entity to entity; then translations and
///    transliterations, strongest and most complete first, each Arabic word
///    used by one English name at most, a name's later mentions joining its
///    group only if they are part of its first one; then a given name or a
///    patronymic the English leaves out joins a one-word pair.
///
/// Thread-safe; create one and share it.
public struct ReportAligner: Sendable {
    /// Settings.
    public struct Options: Sendable {
        /// Lowest name-match probability for a transliterated pair. 0.5, "as
        /// likely as not" in the calibrated score (see the README for how it
        /// was checked).
        public var threshold: Double
        /// Longest Arabic span tried against an English name, in words.
        public var longestArabicSpan: Int

        /// Options; by default a 0.5 threshold.
        public init(threshold: Double = 0.5, longestArabicSpan: Int = 6) {
            self.threshold = threshold
            self.longestArabicSpan = longestArabicSpan
        }
    }

    /// The settings.
    public let options: Options
    /// The word lists, gazetteer and models it aligns with.
    public let resources: LanguageResources
    let matcher: NameMatcher
    let romanizer: Romanizer
    let englishTokenizer: Tokenizer
    let arabicTokenizer: Tokenizer
    let sentences: Segmenter
    let englishFinder: EnglishMentionFinder
    let arabicFinder: ArabicMentionFinder

    /// An aligner.
    ///
    /// - Throws: `ICUError` (from TarjumanICU) if ICU's break iterators cannot be opened.
    public init(options: Options = Options(), resources: LanguageResources = .builtIn) throws(ICUError) {
        self.options = options
        self.resources = resources
        self.matcher = resources.matcher
        self.romanizer = Romanizer(resources: resources)
        resources.romanizer.prepareInBackground()
        self.englishTokenizer = try Tokenizer()
        self.arabicTokenizer = try Tokenizer(options: .init(clitics: true), lexicon: resources.arabicLexicon)
        self.sentences = try Segmenter(.sentence)
        self.englishFinder = EnglishMentionFinder(gazetteer: resources.gazetteer, lexicon: resources.englishLexicon)
        self.arabicFinder = ArabicMentionFinder(gazetteer: resources.gazetteer, lexicon: resources.arabicLexicon,
                                                frequency: resources.arabicFrequency)
    }

    /// Aligns the names of two reports.
    public func align(english: String, arabic: String) -> ReportAlignment {
        align(english: english, arabic: arabic, romanizing: true)
    }

    /// ``align(english:arabic:)``, with each pair's
    /// ``PairEvidence/romanization`` left empty unless `romanizing`: the
    /// romanizer's spellings are for display, and cost a third of an
    /// alignment (``romanized(_:)`` adds them later, to the alignments kept).
    package func align(english: String, arabic: String, romanizing: Bool) -> ReportAlignment {
        let en = Document(text: english, tokenizer: englishTokenizer, sentenceSegmenter: sentences, arabic: false)
        let ar = Document(text: arabic, tokenizer: arabicTokenizer, sentenceSegmenter: sentences, arabic: true)
        var state = AlignmentState(aligner: self, en: en, ar: ar)
        state.run()
        return state.result(romanizing: romanizing)
    }

    /// `alignment` with the romanization of every pair, as
    /// ``align(english:arabic:)`` gives it.
    package func romanized(_ alignment: ReportAlignment) -> ReportAlignment {
        let pairs = alignment.pairs.map { pair in
            let e = pair.evidence
            return AlignedPair(english: pair.english, arabic: pair.arabic, score: pair.score, type: pair.type,
                               evidence: PairEvidence(method: e.method,
                                                      romanization: e.method == .transliteration
                                                          ? romanization(of: pair.arabic, as: pair.english) : "",
                                                      reason: e.reason, match: e.match, entry: e.entry, words: e.words))
        }
        return ReportAlignment(pairs: pairs, unmatchedEnglish: alignment.unmatchedEnglish,
                               unmatchedArabic: alignment.unmatchedArabic, threshold: alignment.threshold)
    }

    /// Of the romanizer's five likeliest spellings of `arabic`, the one the
    /// English report uses, else the likeliest.
    func romanization(of arabic: MentionGroup, as english: MentionGroup) -> String {
        let spellings = romanizer.romanize(arabic.text, count: 5).map(\.text)
        let englishLetters = Set(english.mentions.map { NameForms.englishSymbols($0.text) })
        return spellings.first { englishLetters.contains(NameForms.englishSymbols($0)) } ?? spellings.first ?? arabic.text
    }
}

/// The work of one ``ReportAligner/align(english:arabic:)`` call.
struct AlignmentState {
    let aligner: ReportAligner
    let en: Document
    let ar: Document
    var gazetteer: Gazetteer { aligner.resources.gazetteer }

    struct EnglishGroup {
        var mentions: [RawMention]
        var entry: Int?
        var type: EntityType?
    }
    struct ArabicSpan {
        var first: Int
        var last: Int
        var prefixBytes: Int
        var key: String
    }
    struct Pairing {
        var english: Int
        var spans: [ArabicSpan]
        var score: Double
        var match: NameMatch?
        var entry: Int?
        var arabicType: EntityType?
        var translation: [WordLink]? = nil
    }

    var groups: [EnglishGroup] = []
    var variants: [[ArabicMentionFinder.Variant]] = []
    var owner: [Int?] = []
    var pairings: [Pairing] = []
    var arabicUnmatched: [(spans: [ArabicSpan], type: EntityType?)] = []

    init(aligner: ReportAligner, en: Document, ar: Document) {
        self.aligner = aligner
        self.en = en
        self.ar = ar
    }

    mutating func run() {
        groupEnglish(aligner.englishFinder.mentions(in: en))
        variants = ar.pieces.map { aligner.arabicFinder.variants($0.key) }
        owner = Array(repeating: nil, count: ar.pieces.count)
        let listed = aligner.arabicFinder.gazetteerMentions(in: ar, variants: variants)
        pair(gazetteerCandidates(listed) + translationCandidates() + transliterationCandidates())
        joinLaterSurnames()
        collectArabicUnmatched(listed)
    }

    // MARK: English groups

    mutating func groupEnglish(_ mentions: [RawMention]) {
        var groupOf: [Int] = []
        for (index, m) in mentions.enumerated() {
            var target: Int? = nil
            if let e = m.expands, e < index { target = groupOf[e] }
            else if let entry = m.entry { target = groups.firstIndex { $0.entry == entry } }
            if target == nil { target = groups.firstIndex { $0.mentions.contains { $0.key == m.key } } }
            if let t = target {
                groups[t].mentions.append(m)
                if groups[t].entry == nil { groups[t].entry = m.entry }
                if groups[t].type == nil { groups[t].type = m.type }
                groupOf.append(t)
            } else {
                groups.append(EnglishGroup(mentions: [m], entry: m.entry, type: m.type))
                groupOf.append(groups.count - 1)
            }
        }
        // A surname alone joins the one full name it ends ("Bali" → "Mustafa Bali").
        var merged = [Int?](repeating: nil, count: groups.count)
        for (g, group) in groups.enumerated() where group.entry == nil && group.type != .location && group.type != .organization {
            guard group.mentions.allSatisfy({ $0.first == $0.last }) else { continue }
            let key = group.mentions[0].key
            let hosts = groups.indices.filter { h in
                h != g && groups[h].entry == nil && groups[h].type != .location && groups[h].type != .organization
                    && groups[h].mentions.contains { $0.last > $0.first && en.pieces[$0.last].key == key }
            }
            if hosts.count == 1 { merged[g] = hosts[0] }
        }
        joinGroups(merged)
        // A shorter form of one fuller name joins it: "Mohamed bin Zayed" after
        // "Mohamed bin Zayed Al Nahyan"; "Sheikh Abdullah" after "Sheikh
        // Abdullah Ali Abdullah Al-Salem Al-Sabah" (a first name after a title).
        func words(_ m: RawMention) -> [String] { en.pieces[m.first...m.last].map(\.key) }
        var joined = [Int?](repeating: nil, count: groups.count)
        for (g, group) in groups.enumerated() where group.entry == nil {
            let forms = group.mentions.map(words)
            guard let shortest = forms.min(by: { $0.count < $1.count }) else { continue }
            let longest = forms.map(\.count).max() ?? 0
            let firstNameAfterTitle = shortest.count == 1 && group.mentions.allSatisfy { $0.cue != nil }
            guard shortest.count >= 2 || firstNameAfterTitle else { continue }
            let person = group.type != .location && group.type != .organization
            let hosts = groups.indices.filter { h in
                h != g && groups[h].entry == nil && (!person || groups[h].type != .location && groups[h].type != .organization)
                    && groups[h].mentions.contains { m in
                        let full = words(m)
                        guard full.count > longest else { return false }
                        if shortest.count == 1 { return person && full.first == shortest[0] }
                        // "Mohamed bin Zayed" in "Mohamed bin Zayed Al Nahyan"; "El Shahat" in
                        // "Hussein El Shahat"; "Champions League" in "African Champions League".
                        return full.starts(with: shortest) || full.reversed().starts(with: shortest.reversed())
                    }
            }
            if hosts.count == 1 { joined[g] = hosts[0] }
        }
        joinGroups(joined)
        for g in groups.indices { groups[g].mentions.sort { $0.first < $1.first } }
    }

    /// Moves each group's mentions into the group it joins (`host[g]`), unless
    /// that group itself joins another; drops the groups left empty.
    mutating func joinGroups(_ host: [Int?]) {
        for g in groups.indices {
            if let h = host[g], host[h] == nil {
                groups[h].mentions.append(contentsOf: groups[g].mentions)
                groups[g].mentions = []
            }
        }
        groups.removeAll { $0.mentions.isEmpty }
    }

    func englishForms(_ group: EnglishGroup) -> [String] {
        var forms: [String] = []
        for m in group.mentions.sorted(by: { $0.last - $0.first > $1.last - $1.first }) {
            let text = en.slice(en.span(m.first, m.last))
            if !forms.contains(text) { forms.append(text) }
        }
        return forms
    }

    // MARK: Gazetteer pairs

    /// Gazetteer entities named on both sides: one candidate per Arabic mention.
    func gazetteerCandidates(_ listed: [RawMention]) -> [Candidate] {
        var candidates: [Candidate] = []
        for (g, group) in groups.enumerated() {
            guard let entry = group.entry else { continue }
            for m in listed where m.entry == entry {
                let span = ArabicSpan(first: m.first, last: m.last, prefixBytes: m.prefixBytes, key: m.key)
                candidates.append(Candidate(group: g, span: span, probability: 1, match: nil, entry: entry,
                                            strong: m.last > m.first, complete: true, englishWords: .max, logLikelihoodRatio: .infinity))
            }
        }
        return candidates
    }

    // MARK: Transliterated pairs

    struct Candidate {
        var group: Int
        var span: ArabicSpan
        var probability: Double
        var match: NameMatch?
        var entry: Int?
        /// Several tokens matched: stronger evidence than one.
        var strong: Bool
        /// Every content word of the English name is matched.
        var complete: Bool = false
        /// How many English words the reading explains (a fuller form wins a tie of completeness).
        var englishWords: Int = 0
        var logLikelihoodRatio: Double
        /// The word links, for the translation path.
        var translation: [WordLink]? = nil
    }

    /// Spans of up to ``ReportAligner/Options/longestArabicSpan`` Arabic words that the name matcher pairs with an
    /// English name, found around words the name index matches with its tokens.
    func transliterationCandidates() -> [Candidate] {
        let open = groups.indices.filter { g in
            groups[g].mentions.contains { m in
                // Acronyms are translated, not spelled out: SDF is not سدف.
                !(m.first == m.last && isAllCaps(en.pieces[m.first].text) && en.pieces[m.first].text.count <= 5)
            }
        }
        guard !open.isEmpty else { return [] }
        // Distinct readings of the free Arabic words, indexed for the name matcher.
        var positions: [String: [Int]] = [:]
        for (k, piece) in ar.pieces.enumerated() where owner[k] == nil && !piece.isNumber {
            for variant in variants[k] where variant.key.unicodeScalars.count >= 2 {
                positions[variant.key, default: []].append(k)
            }
        }
        guard !positions.isEmpty else { return [] }
        let names = positions.keys.sorted()
        let index = NameIndex(names: names, matcher: aligner.matcher, breadth: 40, spelling: nil)
        var anchorCache: [String: [Int]] = [:]
        func anchors(_ token: String) -> [Int] {
            if let known = anchorCache[token] { return known }
            var found: [Int] = []
            for candidate in index.top(8, for: token) where candidate.match.probability >= 0.2 {
                found.append(contentsOf: positions[candidate.name] ?? [])
            }
            anchorCache[token] = found
            return found
        }
        var similarityCache: [String: NameMatch] = [:]
        var candidates: [Candidate] = []
        let longest = aligner.options.longestArabicSpan
        for g in open {
            for form in englishForms(groups[g]) {
                let tokens = NameMatcher.tokens(of: form, arabic: false)
                let content = tokens.filter { !$0.isParticle && $0.symbols.count >= 2 }
                guard !content.isEmpty else { continue }
                var starts = Set<Int>()
                for token in content { starts.formUnion(anchors(token.text.lowercased())) }
                var best: [String: Candidate] = [:]
                for p in Self.likeliestStarts(starts, content.map { anchors($0.text.lowercased()) }, window: longest) {
                    for length in 1...min(longest, tokens.count + 1) {
                        for s in max(0, p - length + 1)...p where s + length <= ar.pieces.count {
                            let last = s + length - 1
                            guard (s...last).allSatisfy({ owner[$0] == nil && !ar.pieces[$0].isNumber }),
                                  ((s + 1)..<(last + 1)).allSatisfy({ ar.pieces[$0].gap == .space }) else { continue }
                            let rest = ar.pieces[(s + 1)..<(last + 1)].map(\.key).joined(separator: " ")
                            for variant in variants[s] {
                                let text = rest.isEmpty ? variant.key : variant.key + " " + rest
                                let cacheKey = text + "\t" + form
                                let match = similarityCache[cacheKey] ?? aligner.matcher.similarity(arabic: text, english: form)
                                similarityCache[cacheKey] = match
                                let spanKey = "\(s):\(length)"
                                // A window whose edge word matches nothing is too wide ("خليل بحسب").
                                if length > 1, let edge = edgeUnmatched(match, first: variant.key, last: ar.pieces[last].key), edge {
                                    continue
                                }
                                if !plausibleMerges(match) { continue }
                                if match.probability > (best[spanKey]?.probability ?? -1) {
                                    let span = ArabicSpan(first: s, last: last,
                                                          prefixBytes: aligner.arabicFinder.prefixBytes(ar.pieces[s].text, letters: variant.prefixLetters),
                                                          key: text)
                                    best[spanKey] = Candidate(group: g, span: span, probability: match.probability, match: match,
                                                              entry: nil, strong: content.count >= 2 && length >= 2,
                                                              complete: match.unmatchedEnglish.allSatisfy {
                                                                  NameMatcher.englishParticles.contains($0.lowercased())
                                                              },
                                                              englishWords: match.tokens.map { $0.english.split(separator: " ").count }.reduce(0, +),
                                                              logLikelihoodRatio: match.logLikelihoodRatio)
                                }
                            }
                        }
                    }
                }
                // In span order, not hash order: ties are broken by position below.
                candidates.append(contentsOf: best.values.sorted { ($0.span.first, $0.span.last) < ($1.span.first, $1.span.last) })
            }
        }
        return candidates
    }

    /// The most Arabic positions one English form is tried at.
    static let maximumStarts = 48

    /// The positions to try a form at, in order: all of them when there are
    /// at most ``maximumStarts``; otherwise those where the most of the
    /// form's words find an anchor within a window (ties by position), so a
    /// long list of capitalized words against a long report costs a bounded
    /// amount per form, not one proportional to the report.
    static func likeliestStarts(_ starts: Set<Int>, _ tokenAnchors: [[Int]], window: Int) -> [Int] {
        let sorted = starts.sorted()
        guard sorted.count > maximumStarts else { return sorted }
        let anchorSets = tokenAnchors.map { $0.sorted() }
        func support(_ p: Int) -> Int {
            anchorSets.filter { anchors in
                // Any anchor of this word within the window around p.
                var low = 0, high = anchors.count
                while low < high { let mid = (low + high) / 2; if anchors[mid] < p - window { low = mid + 1 } else { high = mid } }
                return low < anchors.count && anchors[low] <= p + window
            }.count
        }
        let supported = sorted.map { ($0, support($0)) }
        let chosen = supported.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }.prefix(maximumStarts)
        return chosen.map(\.0).sorted()
    }

    /// Two Arabic words match one English word only when the first is a
    /// particle (عبد السلام ↔ Abdulsalam, أبو بكر ↔ Abubakr), not سوريا ان ↔ Syrian.
    func plausibleMerges(_ match: NameMatch) -> Bool {
        for pair in match.tokens {
            let words = pair.arabic.split(separator: " ")
            let englishWords = pair.english.split(whereSeparator: { $0 == " " || $0 == "-" }).count
            // ... or when the second is الدين or الله (سيف الدين ↔ Saifeddine, حمد الله ↔ Hamdallah).
            let compound = words.count == 2 && Self.compoundEnds.contains(String(words[1]))
            if words.count > englishWords, !compound, !words.dropLast().allSatisfy({ NameMatcher.arabicParticles.contains(String($0)) }) {
                return false
            }
        }
        return true
    }

    /// Prepositions that no transliterated name contains.
    static let prepositions: Set<String> = Set(["في", "من", "عن", "الى", "إلى", "لدى", "مع"].map(Gazetteer.arabicKey))

    /// A regnal number: I, II, XIV.
    static func isRomanNumeral(_ word: String) -> Bool {
        !word.isEmpty && word.count <= 5 && word.allSatisfy { "IVXL".contains($0) }
    }

    /// The words of a patronymic chain: بن, ابن, بنت.
    static let patronymics: Set<String> = Set(["بن", "ابن", "بنت"].map(Gazetteer.arabicKey))

    /// Second words of compound given names: سيف الدين, حمد الله.
    static let compoundEnds: Set<String> = Set(["الدين", "الله"].map(Gazetteer.arabicKey))

    /// Whether a match may start a pair: an English name of several words
    /// must have at least two of them matched ("Hassan Qamishlo" is not حسن).
    func canLead(_ candidate: Candidate) -> Bool {
        guard let match = candidate.match, !match.unmatchedEnglish.isEmpty else { return true }
        // Particles and regnal numbers (Bartholomew I) need no Arabic word.
        let unmatched = match.unmatchedEnglish.filter {
            !NameMatcher.englishParticles.contains($0.lowercased()) && !Self.isRomanNumeral($0)
        }
        if unmatched.isEmpty { return true }
        let matchedWords = match.tokens.map { $0.english.split(separator: " ").count }.reduce(0, +)
        return matchedWords >= 2
    }

    /// Whether the first or last word of an Arabic window was left unmatched.
    func edgeUnmatched(_ match: NameMatch, first: String, last: String) -> Bool? {
        guard !match.unmatchedArabic.isEmpty else { return false }
        // An unmatched name at the edge is a name the other side omits
        // (دونالد ترامب ↔ Trump); an unmatched common word is not part of it.
        let lexicon = aligner.arabicFinder.lexicon
        let unmatched = Set(match.unmatchedArabic.map(Gazetteer.arabicKey))
        return [first, last].contains { word in
            guard unmatched.contains(Gazetteer.arabicKey(word)) else { return false }
            let form = ArabicLexicon.analysisForm(word)
            return !lexicon.isName(form) || lexicon.isStem(form)
        }
    }

    /// Picks pairs, strongest evidence first; each Arabic word serves one name.
    mutating func pair(_ all: [Candidate]) {
        var candidates = all
        // Strongest first: multi-token matches, readings of the whole name, of more
        // English words, then by probability; ties by group and position.
        candidates.sort {
            if $0.strong != $1.strong { return $0.strong }
            // A reading of the whole name before one of a part of it
            // ("Rafik Hariri International Airport": مطار رفيق الحريري الدولي, not رفيق الحريري).
            if $0.complete != $1.complete { return $0.complete }
            if $0.englishWords != $1.englishWords { return $0.englishWords > $1.englishWords }
            if $0.probability != $1.probability { return $0.probability > $1.probability }
            if $0.logLikelihoodRatio != $1.logLikelihoodRatio { return $0.logLikelihoodRatio > $1.logLikelihoodRatio }
            if $0.group != $1.group { return $0.group < $1.group }
            return ($0.span.first, $0.span.last) < ($1.span.first, $1.span.last)
        }
        var pairingOf: [Int: Int] = [:]
        var headKeys = Set<String>()
        for candidate in candidates where candidate.probability >= threshold(for: candidate) {
            let span = candidate.span
            guard (span.first...span.last).allSatisfy({ owner[$0] == nil }) else { continue }
            // Stray matches must not eat spans inside a name already paired.
            if let p = pairingOf[candidate.group] {
                if candidate.entry == nil || candidate.entry != pairings[p].entry {
                    let head = Set(pairings[p].spans[0].key.split(separator: " "))
                    guard Set(span.key.split(separator: " ")).isSubset(of: head) else { continue }
                    // Part of the name, alone: not when another name word stands
                    // next to it (أحمد in سوار أحمد is someone else).
                    let before = span.first - 1, after = span.last + 1
                    if before >= 0, ar.pieces[span.first].gap == .space, owner[before] == nil,
                       aligner.arabicFinder.isNameLike(ar.pieces[before]) { continue }
                    if after < ar.pieces.count, ar.pieces[after].gap == .space, owner[after] == nil,
                       aligner.arabicFinder.isNameLike(ar.pieces[after]) { continue }
                }
                pairings[p].spans.append(span)
            } else {
                guard !headKeys.contains(span.key), canLead(candidate) else { continue }
                // A name after بن is a father's, inside someone else's name (الحسين بن عبدالله).
                if span.first == span.last, span.first > 0, candidate.entry == nil,
                   Self.patronymics.contains(ar.pieces[span.first - 1].key) { continue }
                headKeys.insert(span.key)
                pairings.append(Pairing(english: candidate.group, spans: [span], score: candidate.probability,
                                        match: candidate.match, entry: candidate.entry, arabicType: nil,
                                        translation: candidate.translation))
                pairingOf[candidate.group] = pairings.count - 1
            }
            for k in span.first...span.last { owner[k] = candidate.group }
        }
        // A given name the English leaves out (President Trump ↔ دونالد ترامب):
        // a free name word right before a one-word pair joins it.
        let lexicon = aligner.arabicFinder.lexicon
        for p in pairings.indices where pairings[p].entry == nil && pairings[p].translation == nil {
            let head = pairings[p].spans[0]
            guard head.first == head.last, head.prefixBytes == 0, head.first > 0,
                  groups[pairings[p].english].mentions.allSatisfy({ $0.first == $0.last }) else { continue }
            let before = head.first - 1
            let piece = ar.pieces[before]
            guard owner[before] == nil, ar.pieces[head.first].gap == .space, !piece.isNumber,
                  !ArabicMentionFinder.personCues.contains(piece.key),
                  lexicon.isName(ArabicLexicon.analysisForm(String(piece.text))), aligner.arabicFinder.isNameLike(piece) else { continue }
            pairings[p].spans[0] = ArabicSpan(first: before, last: head.last, prefixBytes: 0, key: piece.key + " " + head.key)
            owner[before] = pairings[p].english
        }
        // A patronymic the English leaves out (Crown Prince Hussein ↔ الحسين بن عبدالله).
        for p in pairings.indices where pairings[p].entry == nil && pairings[p].translation == nil {
            let head = pairings[p].spans[0]
            guard head.first == head.last, groups[pairings[p].english].mentions.allSatisfy({ $0.first == $0.last }) else { continue }
            let link = head.last + 1, name = head.last + 2
            guard name < ar.pieces.count, owner[link] == nil, owner[name] == nil, Self.patronymics.contains(ar.pieces[link].key),
                  ar.pieces[link].gap == .space, ar.pieces[name].gap == .space, !ar.pieces[name].isNumber,
                  // After بن comes a name, whatever the word lists say of it (عبدالله).
                  ArabicMentionFinder.isArabicLetters(ar.pieces[name].key),
                  !Self.prepositions.contains(ar.pieces[name].key) else { continue }
            pairings[p].spans[0] = ArabicSpan(first: head.first, last: name, prefixBytes: head.prefixBytes,
                                              key: head.key + " " + ar.pieces[link].key + " " + ar.pieces[name].key)
            owner[link] = pairings[p].english
            owner[name] = pairings[p].english
        }
    }

    /// Verbs of saying before a speaker's name: قال بالي, وأضاف بالي.
    static let speechVerbs: Set<String> = Set(["قال", "أضاف", "أكد", "أوضح", "تابع", "أشار"].map(Gazetteer.arabicKey))

    /// A surname alone, later in the Arabic, joins its person's pair (واضاف
    /// بالي after مصطفى بالي) when a verb of saying stands before it, or the
    /// English also uses the surname alone and no title stands before it
    /// (الرئيس بارزاني beside Masrour Barzani is Masoud): as a common word
    /// (بالي is also "worn") it would otherwise need a far stronger match.
    mutating func joinLaterSurnames() {
        for p in pairings.indices where pairings[p].entry == nil && pairings[p].translation == nil {
            let head = pairings[p].spans[0]
            guard head.last > head.first else { continue }
            let surname = ar.pieces[head.last].key
            let group = groups[pairings[p].english]
            let lastEnglish = group.mentions.map { en.pieces[$0.last].key }
            let englishAlone = group.mentions.contains { $0.first == $0.last } && Set(lastEnglish).count == 1
            for k in ar.pieces.indices where owner[k] == nil && k > head.last {
                guard let variant = variants[k].first(where: { $0.key == surname }) else { continue }
                let previous = k > 0 && ar.pieces[k].gap == .space ? ar.pieces[k - 1].key : ""
                let cue = ArabicMentionFinder.withConjunction(previous).contains(where: Self.speechVerbs.contains)
                // After a title (الرئيس بارزاني) it may be a relative who holds
                // another office: the title says who, not the surname.
                if !cue, ArabicMentionFinder.cueType(previous) == .person { continue }
                guard cue || englishAlone else { continue }
                // Not when another name word stands next to it (أحمد in سوار أحمد is someone else).
                let before = k - 1, after = k + 1
                if !cue, before >= 0, ar.pieces[k].gap == .space, owner[before] == nil,
                   aligner.arabicFinder.isNameLike(ar.pieces[before]) { continue }
                if after < ar.pieces.count, ar.pieces[after].gap == .space, owner[after] == nil,
                   aligner.arabicFinder.isNameLike(ar.pieces[after]) { continue }
                let prefix = aligner.arabicFinder.prefixBytes(ar.pieces[k].text, letters: variant.prefixLetters)
                pairings[p].spans.append(ArabicSpan(first: k, last: k, prefixBytes: prefix, key: surname))
                owner[k] = pairings[p].english
            }
        }
    }

    /// A single common Arabic word must match far better to count as a name.
    /// So must a name the gazetteer lists (its translation was not found).
    func threshold(for candidate: Candidate) -> Double {
        let base = aligner.options.threshold
        guard candidate.entry == nil else { return base }
        if candidate.translation != nil { return base }
        if groups[candidate.group].entry != nil { return max(base, 0.9) }
        // في، من، عن are never a name's letters (Paul VI is not الأول في). (Not على:
        // folded, it is the name علي.)
        if (candidate.span.first...candidate.span.last).contains(where: { Self.prepositions.contains(ar.pieces[$0].key) }) {
            return .infinity
        }
        // Common words only (الأول في، زيادة سعة): not a name unless the match is strong.
        if candidate.span.first < candidate.span.last {
            let lexicon = aligner.arabicFinder.lexicon
            let anyName = (candidate.span.first...candidate.span.last).contains { k in
                aligner.arabicFinder.isNameLike(ar.pieces[k]) || lexicon.isName(ArabicLexicon.analysisForm(String(ar.pieces[k].text)))
            }
            return anyName ? base : max(base, 0.9)
        }
        let form = ArabicLexicon.analysisForm(String(ar.pieces[candidate.span.first].text))
        let lexicon = aligner.arabicFinder.lexicon
        let readings = [form] + aligner.arabicFinder.variants(form).dropFirst().map(\.key)
        // A word this frequent in news prose is the word (بأول is "with the first"), even if it is also a name.
        let frequency = aligner.resources.arabicFrequency
        if readings.contains(where: { (lexicon.isStem($0) || lexicon.isInflected($0)) && frequency.count($0) >= 50 }) {
            return max(base, 0.9)
        }
        if lexicon.isName(form) { return base }
        if readings.contains(where: { lexicon.isStem($0) || lexicon.isInflected($0) }) { return max(base, 0.9) }
        return base
    }

    // MARK: Arabic names without a partner

    mutating func collectArabicUnmatched(_ listed: [RawMention]) {
        var byEntry: [Int: Int] = [:]
        for m in listed where (m.first...m.last).allSatisfy({ owner[$0] == nil }) {
            let span = ArabicSpan(first: m.first, last: m.last, prefixBytes: m.prefixBytes, key: m.key)
            if let e = m.entry, let existing = byEntry[e] {
                arabicUnmatched[existing].spans.append(span)
            } else {
                arabicUnmatched.append(([span], m.type))
                if let e = m.entry { byEntry[e] = arabicUnmatched.count - 1 }
            }
            for k in m.first...m.last { owner[k] = -1 }
        }
        let taken = owner.map { $0 != nil }
        var byKey: [String: Int] = [:]
        for m in aligner.arabicFinder.cueMentions(in: ar, taken: taken) {
            let span = ArabicSpan(first: m.first, last: m.last, prefixBytes: 0, key: m.key)
            if let existing = byKey[m.key] {
                arabicUnmatched[existing].spans.append(span)
            } else {
                arabicUnmatched.append(([span], m.type))
                byKey[m.key] = arabicUnmatched.count - 1
            }
        }
    }

    // MARK: Result

    func englishGroup(_ group: EnglishGroup) -> MentionGroup {
        let mentions = group.mentions.map { m -> Mention in
            let range = en.span(m.first, m.last)
            return Mention(text: en.slice(range), normalized: m.key, utf8Range: range)
        }
        let fullest = group.mentions.max { ($0.last - $0.first, $1.first) < ($1.last - $1.first, $0.first) }!
        let range = en.span(fullest.first, fullest.last)
        return MentionGroup(text: en.slice(range), normalized: fullest.key, type: group.type, mentions: mentions,
                            firstSentence: en.sentenceText(containing: mentions[0].utf8Range.lowerBound))
    }

    func arabicGroup(_ spans: [ArabicSpan], type: EntityType?) -> MentionGroup {
        let mentions = spans.sorted { $0.first < $1.first }.map { span -> Mention in
            let whole = ar.span(span.first, span.last)
            let range = (whole.lowerBound + span.prefixBytes)..<whole.upperBound
            // The name without its clitics: للأمم المتحدة is الامم المتحده.
            return Mention(text: ar.slice(range), normalized: span.key.isEmpty ? Gazetteer.arabicKey(ar.slice(range)) : span.key,
                           utf8Range: range)
        }
        let fullest = mentions.enumerated().max {
            ($0.element.utf8Range.count, -$0.offset) < ($1.element.utf8Range.count, -$1.offset)
        }!.element
        return MentionGroup(text: fullest.text, normalized: fullest.normalized, type: type, mentions: mentions,
                            firstSentence: ar.sentenceText(containing: mentions[0].utf8Range.lowerBound))
    }

    /// The type an Arabic cue word before a span implies.
    func arabicCueType(_ spans: [ArabicSpan]) -> EntityType? {
        for span in spans where span.first > 0 {
            if let type = ArabicMentionFinder.cueType(ar.pieces[span.first - 1].key) { return type }
        }
        return nil
    }

    /// Why a pair scores what it does, for people.
    func reason(_ method: PairEvidence.Method, score: Double, entry: Gazetteer.Entry?, match: NameMatch?,
                words: [WordLink]) -> String {
        let percent = AlignmentReport.percent
        switch method {
        case .gazetteer:
            let english = entry?.english.first ?? "", arabic = entry?.arabic.first ?? ""
            return "Both are names of one gazetteer entry (\(english) = \(arabic)): 100%."
        case .translation:
            let links = words.map { "\($0.english) = \($0.arabic) (\($0.source))" }.joined(separator: ", ")
            let weakest = words.min { $0.confidence < $1.confidence }
            var text = "Translated word by word: \(links); \(percent(score)) from the links' confidence"
            if let weakest, weakest.confidence < 1 {
                text += " (the weakest: \(weakest.english) = \(weakest.arabic), \(percent(weakest.confidence)))"
            }
            return text + "."
        case .transliteration:
            guard let match else { return "Spelling match: \(percent(score))." }
            let ratio = NameMatch.format(match.logLikelihoodRatio)
            var text = "The letters match (evidence \(ratio), the name model's log-likelihood ratio against chance"
            text += match.tokens.count > 1 ? ", over \(match.tokens.count) word pairs)" : ")"
            let omitted = match.unmatchedArabic + match.unmatchedEnglish
            if !omitted.isEmpty { text += "; unmatched: " + omitted.joined(separator: " ") }
            text += ": \(percent(score))"
            // The evidence that would give 95% with the same unmatched words.
            let calibration = aligner.matcher.calibration
            if score < 0.95, score > 0, calibration.perToken > 0, match.logLikelihoodRatio.isFinite {
                let logit = { (p: Double) in log(p / (1 - p)) }
                let needed = match.logLikelihoodRatio + (logit(0.95) - logit(score)) / calibration.perToken
                text += "; 95% takes about \(NameMatch.format(needed))"
            }
            return text + "."
        }
    }

    func result(romanizing: Bool) -> ReportAlignment {
        var pairs: [AlignedPair] = []
        for pairing in pairings {
            let group = groups[pairing.english]
            let entry = pairing.entry.map { gazetteer.entries[$0] }
            let type = entry?.type ?? group.type ?? arabicCueType(pairing.spans)
                ?? (pairing.match != nil && group.mentions.contains { $0.last > $0.first } ? .person : nil)
            let english = englishGroup(EnglishGroup(mentions: group.mentions, entry: group.entry, type: type))
            let arabic = arabicGroup(pairing.spans, type: type)
            let method: PairEvidence.Method = entry != nil ? .gazetteer : (pairing.translation != nil ? .translation : .transliteration)
            let romanization = romanizing && method == .transliteration ? aligner.romanization(of: arabic, as: english) : ""
            let evidence = PairEvidence(method: method, romanization: romanization,
                                        reason: reason(method, score: pairing.score, entry: entry, match: pairing.match,
                                                       words: pairing.translation ?? []),
                                        match: pairing.match, entry: entry, words: pairing.translation ?? [])
            pairs.append(AlignedPair(english: english, arabic: arabic, score: pairing.score, type: type, evidence: evidence))
        }
        pairs.sort { $0.english.firstOffset < $1.english.firstOffset }
        let paired = Set(pairings.map(\.english))
        let unmatchedEnglish = groups.indices.filter { !paired.contains($0) }.map { englishGroup(groups[$0]) }
        let unmatchedArabic = arabicUnmatched.map { arabicGroup($0.spans, type: $0.type ?? arabicCueType($0.spans)) }
            .sorted { $0.firstOffset < $1.firstOffset }
        return ReportAlignment(pairs: pairs, unmatchedEnglish: unmatchedEnglish, unmatchedArabic: unmatchedArabic,
                               threshold: aligner.options.threshold)
    }
}
