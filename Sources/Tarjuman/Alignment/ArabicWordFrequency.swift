/// How often Arabic word forms occur in ordinary Arabic prose: tells a common
/// word (الحكومة، قال، قوات) from a name when there are no capital letters.
///
/// The built-in list is `Data/arabic-frequency.tsv`: the 6,000 most frequent
/// normalized forms of ~97,500 words of Arabic news and general prose (765
/// public pages; provenance in `Data/README.md`, rebuild with
/// `scripts/build-arabic-frequency.py`). Forms are compared after the same
/// folding as names (hamza forms, teh marbuta, alef maqsura), clitics not split.
public struct ArabicWordFrequency: Sendable {
    /// Folded words (``Gazetteer/arabicKey(_:)``) and their counts.
    let counts: WordTable
    /// Words counted in the source corpus.
    public let corpusSize: Int

    /// The built-in list, read in place from the data pack (section
    /// `arabic-frequency`, built from `Data/arabic-frequency.tsv`).
    public static let builtIn = DataPack.load("arabic-frequency") { (reader: inout BinaryReader) throws(DataError) in
        ArabicWordFrequency(counts: try reader.wordTable(), corpusSize: try reader.int())
    }

    init(counts: WordTable, corpusSize: Int) {
        self.counts = counts
        self.corpusSize = corpusSize
    }

    /// Writes the list as the data pack's `arabic-frequency` section.
    package func encode(into writer: inout BinaryWriter) {
        let words = counts.words
        writer.wordTable(words, values: Dictionary(uniqueKeysWithValues: words.map { ($0, counts.value($0)) }))
        writer.int(corpusSize)
    }

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
        self.counts = WordTable(counts.keys, values: counts.mapValues { UInt32(clamping: $0) })
        self.corpusSize = size
    }

    /// How often `word` occurred (0 for words outside the list).
    public func count(_ word: String) -> Int { Int(counts.value(Gazetteer.arabicKey(word))) }

    /// Whether `word` is common prose: seen at least `minimum` times.
    public func isCommon(_ word: String, minimum: Int = 10) -> Bool { count(word) >= minimum }
}
