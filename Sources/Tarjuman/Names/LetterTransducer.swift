/// A memoryless letter transducer: each source letter, in its position
/// (initial, medial, final), emits a string of 0 to `maxEmission` target
/// letters. `P(target | source)` sums over all alignments. Learned by EM.
package struct LetterTransducer: Sendable {
    /// Longest target string one source letter emits.
    let maxEmission: Int
    /// Bits per target letter in a key (5 for English a–z, 6 for Arabic).
    let bitsPerSymbol: Int
    var emissions: EmissionTable {
        didSet { compiled = Self.compile(emissions, maxEmission: maxEmission, bitsPerSymbol: bitsPerSymbol, vowels: vowels) }
    }
    /// The emissions arranged for scoring (see ``CompiledTransducer``).
    private(set) var compiled: CompiledTransducer
    /// Which source symbols are vowel letters (the context of the letter before them).
    let vowels: [Bool]

    /// Contexts of a letter: position (initial, medial, final) × whether a
    /// vowel letter follows.
    static let positions = 6
    /// Probability of a single-letter substitution or deletion the data never showed.
    static let floorSubstitution = 1e-6
    static let floorDeletion = 1e-7
    /// Forward probabilities are scaled by this per source letter to stay in range.
    static let scale = 64.0
    static let scaleLog = -log(64.0)

    package init(maxEmission: Int, bitsPerSymbol: Int, vowels: [Bool], emissions: EmissionTable = EmissionTable()) {
        self.maxEmission = maxEmission
        self.bitsPerSymbol = bitsPerSymbol
        self.vowels = vowels + Array(repeating: false, count: max(0, 64 - vowels.count))
        self.emissions = emissions
        self.compiled = Self.compile(emissions, maxEmission: maxEmission, bitsPerSymbol: bitsPerSymbol, vowels: self.vowels)
    }

    private static func compile(_ emissions: EmissionTable, maxEmission: Int, bitsPerSymbol: Int, vowels: [Bool]) -> CompiledTransducer {
        CompiledTransducer(EmissionLookup(emissions, bitsPerSymbol: bitsPerSymbol), maxEmission: maxEmission,
                           bitsPerSymbol: bitsPerSymbol, vowels: vowels)
    }

    /// The context of letter `index` of `source`: the letter, its position,
    /// and whether a vowel letter follows it.
    @inline(__always)
    func context(_ source: [UInt8], _ index: Int) -> UInt32 {
        let count = source.count
        let position: UInt32 = index == 0 ? 0 : (index == count - 1 ? 2 : 1)
        let vowelNext: UInt32 = index + 1 < count && vowels[Int(source[index + 1])] ? 1 : 0
        return UInt32(source[index]) * UInt32(Self.positions) + position * 2 + vowelNext
    }

    /// Key of `context` emitting `length` letters packed in `code`.
    @inline(__always)
    static func key(context: UInt32, length: Int, code: UInt32) -> UInt32 {
        context << 23 | UInt32(length) << 20 | code
    }

    @inline(__always)
    func probability(_ key: UInt32, length: Int) -> Double {
        let p = emissions.value(key)
        if p > 0 { return p }
        return length == 1 ? Self.floorSubstitution : (length == 0 ? Self.floorDeletion : 0)
    }

    /// log P(target | source); `-infinity` if one is empty and the other not.
    func logLikelihood(source: [UInt8], target: [UInt8]) -> Double {
        source.withUnsafeBufferPointer { s in target.withUnsafeBufferPointer { t in compiled.logLikelihood(source: s, target: t) } }
    }

    /// The most probable alignment (Viterbi): for each source letter, the
    /// range of target letters it emitted and the log-probability of that.
    package func bestAlignment(source: [UInt8], target: [UInt8]) -> [(range: Range<Int>, logProbability: Double)] {
        let n = source.count, m = target.count
        guard n > 0 else { return [] }
        let width = m + 1, bits = UInt32(bitsPerSymbol)
        var score = [Double](repeating: -.infinity, count: (n + 1) * width)
        var back = [Int](repeating: -1, count: (n + 1) * width)
        var emitted = [Double](repeating: 0, count: (n + 1) * width)
        score[0] = 0
        for i in 0..<n {
            let ctx = context(source, i)
            for j in 0...m where score[i * width + j] > -.infinity {
                var code: UInt32 = 0
                for k in 0...maxEmission where j + k <= m {
                    if k > 0 { code = code << bits | UInt32(target[j + k - 1]) }
                    let p = probability(Self.key(context: ctx, length: k, code: code), length: k)
                    if p == 0 { continue }
                    let candidate = score[i * width + j] + log(p)
                    let cell = (i + 1) * width + j + k
                    if candidate > score[cell] {
                        score[cell] = candidate
                        back[cell] = j
                        emitted[cell] = log(p)
                    }
                }
            }
        }
        var steps: [(range: Range<Int>, logProbability: Double)] = []
        var j = m
        for i in stride(from: n, to: 0, by: -1) {
            let cell = i * width + j
            let from = max(back[cell], 0)
            steps.append((from..<j, emitted[cell]))
            j = from
        }
        return steps.reversed()
    }

    // MARK: Training

    /// One training example as letter symbols.
    package struct Example {
        var source: [UInt8]
        var target: [UInt8]
        var weight: Double

        package init(source: [UInt8], target: [UInt8], weight: Double) {
            self.source = source
            self.target = target
            self.weight = weight
        }
    }

    /// Learns the emissions by EM.
    package static func train(_ examples: [Example], maxEmission: Int, bitsPerSymbol: Int, vowels: [Bool], iterations: Int,
                      progress: (Int, Double) -> Void) -> LetterTransducer {
        var model = LetterTransducer(maxEmission: maxEmission, bitsPerSymbol: bitsPerSymbol, vowels: vowels)
        for iteration in 1...iterations {
            var counts = EmissionTable(capacity: 1 << 16)
            var total = 0.0
            for example in examples where example.target.count <= example.source.count * maxEmission {
                total += model.expectedCounts(example, into: &counts, uniform: iteration == 1) * example.weight
            }
            model.emissions = maximize(counts)
            progress(iteration, total / Double(max(examples.count, 1)))
        }
        return model
    }

    /// Adds the example's expected emission counts (forward-backward); returns
    /// its log-likelihood.
    func expectedCounts(_ example: Example, into counts: inout EmissionTable, uniform: Bool) -> Double {
        let a = example.source, e = example.target
        let n = a.count, m = e.count, width = m + 1, bits = UInt32(bitsPerSymbol)
        let uniformP = 1.0 / Double(maxEmission + 1)
        func p(_ key: UInt32, _ k: Int) -> Double { uniform ? uniformP : probability(key, length: k) }
        var alpha = [Double](repeating: 0, count: (n + 1) * width)
        var beta = [Double](repeating: 0, count: (n + 1) * width)
        alpha[0] = 1
        for i in 0..<n {
            let ctx = context(a, i)
            for j in 0...m where alpha[i * width + j] > 0 {
                var code: UInt32 = 0
                for k in 0...maxEmission where j + k <= m {
                    if k > 0 { code = code << bits | UInt32(e[j + k - 1]) }
                    let q = p(Self.key(context: ctx, length: k, code: code), k)
                    if q > 0 { alpha[(i + 1) * width + j + k] += alpha[i * width + j] * q * Self.scale }
                }
            }
        }
        let z = alpha[n * width + m]
        guard z > 0 else { return 0 }
        beta[n * width + m] = 1
        for i in stride(from: n - 1, through: 0, by: -1) {
            let ctx = context(a, i)
            for j in 0...m {
                var sum = 0.0
                var code: UInt32 = 0
                for k in 0...maxEmission where j + k <= m {
                    if k > 0 { code = code << bits | UInt32(e[j + k - 1]) }
                    let after = beta[(i + 1) * width + j + k]
                    if after == 0 { continue }
                    sum += p(Self.key(context: ctx, length: k, code: code), k) * Self.scale * after
                }
                beta[i * width + j] = sum
            }
        }
        for i in 0..<n {
            let ctx = context(a, i)
            for j in 0...m where alpha[i * width + j] > 0 {
                var code: UInt32 = 0
                for k in 0...maxEmission where j + k <= m {
                    if k > 0 { code = code << bits | UInt32(e[j + k - 1]) }
                    let after = beta[(i + 1) * width + j + k]
                    if after == 0 { continue }
                    let key = Self.key(context: ctx, length: k, code: code)
                    let posterior = alpha[i * width + j] * p(key, k) * Self.scale * after / z
                    if posterior > 1e-9 { counts.add(key, posterior * example.weight) }
                }
            }
        }
        return log(z) + Double(n) * Self.scaleLog
    }

    /// Expected counts to probabilities: by letter and position, interpolated
    /// with the letter's counts over all positions.
    static func maximize(_ counts: EmissionTable) -> EmissionTable {
        let positions = UInt32(Self.positions)
        var contextTotals: [UInt32: Double] = [:]
        var letterCounts: [UInt32: Double] = [:]
        var letterTotals: [UInt32: Double] = [:]
        for (key, count) in counts.entries {
            let ctx = key >> 23, emission = key & 0x7F_FFFF, letter = ctx / positions
            contextTotals[ctx, default: 0] += count
            letterCounts[letter << 23 | emission, default: 0] += count
            letterTotals[letter, default: 0] += count
        }
        var result = EmissionTable(capacity: letterCounts.count * 3)
        for (letterKey, letterCount) in letterCounts {
            let letter = letterKey >> 23, emission = letterKey & 0x7F_FFFF
            let backoff = letterCount / letterTotals[letter]!
            for position in 0..<positions {
                let ctx = letter * positions + position
                let n = contextTotals[ctx] ?? 0
                let lambda = n / (n + 10)
                let own = n > 0 ? counts.value(ctx << 23 | emission) / n : 0
                let probability = lambda * own + (1 - lambda) * backoff
                if probability >= 1e-6 { result.set(ctx << 23 | emission, probability) }
            }
        }
        return result
    }
}
