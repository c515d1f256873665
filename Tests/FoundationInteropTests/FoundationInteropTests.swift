// Compile-time guard: Foundation on Linux carries its own private ICU. If the
// library's module ever exposed ICU's headers, importing both here would fail
// to compile (a clash over `UErrorCode`). This file must keep building.
import Foundation
import TarjumanICU
import Testing

@Suite struct FoundationInteropTests {
    @Test func foundationAndTarjumanICUTogether() {
        let ns = NSString(string: "ﻻ")
        let text = NormalizationForm.nfkc.normalize(ns as String)
        #expect(text.unicodeScalars.map(\.value) == [0x644, 0x627])
        #expect(ICU.unicodeVersion.hasPrefix("15"))
    }
}
