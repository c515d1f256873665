/// English word lists that tell a capitalized name from a capitalized common
/// word: "Speaking" opening a sentence is a word, "Turkey" is a name.
///
/// Both lists come from Debian's `wamerican` (SCOWL) word list: its
/// lower-case entries are ordinary vocabulary, its capitalized entries are
/// words that are names when capitalized. Rebuild with
/// `python3 scripts/build-english-lexicon.py`.
public struct EnglishLexicon: Sendable {
    let common: Set<String>
    let proper: Set<String>

    /// The built-in lists (~64,000 common and ~10,700 proper words).
    public static let builtIn = EnglishLexicon(common: commonData, proper: properData)

    /// Lists from newline-separated words (any case; compared in lower case).
    public init(common: String, proper: String) {
        func load(_ text: String) -> Set<String> {
            Set(text.split(separator: "\n").map { $0.lowercased() })
        }
        self.common = load(common)
        self.proper = load(proper)
    }

    /// Whether `word` (any case) is ordinary vocabulary when written in lower case.
    public func isCommon(_ word: some StringProtocol) -> Bool { common.contains(word.lowercased()) }

    /// Whether `word` (any case) is listed as a name when capitalized.
    public func isProper(_ word: some StringProtocol) -> Bool { proper.contains(word.lowercased()) }
}
