@testable import TarjumanICU
import Testing

@Suite struct NormalizationFormTests {
    @Test func composesAndDecomposesArabicHamza() {
        // أ (U+0623) is alef + hamza above (U+0627 U+0654) canonically.
        let ahmad = "أحمد"
        let decomposed = NormalizationForm.nfd.normalize(ahmad)
        #expect(decomposed.scalars == [0x627, 0x654, 0x62D, 0x645, 0x62F])
        #expect(NormalizationForm.nfc.normalize(decomposed).scalars == ahmad.scalars)
    }

    @Test func compatibilityFormsUnfoldPresentationForms() {
        // ﻻ (U+FEFB) is a lam-alef ligature: NFKC gives لا, NFC leaves it.
        #expect(NormalizationForm.nfkc.normalize("ﻻ").scalars == [0x644, 0x627])
        #expect(NormalizationForm.nfc.normalize("ﻻ").scalars == [0xFEFB])
        // Arabic-Indic digits are not compatibility characters.
        #expect(NormalizationForm.nfkc.normalize("٢٤").scalars == "٢٤".scalars)
        #expect(NormalizationForm.nfkd.normalize("ﬁ").scalars == [0x66, 0x69])
    }

    @Test func caseFoldingForm() {
        #expect(NormalizationForm.nfkcCasefold.normalize("Straße QAMISHLO") == "strasse qamishlo")
        // Default-ignorable code points go: RLM and ZWNJ.
        #expect(NormalizationForm.nfkcCasefold.normalize("A\u{200F}b\u{200C}").scalars == "ab".scalars)
    }

    @Test func longExpansionNeedsTheRetryPath() {
        // U+FDFA (3 bytes) expands to 18 letters and spaces (33 bytes) under NFKC:
        // far beyond the first capacity guess.
        let text = String(repeating: "\u{FDFA}", count: 50)
        let result = NormalizationForm.nfkc.normalize(text)
        #expect(result.utf8.count == 50 * 33)
        #expect(result.hasPrefix("صلى الله عليه وسلم"))
    }

    @Test func seedTextsAreAlreadyNFCAndComeBackUnchanged() {
        for text in [TestData.arabic, TestData.english] {
            #expect(!text.isEmpty)
            #expect(NormalizationForm.nfc.isNormalized(text))
            #expect(NormalizationForm.nfc.normalize(text).utf8.elementsEqual(text.utf8))
            // NFD splits every hamza-on-alef; NFC puts them back byte for byte.
            let nfd = NormalizationForm.nfd.normalize(text)
            #expect(NormalizationForm.nfc.normalize(nfd).utf8.elementsEqual(text.utf8))
        }
        #expect(!NormalizationForm.nfd.isNormalized(TestData.arabic))
        #expect(!NormalizationForm.nfkcCasefold.isNormalized(TestData.english))
    }

    @Test func quickCheck() {
        #expect(NormalizationForm.nfc.quickCheck("Bali") == .yes)
        #expect(NormalizationForm.nfd.quickCheck("é") == .no)
        // A combining mark after a base may compose: only a full check can tell.
        #expect(NormalizationForm.nfc.quickCheck("e\u{301}") == .maybe)
        #expect(NormalizationForm.nfc.isNormalized("e\u{301}") == false)
    }

    @Test func emptyAndStringShorthand() {
        for form in NormalizationForm.allCases {
            #expect(form.normalize("") == "")
            #expect(form.isNormalized(""))
        }
        #expect(NormalizationForm.nfkc.normalize("ﻻ").scalars == [0x644, 0x627])
    }

    @Test func piecesCoverTheTextAndCutAtSafePlaces() {
        let text = "قال بالي\nQasim Saleh said: ﻻ\u{301}\n" + String(repeating: "ب", count: 40)
        var copy = text
        copy.withUTF8 { bytes in
            let pieces = Array(utf8Pieces(bytes, limit: 16))
            #expect(pieces.first?.lowerBound == 0)
            #expect(pieces.last?.upperBound == bytes.count)
            for (a, b) in zip(pieces, pieces.dropFirst()) { #expect(a.upperBound == b.lowerBound) }
            for piece in pieces {
                #expect(piece.count <= 16)
                #expect(piece.count > 0)
                // Every cut is on a code point boundary.
                if piece.upperBound < bytes.count { #expect(bytes[piece.upperBound] & 0xC0 != 0x80) }
            }
            // The first cut is right after the line feed.
            #expect(bytes[pieces[0].upperBound - 1] == 0x0A)
        }
    }
}

/// The stream-safe format applied before ICU (UAX #15, section 13).
@Suite struct StreamSafeTests {
    @Test func ordinaryTextIsUntouched() {
        for text in ["Mustafa Bali", "مُصْطَفَى بالي", "e" + String(repeating: "\u{0301}", count: 30), ""] {
            #expect(StreamSafe.apply(text) == text)
        }
    }

    @Test func longRunsAreCutEveryThirtyMarks() {
        let text = "a" + String(repeating: "\u{0301}\u{0316}", count: 40) + "b"   // 80 marks
        let safe = StreamSafe.apply(text)
        #expect(safe.unicodeScalars.filter { $0 == StreamSafe.graphemeJoiner }.count == 2)
        #expect(safe.unicodeScalars.filter { $0 != StreamSafe.graphemeJoiner }.elementsEqual(text.unicodeScalars))
        // No run of more than 30 non-starters is left.
        var run = 0, longest = 0
        for scalar in safe.unicodeScalars {
            run = scalar.properties.canonicalCombiningClass.rawValue == 0 ? 0 : run + 1
            longest = max(longest, run)
        }
        #expect(longest == 30)
    }

    /// The cuts of the byte-by-byte search the run check replaced (eight
    /// bytes at a time now), as a reference.
    static func referenceCuts(_ bytes: [UInt8]) -> [Int]? {
        let needed = 2 * (StreamSafe.maximumNonStarters + 1)
        var run = 0
        var firstLongRun: Int?
        for (i, byte) in bytes.enumerated() {
            if byte >= 0x80 {
                run += 1
                if run == needed { firstLongRun = i + 1 - needed; break }
            } else {
                run = 0
            }
        }
        guard let start = firstLongRun else { return nil }
        var cuts: [Int] = []
        var count = 0
        var i = start
        let scalars = Array(String(decoding: bytes[start...], as: UTF8.self).unicodeScalars)
        for scalar in scalars {
            if scalar.properties.canonicalCombiningClass.rawValue != 0 {
                if count == StreamSafe.maximumNonStarters { cuts.append(i); count = 0 }
                count += 1
            } else {
                count = 0
            }
            i += String(scalar).utf8.count
        }
        return cuts.isEmpty ? nil : cuts
    }

    /// Long runs (and runs one byte too short) at every offset from an
    /// eight-byte boundary, between ASCII and other text.
    @Test func runsAreFoundAtEveryAlignment() {
        for prefix in 0..<17 {
            for marks in [29, 30, 31, 32, 45, 61, 62] {
                for tail in ["", "b", "ب", "\u{0301}", "ab\u{0316}\u{0301}"] {
                    for before in ["", "ب", "é"] {
                        let text = String(repeating: "x", count: prefix) + before + String(repeating: "\u{0301}", count: marks) + tail
                        let bytes = Array(text.utf8)
                        let cuts = bytes.withUnsafeBufferPointer { StreamSafe.cuts($0) }
                        #expect(cuts == Self.referenceCuts(bytes), "\(prefix) \(before) \(marks) \(tail)")
                    }
                }
            }
        }
        // 62 bytes at or above 0x80 that are not combining marks: a run to
        // check, no cut.
        let arabic = Array(String(repeating: "ب", count: 40).utf8)
        #expect(arabic.withUnsafeBufferPointer { StreamSafe.cuts($0) } == nil)
    }

    /// Each form's output of a hostile line is its output of the stream-safe
    /// line: runs reordered within each cut, the joiner kept (NFKC_Casefold
    /// removes it, as it removes every default ignorable).
    @Test func normalizationSeesTheStreamSafeText() {
        let text = "a" + String(repeating: "\u{0301}\u{0316}", count: 40)
        for form in NormalizationForm.allCases {
            let out = form.normalize(text)
            let joiners = out.unicodeScalars.filter { $0 == StreamSafe.graphemeJoiner }.count
            #expect(joiners == (form == .nfkcCasefold ? 0 : 2), "\(form)")
            // Within a cut, the lower class (220, U+0316) comes first.
            let marks = NormalizationForm.nfd.normalize(out).unicodeScalars.filter { $0.value == 0x0301 || $0.value == 0x0316 }
            #expect(marks.count == 80, "\(form)")
            #expect(marks.first?.value == 0x0316, "\(form)")
        }
    }
}
