import ArgumentParser
import Tarjuman
import TarjumanCLI

/// `tarjuman inspect FILE`: what ICU makes of a text, step by step.
struct Inspect: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show a text's NFKC form, its transliteration and its word tokens with offsets.",
        discussion: """
            Example:
              tarjuman inspect seeds/003_595fb47189156482.txt
              tarjuman inspect --transform 'Arabic-Latin' --max-tokens 20 report.txt
            """
    )

    @Argument(help: "A UTF-8 text file.")
    var file: String

    @Option(help: "ICU transform ID for the transliteration section.")
    var transform = "Any-Latin; Latin-ASCII"

    @Option(help: "Print at most this many word tokens (0: all).")
    var maxTokens = 0

    func validate() throws {
        if maxTokens < 0 { throw ValidationError("--max-tokens must be 0 (all) or more") }
    }

    func run() throws {
        let text = try LineReader.readAll(path: file, limit: LineReader.maximumReportSize)
        let transliterator: Transliterator
        do {
            transliterator = try Transliterator(id: transform)
        } catch {
            throw CLIFailure(.usage, "unknown transform ID '\(transform)' (\(error.name))")
        }
        let words = try Segmenter(.word)

        let out = try OutputWriter(path: nil)
        try out.line("# \(RawPaths.display(file))")
        try out.line("ICU \(ICU.version), Unicode \(ICU.unicodeVersion)\n")
        try out.line("## NFKC\n")
        try out.line(NormalizationForm.nfkc.normalize(text))
        try out.line("## \(transliterator.id)\n")
        try out.line(transliterator.transliterate(text))
        try out.line("## Word tokens (kind, script, UTF-8 byte range, UTF-16 range)\n")
        var count = 0
        for segment in words.segments(of: text) {
            guard let kind = segment.wordKind, kind != .none else { continue }
            count += 1
            if maxTokens > 0 && count > maxTokens { continue }
            let token = segment.text(in: text)
            let script = token.unicodeScalars.first.map(Script.of) ?? .common
            try out.line("\(token)\t\(kind)\t\(script.shortName)\t\(segment.utf8Range.lowerBound)..<\(segment.utf8Range.upperBound)\t\(segment.utf16Range.lowerBound)..<\(segment.utf16Range.upperBound)")
        }
        try out.line("\n\(count) word tokens")
        try out.flush()
    }
}

