import ArgumentParser
import Tarjuman
import TarjumanCLI

/// `normalize`: Arabic and English normalization, transliteration and
/// tokenization of text files or standard input, line by line.
@main
struct Normalize: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "normalize",
        abstract: "Normalize, transliterate or tokenize Arabic and English text, line by line.",
        discussion: """
            Reads the files (or standard input) line by line, in constant memory, and
            writes standard output (or -o FILE). By default Arabic and English text get
            the `search` profile: أَحْمَد ﻻ ٢٤ مصطفى → احمد لا 24 مصطفي.

            Presets: none, display, search. Or name Arabic steps with commas:
              \(ArabicNormalization.steps.map(\.name).joined(separator: ", "))
            English steps:
              \(EnglishNormalization.steps.map(\.name).joined(separator: ", "))

            Examples:
              printf 'أَحْمَد ﻻ ٢٤ مصطفى\\n' | normalize --arabic search
              normalize --arabic fold-alef,remove-tashkeel --english none report.txt
              normalize --form nfkc --arabic none --english none -o out.txt in.txt
              normalize --transliterate 'Any-Latin; Latin-ASCII' report.txt
              normalize --tokens --clitics report.txt
              normalize --tokens --json report.txt

            Exit codes: 0 success; 64 bad usage (unknown option, preset, step, form or
            transform ID); 65 invalid UTF-8 (FILE:LINE:BYTE; see --replace-invalid);
            66 missing, unreadable or directory input; 73 output file cannot be
            created; 74 read or write error. A closed output pipe ends quietly (0).
            -o FILE is written atomically (a failed run leaves FILE as it was) and
            may not be one of the inputs (64). Lines over 64 MiB are refused (65).
            """
    )

    @Argument(help: "Input files (default: standard input; '-' is standard input).")
    var files: [String] = []

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    @Option(help: "Unicode normalization form first: nfc, nfd, nfkc, nfkd, nfkc-casefold.")
    var form: FormChoice?

    @Option(help: "Arabic steps: a preset (none, display, search) or comma-separated steps.")
    var arabic = "search"

    @Option(help: "English steps: a preset (none, display, search) or comma-separated steps.")
    var english = "search"

    @Option(help: "Transliterate with this ICU transform ID after normalizing.")
    var transliterate: String?

    @Flag(help: "Write tokens, one per line (text, kind, script, normalized form).")
    var tokens = false

    @Flag(help: "With --tokens: split Arabic clitics and show the segmentation.")
    var clitics = false

    @Flag(help: "With --tokens: JSON lines with file, line, kind, script, UTF-8 byte offsets in the input, normalized form.")
    var json = false

    @Flag(help: "Replace invalid UTF-8 with U+FFFD instead of stopping.")
    var replaceInvalid = false

    enum FormChoice: String, ExpressibleByArgument, CaseIterable {
        case nfc, nfd, nfkc, nfkd, nfkcCasefold = "nfkc-casefold"
        var form: NormalizationForm {
            switch self {
            case .nfc: .nfc
            case .nfd: .nfd
            case .nfkc: .nfkc
            case .nfkd: .nfkd
            case .nfkcCasefold: .nfkcCasefold
            }
        }
    }

    func validate() throws {
        if ArabicNormalization(parsing: arabic) == nil {
            throw ValidationError("unknown --arabic '\(arabic)': use a preset (\(ArabicNormalization.presets.map(\.name).joined(separator: ", "))) or steps (\(ArabicNormalization.steps.map(\.name).joined(separator: ", ")))")
        }
        if EnglishNormalization(parsing: english) == nil {
            throw ValidationError("unknown --english '\(english)': use a preset (\(EnglishNormalization.presets.map(\.name).joined(separator: ", "))) or steps (\(EnglishNormalization.steps.map(\.name).joined(separator: ", ")))")
        }
        if (json || clitics) && !tokens { throw ValidationError("--json and --clitics go with --tokens") }
        if tokens && (form != nil || transliterate != nil) {
            throw ValidationError("--tokens writes each token with its normalized form; --form and --transliterate do not apply to it")
        }
    }

    func run() throws {
        let normalizer = TextNormalizer(arabic: ArabicNormalization(parsing: arabic) ?? .search,
                                        english: EnglishNormalization(parsing: english) ?? .search)
        var transliterator: Transliterator?
        if let transliterate {
            do {
                transliterator = try Transliterator(id: transliterate)
            } catch {
                throw CLIFailure(.usage, "unknown transform ID '\(transliterate)' (\(error.name)); list them with: uconv -L")
            }
        }
        let tokenizer = tokens ? try Tokenizer(options: .init(clitics: clitics, normalizer: normalizer)) : nil
        let inputs = files.isEmpty ? ["-"] : files
        let out = try OutputWriter(path: output, inputs: inputs)
        // Without tokens or an ICU transform, every step works on whole
        // blocks of lines (the same result, line by line), with no String.
        let streaming = tokenizer == nil && transliterator == nil
        let formed = StreamBuffer(), normalized = StreamBuffer()
        for path in inputs {
            let reader = try LineReader(path: path, replaceInvalid: replaceInvalid)
            while streaming, let block = try reader.nextBlock() {
                var bytes = block
                if let form {
                    formed.removeAll()
                    if form.form.normalize(utf8: bytes, appendingTo: formed) { bytes = formed.bytes }
                }
                normalized.removeAll()
                if normalizer.normalize(lines: bytes, appendingTo: normalized) { bytes = normalized.bytes }
                try out.write(bytes)
            }
            while !streaming, let line = try reader.next() {
                if let tokenizer {
                    try writeTokens(of: line, from: reader.name, tokenizer: tokenizer, to: out)
                    continue
                }
                var text = line.text
                if let form { text = form.form.normalize(text) }
                text = normalizer.normalize(text)
                if let transliterator { text = transliterator.transliterate(text) }
                if line.hasNewline { try out.line(text) } else { try out.write(text) }
            }
        }
        try out.commit()
    }

    func writeTokens(of line: LineReader.Line, from file: String, tokenizer: Tokenizer, to out: OutputWriter) throws {
        for token in tokenizer.tokens(in: line.text) {
            let segmentation = token.clitics.map(\.description)
            if json {
                var fields = [
                    "\"file\":\(jsonString(file))", "\"line\":\(line.number)",
                    "\"text\":\(jsonString(token.text))", "\"kind\":\"\(token.kind.rawValue)\"",
                    "\"script\":\"\(token.script.shortName)\"",
                    "\"start\":\(line.inputOffset(token.utf8Range.lowerBound))",
                    "\"end\":\(line.inputOffset(token.utf8Range.upperBound))",
                    "\"normalized\":\(jsonString(token.normalized))",
                ]
                if let clitics = token.clitics, clitics.isSplit {
                    fields.append("\"clitics\":[\(clitics.morphemes.map(jsonString).joined(separator: ","))]")
                }
                try out.line("{" + fields.joined(separator: ",") + "}")
            } else {
                var columns = [String(token.text), token.kind.rawValue, token.script.shortName, token.normalized]
                if clitics { columns.append(segmentation ?? "") }
                try out.line(columns.joined(separator: "\t"))
            }
        }
    }

    static func main() {
        runAsTool(named: "normalize")
    }
}
