/// Word lists that tell the clitic segmenter what an Arabic stem or name is.
///
/// - `stems`: ordinary Arabic vocabulary, Ayaspell's ~100,000 stems (Debian's
///   `hunspell-ar`, GPL-2.0/LGPL-2.1/MPL-1.1).
/// - `names`: ~45,000 Arabic spellings of person and place names from the train
///   splits of the name-pair data (google/transliteration, Apache-2.0;
///   Wikidata via NETransliteration, CC0).
///
/// Rebuild the data with `python3 scripts/build-arabic-lexicon.py`. Entries
/// are brought to the segmenter's analysis form (``ArabicLexicon/analysisForm``)
/// when the lexicon loads, so data and code cannot disagree.
public struct ArabicLexicon: Sendable {
    /// Normalized stems.
    let stems: Set<String>
    /// Normalized names.
    let names: Set<String>
    /// Names whose initial ال belongs to the name (البرت, الياس), learned from
    /// the English spellings of the train pairs.
    let alNames: Set<String>

    /// The built-in lexicon, loaded on first use (about 100 ms).
    public static let builtIn = ArabicLexicon(
        stems: ArabicLexicon.stemData, names: ArabicLexicon.nameData, alNames: ArabicLexicon.alNameData)

    /// The form words are compared in: tashkeel, tatweel and invisible marks
    /// removed, alef forms and letter variants folded, digits to ASCII. Teh
    /// marbuta, alef maqsura and hamza carriers are kept: they tell a stem from
    /// a stem with a pronoun (ديمقراطية is not ديمقراطي + ه).
    public static let analysisSteps: ArabicNormalization = [
        .removeTashkeel, .removeTatweel, .foldAlef, .foldLetterVariants, .foldPresentationForms,
        .removeInvisibles, .removeJoiners, .asciiDigits,
    ]

    static let analysisNormalizer = TextNormalizer(arabic: analysisSteps, english: .none)

    /// `word` in the analysis form.
    public static func analysisForm(_ word: String) -> String { analysisNormalizer.normalize(word) }

    /// A lexicon from newline-separated word lists (any normalization).
    ///
    /// - Parameters:
    ///   - stems: Ordinary vocabulary: stems, without clitics.
    ///   - names: Person and place names.
    ///   - alNames: Names whose initial ال is part of the name, not the article.
    public init(stems: String, names: String, alNames: String = "") {
        func load(_ data: String) -> Set<String> {
            var set = Set<String>(minimumCapacity: 1 << 17)
            for line in data.split(separator: "\n") where !line.isEmpty {
                set.insert(Self.analysisForm(String(line)))
            }
            return set
        }
        self.stems = load(stems)
        self.names = load(names)
        self.alNames = load(alNames)
    }

    /// Whether `word` (in analysis form) is a stem or a name as it stands.
    public func contains(_ word: String) -> Bool { stems.contains(word) || names.contains(word) }

    /// Whether `word` (in analysis form) is a known name.
    public func isName(_ word: String) -> Bool { names.contains(word) }

    /// Whether `word` (in analysis form) is a stem of the vocabulary, exactly.
    public func isStem(_ word: String) -> Bool { stems.contains(word) }

    /// Whether `word` starts with an ال that is the article: not a name whose
    /// ال is part of it (البرت), and not a stem of its own (الذي, الله) unless
    /// what follows the ال is itself a known word of three letters or more
    /// (the dictionary lists some nouns with their article: الشيخ, الحسين).
    public func startsWithArticle(_ word: String) -> Bool {
        guard word.hasPrefix("ال"), word.unicodeScalars.count >= 4, !alNames.contains(word) else { return false }
        guard stems.contains(word) else { return true }
        let rest = String(word.unicodeScalars.dropFirst(2))
        return rest.unicodeScalars.count >= 3 && (contains(rest) || isInflected(rest))
    }

    /// Inflectional endings that may follow a stem (plural, dual, feminine, nisba).
    static let inflections = ["ات", "ة", "ون", "ين", "ان", "تان", "تين", "ي", "ية", "يون", "يين", "يات", "وا", "ت", "تم"]

    /// Whether `word` (in analysis form) is a stem or a name, or a stem with an
    /// inflectional ending (اتفاقات → اتفاق + ات, العراقية → عراق + ية), or a
    /// feminine stem whose ة became ت before a pronoun (حكومت → حكومة). The stem
    /// left by an ending must have at least three letters.
    public func isKnownStem(_ word: String) -> Bool {
        if contains(word) { return true }
        return isInflected(word)
    }

    /// Whether `word` is a known stem plus an inflectional ending (not the
    /// stem itself), or a known name plus the nisba ي (بغدادي).
    public func isInflected(_ word: String) -> Bool {
        let scalars = Array(word.unicodeScalars)
        if scalars.last == "ت" {
            var feminine = String.UnicodeScalarView(scalars.dropLast())
            feminine.append("ة")
            if stems.contains(String(feminine)) { return true }
        }
        for ending in Self.inflections {
            let e = Array(ending.unicodeScalars)
            guard scalars.count - e.count >= 3, scalars.suffix(e.count).elementsEqual(e) else { continue }
            if stems.contains(String(String.UnicodeScalarView(scalars.dropLast(e.count)))) { return true }
        }
        if scalars.count >= 4, scalars.last == "ي", names.contains(String(String.UnicodeScalarView(scalars.dropLast()))) {
            return true
        }
        return false
    }
}
