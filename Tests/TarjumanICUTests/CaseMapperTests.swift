import TarjumanICU
import Testing

@Suite struct CaseMapperTests {
    let root = try! CaseMapper()

    @Test func lowerUpperTitle() {
        #expect(root.lowercased("QAMISHLO, Syrian Kurdistan") == "qamishlo, syrian kurdistan")
        #expect(root.uppercased("Mustafa Bali") == "MUSTAFA BALI")
        #expect(root.titlecased("deir al-zor") == "Deir Al-Zor")
        #expect(root.titlecased("QASIM MOHAMMED SALEH") == "Qasim Mohammed Saleh")
        // Arabic has no case: unchanged.
        #expect(root.uppercased(TestData.arabic).utf8.elementsEqual(TestData.arabic.utf8))
    }

    @Test func contextAndLocale() throws {
        // Greek final sigma depends on context.
        #expect(root.lowercased("ΟΔΟΣ") == "οδος")
        let turkish = try CaseMapper(locale: "tr")
        #expect(turkish.uppercased("istanbul") == "İSTANBUL")
        #expect(root.uppercased("istanbul") == "ISTANBUL")
        #expect(turkish.locale == "tr")
    }

    @Test func folding() {
        #expect(root.folded("Straße") == "strasse")
        #expect(root.folded("İ").unicodeScalars.map(\.value) == [0x69, 0x307])
        #expect(root.folded("I", turkic: true) == "ı")
        #expect(root.folded("QAMISHLO") == root.folded("qamishlo"))
    }

    @Test func growthBeyondTheFirstGuess() {
        // ŉ (2 bytes) upper-cases to ʼN (3 bytes): 1,000 of them outgrow n + n/4.
        let text = String(repeating: "ŉ", count: 1000)
        let upper = root.uppercased(text)
        #expect(upper.utf8.count == 3000)
        #expect(upper.hasPrefix("ʼNʼN"))
    }

    @Test func empty() {
        #expect(root.lowercased("") == "")
        #expect(root.titlecased("") == "")
        #expect(root.folded("") == "")
    }
}
