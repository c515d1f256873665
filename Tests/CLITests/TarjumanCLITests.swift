import Foundation
import Testing

@Suite struct TarjumanCLITests {
    @Test func rankPrintsTopCandidatesInQueryOrder() throws {
        let queries = try CLIRunner.temporaryFile(Data("مصطفى بالي\nLava Asaad\n\n".utf8))
        let candidates = try CLIRunner.temporaryFile(Data("Hassan Qamishlo\nMustafa Bali\nلافا اسعد\nBailey\n".utf8))
        let result = try CLIRunner.run("tarjuman", ["rank", "--queries", queries, "--candidates", candidates, "--top", "2"])
        #expect(result.status == 0)
        let lines = result.text.split(separator: "\n").map { $0.split(separator: "\t").map(String.init) }
        #expect(lines.count == 4)
        #expect(lines[0][0] == "مصطفى بالي" && lines[0][1] == "1" && lines[0][2] == "Mustafa Bali")
        #expect(Double(lines[0][3])! > 0.5)
        #expect(lines[2][0] == "Lava Asaad" && lines[2][2] == "لافا اسعد")
        let json = try CLIRunner.run("tarjuman", ["rank", "--queries", queries, "--candidates", candidates, "--top", "1", "--format", "json"])
        let first = try JSONSerialization.jsonObject(with: Data(json.text.split(separator: "\n")[0].utf8)) as! [String: Any]
        #expect(first["candidate"] as? String == "Mustafa Bali")
        #expect(first["rank"] as? Int == 1)
    }

    /// Full names of the seed reports, both ways, alone and as two lists
    /// (--lists): every name finds its own counterpart first.
    @Test func rankMatchesFullSeedNames() throws {
        let arabic = ["مصطفى بالي", "قاسم محمد صالح", "حسن قامشلو", "أنكيزك خليل", "عبد السلام أحمد", "لافا اسعد", "دير الزور", "واشنطن"]
        let english = ["Mustafa Bali", "Qasim Mohammed Saleh", "Hassan Qamishlo", "Angizik Khalil", "Abdulsalam Ahmad",
                       "Lava Asaad", "Deir al-Zor", "Washington"]
        let arabicFile = try CLIRunner.temporaryFile(Data((arabic.joined(separator: "\n") + "\n").utf8))
        let englishFile = try CLIRunner.temporaryFile(Data((english + ["Bailey", "Raqqa"]).joined(separator: "\n").utf8))
        for (queries, candidates, expected) in [(englishFile, arabicFile, arabic), (arabicFile, englishFile, english)] {
            for lists in [false, true] {
                let result = try CLIRunner.run("tarjuman", ["rank", "--queries", queries, "--candidates", candidates, "--top", "1"]
                                               + (lists ? ["--lists"] : []))
                #expect(result.status == 0)
                let best = result.text.split(separator: "\n").map { $0.split(separator: "\t").map(String.init)[2] }
                #expect(Array(best.prefix(expected.count)) == expected, "lists: \(lists)")
            }
        }
    }

    @Test func scoreShowsTheAlignment() throws {
        let result = try CLIRunner.run("tarjuman", ["score", "عبد السلام أحمد", "Abdulsalam Ahmad"])
        #expect(result.status == 0)
        let firstLine = result.text.split(separator: "\n")[0]
        #expect(firstLine.hasPrefix("score 0.9"))
        #expect(result.text.contains("عبد السلام ↔ Abdulsalam"))
        #expect(result.text.contains("ح→h"))
    }

    @Test func evalMatchPrintsBothDirections() throws {
        let pairs = try CLIRunner.temporaryFile(Data("مصطفى\tmustafa\nbali\tبالي\nقاسم\tqasim\nصالح\tsaleh\tignored\n".utf8))
        let result = try CLIRunner.run("tarjuman-dev", ["eval-match", "--pairs", pairs])
        #expect(result.status == 0)
        #expect(result.text.contains("4 pairs, 4 Arabic and 4 English names"))
        let tarjuman = result.text.split(separator: "\n").filter { $0.hasPrefix("tarjuman") }
        #expect(tarjuman.count == 4)  // each way, then each way list-aware
        #expect(tarjuman.filter { $0.hasPrefix("tarjuman, list-aware") }.count == 2)
        #expect(tarjuman.allSatisfy { $0.contains("1.0000  1.0000  1.0000") })
        #expect(result.text.contains("icu-levenshtein"))
    }

    @Test func badInputsFailWithOneLine() throws {
        let missing = try CLIRunner.run("tarjuman", ["rank", "--queries", "/nonexistent", "--candidates", "/nonexistent"])
        #expect(missing.status == 66)
        #expect(missing.stderr.split(separator: "\n").count == 1)
        let method = try CLIRunner.run("tarjuman-dev", ["eval-match", "--pairs", CLIRunner.seedPath("000"), "--methods", "magic"])
        #expect(method.status == 64)
        let unknown = try CLIRunner.run("tarjuman", ["frobnicate"])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.split(separator: "\n").count == 1)
    }
}

@Suite struct TransliterateCLITests {
    @Test(arguments: ["buckwalter", "buckwalter-safe", "buckwalter-xml"])
    func buckwalterRoundTripsTheArabicSeedByteForByte(scheme: String) throws {
        let seed = try Data(contentsOf: CLIRunner.root.appendingPathComponent(CLIRunner.seedPath("003")))
        let forward = try CLIRunner.run("tarjuman", ["transliterate", "--scheme", scheme], stdin: seed)
        #expect(forward.status == 0, "\(forward.stderr)")
        #expect(!forward.text.unicodeScalars.contains { $0.value >= 0x0621 && $0.value <= 0x064A })
        let back = try CLIRunner.run("tarjuman", ["transliterate", "--scheme", scheme, "--reverse"], stdin: forward.stdout)
        #expect(back.status == 0)
        #expect(back.stdout == seed)
    }

    @Test func listsSchemesAndRejectsBadUse() throws {
        let list = try CLIRunner.run("tarjuman", ["transliterate", "--list"])
        #expect(list.status == 0)
        #expect(list.text.split(separator: "\n").count == 5)
        #expect(list.text.contains("scholarly\tone-way"))
        let unknown = try CLIRunner.run("tarjuman", ["transliterate", "--scheme", "klingon"])
        #expect(unknown.status == 64)
        let oneWay = try CLIRunner.run("tarjuman", ["transliterate", "--scheme", "plain", "--reverse"])
        #expect(oneWay.status == 64)
        #expect(oneWay.stderr.contains("not reversible"))
        let missing = try CLIRunner.run("tarjuman", ["transliterate", "--scheme", "plain", "/nonexistent.txt"])
        #expect(missing.status == 66)
        let invalid = try CLIRunner.run("tarjuman", ["transliterate", "--scheme", "plain"], stdin: Data([0x61, 0x0A, 0xFF, 0x0A]))
        #expect(invalid.status == 65)
        #expect(invalid.stderr.contains(":2:1"))
    }
}

@Suite struct RomanizeCLITests {
    @Test func romanizeListsMustafaBaliInTheTopThree() throws {
        let result = try CLIRunner.run("tarjuman", ["romanize", "--top", "3"], stdin: Data("مصطفى بالي\n".utf8))
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.text.split(separator: "\n").map { $0.split(separator: "\t").map(String.init) }
        #expect(lines.count == 3)
        #expect(lines.allSatisfy { $0.count == 4 && $0[0] == "مصطفى بالي" })
        #expect(lines.map { $0[1] } == ["1", "2", "3"])
        #expect(lines.contains { $0[2] == "Mustafa Bali" })
    }

    @Test func arabizeAndEvaluate() throws {
        let arabize = try CLIRunner.run("tarjuman", ["arabize", "--top", "2"], stdin: Data("Lavrov\n\nMattis\n".utf8))
        #expect(arabize.status == 0)
        #expect(arabize.text.contains("Lavrov\t1\tلافروف\t"))
        #expect(arabize.text.split(separator: "\n").count == 4)
        let pairs = try CLIRunner.temporaryFile(Data("مصطفى\tmustafa\nلافروف\tlavrov\nواشنطن\twashington\n".utf8))
        let eval = try CLIRunner.run("tarjuman-dev", ["eval-romanize", "--pairs", pairs])
        #expect(eval.status == 0, "\(eval.stderr)")
        #expect(eval.text.contains("tarjuman                        ar→en"))
        #expect(eval.text.contains("ICU Arabic-Latin; Latin-ASCII"))
        let bad = try CLIRunner.run("tarjuman", ["romanize", "--top", "0"])
        #expect(bad.status == 64)
    }
}
