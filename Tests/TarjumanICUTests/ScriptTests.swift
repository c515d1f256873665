import TarjumanICU
import Testing

@Suite struct ScriptTests {
    @Test func namedConstantsMatchICU() {
        #expect(Script(name: "Arabic") == .arabic)
        #expect(Script(name: "Latn") == .latin)
        #expect(Script(name: "Zyyy") == .common)
        #expect(Script(name: "Zinh") == .inherited)
        #expect(Script(name: "Zzzz") == .unknown)
        #expect(Script(name: "Klingonish") == nil)
        #expect(Script.arabic.name == "Arabic")
        #expect(Script.arabic.shortName == "Arab")
    }

    @Test func scriptOfCharacters() {
        #expect(Script.of("م") == .arabic)
        #expect(Script.of("Q") == .latin)
        #expect(Script.of("4") == .common)
        #expect(Script.of("\u{064E}") == .inherited)  // fatha
        #expect(Script.of("\u{0378}") == .unknown)    // unassigned
        // The Arabic comma is Common, but used with Arabic.
        #expect(Script.of("،") == .common)
        #expect(Script.arabic.isUsed(with: "،"))
        #expect(!Script.latin.isUsed(with: "،"))
    }

    @Test func runs() {
        let text = "QAMISHLO قامشلو 24 (Kurdistan 24)"
        let runs = Script.runs(in: text)
        #expect(runs.map(\.script) == [.latin, .arabic, .latin])
        #expect(runs.map { String(text[$0.range]) } == ["QAMISHLO ", "قامشلو 24 (", "Kurdistan 24)"])
        #expect(runs[1].utf8Range == 9..<(9 + "قامشلو 24 (".utf8.count))
        #expect(runs[1].utf16Range == 9..<20)
        #expect(Script.runs(in: "24 - 7").map(\.script) == [.common])
        #expect(Script.runs(in: "").isEmpty)
        #expect(Script.runs(in: "«بالي»").map(\.script) == [.arabic])
    }
}
