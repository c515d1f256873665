/// The alignment of two reports as a stable, documented record: what
/// `tarjuman align --format json` writes (schema version ``AlignmentReport/currentVersion``).
///
/// Every JSON key is snake_case. Spans are UTF-8 byte ranges `[start, end)`
/// of the original files. Each side names the sentence of its first mention
/// by its number in ``englishSentences`` or ``arabicSentences``, so a
/// sentence that holds several names is written once.
///
/// Version 2 (this one): snake_case throughout (`english_names` and the other
/// ``Stats`` keys were camelCase), sentences by number, ``Evidence/reason``,
/// the romanization only for transliterated pairs, and each token pair's
/// Arabic as written beside its normalized form.
public struct AlignmentReport: Sendable, Codable {
    /// The schema version written by this library.
    public static let currentVersion = 2

    /// A UTF-8 byte range `[start, end)` of a file.
    public struct Span: Sendable, Codable, Hashable {
        /// First byte.
        public let start: Int
        /// One past the last byte.
        public let end: Int
    }

    /// One side of a pair, or an unmatched name.
    public struct Side: Sendable, Codable {
        /// The fullest form, as written.
        public let text: String
        /// Its normalized form.
        public let normalized: String
        /// Every mention: the form as written and its span.
        public let mentions: [MentionRecord]
        /// Spans of all mentions, in text order.
        public let spans: [Span]
        /// The sentence of the first mention: its index in
        /// ``AlignmentReport/englishSentences`` (English sides) or
        /// ``AlignmentReport/arabicSentences`` (Arabic sides).
        public let sentence: Int
        /// The type, when known: PER, LOC or ORG.
        public let type: EntityType?
    }

    /// One mention.
    public struct MentionRecord: Sendable, Codable {
        /// As written.
        public let text: String
        /// Where.
        public let span: Span
    }

    /// The evidence for a pair.
    public struct Evidence: Sendable, Codable {
        /// `gazetteer`, `translation` or `transliteration`.
        public let method: PairEvidence.Method
        /// Why the pair has its score, in a sentence (``PairEvidence/reason``).
        public let reason: String
        /// For transliterated pairs only: the Arabic name as the romanizer
        /// spells it without looking at the English (a machine guess shown for
        /// comparison, not the evidence); `nil` otherwise.
        public let romanization: String?
        /// Token pairs with their letters, for transliterations.
        public let alignment: [TokenAlignment]
        /// The letter alignment as text (with the English letters no Arabic
        /// letter wrote, the short vowels), the word links, or the entry.
        public let explanation: String
        /// The gazetteer entry's preferred forms (English, Arabic), for gazetteer pairs.
        public let gazetteer: [String]?
        /// The word links, for names paired by translation.
        public let words: [WordLink]?
    }

    /// One aligned token pair.
    public struct TokenAlignment: Sendable, Codable {
        /// The Arabic word(s) as written in the report.
        public let arabic: String
        /// The same word(s) normalized, as the letters below spell them.
        public let normalized: String
        /// English token(s).
        public let english: String
        /// Letter pairs: each Arabic letter with the English letters it became ("" for none).
        public let letters: [[String]]
        /// The pair's log-likelihood ratio.
        public let score: Double
    }

    /// A pair of groups naming one entity.
    public struct Pair: Sendable, Codable {
        /// The English side.
        public let english: Side
        /// The Arabic side.
        public let arabic: Side
        /// Confidence in [0, 1].
        public let score: Double
        /// PER, LOC or ORG, when known.
        public let type: EntityType?
        /// Why.
        public let evidence: Evidence
    }

    /// Counts.
    public struct Stats: Sendable, Codable {
        /// Pairs.
        public let pairs: Int
        /// English groups (entities) found.
        public let englishNames: Int
        /// Arabic groups found.
        public let arabicNames: Int
        /// English mentions (occurrences) found.
        public let englishMentions: Int
        /// Arabic mentions found.
        public let arabicMentions: Int
        /// The pairing threshold.
        public let threshold: Double

        enum CodingKeys: String, CodingKey {
            case pairs, threshold
            case englishNames = "english_names", arabicNames = "arabic_names"
            case englishMentions = "english_mentions", arabicMentions = "arabic_mentions"
        }
    }

    /// Schema version.
    public let version: Int
    /// The English file as given.
    public let englishFile: String
    /// The Arabic file as given.
    public let arabicFile: String
    /// Pairs, by first appearance in the English text.
    public let pairs: [Pair]
    /// English names with no Arabic counterpart.
    public let unmatchedEnglish: [Side]
    /// Arabic names with no English counterpart.
    public let unmatchedArabic: [Side]
    /// The English sentences that hold a first mention, each once, in the
    /// order the sides refer to them (spaces folded).
    public let englishSentences: [String]
    /// The Arabic sentences that hold a first mention.
    public let arabicSentences: [String]
    /// Counts.
    public let stats: Stats

    enum CodingKeys: String, CodingKey {
        case version, pairs, stats
        case englishFile = "english_file", arabicFile = "arabic_file"
        case unmatchedEnglish = "unmatched_english", unmatchedArabic = "unmatched_arabic"
        case englishSentences = "english_sentences", arabicSentences = "arabic_sentences"
    }

    /// The record of an alignment.
    public init(_ alignment: ReportAlignment, englishFile: String, arabicFile: String) {
        var englishSentences: [String] = [], arabicSentences: [String] = []
        var englishNumbers: [String: Int] = [:], arabicNumbers: [String: Int] = [:]
        func number(_ sentence: String, _ numbers: inout [String: Int], _ list: inout [String]) -> Int {
            if let known = numbers[sentence] { return known }
            list.append(sentence)
            numbers[sentence] = list.count - 1
            return list.count - 1
        }
        func side(_ group: MentionGroup, arabic: Bool) -> Side {
            let mentions = group.mentions.map {
                MentionRecord(text: $0.text, span: Span(start: $0.utf8Range.lowerBound, end: $0.utf8Range.upperBound))
            }
            let sentence = arabic ? number(group.firstSentence, &arabicNumbers, &arabicSentences)
                : number(group.firstSentence, &englishNumbers, &englishSentences)
            return Side(text: group.text, normalized: group.normalized, mentions: mentions, spans: mentions.map(\.span),
                        sentence: sentence, type: group.type)
        }
        func evidence(_ e: PairEvidence, arabic: MentionGroup) -> Evidence {
            let tokens = e.match?.tokens.map { pair in
                TokenAlignment(arabic: Self.written(pair.arabic, in: arabic), normalized: pair.arabic, english: pair.english,
                               letters: pair.letters.map { [String($0.arabic), $0.english] },
                               score: (pair.logLikelihoodRatio * 100).rounded() / 100)
            } ?? []
            let explanation: String
            switch e.method {
            case .translation:
                explanation = "translation: " + e.words.map { "\($0.english) = \($0.arabic) (\($0.source))" }.joined(separator: ", ")
            case .gazetteer:
                explanation = "gazetteer: \((e.entry?.english.first ?? "")) = \((e.entry?.arabic.first ?? ""))"
            case .transliteration:
                explanation = e.match?.explanation ?? ""
            }
            return Evidence(method: e.method, reason: e.reason,
                            romanization: e.method == .transliteration && !e.romanization.isEmpty ? e.romanization : nil,
                            alignment: tokens, explanation: explanation,
                            gazetteer: e.entry.map { [$0.english.first ?? "", $0.arabic.first ?? ""] },
                            words: e.words.isEmpty ? nil : e.words)
        }
        version = Self.currentVersion
        self.englishFile = englishFile
        self.arabicFile = arabicFile
        pairs = alignment.pairs.map {
            Pair(english: side($0.english, arabic: false), arabic: side($0.arabic, arabic: true),
                 score: ($0.score * 1000).rounded() / 1000, type: $0.type, evidence: evidence($0.evidence, arabic: $0.arabic))
        }
        unmatchedEnglish = alignment.unmatchedEnglish.map { side($0, arabic: false) }
        unmatchedArabic = alignment.unmatchedArabic.map { side($0, arabic: true) }
        self.englishSentences = englishSentences
        self.arabicSentences = arabicSentences
        let englishGroups = alignment.pairs.map(\.english) + alignment.unmatchedEnglish
        let arabicGroups = alignment.pairs.map(\.arabic) + alignment.unmatchedArabic
        stats = Stats(pairs: pairs.count, englishNames: englishGroups.count, arabicNames: arabicGroups.count,
                      englishMentions: englishGroups.map(\.mentions.count).reduce(0, +),
                      arabicMentions: arabicGroups.map(\.mentions.count).reduce(0, +), threshold: alignment.threshold)
    }

    /// The Arabic words of a token pair as the report writes them: the
    /// normalized words (مصطفي) found among a mention's words, read off the
    /// mention as written (مصطفى); the normalized words when no mention has
    /// them word for word.
    static func written(_ normalized: String, in group: MentionGroup) -> String {
        let wanted = normalized.split(separator: " ")
        guard !wanted.isEmpty else { return normalized }
        for mention in group.mentions {
            let keys = mention.normalized.split(separator: " ")
            let words = mention.text.split(whereSeparator: { $0 == " " || $0 == "\u{A0}" })
            guard keys.count == words.count, keys.count >= wanted.count else { continue }
            for start in 0...(keys.count - wanted.count) where keys[start..<(start + wanted.count)].elementsEqual(wanted) {
                return words[start..<(start + wanted.count)].joined(separator: " ")
            }
        }
        return normalized
    }

    /// How a pair was found, in a few words for a table cell: the
    /// gazetteer entry, the translated words, or the letters matched (the
    /// Arabic as written) with the machine spelling beside them.
    public func how(_ pair: Pair) -> String { how(pair, arabic: { $0 }, english: { $0 }) }

    /// ``how(_:)`` with each Arabic and each English name passed through
    /// `arabic` and `english` (HTML isolates and escapes them).
    func how(_ pair: Pair, arabic ar: (String) -> String, english en: (String) -> String) -> String {
        switch pair.evidence.method {
        case .gazetteer:
            let entry = pair.evidence.gazetteer ?? []
            return "gazetteer" + (entry.count == 2 ? ": \(en(entry[0])) = \(ar(entry[1]))" : "")
        case .translation:
            return "translation: " + (pair.evidence.words ?? []).map { "\(en($0.english)) = \(ar($0.arabic))" }.joined(separator: ", ")
        case .transliteration:
            var text = "letters: " + pair.evidence.alignment.map { "\(ar($0.arabic)) → \(en($0.english))" }.joined(separator: ", ")
            if let spelling = pair.evidence.romanization { text += " (machine spelling: \(en(spelling)))" }
            return text
        }
    }

    /// A score as a percentage: `83%`.
    static func percent(_ score: Double) -> String { String(Int((score * 100).rounded())) + "%" }

    /// A Markdown report for people: the shared names in a table, by first
    /// appearance, with how each pair was found and where it first appears;
    /// why each pair scores what it does; the sentences of the first mentions,
    /// each once; then the names only one side has.
    public var markdown: String {
        // Table cells and list items stay on one line; a | inside is escaped.
        func cell(_ text: String) -> String { Self.oneLine(text).replacingAll("|", with: "\\|") }
        var out = "# Names shared by the two reports\n\n"
        out += "- English: \(cell(englishFile))\n- Arabic: \(cell(arabicFile))\n"
        out += "- \(stats.pairs) shared names; \(unmatchedEnglish.count) only in English, \(unmatchedArabic.count) only in Arabic "
        out += "(threshold \(stats.threshold))\n\n"
        out += "| # | English | Arabic | Type | Score | Mentions (en/ar) | How it was found | First seen (en/ar) |\n"
        out += "|---|---|---|---|---|---|---|---|\n"
        for (n, pair) in pairs.enumerated() {
            out += "| \(n + 1) | \(cell(pair.english.text)) | \(cell(pair.arabic.text)) | \(pair.type?.rawValue ?? "") | "
            out += "\(Self.percent(pair.score)) | \(pair.english.mentions.count)/\(pair.arabic.mentions.count) | \(cell(how(pair))) | "
            out += "E\(pair.english.sentence + 1) / A\(pair.arabic.sentence + 1) |\n"
        }
        out += "\nA *machine spelling* is how Tarjuman's romanizer spells the Arabic without looking at the English, "
        out += "shown for comparison: the pair rests on the letter match, not on it.\n"
        out += "\n## Why each score\n\n"
        let listed = pairs.indices.filter { pairs[$0].evidence.method == .gazetteer }
        if !listed.isEmpty {
            out += "Gazetteer pairs (" + listed.map { String($0 + 1) }.joined(separator: ", ")
            out += ") score 100%: both names are forms of the one entry the table shows.\n\n"
        }
        for (n, pair) in pairs.enumerated() where pair.evidence.method != .gazetteer {
            out += "\(n + 1). \(cell(pair.english.text)) ↔ \(cell(pair.arabic.text)): \(cell(pair.evidence.reason))\n"
        }
        func list(_ title: String, _ sides: [Side], _ prefix: String) -> String {
            var text = "\n## \(title)\n\n"
            if sides.isEmpty { return text + "(none)\n" }
            for side in sides {
                text += "- \(cell(side.text))" + (side.type.map { " (\($0.rawValue))" } ?? "")
                text += " — \(side.mentions.count)×, first in \(prefix)\(side.sentence + 1)\n"
            }
            return text
        }
        out += list("Only in the English report", unmatchedEnglish, "E")
        out += list("Only in the Arabic report", unmatchedArabic, "A")
        out += "\n## Sentences of the first mentions\n\n"
        for (k, sentence) in englishSentences.enumerated() { out += "- **E\(k + 1)** \(cell(sentence))\n" }
        out += "\n"
        for (k, sentence) in arabicSentences.enumerated() { out += "- **A\(k + 1)** \(cell(sentence))\n" }
        return out
    }

    /// A plain-text report: a summary line, then one tab-separated line per
    /// pair (English, Arabic, type, score, how it was found, why the score),
    /// then the names only one side has, with their types.
    public var text: String {
        let field = Self.oneLine
        var out = "\(field(englishFile)) ↔ \(field(arabicFile)): \(stats.pairs) shared names\n"
        for pair in pairs {
            out += "\(field(pair.english.text))\t\(field(pair.arabic.text))\t\(pair.type?.rawValue ?? "-")\t"
            out += String((pair.score * 1000).rounded() / 1000) + "\t\(field(how(pair)))\t\(field(pair.evidence.reason))\n"
        }
        func names(_ sides: [Side], _ separator: String) -> String {
            sides.map { field($0.text) + ($0.type.map { " (\($0.rawValue))" } ?? "") }.joined(separator: separator)
        }
        out += "only in English: " + names(unmatchedEnglish, ", ") + "\n"
        out += "only in Arabic: " + names(unmatchedArabic, "، ") + "\n"
        return out
    }

    /// `text` on one line: tabs, line breaks and other controls become spaces,
    /// so a name or a file name cannot break a TSV column or a Markdown row.
    package static func oneLine(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { scalar in
            scalar.properties.generalCategory == .control || scalar == "\u{2028}" || scalar == "\u{2029}" ? " " : scalar
        }))
    }
}

extension String {
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var result = ""
        for c in self { if c == target { result += replacement } else { result.append(c) } }
        return result
    }
}
