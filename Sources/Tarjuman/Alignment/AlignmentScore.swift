/// How an alignment compares with its gold list: precision and recall of the
/// shared names, the one-sided names left unpaired, and every difference.
///
/// ``AlignmentGold/score(_:)-(AlignmentReport)`` makes one per report pair;
/// scores add up (`+`, `+=`), so the figures of many pairs are one score:
///
/// ```swift
/// var total = AlignmentScore()
/// for (gold, report) in checked { total += gold.score(report) }
/// print(total)  // pairs 182/187 correct, 182/202 gold found: precision 0.973 ...
/// ```
///
/// A predicted pair is correct when its English side shares a form with a
/// shared gold entity's English forms and its Arabic side one with the same
/// entity's Arabic forms; each gold entity is found at most once. A side's
/// forms are its fullest text, every mention and its normalized text,
/// compared by ``Gazetteer/comparisonKey(_:)``. The first gold entity (in
/// file order) that a pair matches is the one it finds: when that entity was
/// already found by an earlier pair, the pair is wrong.
public struct AlignmentScore: Sendable, Hashable, Codable, CustomStringConvertible {
    /// A pair the aligner made, as the differences show it.
    public struct PredictedPair: Sendable, Hashable, Codable, CustomStringConvertible {
        /// The English side's fullest form.
        public let english: String
        /// The Arabic side's fullest form.
        public let arabic: String
        /// The aligner's confidence.
        public let score: Double
        /// PER, LOC or ORG, when known.
        public let type: EntityType?

        /// A pair.
        public init(english: String, arabic: String, score: Double, type: EntityType?) {
            self.english = english
            self.arabic = arabic
            self.score = score
            self.type = type
        }

        /// `Kurdistan ↔ كوردستان (0.941)`.
        public var description: String { "\(english) ↔ \(arabic) (\(score))" }
    }

    /// A shared gold entity no pair found.
    public struct Miss: Sendable, Hashable, Codable, CustomStringConvertible {
        /// The gold list's ``AlignmentGold/source``.
        public let source: String
        /// The entity.
        public let entity: AlignmentGold.Entity

        /// A miss.
        public init(source: String, entity: AlignmentGold.Entity) {
            self.source = source
            self.entity = entity
        }

        /// `missed: Gaza ↔ قطاع غزة (gold.tsv:7)`.
        public var description: String {
            "missed: \(entity) (\(AlignmentScore.place(source, entity.line)))"
        }
    }

    /// A pair that finds no gold entity: it matches none, or only one an
    /// earlier pair already found.
    public struct WrongPair: Sendable, Hashable, Codable, CustomStringConvertible {
        /// The gold list's ``AlignmentGold/source``.
        public let source: String
        /// The pair.
        public let pair: PredictedPair
        /// The gold entity the pair matches, already found by an earlier
        /// pair; nil when it matches none.
        public let alreadyFound: AlignmentGold.Entity?

        /// A wrong pair.
        public init(source: String, pair: PredictedPair, alreadyFound: AlignmentGold.Entity? = nil) {
            self.source = source
            self.pair = pair
            self.alreadyFound = alreadyFound
        }

        enum CodingKeys: String, CodingKey {
            case source, pair
            case alreadyFound = "already_found"
        }

        /// `wrong pair: Kurdistan ↔ كوردستان (0.941) (gold.tsv)`; with the
        /// entity an earlier pair already found, when there is one.
        public var description: String {
            guard let entity = alreadyFound else { return "wrong pair: \(pair) (\(source))" }
            return "wrong pair: \(pair): \(entity) (\(AlignmentScore.place(source, entity.line))) was already found"
        }
    }

    /// A name the gold list gives to one report only that the aligner paired.
    public struct WronglyPairedName: Sendable, Hashable, Codable, CustomStringConvertible {
        /// The gold list's ``AlignmentGold/source``.
        public let source: String
        /// The one-sided entity.
        public let entity: AlignmentGold.Entity
        /// The pair it is part of.
        public let pair: PredictedPair

        /// A wrongly paired one-sided name.
        public init(source: String, entity: AlignmentGold.Entity, pair: PredictedPair) {
            self.source = source
            self.entity = entity
            self.pair = pair
        }

        /// `one-sided name paired: AFP (English only) (gold.tsv:9) in AFP ↔ أ ف ب (0.9)`.
        public var description: String {
            "one-sided name paired: \(entity) (\(AlignmentScore.place(source, entity.line))) in \(pair)"
        }
    }

    /// Pairs the aligner made.
    public var predictedPairs = 0
    /// Pairs that found a shared gold entity.
    public var correctPairs = 0
    /// Shared entities in the gold list.
    public var goldSharedNames = 0
    /// Shared gold entities some pair found (equal to ``correctPairs``).
    public var foundSharedNames = 0
    /// English-only entities in the gold list.
    public var goldEnglishOnlyNames = 0
    /// English-only gold entities that are among the report's unmatched English names.
    public var foundEnglishOnlyNames = 0
    /// Arabic-only entities in the gold list.
    public var goldArabicOnlyNames = 0
    /// Arabic-only gold entities that are among the report's unmatched Arabic names.
    public var foundArabicOnlyNames = 0
    /// Shared gold entities no pair found, in gold order.
    public var misses: [Miss] = []
    /// Pairs that found no gold entity, in report order.
    public var wrongPairs: [WrongPair] = []
    /// One-sided gold names that are part of a pair.
    public var wronglyPairedNames: [WronglyPairedName] = []

    /// A score of nothing: zero pairs, zero gold names (the start of a sum).
    public init() {}

    /// Correct pairs among the pairs made; 1 when no pair was made.
    public var precision: Double { predictedPairs == 0 ? 1 : Double(correctPairs) / Double(predictedPairs) }
    /// Shared gold entities found; 1 when the gold list has none.
    public var recall: Double { goldSharedNames == 0 ? 1 : Double(foundSharedNames) / Double(goldSharedNames) }
    /// The harmonic mean of ``precision`` and ``recall``.
    public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

    /// Whether ``precision`` and ``recall`` reach the given bars.
    ///
    /// - Parameters:
    ///   - precision: The lowest acceptable precision, in [0, 1].
    ///   - recall: The lowest acceptable recall, in [0, 1].
    public func meets(precision: Double = 0, recall: Double = 0) -> Bool {
        self.precision >= precision && self.recall >= recall
    }

    /// The differences, one line each: the misses, then the wrong pairs, then
    /// the one-sided names that were paired (empty when the alignment is the
    /// gold list).
    public var differences: [String] {
        misses.map(\.description) + wrongPairs.map(\.description) + wronglyPairedNames.map(\.description)
    }

    /// The figures on one line, decimals rounded to three places:
    /// `pairs 15/15 correct, 15/15 gold found: precision 1.000 recall 1.000
    /// F1 1.000; one-sided found: en 14/14, ar 5/7`.
    public var description: String {
        "pairs \(correctPairs)/\(predictedPairs) correct, \(foundSharedNames)/\(goldSharedNames) gold found: "
            + "precision \(Self.threePlaces(precision)) recall \(Self.threePlaces(recall)) F1 \(Self.threePlaces(f1)); "
            + "one-sided found: en \(foundEnglishOnlyNames)/\(goldEnglishOnlyNames), ar \(foundArabicOnlyNames)/\(goldArabicOnlyNames)"
    }

    /// Both scores together: counts added, differences concatenated.
    public static func + (a: AlignmentScore, b: AlignmentScore) -> AlignmentScore {
        var sum = a
        sum += b
        return sum
    }

    /// Adds `b`'s counts and differences to `a`.
    public static func += (a: inout AlignmentScore, b: AlignmentScore) {
        a.predictedPairs += b.predictedPairs
        a.correctPairs += b.correctPairs
        a.goldSharedNames += b.goldSharedNames
        a.foundSharedNames += b.foundSharedNames
        a.goldEnglishOnlyNames += b.goldEnglishOnlyNames
        a.foundEnglishOnlyNames += b.foundEnglishOnlyNames
        a.goldArabicOnlyNames += b.goldArabicOnlyNames
        a.foundArabicOnlyNames += b.foundArabicOnlyNames
        a.misses += b.misses
        a.wrongPairs += b.wrongPairs
        a.wronglyPairedNames += b.wronglyPairedNames
    }

    // MARK: Codable

    enum CodingKeys: String, CodingKey {
        case precision, recall, f1, misses
        case predictedPairs = "predicted_pairs", correctPairs = "correct_pairs"
        case goldSharedNames = "gold_shared_names", foundSharedNames = "found_shared_names"
        case goldEnglishOnlyNames = "gold_english_only_names", foundEnglishOnlyNames = "found_english_only_names"
        case goldArabicOnlyNames = "gold_arabic_only_names", foundArabicOnlyNames = "found_arabic_only_names"
        case wrongPairs = "wrong_pairs", wronglyPairedNames = "wrongly_paired_names"
    }

    /// Reads a score; `precision`, `recall` and `f1` are derived from the
    /// counts, not read.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        predictedPairs = try c.decode(Int.self, forKey: .predictedPairs)
        correctPairs = try c.decode(Int.self, forKey: .correctPairs)
        goldSharedNames = try c.decode(Int.self, forKey: .goldSharedNames)
        foundSharedNames = try c.decode(Int.self, forKey: .foundSharedNames)
        goldEnglishOnlyNames = try c.decode(Int.self, forKey: .goldEnglishOnlyNames)
        foundEnglishOnlyNames = try c.decode(Int.self, forKey: .foundEnglishOnlyNames)
        goldArabicOnlyNames = try c.decode(Int.self, forKey: .goldArabicOnlyNames)
        foundArabicOnlyNames = try c.decode(Int.self, forKey: .foundArabicOnlyNames)
        misses = try c.decode([Miss].self, forKey: .misses)
        wrongPairs = try c.decode([WrongPair].self, forKey: .wrongPairs)
        wronglyPairedNames = try c.decode([WronglyPairedName].self, forKey: .wronglyPairedNames)
    }

    /// Writes the counts, `precision`, `recall`, `f1` and the differences,
    /// with snake_case keys.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(precision, forKey: .precision)
        try c.encode(recall, forKey: .recall)
        try c.encode(f1, forKey: .f1)
        try c.encode(predictedPairs, forKey: .predictedPairs)
        try c.encode(correctPairs, forKey: .correctPairs)
        try c.encode(goldSharedNames, forKey: .goldSharedNames)
        try c.encode(foundSharedNames, forKey: .foundSharedNames)
        try c.encode(goldEnglishOnlyNames, forKey: .goldEnglishOnlyNames)
        try c.encode(foundEnglishOnlyNames, forKey: .foundEnglishOnlyNames)
        try c.encode(goldArabicOnlyNames, forKey: .goldArabicOnlyNames)
        try c.encode(foundArabicOnlyNames, forKey: .foundArabicOnlyNames)
        try c.encode(misses, forKey: .misses)
        try c.encode(wrongPairs, forKey: .wrongPairs)
        try c.encode(wronglyPairedNames, forKey: .wronglyPairedNames)
    }

    // MARK: Formatting

    /// `source:line`, or `source` for line 0.
    static func place(_ source: String, _ line: Int) -> String { line > 0 ? "\(source):\(line)" : source }

    /// `value` with three decimals, rounded exactly as C's `%.3f` rounds
    /// (the binary value to the nearest thousandth, a tie to even), without
    /// Foundation.
    package static func threePlaces(_ value: Double) -> String {
        guard value.isFinite else { return value.isNaN ? "nan" : value < 0 ? "-inf" : "inf" }
        let magnitude = value.magnitude
        guard magnitude < 1e15 else { return String(value) }
        var whole = UInt64(magnitude.rounded(.down))
        var thousandths = roundedThousandths(magnitude - magnitude.rounded(.down))  // both exact
        if thousandths == 1000 { whole += 1; thousandths = 0 }
        let digits = String(thousandths)
        return (value.sign == .minus ? "-" : "") + "\(whole)." + String(repeating: "0", count: 3 - digits.count) + digits
    }

    /// A fraction in [0, 1) in thousandths, rounded to nearest, ties to even,
    /// computed exactly: the fraction is `m / 2^k` with `m < 2^53`, so
    /// `1000 m` fits in 64 bits.
    static func roundedThousandths(_ fraction: Double) -> UInt64 {
        // Below 2^-11 (subnormals included) a fraction is under half a thousandth.
        guard fraction.isNormal, fraction.exponent >= -11 else { return 0 }
        let m = fraction.significandBitPattern | 1 << 52
        let k = UInt64(52 - Int(fraction.exponent))  // 53 ... 63
        let product = m * 1000
        var q = product >> k
        let r = product & ((1 << k) - 1), half: UInt64 = 1 << (k - 1)
        if r > half || (r == half && q & 1 == 1) { q += 1 }
        return q
    }
}

extension AlignmentGold {
    /// Compares a report's pairs and unmatched names with this list.
    ///
    /// ```swift
    /// let aligner = try ReportAligner()
    /// let report = AlignmentReport(aligner.align(english: english, arabic: arabic),
    ///                              englishFile: "en.txt", arabicFile: "ar.txt")
    /// let score = gold.score(report)
    /// print(score)                                // pairs 9/9 correct, 9/9 gold found: ...
    /// score.differences.forEach { print($0) }     // missed: ..., wrong pair: ...
    /// ```
    ///
    /// - Parameter report: The alignment of the two reports this list describes.
    /// - Returns: Precision and recall of the shared names, the one-sided
    ///   names found unpaired, and the differences.
    /// - Complexity: O(*p* × *g*) comparisons of small sets, for *p* pairs
    ///   and names and *g* gold entities.
    public func score(_ report: AlignmentReport) -> AlignmentScore {
        /// A side's forms: as written, each mention, and the normalized name
        /// without clitics (للأمم المتحدة is الأمم المتحدة).
        func keys(_ side: AlignmentReport.Side) -> Set<String> {
            Set(([side.text] + side.mentions.map(\.text)).map(Gazetteer.comparisonKey) + [side.normalized])
        }
        func keys(_ forms: [String]) -> Set<String> {
            Set(forms.map(Gazetteer.comparisonKey).filter { !$0.isEmpty })
        }
        func predicted(_ pair: AlignmentReport.Pair) -> AlignmentScore.PredictedPair {
            AlignmentScore.PredictedPair(english: pair.english.text, arabic: pair.arabic.text, score: pair.score, type: pair.type)
        }
        let gold = entities.map { (english: keys($0.english), arabic: keys($0.arabic)) }
        let pairs = report.pairs.map { (english: keys($0.english), arabic: keys($0.arabic)) }
        var score = AlignmentScore()
        var found = Set<Int>()
        for (n, pair) in report.pairs.enumerated() {
            score.predictedPairs += 1
            let match = gold.indices.first {
                !gold[$0].english.isEmpty && !gold[$0].arabic.isEmpty
                    && !gold[$0].english.isDisjoint(with: pairs[n].english) && !gold[$0].arabic.isDisjoint(with: pairs[n].arabic)
            }
            if let match, !found.contains(match) {
                found.insert(match)
                score.correctPairs += 1
            } else {
                score.wrongPairs.append(.init(source: source, pair: predicted(pair), alreadyFound: match.map { entities[$0] }))
            }
        }
        let unmatchedEnglish = report.unmatchedEnglish.map(keys), unmatchedArabic = report.unmatchedArabic.map(keys)
        for (e, entity) in entities.enumerated() {
            let (english, arabic) = gold[e]
            if !english.isEmpty && !arabic.isEmpty {
                score.goldSharedNames += 1
                if found.contains(e) {
                    score.foundSharedNames += 1
                } else {
                    score.misses.append(.init(source: source, entity: entity))
                }
            } else if !english.isEmpty || !arabic.isEmpty {
                let english = !english.isEmpty
                let own = english ? gold[e].english : gold[e].arabic
                if english {
                    score.goldEnglishOnlyNames += 1
                    if unmatchedEnglish.contains(where: { !$0.isDisjoint(with: own) }) { score.foundEnglishOnlyNames += 1 }
                } else {
                    score.goldArabicOnlyNames += 1
                    if unmatchedArabic.contains(where: { !$0.isDisjoint(with: own) }) { score.foundArabicOnlyNames += 1 }
                }
                for (n, pair) in report.pairs.enumerated()
                where !(english ? pairs[n].english : pairs[n].arabic).isDisjoint(with: own) {
                    score.wronglyPairedNames.append(.init(source: source, entity: entity, pair: predicted(pair)))
                }
            }
        }
        return score
    }

    /// Compares an alignment with this list: ``score(_:)-(AlignmentReport)``
    /// on its ``AlignmentReport``, with ``englishFile`` and ``arabicFile`` as
    /// the file names.
    ///
    /// - Parameter alignment: What ``ReportAligner/align(english:arabic:)``
    ///   returned for the two reports this list describes.
    /// - Returns: The score.
    public func score(_ alignment: ReportAlignment) -> AlignmentScore {
        score(AlignmentReport(alignment, englishFile: englishFile ?? "", arabicFile: arabicFile ?? ""))
    }
}
