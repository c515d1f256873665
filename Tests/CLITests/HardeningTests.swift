import Foundation
import Testing

/// The second hardening pass (issue 13): nothing lost, nothing hangs, one
/// error contract. Each test reproduces a failure a hostile user found and
/// checks the documented behaviour instead.
@Suite struct HardeningTests {
    static var bin: String { CLIRunner.binDirectory.path }

    /// A fresh folder holding the seed pair as `en.txt` and `ar.txt`.
    static func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tarjuman-hard-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: CLIRunner.root.appendingPathComponent(CLIRunner.seedPath("000")),
                                         to: folder.appendingPathComponent("en.txt"))
        try FileManager.default.copyItem(at: CLIRunner.root.appendingPathComponent(CLIRunner.seedPath("003")),
                                         to: folder.appendingPathComponent("ar.txt"))
        return folder
    }

    /// Runs a bash script in `folder`, with `$B` the folder of the built
    /// tools; returns its standard output and error (scripts echo statuses).
    static func shell(_ script: String, in folder: URL) throws -> (out: String, err: String) {
        let result = try CLIRunner.run(URL(fileURLWithPath: "/bin/bash"), ["-c", "B='\(bin)'; " + script], in: folder)
        return (result.text, result.stderr)
    }

    static func leftovers(in folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains(".tarjuman-") }
    }

    // MARK: Data lost

    /// `-o` naming an input is refused (64) and the input keeps its bytes,
    /// for every command that takes `-o`.
    @Test(arguments: [
        "$B/normalize -o x.txt x.txt", "$B/tarjuman romanize -o x.txt x.txt", "$B/tarjuman arabize -o x.txt x.txt",
        "$B/tarjuman transliterate --scheme buckwalter -o x.txt x.txt", "$B/tarjuman align -o x.txt en.txt x.txt",
        "ln -s x.txt link.txt; $B/normalize -o link.txt x.txt",
    ])
    func outputOverAnInputIsRefused(_ command: String) throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let before = try Data(contentsOf: folder.appendingPathComponent("ar.txt"))
        try before.write(to: folder.appendingPathComponent("x.txt"))
        let result = try Self.shell("\(command); echo $?", in: folder)
        #expect(result.out.split(separator: "\n").last == "64", "\(command): \(result.err)")
        #expect(result.err.contains("is also an input"), "\(result.err)")
        #expect(try Data(contentsOf: folder.appendingPathComponent("x.txt")) == before)
        #expect(try Self.leftovers(in: folder).isEmpty)
    }

    /// A failed run leaves the previous output as it was and no temporary file.
    @Test func failedRunKeepsThePreviousOutput() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let script = """
            echo keep > o.txt
            $B/normalize -o o.txt missing.txt; echo $?
            printf 'ok\\n\\xff\\n' > bad.txt; $B/normalize -o o.txt en.txt bad.txt; echo $?
            $B/tarjuman align -o o.txt en.txt missing.txt; echo $?
            cat o.txt
            """
        let result = try Self.shell(script, in: folder)
        #expect(result.out == "66\n65\n66\nkeep\n", "\(result.out) \(result.err)")
        #expect(try Self.leftovers(in: folder).isEmpty)
        // A successful run replaces it, keeping its permissions.
        let replaced = try Self.shell("chmod 600 o.txt; $B/normalize -o o.txt en.txt; echo $?; stat -c %a o.txt; head -c 9 o.txt", in: folder)
        #expect(replaced.out.hasPrefix("0\n600\nkurdish-l"), "\(replaced.out) \(replaced.err)")
    }

    /// A run ended by SIGTERM or SIGHUP (or SIGINT) leaves the old file and no temporary file.
    @Test(arguments: ["TERM", "HUP"])
    func interruptedRunLeavesNoTrace(_ signal: String) throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // Standard input stays open (sleep), so normalize waits, mid-output.
        // A FIFO held open keeps normalize waiting for more input, mid-output.
        // (The test runner's threads block signals, which children inherit:
        // python unblocks them, as a user's shell has them.)
        let script = """
            echo keep > o.txt; mkfifo in
            python3 -c 'import os, signal, sys; signal.pthread_sigmask(signal.SIG_SETMASK, []); os.execv(sys.argv[1], sys.argv[1:])' \
              $B/normalize -o o.txt < in & pid=$!
            exec 3> in; cat en.txt >&3
            for i in $(seq 100); do ls -a | grep -q tarjuman- && break; sleep 0.05; done
            ls -a | grep -c tarjuman-
            kill -\(signal) $pid
            for i in $(seq 100); do kill -0 $pid 2>/dev/null || break; sleep 0.1; done; kill -9 $pid 2>/dev/null
            wait $pid; echo "status $?"; exec 3>&-
            ls -a | grep -c tarjuman-; cat o.txt
            """
        let result = try Self.shell(script, in: folder)
        #expect(result.out.hasPrefix("1\nstatus 1"), "\(result.out) \(result.err)")
        #expect(result.out.hasSuffix("0\nkeep\n"), "\(result.out) \(result.err)")
    }

    /// Output that cannot be written is exit 74 with one line, never a silent 0.
    @Test(arguments: [
        "$B/tarjuman score مصطفى Mustafa", "$B/tarjuman --help", "$B/normalize --help", "$B/normalize en.txt",
        "$B/tarjuman align en.txt ar.txt", "$B/tarjuman-dev eval-romanize --no-baseline --pairs pairs.tsv",
        "$B/tarjuman-dev eval-match --methods icu-levenshtein --pairs pairs.tsv", "$B/tarjuman transliterate --list",
    ])
    func fullDeviceIsAWriteError(_ command: String) throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("Mustafa\tمصطفى\nBali\tبالي\n".utf8).write(to: folder.appendingPathComponent("pairs.tsv"))
        let result = try Self.shell("\(command) > /dev/full; echo $?", in: folder)
        #expect(result.out == "74\n", "\(command): \(result.out) \(result.err)")
        #expect(result.err.split(separator: "\n").count == 1 && result.err.contains("No space left"), "\(result.err)")
    }

    /// crossref with standard error closed, full or a closed pipe finishes
    /// its work (the index is written) and exits 0.
    @Test(arguments: [">/dev/null 2>&-", ">/dev/null 2>/dev/full", "2>&1 | head -1 >/dev/null"])
    func crossrefToleratesABrokenStandardError(_ redirect: String) throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let script = """
            mkdir E A; mv en.txt E/; mv ar.txt A/
            $B/tarjuman crossref --english E --arabic A --out out --format text \(redirect); echo "status ${PIPESTATUS[0]}"
            ls out
            """
        let result = try Self.shell(script, in: folder)
        #expect(result.out.hasPrefix("status 0\n"), "\(result.out) \(result.err)")
        #expect(result.out.contains("en--ar.txt") && result.out.contains("index.txt"), "\(result.out)")
    }

    /// Every numeric option is checked: zero, negative or not a number is a
    /// usage error (64), never a trap.
    @Test(arguments: [
        ["eval-match", "--pairs", "pairs.tsv", "--rerank-depth=-5"], ["eval-match", "--pairs", "pairs.tsv", "--breadth", "0"],
        ["rank", "--queries", "pairs.tsv", "--candidates", "pairs.tsv", "--top", "0"],
        ["romanize", "--top", "-1", "pairs.tsv"], ["arabize", "--top", "0", "pairs.tsv"],
        ["inspect", "--max-tokens", "-3", "en.txt"], ["align", "--threshold", "2", "en.txt", "ar.txt"],
        ["crossref", "--english", ".", "--arabic", ".", "--minimum-evidence", "-1"],
        ["crossref", "--english", ".", "--arabic", ".", "--minimum-evidence", "nan"],
        ["train-matcher", "--pairs", "pairs.tsv", "--out", "m.tsv", "--iterations", "0"],
        ["train-reranker", "--pairs", "pairs.tsv", "--out", "w.tsv", "--depth", "-1"],
        ["train-romanizer", "--pairs", "pairs.tsv", "--out", ".", "--order", "0"],
        ["eval-romanize", "--pairs", "pairs.tsv", "--beam", "0"],
    ])
    func badNumbersAreUsageErrors(_ arguments: [String]) throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("Mustafa\tمصطفى\nBali\tبالي\n".utf8).write(to: folder.appendingPathComponent("pairs.tsv"))
        let quoted = arguments.map { "'\($0)'" }.joined(separator: " ")
        // Training and evaluation are the developer tool's.
        let tool = arguments[0].hasPrefix("eval-") || arguments[0].hasPrefix("train-") ? "tarjuman-dev" : "tarjuman"
        let result = try Self.shell("$B/\(tool) \(quoted); echo $?", in: folder)
        #expect(result.out.hasSuffix("64\n"), "\(arguments): \(result.out) \(result.err)")
        #expect(!result.err.contains("Fatal error") && result.err.hasPrefix("\(tool): "), "\(result.err)")
    }

    /// `--top` asks for at most what exists: a million candidates of a
    /// five-word name is a bounded list, quickly.
    @Test func hugeTopIsCapped() throws {
        let result = try CLIRunner.run("tarjuman", ["romanize", "--top", "1000000"], stdin: Data("قاسم محمد صالح مصطفى بالي\n".utf8))
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.text.split(separator: "\n")
        #expect(lines.count >= 5 && lines.count <= 100)
    }

    // MARK: crossref outputs

    /// Names that would collide as `a--b--c` stay apart, reversibly; every
    /// pair's report exists under the name the index gives. (Two different
    /// stories: two copies of one story are look-alikes and pair only once.)
    @Test func crossrefReportNamesAreUnique() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let script = """
            mkdir E A
            cp en.txt 'E/a--b.txt'; cp ar.txt A/c.txt
            cp '\(CLIRunner.root.path)/Fixtures/alignment/lbc-pedersen-resigns/english.txt' E/a.txt
            cp '\(CLIRunner.root.path)/Fixtures/alignment/lbc-pedersen-resigns/arabic.txt' 'A/b--c.txt'
            $B/tarjuman crossref --english E --arabic A --out out --format json --minimum-evidence 0 > index.json; echo $?
            ls out
            """
        let result = try Self.shell(script, in: folder)
        #expect(result.out.hasPrefix("0\n"), "\(result.out) \(result.err)")
        let index = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("index.json"))) as! [String: Any]
        let matches = index["matches"] as! [[String: Any]]
        #expect(matches.count == 2)
        let reports = matches.map { $0["report"] as! String }
        #expect(Set(reports).count == reports.count, "\(reports)")
        for report in reports {
            #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("out/\(report)").path), "\(report)")
            // Reversible: `--` occurs once, and the halves decode to the stems.
            let halves = report.dropLast(5).components(separatedBy: "--")
            #expect(halves.count == 2, "\(report)")
            let stems = halves.map { $0.removingPercentEncoding ?? "" }
            #expect(["a--b", "a"].contains(stems[0]) && ["c", "b--c"].contains(stems[1]), "\(stems)")
        }
    }

    /// `--out` naming an input folder is refused, so an input `index.txt`
    /// cannot be replaced; a FIFO among the inputs is skipped, not waited on.
    @Test func crossrefGuardsItsInputs() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let script = """
            mkdir E A; mv en.txt E/; mv ar.txt A/; echo keep > A/index.txt
            $B/tarjuman crossref --english E --arabic A --out A --format text; echo $?
            cat A/index.txt
            mkfifo E/pipe.txt
            timeout 60 $B/tarjuman crossref --english E --arabic A --out out --format text > /dev/null; echo $?
            """
        let result = try Self.shell(script, in: folder)
        #expect(result.out == "64\nkeep\n0\n", "\(result.out) \(result.err)")
        #expect(result.err.contains("is an input folder"))
        #expect(result.err.contains("E/pipe.txt: not a regular file, skipped"), "\(result.err)")
    }

    /// Output files that cannot be created are exit 73 with one line, for
    /// crossref and the training commands too (no raw NSError text).
    @Test(arguments: [
        "$B/tarjuman crossref --english E --arabic A --out en.txt",
        "$B/tarjuman-dev train-matcher --pairs pairs.tsv --out nowhere/m.tsv --iterations 1",
        "$B/tarjuman align -o nowhere/x.md en.txt ar.txt",
        "$B/normalize -o E en.txt",
    ])
    func uncreatableOutputIs73(_ command: String) throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("Mustafa\tمصطفى\nBali\tبالي\n".utf8).write(to: folder.appendingPathComponent("pairs.tsv"))
        let result = try Self.shell("mkdir E A; cp en.txt E/; cp ar.txt A/; \(command); echo $?", in: folder)
        #expect(result.out.hasSuffix("73\n"), "\(command): \(result.out) \(result.err)")
        #expect(result.err.split(separator: "\n").count == 1 && !result.err.contains("NSCocoaErrorDomain"), "\(result.err)")
    }

    // MARK: Odd input

    /// A directory on standard input is unreadable input (66).
    @Test func directoryOnStandardInputIs66() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try Self.shell("$B/normalize < .; echo $?; $B/tarjuman romanize < .; echo $?", in: folder)
        #expect(result.out == "66\n66\n", "\(result.out) \(result.err)")
        #expect(result.err.contains("<stdin>: is a directory"))
    }

    /// `--tokens` does not silently drop `--form` or `--transliterate`.
    @Test func tokensRefuseFormAndTransliterate() throws {
        for extra in [["--form", "nfkc"], ["--transliterate", "Any-Latin"]] {
            let result = try CLIRunner.run("normalize", ["--tokens"] + extra, stdin: Data("Bali\n".utf8))
            #expect(result.status == 64, "\(extra)")
        }
    }

    /// Offsets in `--tokens --json` point at the input bytes even after an
    /// invalid sequence was replaced.
    @Test func tokenOffsetsSurviveReplacement() throws {
        let input: [UInt8] = Array("x ".utf8) + [0xFF, 0xFE, 0xE2, 0x82] + Array(" Mustafa بالي\nok \u{FFFD} ".utf8) + [0xC3] + Array(" Bali\n".utf8)
        let result = try CLIRunner.run("normalize", ["--tokens", "--json", "--replace-invalid"], stdin: Data(input))
        #expect(result.status == 0, "\(result.stderr)")
        var checked = 0
        for line in result.text.split(separator: "\n") {
            let token = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
            let text = token["text"] as! String
            let start = token["start"] as! Int, end = token["end"] as! Int
            guard text != "\u{FFFD}" else { continue }
            #expect(Array(input[start..<end]) == Array(text.utf8), "\(text) at \(start)..<\(end)")
            checked += 1
        }
        #expect(checked >= 5)
    }

    /// A CRLF gazetteer reads like its LF twin.
    @Test func crlfGazetteerIsAccepted() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let entries = "type\tenglish\tarabic\nLOC\tDeir al-Zor|Deir ez-Zor\tدير الزور\nPER\tMustafa Bali\tمصطفى بالي\n"
        try Data(entries.utf8).write(to: folder.appendingPathComponent("lf.tsv"))
        try Data(entries.replacingOccurrences(of: "\n", with: "\r\n").utf8).write(to: folder.appendingPathComponent("crlf.tsv"))
        let result = try Self.shell("""
            $B/tarjuman align --format text --add-gazetteer lf.tsv en.txt ar.txt > lf.out; echo $?
            $B/tarjuman align --format text --add-gazetteer crlf.tsv en.txt ar.txt > crlf.out; echo $?
            cmp lf.out crlf.out && echo same
            """, in: folder)
        #expect(result.out == "0\n0\nsame\n", "\(result.out) \(result.err)")
    }

    /// Names and file names holding tabs, line breaks or `|` cannot break a
    /// TSV column or a Markdown row.
    @Test func outputsEscapeSeparators() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("Mustafa\tBali\nHassan  Qamishlo\n".utf8).write(to: folder.appendingPathComponent("c.txt"))
        let rank = try Self.shell("printf 'مصطفى\\tبالي\\n' > q.txt; $B/tarjuman rank --queries q.txt --candidates c.txt", in: folder)
        let rows = rank.out.split(separator: "\n")
        #expect(rows.count == 2 && rows.allSatisfy { $0.split(separator: "\t", omittingEmptySubsequences: false).count == 4 }, "\(rank.out)")
        let crossref = try Self.shell("""
            mkdir E A; cp en.txt "E/a|b$(printf '\\t')c.txt"; cp ar.txt A/ar.txt
            $B/tarjuman crossref --english E --arabic A --out out --format text > index.txt; echo $?
            $B/tarjuman crossref --english E --arabic A --out out2 --format markdown > index.md; echo $?
            """, in: folder)
        #expect(crossref.out == "0\n0\n", "\(crossref.err)")
        let text = try String(contentsOf: folder.appendingPathComponent("index.txt"), encoding: .utf8)
        #expect(text.split(separator: "\n").allSatisfy { $0.split(separator: "\t", omittingEmptySubsequences: false).count == 3 }, "\(text)")
        let markdown = try String(contentsOf: folder.appendingPathComponent("index.md"), encoding: .utf8)
        let row = markdown.split(separator: "\n").first { $0.contains("a\\|b") }
        #expect(row.map { $0.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count } == 5, "\(markdown)")
    }

    /// A file name that is not UTF-8 opens, and messages show it escaped on
    /// one line, as they show a line break in a name.
    @Test func fileNamesThatAreNotUTF8() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try Self.shell("""
            cp en.txt "$(printf 'caf\\xe9.txt')"
            $B/normalize "$(printf 'caf\\xe9.txt')" | head -c 9; echo " $?"
            $B/normalize "$(printf 'gon\\xe9.txt')"; echo $?
            $B/normalize "$(printf 'line\\nbreak.txt')"; echo $?
            mkdir E A; cp en.txt "E/$(printf 'caf\\xe9.txt')"; cp ar.txt A/
            $B/tarjuman crossref --english E --arabic A --out out --format text; echo $?
            ls out | grep -c '^caf%E9--ar.txt$'
            """, in: folder)
        let lines = result.out.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.prefix(3) == ["kurdish-l 0", "66", "66"], "\(result.out) \(result.err)")
        #expect(result.err.contains("gon\\xE9.txt: No such file"), "\(result.err)")
        #expect(result.err.contains("line\\nbreak.txt: No such file"), "\(result.err)")
        #expect(result.out.contains("caf\\xE9.txt\tar.txt") || result.out.contains("caf\\xE9.txt\tA/ar.txt") || result.out.contains("E/caf\\xE9.txt"), "\(result.out)")
        #expect(lines.dropLast().last == "1", "\(result.out)")
    }

    // MARK: Memory

    /// A line over 64 MiB is refused (65) naming the line; `/dev/zero`
    /// (no line feed ever) ends the same way instead of eating memory.
    @Test func overlongLinesAreRefused() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try Self.shell("""
            (echo first; head -c 70000000 /dev/zero | tr '\\0' a) | $B/normalize > /dev/null; echo $?
            /usr/bin/env timeout 60 $B/normalize /dev/zero > /dev/null; echo $?
            """, in: folder)
        #expect(result.out == "65\n65\n", "\(result.out) \(result.err)")
        #expect(result.err.contains("<stdin>:2: line longer than 64 MiB"), "\(result.err)")
    }

    /// align refuses a report over 1 MiB with a clear message (65).
    @Test func overlongReportsAreRefused() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try Self.shell("for i in $(seq 500); do cat en.txt; done > big.txt; $B/tarjuman align big.txt ar.txt; echo $?", in: folder)
        #expect(result.out == "65\n", "\(result.out) \(result.err)")
        #expect(result.err.contains("big.txt: more than 1 MiB"), "\(result.err)")
    }

    // MARK: Deterministic results

    /// crossref and rank give the same bytes run after run, with and
    /// without deterministic hashing (so no Set or Dictionary order decides).
    @Test func outputsAreIdenticalFromRunToRun() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // Many small reports: the paragraphs of every seed and fixture report.
        var script = "mkdir E A\n"
        script += """
            n=0; for f in \(CLIRunner.root.path)/seeds/*.txt \(CLIRunner.root.path)/Fixtures/alignment/*/*.txt; do
              awk -v RS= -v p="$n" '{ print > sprintf("part-%s-%03d.txt", p, NR) }' "$f"; n=$((n+1)); done
            for p in part-*; do if LC_ALL=C grep -q $'[\\xd8\\xd9]' "$p"; then mv "$p" A/; else mv "$p" E/; fi; done
            cat \(CLIRunner.root.path)/Fixtures/alignment/*/gold.tsv | grep -v '^#' | grep -v '^type' > gold.txt
            cut -f3 gold.txt | tr '|' '\\n' | head -40 > q.txt; cut -f2 gold.txt | tr '|' '\\n' | head -40 > c.txt
            for run in 1 2 3; do
              if [ $run -eq 3 ]; then export SWIFT_DETERMINISTIC_HASHING=1; fi
              $B/tarjuman crossref --english E --arabic A --out out$run --format json --minimum-evidence 1 2>/dev/null > index$run.json
              $B/tarjuman rank --queries q.txt --candidates c.txt --top 5 > rank$run.tsv
              $B/tarjuman rank --queries q.txt --candidates c.txt --top 5 --lists > lists$run.tsv
            done
            ls E | wc -l; grep -c '"report"' index1.json
            for run in 2 3; do cmp index1.json index$run.json && cmp rank1.tsv rank$run.tsv && cmp lists1.tsv lists$run.tsv && diff -r out1 out$run && echo same; done
            """
        let result = try Self.shell(script, in: folder)
        let lines = result.out.split(separator: "\n")
        #expect(lines.count == 4, "\(result.out) \(result.err)")
        #expect((Int(lines.first ?? "") ?? 0) >= 20, "\(result.out)")
        #expect((Int(lines.dropFirst().first ?? "") ?? 0) >= 5, "\(result.out)")
        #expect(lines.suffix(2) == ["same", "same"], "\(result.out) \(result.err)")
    }
}
