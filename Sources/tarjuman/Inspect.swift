import ArgumentParser
import Foundation
import TarjumanICU

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

    func run() throws {
        let text = try readUTF8File(file)
        let transliterator: Transliterator
        do {
            transliterator = try Transliterator(id: transform)
        } catch {
            throw CLIFailure(code: 64, message: "unknown transform: \(error)")
        }
        let words = try Segmenter(.word)

        print("# \(file)")
        print("ICU \(ICU.version), Unicode \(ICU.unicodeVersion)\n")
        print("## NFKC\n")
        print(NormalizationForm.nfkc.normalize(text))
        print("## \(transliterator.id)\n")
        print(transliterator.transliterate(text))
        print("## Word tokens (kind, script, UTF-8 byte range, UTF-16 range)\n")
        var count = 0
        for segment in words.segments(of: text) {
            guard let kind = segment.wordKind, kind != .none else { continue }
            count += 1
            if maxTokens > 0 && count > maxTokens { continue }
            let token = segment.text(in: text)
            let script = token.unicodeScalars.first.map(Script.of) ?? .common
            print("\(token)\t\(kind)\t\(script.shortName)\t\(segment.utf8Range.lowerBound)..<\(segment.utf8Range.upperBound)\t\(segment.utf16Range.lowerBound)..<\(segment.utf16Range.upperBound)")
        }
        print("\n\(count) word tokens")
    }
}

/// A failure the CLI reports as one line on standard error with an exit code
/// from sysexits.h (64 usage, 65 data, 66 no input).
struct CLIFailure: Error, CustomStringConvertible {
    let code: Int32
    let message: String
    var description: String { message }
}

/// Reads a whole file as UTF-8, or fails with a one-line message naming the
/// file (and for bad bytes, the line and byte offset).
func readUTF8File(_ path: String) throws -> String {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
        throw CLIFailure(code: 66, message: "\(path): no such file")
    }
    guard !isDirectory.boolValue else { throw CLIFailure(code: 66, message: "\(path): is a directory") }
    guard let data = FileManager.default.contents(atPath: path) else {
        throw CLIFailure(code: 66, message: "\(path): cannot read file")
    }
    if let text = String(validating: data, as: UTF8.self) { return text }
    let (line, column) = firstInvalidUTF8(in: [UInt8](data))
    throw CLIFailure(code: 65, message: "\(path):\(line):\(column): invalid UTF-8")
}

/// The 1-based line and byte-in-line of the first byte that is not valid UTF-8.
func firstInvalidUTF8(in bytes: [UInt8]) -> (line: Int, column: Int) {
    var line = 1, lineStart = 0, position = 0
    var decoder = UTF8()
    var input = bytes.makeIterator()
    while true {
        switch decoder.decode(&input) {
        case .scalarValue(let scalar):
            if scalar == "\n" { line += 1; lineStart = position + 1 }
            position += UTF8.width(scalar)
        case .emptyInput:
            return (line, position - lineStart + 1)
        case .error:
            return (line, position - lineStart + 1)
        }
    }
}
