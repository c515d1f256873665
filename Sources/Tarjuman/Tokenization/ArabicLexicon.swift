/// Word lists that tell the clitic segmenter what an Arabic stem or name is.
///
/// - `stems`: ordinary Arabic vocabulary, Ayaspell's ~100,000 stems (Debian's
///   `hunspell-ar`, GPL-2.0/LGPL-2.1/MPL-1.1).
/// - `names`: ~45,000 Arabic spellings of person and place names from the train
///   splits of the name-pair data (google/transliteration, Apache-2.0;
///   Wikidata via NETransliteration, CC0).
///
/// Rebuild the data with `python3 scripts/build-arabic-lexicon.py`. Entries
/// are brought to the segmenter's analysis form (``ArabicLexicon/analysisForm(_:)``)
/// when the data pack is built (`make data`); a test checks that every
/// built-in entry is in that form.
public struct ArabicLexicon: Sendable {
    /// Normalized stems, sorted by their UTF-8 bytes (compared as bytes,
    /// which avoids the canonical-equivalence work of `String`'s).
    let stems: WordTable
    /// Normalized names.
    let names: WordTable
    /// Names whose initial ال belongs to the name (البرت, الياس), learned from
    /// the English spellings of the train pairs.
    let alNames: WordTable

    /// The built-in lexicon: word tables read in place from the data pack
    /// (section `arabic-lexicon`, built from `Data/arabic-lexicon/`).
    public static let builtIn = DataPack.load("arabic-lexicon") { (reader: inout BinaryReader) throws(DataError) in
        ArabicLexicon(stems: try reader.wordTable(), names: try reader.wordTable(), alNames: try reader.wordTable())
    }

    init(stems: WordTable, names: WordTable, alNames: WordTable) {
        self.stems = stems
        self.names = names
        self.alNames = alNames
    }

    /// Writes the lexicon as the data pack's `arabic-lexicon` section.
    package func encode(into writer: inout BinaryWriter) {
        writer.wordTable(stems.words)
        writer.wordTable(names.words)
        writer.wordTable(alNames.words)
    }

    /// The form words are compared in: tashkeel, tatweel and invisible marks
    /// removed, alef forms and letter variants folded, digits to ASCII. Teh
    /// marbuta, alef maqsura and hamza carriers are kept: they tell a stem from
    /// a stem with a pronoun (ديمقراطية is not ديمقراطي + ه).
    public static let analysisSteps: ArabicNormalization = [
        .removeTashkeel, .removeTatweel, .foldAlef, .foldLetterVariants, .foldPresentationForms,
        .removeInvisibles, .removeJoiners, .asciiDigits,
    ]

    static var analysisNormalizer: TextNormalizer { NormalizationProfile.lexiconAnalysis }

    /// `word` in the analysis form.
    public static func analysisForm(_ word: String) -> String { analysisNormalizer.normalize(word) }

    /// A lexicon from newline-separated word lists (any normalization).
    ///
    /// - Parameters:
    ///   - stems: Ordinary vocabulary: stems, without clitics.
    ///   - names: Person and place names.
    ///   - alNames: Names whose initial ال is part of the name, not the article.
    public init(stems: String, names: String, alNames: String = "") {
        func load(_ data: String) -> WordTable {
            WordTable(data.dataLines(omittingEmpty: true).map { Self.analysisForm(String($0)) })
        }
        self.stems = load(stems)
        self.names = load(names)
        self.alNames = load(alNames)
    }

    /// Whether `word` (in analysis form) is a stem or a name as it stands.
    public func contains(_ word: String) -> Bool { stems.contains(word) || names.contains(word) }

    func contains(_ word: [UInt8]) -> Bool { stems.contains(word) || names.contains(word) }

    /// Whether `word` (in analysis form) is a known name.
    public func isName(_ word: String) -> Bool { names.contains(word) }

    /// Whether `word` (in analysis form) is a stem of the vocabulary, exactly.
    public func isStem(_ word: String) -> Bool { stems.contains(word) }

    /// Whether `word` starts with an ال that is the article: not a name whose
    /// ال is part of it (البرت), and not a stem of its own (الذي, الله) unless
    /// what follows the ال is itself a known word of three letters or more
    /// (the dictionary lists some nouns with their article: الشيخ, الحسين).
    public func startsWithArticle(_ word: String) -> Bool {
        let bytes = Array(word.utf8)
        // ال is D8 A7 D9 84; four letters are at least eight bytes.
        guard bytes.count >= 8, bytes[0] == 0xD8, bytes[1] == 0xA7, bytes[2] == 0xD9, bytes[3] == 0x84,
              !alNames.contains(bytes) else { return false }
        guard stems.contains(bytes) else { return true }
        let rest = Array(bytes.dropFirst(4))
        return String(decoding: rest, as: UTF8.self).unicodeScalars.count >= 3
            && (contains(rest) || isInflected(String(decoding: rest, as: UTF8.self)))
    }

    /// Inflectional endings that may follow a stem (plural, dual, feminine, nisba).
    static let inflections = ["ات", "ة", "ون", "ين", "ان", "تان", "تين", "ي", "ية", "يون", "يين", "يات", "وا", "ت", "تم"]

    /// Whether `word` (in analysis form) is a stem or a name, or a stem with an
    /// inflectional ending (اتفاقات → اتفاق + ات, العراقية → عراق + ية), or a
    /// feminine stem whose ة became ت before a pronoun (حكومت → حكومة). The stem
    /// left by an ending must have at least three letters.
    public func isKnownStem(_ word: String) -> Bool {
        if contains(Array(word.utf8)) { return true }
        return isInflected(word)
    }

    /// Whether `word` is a known stem plus an inflectional ending (not the
    /// stem itself), or a known name plus the nisba ي (بغدادي).
    public func isInflected(_ word: String) -> Bool {
        // Arabic letters are two bytes each in UTF-8.
        let bytes = Array(word.utf8)
        let letters = bytes.count / 2
        if bytes.count >= 2 && bytes.suffix(2).elementsEqual("ت".utf8) {
            if stems.contains(Array(bytes.dropLast(2)) + Array("ة".utf8)) { return true }
        }
        for ending in Self.inflectionBytes {
            guard letters - ending.count / 2 >= 3, bytes.suffix(ending.count).elementsEqual(ending) else { continue }
            if stems.contains(Array(bytes.dropLast(ending.count))) { return true }
        }
        if letters >= 4, bytes.suffix(2).elementsEqual("ي".utf8), names.contains(Array(bytes.dropLast(2))) {
            return true
        }
        return false
    }

    static let inflectionBytes = inflections.map { Array($0.utf8) }
}
