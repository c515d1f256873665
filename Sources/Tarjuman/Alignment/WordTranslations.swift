/// English–Arabic word translations: what the aligner's translation path
/// pairs translated names with (Central Bank of Iraq / البنك المركزي العراقي,
/// Ministry of Health / وزارة الصحة).
///
/// The built-in table is `Data/translation/words.tsv`, 87,000 pairs from
/// FreeDict's English–Arabic and Arabic–English dictionaries, CLDR's display
/// names (through ICU), iso-codes' ISO 3166-1 country names and a short
/// hand-curated list of institutional words (`Data/translation/news-terms.tsv`);
/// provenance and licences are in `Data/README.md`.
///
/// Keys are compared normalized: English in lower case (a plural also finds
/// its singular: "forces" → "force"); Arabic folded like names (hamza forms,
/// teh marbuta, alef maqsura) with the article ال taken off each word, so
/// البنك and بنك are one form.
public struct WordTranslations: @unchecked Sendable {   // immutable memory: the pack, or storage it owns
    /// Where a translation comes from.
    public struct Sources: OptionSet, Sendable, Hashable {
        /// The bit set.
        public let rawValue: UInt8
        /// A set from its bits.
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        /// FreeDict English–Arabic.
        public static let freeDictEnglishArabic = Sources(rawValue: 1)
        /// FreeDict Arabic–English (inverted).
        public static let freeDictArabicEnglish = Sources(rawValue: 2)
        /// CLDR display names (languages, scripts, territories).
        public static let cldr = Sources(rawValue: 4)
        /// iso-codes' ISO 3166-1 country names.
        public static let isoCodes = Sources(rawValue: 8)
        /// The project's hand-curated institutional words.
        public static let curated = Sources(rawValue: 16)

        /// The letters the data file uses: E A C I H.
        static let letters: [(Character, Sources)] = [
            ("E", .freeDictEnglishArabic), ("A", .freeDictArabicEnglish), ("C", .cldr), ("I", .isoCodes), ("H", .curated),
        ]

        /// Short names, for evidence ("freedict", "cldr" ...).
        public var names: [String] {
            var names: [String] = []
            if !isDisjoint(with: [.freeDictEnglishArabic, .freeDictArabicEnglish]) { names.append("freedict") }
            if contains(.cldr) { names.append("cldr") }
            if contains(.isoCodes) { names.append("iso-codes") }
            if contains(.curated) { names.append("curated") }
            return names
        }
    }

    /// One Arabic translation of an English word or phrase.
    public struct Translation: Sendable, Hashable {
        /// The Arabic, normalized: words folded and without the article, joined by spaces.
        public let arabic: String
        /// Where it comes from.
        public let sources: Sources
    }

    /// English keys, each with the index of its first translation in `targets`.
    let keys: WordTable
    /// `starts[i]..<starts[i + 1]` are the translations of key `i`.
    let starts: UnsafeBufferPointer<UInt32>
    /// Per translation: index into `arabic` << 8 | sources.
    let targets: UnsafeBufferPointer<UInt32>
    /// The distinct normalized Arabic forms.
    let arabic: StringTable
    /// The longest English key, in words.
    public let longestPhrase: Int
    /// Memory for a table built at run time (nil for the pack's).
    let owner: AnyObject?

    /// The built-in table, read in place from the data pack (section
    /// `translations`, built from `Data/translation/words.tsv`).
    public static let builtIn = DataPack.load("translations") { (reader: inout BinaryReader) throws(DataError) in
        try WordTranslations(decoding: &reader, owner: nil)
    }

    init(decoding reader: inout BinaryReader, owner: AnyObject?) throws(DataError) {
        let keys = try reader.wordTable()
        let starts = try reader.array(UInt32.self), targets = try reader.array(UInt32.self)
        let arabic = try reader.stringTable()
        longestPhrase = try reader.int()
        guard starts.count == keys.count + 1, starts.last.map({ Int($0) == targets.count }) ?? false,
              targets.allSatisfy({ Int($0 >> 8) < arabic.count }) else { throw reader.corrupt("translations") }
        self.keys = keys
        self.starts = starts
        self.targets = targets
        self.arabic = arabic
        self.owner = owner
    }

    /// Reads the data file: `english<TAB>arabic[<TAB>sources]` lines (`#`
    /// lines are comments; a missing sources column means hand-curated).
    ///
    /// - Throws: ``DataFileError`` naming the line of a row without two columns.
    public init(parsing text: String, source: String = "translations") throws(DataFileError) {
        var table: [String: [String: Sources]] = [:]
        var lineNumber = 0
        for rawLine in text.dataLines() {
            lineNumber += 1
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            if line.allSatisfy(\.isWhitespace) || line.hasPrefix("#") || line.hasPrefix("english\t") { continue }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard columns.count == 2 || columns.count == 3 else {
                throw DataFileError(source: source, line: lineNumber,
                                    message: "expected 2 or 3 tab-separated columns (english, arabic, sources), found \(columns.count)")
            }
            var sources = Sources()
            for letter in columns.count == 3 ? columns[2] : "H" {
                guard let bit = Sources.letters.first(where: { $0.0 == letter })?.1 else {
                    throw DataFileError(source: source, line: lineNumber, message: "unknown source '\(letter)' (use E, A, C, I or H)")
                }
                sources.insert(bit)
            }
            let english = Self.englishKey(columns[0])
            guard !english.isEmpty, english.split(separator: " ").count <= Gazetteer.maximumFormWords else { continue }
            for form in columns[1].split(separator: "|") {
                let arabic = Self.arabicKey(form)
                guard !arabic.isEmpty else { continue }
                table[english, default: [:]][arabic, default: []].formUnion(sources)
            }
        }
        self.init(table)
    }

    /// A table from normalized keys (built in memory, through the pack's format).
    init(_ table: [String: [String: Sources]]) {
        var writer = BinaryWriter()
        Self.write(table, into: &writer)
        let storage = WordTable.Storage(writer.bytes)
        var reader = BinaryReader(UnsafeRawBufferPointer(storage.buffer), section: "translations")
        // Written just above, so it reads back.
        self = (try? WordTranslations(decoding: &reader, owner: storage)) ?? WordTranslations(empty: storage)
    }

    private init(empty storage: AnyObject) {
        keys = WordTable([String]())
        starts = UnsafeBufferPointer(start: nil, count: 0)
        targets = UnsafeBufferPointer(start: nil, count: 0)
        arabic = StringTable(offsets: .init(start: nil, count: 0), text: .init(start: nil, count: 0))
        longestPhrase = 0
        owner = storage
    }

    static func write(_ table: [String: [String: Sources]], into writer: inout BinaryWriter) {
        let keys = table.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        let forms = Set(table.values.flatMap(\.keys)).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        let formIndex = Dictionary(uniqueKeysWithValues: forms.enumerated().map { ($1, UInt32($0)) })
        var starts: [UInt32] = [0], targets: [UInt32] = []
        for key in keys {
            for (form, sources) in table[key]!.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }) {
                targets.append(formIndex[form]! << 8 | UInt32(sources.rawValue))
            }
            starts.append(UInt32(targets.count))
        }
        writer.wordTable(keys)
        writer.array(starts)
        writer.array(targets)
        writer.strings(forms)
        writer.int(keys.map { $0.split(separator: " ").count }.max() ?? 0)
    }

    /// Writes the table as the data pack's `translations` section.
    package func encode(into writer: inout BinaryWriter) {
        var table: [String: [String: Sources]] = [:]
        for (i, key) in keys.words.enumerated() {
            for t in Int(starts[i])..<Int(starts[i + 1]) {
                table[key, default: [:]][arabic.string(Int(targets[t] >> 8))] = Sources(rawValue: UInt8(targets[t] & 0xFF))
            }
        }
        Self.write(table, into: &writer)
    }

    /// How many English keys.
    public var count: Int { keys.count }

    /// The translations of an English word or phrase (any case), or of its
    /// singular when it has none ("forces" → "force", "ministries" → "ministry").
    public func translations(of english: String) -> [Translation] {
        translations(ofKey: Self.englishKey(english))
    }

    /// ``translations(of:)`` for a key already in the table's form (lower
    /// case, pieces joined by spaces): the aligner's words are.
    package func translations(ofKey key: String) -> [Translation] {
        let found = lookup(key)
        if !found.isEmpty { return found }
        for singular in Self.singulars(key) {
            let result = lookup(singular)
            if !result.isEmpty { return result }
        }
        return []
    }

    func lookup(_ key: String) -> [Translation] {
        var key = key
        guard let i = key.withUTF8({ keys.index(of: $0) }) else { return [] }
        return (Int(starts[i])..<Int(starts[i + 1])).map {
            Translation(arabic: arabic.string(Int(targets[$0] >> 8)), sources: Sources(rawValue: UInt8(targets[$0] & 0xFF)))
        }
    }

    static func singulars(_ key: String) -> [String] {
        guard !key.contains(" "), key.count > 3, key.hasSuffix("s"), !key.hasSuffix("ss") else { return [] }
        var result: [String] = []
        if key.hasSuffix("ies") { result.append(String(key.dropLast(3)) + "y") }
        if key.hasSuffix("es") { result.append(String(key.dropLast(2))) }
        result.append(String(key.dropLast()))
        return result
    }

    /// The English key: lower case, diacritics folded, pieces joined by spaces.
    static func englishKey(_ text: some StringProtocol) -> String {
        Gazetteer.englishPieces(String(text)).joined(separator: " ")
    }

    /// The Arabic key: each word folded (``Gazetteer/comparisonKey(_:)``) and
    /// without the article ال.
    package static func arabicKey(_ text: some StringProtocol) -> String {
        Gazetteer.arabicPieces(String(text)).map(withoutArticle).joined(separator: " ")
    }

    /// A folded Arabic word without its article (ال), when what is left has two letters or more.
    package static func withoutArticle(_ word: String) -> String {
        guard word.hasPrefix("ال"), word.unicodeScalars.count >= 4 else { return word }
        return String(word.unicodeScalars.dropFirst(2))
    }
}
