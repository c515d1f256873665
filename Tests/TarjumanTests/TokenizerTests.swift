import Tarjuman
import Testing

@Suite struct TokenizerTests {
    static let plain = try! Tokenizer()
    static let clitics = try! Tokenizer(options: .init(clitics: true))

    @Test func kindsScriptsAndNormalizedForms() {
        let text = "قال مصطفى بالي لكوردستان24، “Bali” said $5."
        let tokens = Self.plain.tokens(in: text)
        let summary = tokens.map { "\($0.text)|\($0.kind)|\($0.script.shortName)|\($0.normalized)" }
        #expect(summary == [
            "قال|word|Arab|قال", "مصطفى|word|Arab|مصطفي", "بالي|word|Arab|بالي",
            "لكوردستان|word|Arab|لكوردستان", "24|number|Zyyy|24", "،|punctuation|Zyyy|,",
            "“|punctuation|Zyyy|\"", "Bali|word|Latn|bali", "”|punctuation|Zyyy|\"",
            "said|word|Latn|said", "$|symbol|Zyyy|$", "5|number|Zyyy|5", ".|punctuation|Zyyy|.",
        ])
        #expect(tokens.allSatisfy { $0.readings.isEmpty })
    }

    @Test func offsetsSliceTheOriginal() {
        for text in [TestData.arabic, TestData.english] {
            let bytes = Array(text.utf8)
            var previousEnd = 0
            for token in Self.clitics.tokens(in: text) {
                #expect(Array(token.text.utf8) == Array(bytes[token.utf8Range]))
                #expect(token.text == text[token.range])
                #expect(token.utf8Range.lowerBound >= previousEnd)
                #expect(token.stemUTF8Range.lowerBound >= token.utf8Range.lowerBound)
                #expect(token.stemUTF8Range.upperBound <= token.utf8Range.upperBound)
                previousEnd = token.utf8Range.upperBound
            }
        }
    }

    @Test func cliticsInContext() {
        let text = "وقال مصطفى بالي لكوردستان 24 إن قواتها ستنسحب من كوردستان"
        let tokens = Self.clitics.tokens(in: text)
        let segmentation = tokens.filter { $0.kind == .word }.map { $0.clitics?.description ?? "-" }
        #expect(segmentation == ["و+قال", "مصطفى", "بالي", "ل+كوردستان", "ان", "قوات+ها", "ستنسحب", "من", "كوردستان"])
        let bali = tokens.first { $0.text == "بالي" }!
        #expect(bali.readings.map(\.description).contains("ب+الي"))
        // The stem's range points at the stem in the original.
        let kurdistan = tokens.first { $0.text == "لكوردستان" }!
        let stemBytes = Array(text.utf8)[kurdistan.stemUTF8Range]
        #expect(String(decoding: stemBytes, as: UTF8.self) == "كوردستان")
    }

    @Test func stemRangeSkipsTashkeelInClitics() {
        let text = "وَقَالَ"
        let token = Self.clitics.tokens(in: text)[0]
        #expect(token.clitics?.description == "و+قال")
        #expect(String(decoding: Array(text.utf8)[token.stemUTF8Range], as: UTF8.self) == "قَالَ")
    }

    @Test func emptyAndSpaceOnly() {
        #expect(Self.plain.tokens(in: "").isEmpty)
        #expect(Self.plain.tokens(in: " \n\t\u{00A0}").isEmpty)
    }
}
