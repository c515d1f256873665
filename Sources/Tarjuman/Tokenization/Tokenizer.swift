/// Splits text into tokens on top of ICU's word segmentation: words, numbers,
/// punctuation and symbols, each with its script, its range in the original,
/// its normalized form and, for Arabic, its clitic readings.
///
/// ```swift
/// let tokenizer = try Tokenizer(options: .init(clitics: true))
/// for token in tokenizer.tokens(in: "وقال مصطفى بالي لكوردستان 24") {
///     print(token.text, token.kind, token.normalized, token.clitics?.description ?? "")
/// }
/// // وقال word وقال و+قال
/// // مصطفى word مصطفي مصطفى
/// // بالي word بالي بالي
/// // لكوردستان word لكوردستان لكوردستان
/// // 24 number 24
/// ```
///
/// A word is split only with evidence: لكوردستان stays whole here, since
/// كوردستان is not in the lexicon and does not stand alone in this text; in a
/// document that also writes كوردستان by itself it splits into ل+كوردستان.
/// Tokenize whole documents when clitics matter.
///
/// Spaces are not tokens. An Arabic word glued to digits (كوردستان24) is cut
/// into a word and a number.
public struct Tokenizer: Sendable {
    /// Options for a ``Tokenizer``.
    public struct Options: Sendable {
        /// Split Arabic clitics (و ف ب ك ل ال, pronouns) when it is safe.
        public var clitics: Bool
        /// Options of the clitic segmenter (the future particle س).
        public var cliticOptions: CliticSegmenter.Options
        /// The normalization of ``Token/normalized``.
        public var normalizer: TextNormalizer
        /// ICU locale for word segmentation ("" is root).
        public var locale: String

        /// Options; by default no clitic segmentation and `.search` normalization.
        public init(clitics: Bool = false, cliticOptions: CliticSegmenter.Options = .init(),
                    normalizer: TextNormalizer = TextNormalizer(), locale: String = "") {
            self.clitics = clitics
            self.cliticOptions = cliticOptions
            self.normalizer = normalizer
            self.locale = locale
        }
    }

    private let words: Segmenter
    private let segmenter: CliticSegmenter?
    /// The options.
    public let options: Options

    /// A tokenizer.
    ///
    /// - Throws: `ICUError` (from TarjumanICU) if ICU cannot open its word break iterator.
    public init(options: Options = Options(), lexicon: ArabicLexicon = .builtIn) throws(ICUError) {
        self.options = options
        words = try Segmenter(.word, locale: options.locale)
        segmenter = options.clitics ? CliticSegmenter(lexicon: lexicon, options: options.cliticOptions) : nil
    }

    /// The tokens of `text`, in order.
    ///
    /// With clitic segmentation, words the same text uses on their own count as
    /// known stems (لكوردستان splits when كوردستان occurs alone).
    ///
    /// - Complexity: O(*n*).
    public func tokens(in text: String) -> [Token] {
        var raw: [(range: Range<String.Index>, utf8: Range<Int>, kind: Token.Kind, script: Script)] = []
        words.forEachSegment(in: text) { segment in
            let piece = text[segment.range]
            guard let kind = Self.kind(of: piece, wordKind: segment.wordKind ?? .none) else { return }
            for part in Self.splitArabicDigits(piece, utf8: segment.utf8Range, kind: kind) {
                raw.append((part.range, part.utf8, part.kind, Self.script(of: text[part.range])))
            }
        }
        var analysisForms: [String?] = Array(repeating: nil, count: raw.count)
        var context = Set<String>()
        if segmenter != nil {
            for (k, token) in raw.enumerated() where token.kind == .word && token.script == .arabic {
                let form = ArabicLexicon.analysisForm(String(text[token.range]))
                analysisForms[k] = form
                context.insert(form)
                if form.hasPrefix("ال") { context.insert(String(form.unicodeScalars.dropFirst(2))) }
            }
        }
        // Documents repeat their words: analyze each distinct form once.
        var analyses: [String: [CliticAnalysis]] = [:]
        return raw.indices.map { k in
            let token = raw[k]
            let piece = text[token.range]
            var readings: [CliticAnalysis] = []
            var stem = token.utf8
            if let segmenter, let form = analysisForms[k] {
                if let known = analyses[form] {
                    readings = known
                } else {
                    readings = segmenter.analyze(form, context: context, excluding: form)
                    analyses[form] = readings
                }
                if let chosen = readings.first, chosen.isSplit {
                    stem = Self.stemRange(of: chosen, in: piece, utf8: token.utf8)
                }
            }
            return Token(text: piece, kind: token.kind, script: token.script, range: token.range,
                         utf8Range: token.utf8, normalized: options.normalizer.normalize(String(piece)),
                         readings: readings, stemUTF8Range: stem)
        }
    }

    /// Maps a reading's clitic lengths (measured on the analysis form) back to
    /// the original word, which may carry tashkeel or tatweel.
    static func stemRange(of reading: CliticAnalysis, in word: Substring, utf8: Range<Int>) -> Range<Int> {
        let mapped = ArabicLexicon.analysisNormalizer.normalizeWithOffsets(String(word))
        let total = mapped.text.utf8.count
        let stemStart = min(reading.prefixLength, total)
        let stemEnd = max(stemStart, total - reading.suffixLength)
        let source = mapped.originalUTF8Range(for: stemStart..<stemEnd)
        return (utf8.lowerBound + source.lowerBound)..<(utf8.lowerBound + source.upperBound)
    }

    static func kind(of piece: Substring, wordKind: WordKind) -> Token.Kind? {
        switch wordKind {
        case .letter, .kana, .ideographic: return .word
        case .number: return .number
        case .none:
            guard let first = piece.unicodeScalars.first else { return nil }
            if first.value < 0x80 {
                // ASCII, without property lookups.
                let v = first.value
                if v <= 0x20 || v == 0x7F { return nil }
                if "$+<=>^`|~".unicodeScalars.contains(first) { return .symbol }
                if v >= 0x30 && v <= 0x39 { return .number }
                return .punctuation
            }
            let category = first.properties.generalCategory
            switch category {
            case .spaceSeparator, .lineSeparator, .paragraphSeparator, .control, .format: return nil
            case .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol: return .symbol
            default:
                if first.properties.isWhitespace { return nil }
                if piece.unicodeScalars.contains(where: { $0.properties.isAlphabetic }) { return .word }
                if piece.unicodeScalars.allSatisfy({ $0.properties.numericType != nil }) { return .number }
                return .punctuation
            }
        }
    }

    static func script(of piece: Substring) -> Script {
        for scalar in piece.unicodeScalars {
            let script = quickScript(scalar)
            if !script.isShared { return script }
        }
        return .common
    }

    /// `Script.of`, answering the common cases (ASCII, Arabic letters) without ICU.
    @inline(__always)
    static func quickScript(_ scalar: Unicode.Scalar) -> Script {
        let v = scalar.value
        if v < 0x80 {
            return (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A ? .latin : .common
        }
        if (0x0621...0x063A).contains(v) || (0x0641...0x064A).contains(v) || (0x0671...0x06D3).contains(v) {
            return .arabic
        }
        return Script.of(scalar)
    }

    /// Cuts an Arabic word glued to digits (كوردستان24) into word and number.
    static func splitArabicDigits(_ piece: Substring, utf8: Range<Int>, kind: Token.Kind)
        -> [(range: Range<String.Index>, utf8: Range<Int>, kind: Token.Kind)] {
        let whole = [(piece.startIndex..<piece.endIndex, utf8, kind)]
        guard kind == .word || kind == .number, mixesArabicAndDigits(piece.utf8) else { return whole }
        var parts: [(range: Range<String.Index>, utf8: Range<Int>, kind: Token.Kind)] = []
        var start = piece.startIndex
        var startOffset = utf8.lowerBound
        var offset = utf8.lowerBound
        var previousIsDigit: Bool? = nil
        var index = piece.startIndex
        while index < piece.endIndex {
            let scalar = piece.unicodeScalars[index]
            let isDigit = isDecimalDigit(scalar)
            if let previous = previousIsDigit, previous != isDigit, index > start {
                parts.append((start..<index, startOffset..<offset, previous ? .number : .word))
                start = index
                startOffset = offset
            }
            previousIsDigit = isDigit
            offset += UTF8.width(scalar)
            piece.unicodeScalars.formIndex(after: &index)
        }
        parts.append((start..<piece.endIndex, startOffset..<utf8.upperBound, previousIsDigit == true ? .number : .word))
        // A part that is only a connector space (U+202F joins digits and
        // letters for word breaking) is no token.
        return parts.filter { !piece[$0.range].unicodeScalars.allSatisfy(\.properties.isWhitespace) }
    }

    /// Whether the bytes hold both an Arabic letter and a decimal digit
    /// (ASCII, Arabic-Indic or extended Arabic-Indic): a byte scan, no
    /// Unicode property lookups.
    static func mixesArabicAndDigits(_ bytes: Substring.UTF8View) -> Bool {
        var digit = false, arabic = false
        var previous: UInt8 = 0
        for byte in bytes {
            if byte >= 0x30 && byte <= 0x39 {
                digit = true
            } else if previous == 0xD9 && byte >= 0xA0 && byte <= 0xA9 || previous == 0xDB && byte >= 0xB0 && byte <= 0xB9 {
                digit = true
            } else if byte >= 0xD8 && byte <= 0xDB {
                arabic = true
            }
            previous = byte
        }
        return digit && arabic
    }

    @inline(__always)
    static func isDecimalDigit(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x80 { return v >= 0x30 && v <= 0x39 }
        if (0x0660...0x0669).contains(v) || (0x06F0...0x06F9).contains(v) { return true }
        if (0x0600...0x06FF).contains(v) { return false }
        return scalar.properties.numericType == .decimal
    }
}
