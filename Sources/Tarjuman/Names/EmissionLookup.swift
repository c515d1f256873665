/// A transducer's emissions laid out for scoring: for each context and
/// first emitted letter, the list of emissions (their length, the rest of
/// their letters packed, their probability), plus each context's deletion
/// probability. Scoring then reads one array slot and a short list instead of
/// hashing a key per emission length.
struct EmissionLookup: Sendable {
    /// Slots per context: one per possible first letter (6-bit symbols).
    static let fanout = 64
    static let contexts = 64 * LetterTransducer.positions
    /// `heads[c * fanout + t] ..< heads[c * fanout + t + 1]`: the entries of
    /// context c whose first letter is t.
    private let heads: [Int32]
    private let lengths: [UInt8]
    private let rests: [UInt32]
    private let probabilities: [Double]
    /// P(nothing | context), or the floor.
    private let deletions: [Double]

    init(_ table: EmissionTable, bitsPerSymbol: Int) {
        let bits = UInt32(bitsPerSymbol), mask = (UInt32(1) << bits) - 1
        var buckets = [[(UInt8, UInt32, Double)]](repeating: [], count: Self.contexts * Self.fanout)
        var deletions = [Double](repeating: LetterTransducer.floorDeletion, count: Self.contexts)
        for (key, p) in table.entries {
            let ctx = Int(key >> 23), length = Int(key >> 20 & 0x7), code = key & 0xFFFFF
            guard ctx < Self.contexts else { continue }
            if length == 0 { deletions[ctx] = p; continue }
            let first = Int(code >> (bits * UInt32(length - 1)) & mask)
            let rest = length > 1 ? code & ((UInt32(1) << (bits * UInt32(length - 1))) - 1) : 0
            buckets[ctx * Self.fanout + first].append((UInt8(length), rest, p))
        }
        var heads: [Int32] = [0]
        var lengths: [UInt8] = [], rests: [UInt32] = [], probabilities: [Double] = []
        for bucket in buckets {
            for (length, rest, p) in bucket {
                lengths.append(length)
                rests.append(rest)
                probabilities.append(p)
            }
            heads.append(Int32(lengths.count))
        }
        self.heads = heads
        self.lengths = lengths
        self.rests = rests
        self.probabilities = probabilities
        self.deletions = deletions
    }

    @inline(__always)
    func withBuffers<R>(_ body: (UnsafeBufferPointer<Int32>, UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt32>,
                                 UnsafeBufferPointer<Double>, UnsafeBufferPointer<Double>) -> R) -> R {
        heads.withUnsafeBufferPointer { h in
            lengths.withUnsafeBufferPointer { l in
                rests.withUnsafeBufferPointer { r in
                    probabilities.withUnsafeBufferPointer { p in
                        deletions.withUnsafeBufferPointer { d in body(h, l, r, p, d) }
                    }
                }
            }
        }
    }
}
