import Dispatch
import TarjumanICU

/// Finds which English report covers the same story as which Arabic report,
/// and says no when none does.
///
/// 1. Retrieval, without aligning every pair: each report is reduced to its
///    names (gazetteer entities, transliterated name words) and numbers,
///    Arabic name words are matched to English ones once through a name
///    index, and each report keeps the three counterparts that share the most
///    rarity-weighted features.
/// 2. Verification: those pairs are aligned. Their coverage is how much of
///    each report's names the other names (English names weighted by how rare
///    they are among the English reports, the names of each lead counted
///    double, each pair by its score), halved when the two name different weekdays.
/// 3. Assignment: one to one, best coverage first, with a calibrated
///    confidence (0.5 at coverage 0.25); pairs below ``minimumConfidence``
///    are not proposed. A report that loses its best counterpart to a close
///    rival is a look-alike (the same people at another meeting) and stays
///    unpaired.
public struct CrossReferencer: Sendable {
    /// A pairing of two reports, by their positions.
    package struct Match: Sendable {
        /// Index of the English report.
        package let english: Int
        /// Index of the Arabic report.
        package let arabic: Int
        /// Confidence in [0, 1].
        package let score: Double
        /// Shared-feature weight behind the score.
        package let evidence: Double
        /// The two reports' alignment, made while checking the pair.
        package let alignment: ReportAlignment
    }

    /// A report reduced to what can be compared across languages.
    struct Profile: Sendable {
        var entities = Set<Int>()
        var names = Set<String>()
        var numbers = Set<String>()
        /// Normalized keys of the English names (for how rare a name is).
        var groupKeys = Set<String>()
    }

    /// Lowest shared weight for a report pair to be aligned and checked.
    public var minimumEvidence: Double
    /// Lowest confidence for a report pair to be proposed (0.5: as likely as not).
    public var minimumConfidence: Double = CrossReferencer.defaultMinimumConfidence
    /// The default ``minimumEvidence``: 2.
    public static let defaultMinimumEvidence = 2.0
    /// The default ``minimumConfidence``: 0.5.
    public static let defaultMinimumConfidence = 0.5
    /// How many counterparts per report are aligned and checked.
    static let shortlistSize = 3
    let aligner: ReportAligner

    /// A cross-referencer using `aligner`'s resources (gazetteer, name model).
    public init(aligner: ReportAligner, minimumEvidence: Double = CrossReferencer.defaultMinimumEvidence) {
        self.aligner = aligner
        self.minimumEvidence = minimumEvidence
    }

    /// A cross-referencer with its own aligner over `resources`.
    ///
    /// - Throws: `ICUError` (from TarjumanICU) if ICU's break iterators cannot be opened.
    public init(resources: LanguageResources = .builtIn, minimumEvidence: Double = CrossReferencer.defaultMinimumEvidence) throws(ICUError) {
        self.init(aligner: try ReportAligner(resources: resources), minimumEvidence: minimumEvidence)
    }

    func englishProfile(_ text: String) -> Profile {
        let doc = Document(text: text, tokenizer: aligner.englishTokenizer, sentenceSegmenter: aligner.sentences, arabic: false)
        var profile = Profile()
        for mention in aligner.englishFinder.mentions(in: doc) {
            profile.groupKeys.insert(mention.key)
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
    /// - Parameters:
    ///   - progress: Called as work is done, with a stage's name, its items
    ///     done and its items in all (see ``crossReference(english:arabic:progress:)``).
    ///   - romanizing: Whether the pairs' alignments get their
    ///     romanizations (display only: a third of the time at scale).
    package func match(english: [String], arabic: [String], romanizing: Bool = true,
                      progress: @Sendable (String, Int, Int) -> Void = { _, _, _ in }) -> [Match] {
        let englishProfiles = concurrentMap(english, stage: "reading English reports", progress: progress) { englishProfile($0) }
        let arabicProfiles = concurrentMap(arabic, stage: "reading Arabic reports", progress: progress) { arabicProfile($0) }

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
        let translations = concurrentMap(arabicNames, stage: "matching names", progress: progress) { name in
            index.top(2, for: name).filter { $0.match.probability >= 0.8 }.map(\.name)
        }
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
        // Stage 1 retrieves; stage 2 aligns the likeliest pairs and keeps
        // those whose names cover each other.
        var all: [(english: Int, arabic: Int, evidence: Double)] = []
        for (a, list) in scored.enumerated() {
            for (e, s) in list where s >= minimumEvidence { all.append((e, a, s)) }
        }
        all.sort { $0.evidence != $1.evidence ? $0.evidence > $1.evidence : ($0.english, $0.arabic) < ($1.english, $1.arabic) }
        var perEnglish: [Int: Int] = [:], perArabic: [Int: Int] = [:]
        var shortlist: [(english: Int, arabic: Int, evidence: Double)] = []
        // Each report's best shared weight: candidates far below it (under a quarter) are not checked.
        var bestEnglish: [Int: Double] = [:], bestArabic: [Int: Double] = [:]
        for candidate in all {
            bestEnglish[candidate.english] = max(bestEnglish[candidate.english] ?? 0, candidate.evidence)
            bestArabic[candidate.arabic] = max(bestArabic[candidate.arabic] ?? 0, candidate.evidence)
        }
        for candidate in all {
            let byEnglish = perEnglish[candidate.english, default: 0], byArabic = perArabic[candidate.arabic, default: 0]
            guard byEnglish < Self.shortlistSize || byArabic < Self.shortlistSize,
                  4 * candidate.evidence >= bestEnglish[candidate.english]! || 4 * candidate.evidence >= bestArabic[candidate.arabic]!
            else { continue }
            perEnglish[candidate.english] = byEnglish + 1
            perArabic[candidate.arabic] = byArabic + 1
            shortlist.append(candidate)
        }
        // How many English reports name each name: a name every report has says little.
        var documentFrequency: [String: Int] = [:]
        for profile in englishProfiles { for key in profile.groupKeys { documentFrequency[key, default: 0] += 1 } }
        let frequency = documentFrequency
        let translationsTable = aligner.resources.translations
        let englishWordsAndDates = concurrentMap(english, stage: "listing English words", progress: progress) {
            (Vocabulary(english: $0, translations: translationsTable), DateMentions(english: $0))
        }
        let arabicWordsAndDates = concurrentMap(arabic, stage: "listing Arabic words", progress: progress) {
            (Vocabulary(arabic: $0, finder: aligner.arabicFinder), DateMentions(arabic: $0))
        }
        let englishWords = englishWordsAndDates.map(\.0), arabicWords = arabicWordsAndDates.map(\.0)
        var wordFrequency: [String: Int] = [:]
        for vocabulary in englishWords { for entry in vocabulary.english { wordFrequency[entry.word, default: 0] += 1 } }
        let wordCounts = wordFrequency
        let englishDates = englishWordsAndDates.map(\.1), arabicDates = arabicWordsAndDates.map(\.1)
        let verified = concurrentMap(shortlist, stage: "aligning pairs", progress: progress) { candidate -> (english: Int, arabic: Int, score: Double, evidence: Double, alignment: ReportAlignment) in
            // Romanizations only for the pairs kept (below).
            let alignment = aligner.align(english: english[candidate.english], arabic: arabic[candidate.arabic], romanizing: false)
            let cover = Self.coverage(alignment, reports: english.count, frequency: frequency,
                                      englishLength: english[candidate.english].utf8.count, arabicLength: arabic[candidate.arabic].utf8.count)
            let otherWeekday = englishDates[candidate.english].conflicts(with: arabicDates[candidate.arabic])
            let lexical = Vocabulary.overlap(englishWords[candidate.english], arabicWords[candidate.arabic],
                                             reports: english.count, frequency: wordCounts)
            let lead = Self.leadAgreement(alignment, reports: english.count, frequency: frequency,
                                          englishLength: english[candidate.english].utf8.count, arabicLength: arabic[candidate.arabic].utf8.count)
            // Both name people and share none: other people, another meeting.
            let englishPeople = (alignment.pairs.map(\.english) + alignment.unmatchedEnglish).contains { $0.type == .person }
            let arabicPeople = (alignment.pairs.map(\.arabic) + alignment.unmatchedArabic).contains { $0.type == .person }
            let otherPeople = englishPeople && arabicPeople && !alignment.pairs.contains { $0.type == .person }
            let score = Self.verification(coverage: cover, vocabulary: lexical, lead: lead,
                                          otherWeekday: otherWeekday, otherPeople: otherPeople)
            return (candidate.english, candidate.arabic, score, candidate.evidence, alignment)
        }
        let ranked = verified.sorted {
            $0.score != $1.score ? $0.score > $1.score : ($0.english, $0.arabic) < ($1.english, $1.arabic)
        }
        // Each report's two best-scored candidates, for the runner-up below.
        var topEnglish: [Int: [(other: Int, score: Double)]] = [:], topArabic: [Int: [(other: Int, score: Double)]] = [:]
        for candidate in ranked {
            if topEnglish[candidate.english, default: []].count < 2 { topEnglish[candidate.english, default: []].append((candidate.arabic, candidate.score)) }
            if topArabic[candidate.arabic, default: []].count < 2 { topArabic[candidate.arabic, default: []].append((candidate.english, candidate.score)) }
        }
        // One to one, best score first. A report that loses its best
        // counterpart to a close rival (three quarters of the winner's
        // score or more) is a look-alike of the winner, the same people at
        // another meeting, and stays unpaired rather than take its second best.
        var pairedEnglish: [Int: Double] = [:], pairedArabic: [Int: Double] = [:]
        var blockedEnglish = Set<Int>(), blockedArabic = Set<Int>()
        var matches: [Match] = []
        for candidate in ranked {
            if let winner = pairedEnglish[candidate.english] ?? pairedArabic[candidate.arabic] {
                if candidate.score >= 0.75 * winner {
                    if pairedEnglish[candidate.english] == nil { blockedEnglish.insert(candidate.english) }
                    if pairedArabic[candidate.arabic] == nil { blockedArabic.insert(candidate.arabic) }
                }
                continue
            }
            guard !blockedEnglish.contains(candidate.english), !blockedArabic.contains(candidate.arabic) else { continue }
            // The runner-up for either report: a clear best counterpart is evidence too.
            let rival = max(topEnglish[candidate.english]!.first { $0.other != candidate.arabic }?.score ?? 0,
                            topArabic[candidate.arabic]!.first { $0.other != candidate.english }?.score ?? 0)
            let confidence = Self.confidence(score: candidate.score, rival: rival)
            guard confidence >= minimumConfidence else { continue }
            pairedEnglish[candidate.english] = candidate.score
            pairedArabic[candidate.arabic] = candidate.score
            matches.append(Match(english: candidate.english, arabic: candidate.arabic,
                                 score: (confidence * 1000).rounded() / 1000, evidence: candidate.evidence,
                                 alignment: candidate.alignment))
        }
        // The kept alignments get their romanizations, on all cores.
        guard romanizing else { return matches.sorted { ($0.english, $0.arabic) < ($1.english, $1.arabic) } }
        let romanized = concurrentMap(matches, stage: "romanizing pairs", progress: progress) { match in
            Match(english: match.english, arabic: match.arabic, score: match.score, evidence: match.evidence,
                  alignment: aligner.romanized(match.alignment))
        }
        return romanized.sorted { ($0.english, $0.arabic) < ($1.english, $1.arabic) }
    }
}
