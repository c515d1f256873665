import Testing
import Tarjuman

@Suite struct RomanizerTests {
    let romanizer = Romanizer()

    @Test func spellsCommonNamesAsNewsDoes() {
        #expect(romanizer.romanize("بالي", count: 3).map(\.text).contains("Bali"))
        #expect(romanizer.best("دير الزور").hasSuffix(" al-Zor"))
    }

    @Test func capitalizesTokensAndKeepsDigits() {
        let text = romanizer.best("كوردستان 24")
        #expect(text.first?.isUppercase == true)
        #expect(text.hasSuffix(" 24"))
    }

    @Test func candidatesAreRankedAndDistinct() {
        let candidates = romanizer.romanize("قامشلو", count: 8)
        #expect(candidates.count == 8)
        #expect(Set(candidates.map(\.text)).count == candidates.count)
        #expect(zip(candidates, candidates.dropFirst()).allSatisfy { $0.logProbability >= $1.logProbability })
    }

    @Test func nonArabicInputGivesNothing() {
        #expect(romanizer.romanize("").isEmpty)
        #expect(romanizer.romanize("   ").isEmpty)
        #expect(romanizer.best("Bali") == "Bali")
    }
}
