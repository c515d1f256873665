/// The steps of Arabic normalization, each one an option.
///
/// Steps apply to characters of the Arabic blocks (U+0600–U+06FF,
/// U+0750–U+077F, U+0870–U+08FF, presentation forms U+FB50–U+FDFF and
/// U+FE70–U+FEFF) and to the invisible and space characters that Arabic text
/// carries. Latin text is left to ``EnglishNormalization``.
///
/// Two presets:
/// - ``search``: for comparing and indexing. Every step but ``removeLoneHamza``:
///   `أَحْمَد ﻻ ٢٤ مصطفى` → `احمد لا 24 مصطفي`.
/// - ``display``: only what is invisible or decorative goes (tatweel, bidi
///   controls, soft hyphens, BOM); letters stay as written.
///
/// | step | what it does |
/// |---|---|
/// | ``removeTashkeel`` | removes harakat and other marks: U+064B–U+065F (fathatan … hamza below), superscript alef U+0670, Quranic marks U+06D6–U+06ED, and the extended marks U+08D3–U+08FF |
/// | ``removeTatweel`` | removes the kashida U+0640 `ـ` |
/// | ``foldAlef`` | `أ إ آ ٱ ٲ ٳ ٵ` → `ا` (and a decomposed alef + hamza/madda mark → `ا`) |
/// | ``foldHamzaCarriers`` | `ؤ` → `و`, `ئ` → `ي` (`ٶ ٷ` → `و`, `ٸ` → `ي`) |
/// | ``removeLoneHamza`` | removes the lone hamza `ء` (kept by default: علاء) |
/// | ``foldAlefMaqsura`` | `ى` → `ي` |
/// | ``foldTehMarbuta`` | `ة` → `ه` (and Urdu `ۃ` → `ه`) |
/// | ``foldLetterVariants`` | Persian, Kurdish, Urdu, Pashto, Sindhi and Maghrebi letter forms to their Arabic counterparts: the table in ``ArabicLetterVariants`` |
/// | ``foldPresentationForms`` | presentation forms and ligatures (U+FB50–U+FDFF, U+FE70–U+FEFF) to base letters by their compatibility mapping (`ﻻ` → `لا`, `ﷲ` → `الله`, `﷼` → `ریال`), filling the ligatures NFKC leaves alone (`﷽` → `بسم الله الرحمن الرحيم`, U+FD40–U+FD4F, U+FDCF, U+FDFE, U+FDFF; ornate parentheses `﴾﴿` → `)(`; the tail fragment U+FE73 is removed) |
/// | ``asciiDigits`` | Arabic-Indic `٠–٩` and extended `۰–۹` digits → `0–9` |
/// | ``asciiPunctuation`` | `،` → `,`, `؛` → `;`, `؟` → `?`, `٪` → `%`, `٫` → `.`, `٬` → `,`, `۔` → `.`, `٭` → `*` |
/// | ``removeInvisibles`` | removes LRM U+200E, RLM U+200F, ALM U+061C, embeddings and overrides U+202A–U+202E, isolates U+2066–U+2069, zero width space U+200B, word joiner U+2060, soft hyphen U+00AD and BOM U+FEFF |
/// | ``removeJoiners`` | removes ZWNJ U+200C and ZWJ U+200D (which only shape letters) |
/// | ``foldSpaces`` | every horizontal Unicode space (tab, U+00A0, U+1680, U+2000–U+200A, U+202F, U+205F, U+3000) → U+0020, and runs of them → one; line breaks stay |
/// | ``trimSpaces`` | removes spaces at the start and end of the text and of each line |
public struct ArabicNormalization: NormalizationSteps {
    /// The bits of the set.
    public let rawValue: UInt32
    /// A set from its bits.
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Remove harakat, superscript alef and Quranic marks.
    public static let removeTashkeel = Self(rawValue: 1 << 0)
    /// Remove the tatweel (kashida) U+0640.
    public static let removeTatweel = Self(rawValue: 1 << 1)
    /// Fold the hamza and madda forms of alef to bare alef.
    public static let foldAlef = Self(rawValue: 1 << 2)
    /// Fold hamza on waw and on yeh to the bare letters.
    public static let foldHamzaCarriers = Self(rawValue: 1 << 3)
    /// Remove the lone hamza ء.
    public static let removeLoneHamza = Self(rawValue: 1 << 4)
    /// Fold alef maqsura ى to yeh ي.
    public static let foldAlefMaqsura = Self(rawValue: 1 << 5)
    /// Fold teh marbuta ة to heh ه.
    public static let foldTehMarbuta = Self(rawValue: 1 << 6)
    /// Fold Persian, Kurdish, Urdu and other letter forms to Arabic letters.
    public static let foldLetterVariants = Self(rawValue: 1 << 7)
    /// Unfold presentation forms and ligatures to base letters.
    public static let foldPresentationForms = Self(rawValue: 1 << 8)
    /// Arabic-Indic and extended Arabic-Indic digits to ASCII digits.
    public static let asciiDigits = Self(rawValue: 1 << 9)
    /// Arabic punctuation to its ASCII counterpart.
    public static let asciiPunctuation = Self(rawValue: 1 << 10)
    /// Remove bidi controls, zero width spaces, soft hyphens and BOMs.
    public static let removeInvisibles = Self(rawValue: 1 << 11)
    /// Remove ZWJ and ZWNJ.
    public static let removeJoiners = Self(rawValue: 1 << 12)
    /// Unicode spaces to one U+0020.
    public static let foldSpaces = Self(rawValue: 1 << 13)
    /// Trim spaces at the ends of the text and of its lines.
    public static let trimSpaces = Self(rawValue: 1 << 14)

    /// No step at all.
    public static let none: Self = []
    /// Only what is invisible or decorative: tatweel and invisible characters.
    public static let display: Self = [.removeTatweel, .removeInvisibles]
    /// For comparing and indexing: every step but ``removeLoneHamza``.
    public static let search: Self = [
        .removeTashkeel, .removeTatweel, .foldAlef, .foldHamzaCarriers, .foldAlefMaqsura,
        .foldTehMarbuta, .foldLetterVariants, .foldPresentationForms, .asciiDigits,
        .asciiPunctuation, .removeInvisibles, .removeJoiners, .foldSpaces, .trimSpaces,
    ]

    /// Every step, by its name (as the CLI spells it: `remove-tashkeel` ...).
    public static let steps: [(name: String, step: Self)] = [
        ("remove-tashkeel", .removeTashkeel), ("remove-tatweel", .removeTatweel),
        ("fold-alef", .foldAlef), ("fold-hamza-carriers", .foldHamzaCarriers),
        ("remove-lone-hamza", .removeLoneHamza), ("fold-alef-maqsura", .foldAlefMaqsura),
        ("fold-teh-marbuta", .foldTehMarbuta), ("fold-letter-variants", .foldLetterVariants),
        ("fold-presentation-forms", .foldPresentationForms), ("ascii-digits", .asciiDigits),
        ("ascii-punctuation", .asciiPunctuation), ("remove-invisibles", .removeInvisibles),
        ("remove-joiners", .removeJoiners), ("fold-spaces", .foldSpaces), ("trim-spaces", .trimSpaces),
    ]

    /// The presets by name: `none`, `display`, `search`.
    public static let presets: [(name: String, steps: Self)] = [
        ("none", .none), ("display", .display), ("search", .search),
    ]

}

/// Letter forms of other languages written in Arabic script, and the Arabic
/// letter each folds to under ``ArabicNormalization/foldLetterVariants``.
public enum ArabicLetterVariants {
    /// The table: variant → Arabic letter. Persian and Kurdish kaf, gaf and yeh,
    /// Kurdish heh, oe, ve, rreh and lam with small v, Urdu heh goal, yeh barree
    /// and tteh, Pashto and Sindhi letters, Maghrebi qaf and feh.
    public static let table: [(variant: Unicode.Scalar, arabic: Unicode.Scalar)] = [
        // kaf ك
        ("\u{06A9}", "\u{0643}"), ("\u{06AA}", "\u{0643}"), ("\u{06AB}", "\u{0643}"),
        ("\u{06AC}", "\u{0643}"), ("\u{06AD}", "\u{0643}"), ("\u{06AE}", "\u{0643}"),
        ("\u{06AF}", "\u{0643}"), ("\u{06B0}", "\u{0643}"), ("\u{06B1}", "\u{0643}"),
        ("\u{06B2}", "\u{0643}"), ("\u{06B3}", "\u{0643}"), ("\u{06B4}", "\u{0643}"),
        ("\u{077F}", "\u{0643}"),
        // yeh ي
        ("\u{06CC}", "\u{064A}"), ("\u{06CD}", "\u{064A}"), ("\u{06CE}", "\u{064A}"),
        ("\u{06D0}", "\u{064A}"), ("\u{06D1}", "\u{064A}"), ("\u{06D2}", "\u{064A}"),
        ("\u{06D3}", "\u{064A}"), ("\u{0620}", "\u{064A}"), ("\u{063D}", "\u{064A}"),
        ("\u{063E}", "\u{064A}"), ("\u{063F}", "\u{064A}"),
        // heh ه
        ("\u{06D5}", "\u{0647}"), ("\u{06BE}", "\u{0647}"), ("\u{06C1}", "\u{0647}"),
        ("\u{06C0}", "\u{0647}"), ("\u{06C2}", "\u{0647}"), ("\u{06FF}", "\u{0647}"),
        // teh marbuta ة (Urdu teh marbuta goal)
        ("\u{06C3}", "\u{0629}"),
        // waw و
        ("\u{06C4}", "\u{0648}"), ("\u{06C5}", "\u{0648}"), ("\u{06C6}", "\u{0648}"),
        ("\u{06C7}", "\u{0648}"), ("\u{06C8}", "\u{0648}"), ("\u{06C9}", "\u{0648}"),
        ("\u{06CA}", "\u{0648}"), ("\u{06CB}", "\u{0648}"), ("\u{06CF}", "\u{0648}"),
        // feh ف
        ("\u{06A4}", "\u{0641}"), ("\u{06A1}", "\u{0641}"), ("\u{06A2}", "\u{0641}"),
        ("\u{06A3}", "\u{0641}"), ("\u{06A5}", "\u{0641}"), ("\u{06A6}", "\u{0641}"),
        // qaf ق
        ("\u{06A7}", "\u{0642}"), ("\u{06A8}", "\u{0642}"), ("\u{066F}", "\u{0642}"),
        // jeem ج
        ("\u{0686}", "\u{062C}"), ("\u{0683}", "\u{062C}"), ("\u{0684}", "\u{062C}"),
        ("\u{0687}", "\u{062C}"), ("\u{06BF}", "\u{062C}"),
        // beh ب
        ("\u{067E}", "\u{0628}"), ("\u{067B}", "\u{0628}"), ("\u{0680}", "\u{0628}"),
        ("\u{066E}", "\u{0628}"),
        // teh ت
        ("\u{0679}", "\u{062A}"), ("\u{067A}", "\u{062A}"), ("\u{067C}", "\u{062A}"),
        ("\u{067D}", "\u{062A}"), ("\u{067F}", "\u{062A}"),
        // hah ح, khah خ
        ("\u{0681}", "\u{062D}"), ("\u{0682}", "\u{062D}"), ("\u{0685}", "\u{062E}"),
        // dal د, thal ذ
        ("\u{0688}", "\u{062F}"), ("\u{0689}", "\u{062F}"), ("\u{068A}", "\u{062F}"),
        ("\u{068B}", "\u{062F}"), ("\u{068C}", "\u{062F}"), ("\u{068D}", "\u{062F}"),
        ("\u{068E}", "\u{0630}"), ("\u{068F}", "\u{062F}"), ("\u{0690}", "\u{062F}"),
        // reh ر, zain ز
        ("\u{0691}", "\u{0631}"), ("\u{0692}", "\u{0631}"), ("\u{0693}", "\u{0631}"),
        ("\u{0694}", "\u{0631}"), ("\u{0695}", "\u{0631}"), ("\u{0696}", "\u{0631}"),
        ("\u{0697}", "\u{0632}"), ("\u{0698}", "\u{0632}"), ("\u{0699}", "\u{0632}"),
        // seen س, sheen ش
        ("\u{069A}", "\u{0633}"), ("\u{069B}", "\u{0633}"), ("\u{069C}", "\u{0634}"),
        ("\u{06FA}", "\u{0634}"),
        // sad ص, dad ض, tah ط, ain ع, ghain غ
        ("\u{069D}", "\u{0635}"), ("\u{069E}", "\u{0635}"), ("\u{06FB}", "\u{0636}"),
        ("\u{069F}", "\u{0637}"), ("\u{06A0}", "\u{063A}"), ("\u{06FC}", "\u{063A}"),
        ("\u{063B}", "\u{0643}"), ("\u{063C}", "\u{0643}"),
        // lam ل
        ("\u{06B5}", "\u{0644}"), ("\u{06B6}", "\u{0644}"), ("\u{06B7}", "\u{0644}"),
        ("\u{06B8}", "\u{0644}"),
        // noon ن
        ("\u{06BA}", "\u{0646}"), ("\u{06BB}", "\u{0646}"), ("\u{06BC}", "\u{0646}"),
        ("\u{06BD}", "\u{0646}"), ("\u{06B9}", "\u{0646}"),
    ]
}

/// A set of normalization steps with names, for parsing from the command line.
public protocol NormalizationSteps: OptionSet, Sendable, Hashable where Element == Self {
    /// Every step, by its command-line name.
    static var steps: [(name: String, step: Self)] { get }
    /// The presets, by name.
    static var presets: [(name: String, steps: Self)] { get }
}

extension NormalizationSteps {
    /// Parses a preset name (`search`) or a comma-separated list of step names
    /// (`fold-alef,remove-tashkeel`); nil if any name is unknown.
    public init?(parsing text: String) {
        if let preset = Self.presets.first(where: { $0.name == text }) {
            self = preset.steps
            return
        }
        var result: Self = []
        for name in text.split(separator: ",").map({ $0.trimmingSpaces() }) {
            guard let step = Self.steps.first(where: { $0.name == name }) else { return nil }
            result.insert(step.step)
        }
        guard !result.isEmpty else { return nil }
        self = result
    }
}

extension StringProtocol {
    /// The text without leading and trailing white space (the one trimming
    /// of the package).
    package func trimmingSpaces() -> String {
        var scalars = Substring(self).unicodeScalars[...]
        while let first = scalars.first, first.properties.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.properties.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
