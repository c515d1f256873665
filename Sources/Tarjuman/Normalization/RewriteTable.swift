import TarjumanICU

/// What normalization does with one code point.
enum Rewrite: Equatable {
    /// Copied as it is.
    case keep
    /// Removed.
    case drop
    /// A space: folded and collapsed with its neighbours.
    case space
    /// Replaced by this text (possibly several code points).
    case replace(String)
}

/// The per-code-point decisions of a ``TextNormalizer``, computed once at
/// initialization for the code points that normalization can change
/// (ASCII, Latin, Arabic, general punctuation, presentation forms) and looked
/// up in flat arrays while normalizing. Immutable after `init`, hence `Sendable`.
final class RewriteTable: Sendable {
    let arabic: ArabicNormalization
    let english: EnglishNormalization
    let spaceHandling: Bool
    let foldSpaces: Bool
    let trimSpaces: Bool
    /// No step at all: normalization leaves every text as it is.
    let isIdentity: Bool

    /// Entry codes: 0 keep, 1 drop, 2 space, ≥ 256 replacement: length in the
    /// low 8 bits, offset into `pool` above them.
    private let low: [UInt32]    // U+0000 ..< U+0900
    private let middle: [UInt32] // U+1E00 ..< U+2070
    private let high: [UInt32]   // U+FB00 ..< U+10000
    let pool: [UInt8]
    /// Fast-path entries for every code point below U+0800 (ASCII, Latin,
    /// Greek, Cyrillic, Hebrew, Arabic): see ``fastEntry(_:)``.
    let fast: [UInt64]

    /// Fast entry layout: bits 0–31 the output bytes (little-endian), bits
    /// 32–34 their count (0 for a removed character), bit 40 "special" (take
    /// the full path: spaces, line ends, long replacements, combining hamza),
    /// bit 41 "unchanged", bit 42 "may start a cluster" (check the next byte).
    static let fastSpecial: UInt64 = 1 << 40
    /// How the fast path may take graphic ASCII (U+0021 ... U+007E) eight
    /// bytes at a time: ``asciiNone`` (byte by byte), ``asciiKept`` (each is
    /// kept), ``asciiFoldsCase`` (A–Z become a–z, the rest is kept).
    let asciiRun: UInt8
    static let asciiNone: UInt8 = 0
    static let asciiKept: UInt8 = 1
    static let asciiFoldsCase: UInt8 = 2
    /// Whether graphic ASCII may start a cluster (check the byte after it).
    let asciiCheckNext: Bool
    static let fastUnchanged: UInt64 = 1 << 41
    static let fastCheckNext: UInt64 = 1 << 42

    static let keepCode: UInt32 = 0
    static let dropCode: UInt32 = 1
    static let spaceCode: UInt32 = 2
    /// Not in a table: decide on the fly.
    static let unknownCode: UInt32 = 3

    init(arabic: ArabicNormalization, english: EnglishNormalization) {
        self.arabic = arabic
        self.english = english
        foldSpaces = arabic.contains(.foldSpaces) || english.contains(.foldSpaces)
        trimSpaces = arabic.contains(.trimSpaces) || english.contains(.trimSpaces)
        spaceHandling = foldSpaces || trimSpaces
        isIdentity = arabic.isEmpty && english.isEmpty
        var pool: [UInt8] = [0]
        let folding = foldSpaces
        func build(_ range: Range<UInt32>) -> [UInt32] {
            range.map { value -> UInt32 in
                guard let scalar = Unicode.Scalar(value) else { return Self.keepCode }
                switch Self.spacesFolded(Self.classify(scalar, arabic: arabic, english: english), folding) {
                case .keep: return Self.keepCode
                case .drop: return Self.dropCode
                case .space: return Self.spaceCode
                case .replace(let text):
                    let bytes = Array(text.utf8)
                    let offset = UInt32(pool.count)
                    pool.append(contentsOf: bytes)
                    return offset << 8 | UInt32(bytes.count)
                }
            }
        }
        low = build(0..<0x0900)
        middle = build(0x1E00..<0x2070)
        high = build(0xFB00..<0x10000)
        self.pool = pool
        let englishActive = !english.isEmpty
        let composingHamza = arabic.contains(.foldAlef) || arabic.contains(.foldHamzaCarriers)
        let low = self.low
        fast = (0..<UInt32(0x0800)).map { value in
            let code = low[Int(value)]
            let isLineEnd = value == 0x0A || value == 0x0D || value == 0x0B || value == 0x0C
            if code == Self.spaceCode || code == Self.unknownCode || isLineEnd
                || (composingHamza && (0x0653...0x0655).contains(value) && code == Self.keepCode) {
                return Self.fastSpecial
            }
            var entry: UInt64 = 0
            var output: [UInt8]
            switch code {
            case Self.keepCode:
                output = Array(String(Unicode.Scalar(value)!).utf8)
                entry |= Self.fastUnchanged
            case Self.dropCode:
                output = []
            default:
                let offset = Int(code >> 8), length = Int(code & 0xFF)
                output = Array(pool[offset..<(offset + length)])  // the local pool
                if length > 4 { return Self.fastSpecial }
            }
            for (k, byte) in output.enumerated() { entry |= UInt64(byte) << (8 * UInt64(k)) }
            entry |= UInt64(output.count) << 32
            if englishActive && !Self.isArabicBlock(value) { entry |= Self.fastCheckNext }
            return entry
        }
        let graphic = fast[0x21...0x7E]
        let upper = UInt64(UInt8(ascii: "A"))...UInt64(UInt8(ascii: "Z"))
        if graphic.allSatisfy({ $0 & Self.fastSpecial == 0 && $0 & Self.fastUnchanged != 0 }) {
            asciiRun = Self.asciiKept
        } else if zip(0x21...0x7E, graphic).allSatisfy({ byte, entry in
            guard entry & Self.fastSpecial == 0 else { return false }
            if !upper.contains(UInt64(byte)) { return entry & Self.fastUnchanged != 0 }
            return entry & Self.fastUnchanged == 0 && entry >> 32 & 0x7 == 1 && entry & 0xFF == UInt64(byte) | 0x20
        }) {
            asciiRun = Self.asciiFoldsCase
        } else {
            asciiRun = Self.asciiNone
        }
        asciiCheckNext = graphic.contains { $0 & Self.fastCheckNext != 0 }
    }

    /// The entry code of a code point.
    @inline(__always)
    func code(_ value: UInt32) -> UInt32 {
        if value < 0x0900 { return low[Int(value)] }
        if value >= 0xFB00 { return value < 0x10000 ? high[Int(value - 0xFB00)] : Self.unknownCode }
        if value >= 0x1E00 && value < 0x2070 { return middle[Int(value - 0x1E00)] }
        return Self.unknownCode
    }

    /// The rewrite of a code point outside the tables.
    func rewrite(_ scalar: Unicode.Scalar) -> Rewrite {
        Self.spacesFolded(Self.classify(scalar, arabic: arabic, english: english), foldSpaces)
    }

    /// With space folding, a character whose rewrite is only whitespace (a
    /// compatibility space such as U+00A8 ¨, space + diaeresis, once the mark
    /// is folded) is a space like any other: it folds and trims with its
    /// neighbours.
    static func spacesFolded(_ rewrite: Rewrite, _ foldSpaces: Bool) -> Rewrite {
        if foldSpaces, case .replace(let text) = rewrite, !text.isEmpty, text.allSatisfy(\.isWhitespace) { return .space }
        return rewrite
    }

    // MARK: - The rules

    static func isArabicBlock(_ v: UInt32) -> Bool {
        (0x0600...0x06FF).contains(v) || (0x0750...0x077F).contains(v) || (0x0870...0x08FF).contains(v)
            || (0xFB50...0xFDFF).contains(v) || (0xFE70...0xFEFE).contains(v)
    }

    static let invisibles: Set<UInt32> = [
        0x200E, 0x200F, 0x061C, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E,
        0x2066, 0x2067, 0x2068, 0x2069, 0x200B, 0x2060, 0x00AD, 0xFEFF,
    ]

    static func isHorizontalSpace(_ v: UInt32) -> Bool {
        v == 0x20 || v == 0x09 || v == 0xA0 || v == 0x1680 || (0x2000...0x200A).contains(v)
            || v == 0x202F || v == 0x205F || v == 0x3000
    }

    static func classify(_ scalar: Unicode.Scalar, arabic: ArabicNormalization, english: EnglishNormalization) -> Rewrite {
        let v = scalar.value
        if invisibles.contains(v) {
            return arabic.contains(.removeInvisibles) || english.contains(.removeInvisibles) ? .drop : .keep
        }
        if v == 0x200C || v == 0x200D { return arabic.contains(.removeJoiners) ? .drop : .keep }
        if isHorizontalSpace(v) {
            let handled = arabic.contains(.foldSpaces) || english.contains(.foldSpaces)
                || arabic.contains(.trimSpaces) || english.contains(.trimSpaces)
            return handled ? .space : .keep
        }
        if isArabicBlock(v) { return arabicRewrite(scalar, arabic, english) }
        return englishRewrite(scalar, english)
    }

    static let gapLigatures: [UInt32: String] = [
        0xFD3E: ")", 0xFD3F: "(",
        0xFD40: "رحمه الله", 0xFD41: "رضي الله عنه", 0xFD42: "رضي الله عنها",
        0xFD43: "رضي الله عنهم", 0xFD44: "رضي الله عنهما", 0xFD45: "رضي الله عنهن",
        0xFD46: "صلى الله عليه وآله", 0xFD47: "عليه السلام", 0xFD48: "عليهم السلام",
        0xFD49: "عليهما السلام", 0xFD4A: "عليه الصلاة والسلام", 0xFD4B: "قدس سره",
        0xFD4C: "صلى الله عليه وآله وسلم", 0xFD4D: "عليها السلام", 0xFD4E: "تبارك وتعالى",
        0xFD4F: "رحمهم الله", 0xFDCF: "سلامه علينا", 0xFDFD: "بسم الله الرحمن الرحيم",
        0xFDFE: "سبحانه وتعالى", 0xFDFF: "عز وجل", 0xFE73: "",
    ]

    static let variants: [UInt32: UInt32] = Dictionary(
        ArabicLetterVariants.table.map { ($0.variant.value, $0.arabic.value) }, uniquingKeysWith: { a, _ in a })

    static func arabicRewrite(_ scalar: Unicode.Scalar, _ a: ArabicNormalization, _ e: EnglishNormalization) -> Rewrite {
        let v = scalar.value
        func letter(_ value: UInt32) -> Rewrite {
            // A folded letter may fold again (ۃ → ة → ه).
            let folded = classify(Unicode.Scalar(value)!, arabic: a, english: e)
            return folded == .keep ? .replace(String(Unicode.Scalar(value)!)) : folded
        }
        if a.contains(.removeTashkeel)
            && ((0x064B...0x065F).contains(v) || v == 0x0670 || (0x06D6...0x06ED).contains(v)
                || (0x08D3...0x08FF).contains(v) && v != 0x08E2) {
            return .drop
        }
        switch v {
        case 0x0640 where a.contains(.removeTatweel): return .drop
        case 0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673, 0x0675:
            return a.contains(.foldAlef) ? letter(0x0627) : .keep
        case 0x0624, 0x0676, 0x0677: return a.contains(.foldHamzaCarriers) ? letter(0x0648) : .keep
        case 0x0626, 0x0678: return a.contains(.foldHamzaCarriers) ? letter(0x064A) : .keep
        case 0x0621 where a.contains(.removeLoneHamza): return .drop
        case 0x0649 where a.contains(.foldAlefMaqsura): return letter(0x064A)
        case 0x0629 where a.contains(.foldTehMarbuta): return letter(0x0647)
        case 0x0660...0x0669 where a.contains(.asciiDigits): return .replace(String(UnicodeScalar(UInt8(0x30 + v - 0x0660))))
        case 0x06F0...0x06F9 where a.contains(.asciiDigits): return .replace(String(UnicodeScalar(UInt8(0x30 + v - 0x06F0))))
        default: break
        }
        if a.contains(.asciiPunctuation) {
            switch v {
            case 0x060C, 0x066C: return .replace(",")
            case 0x061B: return .replace(";")
            case 0x061F: return .replace("?")
            case 0x066A: return .replace("%")
            case 0x066B, 0x06D4: return .replace(".")
            case 0x066D: return .replace("*")
            default: break
            }
        }
        if a.contains(.foldLetterVariants), let target = variants[v] { return letter(target) }
        if a.contains(.foldPresentationForms) && ((0xFB50...0xFDFF).contains(v) || (0xFE70...0xFEFE).contains(v)) {
            let unfolded = gapLigatures[v] ?? NormalizationForm.nfkc.normalize(String(scalar))
            if unfolded.unicodeScalars.elementsEqual([scalar]) { return .keep }
            var result = ""
            for part in unfolded.unicodeScalars {
                switch classify(part, arabic: a, english: e) {
                case .keep: result.unicodeScalars.append(part)
                case .drop: break
                case .space: result += " "
                case .replace(let text): result += text
                }
            }
            return result.isEmpty ? .drop : .replace(result)
        }
        return .keep
    }

    static func englishRewrite(_ scalar: Unicode.Scalar, _ e: EnglishNormalization) -> Rewrite {
        if e.isDisjoint(with: [.compatibility, .caseFold, .foldDiacritics, .asciiPunctuation]) { return .keep }
        // Default-ignorable code points (variation selectors, joiners ...) are
        // left to the invisible/joiner options, not swallowed by NFKC_Casefold.
        if scalar.properties.isDefaultIgnorableCodePoint { return .keep }
        let original = String(scalar)
        let result = englishPipeline(original, e)
        if result.unicodeScalars.elementsEqual(original.unicodeScalars) { return .keep }
        return result.isEmpty ? .drop : .replace(result)
    }

    static let foldMapper = try? CaseMapper()

    /// The English steps on a piece of text (one code point, or a base with
    /// its combining marks).
    static func englishPipeline(_ text: String, _ e: EnglishNormalization) -> String {
        var t = text
        if e.contains(.compatibility) && e.contains(.caseFold) {
            t = NormalizationForm.nfkcCasefold.normalize(t)
        } else if e.contains(.compatibility) {
            t = NormalizationForm.nfkc.normalize(t)
        } else if e.contains(.caseFold) {
            t = foldMapper?.folded(t) ?? t
        }
        if e.contains(.foldDiacritics) {
            var folded = String.UnicodeScalarView()
            for s in NormalizationForm.nfd.normalize(t).unicodeScalars {
                let category = s.properties.generalCategory
                if category == .nonspacingMark || category == .enclosingMark { continue }
                if let letter = EnglishNormalization.letterFolds[s] {
                    folded.append(contentsOf: (e.contains(.caseFold) ? letter.lowercased() : letter).unicodeScalars)
                } else {
                    folded.append(s)
                }
            }
            t = NormalizationForm.nfc.normalize(String(folded))
        }
        if e.contains(.asciiPunctuation) {
            var mapped = ""
            for s in t.unicodeScalars {
                if let ascii = EnglishNormalization.punctuationFolds[s] { mapped += ascii } else { mapped.unicodeScalars.append(s) }
            }
            t = mapped
        }
        // Clusters come out composed whatever the steps (é, not e + U+0301).
        return NormalizationForm.nfc.normalize(t)
    }
}
