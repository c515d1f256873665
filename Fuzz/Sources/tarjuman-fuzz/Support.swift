#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Tarjuman

/// Writes `text` to standard error, unbuffered (no C `stderr` global, which
/// strict concurrency does not allow).
func printError(_ text: String) {
    var text = text
    text.withUTF8 { bytes in
        var offset = 0
        while offset < bytes.count {
            let written = write(2, bytes.baseAddress! + offset, bytes.count - offset)
            if written <= 0 { return }
            offset += written
        }
    }
}

/// One input from libFuzzer, and the checks on what the library made of it.
struct FuzzInput {
    /// The raw bytes (any bytes: invalid UTF-8 is part of the input space).
    let bytes: UnsafeBufferPointer<UInt8>
    /// The target's name, for messages.
    let target: String

    /// All the bytes as text (invalid UTF-8 repaired with U+FFFD, as
    /// `String(decoding:as:)` does).
    var text: String { Self.decode(bytes) }

    /// At most the first `limit` bytes, as text.
    func text(limit: Int) -> String { Self.decode(UnsafeBufferPointer(rebasing: bytes.prefix(limit))) }

    /// Bytes as text, the way a caller reading a file would.
    static func decode(_ bytes: some Collection<UInt8>) -> String { String(decoding: bytes, as: UTF8.self) }

    /// The input cut in two: the first `headerBytes` bytes (little-endian)
    /// give where, in the rest, the first part ends; each part is capped at
    /// `limit` bytes.
    func split(headerBytes: Int, limit: Int) -> (String, String) {
        guard bytes.count >= headerBytes else { return ("", "") }
        var at = 0
        for k in 0..<headerBytes { at |= Int(bytes[k]) << (8 * k) }
        let rest = UnsafeBufferPointer(rebasing: bytes[headerBytes...])
        let cut = min(at, rest.count)
        return (Self.decode(rest[..<cut].prefix(limit)), Self.decode(rest[cut...].prefix(limit)))
    }

    /// Stops the run with a message if the property named `check` does not
    /// hold: libFuzzer records a crash and saves the input. Checks named in
    /// `TARJUMAN_FUZZ_SKIP` are not enforced.
    @inline(__always)
    func require(_ condition: Bool, _ check: String, _ message: @autoclosure () -> String,
                 file: StaticString = #fileID, line: UInt = #line) {
        if !condition && !skippedChecks.contains(check) { violated(check, message(), file: file, line: line) }
    }

    /// Reports a violated property with the input in hex, then traps.
    func violated(_ check: String, _ message: String, file: StaticString, line: UInt) -> Never {
        let shown = bytes.prefix(1024).map(hexByte).joined()
        printError("""
            tarjuman-fuzz[\(target)]: PROPERTY VIOLATED [\(check)]: \(message)
              input (\(bytes.count) bytes, hex): \(shown)\(bytes.count > 1024 ? "..." : "")

            """)
        fatalError("tarjuman-fuzz[\(target)]: property [\(check)] violated", file: file, line: line)
    }
}

/// Checks not to enforce: `TARJUMAN_FUZZ_SKIP`, names separated by commas
/// (`TARJUMAN_FUZZ_SKIP=idempotent,no-letters-no-candidates`), to fuzz past
/// a known violation. Read once.
let skippedChecks: Set<String> = {
    guard let raw = getenv("TARJUMAN_FUZZ_SKIP") else { return [] }
    return Set(String(cString: raw).split(separator: ",").map { String($0.filter { !$0.isWhitespace }) })
}()

/// Two lowercase hex digits.
func hexByte(_ byte: UInt8) -> String {
    let digits = Array("0123456789abcdef".utf8)
    return String(decoding: [digits[Int(byte >> 4)], digits[Int(byte & 0xF)]], as: UTF8.self)
}

/// Whether a UTF-8 offset of valid UTF-8 lies on a scalar boundary: at
/// either end, or on a byte that is not a continuation byte.
func isScalarBoundary(_ bytes: [UInt8], _ offset: Int) -> Bool {
    offset == 0 || offset == bytes.count || (offset > 0 && offset < bytes.count && bytes[offset] & 0xC0 != 0x80)
}

/// Whether a UTF-8 range lies inside `bytes`, with both ends on scalar boundaries.
func isScalarRange(_ range: Range<Int>, in bytes: [UInt8]) -> Bool {
    range.lowerBound >= 0 && range.upperBound <= bytes.count
        && isScalarBoundary(bytes, range.lowerBound) && isScalarBoundary(bytes, range.upperBound)
}

/// Text with its escapes visible, for messages.
func shown(_ text: some StringProtocol) -> String {
    String(text).unicodeScalars.map { $0.isASCII && $0.value >= 0x20 && $0.value < 0x7F ? String($0) : "\\u{\(String($0.value, radix: 16))}" }
        .joined()
}

/// Whether two doubles are the same value (NaN equal to NaN).
func same(_ a: Double, _ b: Double) -> Bool { a == b || (a.isNaN && b.isNaN) }
