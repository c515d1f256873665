/// The letter sequences the name model works on.
///
/// Arabic names become sequences of Arabic letters (tashkeel, tatweel and
/// invisibles removed; Persian/Kurdish letter forms and presentation forms
/// folded; hamza forms, teh marbuta and alef maqsura kept, since they tell how
/// a name sounds). English names become lowercase ASCII letters (diacritics
/// folded: Müller → muller, Ćosić → cosic; apostrophes, hyphens, dots dropped).
public enum NameForms {
    /// The Arabic alphabet of the model: U+0621…U+064A (gaps unused).
    static let arabicBase: UInt32 = 0x0621
    /// The longest text, in UTF-8 bytes, that the name functions treat as a
    /// name (about 500 Arabic or 1,000 Latin letters). Longer text is not a
    /// name: ``Romanizer`` and ``Arabizer`` give no candidates and
    /// ``NameMatcher`` scores it 0, so a stray document cannot stall them.
    public static let maximumNameLength = 1_024

    /// The most words a name may have (the longest real names, a chain of
    /// `bin`s or an official title, have about a dozen). Longer text is not a
    /// name, as for ``maximumNameLength``: the token alignment of two names
    /// costs the product of their word counts.
    public static let maximumNameWords = 16

    /// Number of Arabic symbols.
    static let arabicCount = 0x064A - 0x0621 + 1

    static var arabicNormalizer: TextNormalizer { NormalizationProfile.arabicNameLetters }
    static var englishNormalizer: TextNormalizer { NormalizationProfile.englishNameLetters }

    /// The Arabic letters of `text` as model symbols (0 = ء ... 41 = ي),
    /// tokens concatenated. Other characters are dropped.
    public static func arabicSymbols(_ text: String) -> [UInt8] {
        var result: [UInt8] = []
        for scalar in arabicNormalizer.normalize(text).unicodeScalars {
            let v = scalar.value
            if v >= 0x0621 && v <= 0x064A && v != 0x0640 { result.append(UInt8(v - arabicBase)) }
        }
        return result
    }

    /// The letters a–z of `text` as model symbols (0 = a ... 25 = z).
    public static func englishSymbols(_ text: String) -> [UInt8] {
        var result: [UInt8] = []
        for byte in englishNormalizer.normalize(text).utf8 where byte >= 0x61 && byte <= 0x7A {
            result.append(byte - 0x61)
        }
        return result
    }

    /// The Arabic letter of a symbol.
    public static func arabicLetter(_ symbol: UInt8) -> Character {
        Character(Unicode.Scalar(arabicBase + UInt32(symbol))!)
    }

    /// English letters of symbols as a string.
    public static func englishString(_ symbols: some Collection<UInt8>) -> String {
        String(decoding: symbols.map { $0 + 0x61 }, as: UTF8.self)
    }

    /// Whether `text` is written mostly in Arabic letters.
    public static func isArabic(_ text: some StringProtocol) -> Bool {
        var arabic = 0, latin = 0
        for scalar in text.unicodeScalars {
            let script = Script.of(scalar)
            if script == .arabic { arabic += 1 } else if script == .latin { latin += 1 }
        }
        return arabic > latin
    }
}
