extension TransliterationModel {
    /// Version of the data format.
    public static let formatVersion = 1

    /// The model as TSV text: a `#` header (version, provenance), then
    /// `e<TAB>letter<TAB>position<TAB>english<TAB>probability` lines (position
    /// i, m or f; english may be empty) and the background spelling model as
    /// `b<TAB>trigram log-probabilities` (27³ values, base-36 encoded to keep
    /// the file small).
    public func serialized(header: [String]) -> String {
        var lines = ["# Tarjuman name transliteration model, format \(Self.formatVersion)"]
        lines += header.map { "# " + $0 }
        let positions = ["i", "m", "f"]
        var rows: [(String, String)] = []
        for (key, value) in emissions.entries {
            let ctx = key >> 23, length = Int(key >> 20 & 0x7), code = key & 0xFFFFF
            let letter = NameForms.arabicLetter(UInt8(ctx / UInt32(Self.positions)))
            let position = positions[Int(ctx % UInt32(Self.positions))]
            var english = ""
            for k in stride(from: length - 1, through: 0, by: -1) {
                english.unicodeScalars.append(Unicode.Scalar(UInt8(code >> (5 * UInt32(k)) & 31) + 0x61))
            }
            let sortKey = "\(letter)\t\(position)\t\(english)"
            rows.append((sortKey, "e\t\(sortKey)\t\(Self.format(value))"))
        }
        lines += rows.sorted { $0.0 < $1.0 }.map(\.1)
        let encoded = background.logProbabilities.map { String(Int((-$0 * 1000).rounded()), radix: 36) }
        for start in stride(from: 0, to: encoded.count, by: 27 * 27) {
            lines.append("b\t" + encoded[start..<min(start + 27 * 27, encoded.count)].joined(separator: " "))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func format(_ value: Double) -> String {
        // Six significant digits, without Foundation.
        var exponent = 0
        var mantissa = value
        while mantissa < 1 && mantissa > 0 { mantissa *= 10; exponent -= 1 }
        let digits = Int((mantissa * 100_000).rounded())
        return "\(digits)e\(exponent - 5)"
    }

    /// A model from its TSV text; nil if the text is not a model of this format.
    public init?(serialized text: String) {
        var emissions = EmissionTable(capacity: 1 << 14)
        var logs: [Float] = []
        let positions = ["i": 0, "m": 1, "f": 2]
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            if line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            if fields.first == "e", fields.count == 5 {
                let letters = NameForms.arabicSymbols(String(fields[1]))
                guard letters.count == 1, let position = positions[String(fields[2])],
                      let value = Self.parse(fields[4]) else { return nil }
                var code: UInt32 = 0
                let english = NameForms.englishSymbols(String(fields[3]))
                for symbol in english { code = code << 5 | UInt32(symbol) }
                let ctx = UInt32(letters[0]) * UInt32(Self.positions) + UInt32(position)
                emissions.set(Self.key(context: ctx, length: english.count, code: code), value)
            } else if fields.first == "b", fields.count == 2 {
                for item in fields[1].split(separator: " ") {
                    guard let v = Int(item, radix: 36) else { return nil }
                    logs.append(-Float(v) / 1000)
                }
            } else {
                return nil
            }
        }
        guard logs.count == EnglishLetterModel.size * EnglishLetterModel.size * EnglishLetterModel.size,
              emissions.count > 0 else { return nil }
        self.init(emissions: emissions, background: EnglishLetterModel(logProbabilities: logs))
    }

    static func parse(_ field: Substring) -> Double? {
        let parts = field.split(separator: "e")
        guard parts.count == 2, let digits = Double(parts[0]), let exponent = Int(parts[1]) else { return nil }
        var value = digits
        if exponent < 0 { for _ in 0..<(-exponent) { value /= 10 } } else { for _ in 0..<exponent { value *= 10 } }
        return value
    }
}
