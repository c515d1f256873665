internal import CICUShim

/// A Unicode normalization form, as ICU implements it (UAX #15).
///
/// ICU's normalizer instances are shared, immutable and thread-safe, so a form
/// is just a value: use it from any thread, as often as you like.
///
/// ```swift
/// NormalizationForm.nfkc.normalize("ﻻ ٢٤")          // "لا ٢٤"
/// NormalizationForm.nfc.isNormalized("مصطفى")       // true
/// NormalizationForm.nfkcCasefold.normalize("Straße") // "strasse"
/// ```
public enum NormalizationForm: String, Sendable, CaseIterable, Hashable {
    /// Canonical decomposition followed by canonical composition.
    case nfc = "NFC"
    /// Canonical decomposition.
    case nfd = "NFD"
    /// Compatibility decomposition followed by canonical composition.
    case nfkc = "NFKC"
    /// Compatibility decomposition.
    case nfkd = "NFKD"
    /// NFKC with full case folding and removal of default-ignorable code
    /// points (Unicode's `NFKC_Casefold`, for caseless matching).
    case nfkcCasefold = "NFKC_Casefold"

    var shimForm: Int32 {
        switch self {
        case .nfc: 0
        case .nfd: 1
        case .nfkc: 2
        case .nfkd: 3
        case .nfkcCasefold: 4
        }
    }

    /// Largest piece handed to ICU at once. Compatibility mappings expand at
    /// most 18 times (U+FDFA), so the output of a piece stays under 2 GB.
    static let pieceLimit = 1 << 26

    /// Returns `text` in this normalization form.
    ///
    /// Text already in the form is returned as it is, without allocating: a
    /// quick check (`isNormalizedUTF8`) runs first and stops at the first
    /// character that needs work.
    ///
    /// The corresponding ICU function is `Normalizer2::normalizeUTF8`; it works
    /// on the string's own UTF-8 bytes, with no UTF-16 conversion for the
    /// composing forms.
    ///
    /// A run of more than 30 combining marks is first cut with U+034F
    /// (``StreamSafe``), so the time stays linear on any input.
    ///
    /// - Parameter text: Any string.
    /// - Returns: The normalized string. Should ICU fail (only when memory runs
    ///   out), `text` is returned unchanged rather than lost.
    /// - Complexity: O(*n*) in the UTF-8 length of `text`.
    public func normalize(_ text: String) -> String {
        if text.isEmpty { return text }
        return withUTF8Bytes(text) { bytes in
            // Long runs of combining marks are cut first (UAX #15's
            // stream-safe format), or ICU would take quadratic time.
            if let cuts = StreamSafe.cuts(bytes) {
                // NFKC_Casefold removes the joiner (a default ignorable), so
                // there each cut piece is normalized on its own instead.
                guard self == .nfkcCasefold else {
                    return StreamSafe.apply(bytes, cuts: cuts).withUnsafeBufferPointer { normalized(pieces: $0) } ?? text
                }
                var result = ""
                for (from, to) in zip([0] + cuts, cuts + [bytes.count]) {
                    guard let out = normalized(pieces: UnsafeBufferPointer(rebasing: bytes[from..<to])) else { return text }
                    result += out
                }
                return result
            }
            if bytes.count <= Self.pieceLimit && isNormalized(bytes) { return text }
            return normalized(pieces: bytes) ?? text
        }
    }

    /// Streaming: normalizes `bytes`, valid UTF-8 (a block of whole lines, as
    /// the command-line tools read it), appending the result to `output`.
    ///
    /// The same work as ``normalize(_:)``, without a `String` on either side:
    /// the result is the normalization of the whole block, which for text of
    /// several lines is the normalization of each line joined by their line
    /// feeds (a line feed never combines or reorders with its neighbours).
    ///
    /// - Returns: `false`, appending nothing, when `bytes` are in the form
    ///   already (after the quick check) or ICU fails: the caller then uses
    ///   `bytes` as they are, as ``normalize(_:)`` returns its input.
    package func normalize(utf8 bytes: UnsafeBufferPointer<UInt8>, appendingTo output: StreamBuffer) -> Bool {
        if bytes.isEmpty { return false }
        let mark = output.count
        if let cuts = StreamSafe.cuts(bytes) {
            var ok = true
            if self == .nfkcCasefold {
                for (from, to) in zip([0] + cuts, cuts + [bytes.count]) where ok {
                    ok = append(pieces: UnsafeBufferPointer(rebasing: bytes[from..<to]), to: output)
                }
            } else {
                ok = StreamSafe.apply(bytes, cuts: cuts).withUnsafeBufferPointer { append(pieces: $0, to: output) }
            }
            if !ok { output.count = mark }
            return ok
        }
        if bytes.count <= Self.pieceLimit && isNormalized(bytes) { return false }
        guard append(pieces: bytes, to: output) else {
            output.count = mark
            return false
        }
        return true
    }

    /// Appends the bytes normalized, piece by piece when over ICU's size
    /// limit; false if ICU fails.
    private func append(pieces bytes: UnsafeBufferPointer<UInt8>, to output: StreamBuffer) -> Bool {
        if bytes.count <= Self.pieceLimit { return append(bytes, to: output) }
        for piece in utf8Pieces(bytes, limit: Self.pieceLimit) {
            guard append(UnsafeBufferPointer(rebasing: bytes[piece]), to: output) else { return false }
        }
        return true
    }

    /// Appends one piece normalized (ICU writes straight into `output`,
    /// retrying once at the size it asks for); false if ICU fails.
    private func append(_ bytes: UnsafeBufferPointer<UInt8>, to output: StreamBuffer) -> Bool {
        let form = shimForm
        var capacity = bytes.count + bytes.count / 8 + 16
        for _ in 0..<3 {
            output.reserve(capacity)
            let room = min(output.capacity - output.count, Int(Int32.max))
            var status: Int32 = 0
            let written = bytes.withMemoryRebound(to: CChar.self) { src in
                (output.base + output.count).withMemoryRebound(to: CChar.self, capacity: room) { dst in
                    cicu_unorm2_normalizeUTF8(form, src.baseAddress, Int32(src.count), dst, Int32(room), &status)
                }
            }
            if icuSucceeded(status) && Int(written) <= room {
                output.count += Int(written)
                return true
            }
            guard status == icuBufferOverflow, Int(written) > room else { return false }
            capacity = Int(written) + 1
        }
        return false
    }

    /// The bytes normalized, piece by piece when over ICU's size limit; nil
    /// if ICU fails.
    private func normalized(pieces bytes: UnsafeBufferPointer<UInt8>) -> String? {
        if bytes.count <= Self.pieceLimit { return normalized(bytes) }
        var result = ""
        for piece in utf8Pieces(bytes, limit: Self.pieceLimit) {
            guard let out = normalized(UnsafeBufferPointer(rebasing: bytes[piece])) else { return nil }
            result += out
        }
        return result
    }

    /// Whether `text` is already in this form (a full check: no "maybe").
    ///
    /// The corresponding ICU function is `Normalizer2::isNormalizedUTF8`.
    ///
    /// - Complexity: O(*n*); it stops at the first character that is not normalized.
    public func isNormalized(_ text: String) -> Bool {
        if text.isEmpty { return true }
        return withUTF8Bytes(text) { bytes in
            utf8Pieces(bytes, limit: Self.pieceLimit).allSatisfy {
                isNormalized(UnsafeBufferPointer(rebasing: bytes[$0]))
            }
        }
    }

    /// The quick check of UAX #15: `.yes`, `.no`, or `.maybe` when only a full
    /// check can tell. Cheaper than ``isNormalized(_:)`` for the composing forms.
    ///
    /// The corresponding ICU function is `unorm2_quickCheck` (over UTF-16, so
    /// this copies the text once).
    public func quickCheck(_ text: String) -> QuickCheckResult {
        var units = Array(text.utf16)
        guard units.count < Int(Int32.max) else { return isNormalized(text) ? .yes : .no }
        var status: Int32 = 0
        let result = units.withUnsafeMutableBufferPointer {
            cicu_unorm2_quickCheck(shimForm, $0.baseAddress, Int32($0.count), &status)
        }
        guard icuSucceeded(status) else { return .maybe }
        switch result {
        case 0: return .no
        case 1: return .yes
        default: return .maybe
        }
    }

    private func isNormalized(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var status: Int32 = 0
        let yes = bytes.withMemoryRebound(to: CChar.self) {
            cicu_unorm2_isNormalizedUTF8(shimForm, $0.baseAddress, Int32($0.count), &status)
        }
        return icuSucceeded(status) && yes != 0
    }

    private func normalized(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        let form = shimForm
        let result = bytes.withMemoryRebound(to: CChar.self) { src in
            // Most text keeps or shrinks its length; leave a little head room.
            makeUTF8String(capacity: src.count + src.count / 8 + 16) { dst, capacity, status in
                cicu_unorm2_normalizeUTF8(form, src.baseAddress, Int32(src.count), dst, capacity, &status)
            }
        }
        return try? result.get()
    }
}

/// The answer of a normalization quick check (UAX #15).
public enum QuickCheckResult: Sendable, Hashable {
    /// The text is certainly in the form.
    case yes
    /// The text is certainly not in the form.
    case no
    /// Only a full check can tell.
    case maybe
}
