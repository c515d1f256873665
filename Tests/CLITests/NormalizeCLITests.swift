import Foundation
import Testing

@Suite struct NormalizeCLITests {
    @Test func issueExampleFromStandardInput() throws {
        let result = try CLIRunner.run("normalize", ["--arabic", "search"], stdin: Data("أَحْمَد ﻻ ٢٤ مصطفى\n".utf8))
        #expect(result.status == 0)
        #expect(result.text == "احمد لا 24 مصطفي\n")
        #expect(result.stderr.isEmpty)
    }

    @Test func filesAndOutputFile() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("tarjuman-out-\(UUID().uuidString)").path
        let arabic = CLIRunner.seedPath("003")
        let result = try CLIRunner.run("normalize", ["-o", output, arabic, CLIRunner.seedPath("000")])
        #expect(result.status == 0)
        let written = try String(contentsOfFile: output, encoding: .utf8)
        #expect(written.contains("مصطفي بالي"))
        #expect(written.contains("mustafa bali"))
        // One output line per input line.
        let inputLines = try [arabic, CLIRunner.seedPath("000")].map {
            try String(contentsOfFile: CLIRunner.root.appendingPathComponent($0).path, encoding: .utf8)
                .split(separator: "\n", omittingEmptySubsequences: false).count
        }
        #expect(written.split(separator: "\n", omittingEmptySubsequences: false).count == inputLines.reduce(0, +) - 1)
    }

    @Test func emptyInputGivesEmptyOutput() throws {
        let result = try CLIRunner.run("normalize", [], stdin: Data())
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
        let file = try CLIRunner.temporaryFile(Data())
        #expect(try CLIRunner.run("normalize", [file]).stdout.isEmpty)
    }

    @Test func lastLineWithoutNewlineStaysThatWay() throws {
        let result = try CLIRunner.run("normalize", ["--arabic", "none", "--english", "none"], stdin: Data("a\nb".utf8))
        #expect(result.text == "a\nb")
    }

    @Test func oneMegabyteSingleLine() throws {
        let line = String(repeating: "مُصطفى Bali ", count: 1_048_576 / 20)
        let result = try CLIRunner.run("normalize", [], stdin: Data((line + "\n").utf8))
        #expect(result.status == 0)
        let expected = String(repeating: "مصطفي bali ", count: 1_048_576 / 20).trimmingCharacters(in: .whitespaces) + "\n"
        #expect(result.text == expected)
    }

    @Test func invalidUTF8NamesFileLineAndByte() throws {
        let file = try CLIRunner.temporaryFile(Data([0x6F, 0x6B, 0x0A, 0x61, 0x62, 0xFF, 0x63, 0x0A]))
        let result = try CLIRunner.run("normalize", [file])
        #expect(result.status == 65)
        #expect(result.stderr == "normalize: \(file):2:3: invalid UTF-8\n")
        // The good line before the bad one was written, not lost.
        #expect(result.text == "ok\n")
        let replaced = try CLIRunner.run("normalize", ["--replace-invalid", file])
        #expect(replaced.status == 0)
        #expect(replaced.text == "ok\nab\u{FFFD}c\n")
    }

    /// A few megabytes of text: the seeds with CRLF, blank, spaced and
    /// tab-indented lines, marks at line starts, a 3 MB line, and a last line
    /// without a line feed; several read blocks, lines across their edges.
    /// (Made by each test: held in a static, LeakSanitizer counts it as leaked.)
    static func manyBlocks() -> Data {
        let seeds = ["000", "001", "002", "003", "004"].map {
            (try? String(contentsOfFile: CLIRunner.root.appendingPathComponent(CLIRunner.seedPath($0)).path, encoding: .utf8)) ?? ""
        }
        var text = ""
        for k in 0..<60 {
            for (i, seed) in seeds.enumerated() {
                text += (k + i) % 3 == 0 ? seed.replacingOccurrences(of: "\n", with: "\r\n") : seed
                text += ["\n", "\n\n", "  \n", "\n\u{0301}x\n", "\n\t\u{00A0} indented \n", "\n\u{0654}ب \n"][(k + i) % 6]
            }
            if k == 30 { text += String(repeating: "أَحْمَد Bali ", count: 3_000_000 / 20) + "\n" }
        }
        return Data((text + "last line, no line feed  ").utf8)
    }

    /// The block path (every step on whole blocks of lines) gives the bytes
    /// of the line-by-line path (which an ICU transform, `Null`, selects),
    /// from a file and from a pipe.
    @Test func blocksGiveTheLineByLineResult() throws {
        let manyBlocks = Self.manyBlocks()
        let file = try CLIRunner.temporaryFile(manyBlocks)
        for steps in [[], ["--arabic", "search", "--english", "none"], ["--arabic", "none", "--english", "none"],
                      ["--form", "nfkc", "--arabic", "none", "--english", "none"], ["--form", "nfkc-casefold", "--arabic", "display"]] {
            let lineByLine = try CLIRunner.run("normalize", steps + ["--transliterate", "Null", file])
            #expect(lineByLine.status == 0 && lineByLine.stdout.count > 3_000_000, "\(steps) \(lineByLine.stderr)")
            let fromFile = try CLIRunner.run("normalize", steps + [file])
            #expect(fromFile.status == 0 && fromFile.stdout == lineByLine.stdout, "\(steps)")
            let fromPipe = try CLIRunner.run("normalize", steps, stdin: manyBlocks)
            #expect(fromPipe.status == 0 && fromPipe.stdout == lineByLine.stdout, "\(steps)")
        }
        let none = try CLIRunner.run("normalize", ["--arabic", "none", "--english", "none", file])
        #expect(none.stdout == manyBlocks)
    }

    /// An invalid byte far into the input: every line before it is written,
    /// the message names its line and byte; replaced, the rest follows.
    @Test func invalidUTF8AfterManyBlocks() throws {
        let text = Self.manyBlocks()
        let newline = UInt8(ascii: "\n")
        // The line feeds: the bad byte goes 7 bytes into a line three
        // quarters in that starts with 8 ASCII characters.
        let bytes = [UInt8](text)
        var feeds: [Int] = []
        for (i, byte) in bytes.enumerated() where byte == newline { feeds.append(i) }
        var line = feeds.count * 3 / 4
        while !bytes[(feeds[line - 1] + 1)...].prefix(8).allSatisfy({ $0 > 0x20 && $0 < 0x80 }) { line += 1 }
        let at = feeds[line - 1] + 1 + 7
        var bad = text
        bad.insert(0xE2, at: at)   // a lead byte, then ASCII: invalid at byte 8
        let file = try CLIRunner.temporaryFile(bad)
        for steps in [[], ["--arabic", "none", "--english", "none"], ["--form", "nfkc"]] {
            let result = try CLIRunner.run("normalize", steps + [file])
            #expect(result.status == 65)
            #expect(result.stderr == "normalize: \(file):\(line + 1):8: invalid UTF-8\n", "\(steps)")
            let before = try CLIRunner.run("normalize", steps + ["--transliterate", "Null"], stdin: text.prefix(feeds[line - 1] + 1))
            #expect(result.stdout == before.stdout, "\(steps)")
            let replaced = try CLIRunner.run("normalize", steps + ["--replace-invalid", file])
            let replacedLineByLine = try CLIRunner.run("normalize", steps + ["--replace-invalid", "--transliterate", "Null", file])
            #expect(replaced.status == 0 && replaced.stdout == replacedLineByLine.stdout, "\(steps)")
            #expect(replaced.text.contains("\u{FFFD}"))
        }
        let transliterated = try CLIRunner.run("tarjuman", ["transliterate", "--scheme", "buckwalter", file])
        #expect(transliterated.status == 65 && transliterated.stderr == "tarjuman: \(file):\(line + 1):8: invalid UTF-8\n")
    }

    @Test func missingFileAndDirectory() throws {
        let missing = try CLIRunner.run("normalize", ["/nonexistent/report.txt"])
        #expect(missing.status == 66)
        #expect(missing.stderr.hasPrefix("normalize: /nonexistent/report.txt: "))
        #expect(missing.stderr.split(separator: "\n").count == 1)
        let directory = try CLIRunner.run("normalize", ["seeds"])
        #expect(directory.status == 66)
        #expect(directory.stderr == "normalize: seeds: is a directory\n")
    }

    @Test func unknownChoicesNameTheValidOnes() throws {
        let preset = try CLIRunner.run("normalize", ["--arabic", "loose"], stdin: Data())
        #expect(preset.status == 64)
        #expect(preset.stderr.contains("search"))
        #expect(preset.stderr.contains("fold-alef"))
        #expect(preset.stderr.split(separator: "\n").count == 1)
        let transform = try CLIRunner.run("normalize", ["--transliterate", "Arabic-Klingon"], stdin: Data())
        #expect(transform.status == 64)
        #expect(transform.stderr.contains("Arabic-Klingon"))
        let form = try CLIRunner.run("normalize", ["--form", "nfx"], stdin: Data())
        #expect(form.status == 64)
        #expect(form.stderr.contains("nfkc"))
    }

    @Test func transliterateAndForm() throws {
        let latin = try CLIRunner.run("normalize", ["--arabic", "none", "--transliterate", "Any-Latin; Latin-ASCII"],
                                      stdin: Data("مصطفى بالي\n".utf8))
        #expect(latin.text == "mstfy baly\n")
        let nfd = try CLIRunner.run("normalize", ["--form", "nfd", "--arabic", "none", "--english", "none"],
                                    stdin: Data("é\n".utf8))
        #expect(nfd.text.unicodeScalars.map(\.value) == [0x65, 0x301, 0x0A])
    }

    @Test func jsonTokenOffsetsSliceTheFile() throws {
        let path = CLIRunner.seedPath("003")
        let bytes = try Data(contentsOf: CLIRunner.root.appendingPathComponent(path))
        let result = try CLIRunner.run("normalize", ["--tokens", "--json", "--clitics", path])
        #expect(result.status == 0)
        var count = 0
        for line in result.text.split(separator: "\n") {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
            let start = object["start"] as! Int, end = object["end"] as! Int
            let slice = String(decoding: bytes[start..<end], as: UTF8.self)
            #expect(slice == object["text"] as! String)
            count += 1
        }
        #expect(count > 390)
        #expect(result.text.contains(#""text":"ومساعده","kind":"word","script":"Arab""#))
        #expect(result.text.contains(#""clitics":["و","مساعد","ه"]"#))
    }

    @Test func plainTokens() throws {
        let result = try CLIRunner.run("normalize", ["--tokens", "--clitics"], stdin: Data("وقال بالي 24.\n".utf8))
        #expect(result.text == "وقال\tword\tArab\tوقال\tو+قال\nبالي\tword\tArab\tبالي\tبالي\n24\tnumber\tZyyy\t24\t\n.\tpunctuation\tZyyy\t.\t\n")
    }

    @Test func closedStandardOutputEndsQuietly() throws {
        let big = String(repeating: "مصطفى بالي\n", count: 200_000)
        let file = try CLIRunner.temporaryFile(Data(big.utf8))
        let result = try CLIRunner.runIntoClosedPipe("'\(CLIRunner.binDirectory.appendingPathComponent("normalize").path)' '\(file)'")
        #expect(result.status == "0")
        #expect(result.stderr.isEmpty)
    }

    @Test func helpHasExamples() throws {
        let help = try CLIRunner.run("normalize", ["--help"])
        #expect(help.status == 0)
        #expect(help.text.contains("Examples:"))
        #expect(help.text.contains("--tokens"))
    }
}

/// Each tool loads only the built-in data it needs (TARJUMAN_TRACE_DATA
/// lists, on standard error, every section a process loads).
@Suite struct DataLoadingTests {
    static let trace = ["TARJUMAN_TRACE_DATA": "1"]

    func sections(_ result: CLIRunner.Result) -> [String] {
        result.stderr.split(separator: "\n").compactMap { line in
            line.hasPrefix("tarjuman: data: ") ? String(line.dropFirst(16)) : nil
        }
    }

    @Test func streamingToolsLoadNoNameModel() throws {
        let plain = try CLIRunner.run("normalize", [CLIRunner.seedPath("003")], environment: Self.trace)
        #expect(plain.status == 0)
        #expect(sections(plain).isEmpty, "\(sections(plain))")
        let tokens = try CLIRunner.run("normalize", ["--tokens", "--clitics", CLIRunner.seedPath("003")], environment: Self.trace)
        #expect(tokens.status == 0)
        #expect(sections(tokens) == ["arabic-lexicon"], "\(sections(tokens))")
        let buckwalter = try CLIRunner.run("tarjuman", ["transliterate", "--scheme", "buckwalter", CLIRunner.seedPath("003")],
                                           environment: Self.trace)
        #expect(buckwalter.status == 0)
        #expect(sections(buckwalter) == ["schemes"], "\(sections(buckwalter))")
    }

    @Test func alignLoadsWhatAlignmentNeeds() throws {
        let result = try CLIRunner.run("tarjuman", ["align", CLIRunner.seedPath("000"), CLIRunner.seedPath("003")],
                                       environment: Self.trace)
        #expect(result.status == 0)
        let loaded = Set(sections(result))
        #expect(loaded.isSuperset(of: ["gazetteer", "name-model", "romanizer", "arabic-lexicon", "english-lexicon"]))
        // Alignment never spells English names in Arabic.
        #expect(!loaded.contains("arabizer"), "\(loaded)")
    }
}
