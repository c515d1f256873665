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

    /// Found by the fuzzer: U+202F (narrow no-break space) is ExtendNumLet for
    /// word breaking, so it can sit inside a word that mixes Arabic letters
    /// and digits; splitting that word at the digits left it as a token.
    @Test func aLoneConnectorSpaceIsNoToken() {
        let bytes: [UInt8] = [0x85, 0xD9, 0x84, 0xD8, 0xA9, 0xD8, 0x8C, 0x20, 0xD9, 0x85, 0xD8, 0xB4, 0x72, 0x6F, 0x6F, 0x74, 0xD8, 0xAF, 0xD8, 0x2E, 0x00, 0xA7, 0xE1, 0xB6, 0xA7, 0xD9, 0xD8, 0xAA, 0x49, 0x72, 0x84, 0xD8, 0xA5, 0xD8, 0xD8, 0xAA, 0x49, 0x72, 0x84, 0xD8, 0xA5, 0xD8, 0xAF, 0x32, 0xD8, 0xA7, 0x6A, 0x94, 0xE2, 0x80, 0xAF, 0x32, 0xD8, 0xA7, 0x6A, 0x94, 0xE2, 0x80, 0x99, 0x73, 0x83, 0xD8, 0xAF, 0x20, 0xD8, 0xA8, 0x72, 0x6F, 0x6F, 0x74, 0xFF, 0xFF, 0xFF, 0x02, 0x20, 0xD8, 0xA3, 0xD9, 0x86, 0x20, 0xD8, 0xD8]
        let text = String(decoding: bytes, as: UTF8.self)
        let tokens = Self.plain.tokens(in: text) + Self.clitics.tokens(in: text)
        #expect(!tokens.isEmpty)
        #expect(tokens.allSatisfy { !$0.text.unicodeScalars.allSatisfy(\.properties.isWhitespace) })
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
