/// The kind of a named entity.
public enum EntityType: String, Sendable, Hashable, Codable, CaseIterable {
    /// A person.
    case person = "PER"
    /// A place: country, city, region, river ...
    case location = "LOC"
    /// An organization: armed force, party, agency, company, media outlet ...
    case organization = "ORG"
}

/// A bilingual list of names that are translated rather than transliterated:
/// قوات سوريا الديمقراطية is the Syrian Democratic Forces (SDF), داعش is
/// Islamic State, العراق is Iraq.
///
/// The built-in list is `Data/gazetteer.tsv` (countries and cities from
/// CLDR, plus hand-curated places and organizations; see `Data/README.md`).
/// Users can extend or replace it with a file of the same format:
///
/// ```
/// # comment
/// type	english	arabic
/// ORG	Syrian Democratic Forces|SDF	قوات سوريا الديمقراطية|قسد
/// ```
///
/// Forms are matched on normalized pieces (case, diacritics, hamza forms,
/// teh marbuta and alef maqsura folded; English `U.S.` = `US`; possessive `'s`
/// dropped). English forms written in capitals (`IS`, `SDF`) match only text
/// in capitals, so the pronoun "us" is not the United States.
public struct Gazetteer: Sendable {
    /// One entity and its names in each language.
    public struct Entry: Sendable, Hashable {
        /// The entity's type.
        public let type: EntityType
        /// English forms, the preferred one first (may be empty).
        public let english: [String]
        /// Arabic forms, the preferred one first (may be empty).
        public let arabic: [String]

        /// An entry.
        public init(type: EntityType, english: [String], arabic: [String]) {
            self.type = type
            self.english = english
            self.arabic = arabic
        }
    }

    /// The entries, in file order.
    public let entries: [Entry]
    /// Normalized English form (pieces joined by a space) → entry and whether
    /// the text must be in capitals.
    let englishKeys: [String: (entry: Int, capitals: Bool)]
    /// Normalized Arabic form → entry.
    let arabicKeys: [String: Int]
    /// The last two or more pieces of longer Arabic forms (سوريا الديمقراطية
    /// for قوات سوريا الديمقراطية) → entry; used when no full form matches.
    let arabicTails: [String: Int]
    /// The most pieces any form has.
    let longestForm: Int

    /// The built-in gazetteer, from the data pack (section `gazetteer`, built
    /// from `Data/gazetteer.tsv`).
    public static let builtIn = DataPack.load("gazetteer") { (reader: inout BinaryReader) throws(DataError) in
        try Gazetteer(decoding: &reader)
    }

    /// Writes the entries, and their normalized lookup keys (so that loading
    /// normalizes nothing), as the data pack's `gazetteer` section.
    package func encode(into writer: inout BinaryWriter) {
        writer.int(entries.count)
        for entry in entries {
            writer.u8(UInt8(EntityType.allCases.firstIndex(of: entry.type) ?? 0))
            writer.strings(entry.english)
            writer.strings(entry.arabic)
        }
        let english = englishKeys.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
        writer.strings(english.map(\.key))
        writer.array(english.map { UInt32($0.value.entry) << 1 | ($0.value.capitals ? 1 : 0) })
        for table in [arabicKeys, arabicTails] {
            let sorted = table.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
            writer.strings(sorted.map(\.key))
            writer.array(sorted.map { UInt32($0.value) })
        }
        writer.int(longestForm)
    }

    init(decoding reader: inout BinaryReader) throws(DataError) {
        let count = try reader.int()
        var entries: [Entry] = []
        for _ in 0..<max(0, count) {
            let type = Int(try reader.u8())
            guard type < EntityType.allCases.count else { throw reader.corrupt("entity type") }
            entries.append(Entry(type: EntityType.allCases[type], english: try reader.strings(), arabic: try reader.strings()))
        }
        let englishNames = try reader.strings(), englishValues = try reader.array(UInt32.self)
        guard englishNames.count == englishValues.count,
              englishValues.allSatisfy({ Int($0 >> 1) < entries.count }) else { throw reader.corrupt("gazetteer keys") }
        var englishKeys: [String: (entry: Int, capitals: Bool)] = [:]
        for (key, value) in zip(englishNames, englishValues) { englishKeys[key] = (Int(value >> 1), value & 1 == 1) }
        var tables: [[String: Int]] = []
        for _ in 0..<2 {
            let names = try reader.strings(), values = try reader.array(UInt32.self)
            guard names.count == values.count, values.allSatisfy({ Int($0) < entries.count }) else {
                throw reader.corrupt("gazetteer keys")
            }
            tables.append(Dictionary(zip(names, values.map { Int($0) }), uniquingKeysWith: { first, _ in first }))
        }
        self.entries = entries
        self.englishKeys = englishKeys
        self.arabicKeys = tables[0]
        self.arabicTails = tables[1]
        self.longestForm = try reader.int()
    }

    /// The most words a form may have (`Kurdistan Workers' Party` has three;
    /// the longest official names about a dozen). Longer forms are refused by
    /// ``init(parsing:source:)`` and skipped by ``init(entries:)``: the alignment
    /// windows grow with the longest form, and its tails with its square.
    public static let maximumFormWords = 16

    /// A gazetteer from entries; on a form shared by two entries the first
    /// wins. Forms of more than ``maximumFormWords`` words are skipped.
    public init(entries: [Entry]) {
        var englishKeys: [String: (entry: Int, capitals: Bool)] = [:]
        var arabicKeys: [String: Int] = [:], arabicTails: [String: Int] = [:]
        var longest = 1
        for (index, entry) in entries.enumerated() {
            for form in entry.english {
                let pieces = Self.englishPieces(form)
                guard !pieces.isEmpty, pieces.count <= Self.maximumFormWords else { continue }
                longest = max(longest, pieces.count)
                let capitals = pieces.count == 1 && form.contains(where: \.isLetter)
                    && form.allSatisfy { !$0.isLetter || $0.isUppercase } && form.filter(\.isLetter).count <= 6
                let key = pieces.joined(separator: " ")
                if englishKeys[key] == nil { englishKeys[key] = (index, capitals) }
            }
            for form in entry.arabic {
                let pieces = Self.arabicPieces(form)
                guard !pieces.isEmpty, pieces.count <= Self.maximumFormWords else { continue }
                longest = max(longest, pieces.count)
                let key = pieces.joined(separator: " ")
                if arabicKeys[key] == nil { arabicKeys[key] = index }
                if pieces.count >= 3 {
                    for start in 1...(pieces.count - 2) {
                        let tail = pieces[start...].joined(separator: " ")
                        if arabicTails[tail] == nil { arabicTails[tail] = index }
                    }
                }
            }
        }
        self.entries = entries
        self.englishKeys = englishKeys
        self.arabicKeys = arabicKeys
        self.arabicTails = arabicTails.filter { arabicKeys[$0.key] == nil }
        self.longestForm = longest
    }

    /// Reads a gazetteer file's text (see the type's description for the format).
    ///
    /// - Throws: ``DataFileError`` naming the first bad line.
    public init(parsing text: String, source: String = "gazetteer") throws(DataFileError) {
        var entries: [Entry] = []
        var lineNumber = 0
        for rawLine in text.dataLines() {
            lineNumber += 1
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            if line.allSatisfy(\.isWhitespace) || line.hasPrefix("#") { continue }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
            if columns.first == "type" { continue }
            guard columns.count == 3 else {
                throw DataFileError(source: source, line: lineNumber, message: "expected 3 tab-separated columns (type, english, arabic), found \(columns.count)")
            }
            guard let type = EntityType(rawValue: String(columns[0])) else {
                throw DataFileError(source: source, line: lineNumber, message: "unknown type '\(columns[0])' (use PER, LOC or ORG)")
            }
            func forms(_ column: Substring) -> [String] {
                column.split(separator: "|").map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
            }
            let english = forms(columns[1]), arabic = forms(columns[2])
            for form in english + arabic {
                // Count words cheaply first: a hostile line can hold a huge form.
                let words = form.split(whereSeparator: \.isWhitespace).count
                if words > Self.maximumFormWords {
                    throw DataFileError(source: source, line: lineNumber, message: "a form of \(words) words; at most \(Self.maximumFormWords)")
                }
            }
            guard !english.isEmpty || !arabic.isEmpty else {
                throw DataFileError(source: source, line: lineNumber, message: "no English and no Arabic form")
            }
            entries.append(Entry(type: type, english: english, arabic: arabic))
        }
        self.init(entries: entries)
    }

    /// This gazetteer's entries followed by `other`'s (on a shared form, this one wins).
    public func merged(with other: Gazetteer) -> Gazetteer {
        Gazetteer(entries: entries + other.entries)
    }

    /// The entry an English name is listed under, if any.
    public func entry(english name: String) -> Entry? {
        englishKeys[Self.englishPieces(name).joined(separator: " ")].map { entries[$0.entry] }
    }

    /// The entry an Arabic name is listed under, if any.
    public func entry(arabic name: String) -> Entry? {
        arabicKeys[Self.arabicPieces(name).joined(separator: " ")].map { entries[$0] }
    }

    // MARK: Keys

    /// The form names are compared in: normalized pieces joined by single
    /// spaces (`Deir al-Zor` → `deir al zor`, `U.S.` → `us`, `Workers’` →
    /// `workers`; Arabic hamza forms, teh marbuta and alef maqsura folded).
    public static func comparisonKey(_ name: String) -> String {
        (NameForms.isArabic(name) ? arabicPieces(name) : englishPieces(name)).joined(separator: " ")
    }

    static var keyNormalizer: TextNormalizer { NormalizationProfile.lookupKeys }

    /// The normalized key of one English piece: case and diacritics folded,
    /// dots removed (`U.S` → `us`), a possessive `'s` or `'` dropped.
    static func englishKey(_ piece: some StringProtocol) -> String {
        var key = keyNormalizer.normalize(String(piece))
        key.removeAll { $0 == "." }
        if key.hasSuffix("'s") { key.removeLast(2) } else if key.hasSuffix("'") { key.removeLast() }
        return key
    }

    /// The normalized key of one Arabic piece.
    static func arabicKey(_ piece: some StringProtocol) -> String {
        keyNormalizer.normalize(String(piece))
    }

    /// Splits a form the way documents are split into pieces: at spaces,
    /// hyphens and other punctuation (not apostrophes or dots inside a
    /// word), and between letters and digits.
    static func pieces(_ form: String) -> [Substring] {
        var result: [Substring] = []
        var start: String.Index? = nil
        var previousDigit: Bool? = nil
        var index = form.startIndex
        while index < form.endIndex {
            let c = form[index]
            let joins = c.isLetter || c.isNumber || c == "'" || c == "’" || c == "." || c == "ـ"
            if joins {
                let digit = c.isNumber
                if let s = start, c.isLetter || c.isNumber, let previous = previousDigit, previous != digit {
                    result.append(form[s..<index])
                    start = index
                }
                if start == nil { start = index }
                if c.isLetter || c.isNumber { previousDigit = digit }
            } else if let s = start {
                result.append(form[s..<index])
                start = nil
                previousDigit = nil
            }
            index = form.index(after: index)
        }
        if let s = start { result.append(form[s...]) }
        return result
    }

    static func englishPieces(_ form: String) -> [String] {
        pieces(form).map(englishKey).filter { !$0.isEmpty }
    }

    static func arabicPieces(_ form: String) -> [String] {
        pieces(form).map(arabicKey).filter { !$0.isEmpty }
    }
}

extension StringProtocol {
    /// The lines of a data file, split at line feeds, a CRLF pair included
    /// (which Swift reads as one `Character`, so splitting at `"\n"` alone
    /// would leave a CRLF file in one piece).
    func dataLines(omittingEmpty: Bool = false) -> [SubSequence] {
        split(omittingEmptySubsequences: omittingEmpty, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
    }
}
