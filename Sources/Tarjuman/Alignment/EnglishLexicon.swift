/// English word lists that tell a capitalized name from a capitalized common
/// word: "Speaking" opening a sentence is a word, "Turkey" is a name.
///
/// Both lists come from Debian's `wamerican` (SCOWL) word list: its
/// lower-case entries are ordinary vocabulary, its capitalized entries are
/// words that are names when capitalized. Rebuild with
/// `python3 scripts/build-english-lexicon.py`.
public struct EnglishLexicon: Sendable {
    let common: WordTable
    let proper: WordTable

    /// The built-in lists (~64,000 common and ~10,700 proper words), read in
    /// place from the data pack (section `english-lexicon`, built from
    /// `Data/english-lexicon/`).
    public static let builtIn = DataPack.load("english-lexicon") { (reader: inout BinaryReader) throws(DataError) in
        EnglishLexicon(common: try reader.wordTable(), proper: try reader.wordTable())
    }

    /// Lists from newline-separated words (any case; compared in lower case).
    public init(common: String, proper: String) {
        func load(_ text: String) -> WordTable {
            WordTable(text.dataLines(omittingEmpty: true).map { $0.lowercased() })
        }
        self.common = load(common)
        self.proper = load(proper)
    }

    init(common: WordTable, proper: WordTable) {
        self.common = common
        self.proper = proper
    }

    /// Writes the lists as the data pack's `english-lexicon` section.
    package func encode(into writer: inout BinaryWriter) {
        writer.wordTable(common.words)
        writer.wordTable(proper.words)
    }

    /// Whether `word` (any case) is ordinary vocabulary when written in lower case.
    public func isCommon(_ word: some StringProtocol) -> Bool { common.contains(word.lowercased()) }

    /// Whether `word` (any case) is listed as a name when capitalized.
    public func isProper(_ word: some StringProtocol) -> Bool { proper.contains(word.lowercased()) }
}
