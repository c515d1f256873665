/// A report to cross-reference: an identifier of your choosing (a file name,
/// an address, a database key) and its text.
public struct Report: Sendable, Hashable {
    /// What the report is called in the results.
    public var id: String
    /// The report's text.
    public var text: String

    /// A report.
    public init(id: String, text: String) {
        self.id = id
        self.text = text
    }
}

/// Which English and Arabic reports tell the same story: the record
/// ``CrossReferencer/crossReference(english:arabic:progress:)`` returns, as
/// `tarjuman crossref` writes it (`index.json`, `index.md`, `index.txt`).
///
/// Its JSON form (``version`` 2) has the keys `version`, `matches` (each
/// `english`, `arabic`, `score` and, when the reports were written out,
/// `report`), `unmatched_english` and `unmatched_arabic`.
public struct CrossReference: Sendable, Hashable, Codable {
    /// One pair of reports.
    public struct Pair: Sendable, Hashable, Codable {
        /// The English report's identifier.
        public var english: String
        /// The Arabic report's identifier.
        public var arabic: String
        /// Confidence in [0, 1] that the two tell the same story: grows with
        /// the rarity-weighted names and numbers they share, lowered by a
        /// runner-up for either report (a ranking confidence, not calibrated).
        public var score: Double
        /// Where the pair's alignment report was written, if it was.
        public var report: String?

        /// A pair.
        public init(english: String, arabic: String, score: Double, report: String? = nil) {
            self.english = english
            self.arabic = arabic
            self.score = score
            self.report = report
        }
    }

    /// Version of the record's format (2: each pair may name its report).
    public var version = 2
    /// The pairs, by the English reports' order.
    public var pairs: [Pair]
    /// English reports without an Arabic counterpart, in their order.
    public var unpairedEnglish: [String]
    /// Arabic reports without an English counterpart, in their order.
    public var unpairedArabic: [String]

    enum CodingKeys: String, CodingKey {
        case version, pairs = "matches", unpairedEnglish = "unmatched_english", unpairedArabic = "unmatched_arabic"
    }

    /// A record.
    public init(pairs: [Pair], unpairedEnglish: [String], unpairedArabic: [String]) {
        self.pairs = pairs
        self.unpairedEnglish = unpairedEnglish
        self.unpairedArabic = unpairedArabic
    }

    /// The record as a Markdown table of pairs, then the unpaired reports
    /// (identifiers kept on one line, `|` escaped).
    public var markdown: String {
        func cell(_ id: String) -> String { AlignmentReport.oneLine(id).replacingAll("|", with: "\\|") }
        var text = "# Cross-reference\n\n| English | Arabic | Score | Report |\n|---|---|---|---|\n"
        for pair in pairs {
            text += "| \(cell(pair.english)) | \(cell(pair.arabic)) | \(pair.score) | \(pair.report.map(cell) ?? "") |\n"
        }
        text += "\nUnpaired English: " + (unpairedEnglish.isEmpty ? "none" : unpairedEnglish.map(cell).joined(separator: ", "))
        text += "\n\nUnpaired Arabic: " + (unpairedArabic.isEmpty ? "none" : unpairedArabic.map(cell).joined(separator: ", ")) + "\n"
        return text
    }

    /// The record as tab-separated lines: `english⇥arabic⇥score` for each
    /// pair, then `english⇥-⇥0` and `-⇥arabic⇥0` for the unpaired reports.
    public var text: String {
        let field = AlignmentReport.oneLine
        var text = pairs.map { "\(field($0.english))\t\(field($0.arabic))\t\($0.score)" }.joined(separator: "\n")
        if !text.isEmpty { text += "\n" }
        for e in unpairedEnglish { text += "\(field(e))\t-\t0\n" }
        for a in unpairedArabic { text += "-\t\(field(a))\t0\n" }
        return text
    }

    /// The same record with every report identifier passed through `transform`
    /// (to display file names, say).
    public func mappingIdentifiers(_ transform: (String) -> String) -> CrossReference {
        var copy = self
        copy.pairs = pairs.map { Pair(english: transform($0.english), arabic: transform($0.arabic), score: $0.score, report: $0.report.map(transform)) }
        copy.unpairedEnglish = unpairedEnglish.map(transform)
        copy.unpairedArabic = unpairedArabic.map(transform)
        return copy
    }
}

extension CrossReferencer {
    /// Cross-references two collections of reports: which English report
    /// tells the same story as which Arabic one (one to one; a report with no
    /// counterpart stays unpaired).
    ///
    /// ```swift
    /// let referencer = try CrossReferencer()
    /// let record = referencer.crossReference(
    ///     english: [Report(id: "en-1", text: englishText)],
    ///     arabic: [Report(id: "ar-1", text: arabicText)])
    /// print(record.markdown)
    /// ```
    ///
    /// - Parameters:
    ///   - english: The English reports.
    ///   - arabic: The Arabic reports.
    ///   - progress: Called as work is done, with a stage's name (`reading
    ///     English reports`, `reading Arabic reports`, `matching names`,
    ///     `listing English words`, `listing Arabic words`, `aligning
    ///     pairs`), its items done and its items in all: first
    ///     with none done, then as each item is done, from the threads of
    ///     the work (several at once, so that two counts may arrive out of
    ///     order). It should return quickly.
    /// - Returns: The pairs, by the English reports' order, and the reports
    ///   left unpaired, all by their identifiers.
    public func crossReference(english: [Report], arabic: [Report],
                               progress: @Sendable (String, Int, Int) -> Void = { _, _, _ in }) -> CrossReference {
        crossReferenceAndAlign(english: english, arabic: arabic, romanizing: false, progress: progress).record
    }

    /// ``crossReference(english:arabic:progress:)``, with the alignment of
    /// each pair (made while checking it), in the order of the record's pairs;
    /// without `romanizing`, the alignments' romanizations are left empty
    /// (for a caller that only writes the record).
    package func crossReferenceAndAlign(english: [Report], arabic: [Report], romanizing: Bool = true,
                                        progress: @Sendable (String, Int, Int) -> Void = { _, _, _ in })
        -> (record: CrossReference, alignments: [ReportAlignment]) {
        let matches = match(english: english.map(\.text), arabic: arabic.map(\.text), romanizing: romanizing,
                            progress: progress)
        let pairedEnglish = Set(matches.map(\.english)), pairedArabic = Set(matches.map(\.arabic))
        let record = CrossReference(
            pairs: matches.map { CrossReference.Pair(english: english[$0.english].id, arabic: arabic[$0.arabic].id, score: $0.score) },
            unpairedEnglish: english.indices.filter { !pairedEnglish.contains($0) }.map { english[$0].id },
            unpairedArabic: arabic.indices.filter { !pairedArabic.contains($0) }.map { arabic[$0].id })
        return (record, matches.map(\.alignment))
    }
}
