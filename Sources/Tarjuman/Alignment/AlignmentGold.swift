/// The names an English report and its Arabic edition really share, made by
/// hand: the answer an ``AlignmentReport`` is scored against (see
/// ``score(_:)-(AlignmentReport)`` and <doc:CheckingAlignment>).
///
/// A gold file is UTF-8 text, one entity per line, in the gazetteer's
/// columns (version 1 of the format, ``currentVersion``):
///
/// ```
/// # tarjuman-gold: 1
/// # english: seeds/000_63d4f025652b603e.txt
/// # arabic: seeds/003_595fb47189156482.txt
/// # "US" only occurs in "US-backed".
/// type	english	arabic
/// PER	Mustafa Bali	مصطفى بالي|بالي
/// ORG	Syrian Democratic Forces|SDF	قوات سوريا الديمقراطية
/// LOC	QAMISHLO
/// LOC		اربيل
/// ```
///
/// - `# tarjuman-gold: N`, on the first line only, is the format's version;
///   a file without it is version 1, and a version above ``currentVersion``
///   is refused.
/// - `# english: PATH` and `# arabic: PATH` name the two reports
///   (``englishFile``, ``arabicFile``), each at most once; other lines that
///   start with `#` are comments, and blank lines are skipped.
/// - The header row `type<TAB>english<TAB>arabic` is skipped.
/// - Every other line is `TYPE<TAB>ENGLISH FORMS<TAB>ARABIC FORMS`: exactly
///   three columns; `PER`, `LOC` or `ORG`; forms separated by `|`, each with
///   a letter or digit. One side empty makes a name only that report has;
///   both empty is an error.
///
/// Forms match the report's names as ``Gazetteer/comparisonKey(_:)`` compares
/// them (case, diacritics, hamza forms, teh marbuta and alef maqsura folded),
/// so `ANKARA` is `Ankara` and أنقرة is انقره.
public struct AlignmentGold: Sendable, Hashable, Codable {
    /// The newest version of the gold format this library reads and writes.
    public static let currentVersion = 1

    /// One entity of the gold list: the forms each report names it by.
    public struct Entity: Sendable, Hashable, Codable, CustomStringConvertible {
        /// PER, LOC or ORG.
        public let type: EntityType
        /// The English forms, as written (empty: a name only the Arabic report has).
        public let english: [String]
        /// The Arabic forms, as written (empty: a name only the English report has).
        public let arabic: [String]
        /// The entity's 1-based line in the gold file, or 0 when it was not read from one.
        public let line: Int

        /// An entity.
        ///
        /// - Parameters:
        ///   - type: PER, LOC or ORG.
        ///   - english: The English forms; empty for an Arabic-only name.
        ///   - arabic: The Arabic forms; empty for an English-only name.
        ///   - line: Where the entity is in its file, if anywhere.
        public init(type: EntityType, english: [String], arabic: [String], line: Int = 0) {
            self.type = type
            self.english = english
            self.arabic = arabic
            self.line = line
        }

        /// Whether both reports name it: the aligner should pair it.
        public var isShared: Bool { !english.isEmpty && !arabic.isEmpty }

        /// `Mustafa Bali ↔ مصطفى بالي|بالي`, `QAMISHLO (English only)`,
        /// `اربيل (Arabic only)`.
        public var description: String {
            let english = english.joined(separator: "|"), arabic = arabic.joined(separator: "|")
            if isShared { return "\(english) ↔ \(arabic)" }
            return english.isEmpty ? "\(arabic) (Arabic only)" : "\(english) (English only)"
        }
    }

    /// The file's name as the caller gave it (a path or a label): how
    /// differences and errors refer to it.
    public let source: String
    /// The format version the file declares (1 without a version line).
    public let version: Int
    /// The English report's path from the `# english:` line, if there is one.
    public let englishFile: String?
    /// The Arabic report's path from the `# arabic:` line, if there is one.
    public let arabicFile: String?
    /// The entities, in file order.
    public let entities: [Entity]

    enum CodingKeys: String, CodingKey {
        case source, version, entities
        case englishFile = "english_file", arabicFile = "arabic_file"
    }

    /// A gold list from entities.
    ///
    /// - Parameters:
    ///   - entities: The names, shared and one-sided. An entity without any
    ///     form is ignored when scoring.
    ///   - englishFile: The English report's path, if it has one.
    ///   - arabicFile: The Arabic report's path, if it has one.
    ///   - source: What differences call this list.
    public init(entities: [Entity], englishFile: String? = nil, arabicFile: String? = nil, source: String = "gold") {
        self.source = source
        self.version = Self.currentVersion
        self.englishFile = englishFile
        self.arabicFile = arabicFile
        self.entities = entities
    }

    /// Reads a gold file's text (the format is in the type's description).
    ///
    /// ```swift
    /// let gold = try AlignmentGold(parsing: "LOC\tAnkara\tأنقرة\nLOC\tISTANBUL\t", source: "gold.tsv")
    /// print(gold.entities.map(\.description))  // ["Ankara ↔ أنقرة", "ISTANBUL (English only)"]
    /// ```
    ///
    /// - Parameters:
    ///   - text: The file's contents; line feeds or CRLF end the lines.
    ///   - source: The file's name, for errors and differences.
    /// - Throws: ``DataFileError`` naming `source` and the first bad line: a
    ///   version above ``currentVersion`` or not a positive number, a version
    ///   line that is not the first line, a second `# english:` or
    ///   `# arabic:` line or one without a path, a row without exactly three
    ///   columns, an unknown type, a form without letters or digits, a row
    ///   without any form.
    /// - Complexity: Linear in the length of `text`.
    public init(parsing text: String, source: String = "gold") throws(DataFileError) {
        var version = 1, englishFile: String? = nil, arabicFile: String? = nil
        var entities: [Entity] = []
        var lineNumber = 0
        func fail(_ message: String) -> DataFileError { DataFileError(source: source, line: lineNumber, message: message) }
        for rawLine in text.dataLines() {
            lineNumber += 1
            var line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            if lineNumber == 1 && line.hasPrefix("\u{FEFF}") { line = line.dropFirst() }
            if line.hasPrefix(Self.versionPrefix) {
                guard lineNumber == 1 else { throw fail("the version line '\(line)' must be the file's first line") }
                let value = line.dropFirst(Self.versionPrefix.count).trimmingSpaces()
                guard let declared = Int(value), declared >= 1 else {
                    throw fail("the gold format version '\(value)' is not a positive whole number")
                }
                guard declared <= Self.currentVersion else {
                    throw fail("gold format version \(declared) is newer than this Tarjuman reads (up to \(Self.currentVersion)); update Tarjuman")
                }
                version = declared
                continue
            }
            if let path = Self.value(of: "english", in: line) {
                guard englishFile == nil else { throw fail("a second '# english:' line") }
                guard !path.isEmpty else { throw fail("'# english:' without a path") }
                englishFile = path
                continue
            }
            if let path = Self.value(of: "arabic", in: line) {
                guard arabicFile == nil else { throw fail("a second '# arabic:' line") }
                guard !path.isEmpty else { throw fail("'# arabic:' without a path") }
                arabicFile = path
                continue
            }
            if line.allSatisfy(\.isWhitespace) || line.hasPrefix("#") { continue }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
            if columns.first == "type" { continue }
            guard columns.count == 3 else {
                throw fail("expected 3 tab-separated columns (type, english, arabic), found \(columns.count)")
            }
            guard let type = EntityType(rawValue: String(columns[0])) else {
                throw fail("unknown type '\(columns[0])' (use PER, LOC or ORG)")
            }
            func forms(_ column: Substring) -> [String] {
                column.split(separator: "|").map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
            }
            let english = forms(columns[1]), arabic = forms(columns[2])
            guard !english.isEmpty || !arabic.isEmpty else { throw fail("no English and no Arabic form") }
            if let form = (english + arabic).first(where: { Gazetteer.comparisonKey($0).isEmpty }) {
                throw fail("the form '\(form)' has no letters or digits")
            }
            entities.append(Entity(type: type, english: english, arabic: arabic, line: lineNumber))
        }
        self.source = source
        self.version = version
        self.englishFile = englishFile
        self.arabicFile = arabicFile
        self.entities = entities
    }

    /// The first line of a gold file, without the version number.
    static let versionPrefix = "# tarjuman-gold:"

    /// The path of a `# english: PATH` (`name` = `english`) line, trimmed;
    /// nil for any other line.
    static func value(of name: String, in line: Substring) -> String? {
        let prefix = "# \(name):"
        guard line.hasPrefix(prefix) else { return nil }
        return line.dropFirst(prefix.count).trimmingSpaces()
    }

    /// The list in the gold format, version line first: what
    /// ``init(parsing:source:)`` reads back. Tabs, line breaks and `|`
    /// inside a form become spaces.
    public var tsv: String {
        func field(_ forms: [String]) -> String {
            forms.map { form in
                String(String.UnicodeScalarView(form.unicodeScalars.map { scalar in
                    scalar == "|" || scalar.properties.generalCategory == .control
                        || scalar == "\u{2028}" || scalar == "\u{2029}" ? " " : scalar
                }))
            }.joined(separator: "|")
        }
        var out = "\(Self.versionPrefix) \(version)\n"
        if let englishFile { out += "# english: \(AlignmentReport.oneLine(englishFile))\n" }
        if let arabicFile { out += "# arabic: \(AlignmentReport.oneLine(arabicFile))\n" }
        out += "type\tenglish\tarabic\n"
        for entity in entities where !entity.english.isEmpty || !entity.arabic.isEmpty {
            out += "\(entity.type.rawValue)\t\(field(entity.english))\t\(field(entity.arabic))\n"
        }
        return out
    }
}
