/// Everything Tarjuman knows about the two languages, in one value: the word
/// lists, the gazetteer of translated names, and the learned name models.
///
/// Every component that needs data takes a `LanguageResources` in its
/// initializer, with ``builtIn`` as the default, and never reaches for a
/// built-in on its own. To use your own gazetteer everywhere (the aligner's
/// mention finders, the romanizer's listed spellings, the cross-referencer):
///
/// ```swift
/// var resources = LanguageResources.builtIn
/// resources.gazetteer = try Gazetteer(parsing: myGazetteerText, source: "mine.tsv")
///     .merged(with: .builtIn)
/// let aligner = try ReportAligner(resources: resources)
/// ```
///
/// The built-ins are read from the data pack compiled into the library (see
/// `Data/README.md`); a value is cheap to copy (its models share storage).
public struct LanguageResources: Sendable {
    /// Names that are translated, not transliterated (the built-in one: CLDR
    /// countries and cities, hand-curated places and organizations).
    public var gazetteer: Gazetteer
    /// English–Arabic word translations, for names that are translated
    /// word by word (Ministry of Health / وزارة الصحة).
    public var translations: WordTranslations
    /// Arabic stems and names: tells the clitic segmenter and the mention
    /// finder what a word is.
    public var arabicLexicon: ArabicLexicon
    /// English vocabulary and capitalized names.
    public var englishLexicon: EnglishLexicon
    /// How often Arabic words occur in news prose.
    public var arabicFrequency: ArabicWordFrequency
    /// The letter-transducer name model that scores Arabic–English pairs.
    public var nameModel: TransliterationModel
    /// Turns the name model's scores into probabilities.
    public var calibration: Calibration
    /// The Arabic → English joint-sequence model (romanization).
    public var romanizer: JointSequenceModel
    /// The English → Arabic joint-sequence model (arabization).
    public var arabizer: JointSequenceModel
    /// How the spelling evidence reorders a short list.
    public var reranker: RerankWeights

    /// Resources; every one not given is the built-in one.
    public init(gazetteer: Gazetteer = .builtIn, translations: WordTranslations = .builtIn, arabicLexicon: ArabicLexicon = .builtIn,
                englishLexicon: EnglishLexicon = .builtIn, arabicFrequency: ArabicWordFrequency = .builtIn,
                nameModel: TransliterationModel = .builtIn, calibration: Calibration = .builtIn,
                romanizer: JointSequenceModel = .builtInRomanizer, arabizer: JointSequenceModel = .builtInArabizer,
                reranker: RerankWeights = .builtIn) {
        self.gazetteer = gazetteer
        self.translations = translations
        self.arabicLexicon = arabicLexicon
        self.englishLexicon = englishLexicon
        self.arabicFrequency = arabicFrequency
        self.nameModel = nameModel
        self.calibration = calibration
        self.romanizer = romanizer
        self.arabizer = arabizer
        self.reranker = reranker
    }

    /// The resources compiled into the library.
    public static let builtIn = LanguageResources()

    /// The name matcher these resources define.
    public var matcher: NameMatcher { NameMatcher(model: nameModel, calibration: calibration) }

    /// The spelling evidence these resources define.
    public var spelling: SpellingEvidence {
        SpellingEvidence(romanizer: romanizer, arabizer: arabizer, model: nameModel, weights: reranker)
    }
}
