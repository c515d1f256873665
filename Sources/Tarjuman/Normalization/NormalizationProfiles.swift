/// The normalizations Tarjuman compares text in internally: one per purpose,
/// all defined here, so that two components that must agree (a lexicon and
/// its lookups, a gazetteer and the text searched for its names) cannot drift.
package enum NormalizationProfile {
    /// Arabic letters of names for the name models (``NameForms``): tashkeel,
    /// tatweel and invisible marks removed, letter variants and presentation
    /// forms folded, digits to ASCII; alef and hamza forms kept (the models
    /// learned them).
    package static let arabicNameLetters = TextNormalizer(
        arabic: [.removeTashkeel, .removeTatweel, .foldLetterVariants, .foldPresentationForms,
                 .removeInvisibles, .removeJoiners, .asciiDigits],
        english: .none)

    /// English letters of names for the name models: compatibility forms,
    /// case and diacritics folded (Müller → muller).
    package static let englishNameLetters = TextNormalizer(arabic: .none, english: [.compatibility, .caseFold, .foldDiacritics])

    /// The Arabic lexicon's analysis form (``ArabicLexicon/analysisSteps``):
    /// as ``nameLetters`` with alef forms folded; teh marbuta, alef maqsura
    /// and hamza carriers kept (they tell a stem from a stem with a pronoun).
    package static let lexiconAnalysis = TextNormalizer(arabic: ArabicLexicon.analysisSteps, english: .none)

    /// Lookup keys of the gazetteer and the word-frequency list: both
    /// languages in their search form.
    package static let lookupKeys = TextNormalizer(arabic: .search, english: .search)

    /// Same-script comparison of Arabic names (مصطفى and مصطفي meet).
    package static let arabicSearch = TextNormalizer(arabic: .search, english: .none)

    /// English in its search form only (the ICU baselines' keys).
    package static let englishSearch = TextNormalizer(arabic: .none, english: .search)
}
