extension TransliterationModel {
    /// The shipped model, learned from the train splits of the name data
    /// (`Data/name-model.tsv`; rebuild with `tarjuman train-matcher`).
    public static let builtIn: TransliterationModel = {
        guard let model = TransliterationModel(serialized: builtInText) else {
            // The generated data is checked by the tests; an empty model
            // scores everything alike rather than trapping.
            return TransliterationModel(
                forward: LetterTransducer(maxEmission: 4, bitsPerSymbol: 5, vowels: arabicVowels),
                reverse: LetterTransducer(maxEmission: 2, bitsPerSymbol: 6, vowels: englishVowels),
                englishModel: LetterModel(alphabet: englishAlphabet, counts: [:]),
                arabicModel: LetterModel(alphabet: arabicAlphabet, counts: [:]))
        }
        return model
    }()
}
