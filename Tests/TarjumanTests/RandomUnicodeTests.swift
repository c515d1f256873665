import Tarjuman
import TarjumanICU
import TarjumanResearch
import Testing

/// No public function traps on any `String`: random strings drawn from the
/// hard corners of Unicode (unassigned code points, noncharacters, U+FFFD,
/// long runs of combining marks, mixed directional controls, presentation
/// forms, supplementary planes) go through every text entry point, and the
/// results keep their documented properties.
@Suite struct RandomUnicodeTests {
    /// A small deterministic generator (SplitMix64), so failures reproduce.
    typealias Generator = SplitMix

    /// Code point ranges to draw from.
    static let pools: [ClosedRange<UInt32>] = [
        0x20...0x7E,                 // ASCII
        0x0600...0x06FF,             // Arabic, with marks, digits, tatweel
        0x0750...0x077F, 0x08A0...0x08FF,  // Arabic supplement, extended-A
        0xFB50...0xFDFF, 0xFE70...0xFEFF,  // presentation forms (and FDD0–FDEF noncharacters, BOM)
        0x0300...0x036F,             // combining marks
        0x200B...0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x061C...0x061C,  // invisibles, bidi controls
        0x2010...0x2027,             // typographic punctuation
        0x0378...0x0379, 0x0870...0x089F, 0x2FE0...0x2FEF,  // unassigned (Unicode 15)
        0xFFF9...0xFFFF,             // specials, U+FFFD, noncharacters FFFE/FFFF
        0x00A0...0x024F,             // Latin-1, Latin extended
        0x1F300...0x1F6FF, 0x1FFFE...0x1FFFF, 0xE0000...0xE007F,  // emoji, plane-1 noncharacters, tags
        0x4E00...0x4E20, 0xAC00...0xAC20,  // CJK, Hangul
        0x0009...0x000D, 0x2028...0x2029,  // line and paragraph separators
    ]

    static func randomString(_ g: inout Generator, maxLength: Int) -> String {
        var scalars = String.UnicodeScalarView()
        let length = Int.random(in: 0...maxLength, using: &g)
        for _ in 0..<length {
            let pool = pools[Int.random(in: 0..<pools.count, using: &g)]
            var value = UInt32.random(in: pool, using: &g)
            if (0xD800...0xDFFF).contains(value) { value = 0xFFFD }
            scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
        }
        return String(scalars)
    }

    /// The strings every entry point gets: hand-picked hard cases, then random ones.
    static let inputs: [String] = {
        var g = Generator(seed: 20261121)
        var inputs = [
            "", " ", "\u{FFFD}", "\u{FEFF}", String(String.UnicodeScalarView([0xFDD0, 0xFFFE, 0xFFFF, 0x10FFFF].compactMap(Unicode.Scalar.init))), "\u{0378}\u{0870}",
            "ب" + String(repeating: "\u{064B}", count: 10_000),   // 10,000 marks on one base
            "a" + String(repeating: "\u{0301}", count: 10_000),
            "\u{202E}مصطفى\u{202C} \u{2067}Bali\u{2069} \u{200F}\u{061C}",
            String(repeating: "ـ", count: 5_000), "ﷺ ﷽ ﻻ", "الـــ", "و", "\u{0000}",
        ]
        for k in 0..<300 { inputs.append(randomString(&g, maxLength: k % 10 == 0 ? 400 : 40)) }
        return inputs
    }()

    static func isBoundary(_ offset: Int, in text: String) -> Bool {
        let utf8 = text.utf8
        guard offset >= 0, offset <= utf8.count else { return false }
        if offset == utf8.count { return true }
        return utf8[utf8.index(utf8.startIndex, offsetBy: offset)] & 0xC0 != 0x80
    }

    @Test func normalizersKeepTheirPromises() {
        var normalizers: [TextNormalizer] = []
        for (_, arabic) in ArabicNormalization.presets {
            for (_, english) in EnglishNormalization.presets { normalizers.append(TextNormalizer(arabic: arabic, english: english)) }
        }
        for text in Self.inputs {
            for normalizer in normalizers {
                let plain = normalizer.normalize(text)
                let tracked = normalizer.normalizeWithOffsets(text)
                #expect(tracked.text == plain)
                // Every piece maps into the input, on scalar boundaries.
                for piece in tracked.pieces {
                    #expect(piece.original.lowerBound >= 0 && piece.original.upperBound <= text.utf8.count)
                    #expect(Self.isBoundary(piece.original.lowerBound, in: text) && Self.isBoundary(piece.original.upperBound, in: text))
                    #expect(Self.isBoundary(piece.normalized.lowerBound, in: plain) && Self.isBoundary(piece.normalized.upperBound, in: plain))
                }
                let whole = tracked.originalUTF8Range(for: 0..<plain.utf8.count)
                #expect(whole.lowerBound >= 0 && whole.upperBound <= text.utf8.count)
            }
        }
    }

    @Test func icuLayerAndSchemesNeverTrap() throws {
        let latin = try Transliterator(id: "Any-Latin; Latin-ASCII")
        let words = try Segmenter(.word), sentences = try Segmenter(.sentence)
        for text in Self.inputs {
            for form in [NormalizationForm.nfc, .nfd, .nfkc, .nfkd, .nfkcCasefold] {
                let once = form.normalize(text)
                #expect(form.normalize(once) == once)   // Unicode normalization forms are idempotent
            }
            _ = latin.transliterate(text)
            for segmenter in [words, sentences] {
                let boundaries = segmenter.boundaries(of: text)
                #expect(boundaries.last == text.utf8.count && boundaries.allSatisfy { Self.isBoundary($0, in: text) })
            }
            _ = text.unicodeScalars.map(Script.of)
            for scheme in TransliterationScheme.allCases {
                let forward = scheme.transliterate(text)
                if scheme.isReversible { _ = scheme.reverse(forward) }
            }
        }
    }

    @Test func tokensAndNamesStayInBounds() throws {
        let tokenizer = try Tokenizer(options: .init(clitics: true))
        let matcher = NameMatcher()
        let romanizer = Romanizer(), arabizer = Arabizer()
        for text in Self.inputs {
            for token in tokenizer.tokens(in: text) {
                #expect(token.utf8Range.lowerBound >= 0 && token.utf8Range.upperBound <= text.utf8.count)
                #expect(token.stemUTF8Range.lowerBound >= token.utf8Range.lowerBound
                        && token.stemUTF8Range.upperBound <= token.utf8Range.upperBound)
                #expect(String(text[token.range]) == String(token.text))
            }
            let short = String(text.prefix(24))
            for other in ["مصطفى بالي", "Mustafa Bali", short] {
                let p = matcher.similarity(short, other).probability
                #expect(p >= 0 && p <= 1)
                #expect(matcher.similarity(short, other).probability == matcher.similarity(other, short).probability)
            }
            for candidate in romanizer.romanize(short, count: 3) + arabizer.arabize(short, count: 3) {
                #expect(candidate.probability >= 0 && candidate.probability <= 1 && candidate.logProbability.isFinite)
            }
        }
    }

    @Test func alignerTakesAnyTwoDocuments() throws {
        let aligner = try ReportAligner()
        let inputs = Self.inputs
        for k in stride(from: 0, to: inputs.count - 1, by: 7) {
            let english = inputs[k] + " Mustafa Bali " + inputs[k + 1], arabic = inputs[k + 1] + " مصطفى بالي " + inputs[k]
            let alignment = aligner.align(english: english, arabic: arabic)
            for pair in alignment.pairs {
                #expect(pair.score >= 0 && pair.score <= 1)
                #expect(pair.english.mentions.allSatisfy { $0.utf8Range.lowerBound >= 0 && $0.utf8Range.upperBound <= english.utf8.count })
                #expect(pair.arabic.mentions.allSatisfy { $0.utf8Range.lowerBound >= 0 && $0.utf8Range.upperBound <= arabic.utf8.count })
            }
        }
    }
}
