import Foundation
import TarjumanCLI
import Testing

/// The progress line of `crossref` and `rank` (issue 17): drawn only on a
/// terminal (or with `TARJUMAN_PROGRESS=always`), erased before anything
/// else is written, and never a byte of difference in the output.
@Suite struct ProgressReporterTests {
    static var bin: String { CLIRunner.binDirectory.path }

    /// A fresh folder with the seed pair as `E/en.txt` and `A/ar.txt`, and
    /// two small name files, `q.txt` (queries, a blank line among them) and
    /// `c.txt` (candidates).
    static func folder() throws -> URL {
        let fm = FileManager.default
        let folder = fm.temporaryDirectory.appendingPathComponent("tarjuman-progress-\(UUID().uuidString)")
        for side in ["E", "A"] { try fm.createDirectory(at: folder.appendingPathComponent(side), withIntermediateDirectories: true) }
        try fm.copyItem(at: CLIRunner.root.appendingPathComponent(CLIRunner.seedPath("000")), to: folder.appendingPathComponent("E/en.txt"))
        try fm.copyItem(at: CLIRunner.root.appendingPathComponent(CLIRunner.seedPath("003")), to: folder.appendingPathComponent("A/ar.txt"))
        try Data("مصطفى بالي\n\nLava Asaad\n".utf8).write(to: folder.appendingPathComponent("q.txt"))
        try Data("Hassan Qamishlo\nMustafa Bali\nلافا اسعد\nBailey\n".utf8).write(to: folder.appendingPathComponent("c.txt"))
        return folder
    }

    /// Runs a bash script in `folder` with `$B` the folder of the built
    /// tools and `environment` added (`TARJUMAN_PROGRESS=auto` unless set:
    /// the developer's own setting must not leak into the tests).
    static func shell(_ script: String, in folder: URL, environment: [String: String] = [:]) throws -> CLIRunner.Result {
        try CLIRunner.run(URL(fileURLWithPath: "/bin/bash"), ["-c", "B='\(bin)'; " + script], in: folder,
                          environment: ["TARJUMAN_PROGRESS": "auto"].merging(environment) { _, new in new })
    }

    static func read(_ folder: URL, _ name: String) throws -> Data {
        try Data(contentsOf: folder.appendingPathComponent(name))
    }

    // MARK: The line

    @Test func lineShowsCountRateAndTimeLeft() {
        #expect(ProgressReporter.line(tool: "crossref", stage: "aligning pairs", done: 1234, total: 10_000, counted: 1234, seconds: 12.34)
                == "crossref: aligning pairs 1,234/10,000 (100/s, 1m28s left)")
        // Before half a second, no rate yet.
        #expect(ProgressReporter.line(tool: "crossref", stage: "aligning pairs", done: 12, total: 10_000, counted: 12, seconds: 0.2)
                == "crossref: aligning pairs 12/10,000")
        // No total: the count and the rate.
        #expect(ProgressReporter.line(tool: "rank", stage: "ranking queries", done: 2560, total: nil, counted: 2560, seconds: 6.4)
                == "rank: ranking queries 2,560 (400/s)")
        #expect(ProgressReporter.line(tool: "rank", stage: "indexing candidates", done: 0, total: nil, counted: 0, seconds: 3)
                == "rank: indexing candidates")
        #expect(ProgressReporter.line(tool: "rank", stage: "ranking queries", done: 0, total: 7, counted: 0, seconds: 3)
                == "rank: ranking queries 0/7")
        #expect(ProgressReporter.grouped(0) == "0" && ProgressReporter.grouped(999) == "999")
        #expect(ProgressReporter.grouped(1_234_567) == "1,234,567" && ProgressReporter.grouped(-1234) == "-1,234")
        #expect(ProgressReporter.rate(1234.4) == "1,234" && ProgressReporter.rate(85.2) == "85")
        #expect(ProgressReporter.rate(8.54) == "8.5" && ProgressReporter.rate(0.25) == "0.25")
        #expect(ProgressReporter.duration(42) == "42s" && ProgressReporter.duration(103) == "1m43s")
        #expect(ProgressReporter.duration(7500) == "2h05m" && ProgressReporter.duration(.infinity) == "?")
    }

    @Test func nonBlankLinesOfAFileAreCounted() throws {
        let file = try CLIRunner.temporaryFile(Data("a\n\n  \t\nb\r\n\r\nc".utf8))
        #expect(ProgressReporter.nonBlankLineCount(path: file) == 3)
        #expect(ProgressReporter.nonBlankLineCount(path: try CLIRunner.temporaryFile(Data())) == 0)
        #expect(ProgressReporter.nonBlankLineCount(path: "-") == nil)
        #expect(ProgressReporter.nonBlankLineCount(path: "/dev/null") == nil)
        #expect(ProgressReporter.nonBlankLineCount(path: "/nonexistent") == nil)
    }

    // MARK: Not a terminal

    /// Off a terminal, crossref's standard error is its one-line summary:
    /// no carriage return, no escape, no stage.
    @Test func crossrefIsQuietOffATerminal() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try Self.shell("$B/tarjuman crossref --english E --arabic A --out out --format text", in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.hasPrefix("crossref: 1 English × 1 Arabic reports, 1 pairs in "), "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
        for noise in ["\r", "\u{1B}", "left)", "aligning"] { #expect(!result.stderr.contains(noise), "\(result.stderr)") }
    }

    @Test func rankIsQuietOffATerminal() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for lists in ["", "--lists"] {
            let result = try Self.shell("$B/tarjuman rank --queries q.txt --candidates c.txt --top 2 \(lists)", in: folder)
            #expect(result.status == 0 && result.stderr.isEmpty, "\(lists): \(result.stderr)")
            #expect(result.text.split(separator: "\n").count == 4)
        }
    }

    // MARK: Forced

    /// `TARJUMAN_PROGRESS=always`: every stage of crossref is drawn and the
    /// line erased before the summary; the index and reports are the bytes
    /// of a run with `never`, which is as quiet as one off a terminal.
    @Test func crossrefForcedDrawsEveryStage() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let command = "$B/tarjuman crossref --english E --arabic A --format json"
        let shown = try Self.shell(command + " --out on", in: folder, environment: ["TARJUMAN_PROGRESS": "always"])
        let quiet = try Self.shell(command + " --out off", in: folder, environment: ["TARJUMAN_PROGRESS": "never"])
        #expect(shown.status == 0 && quiet.status == 0, "\(shown.stderr) \(quiet.stderr)")
        #expect(shown.stdout == quiet.stdout)
        #expect(try Self.read(folder, "on/en--ar.json") == Self.read(folder, "off/en--ar.json"))
        for stage in ["reading English reports 0/1", "reading Arabic reports 0/1", "matching names 0/", "listing English words 0/1",
                      "listing Arabic words 0/1", "aligning pairs 0/1",
                      "romanizing pairs 0/1", "writing reports 0/1"] {
            #expect(shown.stderr.contains("\rcrossref: \(stage)"), "\(stage): \(shown.stderr)")
        }
        #expect(shown.stderr.contains("\u{1B}[K\r\u{1B}[Kcrossref: 1 English × 1 Arabic reports, 1 pairs in "), "\(shown.stderr)")
        #expect(shown.stderr.hasSuffix(" s\n"))
        #expect(quiet.stderr.hasPrefix("crossref: 1 English") && !quiet.stderr.contains("\r") && !quiet.stderr.contains("\u{1B}"))
    }

    /// `TARJUMAN_PROGRESS=always` on rank: the total of a query file, a
    /// count and a rate (candidates arriving on a pipe, the first one
    /// alone and the rest 0.7 s later), the line erased at the end; the
    /// output is the bytes of a run with `never`.
    @Test func rankForcedShowsCountTotalAndRate() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let script = """
            { echo 'Hassan Qamishlo'; sleep 0.7; printf 'Mustafa Bali\\nلافا اسعد\\nBailey\\nRaqqa\\nQamishli\\nDeir al-Zor\\n'; } |
              $B/tarjuman rank --queries q.txt --candidates - --top 2
            """
        let shown = try Self.shell(script, in: folder, environment: ["TARJUMAN_PROGRESS": "always"])
        let quiet = try Self.shell(script, in: folder, environment: ["TARJUMAN_PROGRESS": "never"])
        #expect(shown.status == 0 && quiet.status == 0, "\(shown.stderr) \(quiet.stderr)")
        #expect(shown.stdout == quiet.stdout && quiet.stderr.isEmpty)
        #expect(shown.stderr.contains("\rrank: ranking queries 0/2\u{1B}[K"), "\(shown.stderr)")
        #expect(shown.stderr.range(of: #"\rrank: reading candidates [0-9]+ \([0-9.,]+/s\)\x1B\[K"#, options: .regularExpression) != nil,
                "\(shown.stderr)")
        #expect(shown.stderr.hasSuffix("\r\u{1B}[K"), "\(shown.stderr)")
        let lists = try Self.shell("$B/tarjuman rank --queries q.txt --candidates c.txt --lists", in: folder,
                                   environment: ["TARJUMAN_PROGRESS": "always"])
        #expect(lists.status == 0 && lists.stderr.contains("\rrank: ranking 2 queries as lists\u{1B}[K"), "\(lists.stderr)")
        #expect(lists.stderr.hasSuffix("\r\u{1B}[K"))
    }

    // MARK: A real terminal

    /// util-linux `script` runs a command on a pseudo-terminal (Linux only:
    /// BSD `script` takes other arguments).
    static var hasScript: Bool {
        #if os(Linux)
        FileManager.default.isExecutableFile(atPath: "/usr/bin/script")
        #else
        false
        #endif
    }

    /// Runs `command` on a pseudo-terminal (standard error, and standard
    /// output unless redirected); returns what the terminal received.
    static func onTerminal(_ command: String, in folder: URL, environment: [String: String] = [:]) throws -> String {
        // script runs the command in a shell of its own: $B is spelled out.
        let escaped = command.replacingOccurrences(of: "$B", with: "'\(bin)'").replacingOccurrences(of: "'", with: "'\\''")
        let result = try shell("script -qec '\(escaped)' /dev/null", in: folder,
                               environment: ["TERM": "xterm"].merging(environment) { _, new in new })
        #expect(result.status == 0, "\(command): \(result.stderr)")
        return result.text
    }

    /// What a terminal shows after `transcript`: carriage returns, line
    /// feeds and `ESC [ K` applied (scalars, so `\r\n` stays two).
    static func screen(_ transcript: String) -> [String] {
        var lines: [[Unicode.Scalar]] = [[]], column = 0
        let scalars = Array(transcript.unicodeScalars)
        var i = 0
        while i < scalars.count {
            let scalar = scalars[i]
            if scalar == "\u{1B}", i + 2 < scalars.count, scalars[i + 1] == "[", scalars[i + 2] == "K" {
                if column < lines[lines.count - 1].count { lines[lines.count - 1].removeSubrange(column...) }
                i += 3
                continue
            }
            switch scalar {
            case "\r": column = 0
            case "\n": lines.append([]); column = 0
            default:
                if column < lines[lines.count - 1].count { lines[lines.count - 1][column] = scalar } else { lines[lines.count - 1].append(scalar) }
                column += 1
            }
            i += 1
        }
        if lines.last?.isEmpty == true { lines.removeLast() }
        return lines.map { String(String.UnicodeScalarView($0)) }
    }

    /// On a terminal (no override), crossref draws its stages and leaves
    /// only the summary on the screen; the index is the piped run's.
    /// `TERM=dumb` and `TARJUMAN_PROGRESS=never` turn the line off.
    @Test(.enabled(if: ProgressReporterTests.hasScript)) func crossrefOnATerminal() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let piped = try Self.shell("$B/tarjuman crossref --english E --arabic A --out piped --format text 2>/dev/null", in: folder)
        let transcript = try Self.onTerminal("$B/tarjuman crossref --english E --arabic A --out tty --format text > index.txt",
                                             in: folder)
        #expect(transcript.contains("\rcrossref: aligning pairs") && transcript.contains("\u{1B}[K"), "\(transcript)")
        let screen = Self.screen(transcript)
        #expect(screen.count == 1 && screen[0].hasPrefix("crossref: 1 English × 1 Arabic reports, 1 pairs in "), "\(screen)")
        #expect(try Self.read(folder, "index.txt") == piped.stdout)
        for environment in [["TERM": "dumb"], ["TARJUMAN_PROGRESS": "never"]] {
            let plain = try Self.onTerminal("$B/tarjuman crossref --english E --arabic A --out tty --format text > index.txt",
                                            in: folder, environment: environment)
            #expect(!plain.contains("\u{1B}") && !plain.contains("aligning"), "\(environment): \(plain)")
        }
    }

    /// rank with its results on the same terminal: the line is erased
    /// before each batch is written, so the screen ends up holding exactly
    /// the results of a piped run.
    @Test(.enabled(if: ProgressReporterTests.hasScript)) func rankOnATerminalLeavesOnlyTheResults() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let piped = try Self.shell("$B/tarjuman rank --queries q.txt --candidates c.txt --top 2", in: folder)
        let transcript = try Self.onTerminal("$B/tarjuman rank --queries q.txt --candidates c.txt --top 2", in: folder)
        #expect(transcript.contains("\rrank: ranking queries 0/2\u{1B}[K"), "\(transcript)")
        #expect(Self.screen(transcript) == piped.text.split(separator: "\n").map(String.init), "\(transcript)")
    }
}
