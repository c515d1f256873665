extension TransliterationModel {
    /// The shipped model, learned from the train splits of the name data
    /// (`Data/name-model.tsv`; rebuild with `tarjuman train-matcher`).
    public static let builtIn: TransliterationModel = {
        guard let model = TransliterationModel(serialized: builtInText) else {
            // The generated data is checked by the tests; an empty model
            // scores everything alike rather than trapping.
            return TransliterationModel(emissions: EmissionTable(),
                                        background: EnglishLetterModel(training: []))
        }
        return model
    }()
}
