internal import CICUShim

/// What a ``Segmenter`` cuts text into (UAX #29 and UAX #14, as ICU tailors them).
public enum SegmentationUnit: String, Sendable, CaseIterable, Hashable {
    /// User-perceived characters (extended grapheme clusters).
    case graphemeCluster
    /// Words, and the spaces and punctuation between them.
    case word
    /// Line break opportunities (UAX #14).
    case line
    /// Sentences.
    case sentence

    var shim: Int32 {
        switch self {
        case .graphemeCluster: 0
        case .word: 1
        case .line: 2
        case .sentence: 3
        }
    }
}

/// Splits text into grapheme clusters, words, lines or sentences with ICU's
/// break iterators.
///
/// ```swift
/// let text = "قال مصطفى بالي 24"
/// let words = try Segmenter(.word)
/// for segment in words.segments(of: text) where segment.wordKind != WordKind.none {
///     print(segment.text(in: text), segment.wordKind!, segment.utf8Range)
/// }
/// // قال letter 0..<6
/// // مصطفى letter 7..<17
/// // بالي letter 18..<26
/// // 24 number 27..<29
/// ```
///
/// (``TextSegment/wordKind`` is optional, `nil` for units other than words:
/// compare it with `WordKind.none`, not `.none`, which would be `nil`.)
///
/// Segments carry their range in the original `String` and their UTF-8 and
/// UTF-16 offsets. ICU iterates over the string's own UTF-8 bytes (through a
/// `UText`), so the text is never copied.
///
/// Thread safety: an ICU break iterator holds its position, so one is never
/// used by two threads at once. Each segmenter keeps a pool of clones: a call
/// takes one, uses it alone and puts it back.
public struct Segmenter: Sendable {
    private let pool: ICUHandlePool<BreakIteratorKind>
    /// What this segmenter cuts text into.
    public let unit: SegmentationUnit
    /// The locale whose rules it follows ("" is the root locale).
    public let locale: String

    /// Opens a segmenter (`ubrk_open`).
    ///
    /// - Parameters:
    ///   - unit: Grapheme clusters, words, lines or sentences.
    ///   - locale: An ICU locale ID (`"ar"`, `"en_US"`); `""` for the root rules.
    ///     ICU falls back to the root rules for locales it has no tailoring for.
    /// - Throws: ``ICUError`` if ICU cannot open the iterator (missing data).
    public init(_ unit: SegmentationUnit, locale: String = "") throws(ICUError) {
        var status: Int32 = 0
        guard let handle = cicu_ubrk_open(unit.shim, locale, &status), icuSucceeded(status) else {
            throw ICUError(code: status, operation: "ubrk_open", subject: locale.isEmpty ? "root" : locale)
        }
        self.pool = ICUHandlePool(prototype: handle)
        self.unit = unit
        self.locale = locale
    }

    /// ICU's break iterators report `int32_t` offsets; text over 2 GB is cut
    /// after line feeds, which every break rule treats as a hard boundary. (A
    /// 2 GB stretch with no line feed is cut after a space or before an ASCII
    /// byte, which may add one boundary there.)
    static let pieceLimit = Int(Int32.max) - 1

    /// The segments of `text`, in order, covering all of it.
    ///
    /// - Complexity: O(*n*).
    public func segments(of text: String) -> [TextSegment] {
        var result: [TextSegment] = []
        forEachSegment(in: text) { result.append($0) }
        return result
    }

    /// The boundaries of `text` as UTF-8 byte offsets, from 0 to `text.utf8.count`.
    public func boundaries(of text: String) -> [Int] {
        var result: [Int] = [0]
        forEachSegment(in: text) { result.append($0.utf8Range.upperBound) }
        return result
    }

    /// Calls `body` with each segment of `text`, in order, without collecting
    /// them: the way to segment large text in constant memory.
    public func forEachSegment(in text: String, _ body: (TextSegment) throws -> Void) rethrows {
        if text.isEmpty { return }
        let unit = self.unit
        try pool.withHandle { handle in
            // No cicu_ubrk_clearText afterwards: the next call's setUText
            // replaces the text, and nothing reads it in between (ICU's
            // setText, clone and close never dereference the old text).
            try withUTF8Bytes(text) { bytes in
                var index = text.utf8.startIndex
                var utf16Offset = 0
                for piece in utf8Pieces(bytes, limit: Self.pieceLimit) {
                    var status: Int32 = 0
                    let base = piece.lowerBound
                    var previous = 0
                    let slice = UnsafeBufferPointer(rebasing: bytes[piece])
                    _ = slice.withMemoryRebound(to: CChar.self) {
                        cicu_ubrk_setUTF8(handle, $0.baseAddress, Int32($0.count), &status)
                    }
                    guard icuSucceeded(status) else {
                        // Cannot happen for valid UTF-8; keep the text whole rather than lose it.
                        previous = -1
                        let end = text.utf8.index(index, offsetBy: piece.count)
                        let units = utf16Count(slice)
                        try body(TextSegment(unit: unit, range: index..<end, utf8Range: piece,
                                             utf16Range: utf16Offset..<(utf16Offset + units), ruleStatus: 0))
                        index = end
                        utf16Offset += units
                        continue
                    }
                    var ruleStatus: Int32 = 0
                    while true {
                        let boundary = Int(cicu_ubrk_nextWithStatus(handle, &ruleStatus))
                        if boundary < 0 { break }
                        let end = text.utf8.index(index, offsetBy: boundary - previous)
                        let units = utf16Count(in: slice, previous..<boundary)
                        try body(TextSegment(
                            unit: unit, range: index..<end,
                            utf8Range: (base + previous)..<(base + boundary),
                            utf16Range: utf16Offset..<(utf16Offset + units),
                            ruleStatus: ruleStatus))
                        index = end
                        utf16Offset += units
                        previous = boundary
                    }
                }
            }
        }
    }
}

/// The number of UTF-16 code units the UTF-8 bytes encode: one per lead byte,
/// two for a four-byte sequence.
@inline(__always)
func utf16Count(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    var count = 0
    for byte in bytes where byte & 0xC0 != 0x80 {
        count += byte >= 0xF0 ? 2 : 1
    }
    return count
}

/// `utf16Count(UnsafeBufferPointer(rebasing: buffer[range]))`, eight bytes at a
/// time and without data-dependent branches: it reads whole words wherever
/// `buffer` has eight bytes from the position on (bytes past `range` are
/// masked off), so a short segment costs a load and two popcounts instead of
/// a byte loop whose exit the CPU mispredicts.
@inline(__always)
func utf16Count(in buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
    guard let base = buffer.baseAddress else { return 0 }
    let high: UInt64 = 0x8080_8080_8080_8080
    var position = range.lowerBound
    var remaining = range.count
    var count = remaining
    while remaining > 0 {
        let word: UInt64
        if position + 8 <= buffer.count {
            word = UInt64(littleEndian: UnsafeRawPointer(base + position).loadUnaligned(as: UInt64.self))
        } else {
            // The last bytes of the buffer: assemble the word byte by byte.
            var w: UInt64 = 0
            for i in 0..<min(8, buffer.count - position) { w |= UInt64(base[position + i]) << (8 * UInt64(i)) }
            word = w
        }
        let valid: UInt64 = remaining >= 8 ? ~0 : (1 << (8 * UInt64(remaining))) &- 1
        // Continuation bytes 10xxxxxx: bit 7 set, bit 6 clear. Four-byte leads 11110xxx.
        // One bit per byte, moved to bit 0 and summed into the top byte by a
        // multiplication (no POPCNT on baseline x86-64).
        let continuation = (word & ~(word << 1) & high & valid) >> 7
        let fourByteLead = (word & (word << 1) & (word << 2) & (word << 3) & high & valid) >> 7
        let ones: UInt64 = 0x0101_0101_0101_0101
        count &+= Int(truncatingIfNeeded: (fourByteLead &* ones) >> 56) &- Int(truncatingIfNeeded: (continuation &* ones) >> 56)
        position &+= 8
        remaining &-= 8
    }
    return count
}

enum BreakIteratorKind: ICUHandleKind {
    static func clone(_ handle: OpaquePointer) -> OpaquePointer? {
        var status: Int32 = 0
        return cicu_ubrk_clone(handle, &status)
    }

    static func close(_ handle: OpaquePointer) { cicu_ubrk_close(handle) }
}
