import Foundation
import Testing

/// The bad-input matrix: every command that reads text, against every kind of
/// bad input. Each cell expects a documented exit code (README, "Bad input")
/// and, on failure, exactly one line on standard error that names the file,
/// never a crash, a stack trace or a hang.
@Suite struct BadInputMatrixTests {
    /// How a command treats its input: streamed text, a whole report (at
    /// most 1 MiB), one name per line, or a file of name pairs.
    enum Kind { case text, report, names, pairs }

    struct EntryPoint: CustomTestStringConvertible, Sendable {
        let label: String
        let tool: String
        /// Arguments; `{}` stands for the bad file.
        let arguments: [String]
        let kind: Kind
        var testDescription: String { label }

        func arguments(with path: String) -> [String] { arguments.map { $0 == "{}" ? path : $0 } }
    }

    static let good = "Hassan Qamishlo\nMustafa Bali\nلافا اسعد\n"

    static let entryPoints: [EntryPoint] = [
        EntryPoint(label: "normalize", tool: "normalize", arguments: ["{}"], kind: .text),
        EntryPoint(label: "normalize --tokens --clitics", tool: "normalize", arguments: ["--tokens", "--clitics", "--json", "{}"], kind: .text),
        EntryPoint(label: "transliterate", tool: "tarjuman", arguments: ["transliterate", "--scheme", "buckwalter", "{}"], kind: .text),
        EntryPoint(label: "inspect", tool: "tarjuman", arguments: ["inspect", "{}"], kind: .report),
        EntryPoint(label: "align (English)", tool: "tarjuman", arguments: ["align", "{}", CLIRunner.seedPath("003")], kind: .report),
        EntryPoint(label: "align (Arabic)", tool: "tarjuman", arguments: ["align", CLIRunner.seedPath("000"), "{}"], kind: .report),
        EntryPoint(label: "eval-align", tool: "tarjuman",
                   arguments: ["eval-align", "--gold", "Fixtures/alignment/seed-000-003/gold.tsv", "{}", CLIRunner.seedPath("003")], kind: .report),
        EntryPoint(label: "romanize", tool: "tarjuman", arguments: ["romanize", "{}"], kind: .names),
        EntryPoint(label: "arabize", tool: "tarjuman", arguments: ["arabize", "{}"], kind: .names),
        EntryPoint(label: "rank (queries)", tool: "tarjuman", arguments: ["rank", "--queries", "{}", "--candidates", "GOOD"], kind: .names),
        EntryPoint(label: "rank (candidates)", tool: "tarjuman", arguments: ["rank", "--queries", "GOOD", "--candidates", "{}"], kind: .names),
        EntryPoint(label: "eval-match", tool: "tarjuman-dev", arguments: ["eval-match", "--pairs", "{}", "--methods", "tarjuman"], kind: .pairs),
        EntryPoint(label: "eval-romanize", tool: "tarjuman-dev", arguments: ["eval-romanize", "--pairs", "{}", "--no-baseline"], kind: .pairs),
        EntryPoint(label: "crossref", tool: "tarjuman", arguments: ["crossref", "--english", "{}", "--arabic", "ARABIC-FOLDER", "--out", "OUT-FOLDER"], kind: .report),
    ]

    /// Runs `entry` on a file holding `data` (crossref: a folder holding it).
    static func run(_ entry: EntryPoint, data: Data?, path explicitPath: String? = nil) throws -> CLIRunner.Result {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tarjuman-matrix-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var path = explicitPath ?? folder.appendingPathComponent("input.txt").path
        if let data { try data.write(to: URL(fileURLWithPath: path)) }
        let goodPath = folder.appendingPathComponent("good.txt").path
        try Data(good.utf8).write(to: URL(fileURLWithPath: goodPath))
        let arabicFolder = folder.appendingPathComponent("arabic")
        try FileManager.default.createDirectory(at: arabicFolder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: CLIRunner.root.appendingPathComponent(CLIRunner.seedPath("003")),
                                         to: arabicFolder.appendingPathComponent("003.txt"))
        if entry.label == "crossref", explicitPath == nil {
            let english = folder.appendingPathComponent("english")
            try FileManager.default.createDirectory(at: english, withIntermediateDirectories: true)
            try FileManager.default.moveItem(atPath: path, toPath: english.appendingPathComponent("000.txt").path)
            path = english.path
        }
        let replacements = ["GOOD": goodPath, "ARABIC-FOLDER": arabicFolder.path,
                            "OUT-FOLDER": folder.appendingPathComponent("out").path]
        let arguments = entry.arguments(with: path).map { replacements[$0] ?? $0 }
        return try CLIRunner.run(entry.tool, arguments)
    }

    /// A failure: one line, starting with the tool's name; no trap.
    static func expectOneLineMessage(_ result: CLIRunner.Result, _ entry: EntryPoint, mentioning: [String] = [],
                                     sourceLocation: SourceLocation = #_sourceLocation) {
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1, "stderr: \(result.stderr)", sourceLocation: sourceLocation)
        #expect(lines.first?.hasPrefix(entry.tool + ": ") == true, "stderr: \(result.stderr)", sourceLocation: sourceLocation)
        for word in mentioning {
            #expect(result.stderr.contains(word), "stderr should mention \(word): \(result.stderr)", sourceLocation: sourceLocation)
        }
    }

    static func expectCleanSuccess(_ result: CLIRunner.Result, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(result.status == 0, "stderr: \(result.stderr)", sourceLocation: sourceLocation)
        #expect(!result.stderr.contains("Fatal error") && !result.stderr.contains("Stack dump"), sourceLocation: sourceLocation)
    }

    @Test(arguments: entryPoints)
    func emptyAndWhitespaceOnly(_ entry: EntryPoint) throws {
        for data in [Data(), Data(" \n\t\n  \n".utf8)] {
            let result = try Self.run(entry, data: data)
            if entry.kind == .pairs {
                #expect(result.status == 65)
                Self.expectOneLineMessage(result, entry, mentioning: ["no name pairs"])
            } else {
                Self.expectCleanSuccess(result)
            }
        }
    }

    @Test(arguments: entryPoints)
    func invalidUTF8AtStartMiddleAndEnd(_ entry: EntryPoint) throws {
        // (bytes, line:byte of the first bad byte)
        let cases: [([UInt8], String)] = [
            ([0xC3, 0x28] + Array("abc\tمصطفى\n".utf8), ":1:1:"),
            (Array("Mustafa\tمصطفى\nBa".utf8) + [0xE2, 0x28, 0xA1] + Array("li\tبالي\n".utf8), ":2:3:"),
            (Array("Mustafa\tمصطفى\nBali".utf8) + [0xE2, 0x80], ":2:5:"),
        ]
        for (bytes, position) in cases {
            let result = try Self.run(entry, data: Data(bytes))
            #expect(result.status == 65, "\(entry.label) \(position): \(result.stderr)")
            Self.expectOneLineMessage(result, entry, mentioning: [position + " invalid UTF-8"])
        }
    }

    @Test(arguments: entryPoints)
    func utf16WithByteOrderMarkIsRejectedWithAHint(_ entry: EntryPoint) throws {
        for (bom, encoding) in [([0xFF, 0xFE] as [UInt8], String.Encoding.utf16LittleEndian),
                                ([0xFE, 0xFF], .utf16BigEndian)] {
            let data = Data(bom) + "Mustafa Bali\tمصطفى بالي\n".data(using: encoding)!
            let result = try Self.run(entry, data: data)
            #expect(result.status == 65)
            Self.expectOneLineMessage(result, entry, mentioning: ["UTF-16", "iconv"])
        }
    }

    /// CRLF line ends: every tool reads the file as its LF twin; no carriage
    /// return leaks into a name.
    @Test(arguments: entryPoints)
    func crlfLineEnds(_ entry: EntryPoint) throws {
        let result = try Self.run(entry, data: Data("Mustafa Bali\tمصطفى بالي\r\nHassan Qamishlo\tحسن قامشلو\r\n".utf8))
        Self.expectCleanSuccess(result)
        if entry.kind == .names { #expect(!result.stdout.contains(0x0D), "\(entry.label)") }
    }

    @Test(arguments: entryPoints)
    func nulBytesAreCharacters(_ entry: EntryPoint) throws {
        let result = try Self.run(entry, data: Data("Mus\u{0}tafa\tمصطفى\nBali\tبا\u{0}لي\n".utf8))
        Self.expectCleanSuccess(result)
    }

    @Test(arguments: entryPoints)
    func binaryFileIsInvalidUTF8(_ entry: EntryPoint) throws {
        // An ELF header and bytes 0-255: not text.
        var bytes: [UInt8] = [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00]
        for round in 0..<64 { bytes += (0...255).map { UInt8(($0 * 7 + round) & 0xFF) } }
        let result = try Self.run(entry, data: Data(bytes))
        #expect(result.status == 65)
        Self.expectOneLineMessage(result, entry, mentioning: ["invalid UTF-8"])
    }

    /// A 10 MB line: text commands stream it (a line is their unit); report
    /// commands refuse it as over 1 MiB; name commands refuse it as too long
    /// for a name; pair files find no pair.
    @Test(arguments: entryPoints)
    func tenMegabyteSingleLine(_ entry: EntryPoint) throws {
        let unit = "Mustafa Bali مصطفى بالي and Deir al-Zor دير الزور; "
        var line = String(repeating: unit, count: 10_000_000 / unit.utf8.count + 1)
        line = String(decoding: line.utf8.prefix(10_000_000 - 40), as: UTF8.self)
        let result = try Self.run(entry, data: Data(line.utf8))
        switch entry.kind {
        case .text:
            Self.expectCleanSuccess(result)
            // Nothing lost: the streaming commands write the whole line back.
            if entry.label == "normalize" { #expect(result.stdout.count >= line.utf8.count) }
            if entry.label == "transliterate" { #expect(result.stdout.count > 7_000_000) }
        case .report:
            #expect(result.status == 65)
            Self.expectOneLineMessage(result, entry, mentioning: ["more than 1 MiB"])
        case .names:
            #expect(result.status == 65)
            Self.expectOneLineMessage(result, entry, mentioning: [":1: ", "too long for a name"])
        case .pairs:
            #expect(result.status == 65)
            Self.expectOneLineMessage(result, entry, mentioning: ["no name pairs"])
        }
    }

    @Test(arguments: entryPoints)
    func directoryMissingAndUnreadableFiles(_ entry: EntryPoint) throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("tarjuman-dir-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        // crossref takes folders: a plain file is its "wrong kind of path".
        let wrongKind = entry.label == "crossref" ? try CLIRunner.temporaryFile(Data("x\n".utf8)) : directory.path
        let wrong = try Self.run(entry, data: nil, path: wrongKind)
        #expect(wrong.status == 66)
        Self.expectOneLineMessage(wrong, entry, mentioning: [wrongKind])
        let missing = directory.appendingPathComponent("missing.txt").path
        let absent = try Self.run(entry, data: nil, path: missing)
        #expect(absent.status == 66)
        Self.expectOneLineMessage(absent, entry, mentioning: [missing])
        // Root reads any file, so unreadability can only be tested as a user.
        if getuid() != 0 && entry.label != "crossref" {
            let locked = directory.appendingPathComponent("locked.txt")
            try Data("Bali\tبالي\n".utf8).write(to: locked)
            chmod(locked.path, 0)
            let denied = try Self.run(entry, data: nil, path: locked.path)
            #expect(denied.status == 66)
            Self.expectOneLineMessage(denied, entry, mentioning: [locked.path, "ermission"])
        }
    }

    @Test(arguments: entryPoints)
    func unknownOptionIsAUsageError(_ entry: EntryPoint) throws {
        var arguments = entry.arguments(with: CLIRunner.seedPath("000"))
        arguments.insert("--frobnicate", at: entry.tool == "normalize" ? 0 : 1)
        let result = try CLIRunner.run(entry.tool, arguments.map { ["GOOD", "ARABIC-FOLDER", "OUT-FOLDER"].contains($0) ? "x" : $0 })
        #expect(result.status == 64)
        #expect(result.stderr.contains("--frobnicate"))
        #expect(!result.stderr.contains("Fatal error"))
    }

    /// `| head -1`: commands that write one line per input line stop quietly
    /// with status 0 when the reader goes away.
    @Test(arguments: ["normalize", "transliterate", "romanize", "arabize", "inspect", "align"])
    func closedStandardOutputEndsQuietly(_ command: String) throws {
        let lines = command == "romanize" ? String(repeating: "مصطفى بالي\n", count: 3_000)
            : (command == "arabize" ? String(repeating: "Mustafa Bali\n", count: 3_000)
                : String(repeating: "Mustafa Bali said مصطفى بالي in Deir al-Zor.\n",
                         count: ["inspect", "align"].contains(command) ? 15_000 : 100_000))
        let file = try CLIRunner.temporaryFile(Data(lines.utf8))
        defer { try? FileManager.default.removeItem(atPath: file) }
        let bin = CLIRunner.binDirectory.path
        let invocation: String
        switch command {
        case "normalize": invocation = "'\(bin)/normalize' '\(file)'"
        case "transliterate": invocation = "'\(bin)/tarjuman' transliterate --scheme buckwalter '\(file)'"
        case "align": invocation = "'\(bin)/tarjuman' align --format text '\(file)' '\(CLIRunner.root.path)/\(CLIRunner.seedPath("003"))'"
        default: invocation = "'\(bin)/tarjuman' \(command) '\(file)'"
        }
        let result = try CLIRunner.runIntoClosedPipe(invocation)
        #expect(result.status == "0", "\(command)")
        #expect(result.stderr.isEmpty, "\(command): \(result.stderr)")
    }
}
