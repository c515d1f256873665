import Tarjuman

/// A file of name pairs: TSV whose first two columns are a name and its
/// spelling in the other script, in either order (the script of each column is
/// detected); a third column, if numeric, counts how often the pair was seen.
public struct PairFile {
    /// One pair.
    public struct Pair: Sendable {
        /// The Arabic spelling.
        public var arabic: String
        /// The English spelling.
        public var english: String
        /// How often the pair was seen (1 without a count column).
        public var count: Int
    }

    /// The pairs, in file order.
    public var pairs: [Pair]
    /// Lines skipped: fewer than two columns, or both in one script.
    public var skipped: Int

    /// Reads `path`.
    ///
    /// - Throws: ``CLIFailure`` as ``LineReader`` does, and 65 when the file
    ///   holds no pair at all.
    public init(path: String) throws(CLIFailure) {
        let reader = try LineReader(path: path)
        var pairs: [Pair] = []
        var skipped = 0
        while let line = try reader.next() {
            let content = line.content   // without a CRLF file's carriage return
            if content.hasPrefix("#") || content.isEmpty { continue }
            let columns = content.split(separator: "\t", omittingEmptySubsequences: false)
            guard columns.count >= 2 else { skipped += 1; continue }
            let first = String(columns[0]), second = String(columns[1])
            let count = columns.count > 2 ? Int(columns[2]) ?? 1 : 1
            switch (NameForms.isArabic(first), NameForms.isArabic(second)) {
            case (true, false): pairs.append(Pair(arabic: first, english: second, count: count))
            case (false, true): pairs.append(Pair(arabic: second, english: first, count: count))
            default: skipped += 1
            }
        }
        guard !pairs.isEmpty else {
            throw CLIFailure(.dataError, "\(reader.name): no name pairs (each line: a name, a tab, its spelling in the other script)")
        }
        self.pairs = pairs
        self.skipped = skipped
    }
}
