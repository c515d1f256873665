extension Calibration {
    /// Reads the `c<TAB>perToken<TAB>omitted<TAB>conflicting<TAB>bias` line of a model file.
    ///
    /// - Parameter source: The file's name, for errors.
    /// - Throws: ``DataFileError`` when the line is missing or bad.
    public init(parsing text: String, source: String = "name model") throws(DataFileError) {
        for (index, line) in text.dataLines().enumerated() where line.hasPrefix("c\t") {
            let values = line.split(separator: "\t").dropFirst().compactMap { Double($0) }
            guard values.count == 4, values.allSatisfy(\.isFinite) else {
                throw DataFileError(source: source, line: index + 1, message: "expected c and four finite numbers")
            }
            self.init(perToken: values[0], omitted: values[1], conflicting: values[2], bias: values[3])
            return
        }
        throw DataFileError(source: source, line: 0, message: "no calibration (c) line")
    }

    /// The line that stores this calibration in a model file.
    public var serialized: String { "c\t\(perToken)\t\(omitted)\t\(conflicting)\t\(bias)" }

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
    public static func fit(model: TransliterationModel, pairs: [(arabic: String, english: String)],
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

/// A small deterministic pseudo-random generator (SplitMix64).
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func next(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
}
