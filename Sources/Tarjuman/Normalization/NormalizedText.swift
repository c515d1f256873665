/// The result of ``TextNormalizer/normalizeWithOffsets(_:)``: normalized text,
/// and for each piece of it (each output character, or each run of folded
/// spaces) the range of the original text it came from.
///
/// A match found in ``text`` maps back to an exact span of ``original``, even
/// where lengths changed: `ﻻ` → `لا` (one character became two), removed
/// tashkeel (the span includes them), folded runs of spaces.
public struct NormalizedText: Sendable, Hashable {
    /// The text before normalization.
    public let original: String
    /// The normalized text.
    public let text: String
    /// UTF-8 offset in ``text`` where each piece starts, ascending.
    let outputStarts: [Int]
    /// UTF-8 range in ``original`` that each piece came from.
    let sourceStarts: [Int]
    let sourceEnds: [Int]

    /// The pieces: for each, its UTF-8 range in ``text`` and the UTF-8 range of
    /// ``original`` it came from.
    public var pieces: [(normalized: Range<Int>, original: Range<Int>)] {
        outputStarts.indices.map { k in
            let end = k + 1 < outputStarts.count ? outputStarts[k + 1] : text.utf8.count
            return (outputStarts[k]..<end, sourceStarts[k]..<sourceEnds[k])
        }
    }

    /// The UTF-8 range of ``original`` that the UTF-8 range `range` of
    /// ``text`` came from: from the start of the piece holding its first byte
    /// to the end of the piece holding its last. An empty range maps to an
    /// empty range at the matching place.
    public func originalUTF8Range(for range: Range<Int>) -> Range<Int> {
        guard !outputStarts.isEmpty else { return 0..<0 }
        let first = piece(containing: range.lowerBound)
        if range.isEmpty {
            let at = range.lowerBound >= text.utf8.count ? original.utf8.count : sourceStarts[first]
            return at..<at
        }
        let last = piece(containing: range.upperBound - 1)
        return sourceStarts[first]..<max(sourceStarts[first], sourceEnds[last])
    }

    /// The range of ``original`` that `range` of ``text`` came from.
    public func originalRange(for range: Range<String.Index>) -> Range<String.Index> {
        let lower = text.utf8.distance(from: text.startIndex, to: range.lowerBound)
        let upper = text.utf8.distance(from: text.startIndex, to: range.upperBound)
        let source = originalUTF8Range(for: lower..<upper)
        let utf8 = original.utf8
        return utf8.index(utf8.startIndex, offsetBy: source.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: source.upperBound)
    }

    /// Index of the piece whose output contains UTF-8 offset `offset`.
    private func piece(containing offset: Int) -> Int {
        var low = 0, high = outputStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if outputStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low
    }

    /// Compares the texts only (the piece map follows from them).
    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.original == rhs.original && lhs.text == rhs.text && lhs.outputStarts == rhs.outputStarts
            && lhs.sourceStarts == rhs.sourceStarts && lhs.sourceEnds == rhs.sourceEnds
    }

    /// Hashes the texts.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(original)
        hasher.combine(text)
    }
}
