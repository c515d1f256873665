/// A token of a text: a word, number, punctuation mark or symbol, tied to its
/// exact place in the original.
public struct Token: Sendable, Hashable {
    /// What a token is.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// Letters (any script).
        case word
        /// Digits, with their separators (`24`, `3.5`, `٢٠١٧`).
        case number
        /// Punctuation: `.`, `،`, `"`, `(`, `-` ...
        case punctuation
        /// Symbols: `$`, `%`, `+`, emoji ...
        case symbol
    }

    /// The token as written in the original text.
    public let text: Substring
    /// Its kind.
    public let kind: Kind
    /// Its script (the first letter's; Common for digits and punctuation).
    public let script: Script
    /// Its range in the original `String`.
    public let range: Range<String.Index>
    /// Its UTF-8 byte offsets in the original (and in its file).
    public let utf8Range: Range<Int>
    /// Its normalized form (by the tokenizer's ``TextNormalizer``).
    public let normalized: String
    /// For Arabic words, when clitic segmentation is on: the chosen reading
    /// first, then the alternatives (بالي → [بالي, ب+الي, ...]). Empty otherwise.
    public let readings: [CliticAnalysis]

    /// The chosen clitic reading, if any.
    public var clitics: CliticAnalysis? { readings.first }

    /// The UTF-8 range of the chosen reading's stem in the original text.
    ///
    /// Clitic lengths are measured on the analysis form; marks removed inside
    /// the word are mapped back, so the range always lies inside ``utf8Range``.
    public let stemUTF8Range: Range<Int>
}
