import Tarjuman

// Training and fitting: how the shipped models are learned (`make data`,
// `tarjuman-dev`). Package access: not part of the library's public API.

extension TransliterationModel {
    /// One training example: an Arabic spelling and an English spelling of
    /// the same name, as letter symbols (see ``NameForms``).
    package struct TrainingPair: Sendable {
        /// Arabic letters.
        package var arabic: [UInt8]
        /// English letters.
        package var english: [UInt8]
        /// How much the pair counts.
        package var weight: Double

        /// A pair of symbol sequences.
        package init(arabic: [UInt8], english: [UInt8], weight: Double = 1) {
            self.arabic = arabic
            self.english = english
            self.weight = weight
        }

        /// A pair from two spellings; nil if either has no letters or their
        /// lengths are too far apart to be one name.
        package init?(arabic: String, english: String, weight: Double = 1) {
            let a = NameForms.arabicSymbols(arabic), e = NameForms.englishSymbols(english)
            guard !a.isEmpty, !e.isEmpty, e.count <= a.count * 4, a.count <= e.count * 2 else { return nil }
            self.init(arabic: a, english: e, weight: weight)
        }
    }

    /// Learns both transducers by EM and both background models by counting.
    ///
    /// - Parameters:
    ///   - pairs: Training pairs (train splits only).
    ///   - iterations: EM iterations for each transducer.
    ///   - progress: Called with a label, the iteration and the mean
    ///     log-likelihood per pair.
    package static func train(pairs: [TrainingPair], iterations: Int = 8,
                             progress: (String, Int, Double) -> Void = { _, _, _ in }) -> TransliterationModel {
        let forwardExamples = pairs.map { LetterTransducer.Example(source: $0.arabic, target: $0.english, weight: $0.weight) }
        let reverseExamples = pairs.map { LetterTransducer.Example(source: $0.english, target: $0.arabic, weight: $0.weight) }
        let forward = LetterTransducer.train(forwardExamples, maxEmission: 4, bitsPerSymbol: 5, vowels: arabicVowels,
                                             iterations: iterations) {
            progress("arabic→english", $0, $1)
        }
        let reverse = LetterTransducer.train(reverseExamples, maxEmission: 2, bitsPerSymbol: 6, vowels: englishVowels,
                                             iterations: iterations) {
            progress("english→arabic", $0, $1)
        }
        return TransliterationModel(
            forward: forward, reverse: reverse,
            englishModel: LetterModel(alphabet: englishAlphabet, training: pairs.map(\.english)),
            arabicModel: LetterModel(alphabet: arabicAlphabet, training: pairs.map(\.arabic)))
    }
}

extension JointSequenceModel {
    /// Learns units and their n-gram counts from name pairs: each pair is cut
    /// into units by the name model's best letter alignment in `direction`.
    package static func train(pairs: [TransliterationModel.TrainingPair], model: TransliterationModel,
                             direction: Direction, order: Int = 5) -> JointSequenceModel {
        var unitIDs: [[UInt8]: Int] = [:]
        var units: [(UInt8, [UInt8])] = []
        var counts: [Gram: Double] = [:]
        func id(_ source: UInt8, _ target: [UInt8]) -> Int {
            let key = [source] + target
            if let known = unitIDs[key] { return known }
            units.append((source, target))
            unitIDs[key] = units.count
            return units.count
        }
        for pair in pairs {
            let source = direction == .arabicToEnglish ? pair.arabic : pair.english
            let target = direction == .arabicToEnglish ? pair.english : pair.arabic
            let transducer = direction == .arabicToEnglish ? model.forward : model.reverse
            let steps = transducer.bestAlignment(source: source, target: target)
            guard steps.count == source.count, steps.last?.range.upperBound == target.count else { continue }
            var sequence = [0]
            for (i, step) in steps.enumerated() { sequence.append(id(source[i], Array(target[step.range]))) }
            sequence.append(0)
            // Every position's n-gram, shorter at the start (the boundary is the first context).
            for k in 1..<sequence.count {
                counts[Gram(sequence[max(0, k - order + 1)...k]), default: 0] += pair.weight
            }
        }
        return JointSequenceModel(direction: direction, order: order, units: units, topCounts: counts)
    }
}

extension RerankWeights {
    /// One query's candidates for fitting: each one's features (the name
    /// model's score is a combination of them) and whether it is a right
    /// answer.
    package struct Group: Sendable {
        /// Candidates: (features, right answer).
        package var candidates: [(features: SpellingEvidence.Features, gold: Bool)]
        /// A query's short list.
        package init(candidates: [(features: SpellingEvidence.Features, gold: Bool)]) {
            self.candidates = candidates
        }
    }

    /// Fits one weight vector: a softmax over each group's candidates that
    /// maximizes the probability of its right answers (full-batch Adam on
    /// standardized features, small L2 penalty, starting from the name
    /// model's own ranking); returned as what to add to the name model's
    /// score. Groups without a right answer, or of one candidate, are skipped.
    /// Nil when nothing is left to learn from.
    package static func fit(_ groups: [Group], iterations: Int = 400) -> [Double]? {
        guard let weights = softmaxFit(groups.map(\.candidates), start: nameModelScore, iterations: iterations) else {
            return nil
        }
        return zip(weights, nameModelScore).map { $0 - $1 }
    }

    /// Fits the list-aware stage (``arabicQueryRival`` or
    /// ``englishQueryRival``) from short lists whose candidates carry three
    /// features: the score they were ranked by, then the two of
    /// ``rivalFeatureNames`` (``SpellingEvidence/rivalFeatures(score:rival:)``).
    /// Returns the two weights in units of that score; nil when nothing is
    /// left to learn from or the fit does not keep the score's sign.
    package static func fitRival(_ groups: [[(features: [Double], gold: Bool)]], iterations: Int = 300) -> [Double]? {
        guard groups.allSatisfy({ $0.allSatisfy { $0.features.count == 3 } }),
              let weights = softmaxFit(groups, start: [1, 0, 0], iterations: iterations), weights[0] > 0 else { return nil }
        return [weights[1] / weights[0], weights[2] / weights[0]]
    }

    /// A softmax over each group's candidates that maximizes the probability
    /// of its right answers: full-batch Adam on standardized features with a
    /// small L2 penalty, from `start`; the weights are returned for the raw
    /// features. Groups without a right answer, or of one candidate, are
    /// skipped; nil when nothing is left, or the weights are not finite.
    package static func softmaxFit(_ groups: [[(features: [Double], gold: Bool)]], start: [Double], iterations: Int) -> [Double]? {
        let width = start.count
        let groups = groups.filter { $0.contains { $0.gold } && $0.count > 1 && $0.allSatisfy { $0.features.count == width } }
        let rows = groups.flatMap { $0.map(\.features) }
        guard !rows.isEmpty, width > 0 else { return nil }
        var mean = [Double](repeating: 0, count: width), spread = [Double](repeating: 0, count: width)
        for row in rows { for k in 0..<width { mean[k] += row[k] } }
        for k in 0..<width { mean[k] /= Double(rows.count) }
        for row in rows { for k in 0..<width { spread[k] += (row[k] - mean[k]) * (row[k] - mean[k]) } }
        for k in 0..<width { spread[k] = max((spread[k] / Double(rows.count)).squareRoot(), 1e-9) }
        let standardized = groups.map { group in
            group.map { candidate in (candidate.features.enumerated().map { ($1 - mean[$0]) / spread[$0] }, candidate.gold) }
        }
        var weights = (0..<width).map { start[$0] * spread[$0] }
        var first = [Double](repeating: 0, count: width), second = [Double](repeating: 0, count: width)
        let rate = 0.05, beta1 = 0.9, beta2 = 0.999, penalty = 1e-6
        var decay1 = 1.0, decay2 = 1.0
        for _ in 0..<iterations {
            decay1 *= beta1
            decay2 *= beta2
            var gradient = weights.map { 2 * penalty * $0 * Double(groups.count) }
            for group in standardized {
                let scores = group.map { row in zip(weights, row.0).reduce(0) { $0 + $1.0 * $1.1 } }
                let top = scores.max()!
                let all = scores.map { exp($0 - top) }, total = all.reduce(0, +)
                let right = zip(all, group).reduce(0) { $0 + ($1.1.1 ? $1.0 : 0) }
                for (k, row) in group.enumerated() {
                    let coefficient = all[k] / total - (row.1 ? all[k] / right : 0)
                    for f in 0..<width { gradient[f] += coefficient * row.0[f] }
                }
            }
            for f in 0..<width {
                let g = gradient[f] / Double(groups.count)
                first[f] = beta1 * first[f] + (1 - beta1) * g
                second[f] = beta2 * second[f] + (1 - beta2) * g * g
                let corrected1 = first[f] / (1 - decay1), corrected2 = second[f] / (1 - decay2)
                weights[f] -= rate * corrected1 / (corrected2.squareRoot() + 1e-8)
            }
        }
        let raw = (0..<width).map { weights[$0] / spread[$0] }
        return raw.allSatisfy(\.isFinite) ? raw : nil
    }
}

extension Calibration {
    /// Fits a calibration for `model` on examples built from name pairs
    /// (train splits): each true pair against the most confusable wrong
    /// English name among a sample, and synthetic full names of three tokens
    /// (whole, with the English middle name missing, and with one token
    /// swapped for another name's).
    ///
    /// - Parameters:
    ///   - pairs: Arabic and English spellings.
    ///   - samples: How many pairs to build examples from.
    ///   - seed: Seed of the pseudo-random choices, so a rebuild is identical.
    package static func fit(model: TransliterationModel, pairs: [(arabic: String, english: String)],
                           samples: Int = 3000, seed: UInt64 = 42) -> Calibration {
        var random = SplitMix(seed: seed)
        let matcher = NameMatcher(model: model, calibration: Calibration(perToken: 1, omitted: 0, conflicting: 0, bias: 0))
        var examples: [(features: [Double], match: Bool)] = []
        func add(_ arabic: String, _ english: String, _ match: Bool) {
            let a = NameMatcher.tokens(of: arabic, arabic: true), e = NameMatcher.tokens(of: english, arabic: false)
            guard !a.isEmpty, !e.isEmpty else { return }
            let path = matcher.bestPath(a, e)
            examples.append((Calibration.features(
                matchedRatio: path.total - path.penalties, matched: path.pairs, unmatchedArabic: path.skippedArabic,
                unmatchedEnglish: path.skippedEnglish, tokens: NameMatcher.tokenCount(a, e)), match))
        }
        guard pairs.count > 10 else { return Calibration(perToken: 0.2, omitted: -3, conflicting: -10, bias: 0) }
        for _ in 0..<samples {
            let pair = pairs[random.next(pairs.count)]
            add(pair.arabic, pair.english, true)
            // The hardest of 200 wrong English names.
            let arabic = NameForms.arabicSymbols(pair.arabic)
            var hardest = pairs[random.next(pairs.count)].english
            var hardestScore = -Double.infinity
            for _ in 0..<200 {
                let other = pairs[random.next(pairs.count)].english
                if other.lowercased() == pair.english.lowercased() { continue }
                let score = model.score(arabic: arabic, english: NameForms.englishSymbols(other))
                if score > hardestScore { hardestScore = score; hardest = other }
            }
            add(pair.arabic, hardest, false)
        }
        for _ in 0..<(samples / 3) {
            let three = (0..<3).map { _ in pairs[random.next(pairs.count)] }
            let arabic = three.map(\.arabic).joined(separator: " ")
            add(arabic, three.map(\.english).joined(separator: " "), true)
            add(arabic, three[0].english + " " + three[2].english, true)
            let stranger = pairs[random.next(pairs.count)].english
            add(arabic, three[0].english + " " + stranger, false)
            add(arabic, three[0].english + " " + three[1].english + " " + stranger, false)
        }
        return fit(examples)
    }
}

/// A small deterministic pseudo-random generator (SplitMix64), so that
/// fitting, and the tests' random inputs, reproduce.
package struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    package init(seed: UInt64) { state = seed }
    package mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    package mutating func next(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
}
