extension TransliterationModel {
    /// Version of the data format.
    public static let formatVersion = 2

    /// The model as TSV text: a `#` header (version, provenance), then
    /// - `f<TAB>arabic letter<TAB>position<TAB>english<TAB>probability` (forward),
    /// - `r<TAB>english letter<TAB>position<TAB>arabic<TAB>probability` (reverse),
    /// - `le<TAB>trigram<TAB>count` and `la<TAB>trigram<TAB>count` (background
    ///   letter trigrams, `#` for the word boundary);
    /// position is i, m or f (initial, medial, final); the emitted string may
    /// be empty.
    public func serialized(header: [String]) -> String {
        var lines = ["# Tarjuman name transliteration model, format \(Self.formatVersion)"]
        lines += header.map { "# " + $0 }
        lines += Self.rows(forward, tag: "f", source: { String(NameForms.arabicLetter($0)) },
                           target: { NameForms.englishString([$0]) })
        lines += Self.rows(reverse, tag: "r", source: { NameForms.englishString([$0]) },
                           target: { String(NameForms.arabicLetter($0)) })
        lines += Self.trigramRows(englishModel, tag: "le") { NameForms.englishString([$0]) }
        lines += Self.trigramRows(arabicModel, tag: "la") { String(NameForms.arabicLetter($0)) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Contexts: position (initial, medial, final), then `v` when a vowel
    /// letter follows.
    static let positionNames = ["i", "iv", "m", "mv", "f", "fv"]

    static func rows(_ transducer: LetterTransducer, tag: String, source: (UInt8) -> String,
                     target: (UInt8) -> String) -> [String] {
        let bits = UInt32(transducer.bitsPerSymbol), mask = (UInt32(1) << bits) - 1
        var rows: [(String, String)] = []
        for (key, value) in transducer.emissions.entries {
            let ctx = key >> 23, length = Int(key >> 20 & 0x7), code = key & 0xFFFFF
            var emitted = ""
            for k in stride(from: length - 1, through: 0, by: -1) {
                emitted += target(UInt8(code >> (bits * UInt32(k)) & mask))
            }
            let contexts = UInt32(LetterTransducer.positions)
            let sortKey = "\(source(UInt8(ctx / contexts)))\t\(positionNames[Int(ctx % contexts)])\t\(emitted)"
            rows.append((sortKey, "\(tag)\t\(sortKey)\t\(format(value))"))
        }
        return rows.sorted { $0.0 < $1.0 }.map(\.1)
    }

    static func trigramRows(_ model: LetterModel, tag: String, letter: (UInt8) -> String) -> [String] {
        let s = model.alphabet + 1
        func name(_ symbol: Int) -> String { symbol == model.alphabet ? "#" : letter(UInt8(symbol)) }
        return model.counts.map { key, count in
            "\(tag)\t\(name(key / (s * s)))\(name(key / s % s))\(name(key % s))\t\(Int(count.rounded()))"
        }.sorted()
    }

    /// Six significant digits, without Foundation.
    static func format(_ value: Double) -> String {
        var exponent = 0
        var mantissa = value
        while mantissa < 1 && mantissa > 0 { mantissa *= 10; exponent -= 1 }
        return "\(Int((mantissa * 100_000).rounded()))e\(exponent - 5)"
    }

    static func parse(_ field: Substring) -> Double? {
        let parts = field.split(separator: "e")
        guard parts.count == 2, let digits = Double(parts[0]), let exponent = Int(parts[1]) else { return nil }
        var value = digits
        if exponent < 0 { for _ in 0..<(-exponent) { value /= 10 } } else { for _ in 0..<exponent { value *= 10 } }
        return value
    }

    /// A model from its TSV text (format 2).
    ///
    /// - Parameters:
    ///   - text: The model's text (`Data/models/name-model.tsv`'s format).
    ///   - source: The file's name, for errors.
    /// - Throws: ``DataFileError`` naming the first bad line.
    public init(parsing text: String, source: String = "name model") throws(DataFileError) {
        var forwardTable = EmissionTable(capacity: 1 << 14), reverseTable = EmissionTable(capacity: 1 << 13)
        var englishCounts: [Int: Double] = [:], arabicCounts: [Int: Double] = [:]
        var positions: [String: UInt32] = [:]
        for (index, name) in Self.positionNames.enumerated() { positions[name] = UInt32(index) }
        func arabic(_ text: Substring) -> [UInt8] { NameForms.arabicSymbols(String(text)) }
        func english(_ text: Substring) -> [UInt8] { NameForms.englishSymbols(String(text)) }
        for (index, line) in text.dataLines().enumerated()
        where !line.isEmpty && !line.hasPrefix("#") && !line.hasPrefix("c\t") {
            func bad(_ message: String) -> DataFileError { DataFileError(source: source, line: index + 1, message: message) }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            switch (fields.first, fields.count) {
            case ("f", 5), ("r", 5):
                let isForward = fields[0] == "f"
                let source = isForward ? arabic(fields[1]) : english(fields[1])
                let emitted = isForward ? english(fields[3]) : arabic(fields[3])
                guard source.count == 1, let position = positions[String(fields[2])],
                      let value = Self.parse(fields[4]) else { throw bad("expected \(fields[0])<TAB>letter<TAB>position<TAB>letters<TAB>probability") }
                let bits = UInt32(isForward ? 5 : 6)
                var code: UInt32 = 0
                for symbol in emitted { code = code << bits | UInt32(symbol) }
                let key = LetterTransducer.key(context: UInt32(source[0]) * UInt32(LetterTransducer.positions) + position,
                                               length: emitted.count, code: code)
                if isForward { forwardTable.set(key, value) } else { reverseTable.set(key, value) }
            case ("le", 3), ("la", 3):
                let isEnglish = fields[0] == "le"
                let alphabet = isEnglish ? Self.englishAlphabet : Self.arabicAlphabet
                var symbols: [Int] = []
                for character in fields[1] {
                    if character == "#" { symbols.append(alphabet); continue }
                    let s = isEnglish ? english(Substring(String(character))) : arabic(Substring(String(character)))
                    guard s.count == 1 else { throw bad("\(character) is not a letter of the model") }
                    symbols.append(Int(s[0]))
                }
                guard symbols.count == 3, let count = Double(fields[2]) else { throw bad("expected \(fields[0])<TAB>three letters<TAB>count") }
                let size = alphabet + 1
                let key = (symbols[0] * size + symbols[1]) * size + symbols[2]
                if isEnglish { englishCounts[key] = count } else { arabicCounts[key] = count }
            default:
                throw bad("expected an f, r, le, la or c row")
            }
        }
        guard forwardTable.count > 0, reverseTable.count > 0 else {
            throw DataFileError(source: source, line: 0, message: "not a name model (format \(Self.formatVersion)): no f or r rows")
        }
        let forward = LetterTransducer(maxEmission: 4, bitsPerSymbol: 5, vowels: Self.arabicVowels, emissions: forwardTable)
        let reverse = LetterTransducer(maxEmission: 2, bitsPerSymbol: 6, vowels: Self.englishVowels, emissions: reverseTable)
        self.init(forward: forward, reverse: reverse,
                  englishModel: LetterModel(alphabet: Self.englishAlphabet, counts: englishCounts),
                  arabicModel: LetterModel(alphabet: Self.arabicAlphabet, counts: arabicCounts))
    }
}
