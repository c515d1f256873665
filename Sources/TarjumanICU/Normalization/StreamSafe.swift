/// The Stream-Safe Text Format of UAX #15 (section 13), as Tarjuman applies
/// it before handing text to ICU.
///
/// Canonical reordering sorts each run of non-starters (code points with a
/// non-zero canonical combining class), and ICU's normalizers do it by
/// insertion, in time quadratic in the run's length: a 400 KB line of
/// alternating accents took half a minute. Real text never has more than a
/// few marks on one letter, so a run is cut: after every 30 non-starters in a
/// row, U+034F COMBINING GRAPHEME JOINER (a starter that is invisible and
/// blocks reordering) is inserted, and normalization is linear in any input.
///
/// The run counted here is of code points with a non-zero combining class,
/// which UAX #15 counts in the text's NFKD; the two differ only by the few
/// non-starters a precomposed letter adds (at most three), so runs stay short
/// either way. Text with no such run, which is all ordinary text, passes
/// through untouched and unallocated.
public enum StreamSafe {
    /// The most non-starters in a row; UAX #15's value.
    public static let maximumNonStarters = 30
    /// U+034F COMBINING GRAPHEME JOINER, inserted to cut a run.
    public static let graphemeJoiner: Unicode.Scalar = "\u{034F}"

    /// `text` in stream-safe form: unchanged (the same string) unless it
    /// holds a run of more than ``maximumNonStarters`` non-starters.
    ///
    /// - Complexity: O(*n*) in the UTF-8 length of `text`.
    public static func apply(_ text: String) -> String {
        withUTF8Bytes(text) { bytes in
            guard let fixed = apply(bytes) else { return text }
            return String(decoding: fixed, as: UTF8.self)
        }
    }

    /// The bytes with a joiner inserted into each overlong run, or nil when
    /// there is none.
    static func apply(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        cuts(bytes).map { apply(bytes, cuts: $0) }
    }

    /// The bytes with a joiner inserted at each of `cuts` (from ``cuts(_:)``).
    static func apply(_ bytes: UnsafeBufferPointer<UInt8>, cuts: [Int]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 2 * cuts.count)
        var from = 0
        for cut in cuts {
            out.append(contentsOf: bytes[from..<cut])
            out.append(contentsOf: [0xCD, 0x8F])  // U+034F
            from = cut
        }
        out.append(contentsOf: bytes[from...])
        return out
    }

    /// The byte offsets where a joiner goes (before the 31st, 61st ...
    /// non-starter of a run), or nil when there are none (the common case,
    /// found with a byte scan).
    static func cuts(_ bytes: UnsafeBufferPointer<UInt8>) -> [Int]? {
        // Non-starters lie at U+0300 and above: two or more UTF-8 bytes, all
        // at 0x80 or above. A run of 31 needs 62 such bytes in a row, which
        // ordinary text (words between spaces and punctuation) never has.
        guard let start = firstLongRun(bytes, 2 * (maximumNonStarters + 1)) else { return nil }
        var cuts: [Int] = []
        var count = 0
        var i = start
        while i < bytes.count {
            let lead = bytes[i]
            let length = lead < 0x80 ? 1 : (lead < 0xE0 ? 2 : (lead < 0xF0 ? 3 : 4))
            let end = min(i + length, bytes.count)
            // ASCII and anything below U+0300 (lead byte under 0xCC) is a starter.
            if lead >= 0xCC, let scalar = decodeScalar(bytes, from: i, to: end),
               scalar.properties.canonicalCombiningClass.rawValue != 0 {
                if count == maximumNonStarters {
                    cuts.append(i)
                    count = 0
                }
                count += 1
            } else {
                count = 0
            }
            i = end
        }
        return cuts.isEmpty ? nil : cuts
    }

    /// Where the first run of at least `needed` bytes at or above 0x80 starts,
    /// if there is one: eight bytes at a time (a word with an ASCII byte ends
    /// the run before it and starts a new one after its last ASCII byte;
    /// `needed` is over 8, so no run inside one word counts).
    private static func firstLongRun(_ bytes: UnsafeBufferPointer<UInt8>, _ needed: Int) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        let raw = UnsafeRawPointer(base)
        let n = bytes.count
        let high: UInt64 = 0x8080_8080_8080_8080
        var runStart = 0
        var i = 0
        while i + 8 <= n {
            let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            let ascii = ~word & high
            if ascii == 0 {
                if i + 8 - runStart >= needed { return runStart }
            } else {
                // The run goes on up to the word's first ASCII byte, and a
                // new one starts after its last.
                if i + ascii.trailingZeroBitCount >> 3 - runStart >= needed { return runStart }
                runStart = i + 8 - ascii.leadingZeroBitCount >> 3
            }
            i += 8
        }
        while i < n {
            if base[i] < 0x80 {
                runStart = i + 1
            } else if i + 1 - runStart >= needed {
                return runStart
            }
            i += 1
        }
        return nil
    }

    private static func decodeScalar(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Unicode.Scalar? {
        var decoder = UTF8()
        var iterator = UnsafeBufferPointer(rebasing: bytes[from..<to]).makeIterator()
        if case .scalarValue(let scalar) = decoder.decode(&iterator) { return scalar }
        return nil
    }
}
