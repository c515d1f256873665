/// Normalizes Arabic and English text for comparison, search or display, and
/// can say where each piece of the result came from in the original.
///
/// Arabic-block characters follow the ``ArabicNormalization`` steps, all other
/// text the ``EnglishNormalization`` steps; spaces and invisible characters are
/// handled when either asks for it.
///
/// ```swift
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
        var sink = Sink(tracking: false)
        let changed = run(text, into: &sink)
        return changed ? String(decoding: sink.out, as: UTF8.self) : text
    }

    /// `text`, normalized, with the map from each piece of the result back to
    /// the original.
    public func normalizeWithOffsets(_ text: String) -> NormalizedText {
        var sink = Sink(tracking: true)
        _ = run(text, into: &sink)
        return NormalizedText(
            original: text, text: String(decoding: sink.out, as: UTF8.self),
            outputStarts: sink.outputStarts, sourceStarts: sink.sourceStarts, sourceEnds: sink.sourceEnds)
    }

    /// Collects the output; copies the input only from the first change on.
    struct Sink {
        let tracking: Bool
        var out: [UInt8] = []
        var copying = false
        var outputStarts: [Int] = []
        var sourceStarts: [Int] = []
        var sourceEnds: [Int] = []

        init(tracking: Bool) {
            self.tracking = tracking
            copying = tracking
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
                outputStarts.append(out.count)
                sourceStarts.append(source.lowerBound)
                sourceEnds.append(source.upperBound)
            }
        }
    }

    /// Runs the steps over `text`. Returns whether anything changed (when not
    /// tracking, `sink.out` holds the result only then).
    private func run(_ text: String, into sink: inout Sink) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            sink.out.reserveCapacity(sink.tracking ? bytes.count : 0)
            var changed = false
            // Start copying: everything before `position` was unchanged.
            func diverge(at position: Int) {
                if !sink.copying {
                    sink.copying = true
                    sink.out.reserveCapacity(bytes.count + 16)
                    sink.out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[0..<position]))
                }
                changed = true
            }
            let table = self.table
            var i = 0
            let n = bytes.count
            var pendingSpace: Range<Int>? = nil   // a run of spaces not yet written
            var atLineStart = true
            var lastScalar: UInt32 = 0

            func flushSpace(beforeLineEnd: Bool) {
                guard let run = pendingSpace else { return }
                pendingSpace = nil
                let drop = table.trimSpaces && (atLineStart || beforeLineEnd)
                let single = run.count == 1 && bytes[run.lowerBound] == 0x20
                if drop || (table.foldSpaces && !single) { diverge(at: run.lowerBound) }
                if drop { return }
                if sink.copying {
                    sink.piece(run)
                    if table.foldSpaces {
                        sink.out.append(0x20)
                    } else {
                        sink.out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run]))
                    }
                }
                lastScalar = 0x20
            }

            while i < n {
                let start = i
                // Decode one scalar (the input is valid UTF-8).
                let b0 = bytes[i]
                var value: UInt32
                if b0 < 0x80 {
                    value = UInt32(b0); i += 1
                } else if b0 < 0xE0 {
                    value = UInt32(b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F); i += 2
                } else if b0 < 0xF0 {
                    value = UInt32(b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F); i += 3
                } else {
                    value = UInt32(b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12
                        | UInt32(bytes[i + 2] & 0x3F) << 6 | UInt32(bytes[i + 3] & 0x3F); i += 4
                }

                var code = table.code(value)

                // A base with combining marks after it, outside Arabic: the
                // English steps see the whole cluster (so é stays é, or becomes e).
                if code != RewriteTable.spaceCode && i < n && bytes[i] >= 0xCC
                    && !RewriteTable.isArabicBlock(value) && !table.english.isEmpty {
                    var end = i
                    while end < n, let (mark, width) = Self.scalar(in: bytes, at: end),
                          mark.properties.canonicalCombiningClass != .notReordered,
                          !RewriteTable.isArabicBlock(mark.value) {
                        end += width
                    }
                    if end > i {
                        flushSpace(beforeLineEnd: false)
                        let cluster = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
                        let result = RewriteTable.englishPipeline(cluster, table.english)
                        if !result.utf8.elementsEqual(cluster.utf8) { diverge(at: start) }
                        if sink.copying {
                            sink.piece(start..<end)
                            sink.out.append(contentsOf: result.utf8)
                        }
                        lastScalar = result.unicodeScalars.last?.value ?? lastScalar
                        atLineStart = false
                        i = end
                        continue
                    }
                }

                if code == RewriteTable.unknownCode, let scalar = Unicode.Scalar(value) {
                    switch Self.quickRewrite(scalar, table) {
                    case .keep: code = RewriteTable.keepCode
                    case .drop: code = RewriteTable.dropCode
                    case .space: code = RewriteTable.spaceCode
                    case .replace(let text):
                        flushSpace(beforeLineEnd: false)
                        diverge(at: start)
                        sink.piece(start..<i)
                        sink.out.append(contentsOf: text.utf8)
                        lastScalar = text.unicodeScalars.last?.value ?? lastScalar
                        atLineStart = false
                        continue
                    }
                }

                // Combining hamza or madda on a letter that a fold has bared.
                if (0x0653...0x0655).contains(value) && code == RewriteTable.keepCode
                    && ((table.arabic.contains(.foldAlef) && lastScalar == 0x0627)
                        || (table.arabic.contains(.foldHamzaCarriers) && value == 0x0654
                            && (lastScalar == 0x0648 || lastScalar == 0x064A))) {
                    code = RewriteTable.dropCode
                }

                switch code {
                case RewriteTable.keepCode:
                    let isLineEnd = value == 0x0A || value == 0x0D || value == 0x2028 || value == 0x2029
                        || value == 0x0B || value == 0x0C
                    flushSpace(beforeLineEnd: isLineEnd)
                    if sink.copying {
                        sink.piece(start..<i)
                        sink.out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<i]))
                    }
                    atLineStart = isLineEnd
                    lastScalar = value
                case RewriteTable.dropCode:
                    diverge(at: start)
                    sink.absorb(start..<i)
                case RewriteTable.spaceCode:
                    if let run = pendingSpace, run.upperBound == start {
                        pendingSpace = run.lowerBound..<i
                    } else {
                        flushSpace(beforeLineEnd: false)
                        pendingSpace = start..<i
                    }
                default:
                    flushSpace(beforeLineEnd: false)
                    diverge(at: start)
                    sink.piece(start..<i)
                    let offset = Int(code >> 8), length = Int(code & 0xFF)
                    sink.out.append(contentsOf: table.pool[offset..<(offset + length)])
                    lastScalar = Self.lastScalar(of: table.pool[offset..<(offset + length)]) ?? lastScalar
                    atLineStart = false
                }
            }
            flushSpace(beforeLineEnd: true)
            return changed
        }
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

    @inline(__always)
    private static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (Unicode.Scalar, Int)? {
        let b0 = bytes[i]
        var value: UInt32, width: Int
        if b0 < 0x80 { return (Unicode.Scalar(b0), 1) }
        else if b0 < 0xE0 { value = UInt32(b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F); width = 2 }
        else if b0 < 0xF0 {
            value = UInt32(b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F); width = 3
        } else {
            value = UInt32(b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12
                | UInt32(bytes[i + 2] & 0x3F) << 6 | UInt32(bytes[i + 3] & 0x3F); width = 4
        }
        return Unicode.Scalar(value).map { ($0, width) }
    }

    private static func lastScalar(of bytes: ArraySlice<UInt8>) -> UInt32? {
        String(decoding: bytes, as: UTF8.self).unicodeScalars.last?.value
    }
}
