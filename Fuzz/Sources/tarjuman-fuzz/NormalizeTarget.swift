import Tarjuman

/// `normalize`: every preset pair of ``TextNormalizer`` (Arabic × English:
/// none, display, search), created once.
///
/// Properties (check names in brackets, for `TARJUMAN_FUZZ_SKIP`):
/// - [unchanged-without-steps] with no step at all (`none`/`none`) the text
///   comes back byte for byte;
/// - [idempotent] `normalize(normalize(x)) == normalize(x)`, for every
///   preset (none is documented otherwise; the test suite checks it for
///   `.search` on the seed reports);
/// - [offsets-original], [offsets-text] `normalizeWithOffsets(x)` has
///   `original == x` and `text == normalize(x)`;
/// - [offsets-pieces] its pieces cover the normalized text in order without
///   gaps; each piece's original range lies inside `x`, not before the
///   previous piece's end; every range starts and ends on a scalar boundary;
/// - [offsets-map-back] `originalUTF8Range(for:)` of the whole result and of
///   each space-separated word lies inside `x` on scalar boundaries;
/// - [offsets-word] and that original span normalizes back to the word
///   (what the test suite checks on the seed reports).
enum NormalizeTarget {
    /// A named normalizer.
    struct Preset: Sendable {
        let name: String
        let normalizer: TextNormalizer
        /// No step at all: the text must come back unchanged.
        let identity: Bool
    }

    /// Every combination of the Arabic and English presets.
    static let presets: [Preset] = ArabicNormalization.presets.flatMap { arabic in
        EnglishNormalization.presets.map { english in
            Preset(name: "arabic: .\(arabic.name), english: .\(english.name)",
                   normalizer: TextNormalizer(arabic: arabic.steps, english: english.steps),
                   identity: arabic.steps.isEmpty && english.steps.isEmpty)
        }
    }

    static func prepare() { _ = presets }

    static func run(_ input: FuzzInput) {
        let x = input.text
        let source = Array(x.utf8)
        for preset in presets {
            let n = preset.normalizer
            let y = n.normalize(x)
            if preset.identity {
                input.require(y.utf8.elementsEqual(source), "unchanged-without-steps",
                              "[\(preset.name)] no step changed the text: \(shown(x)) -> \(shown(y))")
            }
            let z = n.normalize(y)
            input.require(z.utf8.elementsEqual(y.utf8), "idempotent",
                          "[\(preset.name)] not idempotent: \(shown(x)) -> \(shown(y)) -> \(shown(z))")
            checkOffsets(n.normalizeWithOffsets(x), source: source, expected: y, preset: preset.name, normalizer: n, input)
        }
    }

    static func checkOffsets(_ result: NormalizedText, source: [UInt8], expected: String, preset: String,
                             normalizer: TextNormalizer, _ input: FuzzInput) {
        input.require(result.original.utf8.elementsEqual(source), "offsets-original",
                      "[\(preset)] normalizeWithOffsets: original is not the input")
        input.require(result.text.utf8.elementsEqual(expected.utf8), "offsets-text",
                      "[\(preset)] normalizeWithOffsets(x).text \(shown(result.text)) != normalize(x) \(shown(expected))")
        let output = Array(result.text.utf8)
        let pieces = result.pieces
        input.require(output.isEmpty || !pieces.isEmpty, "offsets-pieces", "[\(preset)] non-empty result without pieces")
        var nextOutput = 0, lastSourceEnd = 0
        for (k, piece) in pieces.enumerated() {
            input.require(piece.normalized.lowerBound == nextOutput, "offsets-pieces",
                          "[\(preset)] piece \(k) starts at \(piece.normalized.lowerBound) in the result, not \(nextOutput)")
            input.require(isScalarRange(piece.normalized, in: output), "offsets-pieces",
                          "[\(preset)] piece \(k): result range \(piece.normalized) off scalar boundaries or outside (\(output.count) bytes)")
            input.require(isScalarRange(piece.original, in: source), "offsets-pieces",
                          "[\(preset)] piece \(k): original range \(piece.original) off scalar boundaries or outside (\(source.count) bytes)")
            input.require(piece.original.lowerBound >= lastSourceEnd, "offsets-pieces",
                          "[\(preset)] piece \(k): original range \(piece.original) before the previous piece's end \(lastSourceEnd)")
            nextOutput = piece.normalized.upperBound
            lastSourceEnd = piece.original.upperBound
        }
        input.require(pieces.isEmpty || nextOutput == output.count, "offsets-pieces",
                      "[\(preset)] pieces end at \(nextOutput), the result at \(output.count)")
        // Ranges of the result mapped back: the whole text, and every word.
        var ranges = [0..<output.count]
        var start = 0
        for (k, byte) in output.enumerated() where byte == 0x20 {
            ranges.append(start..<k)
            start = k + 1
        }
        ranges.append(start..<output.count)
        for range in ranges {
            let back = result.originalUTF8Range(for: range)
            input.require(isScalarRange(back, in: source), "offsets-map-back",
                          "[\(preset)] originalUTF8Range(for: \(range)) = \(back): outside the input (\(source.count) bytes) or off scalar boundaries")
            guard !range.isEmpty, isScalarRange(back, in: source) else { continue }
            let word = FuzzInput.decode(output[range])
            let again = normalizer.normalize(FuzzInput.decode(source[back]))
            input.require(again == word, "offsets-word",
                          "[\(preset)] word \(shown(word)) maps back to \(shown(FuzzInput.decode(source[back]))) (\(back)), which normalizes to \(shown(again))")
        }
    }
}
