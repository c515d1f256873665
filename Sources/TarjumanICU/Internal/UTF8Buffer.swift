// Moving text across the C boundary as UTF-8, without copies where Swift allows.

/// Calls `body` with the string's UTF-8 bytes. Native Swift strings are
/// contiguous UTF-8 already, so this does not copy them.
@inline(__always)
func withUTF8Bytes<R>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
    // Native strings (all of them on Linux, nearly all elsewhere) lend their
    // storage without the copy of `text` that the mutating `withUTF8` needs,
    // which costs a retain/release pair per call.
    if let result = try text.utf8.withContiguousStorageIfAvailable(body) { return result }
    var text = text
    return try text.withUTF8(body)
}

/// Builds a `String` from an ICU function that writes UTF-8 into a caller
/// buffer: it writes straight into the new string's storage with a first
/// guess at the size, and retries once at the exact size ICU reports on
/// `U_BUFFER_OVERFLOW_ERROR` (the preflight-and-retry idiom).
///
/// - Returns: the string, or ICU's error code.

func makeUTF8String(
    capacity: Int,
    _ fill: (UnsafeMutablePointer<CChar>, Int32, inout Int32) -> Int32
) -> Result<String, ICUStatus> {
    var capacity = max(capacity, 16)
    for _ in 0..<3 {
        guard capacity < Int(Int32.max) else { return .failure(ICUStatus(code: icuBufferOverflow)) }
        var status: Int32 = 0
        var needed = 0
        let result = String(unsafeUninitializedCapacity: capacity) { buffer in
            let written = buffer.withMemoryRebound(to: CChar.self) { chars in
                fill(chars.baseAddress!, Int32(chars.count), &status)
            }
            guard icuSucceeded(status), Int(written) <= capacity else {
                needed = Int(written)
                return 0
            }
            return Int(written)
        }
        if icuSucceeded(status) { return .success(result) }
        guard status == icuBufferOverflow, needed > capacity else { return .failure(ICUStatus(code: status)) }
        capacity = needed + 1
    }
    return .failure(ICUStatus(code: icuBufferOverflow))
}


/// ICU's C API counts in `int32_t`. Text larger than `limit` bytes is cut
/// into pieces at safe places, preferring just after a line feed (a boundary
/// for normalization, case mapping and every break rule), then after an ASCII
/// space, then before any ASCII byte (ASCII never composes with what precedes
/// it), and only as a last resort at any code point boundary.
///
/// The pieces are found lazily, so text within the limit (one piece, nearly
/// every call) allocates nothing.
///
/// - Complexity: O(1) for text within the limit.
@inline(__always)
func utf8Pieces(_ bytes: UnsafeBufferPointer<UInt8>, limit: Int) -> UTF8Pieces {
    UTF8Pieces(bytes: bytes, limit: limit)
}

struct UTF8Pieces: Sequence, IteratorProtocol {
    let bytes: UnsafeBufferPointer<UInt8>
    let limit: Int
    private var start = 0
    private var done = false

    init(bytes: UnsafeBufferPointer<UInt8>, limit: Int) {
        self.bytes = bytes
        self.limit = limit
    }

    mutating func next() -> Range<Int>? {
        if done { return nil }
        if bytes.count - start <= limit {
            done = true
            return start..<bytes.count
        }
        let window = start..<(start + limit)
        var cut = -1
        if let i = window.reversed().first(where: { bytes[$0] == 0x0A }), i + 1 > start {
            cut = i + 1
        } else if let i = window.reversed().first(where: { bytes[$0] == 0x20 }), i + 1 > start {
            cut = i + 1
        } else if let i = window.reversed().first(where: { bytes[$0] < 0x80 }), i > start {
            cut = i
        } else {
            // Any code point boundary: a byte that is not a continuation byte.
            cut = window.upperBound
            while cut > start + 1 && (bytes[cut] & 0xC0) == 0x80 { cut -= 1 }
        }
        defer { start = cut }
        return start..<cut
    }
}

/// A raw ICU status code, as the failure of an internal call.
struct ICUStatus: Error {
    let code: Int32
}

/// A `String` from UTF-8 bytes known to be valid (written by ICU from a
/// Swift string, or by Tarjuman's normalizer from valid input and valid
/// tables): a plain copy, without the validation pass of `String(decoding:)`.
/// Where the standard library lacks `UTF8Span` (before Swift 6.2 / macOS 26),
/// it falls back to `String(decoding:)`.
@inline(__always)
package func stringFromTrustedUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
    #if compiler(>=6.2)
    if #available(macOS 26, iOS 26, watchOS 26, tvOS 26, visionOS 26, *) {
        return unsafe String(copying: UTF8Span(unchecked: bytes.span))
    }
    #endif
    return String(decoding: bytes, as: UTF8.self)
}
