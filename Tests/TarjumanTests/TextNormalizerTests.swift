import Tarjuman
import Testing

@Suite struct ArabicNormalizationTests {
    let search = TextNormalizer(arabic: .search, english: .none)

    func only(_ steps: ArabicNormalization) -> TextNormalizer { TextNormalizer(arabic: steps, english: .none) }

    @Test func searchPresetOnTheIssueExample() {
        #expect(search.normalize("أَحْمَد ﻻ ٢٤ مصطفى") == "احمد لا 24 مصطفي")
    }

    @Test func eachStepAlone() {
        #expect(only(.removeTashkeel).normalize("أَحْمَد").scalars == "أحمد".scalars)
        #expect(only(.removeTashkeel).normalize("القرآنٰ ۖ").scalars == "القرآن ".scalars)
        #expect(only(.removeTatweel).normalize("قـــال").scalars == "قال".scalars)
        #expect(only(.foldAlef).normalize("أحمد إبراهيم آمال ٱلله").scalars == "احمد ابراهيم امال الله".scalars)
        #expect(only(.foldHamzaCarriers).normalize("مسؤول وائل").scalars == "مسوول وايل".scalars)
        #expect(only(.removeLoneHamza).normalize("علاء").scalars == "علا".scalars)
        #expect(only(.foldAlefMaqsura).normalize("مصطفى").scalars == "مصطفي".scalars)
        #expect(only(.foldTehMarbuta).normalize("الديمقراطية").scalars == "الديمقراطيه".scalars)
        #expect(only(.foldLetterVariants).normalize("کوردستان ڤیان گوڵ چیا پێشمەرگە").scalars
                == "كوردستان فيان كول جيا بيشمهركه".scalars)
        #expect(only(.foldPresentationForms).normalize("ﻻ ﷲ ﷽").scalars
                == "لا الله بسم الله الرحمن الرحيم".scalars)
        #expect(only(.asciiDigits).normalize("٢٤ ۱۹").scalars == "24 19".scalars)
        #expect(only(.asciiPunctuation).normalize("نعم، لا؛ لماذا؟ ٥٪").scalars == "نعم, لا; لماذا? ٥%".scalars)
        #expect(only(.removeInvisibles).normalize("\u{200F}بالي\u{202B}\u{00AD}\u{FEFF}").scalars == "بالي".scalars)
        #expect(only(.removeJoiners).normalize("می\u{200C}خواهم").scalars == "میخواهم".scalars)
        #expect(only(.foldSpaces).normalize("دير\u{00A0}\u{2003} الزور").scalars == "دير الزور".scalars)
        #expect(only([.foldSpaces, .trimSpaces]).normalize("  دير الزور \n بالي ").scalars == "دير الزور\nبالي".scalars)
    }

    @Test func stepsComposeWithEachOther() {
        // ﻷ unfolds to لأ, whose alef then folds.
        #expect(only([.foldPresentationForms, .foldAlef]).normalize("ﻷ").scalars == "لا".scalars)
        // Urdu teh marbuta goal folds to ة and then to ه.
        #expect(only([.foldLetterVariants, .foldTehMarbuta]).normalize("ۃ").scalars == "ه".scalars)
        // A decomposed alef + hamza above (NFD) folds to bare alef too.
        #expect(only(.foldAlef).normalize("\u{0627}\u{0654}حمد").scalars == "احمد".scalars)
    }

    @Test func theReportsMeet() {
        // The pairs the issue names must meet under .search.
        #expect(search.normalize("أحمد") == search.normalize("احمد"))
        #expect(search.normalize("مصطفى") == search.normalize("مصطفي"))
        #expect(search.normalize("کوردستان") == search.normalize("كوردستان"))
        #expect(search.normalize("الديمقراطية") == "الديمقراطيه")
        #expect(search.normalize("كوردستان24") == "كوردستان24")
    }

    @Test func displayKeepsLetters() {
        let display = TextNormalizer(arabic: .display, english: .none)
        #expect(display.normalize("أَحْمَـــد\u{200F}").scalars == "أَحْمَد".scalars)
        #expect(display.normalize(TestData.arabic) == TestData.arabic)
    }

    @Test func seedReportUnderSearch() {
        let text = search.normalize(TestData.arabic)
        #expect(text.contains("مصطفي بالي"))
        #expect(text.contains("قاسم محمد صالح"))
        #expect(text.contains("لكوردستان 24"))
        #expect(!text.unicodeScalars.contains { ["أ", "إ", "آ", "ى", "ة"].contains($0) })
        // Idempotent.
        #expect(search.normalize(text) == text)
    }

    @Test func parsingPresetsAndSteps() {
        #expect(ArabicNormalization(parsing: "search") == .search)
        #expect(ArabicNormalization(parsing: "fold-alef,remove-tashkeel") == [.foldAlef, .removeTashkeel])
        #expect(ArabicNormalization(parsing: "fold-everything") == nil)
        #expect(EnglishNormalization(parsing: "display") == .display)
    }
}

@Suite struct EnglishNormalizationTests {
    let search = TextNormalizer(arabic: .none, english: .search)

    func only(_ steps: EnglishNormalization) -> TextNormalizer { TextNormalizer(arabic: .none, english: steps) }

    @Test func eachStep() {
        #expect(only(.compatibility).normalize("ﬁle Ｂali x²") == "file Bali x2")
        #expect(only(.caseFold).normalize("QAMISHLO Straße") == "qamishlo strasse")
        #expect(only(.foldDiacritics).normalize("Café Müller ß ø æ œ ł đ ı þ") == "Cafe Muller ss o ae oe l d i th")
        #expect(only(.asciiPunctuation).normalize("‘Bali’ “SDF” Kurdistan’s – Raqqa—Deir ‐ x") == "'Bali' \"SDF\" Kurdistan's - Raqqa-Deir - x")
        #expect(only([.foldSpaces, .trimSpaces]).normalize("  Deir\u{00A0}\u{2009}al-Zor\t ") == "Deir al-Zor")
        #expect(only(.removeInvisibles).normalize("Ba\u{00AD}li\u{200E}") == "Bali")
    }

    @Test func searchPreset() {
        #expect(search.normalize("‘Bali’") == search.normalize("'bali'"))
        #expect(search.normalize("  Mustafa  BALI ") == "mustafa bali")
        #expect(search.normalize("Ömer Çelik") == "omer celik")
        // Decomposed input: the base and its marks are one cluster.
        #expect(search.normalize("Cafe\u{0301}") == "cafe")
        #expect(only(.caseFold).normalize("CAFE\u{0301}").scalars == "caf\u{E9}".scalars)
        // Emoji sequences keep their joiners.
        #expect(search.normalize("👨‍👩‍👧") == "👨‍👩‍👧")
        #expect(search.normalize(search.normalize(TestData.english)) == search.normalize(TestData.english))
    }

    @Test func bothScriptsTogether() {
        let both = TextNormalizer()
        #expect(both.normalize("Mustafa BALI (مُصطفى بالي)، ٢٠١٧") == "mustafa bali (مصطفي بالي), 2017")
    }
}

@Suite struct OffsetTests {
    let search = TextNormalizer()

    /// Every piece maps inside the original, in order, on scalar boundaries.
    func checkWellFormed(_ result: NormalizedText) {
        let bytes = Array(result.original.utf8)
        var lastEnd = 0
        for piece in result.pieces {
            #expect(piece.original.lowerBound >= lastEnd)
            #expect(piece.original.upperBound <= bytes.count)
            if piece.original.lowerBound < bytes.count { #expect(bytes[piece.original.lowerBound] & 0xC0 != 0x80) }
            lastEnd = piece.original.upperBound
        }
    }

    @Test func ligatureBecomesTwoLetters() {
        let result = search.normalizeWithOffsets("قال ﻻ بأس")
        #expect(result.text == "قال لا باس")
        let lam = result.text.range(of: "لا")!
        #expect(result.original[result.originalRange(for: lam)] == "ﻻ")
        // Either letter alone maps to the whole ligature.
        let alef = result.text.utf8.index(lam.lowerBound, offsetBy: 2)..<lam.upperBound
        #expect(result.original[result.originalRange(for: alef)] == "ﻻ")
        checkWellFormed(result)
    }

    @Test func removedMarksAreInsideTheSpan() {
        let result = search.normalizeWithOffsets("وقال مُصْطَفَى بالي")
        let name = result.text.range(of: "مصطفي")!
        #expect(result.original[result.originalRange(for: name)].unicodeScalars.elementsEqual("مُصْطَفَى".unicodeScalars))
        checkWellFormed(result)
    }

    @Test func foldedSpaces() {
        let result = search.normalizeWithOffsets("Deir \u{00A0}\u{2003} al-Zor  ")
        #expect(result.text == "deir al-zor")
        let space = result.text.range(of: " ")!
        #expect(result.original[result.originalRange(for: space)] == " \u{00A0}\u{2003} ")
        let zor = result.text.range(of: "al-zor")!
        #expect(result.original[result.originalRange(for: zor)] == "al-Zor")
        checkWellFormed(result)
    }

    @Test func everyTokenOfTheSeedsMapsBack() {
        for text in [TestData.arabic, TestData.english] {
            let result = search.normalizeWithOffsets(text)
            #expect(result.text == search.normalize(text))
            checkWellFormed(result)
            // Each normalized word maps to an original span that normalizes to it.
            for word in result.text.split(separator: " ") {
                let span = result.originalRange(for: word.startIndex..<word.endIndex)
                #expect(search.normalize(String(result.original[span])) == String(word).trimmingCharacters(in: []))
            }
        }
    }
}

/// Inputs the fuzzer and the random-Unicode test found: the copy-on-change
/// path (`normalize`) and the offset-tracking path must agree, and spaces
/// around removed characters fold and trim as if the characters were absent.
@Suite struct SpaceAroundRemovedCharactersTests {
    static func check(_ text: String, _ expected: String, arabic: ArabicNormalization, english: EnglishNormalization,
                      sourceLocation: SourceLocation = #_sourceLocation) {
        let normalizer = TextNormalizer(arabic: arabic, english: english)
        #expect(normalizer.normalize(text) == expected, sourceLocation: sourceLocation)
        #expect(normalizer.normalizeWithOffsets(text).text == expected, sourceLocation: sourceLocation)
        #expect(normalizer.normalize(expected) == expected, sourceLocation: sourceLocation)  // idempotent
    }

    @Test func pendingSpacesAreNotCopiedTwice() {
        Self.check(" \u{65D}", "", arabic: .search, english: .none)
        Self.check("\u{9}\u{2069}", "", arabic: .search, english: .search)
    }

    @Test func aRemovedCharacterKeepsTheLineStart() {
        Self.check("\u{640} x", "x", arabic: .display, english: .search)
        Self.check("\u{64B} )", ")", arabic: .search, english: .none)
        Self.check("\u{367}\u{9}🏡", "🏡", arabic: .search, english: .search)
    }

    @Test func aRemovedCharacterBetweenSpacesFoldsWithThem() {
        Self.check("a \u{64B} b", "a b", arabic: .search, english: .none)
        Self.check("قال \u{200F} مصطفى", "قال مصطفي", arabic: .search, english: .search)
        // Without space folding both spaces stay.
        Self.check("a \u{200F} b", "a  b", arabic: .removeInvisibles, english: .none)
    }

    @Test func compatibilitySpacesFold() {
        Self.check("a\u{2DA}\u{2DA}b", "a b", arabic: .search, english: .search)
        Self.check("ab\u{A8}", "ab", arabic: .search, english: .search)
    }
}
