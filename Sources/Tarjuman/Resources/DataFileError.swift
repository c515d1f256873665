/// A data file a user supplied (a gazetteer, a transliteration scheme, a
/// retrained model) that cannot be read: which file, which line, and why.
public struct DataFileError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file's name as the caller gave it (a path, or a label such as `gazetteer`).
    public let source: String
    /// The 1-based line, or 0 when the file as a whole is wrong (a required row missing).
    public let line: Int
    /// What is wrong.
    public let message: String

    /// An error.
    public init(source: String, line: Int, message: String) {
        self.source = source
        self.line = line
        self.message = message
    }

    /// `source:line: message` (`source: message` for line 0).
    public var description: String { line > 0 ? "\(source):\(line): \(message)" : "\(source): \(message)" }
}
