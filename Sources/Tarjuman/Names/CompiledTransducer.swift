/// A ``LetterTransducer`` laid out once for scoring many pairs: its emission
/// lists in one contiguous allocation read through raw pointers (no array
/// retain, no bounds check, no allocation per pair), and a likelihood that
/// can stop early.
///
/// ``logLikelihood(source:target:floor:)`` computes exactly what
/// ``LetterTransducer/logLikelihood(source:target:)`` computes, the same
/// operations in the same order, so the two agree to the last bit. Given a
/// `floor`, it gives up (returning `-infinity`) as soon as an upper bound on
/// the result falls below the floor: after each source letter, every
/// alignment has passed through the current row, and what remains can
/// multiply it by at most the largest total emission mass of a context per
/// source letter left (``logSlack``, a little over 0 because of the floor
/// probabilities).
final class CompiledTransducer: @unchecked Sendable {
    // @unchecked Sendable: every field is written once, in init, and only read after.
    private let heads: UnsafeMutablePointer<Int32>
    private let lengths: UnsafeMutablePointer<UInt8>
    private let rests: UnsafeMutablePointer<UInt32>
    private let probabilities: UnsafeMutablePointer<Double>
    private let deletions: UnsafeMutablePointer<Double>
    private let vowels: UnsafeMutablePointer<Bool>
    private let headCount: Int, entryCount: Int
    let maxEmission: Int
    private let bits: UInt32
    /// log of the largest total probability any context gives to all its
    /// emissions, floors included (≥ 0): the most one source letter can
    /// multiply the remaining probability by.
    let logSlack: Double

    init(_ transducer: LetterTransducer) {
        maxEmission = transducer.maxEmission
        bits = UInt32(transducer.bitsPerSymbol)
        vowels = .allocate(capacity: 64)
        for k in 0..<64 { vowels[k] = k < transducer.vowels.count && transducer.vowels[k] }
        var copied: (heads: [Int32], lengths: [UInt8], rests: [UInt32], probabilities: [Double], deletions: [Double])
            = ([], [], [], [], [])
        transducer.lookup.withBuffers { h, l, r, p, d in copied = (Array(h), Array(l), Array(r), Array(p), Array(d)) }
        headCount = copied.heads.count
        entryCount = copied.lengths.count
        heads = .allocate(capacity: headCount)
        heads.initialize(from: copied.heads, count: headCount)
        lengths = .allocate(capacity: max(entryCount, 1))
        lengths.initialize(from: copied.lengths, count: entryCount)
        rests = .allocate(capacity: max(entryCount, 1))
        rests.initialize(from: copied.rests, count: entryCount)
        probabilities = .allocate(capacity: max(entryCount, 1))
        probabilities.initialize(from: copied.probabilities, count: entryCount)
        deletions = .allocate(capacity: copied.deletions.count)
        deletions.initialize(from: copied.deletions, count: copied.deletions.count)
        // The mass of a context: its emissions, its deletion, and the floor
        // of every first letter that has no one-letter emission.
        let fanout = EmissionLookup.fanout
        var largest = 1.0
        for ctx in 0..<EmissionLookup.contexts {
            var mass = copied.deletions[ctx]
            for first in 0..<fanout {
                let head = ctx * fanout + first
                var single = false
                for e in Int(copied.heads[head])..<Int(copied.heads[head + 1]) {
                    mass += copied.probabilities[e]
                    if copied.lengths[e] == 1 { single = true }
                }
                if !single { mass += LetterTransducer.floorSubstitution }
            }
            largest = max(largest, mass)
        }
        logSlack = log(largest)
    }

    deinit {
        heads.deallocate()
        lengths.deallocate()
        rests.deallocate()
        probabilities.deallocate()
        deletions.deallocate()
        vowels.deallocate()
    }

    /// log P(target | source), as ``LetterTransducer/logLikelihood(source:target:)``
    /// computes it, or `-infinity` once it is certain to be below `floor`
    /// (`-infinity`: never gives up).
    func logLikelihood(source: UnsafeBufferPointer<UInt8>, target: UnsafeBufferPointer<UInt8>,
                       floor: Double = -.infinity) -> Double {
        let n = source.count, m = target.count
        if n == 0 || m == 0 { return n == m ? 0 : -.infinity }
        if m > n * maxEmission { return -.infinity }
        let positions = UInt32(LetterTransducer.positions), scale = LetterTransducer.scale
        let scaleLog = LetterTransducer.scaleLog, fanout = EmissionLookup.fanout
        let floorSubstitution = LetterTransducer.floorSubstitution
        let checking = floor > -.infinity
        return withUnsafeTemporaryAllocation(of: Double.self, capacity: (n + 1) * (m + 1)) { alpha in
            alpha.initialize(repeating: 0)
            alpha[0] = 1
            let width = m + 1
            for i in 0..<n {
                // The context of source letter i (LetterTransducer.context).
                let position: UInt32 = i == 0 ? 0 : (i == n - 1 ? 2 : 1)
                let vowelNext: UInt32 = i + 1 < n && vowels[Int(source[i + 1])] ? 1 : 0
                let ctx = Int(UInt32(source[i]) * positions + position * 2 + vowelNext)
                let row = i * width, next = row + width
                let deletion = deletions[ctx]
                let lowest = max(0, m - (n - i) * maxEmission)
                let highest = min(m, i * maxEmission)
                if lowest > highest { continue }
                for j in lowest...highest {
                    let here = alpha[row + j]
                    if here == 0 { continue }
                    let start = here * scale
                    alpha[next + j] += start * deletion
                    if j == m { continue }
                    let head = ctx * fanout + Int(target[j])
                    var found = false
                    for e in Int(heads[head])..<Int(heads[head + 1]) {
                        let length = Int(lengths[e])
                        if j + length > m { continue }
                        var code: UInt32 = 0
                        var k = 1
                        while k < length { code = code << bits | UInt32(target[j + k]); k += 1 }
                        if code == rests[e] {
                            alpha[next + j + length] += start * probabilities[e]
                            if length == 1 { found = true }
                        }
                    }
                    if !found { alpha[next + j + 1] += start * floorSubstitution }
                }
                // Every alignment passes through row i + 1; only its cells
                // that can still reach the end count.
                if checking && i + 1 < n {
                    let low = max(0, m - (n - i - 1) * maxEmission), high = min(m, (i + 1) * maxEmission)
                    var mass = 0.0
                    if low <= high { for j in low...high { mass += alpha[next + j] } }
                    let bound = log(mass) + Double(i + 1) * scaleLog + Double(n - i - 1) * logSlack + 1e-9
                    if !(bound >= floor) { return -.infinity }
                }
            }
            let total = alpha[n * width + m]
            return total > 0 ? log(total) + Double(n) * scaleLog : -.infinity
        }
    }
}
