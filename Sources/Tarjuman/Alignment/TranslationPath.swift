/// One word (or phrase) of a translated name and the Arabic it was paired
/// with: the evidence of a ``PairEvidence/Method/translation`` pair.
public struct WordLink: Sendable, Hashable, Codable {
    /// The English word or phrase (lower case).
    public let english: String
    /// The Arabic word or words, normalized.
    public let arabic: String
    /// Where the link comes from: `freedict`, `cldr`, `iso-codes`, `curated`,
    /// `gazetteer`, `nisba` (العراقي from العراق, Iraq), or `transliteration`.
    public let source: String
    /// How far the link alone is trusted, in [0, 1].
    public let confidence: Double
}

/// The translation path: English names of several words whose Arabic is a
/// translation, word by word and in Arabic order (Central Bank of Iraq /
/// البنك المركزي العراقي, Ministry of Health / وزارة الصحة), with
/// transliterated parts allowed (Patriarch Bechara al-Rai / البطريرك بشارة الراعي).
extension AlignmentState {
    /// English words that join the words of a name and need no Arabic.
    static let translationGlue: Set<String> = ["of", "the", "for", "and", "a", "an", "on", "in", "to", "at", "al", "el", "de"]
    /// Designators an Arabic report may leave out of a place's name (في جابر الأحمد الدولي).
    static let droppableDesignators: Set<String> = ["stadium", "arena", "airport", "hall", "square"]
    /// English words that name one body when capitalized alone.
    static let singleWordBodies: Set<String> = ["presidency", "parliament", "congress", "senate", "cabinet", "knesset"]
    /// Arabic words that may stand inside a translated name without an English word.
    static let arabicGlue: Set<String> = Set(["في", "من", "على", "لدى", "و", "ل", "عن", "الى", "إلى"].map(Gazetteer.arabicKey))

    /// A candidate link: pieces `first...last` of the Arabic text translate the English words `words`.
    struct Atom {
        var first: Int
        var last: Int
        var words: Set<Int>
        var link: WordLink
        /// The first piece's reading (clitics off) and how many clitic letters it skips.
        var reading: ArabicMentionFinder.Variant
    }

    /// How far a translation from these sources is trusted.
    static func confidence(_ sources: WordTranslations.Sources) -> Double {
        if !sources.isDisjoint(with: [.curated, .cldr, .isoCodes]) { return 0.98 }
        if sources.isSuperset(of: [.freeDictEnglishArabic, .freeDictArabicEnglish]) { return 0.95 }
        return 0.9
    }

    /// Candidates from the translation path, for every English name of two
    /// or more content words that no gazetteer entry covers.
    func translationCandidates() -> [Candidate] {
        let translations = aligner.resources.translations
        guard translations.count > 0, !ar.pieces.isEmpty else { return [] }
        // Per Arabic piece, its readings (clitics off), each with its folded base (article, gender and number off).
        let bases: [[(canonical: String, reading: ArabicMentionFinder.Variant)]] = ar.pieces.indices.map { k in
            guard !ar.pieces[k].isNumber else { return [] }
            var seen = Set<String>()
            return variants[k].compactMap { v in
                let base = Self.canonical(WordTranslations.withoutArticle(v.key))
                return seen.insert(base).inserted ? (base, v) : nil
            }
        }
        var candidates: [Candidate] = []
        // Listed names too: the report may spell the Arabic otherwise than the
        // gazetteer (المجلس الوطني الكوردي for its الكردي).
        for g in groups.indices where groups[g].entry == nil || gazetteer.entries[groups[g].entry!].type == .organization {
            var tried = Set<[String]>()
            for form in englishForms(groups[g]) {
                let words = Gazetteer.englishPieces(form)
                let content = words.filter { !Self.translationGlue.contains($0) }
                // One word only when it names one body: "the Presidency", "Parliament".
                let single = content.count == 1 && Self.singleWordBodies.contains(content[0])
                    && groups[g].mentions.allSatisfy { $0.first == $0.last && isCapitalized(en.pieces[$0.first].text) }
                guard content.count >= 2 || single, content.count <= 8, tried.insert(content).inserted else { continue }
                let atoms = translationAtoms(content, bases: bases, translations: translations)
                guard !atoms.isEmpty else { continue }
                // An organizer's acronym before the name, which Arabic often leaves out (FIFA Arab Cup ↔ كأس العرب).
                let leadingAcronym = Gazetteer.pieces(form).first.map { isAllCaps($0) && $0.count <= 5 } ?? false
                candidates += translationWindows(group: g, content: content, atoms: atoms, leadingAcronym: leadingAcronym)
            }
        }
        return candidates
    }

    /// Every Arabic piece (or run of pieces) that translates one or more of the English words.
    func translationAtoms(_ content: [String], bases: [[(canonical: String, reading: ArabicMentionFinder.Variant)]],
                          translations: WordTranslations) -> [Atom] {
        // Arabic targets per English word or phrase: (first word, last word) → forms.
        var targets: [(words: ClosedRange<Int>, arabic: [String], link: (String, Double))] = []
        for i in content.indices {
            for j in i..<min(content.count, i + max(1, translations.longestPhrase)) {
                let phrase = content[i...j].joined(separator: " ")
                for t in translations.translations(ofKey: phrase) {
                    let names = t.sources.names
                    targets.append((i...j, t.arabic.split(separator: " ").map(String.init),
                                    (names.joined(separator: "+"), Self.confidence(t.sources))))
                }
                if let hit = gazetteer.englishKeys[phrase] {
                    let entry = gazetteer.entries[hit.entry]
                    for form in entry.arabic {
                        let arabic = WordTranslations.arabicKey(form).split(separator: " ").map(String.init)
                        targets.append((i...j, arabic, ("gazetteer", 0.98)))
                        // The nisba adjective: العراق → العراقي / العراقية (Iraq, of Iraq, Iraqi).
                        if entry.type == .location, arabic.count == 1 {
                            for nisba in Self.nisbaForms(arabic[0]) { targets.append((i...j, [nisba], ("nisba", 0.92))) }
                        }
                    }
                }
            }
        }
        // Adjectives and nouns take the nisba (هندسة → الهندسية, أفريقي ↔ أفريقيا).
        for target in targets where target.arabic.count == 1 && target.link.0 != "nisba" {
            for form in Self.nisbaForms(target.arabic[0]) + Self.nisbaPlaces(target.arabic[0]) {
                targets.append((target.words, [form], ("nisba", min(target.link.1, 0.9))))
            }
        }
        // One target per words and Arabic, the most trusted; found by its first word, folded.
        var unique: [String: Int] = [:]
        var kept: [(words: ClosedRange<Int>, arabic: [String], link: (String, Double))] = []
        for target in targets {
            let key = "\(target.words.lowerBound):\(target.words.upperBound):" + target.arabic.joined(separator: " ")
            if let i = unique[key] {
                if target.link.1 > kept[i].link.1 { kept[i] = target }
            } else {
                unique[key] = kept.count
                kept.append(target)
            }
        }
        var byFirstWord: [String: [Int]] = [:]
        for (i, target) in kept.enumerated() { byFirstWord[Self.canonical(target.arabic[0]), default: []].append(i) }
        var atoms: [Atom] = []
        for k in ar.pieces.indices where owner[k] == nil {
            for (base, reading) in bases[k] {
                for target in (byFirstWord[base] ?? []).map({ kept[$0] }) {
                    let last = k + target.arabic.count - 1
                    guard last < ar.pieces.count else { continue }
                    let rest = (k + 1)...max(k + 1, last)
                    if target.arabic.count > 1 {
                        guard rest.allSatisfy({ owner[$0] == nil && ar.pieces[$0].gap == .space }),
                              zip(rest, target.arabic.dropFirst()).allSatisfy({
                                  Self.canonical(WordTranslations.withoutArticle(ar.pieces[$0.0].key)) == Self.canonical($0.1)
                              })
                        else { continue }
                    }
                    let english = content[target.words].joined(separator: " ")
                    atoms.append(Atom(first: k, last: last, words: Set(target.words),
                                      link: WordLink(english: english, arabic: target.arabic.joined(separator: " "),
                                                     source: target.link.0, confidence: target.link.1),
                                      reading: reading))
                }
            }
        }
        return atoms
    }

    /// The nisba adjectives of a word: عراق → عراقي, عراقيه; سوريا → سوري; هندسه → هندسي.
    static func nisbaForms(_ word: String) -> [String] {
        var stem = word
        guard stem.unicodeScalars.count >= 3, !stem.hasSuffix("ي"), !stem.hasSuffix("يه") else { return [] }
        if stem.hasSuffix("ا") || stem.hasSuffix("ه"), stem.unicodeScalars.count > 3 { stem = String(stem.unicodeScalars.dropLast()) }
        return [stem + "ي", stem + "يه"]
    }

    /// The places a nisba names: افريقي → افريق, افريقيا.
    static func nisbaPlaces(_ word: String) -> [String] {
        guard word.hasSuffix("ي"), word.unicodeScalars.count >= 5 else { return [] }
        let stem = String(word.unicodeScalars.dropLast())
        return [stem, stem + "ا"]
    }

    /// Gender and number folded for comparison: الهندسية and هندسي, حكومة and
    /// حكومات meet (the feminine ending ه and the plural ات are cut).
    static func canonical(_ word: String) -> String {
        var w = word
        if w.hasSuffix("ات"), w.unicodeScalars.count > 4 { w = String(w.unicodeScalars.dropLast(2)) }
        else if w.hasSuffix("ه"), w.unicodeScalars.count > 3 { w = String(w.unicodeScalars.dropLast()) }
        return w
    }

    /// Arabic titles and ordinals that may stand inside a translated name
    /// without an English word (مطار الملك سلمان الدولي ↔ King Salman
    /// International Airport, where "King" is the mention's cue).
    func innerGlue(_ key: String) -> Bool {
        let base = WordTranslations.withoutArticle(key)
        return ArabicMentionFinder.personCues.contains(key) || Self.ordinals.contains(Self.canonical(base))
    }

    /// Arabic ordinals (الاول، الثانيه …), canonical.
    static let ordinals: Set<String> = Set(["اول", "اولي", "ثاني", "ثالث", "رابع", "خامس", "سادس", "سابع", "ثامن", "تاسع", "عاشر"]
        .flatMap { [$0, $0 + "ه"] }.map(canonical))

    /// Contiguous Arabic windows that cover every English word: by
    /// translations, by transliterations of the words no translation covers,
    /// with glue words (في، من) inside; the likeliest window per start.
    func translationWindows(group g: Int, content: [String], atoms: [Atom], leadingAcronym: Bool = false) -> [Candidate] {
        var byStart: [Int: [Atom]] = [:]
        for atom in atoms { byStart[atom.first, default: []].append(atom) }
        let all = Set(content.indices)
        let longest = 2 * content.count + 1
        var candidates: [Candidate] = []
        // A window starts at a translated word, or up to a name's length before one
        // (جابر الأحمد الدولي: the first two words are transliterated).
        // A word's transliteration score, as written or without an article the English
        // leaves out (الأحمد ↔ Ahmed), once per piece and word whatever the start.
        var scores: [Int: [String: Double]] = [:]
        func transliteration(_ k: Int, _ word: String) -> Double {
            if let known = scores[k]?[word] { return known }
            let key = ar.pieces[k].key
            let score = [key, WordTranslations.withoutArticle(key)]
                .map { aligner.matcher.similarity(arabic: $0, english: word).probability }.max() ?? 0
            scores[k, default: [:]][word] = score
            return score
        }
        var starts = Set<Int>()
        for a in byStart.keys { for s in max(0, a - content.count)...a { starts.insert(s) } }
        for start in starts.sorted() {
            // Depth-first over the ways to read the window from `start`.
            var best: (probability: Double, last: Int, links: [WordLink], reading: ArabicMentionFinder.Variant?)? = nil
            func extend(_ k: Int, covered: Set<Int>, probability: Double, links: [WordLink],
                        reading: ArabicMentionFinder.Variant?, glue: Int) {
                // At least one word translated: a name read by transliteration alone is the other path's.
                // ... and not by nisba adjectives alone (السعودي is Saudi, not Saudi Arabia).
                let translated = links.contains { $0.source != "transliteration" && $0.source != "nisba" }
                // Complete, or complete but for a final designator the Arabic leaves out
                // (Jaber Al Ahmed International Stadium ↔ جابر الأحمد الدولي).
                let designatorLeftOut = content.count >= 3 && covered.count == content.count - 1 && (
                    !covered.contains(content.count - 1) && Self.droppableDesignators.contains(content[content.count - 1])
                        || !covered.contains(0) && leadingAcronym)
                if translated, covered == all || designatorLeftOut {
                    let p = covered == all ? probability : probability * 0.8
                    // The likeliest reading; on a tie, the longer one (رئاسة الجمهورية, not رئاسة).
                    if best.map({ p > $0.probability || p == $0.probability && k - 1 > $0.last }) ?? true { best = (p, k - 1, links, reading) }
                    if covered == all { return }
                }
                guard k < ar.pieces.count, k - start < longest, owner[k] == nil, k == start || ar.pieces[k].gap == .space else { return }
                var advanced = false
                for atom in byStart[k] ?? [] where atom.words.isDisjoint(with: covered) {
                    advanced = true
                    extend(atom.last + 1, covered: covered.union(atom.words), probability: probability * atom.link.confidence,
                           links: links + [atom.link], reading: k == start ? atom.reading : reading, glue: glue)
                }
                guard !advanced else { return }
                // A transliterated word of the name (بشارة in البطريرك بشارة الراعي).
                let piece = ar.pieces[k]
                if !piece.isNumber, !Self.arabicGlue.contains(piece.key) {
                    for i in content.indices where !covered.contains(i) && content[i].count >= 3 {
                        let match = transliteration(k, content[i])
                        guard match >= 0.5 else { continue }
                        extend(k + 1, covered: covered.union([i]), probability: probability * match,
                               links: links + [WordLink(english: content[i], arabic: piece.key, source: "transliteration",
                                                        confidence: (match * 1000).rounded() / 1000)],
                               reading: reading, glue: glue)
                    }
                }
                // A glue word inside the name (في، من), a title or an ordinal.
                if k > start, glue < 2, Self.arabicGlue.contains(piece.key) || innerGlue(piece.key) {
                    extend(k + 1, covered: covered, probability: probability * 0.95, links: links, reading: reading, glue: glue + 1)
                }
            }
            extend(start, covered: [], probability: 1, links: [], reading: nil, glue: 0)
            guard var found = best, found.probability >= 0.5 else { continue }
            // Adjectives of places that follow belong to the name: اللجنة المشتركة المغربية السعودية.
            while found.last + 1 < ar.pieces.count, owner[found.last + 1] == nil, ar.pieces[found.last + 1].gap == .space,
                  isPlaceAdjective(ar.pieces[found.last + 1].key) {
                found.last += 1
            }
            // Keyed by its reading without clitics (للأمم read الامم), as gazetteer spans are.
            let rest = found.last > start ? ar.pieces[(start + 1)...found.last].map(\.key) : []
            let key = ([found.reading?.key ?? ar.pieces[start].key] + rest).joined(separator: " ")
            let span = ArabicSpan(first: start, last: found.last,
                                  prefixBytes: aligner.arabicFinder.prefixBytes(ar.pieces[start].text,
                                                                                letters: found.reading?.prefixLetters ?? 0),
                                  key: key)
            // One translated word is weaker evidence than a name's worth of them.
            let p = min(found.probability * (content.count == 1 ? 0.85 : 1), 0.999)
            candidates.append(Candidate(group: g, span: span, probability: p, match: nil, entry: nil, strong: content.count >= 2, complete: true,
                                        englishWords: content.count,
                                        logLikelihoodRatio: log(p / (1 - p)), translation: found.links))
        }
        return candidates
    }

    /// Whether a word is the nisba adjective of a listed place (المغربية, السعودية).
    func isPlaceAdjective(_ key: String) -> Bool {
        let base = WordTranslations.withoutArticle(key)
        guard base.hasSuffix("ي") || base.hasSuffix("يه") else { return false }
        let stem = String(base.unicodeScalars.dropLast(base.hasSuffix("يه") ? 2 : 1))
        return [stem, stem + "ا", "ال" + stem, "ال" + stem + "ا", "ال" + base].contains { form in
            gazetteer.arabicKeys[form].map { gazetteer.entries[$0].type == .location } ?? false
        }
    }


}
