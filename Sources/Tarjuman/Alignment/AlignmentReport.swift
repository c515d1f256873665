/// The alignment of two reports as a stable, documented record: what
/// `tarjuman align --format json` writes (schema version ``AlignmentReport/currentVersion``).
///
/// Field names are snake_case in JSON. Spans are UTF-8 byte ranges
/// `[start, end)` of the original files.
public struct AlignmentReport: Sendable, Codable {
    /// The schema version written by this library.
    public static let currentVersion = 1

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
        /// The sentence of the first mention.
        public let sentence: String
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

    /// Letter-level evidence for a pair.
    public struct Evidence: Sendable, Codable {
        /// `gazetteer`, `translation` or `transliteration`.
        public let method: PairEvidence.Method
        /// The Arabic name in English letters.
        public let romanization: String
        /// Token pairs with their letters, for transliterations.
        public let alignment: [TokenAlignment]
        /// English letters no Arabic letter wrote (short vowels), per token pair.
        public let explanation: String
        /// The gazetteer entry's preferred forms, for translations.
        public let gazetteer: [String]?
        /// The word links, for names paired by translation (empty otherwise).
        public let words: [WordLink]?
    }

    /// One aligned token pair.
    public struct TokenAlignment: Sendable, Codable {
        /// Arabic token(s).
        public let arabic: String
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
    /// Counts.
    public let stats: Stats

    enum CodingKeys: String, CodingKey {
        case version, pairs, stats
        case englishFile = "english_file", arabicFile = "arabic_file"
        case unmatchedEnglish = "unmatched_english", unmatchedArabic = "unmatched_arabic"
    }

    /// The record of an alignment.
    public init(_ alignment: ReportAlignment, englishFile: String, arabicFile: String) {
        func side(_ group: MentionGroup) -> Side {
            let mentions = group.mentions.map {
                MentionRecord(text: $0.text, span: Span(start: $0.utf8Range.lowerBound, end: $0.utf8Range.upperBound))
            }
            return Side(text: group.text, normalized: group.normalized, mentions: mentions, spans: mentions.map(\.span),
                        sentence: group.firstSentence, type: group.type)
        }
        func evidence(_ e: PairEvidence) -> Evidence {
            let tokens = e.match?.tokens.map { pair in
                TokenAlignment(arabic: pair.arabic, english: pair.english,
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
            return Evidence(method: e.method, romanization: e.romanization, alignment: tokens, explanation: explanation,
                            gazetteer: e.entry.map { [$0.english.first ?? "", $0.arabic.first ?? ""] },
                            words: e.words.isEmpty ? nil : e.words)
        }
        version = Self.currentVersion
        self.englishFile = englishFile
        self.arabicFile = arabicFile
        pairs = alignment.pairs.map {
            Pair(english: side($0.english), arabic: side($0.arabic), score: ($0.score * 1000).rounded() / 1000,
                 type: $0.type, evidence: evidence($0.evidence))
        }
        unmatchedEnglish = alignment.unmatchedEnglish.map(side)
        unmatchedArabic = alignment.unmatchedArabic.map(side)
        let englishGroups = alignment.pairs.map(\.english) + alignment.unmatchedEnglish
        let arabicGroups = alignment.pairs.map(\.arabic) + alignment.unmatchedArabic
        stats = Stats(pairs: pairs.count, englishNames: englishGroups.count, arabicNames: arabicGroups.count,
                      englishMentions: englishGroups.map(\.mentions.count).reduce(0, +),
                      arabicMentions: arabicGroups.map(\.mentions.count).reduce(0, +), threshold: alignment.threshold)
    }

    /// A Markdown report for people: the shared names in a table, by first
    /// appearance, with the romanized Arabic beside the English and the
    /// sentence of each first mention; then the names only one side has.
    public var markdown: String {
        // Table cells and list items stay on one line; a | inside is escaped.
        func cell(_ text: String) -> String { Self.oneLine(text).replacingAll("|", with: "\\|") }
        func percent(_ score: Double) -> String { String(Int((score * 100).rounded())) + "%" }
        var out = "# Names shared by the two reports\n\n"
        out += "- English: \(cell(englishFile))\n- Arabic: \(cell(arabicFile))\n"
        out += "- \(stats.pairs) shared names; \(unmatchedEnglish.count) only in English, \(unmatchedArabic.count) only in Arabic "
        out += "(threshold \(stats.threshold))\n\n"
        out += "| # | English | Arabic | Romanized | Type | Score | Mentions (en/ar) | How |\n"
        out += "|---|---|---|---|---|---|---|---|\n"
        for (n, pair) in pairs.enumerated() {
            out += "| \(n + 1) | \(cell(pair.english.text)) | \(cell(pair.arabic.text)) | \(cell(pair.evidence.romanization)) | "
            out += "\(pair.type?.rawValue ?? "") | \(percent(pair.score)) | \(pair.english.mentions.count)/\(pair.arabic.mentions.count) | "
            switch pair.evidence.method {
            case .gazetteer: out += "gazetteer |\n"
            case .translation:
                out += "translation: " + cell((pair.evidence.words ?? []).map { "\($0.arabic)=\($0.english)" }.joined(separator: ", ")) + " |\n"
            case .transliteration:
                out += cell(pair.evidence.alignment.map { "\($0.arabic)→\($0.english)" }.joined(separator: ", ")) + " |\n"
            }
        }
        out += "\n## First mentions\n\n"
        for (n, pair) in pairs.enumerated() {
            out += "\(n + 1). **\(cell(pair.english.text))** ↔ **\(cell(pair.arabic.text))**\n"
            out += "   - en: \(cell(pair.english.sentence))\n   - ar: \(cell(pair.arabic.sentence))\n"
        }
        func list(_ title: String, _ sides: [Side]) -> String {
            var text = "\n## \(title)\n\n"
            if sides.isEmpty { return text + "(none)\n" }
            for side in sides {
                text += "- \(cell(side.text))" + (side.type.map { " (\($0.rawValue))" } ?? "") + " — \(side.mentions.count)×\n"
            }
            return text
        }
        out += list("Only in the English report", unmatchedEnglish)
        out += list("Only in the Arabic report", unmatchedArabic)
        return out
    }

    /// A plain-text report: one line per pair, then the unmatched names.
    public var text: String {
        let field = Self.oneLine
        var out = "\(field(englishFile)) ↔ \(field(arabicFile)): \(stats.pairs) shared names\n"
        for pair in pairs {
            out += "\(field(pair.english.text))\t\(field(pair.arabic.text))\t\(field(pair.evidence.romanization))\t"
            out += "\(pair.type?.rawValue ?? "-")\t" + String((pair.score * 1000).rounded() / 1000) + "\n"
        }
        out += "only in English: " + unmatchedEnglish.map { field($0.text) }.joined(separator: ", ") + "\n"
        out += "only in Arabic: " + unmatchedArabic.map { field($0.text) }.joined(separator: "، ") + "\n"
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
