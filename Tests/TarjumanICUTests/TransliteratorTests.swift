import TarjumanICU
import Testing

@Suite struct TransliteratorTests {
    @Test func builtInTransforms() throws {
        let latin = try Transliterator(id: "Any-Latin; Latin-ASCII")
        #expect(latin.transliterate("مصطفى بالي") == "mstfy baly")
        #expect(latin.transliterate("Deir al-Zor 24") == "Deir al-Zor 24")
        let arabic = try Transliterator(id: "Arabic-Latin")
        #expect(arabic.transliterate("بالي") == "bạly")
        #expect(latin.transliterate("") == "")
    }

    @Test func reverseDirection() throws {
        let forward = try Transliterator(id: "Latin-Cyrillic")
        let backward = try Transliterator(id: "Latin-Cyrillic", direction: .reverse)
        let cyrillic = forward.transliterate("Lavrov")
        #expect(cyrillic == "Лавров")
        #expect(backward.transliterate(cyrillic) == "Lavrov")
        #expect(backward.direction == .reverse)
    }

    @Test func customRulesCompileOnceAndRunBothWays() throws {
        let rules = """
            # A toy romanization
            ب <> b;
            ا <> a;
            ل <> l;
            ي <> i;
            """
        let forward = try Transliterator(rules: rules, id: "Toy")
        let reverse = try Transliterator(rules: rules, id: "Toy", direction: .reverse)
        #expect(forward.transliterate("بالي") == "bali")
        #expect(reverse.transliterate("bali") == "بالي")
        #expect(forward.id == "Toy")
    }

    @Test func unknownIDNamesTheIDAndICUError() {
        #expect {
            _ = try Transliterator(id: "Arabic-Klingon")
        } throws: { error in
            guard let error = error as? ICUError else { return false }
            return error.subject == "Arabic-Klingon" && error.name == "U_INVALID_ID"
                && error.description.contains("Arabic-Klingon") && error.description.contains("U_INVALID_ID")
        }
    }

    @Test func badRulesReportLineAndOffset() {
        let rules = "a > b;\nc > d;\nx > ;;\n$undefined > y;"
        do {
            _ = try Transliterator(rules: rules, id: "Broken")
            Issue.record("bad rules compiled")
        } catch {
            #expect(error.subject == "Broken")
            #expect(error.code > 0)
            #expect(error.name.hasPrefix("U_"))
            #expect(error.line != nil || error.offset != nil)
            #expect(error.description.contains("Broken"))
        }
    }

    @Test func availableIDs() {
        let ids = Transliterator.availableIDs
        #expect(ids.count > 100)
        for id in ["Arabic-Latin", "Latin-ASCII", "Any-Latin"] { #expect(ids.contains(id)) }
    }
}
