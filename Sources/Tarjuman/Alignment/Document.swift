/// A text prepared for finding names: its word and number pieces, each with
/// its place in the original, its normalized key, what separates it from the
/// previous piece, and its sentence.
struct Document: Sendable {
    /// What lies between a piece and the one before it.
    enum Gap: Sendable, Equatable {
        /// The first piece, or only spaces in between.
        case space
        /// Nothing at all (`كوردستان24`).
        case none
        /// A hyphen (`al-Zor`, `TEV-DEM`).
        case hyphen
        /// An opening parenthesis (`Forces (SDF`).
        case parenthesis
        /// Other punctuation, or a line break: names do not run across it.
        case boundary
    }

    struct Piece: Sendable {
        /// The piece as written.
        let text: Substring
        /// Its UTF-8 range in the original; for English, without a possessive `'s`.
        let utf8Range: Range<Int>
        /// Normalized key (``Gazetteer/englishKey`` or ``Gazetteer/arabicKey``).
        let key: String
        let isNumber: Bool
        let gap: Gap
        let sentence: Int
        /// The token it came from (Arabic: for clitic readings).
        let token: Int
    }

    let text: String
    let bytes: [UInt8]
    let pieces: [Piece]
    /// UTF-8 ranges of the sentences.
    let sentences: [Range<Int>]
    let tokens: [Token]

    init(text: String, tokenizer: Tokenizer, sentenceSegmenter: Segmenter, arabic: Bool) {
        self.text = text
        let bytes = Array(text.utf8)
        self.bytes = bytes
        let tokens = tokenizer.tokens(in: text)
        self.tokens = tokens
        var sentences = sentenceSegmenter.segments(of: text).map(\.utf8Range)
        if sentences.isEmpty { sentences = [0..<bytes.count] }
        self.sentences = sentences
        var pieces: [Piece] = []
        var sentence = 0
        var previousEnd = 0
        for (index, token) in tokens.enumerated() where token.kind == .word || token.kind == .number {
            for part in arabic ? Self.arabicParts(token) : Self.englishParts(token) {
            var range = part.1
            let token = Token(text: part.0, kind: part.0.first?.isNumber == true ? .number : token.kind, script: token.script,
                              range: part.0.startIndex..<part.0.endIndex, utf8Range: part.1, normalized: "",
                              readings: [], stemUTF8Range: part.1)
            let forcedBoundary = part.2
            while sentence + 1 < sentences.count && sentences[sentence + 1].lowerBound <= range.lowerBound { sentence += 1 }
            let gap: Gap
            if pieces.isEmpty {
                gap = .space
            } else if forcedBoundary {
                gap = .boundary
            } else {
                gap = Self.gap(bytes[previousEnd..<range.lowerBound])
            }
            var key: String
            if arabic {
                key = Gazetteer.arabicKey(token.text)
            } else {
                key = Gazetteer.englishKey(token.text)
                // "Washington’s": the name ends before the possessive.
                if token.text.hasSuffix("’s") || token.text.hasSuffix("'s") {
                    range = range.lowerBound..<(range.upperBound - (token.text.hasSuffix("’s") ? 4 : 2))
                } else if token.text.hasSuffix("s’") || token.text.hasSuffix("s'") {
                    range = range.lowerBound..<(range.upperBound - (token.text.hasSuffix("’") ? 3 : 1))
                }
            }
            if key.isEmpty { key = String(token.text) }
            pieces.append(Piece(text: token.text, utf8Range: range, key: key, isNumber: token.kind == .number,
                                gap: gap, sentence: sentence, token: index))
            previousEnd = token.utf8Range.upperBound
            }
        }
        self.pieces = pieces
    }

    /// An English word token in parts: letters and digits apart
    /// (`Kurdistan24` → `Kurdistan`, `24`), and a sentence end with its space
    /// missing apart (`Syria.AFP` → `Syria`, `AFP`, not one name). The flag
    /// marks a part that starts after such a missing space.
    static func englishParts(_ token: Token) -> [(Substring, Range<Int>, Bool)] {
        let text = token.text
        var parts: [(Substring, Range<Int>, Bool)] = []
        var start = text.startIndex, startOffset = token.utf8Range.lowerBound, offset = startOffset
        var previous: Character? = nil
        var boundaryNext = false
        var index = text.startIndex
        while index < text.endIndex {
            let c = text[index]
            if let p = previous {
                let letterDigit = (p.isLetter && c.isNumber || p.isNumber && c.isLetter)
                    && text[start..<index].filter(\.isLetter).count >= 3
                let missingSpace = p == "." && c.isUppercase && index > text.startIndex
                    && text[start..<text.index(before: index)].filter(\.isLowercase).count >= 2
                if letterDigit || missingSpace {
                    let end = missingSpace ? text.index(before: index) : index
                    parts.append((text[start..<end], startOffset..<(missingSpace ? offset - 1 : offset), boundaryNext))
                    start = index
                    startOffset = offset
                    boundaryNext = missingSpace
                }
            }
            previous = c
            offset += c.utf8.count
            index = text.index(after: index)
        }
        parts.append((text[start...], startOffset..<token.utf8Range.upperBound, boundaryNext))
        return parts
    }

    /// An Arabic word token in parts where the script changes between letters
    /// (`أحمدEditing`, a credit line whose English was run on: `أحمد`,
    /// `Editing`); the Latin part is flagged so that no name runs across it.
    static func arabicParts(_ token: Token) -> [(Substring, Range<Int>, Bool)] {
        let text = token.text
        var parts: [(Substring, Range<Int>, Bool)] = []
        var start = text.startIndex, startOffset = token.utf8Range.lowerBound, offset = startOffset
        var previousLatin: Bool? = nil
        var index = text.startIndex
        while index < text.endIndex {
            let c = text[index]
            if c.isLetter, let scalar = c.unicodeScalars.first {
                let latin = scalar.isASCII
                let arabicLetter = (0x0600...0x06FF).contains(scalar.value) || (0x0750...0x077F).contains(scalar.value)
                if latin || arabicLetter {
                    if let previous = previousLatin, previous != latin {
                        parts.append((text[start..<index], startOffset..<offset, !parts.isEmpty))
                        start = index
                        startOffset = offset
                    }
                    previousLatin = latin
                }
            }
            offset += c.utf8.count
            index = text.index(after: index)
        }
        parts.append((text[start...], startOffset..<token.utf8Range.upperBound, !parts.isEmpty))
        return parts
    }

    static func gap(_ between: ArraySlice<UInt8>) -> Gap {
        if between.isEmpty { return .none }
        var sawHyphen = false, sawParenthesis = false
        var rest = between[...]
        // A plural possessive's apostrophe ("Workers’ Party") does not end a name.
        if rest.first == 0x27 { rest = rest.dropFirst() }
        else if rest.starts(with: [0xE2, 0x80, 0x99]) { rest = rest.dropFirst(3) }
        if rest.count < between.count && rest.first != 0x20 { return .boundary }
        for byte in rest {
            switch byte {
            case 0x20, 0x09: continue
            case 0x2D: sawHyphen = true
            case 0x28: sawParenthesis = true
            default:
                // No-break space (C2 A0) counts as a space; anything else (line
                // breaks, commas, dashes, quotes) ends a name.
                if byte == 0xC2 || byte == 0xA0 { continue }
                return .boundary
            }
        }
        if sawHyphen && sawParenthesis { return .boundary }
        if sawHyphen { return between.count == 1 ? .hyphen : .boundary }
        if sawParenthesis { return .parenthesis }
        return .space
    }

    /// The original text of a UTF-8 range.
    func slice(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    /// The original text from piece `first` through piece `last`.
    func span(_ first: Int, _ last: Int) -> Range<Int> {
        pieces[first].utf8Range.lowerBound..<pieces[last].utf8Range.upperBound
    }

    /// The sentence holding a byte offset, as text (spaces folded).
    func sentenceText(containing offset: Int) -> String {
        guard let sentence = sentences.first(where: { $0.contains(offset) }) ?? sentences.last else { return "" }
        return slice(sentence).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
