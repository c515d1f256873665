import ArgumentParser
import Tarjuman
import TarjumanCLI

extension TransliterationScheme: ExpressibleByArgument {}

/// `tarjuman transliterate --scheme NAME [--reverse]`: table-driven schemes, streaming.
struct Transliterate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Transliterate Arabic text with a standard scheme (Buckwalter, scholarly, plain), line by line.",
        discussion: """
            Reads the files (or standard input) line by line in constant memory and writes
            standard output (or -o FILE). Characters a scheme does not list (Latin letters,
            digits, spaces) pass through unchanged; the Buckwalter schemes are reversible:
              tarjuman transliterate --scheme buckwalter < ar.txt | tarjuman transliterate --scheme buckwalter --reverse
            reproduces ar.txt byte for byte (when ar.txt has no Latin letters of the scheme's alphabet).
            Schemes: \(TransliterationScheme.allCases.map(\.rawValue).joined(separator: ", ")) (see --list).
            Exit codes as for normalize: 64 usage (unknown scheme, --reverse of a one-way
            scheme), 65 invalid UTF-8 (FILE:LINE:BYTE), 66 missing input, 73/74 output errors.
            """
    )

    @Argument(help: "Input files (default: standard input; '-' is standard input).")
    var files: [String] = []

    @Option(help: "The scheme: \(TransliterationScheme.allCases.map(\.rawValue).joined(separator: ", ")).")
    var scheme: TransliterationScheme?

    @Flag(help: "Turn scheme text back into Arabic (reversible schemes only).")
    var reverse = false

    @Flag(help: "List the schemes and exit.")
    var list = false

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    @Flag(help: "Replace invalid UTF-8 with U+FFFD instead of stopping.")
    var replaceInvalid = false

    func validate() throws {
        if list { return }
        guard let scheme else { throw ValidationError("give --scheme NAME (one of: \(TransliterationScheme.allCases.map(\.rawValue).joined(separator: ", "))) or --list") }
        if reverse && !scheme.isReversible {
            throw ValidationError("the \(scheme.rawValue) scheme is not reversible; reversible: \(TransliterationScheme.allCases.filter(\.isReversible).map(\.rawValue).joined(separator: ", "))")
        }
    }

    func run() throws {
        let out = try OutputWriter(path: output, inputs: files.isEmpty ? ["-"] : files)
        if list {
            for scheme in TransliterationScheme.allCases {
                try out.line("\(scheme.rawValue)\t\(scheme.isReversible ? "reversible" : "one-way")\t\(scheme.table.summary)")
            }
            try out.commit()
            return
        }
        guard let scheme else { return }
        let table = scheme.table
        let transliterated = StreamBuffer()
        for path in files.isEmpty ? ["-"] : files {
            let reader = try LineReader(path: path, replaceInvalid: replaceInvalid)
            while let block = try reader.nextBlock() {
                transliterated.removeAll()
                if reverse {
                    try out.write(table.reverse(utf8: block, appendingTo: transliterated) ? transliterated.bytes : block)
                } else {
                    table.transliterate(utf8: block, appendingTo: transliterated)
                    try out.write(transliterated.bytes)
                }
            }
        }
        try out.commit()
    }
}
