import Tarjuman
import TarjumanICU
import TarjumanResearch
import Testing

/// The block entry points the command-line tools stream with
/// (`normalize(lines:appendingTo:)`, `normalize(utf8:appendingTo:)`,
/// `transliterate(utf8:appendingTo:)`) give, for a block of lines, exactly
/// the line-by-line results of the `String` API; and the normalizer's fast
/// paths (eight ASCII bytes at a time, the tight loop) agree with the
/// offset-tracking path, which takes every character the full way.
@Suite struct StreamingNormalizationTests {
    /// Pieces that meet the fast paths' edges: ASCII runs of eight and more
    /// bytes with and without capitals, single and double spaces, tabs,
    /// marks after ASCII, Arabic with tashkeel and combining hamza, spaces
    /// and invisibles that fold, line ends of every kind.
    static let pieces = [
        "abcdefgh", "ABCDEFGH", "Hello", "wORLD", "x", "The quick brown fox", "jumps over THE lazy dog.",
        " ", " ", " ", "  ", "\t", " \t ", "\u{00A0}", "\u{2009}", "\u{3000}", "\u{200B}", "\u{200F}", "\u{00AD}", "\u{FEFF}",
        "\u{0301}", "\u{0308}", "\u{0316}", "\u{034F}", "é", "É", "ß", "ĳ", "ﬁ", "¼", "¨", "A\u{030A}", "abcdefg\u{0301}",
        "\u{2018}", "\u{2019}", "—", "…", "~", "\u{7F}", "\u{01}", "0123456789", "[x]", "@`{|}",
        "ا", "أ", "إ", "آ", "ٱ", "ة", "ى", "ؤ", "ئ", "ء", "\u{064B}", "\u{064E}", "\u{0651}", "\u{0653}", "\u{0654}", "\u{0655}",
        "\u{0670}", "ـ", "٢٤", "۴", "،", "؟", "ﻻ", "ﷺ", "\u{FDFA}", "مصطفى", "أَحْمَد", "وقال", "😀", "中", "Ω",
        "\r", "\u{2028}", "\u{0B}", "\u{0C}",
    ]

    /// A line of random pieces (no line feed).
    static func line(_ g: inout SplitMix) -> String {
        var text = ""
        for _ in 0..<Int.random(in: 0...24, using: &g) { text += pieces[Int.random(in: 0..<pieces.count, using: &g)] }
        if Int.random(in: 0..<20, using: &g) == 0 { text += String(repeating: "\u{0301}", count: Int.random(in: 25...70, using: &g)) }
        return text
    }

    static let lines: [[String]] = {
        var g = SplitMix(seed: 20261203)
        var blocks: [[String]] = [
            ["", "", ""], ["\u{0301}x", "a"], [" a ", " ", "b "], ["ا", "\u{0654}ب", "\u{0653}"], ["x\r", "\r", "y"],
            ["abcdefgh ijklmnop", " ABCDEFGH ijklmnop "], ["abcdefgh\u{0301}", "ABCDEFG\u{0301}x"],
        ]
        for _ in 0..<150 { blocks.append((0..<Int.random(in: 1...12, using: &g)).map { _ in line(&g) }) }
        return blocks
    }()

    static let normalizers: [TextNormalizer] = {
        var all: [TextNormalizer] = []
        for (_, arabic) in ArabicNormalization.presets {
            for (_, english) in EnglishNormalization.presets { all.append(TextNormalizer(arabic: arabic, english: english)) }
        }
        all.append(TextNormalizer(arabic: .none, english: [.caseFold]))
        all.append(TextNormalizer(arabic: [.foldSpaces], english: [.caseFold, .trimSpaces]))
        all.append(TextNormalizer(arabic: [.removeTashkeel, .foldAlef], english: [.compatibility]))
        return all
    }()

    /// `body`'s block result (the input when it reports no change).
    static func block(_ text: String, _ body: (UnsafeBufferPointer<UInt8>, StreamBuffer) -> Bool) -> String {
        var text = text
        return text.withUTF8 { bytes in
            let output = StreamBuffer(capacity: 16)
            return String(decoding: body(bytes, output) ? output.bytes : bytes, as: UTF8.self)
        }
    }

    @Test func fastPathsAgreeWithTheTrackingPath() {
        for normalizer in Self.normalizers {
            for lines in Self.lines {
                for text in lines + [lines.joined(separator: "\n")] {
                    #expect(normalizer.normalize(text) == normalizer.normalizeWithOffsets(text).text,
                            "\(normalizer.arabic) \(normalizer.english): \(text.unicodeScalars.map { String($0.value, radix: 16) })")
                }
            }
        }
    }

    @Test func normalizerBlocksAreLineByLine() {
        for normalizer in Self.normalizers {
            for lines in Self.lines {
                for last in ["", "\n"] {
                    let text = lines.joined(separator: "\n") + last
                    let expected = lines.map(normalizer.normalize).joined(separator: "\n") + last
                    #expect(Self.block(text) { normalizer.normalize(lines: $0, appendingTo: $1) } == expected,
                            "\(normalizer.arabic) \(normalizer.english): \(lines)")
                }
            }
        }
    }

    @Test func normalizationFormBlocksAreLineByLine() {
        for form in NormalizationForm.allCases {
            for lines in Self.lines {
                let text = lines.joined(separator: "\n") + "\n"
                let expected = lines.map(form.normalize).joined(separator: "\n") + "\n"
                #expect(Self.block(text) { form.normalize(utf8: $0, appendingTo: $1) } == expected, "\(form): \(lines)")
            }
        }
    }

    @Test func schemeBlocksAreLineByLine() {
        for scheme in TransliterationScheme.allCases {
            let table = scheme.table
            for lines in Self.lines {
                let text = lines.joined(separator: "\n")
                let forward = Self.block(text) { table.transliterate(utf8: $0, appendingTo: $1); return true }
                #expect(forward == lines.map(table.transliterate).joined(separator: "\n"), "\(scheme): \(lines)")
                if scheme.isReversible {
                    let back = Self.block(forward) { table.reverse(utf8: $0, appendingTo: $1) }
                    #expect(back == forward.split(separator: "\n", omittingEmptySubsequences: false)
                        .map { table.reverse(String($0))! }.joined(separator: "\n"))
                }
            }
        }
    }

    /// A buffer that already holds bytes gets the block's result after them;
    /// a block that does not change leaves it as it was.
    @Test func blocksAppend() {
        let output = StreamBuffer(capacity: 4)
        var prefix = "kept: "
        prefix.withUTF8 { output.append($0) }
        var text = "أحمد\nAbc\n"
        let changed = text.withUTF8 { TextNormalizer(arabic: .search, english: .search).normalize(lines: $0, appendingTo: output) }
        #expect(changed && String(decoding: output.bytes, as: UTF8.self) == "kept: احمد\nabc\n")
        var same = "abc\n"
        let count = output.count
        #expect(!same.withUTF8 { NormalizationForm.nfc.normalize(utf8: $0, appendingTo: output) } && output.count == count)
        #expect(!same.withUTF8 { TextNormalizer(arabic: .none, english: .none).normalize(lines: $0, appendingTo: output) })
    }
}
