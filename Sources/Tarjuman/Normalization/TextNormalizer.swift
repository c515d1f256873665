import TarjumanICU
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Normalizes Arabic and English text for comparison, search or display, and
/// can say where each piece of the result came from in the original.
///
/// Arabic-block characters follow the ``ArabicNormalization`` steps, all other
/// text the ``EnglishNormalization`` steps; spaces and invisible characters are
/// handled when either asks for it.
///
/// ```swift
/// import Foundation  // String.range(of:)
/// import Tarjuman
///
/// let search = TextNormalizer(arabic: .search, english: .search)
/// search.normalize("أَحْمَد ﻻ ٢٤ مصطفى")          // "احمد لا 24 مصطفي"
/// search.normalize("‘Bali’ — Qamishlo")            // "'bali' - qamishlo"
///
/// let result = search.normalizeWithOffsets("وقال مُصطفى")
/// let span = result.text.range(of: "مصطفي")!
/// result.original[result.originalRange(for: span)]  // "مُصطفى"
/// ```
///
/// The tables behind a normalizer are computed once, when it is created
/// (a few milliseconds): create one and reuse it. It is immutable and can be
/// used from any number of threads.
public struct TextNormalizer: Sendable {
    private let table: RewriteTable

    /// The Arabic steps.
    public var arabic: ArabicNormalization { table.arabic }
    /// The English steps.
    public var english: EnglishNormalization { table.english }

    /// A normalizer with the given steps.
    public init(arabic: ArabicNormalization = .search, english: EnglishNormalization = .search) {
        table = RewriteTable(arabic: arabic, english: english)
    }

    /// `text`, normalized.
    ///
    /// Text that no step changes is returned as it is, without a copy.
    ///
    /// - Complexity: O(*n*) in the UTF-8 length of `text`.
    public func normalize(_ text: String) -> String {
        withNormalizedBytes(text, tracking: false) { bytes, _ in stringFromTrustedUTF8(bytes) } ?? text
    }

    /// `text`, normalized, with the map from each piece of the result back to
    /// the original.
    public func normalizeWithOffsets(_ text: String) -> NormalizedText {
        withNormalizedBytes(text, tracking: true) { bytes, sink in
            NormalizedText(original: text, text: stringFromTrustedUTF8(bytes),
                           outputStarts: sink.outputStarts, sourceStarts: sink.sourceStarts, sourceEnds: sink.sourceEnds)
        }!
    }

    /// Streaming: normalizes `bytes`, valid UTF-8 holding whole lines (each
    /// ended by a line feed but perhaps the last, as the command-line tools
    /// read them), appending the result to `output`.
    ///
    /// Each line is normalized on its own, exactly as ``normalize(_:)`` would
    /// normalize it (a line's spaces are trimmed at its own ends, a mark at
    /// its start has no base), and the line feeds are kept.
    ///
    /// - Returns: `false`, appending nothing, when no line changed: the
    ///   caller then uses `bytes` as they are.
    /// - Complexity: O(*n*) in the length of `bytes`; nothing is allocated
    ///   once `output` has grown to the size of the blocks.
    package func normalize(lines bytes: UnsafeBufferPointer<UInt8>, appendingTo output: StreamBuffer) -> Bool {
        guard let base = bytes.baseAddress, !bytes.isEmpty, !table.isIdentity else { return false }
        let n = bytes.count
        let mark = output.count
        var sink = Sink(lending: output)
        defer { sink.give(to: output) }
        var copied = 0  // the input before this is in the output (when `changed`)
        var changed = false
        table.pool.withUnsafeBufferPointer { pool in
            table.fast.withUnsafeBufferPointer { fast in
                var lineStart = 0
                while lineStart < n {
                    let lineEnd = memchr(base + lineStart, 0x0A, n - lineStart)
                        .map { UnsafeRawPointer(base).distance(to: UnsafeRawPointer($0)) } ?? n
                    defer { lineStart = lineEnd + 1 }
                    if lineEnd == lineStart { continue }
                    if changed && copied < lineStart {
                        sink.append(UnsafeBufferPointer(rebasing: bytes[copied..<lineStart]))
                        copied = lineStart
                    }
                    let lineMark = sink.count
                    sink.floor = lineMark
                    sink.copying = false
                    sink.reserve(2 * (lineEnd - lineStart) + 16)
                    guard run(UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd]), pool: pool, fast: fast, into: &sink) else { continue }
                    if !changed && copied < lineStart {
                        // The first change: the unchanged lines before go first.
                        let pending = lineStart - copied, produced = sink.count - lineMark
                        sink.reserve(pending)
                        memmove(sink.out + lineMark + pending, sink.out + lineMark, produced)
                        (sink.out + lineMark).update(from: base + copied, count: pending)
                        sink.count += pending
                    }
                    changed = true
                    copied = lineEnd
                }
            }
        }
        if changed {
            sink.append(UnsafeBufferPointer(rebasing: bytes[copied..<n]))
        } else {
            sink.count = mark
        }
        return changed
    }

    /// Collects the output in a growable raw buffer; copies the input only
    /// from the first change on.
    struct Sink {
        let tracking: Bool
        var out: UnsafeMutablePointer<UInt8>
        var count = 0
        var capacity: Int
        var copying: Bool
        /// Where the current line's output starts (0 but in ``normalize(lines:appendingTo:)``):
        /// nothing before it is looked at.
        var floor = 0
        var outputStarts: [Int] = []
        var sourceStarts: [Int] = []
        var sourceEnds: [Int] = []

        init(tracking: Bool, capacity: Int) {
            self.tracking = tracking
            self.capacity = max(capacity, 64)
            out = .allocate(capacity: self.capacity)
            copying = tracking
        }

        /// A sink that writes into `buffer`'s storage, after its contents
        /// (given back with ``give(to:)``).
        init(lending buffer: StreamBuffer) {
            tracking = false
            out = buffer.base
            count = buffer.count
            capacity = buffer.capacity
            copying = false
        }

        /// Hands the storage (possibly grown) back to the buffer it was lent by.
        func give(to buffer: StreamBuffer) {
            buffer.adopt(base: out, count: count, capacity: capacity)
        }

        func release() { out.deallocate() }

        var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: out, count: count) }

        @inline(__always)
        mutating func reserve(_ extra: Int) {
            if count + extra > capacity {
                let grown = max(capacity * 2, count + extra)
                let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
                bigger.update(from: out, count: count)
                out.deallocate()
                out = bigger
                capacity = grown
            }
        }

        @inline(__always)
        mutating func append(_ byte: UInt8) {
            reserve(1)
            out[count] = byte
            count += 1
        }

        @inline(__always)
        mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
            reserve(bytes.count)
            (out + count).update(from: bytes.baseAddress!, count: bytes.count)
            count += bytes.count
        }

        /// A removed character right after the last piece joins that piece's
        /// source range, so a span over the piece covers its marks (قَالَ).
        @inline(__always)
        mutating func absorb(_ source: Range<Int>) {
            if tracking, let last = sourceEnds.indices.last, sourceEnds[last] == source.lowerBound {
                sourceEnds[last] = source.upperBound
            }
        }

        @inline(__always)
        mutating func piece(_ source: Range<Int>) {
            if tracking {
                outputStarts.append(count)
                sourceStarts.append(source.lowerBound)
                sourceEnds.append(source.upperBound)
            }
        }
    }

    /// Normalizes `text`; returns nil when nothing changed (and not tracking).
    private func withNormalizedBytes<R>(_ text: String, tracking: Bool,
                                        _ body: (UnsafeBufferPointer<UInt8>, inout Sink) -> R) -> R? {
        var text = text
        return text.withUTF8 { bytes in
            // The fast path writes at most two bytes per byte read, with up to
            // three bytes of slack (four-byte stores).
            var sink = Sink(tracking: tracking, capacity: 2 * bytes.count + 16)
            defer { sink.release() }
            let changed = table.pool.withUnsafeBufferPointer { pool in
                table.fast.withUnsafeBufferPointer { fast in
                    run(bytes, pool: pool, fast: fast, into: &sink)
                }
            }
            guard changed || tracking else { return nil }
            return body(sink.bytes, &sink)
        }
    }

    /// Whether a scalar that follows a base may combine with it: the common
    /// combining blocks outright, other marks (Hebrew, Indic ...) by their
    /// combining class. Arabic marks are handled letter by letter.
    @inline(__always)
    static func mayCombine(_ v: UInt32) -> Bool {
        if v < 0x0300 { return false }
        if v < 0x0370 { return true }
        if RewriteTable.isArabicBlock(v) { return false }
        if (0x1AB0..<0x1B00).contains(v) || (0x1DC0..<0x1E00).contains(v) || (0x20D0..<0x2100).contains(v)
            || (0xFE20..<0xFE30).contains(v) {
            return true
        }
        return (Unicode.Scalar(v)?.properties.canonicalCombiningClass ?? .notReordered) != .notReordered
    }

    @inline(__always)
    static func decode(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> (value: UInt32, width: Int) {
        let b0 = p[i]
        if b0 < 0x80 { return (UInt32(b0), 1) }
        if b0 < 0xE0 { return (UInt32(b0 & 0x1F) << 6 | UInt32(p[i + 1] & 0x3F), 2) }
        if b0 < 0xF0 {
            return (UInt32(b0 & 0x0F) << 12 | UInt32(p[i + 1] & 0x3F) << 6 | UInt32(p[i + 2] & 0x3F), 3)
        }
        return (UInt32(b0 & 0x07) << 18 | UInt32(p[i + 1] & 0x3F) << 12 | UInt32(p[i + 2] & 0x3F) << 6
                | UInt32(p[i + 3] & 0x3F), 4)
    }

    /// The state of one pass: what changed, the run of spaces not yet
    /// written, where lines start, the last Arabic letter written.
    struct Pass {
        let bytes: UnsafeBufferPointer<UInt8>
        let foldSpaces: Bool
        let trimSpaces: Bool
        var changed = false
        var spaceStart = -1
        var spaceEnd = -1
        var atLineStart = true

        /// Start copying: everything before `position` was unchanged, except
        /// a pending run of spaces, which ``flushSpace(lineEnd:_:)`` writes
        /// (or trims) when it ends.
        @inline(__always)
        mutating func diverge(_ position: Int, _ sink: inout Sink) {
            if !sink.copying {
                sink.copying = true
                let end = spaceStart >= 0 ? min(position, spaceStart) : position
                sink.append(UnsafeBufferPointer(rebasing: bytes[0..<end]))
            }
            changed = true
        }

        /// Writes (or trims) the pending run of spaces.
        @inline(__always)
        mutating func flushSpace(lineEnd: Bool, _ sink: inout Sink) {
            guard spaceStart >= 0 else { return }
            let run = spaceStart..<spaceEnd
            spaceStart = -1
            let drop = trimSpaces && (atLineStart || lineEnd)
            let single = run.count == 1 && bytes[run.lowerBound] == 0x20
            if drop || (foldSpaces && !single) { diverge(run.lowerBound, &sink) }
            if drop { return }
            if sink.copying {
                sink.piece(run)
                if foldSpaces { sink.append(0x20) } else { sink.append(UnsafeBufferPointer(rebasing: bytes[run])) }
            }
        }

        /// The last code point written before `position`, if an Arabic letter
        /// (0 otherwise): a combining hamza or madda may fold into it.
        func lastArabicLetter(before position: Int, _ sink: Sink) -> UInt32 {
            if spaceStart >= 0 { return 0 }
            let b0: UInt8, b1: UInt8
            if sink.copying {
                guard sink.count - sink.floor >= 2 else { return 0 }
                b0 = sink.out[sink.count - 2]
                b1 = sink.out[sink.count - 1]
            } else {
                guard position >= 2 else { return 0 }
                b0 = bytes[position - 2]
                b1 = bytes[position - 1]
            }
            guard b0 & 0xE0 == 0xC0, b1 & 0xC0 == 0x80 else { return 0 }
            let v = UInt32(b0 & 0x1F) << 6 | UInt32(b1 & 0x3F)
            return v >= 0x0621 && v <= 0x064A ? v : 0
        }
    }

    /// Runs the steps over `bytes`. Returns whether anything changed (when not
    /// tracking, `sink` holds the result only then).
    ///
    /// Code points below U+0800 whose rewrite is a plain substitution take a
    /// fast path (one table load, one store); the rest go through ``step``.
    private func run(_ bytes: UnsafeBufferPointer<UInt8>, pool: UnsafeBufferPointer<UInt8>,
                     fast: UnsafeBufferPointer<UInt64>, into sink: inout Sink) -> Bool {
        let n = bytes.count
        var pass = Pass(bytes: bytes, foldSpaces: table.foldSpaces, trimSpaces: table.trimSpaces)
        var i = 0
        let p = bytes.baseAddress
        while i < n {
            if !sink.tracking && pass.spaceStart < 0 {
                i = Self.plainRun(p!, from: i, to: n, fast: fast.baseAddress!, ascii: table.asciiRun,
                                  asciiCheckNext: table.asciiCheckNext, pass: &pass, sink: &sink)
                if i == n { break }
                let b0 = p![i]
                var entry: UInt64 = RewriteTable.fastSpecial
                var width = 1
                if b0 == 0x20 && !pass.atLineStart && i + 1 < n && i > 0 {
                    if Self.singleSpaceStays(p!, at: i, count: n, fast: fast.baseAddress!) {
                        if sink.copying {
                            sink.out[sink.count] = 0x20
                            sink.count += 1
                        }
                        i += 1
                        continue
                    }
                }
                if b0 < 0x80 {
                    entry = fast[Int(b0)]
                } else if b0 < 0xE0 && b0 >= 0xC2 && i + 1 < n {
                    entry = fast[Int(b0 & 0x1F) << 6 | Int(p![i + 1] & 0x3F)]
                    width = 2
                }
                if entry & RewriteTable.fastSpecial == 0 {
                    if entry & RewriteTable.fastCheckNext != 0 && i + width < n {
                        let next = p![i + width]
                        if next >= 0xCC && !(next >= 0xD8 && next <= 0xDB) {
                            i = step(i, pool: pool, pass: &pass, sink: &sink)
                            continue
                        }
                    }
                    if entry & RewriteTable.fastUnchanged != 0 {
                        if sink.copying {
                            UnsafeMutableRawPointer(sink.out + sink.count).storeBytes(of: UInt32(truncatingIfNeeded: entry), as: UInt32.self)
                            sink.count += width
                        }
                        pass.atLineStart = false
                    } else {
                        if !sink.copying { pass.diverge(i, &sink) }
                        pass.changed = true
                        UnsafeMutableRawPointer(sink.out + sink.count).storeBytes(of: UInt32(truncatingIfNeeded: entry), as: UInt32.self)
                        let written = Int(truncatingIfNeeded: entry >> 32 & 0x7)
                        sink.count += written
                        // A deleted character (a mark, an invisible) does not end the line's start.
                        if written > 0 { pass.atLineStart = false }
                    }
                    i += width
                    continue
                }
            }
            i = step(i, pool: pool, pass: &pass, sink: &sink)
            if !sink.tracking { sink.reserve(2 * (n - i) + 16) }
        }
        if pass.spaceStart >= 0 { pass.flushSpace(lineEnd: true, &sink) }
        return pass.changed
    }

    /// One ASCII space between two non-spaces, inside a line (at `i`, with
    /// a byte after it): folding and trimming leave it as it is. (Bytes that
    /// may start another space or a line end take the full path.)
    @inline(__always)
    private static func singleSpaceStays(_ p: UnsafePointer<UInt8>, at i: Int, count n: Int,
                                         fast: UnsafePointer<UInt64>) -> Bool {
        let next = p[i + 1]
        // Safe: ASCII, a two-byte character the fast table keeps or rewrites
        // to something (not a removed mark, which would leave two spaces to
        // fold), or a three-byte one outside the blocks with spaces, marks
        // and invisibles.
        if next >= 0xC3 && next < 0xE0 && i + 2 < n {
            let following = fast[Int(next & 0x1F) << 6 | Int(p[i + 2] & 0x3F)]
            return following & RewriteTable.fastSpecial == 0
                && (following & RewriteTable.fastUnchanged != 0 || following >> 32 & 0x7 > 0)
        }
        return (next > 0x20 && next < 0x80) || (next >= 0xE4 && next <= 0xEE)
    }

    /// The fast path's common case in a tight loop (the state in registers):
    /// characters below U+0800 that the fast table keeps, or rewrites once
    /// copying, with no cluster to check, and single spaces between them.
    /// Graphic ASCII goes eight bytes at a time where the table allows it
    /// (`ascii`, see ``RewriteTable/asciiRun``).
    /// Returns where it stops: the next character takes the loop of ``run``
    /// (a line end, a space run, a mark, the first change ...).
    @inline(__always)
    private static func plainRun(_ p: UnsafePointer<UInt8>, from start: Int, to n: Int, fast: UnsafePointer<UInt64>,
                                 ascii: UInt8, asciiCheckNext: Bool, pass: inout Pass, sink: inout Sink) -> Int {
        var i = start
        var count = sink.count
        let out = UnsafeMutableRawPointer(sink.out)
        let copying = sink.copying
        var atLineStart = pass.atLineStart
        var changed = false
        var retry = 0  // no eight ASCII bytes before this
        while i < n {
            let b0 = p[i]
            let entry: UInt64, width: Int
            if b0 < 0x80 {
                if ascii != RewriteTable.asciiNone && i + 8 < n && i >= retry,
                   let word = asciiWord(p, at: i, folding: ascii == RewriteTable.asciiFoldsCase, copying: copying,
                                        checkNext: asciiCheckNext, atLineStart: atLineStart, retry: &retry) {
                    if copying {
                        out.storeBytes(of: word.bytes.littleEndian, toByteOffset: count, as: UInt64.self)
                        count &+= 8
                    }
                    if word.changed { changed = true }
                    atLineStart = false
                    i &+= 8
                    continue
                }
                if b0 == 0x20 {
                    guard !atLineStart, i > 0, i + 1 < n, singleSpaceStays(p, at: i, count: n, fast: fast) else { break }
                    if copying {
                        out.storeBytes(of: 0x20, toByteOffset: count, as: UInt8.self)
                        count &+= 1
                    }
                    i &+= 1
                    continue
                }
                entry = fast[Int(b0)]
                width = 1
            } else if b0 >= 0xC2 && b0 < 0xE0 && i + 1 < n {
                entry = fast[Int(b0 & 0x1F) << 6 | Int(p[i + 1] & 0x3F)]
                width = 2
            } else {
                break
            }
            if entry & RewriteTable.fastSpecial != 0 { break }
            if entry & RewriteTable.fastCheckNext != 0 && i + width < n {
                let next = p[i + width]
                if next >= 0xCC && !(next >= 0xD8 && next <= 0xDB) { break }
            }
            if entry & RewriteTable.fastUnchanged != 0 {
                if copying {
                    out.storeBytes(of: UInt32(truncatingIfNeeded: entry), toByteOffset: count, as: UInt32.self)
                    count &+= width
                }
                atLineStart = false
            } else {
                guard copying else { break }
                out.storeBytes(of: UInt32(truncatingIfNeeded: entry), toByteOffset: count, as: UInt32.self)
                let written = Int(truncatingIfNeeded: entry >> 32 & 0x7)
                count &+= written
                changed = true
                // A deleted character (a mark, an invisible) does not end the line's start.
                if written > 0 { atLineStart = false }
            }
            i &+= width
        }
        sink.count = count
        pass.atLineStart = atLineStart
        if changed { pass.changed = true }
        return i
    }

    /// The eight bytes at `i` (a ninth follows) as the fast path writes
    /// them, when the fast path would take them one by one: graphic ASCII
    /// (kept, or A–Z folded when `folding` and `copying`; a capital when not
    /// copying is the first change, which the byte path makes), with single
    /// spaces between (not the last byte; the first only inside a line). The
    /// last byte is followed by a byte that starts no combining mark when
    /// graphic ASCII may start a cluster (`checkNext`). Nil otherwise; when
    /// a byte is not ASCII, `retry` is set past it.
    @inline(__always)
    private static func asciiWord(_ p: UnsafePointer<UInt8>, at i: Int, folding: Bool, copying: Bool, checkNext: Bool,
                                  atLineStart: Bool, retry: inout Int) -> (bytes: UInt64, changed: Bool)? {
        let high: UInt64 = 0x8080_8080_8080_8080
        let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        let ones: UInt64 = 0x0101_0101_0101_0101
        let word = UInt64(littleEndian: UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self))
        // Every byte from 0x20 to 0x7E: its high bit clear, its low seven bits
        // reach 0x80 with 0x60 added and not with 1 (no carry crosses a byte).
        if word & high != 0 {
            // Not before the byte after the first non-ASCII one.
            retry = i + (word & high).trailingZeroBitCount >> 3 + 1
            return nil
        }
        let seven = word & low
        guard (seven &+ 0x60 &* ones) & ~(seven &+ ones) & ~word & high == high else { return nil }
        // The high bit of each space (of each zero byte of the word ^ 0x20s).
        let x = word ^ (0x20 &* ones)
        let spaces = ~((x &+ low) | x) & high
        guard spaces & (spaces >> 8) == 0, spaces >> 56 == 0 else { return nil }
        if spaces & 0x80 != 0 && (atLineStart || i == 0) { return nil }
        if checkNext {
            let next = p[i + 8]
            if next >= 0xCC && !(next >= 0xD8 && next <= 0xDB) { return nil }
        }
        guard folding else { return (word, false) }
        // A–Z: b + 0x3F reaches 0x80 and b + 0x25 does not.
        let capitals = (word &+ 0x3F &* ones) & ~(word &+ 0x25 &* ones) & high
        if capitals == 0 { return (word, false) }
        guard copying else { return nil }
        return (word | capitals >> 2, true)
    }

    /// One code point (or cluster) the full way: returns where the next starts.
    private func step(_ position: Int, pool: UnsafeBufferPointer<UInt8>, pass: inout Pass, sink: inout Sink) -> Int {
        let table = self.table
        let bytes = pass.bytes
        let n = bytes.count
        let englishActive = !table.english.isEmpty
        let foldAlef = table.arabic.contains(.foldAlef), foldCarriers = table.arabic.contains(.foldHamzaCarriers)
        let start = position
        let (value, width) = Self.decode(bytes, position)
        let i = position + width
        var code = table.code(value)

        // A base followed by combining marks, outside Arabic: one cluster.
        if englishActive && i < n && bytes[i] >= 0xCC && code != RewriteTable.spaceCode
            && code != RewriteTable.dropCode && !RewriteTable.isArabicBlock(value)
            && Self.mayCombine(Self.decode(bytes, i).value) {
            return cluster(start: start, after: i, pass: &pass, sink: &sink)
        }

        if code == RewriteTable.unknownCode, let scalar = Unicode.Scalar(value) {
            switch Self.quickRewrite(scalar, table) {
            case .keep: code = RewriteTable.keepCode
            case .drop: code = RewriteTable.dropCode
            case .space: code = RewriteTable.spaceCode
            case .replace(let text):
                if pass.spaceStart >= 0 { pass.flushSpace(lineEnd: false, &sink) }
                pass.diverge(start, &sink)
                sink.piece(start..<i)
                var text = text
                text.withUTF8 { sink.append($0) }
                pass.atLineStart = false
                return i
            }
        }

        if code == RewriteTable.keepCode {
            var folds = false
            if (0x0653...0x0655).contains(value) && (foldAlef || foldCarriers) {
                let last = pass.lastArabicLetter(before: start, sink)
                folds = (foldAlef && last == 0x0627)
                    || (foldCarriers && value == 0x0654 && (last == 0x0648 || last == 0x064A))
            }
            if folds {
                code = RewriteTable.dropCode
            } else {
                let isLineEnd = value == 0x0A || value == 0x0D || value == 0x2028 || value == 0x2029
                    || value == 0x0B || value == 0x0C
                if pass.spaceStart >= 0 { pass.flushSpace(lineEnd: isLineEnd, &sink) }
                if sink.copying {
                    sink.piece(start..<i)
                    sink.append(UnsafeBufferPointer(rebasing: bytes[start..<i]))
                }
                pass.atLineStart = isLineEnd
                return i
            }
        }

        switch code {
        case RewriteTable.dropCode:
            pass.diverge(start, &sink)
            if pass.foldSpaces && pass.spaceStart >= 0 && pass.spaceEnd == start {
                // A removed mark or invisible inside a run of spaces joins
                // the run, which folds to one space (a \u{064B} b → a b).
                pass.spaceEnd = i
            } else {
                sink.absorb(start..<i)
            }
        case RewriteTable.spaceCode:
            if pass.spaceStart >= 0 && pass.spaceEnd == start {
                pass.spaceEnd = i
            } else {
                if pass.spaceStart >= 0 { pass.flushSpace(lineEnd: false, &sink) }
                pass.spaceStart = start
                pass.spaceEnd = i
            }
        default:
            if pass.spaceStart >= 0 { pass.flushSpace(lineEnd: false, &sink) }
            pass.diverge(start, &sink)
            sink.piece(start..<i)
            let offset = Int(code >> 8), length = Int(code & 0xFF)
            sink.append(UnsafeBufferPointer(rebasing: pool[offset..<(offset + length)]))
            pass.atLineStart = false
        }
        return i
    }

    /// A base with combining marks after it, outside Arabic: the English steps
    /// see the whole cluster (so é stays é, or becomes e). Returns where the
    /// cluster ends.
    private func cluster(start: Int, after: Int, pass: inout Pass, sink: inout Sink) -> Int {
        let bytes = pass.bytes
        var end = after
        while end < bytes.count {
            let (mark, width) = Self.decode(bytes, end)
            guard Self.mayCombine(mark), !RewriteTable.isArabicBlock(mark) else { break }
            end += width
        }
        if pass.spaceStart >= 0 { pass.flushSpace(lineEnd: false, &sink) }
        let cluster = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        var result = RewriteTable.englishPipeline(cluster, table.english)
        if !result.utf8.elementsEqual(cluster.utf8) { pass.diverge(start, &sink) }
        if sink.copying {
            sink.piece(start..<end)
            result.withUTF8 { sink.append($0) }
        }
        pass.atLineStart = false
        return end
    }

    /// The rewrite of a code point outside the tables, without ICU where the
    /// standard library's Unicode properties show nothing to do.
    private static func quickRewrite(_ scalar: Unicode.Scalar, _ table: RewriteTable) -> Rewrite {
        let properties = scalar.properties
        let english = table.english
        if RewriteTable.isArabicBlock(scalar.value) || RewriteTable.isHorizontalSpace(scalar.value)
            || RewriteTable.invisibles.contains(scalar.value) {
            return table.rewrite(scalar)
        }
        let mayChange = (english.contains(.caseFold) && properties.changesWhenCaseFolded)
            || (english.contains(.compatibility) && properties.changesWhenNFKCCaseFolded)
            || (english.contains(.foldDiacritics)
                && (properties.generalCategory == .nonspacingMark || properties.canonicalCombiningClass != .notReordered
                    || properties.changesWhenNFKCCaseFolded || EnglishNormalization.letterFolds[scalar] != nil))
        return mayChange ? table.rewrite(scalar) : .keep
    }

}
