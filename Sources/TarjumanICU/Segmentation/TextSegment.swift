/// One segment of a text: a grapheme cluster, a word (or the space or
/// punctuation between words), a line or a sentence.
public struct TextSegment: Sendable, Hashable {
    /// What kind of unit this is.
    public let unit: SegmentationUnit
    /// Where the segment is in the original `String`: `text[segment.range]`.
    public let range: Range<String.Index>
    /// Its UTF-8 byte offsets in the original string (and file, if the string
    /// is a file's content).
    public let utf8Range: Range<Int>
    /// Its UTF-16 code unit offsets (what `NSString`, JavaScript and ICU count).
    public let utf16Range: Range<Int>
    /// ICU's rule status for the boundary that ends the segment
    /// (`ubrk_getRuleStatus`). For words see ``wordKind``; for sentences,
    /// 0 means the sentence ended with a terminator (`.`, `؟`), 100 with a
    /// separator (a line end).
    public let ruleStatus: Int32

    /// For word segments, what ICU's rules say the segment is; `nil` for
    /// other units.
    public var wordKind: WordKind? {
        guard unit == .word else { return nil }
        return WordKind(ruleStatus: ruleStatus)
    }

    /// The segment's text, from `original`, the string that was segmented.
    public func text(in original: String) -> Substring { original[range] }
}

/// ICU's classification of a word segment, from its rule status
/// (`UBRK_WORD_NONE` ... `UBRK_WORD_IDEO`).
public enum WordKind: Sendable, Hashable, CaseIterable {
    /// Spaces, punctuation and symbols: not a word (status 0–99).
    case none
    /// A number (status 100–199).
    case number
    /// Letters, in any script without special rules: Arabic, Latin ... (200–299).
    case letter
    /// Kana (300–399).
    case kana
    /// Ideographs (400–499).
    case ideographic

    /// The kind for a raw ICU word rule status.
    public init(ruleStatus: Int32) {
        switch ruleStatus {
        case 100..<200: self = .number
        case 200..<300: self = .letter
        case 300..<400: self = .kana
        case 400..<500: self = .ideographic
        default: self = .none
        }
    }
}
