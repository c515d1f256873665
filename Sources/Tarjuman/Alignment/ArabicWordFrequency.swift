/// How often Arabic word forms occur in ordinary Arabic prose: tells a common
/// word (الحكومة، قال، قوات) from a name when there are no capital letters.
///
/// The built-in list is `Data/arabic-frequency.tsv`: the 6,000 most frequent
/// normalized forms of ~97,500 words of Arabic news and general prose (765
/// public pages; provenance in `Data/README.md`, rebuild with
/// `scripts/build-arabic-frequency.py`). Forms are compared after the same
/// folding as names (hamza forms, teh marbuta, alef maqsura), clitics not split.
public struct ArabicWordFrequency: Sendable {
    let counts: [String: Int]
    /// Words counted in the source corpus.
    public let corpusSize: Int

    /// The built-in list.
    public static let builtIn = ArabicWordFrequency(parsing: builtInText)

    /// Reads `word<TAB>count` lines (`#` lines are comments; a `# corpus: N
    /// documents, M word tokens` line gives the corpus size). Bad lines are skipped.
    public init(parsing text: String) {
        var counts: [String: Int] = [:]
        var size = 0
        for line in text.split(separator: "\n") {
            if line.hasPrefix("#") {
                if line.hasPrefix("# corpus:"), let tokens = line.split(separator: ",").first(where: { $0.contains("word tokens") }) {
                    size = Int(tokens.split(separator: " ").first { Int($0) != nil } ?? "") ?? 0
                }
                continue
            }
            let columns = line.split(separator: "\t")
            guard columns.count == 2, let count = Int(columns[1]) else { continue }
            counts[Gazetteer.arabicKey(columns[0]), default: 0] += count
        }
        self.counts = counts
        self.corpusSize = size
    }

    /// How often `word` occurred (0 for words outside the list).
    public func count(_ word: String) -> Int { counts[Gazetteer.arabicKey(word)] ?? 0 }

    /// Whether `word` is common prose: seen at least `minimum` times.
    public func isCommon(_ word: String, minimum: Int = 10) -> Bool { count(word) >= minimum }
}
