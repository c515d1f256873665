import Foundation
import Testing

/// `tarjuman eval-align`: scores and differences on standard output, exit 0
/// at or above the bar, 1 below it, and the usual codes for bad input.
@Suite struct EvalAlignTests {
    static let seedGold = "Fixtures/alignment/seed-000-003/gold.tsv"
    /// The seed pair's figures, but for the Arabic-only names found unpaired (the aligner's business).
    static let seedLine = "pairs 15/15 correct, 15/15 gold found: precision 1.000 recall 1.000 F1 1.000; one-sided found: en 14/14, ar "

    @Test func theSeedPairMeetsTheBarWithTheGoldFilesOwnReports() throws {
        let result = try CLIRunner.run("tarjuman", ["eval-align", "--gold", Self.seedGold, "--min-precision", "0.95", "--min-recall", "0.9"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        let lines = result.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.count == 3 && lines.last == "")
        #expect(lines.first == "\(Self.seedGold): seeds/000_63d4f025652b603e.txt ↔ seeds/003_595fb47189156482.txt")
        #expect(lines.dropFirst().first?.hasPrefix(Self.seedLine) == true && lines.dropFirst().first?.hasSuffix("/7") == true)
        // The same reports given on the command line.
        let given = try CLIRunner.run("tarjuman", ["eval-align", "--gold", Self.seedGold, "--min-precision", "1", "--min-recall", "1",
                                                   CLIRunner.seedPath("000"), CLIRunner.seedPath("003")])
        #expect(given.status == 0, "\(given.stderr)")
        #expect(given.text == result.text)
    }

    @Test func belowTheBarIsExitOneWithTheDifferences() throws {
        // The seed pair's gold list with a shared name the reports do not have.
        let text = try String(contentsOf: CLIRunner.root.appendingPathComponent(Self.seedGold), encoding: .utf8)
            + "PER\tMasoud Barzani\tمسعود بارزاني\n"
        let gold = try CLIRunner.temporaryFile(Data(text.utf8), name: "eval-align-altered.tsv")
        defer { try? FileManager.default.removeItem(atPath: gold) }
        let result = try CLIRunner.run("tarjuman", ["eval-align", "--gold", gold, "--min-recall", "0.95"])
        #expect(result.status == 1)
        let lines = result.text.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines.dropFirst().first?.hasPrefix("pairs 15/15 correct, 15/16 gold found: precision 1.000 recall 0.938") == true)
        #expect(lines.last == "missed: Masoud Barzani ↔ مسعود بارزاني (\(gold):\(text.split(separator: "\n").count))")
        #expect(result.stderr == "tarjuman: \(gold): below the bar: recall 0.938 < --min-recall 0.95\n")
        // An impossible bar on a real pair with a wrong pair and a miss.
        let pair = try CLIRunner.run("tarjuman", ["eval-align", "--gold", "Fixtures/alignment/barzani-barrack-abdi-pirmam/gold.tsv",
                                                  "--min-precision", "0.95", "--min-recall", "1"])
        #expect(pair.status == 1)
        #expect(pair.text.contains("\nwrong pair: Kurdistan ↔ كوردستان (0.941)"))
        #expect(pair.stderr.hasSuffix("below the bar: precision 0.929 < --min-precision 0.95, recall 0.929 < --min-recall 1.0\n"))
    }

    @Test func jsonHoldsTheScoreAndTheVerdict() throws {
        let result = try CLIRunner.run("tarjuman", ["eval-align", "--gold", Self.seedGold, "--format", "json", "--min-recall", "0.9"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any])
        #expect(json["passed"] as? Bool == true)
        #expect(json["gold"] as? String == Self.seedGold)
        #expect(json["english_file"] as? String == "seeds/000_63d4f025652b603e.txt")
        #expect(json["min_recall"] as? Double == 0.9)
        let score = try #require(json["score"] as? [String: Any])
        #expect(score["predicted_pairs"] as? Int == 15 && score["correct_pairs"] as? Int == 15)
        #expect(score["precision"] as? Double == 1 && score["recall"] as? Double == 1)
        #expect((score["misses"] as? [Any])?.isEmpty == true)
    }

    @Test func aMalformedGoldFileIsOneLineNamingTheFileAndLine() throws {
        let cases: [(String, String)] = [
            ("# tarjuman-gold: 1\ntype\tenglish\tarabic\nLOC\tAnkara\n", "3: expected 3 tab-separated columns (type, english, arabic), found 2"),
            ("LOC\tAnkara\tأنقرة\nCITY\tIstanbul\t\n", "2: unknown type 'CITY' (use PER, LOC or ORG)"),
            ("LOC\tAnkara\tأنقرة\nLOC\t\t\n", "2: no English and no Arabic form"),
            ("# tarjuman-gold: 2\nLOC\tAnkara\tأنقرة\n", "1: gold format version 2 is newer than this Tarjuman reads (up to 1); update Tarjuman"),
        ]
        for (n, (text, message)) in cases.enumerated() {
            let gold = try CLIRunner.temporaryFile(Data(text.utf8), name: "eval-align-bad-\(n).tsv")
            defer { try? FileManager.default.removeItem(atPath: gold) }
            let result = try CLIRunner.run("tarjuman", ["eval-align", "--gold", gold, CLIRunner.seedPath("000"), CLIRunner.seedPath("003")])
            #expect(result.status == 65)
            #expect(result.stderr == "tarjuman: \(gold):\(message)\n")
            #expect(result.stdout.isEmpty)
        }
    }

    @Test func missingFilesAndBadUse() throws {
        let missing = try CLIRunner.run("tarjuman", ["eval-align", "--gold", "/nonexistent/gold.tsv"])
        #expect(missing.status == 66)
        #expect(missing.stderr == "tarjuman: /nonexistent/gold.tsv: No such file or directory\n")
        let gold = try CLIRunner.temporaryFile(Data("LOC\tAnkara\tأنقرة\n".utf8), name: "eval-align-no-paths.tsv")
        defer { try? FileManager.default.removeItem(atPath: gold) }
        let noReports = try CLIRunner.run("tarjuman", ["eval-align", "--gold", gold])
        #expect(noReports.status == 64)
        #expect(noReports.stderr == "tarjuman: \(gold): no '# english:' line; give the ENGLISH and ARABIC files\n")
        let missingReport = try CLIRunner.run("tarjuman", ["eval-align", "--gold", gold, "/nonexistent/en.txt", CLIRunner.seedPath("003")])
        #expect(missingReport.status == 66)
        #expect(missingReport.stderr == "tarjuman: /nonexistent/en.txt: No such file or directory\n")
        for arguments in [["--min-precision", "1.5"], ["--min-recall", "nan"], [CLIRunner.seedPath("000")], []] {
            let result = try CLIRunner.run("tarjuman", ["eval-align"] + (arguments.isEmpty ? [] : ["--gold", gold]) + arguments)
            #expect(result.status == 64, "\(arguments)")
            #expect(result.stderr.hasPrefix("tarjuman: ") && result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
        }
    }
}
