import Dispatch
import TarjumanICU

/// Finds which English report covers the same story as which Arabic report,
/// without aligning every pair: each report is reduced to its names (gazetteer
/// entities, transliterated name words) and numbers, Arabic name words are
/// matched to English ones once through a name index, and reports are
/// scored by the rarity-weighted features they share. Assignment is one to one,
/// strongest first; a report without a counterpart stays unpaired.
public struct CrossReferencer: Sendable {
    /// A pairing of two reports, by their positions.
    package struct Match: Sendable, Hashable {
        /// Index of the English report.
        package let english: Int
        /// Index of the Arabic report.
        package let arabic: Int
        /// Confidence in [0, 1].
        package let score: Double
        /// Shared-feature weight behind the score.
        package let evidence: Double
    }

    /// A report reduced to what can be compared across languages.
    struct Profile: Sendable {
        var entities = Set<Int>()
        var names = Set<String>()
        var numbers = Set<String>()
    }

    /// Lowest shared weight for a pairing.
    public var minimumEvidence: Double
    let aligner: ReportAligner

    /// A cross-referencer using `aligner`'s resources (gazetteer, name model).
    public init(aligner: ReportAligner, minimumEvidence: Double = 4) {
        self.aligner = aligner
        self.minimumEvidence = minimumEvidence
    }

    /// A cross-referencer with its own aligner over `resources`.
    ///
    /// - Throws: `ICUError` (from TarjumanICU) if ICU's break iterators cannot be opened.
    public init(resources: LanguageResources = .builtIn, minimumEvidence: Double = 4) throws(ICUError) {
        self.init(aligner: try ReportAligner(resources: resources), minimumEvidence: minimumEvidence)
    }

    func englishProfile(_ text: String) -> Profile {
        let doc = Document(text: text, tokenizer: aligner.englishTokenizer, sentenceSegmenter: aligner.sentences, arabic: false)
        var profile = Profile()
        for mention in aligner.englishFinder.mentions(in: doc) {
            if let entry = mention.entry { profile.entities.insert(entry); continue }
            for k in mention.first...mention.last where !doc.pieces[k].isNumber && doc.pieces[k].key.count >= 3
                && !EnglishMentionFinder.connectors.contains(doc.pieces[k].key) {
                profile.names.insert(doc.pieces[k].key)
            }
        }
        for piece in doc.pieces where piece.isNumber && piece.key.count >= 2 { profile.numbers.insert(piece.key) }
        return profile
    }

    func arabicProfile(_ text: String) -> Profile {
        let doc = Document(text: text, tokenizer: aligner.arabicTokenizer, sentenceSegmenter: aligner.sentences, arabic: true)
        let finder = aligner.arabicFinder
        let variants = doc.pieces.map { finder.variants($0.key) }
        var profile = Profile()
        var taken = [Bool](repeating: false, count: doc.pieces.count)
        for mention in finder.gazetteerMentions(in: doc, variants: variants) {
            if let entry = mention.entry { profile.entities.insert(entry) }
            for k in mention.first...mention.last { taken[k] = true }
        }
        for (k, piece) in doc.pieces.enumerated() where !taken[k] {
            if piece.isNumber {
                if piece.key.count >= 2 { profile.numbers.insert(piece.key) }
            } else if finder.isNameLike(piece) {
                profile.names.insert(variants[k].last?.key ?? piece.key)
            }
        }
        return profile
    }

    /// Pairs English and Arabic reports (texts), one to one.
    ///
    /// - Parameter progress: Called with a stage name, items done and items in all.
    package func match(english: [String], arabic: [String],
                      progress: @Sendable (String, Int, Int) -> Void = { _, _, _ in }) -> [Match] {
        let englishProfiles = concurrentMap(english) { englishProfile($0) }
        progress("English reports read", english.count, english.count)
        let arabicProfiles = concurrentMap(arabic) { arabicProfile($0) }
        progress("Arabic reports read", arabic.count, arabic.count)

        // English name words, and the reports that use them.
        var englishNamePostings: [String: [Int]] = [:]
        var entityPostings: [Int: [Int]] = [:]
        var numberPostings: [String: [Int]] = [:]
        for (e, profile) in englishProfiles.enumerated() {
            for name in profile.names { englishNamePostings[name, default: []].append(e) }
            for entity in profile.entities { entityPostings[entity, default: []].append(e) }
            for number in profile.numbers { numberPostings[number, default: []].append(e) }
        }
        let englishNames = englishNamePostings.keys.sorted()
        let index = NameIndex(names: englishNames, matcher: aligner.matcher, breadth: 30, spelling: nil)
        // Each distinct Arabic name word, matched once.
        let arabicNames = Array(Set(arabicProfiles.flatMap(\.names))).sorted()
        let translations = concurrentMap(arabicNames) { name in
            index.top(2, for: name).filter { $0.match.probability >= 0.8 }.map(\.name)
        }
        progress("names matched", arabicNames.count, arabicNames.count)
        var translations_: [String: [String]] = [:]
        for (name, found) in zip(arabicNames, translations) where !found.isEmpty { translations_[name] = found }
        let translationOf = translations_
        let (namePostings, entities, numbers) = (englishNamePostings, entityPostings, numberPostings)

        let n = Double(max(english.count, 1))
        let weight: @Sendable (Int) -> Double = { postings in log(1 + n / Double(postings)) }
        let scored = concurrentMap(Array(arabicProfiles.indices)) { a -> [(Int, Double)] in
            var scores: [Int: Double] = [:]
            let profile = arabicProfiles[a]
            // Sorted: the sums are floating point, and hash order would change
            // their last bits, and so which pair wins a tie, from run to run.
            for entity in profile.entities.sorted() {
                guard let list = entities[entity] else { continue }
                for e in list { scores[e, default: 0] += weight(list.count) }
            }
            for number in profile.numbers.sorted() {
                guard let list = numbers[number] else { continue }
                for e in list { scores[e, default: 0] += 0.5 * weight(list.count) }
            }
            for name in profile.names.sorted() {
                var seen = Set<Int>()
                for english in translationOf[name] ?? [] {
                    guard let list = namePostings[english] else { continue }
                    for e in list where seen.insert(e).inserted { scores[e, default: 0] += 1.5 * weight(list.count) }
                }
            }
            return scores.map { ($0.key, $0.value) }
        }
        var all: [(english: Int, arabic: Int, evidence: Double)] = []
        for (a, list) in scored.enumerated() {
            for (e, s) in list where s >= minimumEvidence { all.append((e, a, s)) }
        }
        all.sort { $0.evidence != $1.evidence ? $0.evidence > $1.evidence : ($0.english, $0.arabic) < ($1.english, $1.arabic) }
        var usedEnglish = Set<Int>(), usedArabic = Set<Int>()
        var matches: [Match] = []
        for candidate in all where !usedEnglish.contains(candidate.english) && !usedArabic.contains(candidate.arabic) {
            usedEnglish.insert(candidate.english)
            usedArabic.insert(candidate.arabic)
            // Confidence grows with the shared weight; the runner-up for either
            // report lowers it.
            let rival = all.first {
                ($0.english == candidate.english) != ($0.arabic == candidate.arabic)
            }?.evidence ?? 0
            let margin = candidate.evidence - rival
            let confidence = 1 / (1 + exp(-(0.25 * candidate.evidence + 0.5 * margin - 3)))
            matches.append(Match(english: candidate.english, arabic: candidate.arabic,
                                 score: (confidence * 1000).rounded() / 1000, evidence: candidate.evidence))
        }
        return matches.sorted { ($0.english, $0.arabic) < ($1.english, $1.arabic) }
    }
}
