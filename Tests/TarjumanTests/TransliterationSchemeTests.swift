import Foundation
import Testing
import Tarjuman

@Suite struct TransliterationSchemeTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let seed = try! String(contentsOf: root.appendingPathComponent("seeds/003_595fb47189156482.txt"), encoding: .utf8)

    /// Every Arabic letter, hamza form and tashkeel mark the Buckwalter tables list.
    static let allArabic: String = {
        var text = ""
        for mapping in TransliterationScheme.buckwalter.table.mappings { text.unicodeScalars.append(mapping.scalar) }
        return text
    }()

    @Test(arguments: TransliterationScheme.allCases)
    func builtInTableIsComplete(scheme: TransliterationScheme) throws {
        #expect(scheme.table.name == scheme.rawValue)
        #expect(scheme.table.mappings.count >= 51)
    }

    @Test(arguments: TransliterationScheme.allCases.filter(\.isReversible))
    func reversibleSchemesRoundTrip(scheme: TransliterationScheme) {
        #expect(scheme.table.mappings.count == 51)
        for mapping in scheme.table.mappings {
            let letter = String(mapping.scalar)
            #expect(scheme.reverse(scheme.transliterate(letter)) == letter, "U+\(String(mapping.scalar.value, radix: 16))")
        }
        #expect(scheme.reverse(scheme.transliterate(Self.allArabic)) == Self.allArabic)
        #expect(scheme.reverse(scheme.transliterate(Self.seed)) == Self.seed)
        let vocalized = "وَقَالَ مُصْطَفَى بَالِي: «الاجْتِمَاعُ إِيجَابِيٌّ» ٢٤ مُؤْتَمَرٌ، سُئِلَ، آلاف، ٱللَّه"
        #expect(scheme.reverse(scheme.transliterate(vocalized)) == vocalized)
    }

    @Test func knownSpellings() {
        #expect(TransliterationScheme.buckwalter.transliterate("مُحَمَّد") == "muHama~d")
        #expect(TransliterationScheme.buckwalter.transliterate("أإآؤئء") == "><|&}'")
        #expect(TransliterationScheme.buckwalterSafe.transliterate("أإآؤئءشذ") == "OIMWQCcV")
        #expect(TransliterationScheme.buckwalterXML.transliterate("أإؤ") == "OIW")
        #expect(TransliterationScheme.scholarly.transliterate("مُحَمَّد صَالِح") == "muḥammad ṣāliḥ")
        #expect(TransliterationScheme.plain.transliterate("شَذَى ٢٤، عُمَر") == "shadha 24, 'umar")
    }

    @Test(arguments: TransliterationScheme.allCases)
    func nonArabicTextIsUnchanged(scheme: TransliterationScheme) {
        for text in ["", "Mustafa Bali met Qasim Saleh.", "0123456789", "2017-12-04 24%", "Ünïcödé – “quotes” 😀"] {
            #expect(scheme.transliterate(text) == text)
        }
        let mixed = "Kurdistan 24 (كوردستان24) said"
        let out = scheme.transliterate(mixed)
        #expect(out.hasPrefix("Kurdistan 24 (") && out.hasSuffix(") said"))
        #expect(!out.unicodeScalars.contains { $0.properties.generalCategory == .otherLetter && $0.value >= 0x0621 && $0.value <= 0x064A })
    }

    @Test func oneWaySchemesHaveNoReverse() {
        #expect(TransliterationScheme.scholarly.reverse("muhammad") == nil)
        #expect(TransliterationScheme.plain.reverse("muhammad") == nil)
    }

    /// The direct table and ICU's rule-based transliterator compiled from the
    /// same table agree on real text.
    @Test(arguments: TransliterationScheme.allCases.filter(\.isReversible))
    func directTableAgreesWithICURules(scheme: TransliterationScheme) throws {
        let rules = try #require(scheme.table.icuRules)
        let icu = try Transliterator(rules: rules)
        #expect(icu.transliterate(Self.seed) == scheme.transliterate(Self.seed))
        #expect(icu.transliterate(Self.allArabic) == scheme.transliterate(Self.allArabic))
    }

    @Test func badTablesAreRejected() {
        #expect(throws: DataFileError.self) { try SchemeTable(parsing: "U+0041\tA\n") }
        #expect(throws: DataFileError.self) { try SchemeTable(parsing: "U+0628\tb\nU+0628\tB\n") }
        #expect(throws: DataFileError.self) { try SchemeTable(parsing: "# reversible: yes\nU+0628\tbb\n") }
        #expect(throws: DataFileError.self) { try SchemeTable(parsing: "# reversible: yes\nU+0628\tb\nU+062A\tb\n") }
    }
}
