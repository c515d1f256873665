import Tarjuman

/// `tokenize`: ``Tokenizer`` with clitic segmentation on, created once.
///
/// Properties, for every token (check names in brackets):
/// - [token-range] its UTF-8 range is non-empty, inside the input, on scalar
///   boundaries, and its `range` is the same place;
/// - [token-order] it starts after the previous token ends;
/// - [token-text] its `text` is exactly the input there;
/// - [token-not-space] it is not made of spaces alone ("Spaces are not tokens");
/// - [token-stem] its stem range lies inside its range ("always"), on
///   scalar boundaries;
/// - [token-normalized] `normalized` is the tokenizer's normalizer applied
///   to `text`;
/// - [token-readings] only Arabic words have clitic readings.
enum TokenizeTarget {
    /// Created once.
    static let tokenizer: Tokenizer = {
        do { return try Tokenizer(options: .init(clitics: true)) } catch { fatalError("tokenizer: \(error)") }
    }()

    static func prepare() { _ = tokenizer.tokens(in: "وقال مصطفى بالي لكوردستان 24") }

    static func run(_ input: FuzzInput) {
        let x = input.text
        let bytes = Array(x.utf8)
        let utf8 = x.utf8
        var previousEnd = 0
        for (k, token) in tokenizer.tokens(in: x).enumerated() {
            let r = token.utf8Range
            input.require(!r.isEmpty && isScalarRange(r, in: bytes), "token-range",
                          "token \(k) \(shown(token.text)): utf8Range \(r) empty, outside the input (\(bytes.count) bytes) or off scalar boundaries")
            input.require(r.lowerBound >= previousEnd, "token-order", "token \(k): utf8Range \(r) starts before the previous token ends (\(previousEnd))")
            previousEnd = r.upperBound
            let lower = utf8.distance(from: utf8.startIndex, to: token.range.lowerBound)
            let upper = utf8.distance(from: utf8.startIndex, to: token.range.upperBound)
            input.require(lower == r.lowerBound && upper == r.upperBound, "token-range",
                          "token \(k): range is UTF-8 \(lower)..<\(upper), utf8Range \(r)")
            input.require(token.text.utf8.elementsEqual(bytes[r]), "token-text",
                          "token \(k): text \(shown(token.text)) is not the input at \(r): \(shown(FuzzInput.decode(bytes[r])))")
            input.require(!token.text.unicodeScalars.allSatisfy(\.properties.isWhitespace), "token-not-space",
                          "token \(k): only spaces \(shown(token.text))")
            let stem = token.stemUTF8Range
            input.require(stem.lowerBound >= r.lowerBound && stem.upperBound <= r.upperBound && isScalarRange(stem, in: bytes), "token-stem",
                          "token \(k) \(shown(token.text)): stem \(stem) not inside \(r) on scalar boundaries")
            let normalized = tokenizer.options.normalizer.normalize(String(token.text))
            input.require(token.normalized == normalized, "token-normalized",
                          "token \(k): normalized \(shown(token.normalized)), the normalizer gives \(shown(normalized))")
            input.require(token.readings.isEmpty || (token.kind == .word && token.script == .arabic), "token-readings",
                          "token \(k) \(shown(token.text)) (\(token.kind), \(token.script)) has clitic readings")
        }
    }
}
