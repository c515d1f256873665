import Tarjuman
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a file (or standard input) line by line in bounded memory, checking
/// that every line is valid UTF-8.
///
/// Lines are handed out without their line feed; ``Line/hasNewline`` says
/// whether one followed, so output can reproduce the input's last line exactly.
/// A carriage return before the line feed stays in ``Line/text``
/// (``Line/content`` drops it). A line longer than ``maximumLineLength`` is
/// refused (exit 65, naming the line), so memory stays bounded whatever the
/// input, `/dev/zero` included.
public final class LineReader {
    /// One line of input.
    public struct Line {
        /// The line's text (without the line feed).
        public var text: String
        /// 1-based line number.
        public var number: Int
        /// UTF-8 offset of the line's first byte in the input.
        public var offset: Int
        /// Whether a line feed ended the line.
        public var hasNewline: Bool
        /// Where invalid bytes were replaced (with `replaceInvalid`): each
        /// U+FFFD in `text` and the input bytes it stands for.
        var replacements: [Replacement] = []

        /// The text without a final carriage return (a CRLF file's line).
        public var content: Substring {
            text.utf8.last == 0x0D ? text.dropLast() : Substring(text)
        }

        /// The offset in the input file of the UTF-8 offset `offset` in ``text``:
        /// the two differ after an invalid sequence replaced by U+FFFD.
        public func inputOffset(_ offset: Int) -> Int {
            guard let r = replacements.last(where: { $0.text <= offset }) else { return self.offset + offset }
            let width = 3  // U+FFFD in UTF-8
            if offset == r.text { return self.offset + r.input }
            if offset < r.text + width { return self.offset + r.input + r.length }
            return self.offset + r.input + r.length + (offset - r.text - width)
        }
    }

    /// The longest line read: 64 MiB.
    public static let maximumLineLength = 64 << 20

    /// The name used in messages: the path (escaped, see ``RawPaths/display(_:)``), or `<stdin>`.
    public let name: String
    private let fd: Int32
    private let ownsDescriptor: Bool
    /// The read buffer: `count` bytes of `storage` are filled.
    /// (Allocated by the first read, so an initializer that throws leaks nothing.)
    private var storage = UnsafeMutableRawBufferPointer(start: nil, count: 0)
    private var count = 0
    private var start = 0
    /// Bytes before this index were searched for a line feed already.
    private var searched = 0
    private var eof = false
    private var lineNumber = 0
    private var offset = 0
    private let replaceInvalid: Bool
    private let maximumLineLength: Int
    /// Bytes asked of each `read`.
    private let chunkSize = 1 << 18
    /// A repaired line handed out by ``nextBlock()`` (with `replaceInvalid`).
    private var repaired = UnsafeMutableBufferPointer<UInt8>(start: nil, count: 0)

    /// Opens `path` for reading, or standard input for `nil` or `-`.
    ///
    /// - Parameters:
    ///   - maximumLineLength: Lines longer than this are refused.
    /// - Throws: ``CLIFailure`` with code 66 if the file is missing, unreadable
    ///   or a directory (standard input included).
    public init(path: String?, replaceInvalid: Bool = false, maximumLineLength: Int = LineReader.maximumLineLength) throws(CLIFailure) {
        self.replaceInvalid = replaceInvalid
        self.maximumLineLength = maximumLineLength
        guard let path, path != "-" else {
            name = "<stdin>"
            fd = 0
            ownsDescriptor = false
            if FileStatus.of(descriptor: 0)?.kind == .directory { throw CLIFailure(.noInput, "<stdin>: is a directory") }
            return
        }
        name = RawPaths.display(path)
        switch FileStatus.of(path) {
        case .failure(let failure): throw CLIFailure(.noInput, "\(name): \(failure)")
        case .success(let status) where status.kind == .directory: throw CLIFailure(.noInput, "\(name): is a directory")
        default: break
        }
        let opened = RawPaths.withCString(path) { open($0, O_RDONLY | O_CLOEXEC) }
        guard opened >= 0 else { throw CLIFailure(.noInput, "\(name): \(Errno(errno))") }
        fd = opened
        ownsDescriptor = true
    }

    deinit {
        if ownsDescriptor { close(fd) }
        if storage.baseAddress != nil { storage.deallocate() }
        if repaired.baseAddress != nil { repaired.deallocate() }
    }

    /// The next line, or nil at the end of the input.
    ///
    /// - Throws: ``CLIFailure`` 65 `FILE:LINE:BYTE: invalid UTF-8` (unless
    ///   replacing invalid bytes) or `FILE:LINE: line longer than ...`; 74 on
    ///   a read error.
    public func next() throws(CLIFailure) -> Line? {
        while true {
            // Search only bytes not searched before: a long line read in
            // many chunks costs linear time, not quadratic.
            if let newline = firstNewline(from: max(start, searched)) {
                searched = newline + 1
                try checkLength(newline - start)
                return try take(upTo: newline, newline: true)
            }
            searched = count
            try checkLength(count - start)
            if eof {
                guard start < count else { return nil }
                return try take(upTo: count, newline: false)
            }
            try fill()
        }
    }

    /// The next block of whole lines, as UTF-8 bytes that are valid: all the
    /// lines read so far, each with its line feed (the input's last line may
    /// have none), for a caller that streams bytes rather than ``Line``s.
    ///
    /// The checks, their order and their messages are those of ``next()``,
    /// line by line: the lines before a bad one come out first, then the bad
    /// one fails (or, replacing invalid bytes, comes out alone, repaired).
    /// The bytes stay valid until the next call; they may be read, not kept.
    ///
    /// - Throws: as ``next()``.
    public func nextBlock() throws(CLIFailure) -> UnsafeBufferPointer<UInt8>? {
        while true {
            // [start, searched) holds no line feed.
            let from = max(start, searched)
            if let last = lastNewline(from: from) {
                let firstEnd = firstNewline(from: from)!
                try checkLength(firstEnd - start)
                // Every line but the block's first lies within the last read
                // (`fill` runs only when no line feed is left), so it is
                // shorter than a chunk. A long first line goes out alone:
                // blocks of several lines stay within two chunks.
                var end = firstEnd - start > chunkSize ? firstEnd + 1 : last + 1
                if maximumLineLength < chunkSize { end = try linesWithinLimit(from: firstEnd + 1, to: end) }
                searched = end == last + 1 ? count : end
                return try block(upTo: end)
            }
            searched = count
            try checkLength(count - start)
            if eof {
                guard start < count else { return nil }
                return try block(upTo: count)
            }
            try fill()
        }
    }

    /// With a line limit under the chunk size: where the lines from `from`
    /// (up to `end`) stop being within the limit; a line over it fails once
    /// it is the first.
    private func linesWithinLimit(from: Int, to end: Int) throws(CLIFailure) -> Int {
        var lineStart = from
        while lineStart < end, let newline = firstNewline(from: lineStart), newline < end {
            if newline - lineStart > maximumLineLength { return lineStart }
            lineStart = newline + 1
        }
        return end
    }

    /// Hands out `start..<end` (whole lines) once checked: the byte-order mark
    /// of line 1, then the UTF-8. Only the lines before an invalid one go out;
    /// the invalid one fails, or goes out repaired on its own.
    private func block(upTo end: Int) throws(CLIFailure) -> UnsafeBufferPointer<UInt8> {
        let base = UnsafePointer(storage.baseAddress!.assumingMemoryBound(to: UInt8.self) + start)
        let length = end - start
        if lineNumber == 0 {
            let head = UnsafeBufferPointer(start: base, count: min(4, length))
            let line1 = head.firstIndex(of: 0x0A) ?? head.count
            if let encoding = Self.utf16Or32(ArraySlice(head[..<line1])) {
                lineNumber = 1
                throw CLIFailure(.dataError, "\(name):1:1: \(encoding) text (byte-order mark); Tarjuman reads UTF-8: convert it first, e.g. iconv -f \(encoding) -t UTF-8")
            }
        }
        let scan = scanUTF8(base, length)
        if scan.valid == length {
            let endsWithNewline = base[length - 1] == 0x0A
            lineNumber += scan.newlines + (endsWithNewline ? 0 : 1)
            offset += length
            start = end
            return UnsafeBufferPointer(start: base, count: length)
        }
        // An invalid sequence at `scan.valid`: the lines before its line go first.
        let badLineStart = lastLineFeed(base, scan.valid).map { $0 + 1 } ?? 0
        if badLineStart > 0 {
            lineNumber += scan.newlines
            offset += badLineStart
            start += badLineStart
            searched = start
            return UnsafeBufferPointer(start: base, count: badLineStart)
        }
        guard replaceInvalid else {
            throw CLIFailure(.dataError, "\(name):\(lineNumber + 1):\(scan.valid + 1): invalid UTF-8")
        }
        let lineLength = memchr(base, 0x0A, length).map { UnsafeRawPointer(base).distance(to: UnsafeRawPointer($0)) } ?? length
        let newline = lineLength < length
        let fixed = repairedUTF8(ArraySlice(UnsafeBufferPointer(start: base, count: lineLength))).bytes
        let needed = fixed.count + 1
        if repaired.count < needed {
            if repaired.baseAddress != nil { repaired.deallocate() }
            repaired = .allocate(capacity: max(needed, 2 * repaired.count))
        }
        _ = repaired.initialize(from: fixed)
        if newline { repaired[fixed.count] = 0x0A }
        lineNumber += 1
        offset += lineLength + (newline ? 1 : 0)
        start += lineLength + (newline ? 1 : 0)
        searched = start
        return UnsafeBufferPointer(start: repaired.baseAddress, count: fixed.count + (newline ? 1 : 0))
    }

    /// The index of the last line feed at or after `from`, if any.
    private func lastNewline(from: Int) -> Int? {
        guard from < count else { return nil }
        return lastLineFeed(UnsafePointer(storage.baseAddress!.assumingMemoryBound(to: UInt8.self) + from), count - from).map { from + $0 }
    }

    /// The index of the first line feed at or after `from` (memchr: fast
    /// in every build, so a long line costs little to search).
    private func firstNewline(from: Int) -> Int? {
        guard from < count, let found = memchr(storage.baseAddress! + from, 0x0A, count - from) else { return nil }
        return UnsafeRawPointer(storage.baseAddress!).distance(to: UnsafeRawPointer(found))
    }

    private func checkLength(_ length: Int) throws(CLIFailure) {
        guard length > maximumLineLength else { return }
        throw CLIFailure(.dataError, "\(name):\(lineNumber + 1): line longer than \(maximumLineLength >> 20) MiB; split the input into lines")
    }

    private func fill() throws(CLIFailure) {
        if start > 0, let base = storage.baseAddress {
            memmove(base, base + start, count - start)
            count -= start
            searched -= start
            start = 0
        }
        // Grow geometrically, so a long line is not copied once per chunk.
        if storage.count - count < chunkSize {
            let bigger = UnsafeMutableRawBufferPointer.allocate(byteCount: max(storage.count * 2, count + chunkSize), alignment: 1)
            if let base = storage.baseAddress {
                bigger.baseAddress!.copyMemory(from: base, byteCount: count)
                storage.deallocate()
            }
            storage = bigger
        }
        var readCount = 0
        var failure: Int32 = 0
        while true {
            let n = read(fd, storage.baseAddress! + count, chunkSize)
            if n < 0 && errno == EINTR { continue }
            if n < 0 { failure = errno }
            readCount = max(n, 0)
            break
        }
        count += readCount
        if failure == EISDIR { throw CLIFailure(.noInput, "\(name): is a directory") }
        if failure != 0 { throw CLIFailure(.ioError, "\(name): read error: \(Errno(failure))") }
        if readCount == 0 { eof = true }
    }

    private func take(upTo end: Int, newline: Bool) throws(CLIFailure) -> Line {
        lineNumber += 1
        let bytes = UnsafeBufferPointer(start: storage.baseAddress!.assumingMemoryBound(to: UInt8.self) + start, count: end - start)
        let lineOffset = offset
        offset += bytes.count + (newline ? 1 : 0)
        start = newline ? end + 1 : end
        if lineNumber == 1, let encoding = Self.utf16Or32(ArraySlice(bytes.prefix(4))) {
            throw CLIFailure(.dataError, "\(name):1:1: \(encoding) text (byte-order mark); Tarjuman reads UTF-8: convert it first, e.g. iconv -f \(encoding) -t UTF-8")
        }
        if let text = String(validating: bytes, as: UTF8.self) {
            return Line(text: text, number: lineNumber, offset: lineOffset, hasNewline: newline)
        }
        guard replaceInvalid else {
            let column = invalidUTF8Column(ArraySlice(bytes))
            throw CLIFailure(.dataError, "\(name):\(lineNumber):\(column): invalid UTF-8")
        }
        let repaired = repairUTF8(ArraySlice(bytes))
        var line = Line(text: repaired.text, number: lineNumber, offset: lineOffset, hasNewline: newline)
        line.replacements = repaired.replacements
        return line
    }
}

/// A U+FFFD that stands for invalid input bytes.
struct Replacement {
    /// Its UTF-8 offset in the repaired text.
    var text: Int
    /// The offset of the bytes it replaces in the input.
    var input: Int
    /// How many input bytes it replaces.
    var length: Int
}

/// `bytes` as text, each maximal invalid subsequence replaced by U+FFFD (as
/// Unicode recommends, and as `String(decoding:as:)` does), with where each
/// replacement stands.
func repairUTF8(_ bytes: ArraySlice<UInt8>) -> (text: String, replacements: [Replacement]) {
    let repaired = repairedUTF8(bytes)
    return (String(decoding: repaired.bytes, as: UTF8.self), repaired.replacements)
}

/// ``repairUTF8(_:)`` as bytes.
func repairedUTF8(_ bytes: ArraySlice<UInt8>) -> (bytes: [UInt8], replacements: [Replacement]) {
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count + 8)
    var replacements: [Replacement] = []
    let base = bytes.startIndex
    var i = base
    while i < bytes.endIndex {
        let length = validSequenceLength(bytes, at: i)
        if length > 0 {
            out.append(contentsOf: bytes[i..<(i + length)])
            i += length
        } else {
            let bad = max(1, maximalSubpartLength(bytes, at: i))
            replacements.append(Replacement(text: out.count, input: i - base, length: bad))
            out.append(contentsOf: [0xEF, 0xBF, 0xBD])
            i += bad
        }
    }
    return (out, replacements)
}

/// The continuation-byte range allowed after `lead` as the second byte
/// (Unicode Table 3-7), and the sequence length; nil for a byte that cannot lead.
private func utf8Shape(_ lead: UInt8) -> (length: Int, second: ClosedRange<UInt8>)? {
    switch lead {
    case 0x00...0x7F: return (1, 0x80...0xBF)
    case 0xC2...0xDF: return (2, 0x80...0xBF)
    case 0xE0: return (3, 0xA0...0xBF)
    case 0xE1...0xEC, 0xEE...0xEF: return (3, 0x80...0xBF)
    case 0xED: return (3, 0x80...0x9F)
    case 0xF0: return (4, 0x90...0xBF)
    case 0xF1...0xF3: return (4, 0x80...0xBF)
    case 0xF4: return (4, 0x80...0x8F)
    default: return nil
    }
}

/// The length of the valid sequence at `i`, or 0.
private func validSequenceLength(_ bytes: ArraySlice<UInt8>, at i: Int) -> Int {
    guard let shape = utf8Shape(bytes[i]) else { return 0 }
    if shape.length == 1 { return 1 }
    return maximalSubpartLength(bytes, at: i) == shape.length ? shape.length : 0
}

/// How many bytes from `i` start a well-formed sequence (the whole of it, or
/// the maximal prefix of one that breaks off).
private func maximalSubpartLength(_ bytes: ArraySlice<UInt8>, at i: Int) -> Int {
    guard let shape = utf8Shape(bytes[i]) else { return 1 }
    var n = 1
    while n < shape.length, i + n < bytes.endIndex {
        let byte = bytes[i + n]
        let allowed = n == 1 ? shape.second : 0x80...0xBF
        guard allowed.contains(byte) else { break }
        n += 1
    }
    return n
}

extension LineReader {
    /// The encoding a UTF-16 or UTF-32 byte-order mark at the start of
    /// `bytes` announces, if there is one.
    static func utf16Or32(_ bytes: ArraySlice<UInt8>) -> String? {
        let head = Array(bytes.prefix(4))
        if head.starts(with: [0xFF, 0xFE, 0x00, 0x00]) || head.starts(with: [0x00, 0x00, 0xFE, 0xFF]) { return "UTF-32" }
        if head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF]) { return "UTF-16" }
        return nil
    }
}

/// 1-based byte position of the first byte that is not valid UTF-8.
func invalidUTF8Column(_ bytes: ArraySlice<UInt8>) -> Int {
    var i = bytes.startIndex
    while i < bytes.endIndex {
        let length = validSequenceLength(bytes, at: i)
        if length == 0 { break }
        i += length
    }
    return i - bytes.startIndex + 1
}

extension LineReader {
    /// The largest report `align` and `crossref` read: 1 MiB. News reports
    /// are a few kilobytes; alignment time and memory grow with the size.
    public static let maximumReportSize = 1 << 20

    /// Reads a whole file (or standard input for `-`) as UTF-8 text, with the
    /// same checks and messages as line by line reading.
    ///
    /// - Parameter limit: Refuse (65) a file of more bytes than this.
    public static func readAll(path: String, replaceInvalid: Bool = false, limit: Int = Int.max) throws(CLIFailure) -> String {
        let reader = try LineReader(path: path, replaceInvalid: replaceInvalid, maximumLineLength: min(limit, maximumLineLength))
        let tooBig = CLIFailure(.dataError, "\(reader.name): more than \(limit >> 20) MiB; Tarjuman aligns reports up to that size")
        if path != "-", case .success(let status) = FileStatus.of(path), status.kind == .regular, status.size > limit { throw tooBig }
        var text = ""
        while let line = try reader.next() {
            text += line.text
            if line.hasNewline { text += "\n" }
            if text.utf8.count > limit { throw tooBig }
        }
        return text
    }
}

extension LineReader.Line {
    /// Fails with 65 when the line is too long to be a name (see
    /// `NameForms.maximumNameLength` and `NameForms.maximumNameWords`),
    /// naming the file and line.
    public func checkNameLength(in reader: LineReader) throws(CLIFailure) {
        let length = text.utf8.count
        if length > NameForms.maximumNameLength {
            throw CLIFailure(.dataError, "\(reader.name):\(number): \(length) bytes is too long for a name (at most \(NameForms.maximumNameLength))")
        }
        let words = text.split(whereSeparator: { $0.isWhitespace || $0 == "-" }).count
        if words > NameForms.maximumNameWords {
            throw CLIFailure(.dataError, "\(reader.name):\(number): \(words) words is too long for a name (at most \(NameForms.maximumNameWords))")
        }
    }

    /// The line as a name: runs of white space (tabs included) become one
    /// space, and the ends are trimmed, so a name never breaks a TSV column.
    public var name: String {
        text.split(whereSeparator: { $0.isWhitespace || $0.unicodeScalars.allSatisfy { $0.properties.generalCategory == .control } })
            .joined(separator: " ")
    }
}

/// The length of the valid UTF-8 sequence starting at `i` in `bytes`, or 0
/// when the byte there starts none.
public func utf8SequenceLength(_ bytes: [UInt8], at i: Int) -> Int {
    validSequenceLength(bytes[...], at: i)
}

/// Reads a data file a user gave (a gazetteer, a model) with `parse`; bad
/// data is exit 65 with the file and line (`FILE:LINE: message`).
public func readDataFile<T>(_ path: String, limit: Int = Int.max,
                            _ parse: (_ text: String, _ source: String) throws(DataFileError) -> T) throws -> T {
    let text = try LineReader.readAll(path: path, limit: limit)
    do {
        return try parse(text, RawPaths.display(path))
    } catch {
        throw CLIFailure(.dataError, error.description)
    }
}

/// The index of the last line feed among the `count` bytes at `p`
/// (searching back from the end: a block's last line is short).
func lastLineFeed(_ p: UnsafePointer<UInt8>, _ count: Int) -> Int? {
    var i = count - 1
    while i >= 0 {
        if p[i] == 0x0A { return i }
        i -= 1
    }
    return nil
}

/// Scans UTF-8 for validity (Unicode Table 3-7, as ``invalidUTF8Column(_:)``)
/// and counts its line feeds: eight bytes at a time through ASCII, sequence
/// by sequence through the rest.
///
/// - Returns: the offset of the first invalid sequence (`count` when all is
///   valid), and the number of line feeds before it.
func scanUTF8(_ p: UnsafePointer<UInt8>, _ count: Int) -> (valid: Int, newlines: Int) {
    let raw = UnsafeRawPointer(p)
    let high: UInt64 = 0x8080_8080_8080_8080
    let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
    let lineFeeds: UInt64 = 0x0A0A_0A0A_0A0A_0A0A
    var i = 0
    var newlines = 0
    // Line feeds counted per byte lane (a population count is slow without
    // POPCNT), summed before a lane can overflow and at the end.
    var lanes: UInt64 = 0
    var laneWords = 0
    @inline(__always) func sum(_ lanes: UInt64) -> Int {
        let pairs = (lanes & 0x00FF_00FF_00FF_00FF) &+ (lanes >> 8 & 0x00FF_00FF_00FF_00FF)
        return Int(truncatingIfNeeded: (pairs &* 0x0001_0001_0001_0001) >> 48)
    }
    while true {
        while i &+ 8 <= count {
            let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            // The high bit of each byte that is a line feed (exact: no carry
            // crosses a byte).
            let x = word ^ lineFeeds
            var feeds = ~(((x & low) &+ low) | x) & high
            let nonASCII = word & high
            if nonASCII != 0 {
                let ascii = nonASCII.trailingZeroBitCount & ~7  // bits of the ASCII bytes before it
                feeds &= (1 << UInt64(ascii)) &- 1
                i &+= ascii >> 3
            } else {
                i &+= 8
            }
            lanes &+= feeds >> 7
            laneWords &+= 1
            if laneWords == 255 {
                newlines &+= sum(lanes)
                lanes = 0
                laneWords = 0
            }
            if nonASCII != 0 { break }
        }
        guard i < count else { return (count, newlines &+ sum(lanes)) }
        if p[i] < 0x80 {
            if p[i] == 0x0A { newlines &+= 1 }
            i += 1
            continue
        }
        // Multi-byte sequences, one after another (a word of Arabic).
        repeat {
            if i + 8 <= count {
                // Four two-byte sequences at once: leads 0xC2 ... 0xDF
                // (110xxxxx, not 0xC0 or 0xC1), each followed by 10xxxxxx.
                let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                if word & 0xC0E0_C0E0_C0E0_C0E0 == 0x80C0_80C0_80C0_80C0
                    && ((word & 0x001E_001E_001E_001E) &+ 0x007F_007F_007F_007F) & 0x0080_0080_0080_0080 == 0x0080_0080_0080_0080 {
                    i += 8
                    continue
                }
            }
            let b0 = p[i]
            if b0 < 0x80 { break }
            if b0 < 0xE0 {
                guard b0 >= 0xC2, i + 1 < count, p[i + 1] & 0xC0 == 0x80 else { return (i, newlines &+ sum(lanes)) }
                i += 2
            } else if b0 < 0xF0 {
                guard i + 2 < count else { return (i, newlines &+ sum(lanes)) }
                let b1 = p[i + 1]
                let lowest: UInt8 = b0 == 0xE0 ? 0xA0 : 0x80, highest: UInt8 = b0 == 0xED ? 0x9F : 0xBF
                guard b1 >= lowest, b1 <= highest, p[i + 2] & 0xC0 == 0x80 else { return (i, newlines &+ sum(lanes)) }
                i += 3
            } else {
                guard b0 <= 0xF4, i + 3 < count else { return (i, newlines &+ sum(lanes)) }
                let b1 = p[i + 1]
                let lowest: UInt8 = b0 == 0xF0 ? 0x90 : 0x80, highest: UInt8 = b0 == 0xF4 ? 0x8F : 0xBF
                guard b1 >= lowest, b1 <= highest, p[i + 2] & 0xC0 == 0x80, p[i + 3] & 0xC0 == 0x80 else {
                    return (i, newlines &+ sum(lanes))
                }
                i += 4
            }
        } while i < count
    }
}
