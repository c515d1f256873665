import TarjumanICU

/// A character-mapping transliteration scheme, compiled from its table
/// (`Data/schemes/NAME.tsv`) into direct lookup tables over UTF-8 bytes.
///
/// Table format: `#` comment lines (`# scheme: NAME`, `# reversible: yes|no`,
/// and a description), then `U+XXXX<TAB>output<TAB>name` rows for characters
/// U+0600…U+06FF. An output of `=double` repeats the previous letter's output
/// (shadda). A row keyed by two code points (`U+064E U+0627`) writes that
/// pair as one (fatha + alef → ā). Characters not listed pass through unchanged.
public struct SchemeTable: Sendable {
    /// One row of the table.
    public struct Mapping: Sendable, Hashable {
        /// The Arabic-block character.
        public let scalar: Unicode.Scalar
        /// For a pair row: the second character.
        public let next: Unicode.Scalar?
        /// What it becomes (empty: dropped); nil for the `=double` directive.
        public let output: String?
    }

    /// The scheme's name (`# scheme:`).
    public let name: String
    /// Its description (the first other comment line).
    public let summary: String
    /// Whether text can be turned back (every output a distinct single ASCII character).
    public let isReversible: Bool
    /// The rows, in table order.
    public let mappings: [Mapping]

    /// Outputs of U+0600 + index, back to back: `flat[offsets[i] ..< offsets[i + 1]]`.
    private let flat: [UInt8]
    private let offsets: [UInt32]
    /// What U+0600 + index is: pass through, letter, mark, or the doubling directive.
    private let kinds: [UInt8]
    static let passThrough: UInt8 = 0, letter: UInt8 = 1, mark: UInt8 = 2, double: UInt8 = 3
    /// Output bytes for pairs: first index << 8 | second index.
    private let pairs: [Int: [UInt8]]
    /// Whether U+0600 + index starts some pair.
    private let pairStarts: [Bool]
    /// Arabic UTF-8 bytes for an ASCII byte, when reversible.
    private let backward: [[UInt8]?]
    private let longestOutput: Int

    /// Reads a table's text.
    ///
    /// - Throws: ``DataFileError`` naming the first bad line; also when a table
    ///   that says `reversible: yes` has an output that is not a distinct
    ///   single ASCII character.
    public init(parsing text: String, source: String = "scheme") throws(DataFileError) {
        var name = "", summary = "", reversible = false
        var mappings: [Mapping] = []
        var forward = [[UInt8]?](repeating: nil, count: 256)
        var doubles = [Bool](repeating: false, count: 256)
        var pairs: [Int: [UInt8]] = [:]
        var lineNumber = 0
        for raw in text.dataLines() {
            lineNumber += 1
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            if line.isEmpty { continue }
            if line.hasPrefix("#") {
                let body = line.dropFirst().drop(while: { $0 == " " })
                if body.hasPrefix("scheme:") { name = body.dropFirst(7).trimmingSpaces() }
                else if body.hasPrefix("reversible:") { reversible = body.dropFirst(11).trimmingSpaces() == "yes" }
                else if summary.isEmpty && !body.hasPrefix("format:") { summary = String(body) }
                continue
            }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
            let keys = columns.first?.split(separator: " ") ?? []
            let values = keys.compactMap { key -> UInt32? in
                key.hasPrefix("U+") ? UInt32(key.dropFirst(2), radix: 16) : nil
            }
            guard columns.count >= 2, !keys.isEmpty, keys.count <= 2, values.count == keys.count,
                  let value = values.first, let scalar = Unicode.Scalar(value) else {
                throw DataFileError(source: source, line: lineNumber, message: "expected U+XXXX (or U+XXXX U+YYYY)<TAB>output")
            }
            guard values.allSatisfy({ (0x0600...0x06FF).contains($0) }) else {
                throw DataFileError(source: source, line: lineNumber, message: "\(columns[0]) is outside the Arabic block U+0600…U+06FF")
            }
            if values.count == 2 {
                let key = Int(value - 0x0600) << 8 | Int(values[1] - 0x0600)
                guard columns[1] != "=double", pairs[key] == nil else {
                    throw DataFileError(source: source, line: lineNumber, message: "\(columns[0]): a pair is listed twice or doubles")
                }
                pairs[key] = Array(columns[1].utf8)
                mappings.append(Mapping(scalar: scalar, next: Unicode.Scalar(values[1]), output: String(columns[1])))
                continue
            }
            let index = Int(value - 0x0600)
            guard forward[index] == nil && !doubles[index] else {
                throw DataFileError(source: source, line: lineNumber, message: "\(columns[0]) is listed twice")
            }
            if columns[1] == "=double" {
                doubles[index] = true
                mappings.append(Mapping(scalar: scalar, next: nil, output: nil))
            } else {
                forward[index] = Array(columns[1].utf8)
                mappings.append(Mapping(scalar: scalar, next: nil, output: String(columns[1])))
            }
        }
        try self.init(name: name, summary: summary, isReversible: reversible, mappings: mappings, source: source)
    }

    /// A table from its mappings (checked as ``init(parsing:)`` checks them).
    init(name: String, summary: String, isReversible reversible: Bool, mappings: [Mapping], source: String) throws(DataFileError) {
        var forward = [[UInt8]?](repeating: nil, count: 256)
        var doubles = [Bool](repeating: false, count: 256)
        var pairs: [Int: [UInt8]] = [:]
        var pairStarts = [Bool](repeating: false, count: 256)
        for mapping in mappings {
            let index = Int(mapping.scalar.value) - 0x0600
            guard (0..<256).contains(index) else { throw DataFileError(source: source, line: 0, message: "U+\(String(mapping.scalar.value, radix: 16)) is outside the Arabic block") }
            if let next = mapping.next {
                let second = Int(next.value) - 0x0600
                guard (0..<256).contains(second), let output = mapping.output else { throw DataFileError(source: source, line: 0, message: "bad pair") }
                pairs[index << 8 | second] = Array(output.utf8)
                pairStarts[index] = true
            } else if let output = mapping.output {
                forward[index] = Array(output.utf8)
            } else {
                doubles[index] = true
            }
        }
        var backward = [[UInt8]?](repeating: nil, count: 128)
        if reversible {
            if !pairs.isEmpty { throw DataFileError(source: source, line: 0, message: "a reversible scheme cannot write pairs as one") }
            for mapping in mappings {
                guard let output = mapping.output, output.utf8.count == 1, let byte = output.utf8.first, byte < 0x80 else {
                    throw DataFileError(source: source, line: 0, message: "reversible scheme maps U+\(String(mapping.scalar.value, radix: 16, uppercase: true)) to '\(mapping.output ?? "=double")', not one ASCII character")
                }
                guard backward[Int(byte)] == nil else {
                    throw DataFileError(source: source, line: 0, message: "reversible scheme uses '\(output)' twice")
                }
                backward[Int(byte)] = Array(String(mapping.scalar).utf8)
            }
        }
        self.name = name
        self.summary = summary
        self.isReversible = reversible
        self.mappings = mappings
        let isMark: [Bool] = (0..<256).map { index in
            Unicode.Scalar(0x0600 + UInt32(index)).map { $0.properties.generalCategory == .nonspacingMark } ?? false
        }
        var flat: [UInt8] = [], offsets: [UInt32] = [0], kinds: [UInt8] = []
        for index in 0..<256 {
            if let bytes = forward[index] {
                flat.append(contentsOf: bytes)
                kinds.append(isMark[index] ? Self.mark : Self.letter)
            } else {
                kinds.append(doubles[index] ? Self.double : Self.passThrough)
            }
            offsets.append(UInt32(flat.count))
        }
        self.flat = flat
        self.offsets = offsets
        self.kinds = kinds
        self.pairs = pairs
        self.pairStarts = pairStarts
        self.backward = backward
        self.longestOutput = max(forward.map { $0?.count ?? 0 }.max() ?? 0, pairs.values.map(\.count).max() ?? 0)
    }

    /// Reads a table written by ``encode(into:)``.
    init(decoding name: String, flags: String, mappings reader: inout BinaryReader) throws(DataError) {
        let summary = try reader.strings()
        let scalars = try reader.array(UInt32.self), nexts = try reader.array(UInt32.self)
        let outputs = try reader.strings(), hasOutput = try reader.array(UInt8.self)
        guard summary.count == 1, scalars.count == nexts.count, scalars.count == outputs.count,
              scalars.count == hasOutput.count else { throw reader.corrupt("scheme table") }
        var mappings: [Mapping] = []
        for i in 0..<scalars.count {
            guard let scalar = Unicode.Scalar(scalars[i]) else { throw reader.corrupt("scalar") }
            mappings.append(Mapping(scalar: scalar, next: nexts[i] == 0 ? nil : Unicode.Scalar(nexts[i]),
                                    output: hasOutput[i] == 0 ? nil : outputs[i]))
        }
        do {
            try self.init(name: name, summary: summary[0], isReversible: flags == "reversible", mappings: mappings, source: name)
        } catch {
            throw DataError(section: reader.section, message: "scheme \(name): \(error)")
        }
    }

    /// Writes the table: name and flags first (as a string list, which the
    /// `schemes` section reads before it), then summary and mappings.
    package func encode(into writer: inout BinaryWriter) {
        writer.strings([name, name, isReversible ? "reversible" : "one-way"])
        writer.strings([summary])
        writer.array(mappings.map(\.scalar.value))
        writer.array(mappings.map { $0.next?.value ?? 0 })
        writer.strings(mappings.map { $0.output ?? "" })
        writer.array(mappings.map { $0.output == nil ? UInt8(0) : 1 })
    }

    /// `text` in this scheme. Never fails; characters the table does not
    /// list (Latin letters, digits, spaces) are kept as they are.
    ///
    /// - Complexity: O(*n*), one pass over the UTF-8 bytes, written straight
    ///   into the new string's storage.
    public func transliterate(_ text: String) -> String {
        var text = text
        return text.withUTF8 { input -> String in
            if input.isEmpty { return "" }
            return String(unsafeUninitializedCapacity: outputCapacity(input.count)) { out in
                transliterate(input, into: out.baseAddress!)
            }
        }
    }

    /// Streaming: `bytes` (valid UTF-8, such as a block of whole lines) in
    /// this scheme, appended to `output`. The same as ``transliterate(_:)``,
    /// which never looks across a line feed, so a block of lines comes out
    /// as its lines would one by one.
    package func transliterate(utf8 bytes: UnsafeBufferPointer<UInt8>, appendingTo output: StreamBuffer) {
        if bytes.isEmpty { return }
        output.reserve(outputCapacity(bytes.count))
        output.count += transliterate(bytes, into: output.base + output.count)
    }

    /// The most bytes the transliteration of `n` bytes can take.
    private func outputCapacity(_ n: Int) -> Int { n * max(2, longestOutput) + 16 }

    /// Writes the transliteration of `input` to `out` (room for
    /// ``outputCapacity(_:)`` bytes); returns how many bytes it wrote.
    private func transliterate(_ input: UnsafeBufferPointer<UInt8>, into out: UnsafeMutablePointer<UInt8>) -> Int {
        let n = input.count
        let raw = UnsafeRawPointer(input.baseAddress!)
        return flat.withUnsafeBufferPointer { flat in
            var o = 0
            var letterStart = 0, letterEnd = 0   // output range of the last letter written
            var i = 0
            while i < n {
                let b0 = input[i]
                if b0 < 0x80 {
                    // ASCII is kept: eight bytes at a time when they are.
                    if i + 8 <= n {
                        let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                        if word & 0x8080_8080_8080_8080 == 0 {
                            UnsafeMutableRawPointer(out + o).storeBytes(of: word, as: UInt64.self)
                            o += 8
                            letterEnd = letterStart
                            i += 8
                            continue
                        }
                    }
                    out[o] = b0
                    o += 1
                    letterEnd = letterStart
                    i += 1
                    continue
                }
                if b0 >= 0xD8 && b0 <= 0xDB && i + 1 < n {
                    let index = Int(b0 & 0x03) << 6 | Int(input[i + 1] & 0x3F)
                    if pairStarts[index], i + 3 < n, input[i + 2] >= 0xD8, input[i + 2] <= 0xDB,
                       let bytes = pairs[pairKey(index, input[i + 2], input[i + 3])] {
                        for byte in bytes { out[o] = byte; o += 1 }
                        i += 4
                        continue
                    }
                    let kind = kinds[index]
                    if kind == Self.letter || kind == Self.mark {
                        let from = Int(offsets[index]), to = Int(offsets[index + 1])
                        if kind == Self.letter { letterStart = o }
                        for k in from..<to { out[o] = flat[k]; o += 1 }
                        if kind == Self.letter { letterEnd = o }
                        i += 2
                        continue
                    }
                    if kind == Self.double {
                        // The letter again, right after it: before any vowel written since.
                        let length = letterEnd - letterStart
                        if length > 0 {
                            var k = o - 1
                            while k >= letterEnd { out[k + length] = out[k]; k -= 1 }
                            for m in 0..<length { out[letterEnd + m] = out[letterStart + m] }
                            o += length
                            letterStart = letterEnd
                            letterEnd += length
                        }
                        i += 2
                        continue
                    }
                }
                out[o] = b0
                o += 1
                if b0 >= 0xC0 { letterEnd = letterStart }
                i += 1
            }
            return o
        }
    }

    @inline(__always)
    private func pairKey(_ first: Int, _ lead: UInt8, _ trail: UInt8) -> Int {
        let second: Int = Int(lead & 0x03) << 6 | Int(trail & 0x3F)
        return first << 8 | second
    }

    /// `text` turned back from this scheme into Arabic, or nil if the scheme
    /// is not reversible. Every ASCII character of the scheme's alphabet
    /// becomes Arabic; all others are kept, so the round trip is exact for
    /// text whose non-Arabic characters lie outside that alphabet (digits,
    /// punctuation, spaces, other scripts).
    public func reverse(_ text: String) -> String? {
        guard isReversible else { return nil }
        var text = text
        return text.withUTF8 { input -> String in
            let output = StreamBuffer(capacity: input.count * 2)
            reverse(input, appendingTo: output)
            return String(decoding: output.bytes, as: UTF8.self)
        }
    }

    /// Streaming: ``reverse(_:)`` of `bytes` (valid UTF-8, such as a block of
    /// whole lines; byte by byte, so lines come out as they would one by
    /// one), appended to `output`.
    ///
    /// - Returns: `false`, appending nothing, when the scheme is not reversible.
    package func reverse(utf8 bytes: UnsafeBufferPointer<UInt8>, appendingTo output: StreamBuffer) -> Bool {
        guard isReversible else { return false }
        reverse(bytes, appendingTo: output)
        return true
    }

    private func reverse(_ input: UnsafeBufferPointer<UInt8>, appendingTo output: StreamBuffer) {
        output.reserve(input.count)
        for byte in input {
            if byte < 0x80, let bytes = backward[Int(byte)] {
                bytes.withUnsafeBufferPointer { output.append($0) }
            } else {
                output.reserve(1)
                output.base[output.count] = byte
                output.count += 1
            }
        }
    }

    /// The same mapping as ICU transliteration rules (for `Transliterator(rules:)`),
    /// or nil when the table uses `=double`, which has no one-line rule.
    public var icuRules: String? {
        guard !mappings.contains(where: { $0.output == nil || $0.next != nil }) else { return nil }
        func escaped(_ text: String) -> String {
            text.unicodeScalars.map { "\\u" + String(repeating: "0", count: 4 - String($0.value, radix: 16).count) + String($0.value, radix: 16) }.joined()
        }
        return mappings.map { "\(escaped(String($0.scalar))) > \($0.output!.isEmpty ? "''" : escaped($0.output!)) ;" }.joined(separator: "\n")
    }
}

/// The transliteration schemes Tarjuman ships, each a table in `Data/schemes/`.
public enum TransliterationScheme: String, CaseIterable, Sendable {
    /// Buckwalter (ASCII, lossless: أ > ؤ & إ < ئ } ش $ ذ *).
    case buckwalter
    /// Safe Buckwalter: letters only (أ O, ش c, ذ V), lossless.
    case buckwalterSafe = "buckwalter-safe"
    /// XML Buckwalter: no > < & (أ O, إ I, ؤ W), lossless.
    case buckwalterXML = "buckwalter-xml"
    /// Scholarly, ISO 233-2 / DIN 31635 style: ṣ ḍ ṭ ẓ ḥ ʿ ʾ ā.
    case scholarly
    /// Plain ASCII for display, no diacritics: ث th, ش sh.
    case plain

    /// The compiled table.
    public var table: SchemeTable { Self.tables[self]! }

    /// Whether ``reverse(_:)`` is available.
    public var isReversible: Bool { table.isReversible }

    /// `text` in this scheme.
    public func transliterate(_ text: String) -> String { table.transliterate(text) }

    /// `text` turned back into Arabic, or nil if the scheme is not reversible.
    public func reverse(_ text: String) -> String? { table.reverse(text) }

    /// The built-in tables, from the data pack (section `schemes`, built from
    /// `Data/schemes/*.tsv`).
    static let tables: [TransliterationScheme: SchemeTable] = DataPack.load("schemes") { (reader: inout BinaryReader) throws(DataError) in
        var tables: [TransliterationScheme: SchemeTable] = [:]
        let count = try reader.int()
        for _ in 0..<max(0, count) {
            let fields = try reader.strings()
            guard fields.count == 3, let scheme = TransliterationScheme(rawValue: fields[0]) else { throw reader.corrupt("scheme") }
            tables[scheme] = try SchemeTable(decoding: fields[1], flags: fields[2], mappings: &reader)
        }
        guard tables.count == allCases.count else { throw reader.corrupt("scheme list") }
        return tables
    }
}
