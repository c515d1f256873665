/// The steps of English (Latin and other non-Arabic text) normalization,
/// each one an option.
///
/// | step | what it does |
/// |---|---|
/// | ``compatibility`` | NFKC: ligatures, full-width and styled letters, superscripts to plain (`ﬁ` → `fi`, `Ｂ` → `B`, `²` → `2`) |
/// | ``caseFold`` | full Unicode case folding, the same in every locale (`Bali` → `bali`, `Straße` → `strasse`) |
/// | ``foldDiacritics`` | removes combining marks (`é` → `e`, `ü` → `u`) and folds the letters that do not decompose: `ß` → `ss`, `ø` → `o`, `æ` → `ae`, `œ` → `oe`, `ł` → `l`, `đ` → `d`, `ð` → `d`, `ı` → `i`, `þ` → `th`, `ħ` → `h`, `ŧ` → `t`, `ŀ` → `l` (and their capitals) |
/// | ``asciiPunctuation`` | typographic quotes and apostrophes `’ ‘ ‛ ʼ ′ ‚` → `'`, `“ ” „ ‟ ″ « »` → `"`, dashes `‐ ‑ ‒ – — ―` and minus `−` → `-`, ellipsis `…` → `...` |
/// | ``removeInvisibles`` | removes bidi controls, zero width space, word joiner, soft hyphen and BOM (as ``ArabicNormalization/removeInvisibles``) |
/// | ``foldSpaces`` | horizontal Unicode spaces → U+0020, runs → one |
/// | ``trimSpaces`` | removes spaces at the start and end of the text and of each line |
///
/// Presets: ``search`` (every step) and ``display`` (invisibles and spaces).
public struct EnglishNormalization: NormalizationSteps {
    /// The bits of the set.
    public let rawValue: UInt32
    /// A set from its bits.
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// NFKC compatibility mapping.
    public static let compatibility = Self(rawValue: 1 << 0)
    /// Locale-independent full case folding.
    public static let caseFold = Self(rawValue: 1 << 1)
    /// Remove diacritics and fold letters with strokes and ligature letters.
    public static let foldDiacritics = Self(rawValue: 1 << 2)
    /// Typographic quotes, apostrophes and dashes to ASCII.
    public static let asciiPunctuation = Self(rawValue: 1 << 3)
    /// Remove bidi controls, zero width spaces, soft hyphens and BOMs.
    public static let removeInvisibles = Self(rawValue: 1 << 4)
    /// Unicode spaces to one U+0020.
    public static let foldSpaces = Self(rawValue: 1 << 5)
    /// Trim spaces at the ends of the text and of its lines.
    public static let trimSpaces = Self(rawValue: 1 << 6)

    /// No step at all.
    public static let none: Self = []
    /// Only invisible characters and spaces.
    public static let display: Self = [.removeInvisibles, .foldSpaces]
    /// For comparing and indexing: every step.
    public static let search: Self = [
        .compatibility, .caseFold, .foldDiacritics, .asciiPunctuation, .removeInvisibles,
        .foldSpaces, .trimSpaces,
    ]

    /// Every step by its CLI name.
    public static let steps: [(name: String, step: Self)] = [
        ("compatibility", .compatibility), ("case-fold", .caseFold),
        ("fold-diacritics", .foldDiacritics), ("ascii-punctuation", .asciiPunctuation),
        ("remove-invisibles", .removeInvisibles), ("fold-spaces", .foldSpaces),
        ("trim-spaces", .trimSpaces),
    ]

    /// The presets by name: `none`, `display`, `search`.
    public static let presets: [(name: String, steps: Self)] = [
        ("none", .none), ("display", .display), ("search", .search),
    ]

    /// Letters that carry no combining mark to remove, and their folded form.
    static let letterFolds: [Unicode.Scalar: String] = [
        "ß": "ss", "ẞ": "SS", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE",
        "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "ı": "i", "þ": "th",
        "Þ": "TH", "ħ": "h", "Ħ": "H", "ŧ": "t", "Ŧ": "T", "ŀ": "l", "Ŀ": "L", "ƒ": "f",
    ]

    /// Typographic punctuation and its ASCII form.
    static let punctuationFolds: [Unicode.Scalar: String] = [
        "\u{2019}": "'", "\u{2018}": "'", "\u{201B}": "'", "\u{02BC}": "'", "\u{2032}": "'",
        "\u{201A}": "'", "\u{02B9}": "'", "\u{00B4}": "'",
        "\u{201C}": "\"", "\u{201D}": "\"", "\u{201E}": "\"", "\u{201F}": "\"", "\u{2033}": "\"",
        "\u{00AB}": "\"", "\u{00BB}": "\"",
        "\u{2010}": "-", "\u{2011}": "-", "\u{2012}": "-", "\u{2013}": "-", "\u{2014}": "-",
        "\u{2015}": "-", "\u{2212}": "-", "\u{2026}": "...",
    ]
}
