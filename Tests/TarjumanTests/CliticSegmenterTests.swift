import Foundation
import Tarjuman
import Testing

@Suite struct CliticSegmenterTests {
    static let segmenter = CliticSegmenter()

    func seg(_ word: String) -> String { Self.segmenter.segment(word).description }

    @Test func namesStayWholeWithAlternatives() {
        for name in ["بالي", "وائل", "فيصل", "لافا", "حسن", "بغداد", "الياس"] {
            #expect(seg(name) == name)
        }
        let bali = Self.segmenter.analyze("بالي")
        #expect(bali.map(\.description).starts(with: ["بالي"]))
        #expect(bali.contains { $0.description == "ب+الي" })
    }

    @Test func seedWords() {
        #expect(seg("وقال") == "و+قال")
        #expect(seg("الاتفاق") == "ال+اتفاق")
        #expect(seg("للإطباق") == "ل+ال+اطباق")
        #expect(seg("بالدرجة") == "ب+ال+درجة")
        #expect(seg("قواتها") == "قوات+ها")
        #expect(seg("ومساعده") == "و+مساعد+ه")
        #expect(seg("والعراق") == "و+ال+عراق")
        #expect(seg("الديمقراطية") == "ال+ديمقراطية")
        #expect(seg("قيادي") == "قيادي")
        #expect(seg("وحدات") == "وحدات")
    }

    @Test func stemKeepsTwoLetters() {
        #expect(Self.segmenter.readings(of: "حسن").count == 1)
        #expect(Self.segmenter.readings(of: "وقال").allSatisfy { $0.stem.unicodeScalars.count >= 2 })
    }

    @Test func futureParticleOnlyWhenAsked() {
        #expect(seg("سيعلن") == "سيعلن")
        let future = CliticSegmenter(options: .init(futureParticle: true))
        #expect(future.readings(of: "سيعلن").contains { $0.description == "س+يعلن" })
        #expect(!Self.segmenter.readings(of: "سيعلن").contains { $0.description == "س+يعلن" })
    }

    @Test func noPronounAfterTheArticle() {
        #expect(!Self.segmenter.readings(of: "الكتابه").contains { $0.hasArticle && $0.enclitic != nil })
    }

    /// Accuracy on the gold file of real tokens. Seed tokens are segmented the
    /// way the tokenizer does it on their document (with its vocabulary as
    /// context); names alone.
    @Test func goldAccuracy() throws {
        let tokenizer = try Tokenizer(options: .init(clitics: true))
        var inSeed: [String: String] = [:]
        for token in tokenizer.tokens(in: TestData.arabic) where token.kind == .word {
            inSeed[String(token.text)] = inSeed[String(token.text)] ?? token.clitics?.description
        }
        let gold = TestData.file("Fixtures/clitics/gold.tsv")
        var total = 0, correct = 0
        var bySource: [String: (Int, Int)] = [:]
        var errors: [String] = []
        for line in gold.split(separator: "\n") where !line.hasPrefix("#") {
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard columns.count >= 3 else { continue }
            let token = columns[0], expected = ArabicLexicon.analysisForm(columns[1]), source = columns[2]
            let got = source == "seed003" ? (inSeed[token] ?? "(not a token)") : seg(token)
            total += 1
            let ok = got == expected
            if ok { correct += 1 } else { errors.append("\(token)\tgold \(expected)\tgot \(got)") }
            let tally = bySource[source, default: (0, 0)]
            bySource[source] = (tally.0 + (ok ? 1 : 0), tally.1 + 1)
        }
        let accuracy = Double(correct) / Double(max(total, 1))
        print("Clitic gold: \(correct)/\(total) correct, accuracy \(String(format: "%.1f", accuracy * 100))%")
        for (source, tally) in bySource.sorted(by: { $0.key < $1.key }) {
            print("  \(source): \(tally.0)/\(tally.1)")
        }
        for error in errors { print("  miss: \(error)") }
        #expect(total >= 200)
        #expect(accuracy >= 0.97)
    }
}
