extension TransliterationModel {
    /// One training example: an Arabic spelling and an English spelling of
    /// the same name, as model symbols (see ``NameForms``).
    public struct TrainingPair: Sendable {
        /// Arabic letters.
        public var arabic: [UInt8]
        /// English letters.
        public var english: [UInt8]
        /// How much the pair counts.
        public var weight: Double

        /// A pair.
        public init(arabic: [UInt8], english: [UInt8], weight: Double = 1) {
            self.arabic = arabic
            self.english = english
            self.weight = weight
        }

        /// A pair from two spellings; nil if either has no letters.
        public init?(arabic: String, english: String, weight: Double = 1) {
            let a = NameForms.arabicSymbols(arabic), e = NameForms.englishSymbols(english)
            guard !a.isEmpty, !e.isEmpty, e.count <= a.count * Self.maxLettersPerArabicLetter else { return nil }
            self.init(arabic: a, english: e, weight: weight)
        }

        static let maxLettersPerArabicLetter = TransliterationModel.maxEmission
    }

    /// Learns a model from name pairs by expectation-maximization over all
    /// letter alignments.
    ///
    /// - Parameters:
    ///   - pairs: Training pairs (train splits only).
    ///   - iterations: EM iterations (the likelihood settles by about 8).
    ///   - progress: Called after each iteration with its number and the
    ///     average log-likelihood per pair.
    public static func train(pairs: [TrainingPair], iterations: Int = 8,
                             progress: (Int, Double) -> Void = { _, _ in }) -> TransliterationModel {
        var english: [[UInt8]] = []
        english.reserveCapacity(pairs.count)
        for pair in pairs { english.append(pair.english) }
        var model = TransliterationModel(emissions: EmissionTable(), background: EnglishLetterModel(training: english))
        for iteration in 1...iterations {
            var counts = EmissionTable(capacity: 1 << 16)
            var total = 0.0
            for pair in pairs {
                total += model.expectedCounts(pair, into: &counts, uniform: iteration == 1) * pair.weight
            }
            model.emissions = Self.maximize(counts)
            progress(iteration, total / Double(max(pairs.count, 1)))
        }
        return model
    }

    /// Adds the pair's expected emission counts (forward-backward); returns its
    /// log-likelihood.
    func expectedCounts(_ pair: TrainingPair, into counts: inout EmissionTable, uniform: Bool) -> Double {
        let a = pair.arabic, e = pair.english
        let n = a.count, m = e.count, width = m + 1
        let uniformP = 1.0 / Double(Self.maxEmission + 1)
        func p(_ key: UInt32, _ k: Int) -> Double {
            if uniform { return uniformP }
            let v = emissions.value(key)
            if v > 0 { return v }
            return k == 1 ? Self.floorSubstitution : (k == 0 ? Self.floorDeletion : 0)
        }
        var alpha = [Double](repeating: 0, count: (n + 1) * width)
        var beta = [Double](repeating: 0, count: (n + 1) * width)
        alpha[0] = 1
        for i in 0..<n {
            let ctx = Self.context(a[i], index: i, count: n)
            for j in 0...m where alpha[i * width + j] > 0 {
                var code: UInt32 = 0
                for k in 0...Self.maxEmission where j + k <= m {
                    if k > 0 { code = code << 5 | UInt32(e[j + k - 1]) }
                    let q = p(Self.key(context: ctx, length: k, code: code), k)
                    if q > 0 { alpha[(i + 1) * width + j + k] += alpha[i * width + j] * q * Self.scale }
                }
            }
        }
        let z = alpha[n * width + m]
        guard z > 0 else { return 0 }
        beta[n * width + m] = 1
        for i in stride(from: n - 1, through: 0, by: -1) {
            let ctx = Self.context(a[i], index: i, count: n)
            for j in 0...m {
                var sum = 0.0
                var code: UInt32 = 0
                for k in 0...Self.maxEmission where j + k <= m {
                    if k > 0 { code = code << 5 | UInt32(e[j + k - 1]) }
                    let after = beta[(i + 1) * width + j + k]
                    if after == 0 { continue }
                    let q = p(Self.key(context: ctx, length: k, code: code), k)
                    sum += q * Self.scale * after
                }
                beta[i * width + j] = sum
            }
        }
        for i in 0..<n {
            let ctx = Self.context(a[i], index: i, count: n)
            for j in 0...m where alpha[i * width + j] > 0 {
                var code: UInt32 = 0
                for k in 0...Self.maxEmission where j + k <= m {
                    if k > 0 { code = code << 5 | UInt32(e[j + k - 1]) }
                    let after = beta[(i + 1) * width + j + k]
                    if after == 0 { continue }
                    let key = Self.key(context: ctx, length: k, code: code)
                    let q = p(key, k)
                    let posterior = alpha[i * width + j] * q * Self.scale * after / z
                    if posterior > 1e-9 { counts.add(key, posterior * pair.weight) }
                }
            }
        }
        return log(z) + Double(n) * Self.scaleLog
    }

    /// Turns expected counts into probabilities: by letter and position,
    /// interpolated with the letter's counts over all positions.
    static func maximize(_ counts: EmissionTable) -> EmissionTable {
        let positions = UInt32(Self.positions)
        var contextTotals: [UInt32: Double] = [:]
        var letterCounts: [UInt32: Double] = [:]   // (letter << 23 | emission) -> count
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
