/// A ``LetterTransducer``'s emissions laid out for scoring many pairs: in
/// allocations read through raw pointers (no array retain, no bounds check,
/// no allocation per pair), with a likelihood that can stop early and
/// per-query tables.
///
/// ``logLikelihood(source:target:floor:)`` is the transducer's likelihood
/// (``LetterTransducer/logLikelihood(source:target:)`` calls it); the
/// variants with tables compute the same sums in the same order, so all
/// agree to the last bit. Given a
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
    /// The emission lists again, as arrays, for building per-query tables.
    private let table: (heads: [Int32], lengths: [UInt8], rests: [UInt32], probabilities: [Double], deletions: [Double])

    /// The emissions of `lookup`, for source letters whose symbols `vowels`
    /// marks as vowel letters.
    init(_ lookup: EmissionLookup, maxEmission: Int, bitsPerSymbol: Int, vowels: [Bool]) {
        self.maxEmission = maxEmission
        bits = UInt32(bitsPerSymbol)
        self.vowels = .allocate(capacity: 64)
        for k in 0..<64 { self.vowels[k] = k < vowels.count && vowels[k] }
        var copied: (heads: [Int32], lengths: [UInt8], rests: [UInt32], probabilities: [Double], deletions: [Double])
            = ([], [], [], [], [])
        lookup.withBuffers { h, l, r, p, d in copied = (Array(h), Array(l), Array(r), Array(p), Array(d)) }
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
        table = copied
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

    // MARK: One side fixed

    /// The context of letter `i` of `source` (``LetterTransducer/context(_:_:)``).
    @inline(__always)
    private func context(_ source: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        let n = source.count
        let position = i == 0 ? 0 : (i == n - 1 ? 2 : 1)
        let vowelNext = i + 1 < n && vowels[Int(source[i + 1])] ? 1 : 0
        return Int(source[i]) * LetterTransducer.positions + position * 2 + vowelNext
    }

    /// The probability of context `ctx` emitting `first` then the letters
    /// packed in `rest` (`length` letters in all), as the scoring loop finds
    /// it: the floor for an unseen single letter, 0 for an unseen longer string.
    private func emission(_ ctx: Int, first: Int, length: Int, rest: UInt32) -> Double {
        let head = ctx * EmissionLookup.fanout + first
        for e in Int(table.heads[head])..<Int(table.heads[head + 1])
        where Int(table.lengths[e]) == length && table.rests[e] == rest {
            return table.probabilities[e]
        }
        return length == 1 ? LetterTransducer.floorSubstitution : 0
    }

    /// Longest name (letters) scored with per-query tables; longer ones take
    /// the general loop.
    static let tableLimit = 48

    /// What scoring many targets against one source (the query) needs,
    /// computed once: each source letter's context, its deletion, and its
    /// one- and two-letter emissions in dense tables by the emitted letters.
    struct SourceTables {
        fileprivate let contexts: [Int]
        fileprivate let deletions: [Double]
        /// `single[i * 64 + t]`: letter `i` emits `t` (the floor if unseen).
        fileprivate let single: [Double]
        /// `double[i * 4096 + t * 64 + u]`: letter `i` emits `tu` (0 if unseen).
        fileprivate let double: [Double]
        /// Emissions of three letters or more, by letter: an open-addressing
        /// table of `longSize` slots per source letter, keyed by
        /// ``CompiledTransducer/longKey(length:code:)``.
        fileprivate let longKeys: [UInt32]
        fileprivate let longValues: [Double]
        fileprivate let longSize: Int
    }

    /// The key of an emission of `length` letters packed in `code` (first
    /// letter included, `bits` per letter).
    @inline(__always)
    static func longKey(length: Int, code: UInt32) -> UInt32 { UInt32(length) << 26 | code }

    @inline(__always)
    static func longSlot(_ key: UInt32, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (UInt64(key) &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
    }

    /// Tables for scoring many targets against `source`.
    func tables(source: [UInt8]) -> SourceTables {
        var contexts: [Int] = [], deletions: [Double] = []
        var single = [Double](repeating: 0, count: source.count * 64)
        var double = [Double](repeating: 0, count: maxEmission >= 2 ? source.count * 4096 : 0)
        var long: [[(key: UInt32, p: Double)]] = []
        source.withUnsafeBufferPointer { s in
            for i in s.indices {
                let ctx = context(s, i)
                contexts.append(ctx)
                deletions.append(table.deletions[ctx])
                for t in 0..<64 {
                    single[i * 64 + t] = emission(ctx, first: t, length: 1, rest: 0)
                    guard maxEmission >= 2 else { continue }
                    let head = ctx * EmissionLookup.fanout + t
                    for e in Int(table.heads[head])..<Int(table.heads[head + 1]) where table.lengths[e] == 2 {
                        double[i * 4096 + t * 64 + Int(table.rests[e])] = table.probabilities[e]
                    }
                }
                var entries: [(key: UInt32, p: Double)] = []
                for t in 0..<EmissionLookup.fanout where maxEmission >= 3 {
                    let head = ctx * EmissionLookup.fanout + t
                    for e in Int(table.heads[head])..<Int(table.heads[head + 1]) where table.lengths[e] >= 3 {
                        let length = Int(table.lengths[e])
                        let code = UInt32(t) << (bits * UInt32(length - 1)) | table.rests[e]
                        entries.append((Self.longKey(length: length, code: code), table.probabilities[e]))
                    }
                }
                long.append(entries)
            }
        }
        var size = 2
        while size < 2 * (long.map(\.count).max() ?? 0) { size <<= 1 }
        var longKeys = [UInt32](repeating: .max, count: size * long.count)
        var longValues = [Double](repeating: 0, count: size * long.count)
        for (i, entries) in long.enumerated() {
            for (key, p) in entries {
                var slot = Self.longSlot(key, size - 1)
                while longKeys[i * size + slot] != .max { slot = (slot + 1) & (size - 1) }
                longKeys[i * size + slot] = key
                longValues[i * size + slot] = p
            }
        }
        return SourceTables(contexts: contexts, deletions: deletions, single: single, double: double,
                            longKeys: longKeys, longValues: longValues, longSize: size)
    }

    /// What scoring many sources against one target (the query) needs:
    /// `emitting[(ctx * m + j) * maxEmission + length - 1]`, the probability
    /// that context `ctx` emits the target's letters `j ..< j + length`.
    struct TargetTables {
        fileprivate let count: Int
        fileprivate let emitting: [Double]
    }

    /// Tables for scoring many sources against `target`.
    func tables(target: [UInt8]) -> TargetTables {
        let m = target.count, width = maxEmission
        var emitting = [Double](repeating: 0, count: EmissionLookup.contexts * m * width)
        for ctx in 0..<EmissionLookup.contexts {
            for j in 0..<m {
                var rest: UInt32 = 0
                for length in 1...width where j + length <= m {
                    if length > 1 { rest = rest << bits | UInt32(target[j + length - 1]) }
                    emitting[(ctx * m + j) * width + length - 1] = emission(ctx, first: Int(target[j]), length: length, rest: rest)
                }
            }
        }
        return TargetTables(count: m, emitting: emitting)
    }

    /// ``logLikelihood(source:target:floor:)`` with the source's tables: the
    /// same sums in the same order (each cell adds what reaches it by
    /// emissions of four, three, two, one and no letters, as the general
    /// loop's pushes arrive), so the same result to the bit.
    func logLikelihood(source: SourceTables, target: UnsafeBufferPointer<UInt8>, floor: Double = -.infinity) -> Double {
        let n = source.contexts.count, m = target.count
        if n == 0 || m == 0 { return n == m ? 0 : -.infinity }
        if m > n * maxEmission { return -.infinity }
        let scale = LetterTransducer.scale, scaleLog = LetterTransducer.scaleLog
        let checking = floor > -.infinity, maxEmission = self.maxEmission
        // The bound of the general loop without a log per row: after row
        // i + 1, give up when the row's mass is under
        // exp(floor − (i + 1)·log(1/64) − (n − i − 1)·logSlack), with a margin.
        var giveUp = checking ? exp(floor - 2e-9 - Double(n) * logSlack) : 0
        let step = LetterTransducer.scale * exp(logSlack)
        return withUnsafeTemporaryAllocation(of: Double.self, capacity: (n + 1) * (m + 1)) { alpha in
            alpha.initialize(repeating: 0)
            alpha[0] = 1
            let width = m + 1
            return source.single.withUnsafeBufferPointer { single in
                source.double.withUnsafeBufferPointer { double in
                source.longKeys.withUnsafeBufferPointer { longKeys in
                source.longValues.withUnsafeBufferPointer { longValues in
                    for i in 0..<n {
                        giveUp *= step
                        let row = i &* width, next = row &+ width
                        let lowest = max(0, m - (n - i) * maxEmission), highest = min(m, i * maxEmission)
                        if lowest > highest { continue }
                        let deletion = source.deletions[i]
                        let longBase = i * source.longSize, mask = source.longSize - 1
                        let ones = single.baseAddress! + i * 64
                        let twos = maxEmission >= 2 ? double.baseAddress! + i * 4096 : nil
                        let low = max(0, m - (n - i - 1) * maxEmission), high = min(m, (i + 1) * maxEmission)
                        var mass = 0.0
                        if low <= high {
                            for cell in low...high {
                                var sum = 0.0
                                // Longer emissions first (the general loop pushes from the earliest cell first).
                                var length = min(maxEmission, cell - lowest)
                                while length >= 3 {
                                    let j = cell - length
                                    let here = alpha[row + j]
                                    if here != 0 && j <= highest {
                                        var code: UInt32 = 0
                                        for k in 0..<length { code = code << bits | UInt32(target[j + k]) }
                                        let key = Self.longKey(length: length, code: code)
                                        var slot = Self.longSlot(key, mask)
                                        while true {
                                            let found = longKeys[longBase + slot]
                                            if found == key { sum += here * scale * longValues[longBase + slot]; break }
                                            if found == .max { break }
                                            slot = (slot + 1) & mask
                                        }
                                    }
                                    length -= 1
                                }
                                if length >= 2, let twos {
                                    let j = cell - 2
                                    if j <= highest {
                                        let here = alpha[row + j]
                                        if here != 0 { sum += here * scale * twos[Int(target[j]) << 6 | Int(target[j + 1])] }
                                    }
                                }
                                if length >= 1 {
                                    let j = cell - 1
                                    if j <= highest {
                                        let here = alpha[row + j]
                                        if here != 0 { sum += here * scale * ones[Int(target[j])] }
                                    }
                                }
                                if cell >= lowest && cell <= highest {
                                    let here = alpha[row + cell]
                                    if here != 0 { sum += here * scale * deletion }
                                }
                                alpha[next + cell] = sum
                                mass += sum
                            }
                        }
                        if checking && i + 1 < n {
                            if mass < giveUp { return -.infinity }
                        }
                    }
                    let total = alpha[n * width + m]
                    return total > 0 ? log(total) + Double(n) * scaleLog : -.infinity
                }
                }
                }
            }
        }
    }

    /// ``logLikelihood(source:target:floor:)`` with the target's tables; the
    /// same result to the bit.
    ///
    /// Its first lines repeat the loop above on purpose: a shared helper
    /// taking the loop as a closure made ranking 20–40% slower.
    func logLikelihood(source: UnsafeBufferPointer<UInt8>, target: TargetTables, floor: Double = -.infinity) -> Double {
        let n = source.count, m = target.count
        if n == 0 || m == 0 { return n == m ? 0 : -.infinity }
        if m > n * maxEmission { return -.infinity }
        let scale = LetterTransducer.scale, scaleLog = LetterTransducer.scaleLog
        let checking = floor > -.infinity, maxEmission = self.maxEmission
        // The bound of the general loop without a log per row: after row
        // i + 1, give up when the row's mass is under
        // exp(floor − (i + 1)·log(1/64) − (n − i − 1)·logSlack), with a margin.
        var giveUp = checking ? exp(floor - 2e-9 - Double(n) * logSlack) : 0
        let step = LetterTransducer.scale * exp(logSlack)
        return withUnsafeTemporaryAllocation(of: Double.self, capacity: (n + 1) * (m + 1)) { alpha in
            alpha.initialize(repeating: 0)
            alpha[0] = 1
            let width = m + 1
            return target.emitting.withUnsafeBufferPointer { emitting in
                for i in 0..<n {
                    giveUp *= step
                    let row = i &* width, next = row &+ width
                    let lowest = max(0, m - (n - i) * maxEmission), highest = min(m, i * maxEmission)
                    if lowest > highest { continue }
                    let ctx = context(source, i)
                    let deletion = deletions[ctx]
                    let emits = emitting.baseAddress! + ctx * m * maxEmission
                    let low = max(0, m - (n - i - 1) * maxEmission), high = min(m, (i + 1) * maxEmission)
                    var mass = 0.0
                    if low <= high {
                        for cell in low...high {
                            var sum = 0.0
                            var length = min(maxEmission, cell - lowest)
                            while length >= 1 {
                                let j = cell - length
                                if j <= highest {
                                    let here = alpha[row + j]
                                    if here != 0 { sum += here * scale * emits[j * maxEmission + length - 1] }
                                }
                                length -= 1
                            }
                            if cell >= lowest && cell <= highest {
                                let here = alpha[row + cell]
                                if here != 0 { sum += here * scale * deletion }
                            }
                            alpha[next + cell] = sum
                            mass += sum
                        }
                    }
                    if checking && i + 1 < n {
                        if mass < giveUp { return -.infinity }
                    }
                }
                let total = alpha[n * width + m]
                return total > 0 ? log(total) + Double(n) * scaleLog : -.infinity
            }
        }
    }
}
