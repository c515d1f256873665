/// A letter transducer between Arabic and English spellings of names, learned
/// by expectation-maximization from name pairs.
///
/// Each Arabic letter emits a string of 0 to 4 English letters: a consonant
/// with the short vowels Arabic does not write (م → "mu"), a digraph (ش → "sh",
/// خ → "kh"), a long vowel (ي → "ee"), or nothing (ع → ""). The emission
/// probability depends on the letter and its position in the word (initial,
/// medial, final: final ة → "a", "ah"; initial ا → "a", "i", "e"), backed off
/// to the letter alone. `P(english | arabic)` sums over all alignments.
///
/// A background model of English spellings (letter trigrams) turns it into a
/// likelihood ratio: how much better the Arabic name explains the English
/// spelling than chance does.
public struct TransliterationModel: Sendable {
    /// Longest English string one Arabic letter emits.
    public static let maxEmission = 4
    static let positions = 3

    var emissions: EmissionTable
    /// Letter trigram log-probabilities of English names, and their backoffs.
    var background: EnglishLetterModel
    /// Probability of any single-letter substitution or deletion the data never showed.
    static let floorSubstitution = 1e-6
    static let floorDeletion = 1e-7

    init(emissions: EmissionTable, background: EnglishLetterModel) {
        self.emissions = emissions
        self.background = background
    }

    // MARK: Keys

    @inline(__always)
    static func context(_ symbol: UInt8, index: Int, count: Int) -> UInt32 {
        let position: UInt32 = index == 0 ? 0 : (index == count - 1 ? 2 : 1)
        return UInt32(symbol) * UInt32(positions) + position
    }

    /// The key of context `context` emitting `length` letters packed in `code`
    /// (5 bits a letter, first letter highest).
    @inline(__always)
    static func key(context: UInt32, length: Int, code: UInt32) -> UInt32 {
        context << 23 | UInt32(length) << 20 | code
    }

    // MARK: Scoring

    /// log P(english | arabic), summed over alignments; `-infinity` if
    /// either is empty and the other is not.
    public func logLikelihood(arabic: [UInt8], english: [UInt8]) -> Double {
        let n = arabic.count, m = english.count
        if n == 0 || m == 0 { return n == m ? 0 : -.infinity }
        return withUnsafeTemporaryAllocation(of: Double.self, capacity: (n + 1) * (m + 1)) { alpha in
            forward(arabic, english, into: alpha)
            let total = alpha[n * (m + 1) + m]
            return total > 0 ? log(total) + Double(n) * Self.scaleLog : -.infinity
        }
    }

    /// Forward probabilities, each row scaled by `scale` to stay in range.
    static let scale = 64.0
    static let scaleLog = -log(64.0)

    @inline(__always)
    func forward(_ a: [UInt8], _ e: [UInt8], into alpha: UnsafeMutableBufferPointer<Double>) {
        let n = a.count, m = e.count, width = m + 1
        alpha.initialize(repeating: 0)
        alpha[0] = 1
        for i in 0..<n {
            let ctx = Self.context(a[i], index: i, count: n)
            let row = i * width, next = (i + 1) * width
            for j in 0...m {
                let here = alpha[row + j]
                if here == 0 { continue }
                let start = here * Self.scale
                var code: UInt32 = 0
                for k in 0...Self.maxEmission {
                    if j + k > m { break }
                    if k > 0 { code = code << 5 | UInt32(e[j + k - 1]) }
                    var p = emissions.value(Self.key(context: ctx, length: k, code: code))
                    if p == 0 {
                        if k == 1 { p = Self.floorSubstitution } else if k == 0 { p = Self.floorDeletion } else { continue }
                    }
                    alpha[next + j + k] += start * p
                }
            }
        }
    }

    /// log P_background(english): how likely the spelling is as an English name at all.
    public func backgroundLogLikelihood(english: [UInt8]) -> Double {
        background.logLikelihood(english)
    }

    /// The log-likelihood ratio `log P(english | arabic) − log P_background(english)`.
    public func logRatio(arabic: [UInt8], english: [UInt8]) -> Double {
        logLikelihood(arabic: arabic, english: english) - background.logLikelihood(english)
    }

    // MARK: Alignment

    /// One step of the best alignment: an Arabic letter and the English
    /// letters it became.
    public struct AlignedLetter: Sendable, Hashable {
        /// Index of the Arabic letter in the name's letters.
        public let arabicIndex: Int
        /// The Arabic letter.
        public let arabic: Character
        /// The English letters it became (may be empty).
        public let english: String
        /// Range of those letters in the English name's letters.
        public let englishRange: Range<Int>
        /// log P(english | arabic letter in its position).
        public let logProbability: Double
    }

    /// The single most probable alignment (Viterbi).
    public func bestAlignment(arabic a: [UInt8], english e: [UInt8]) -> [AlignedLetter] {
        let n = a.count, m = e.count
        guard n > 0 else { return [] }
        let width = m + 1
        var score = [Double](repeating: -.infinity, count: (n + 1) * width)
        var back = [Int](repeating: -1, count: (n + 1) * width)
        var emitted = [Double](repeating: 0, count: (n + 1) * width)
        score[0] = 0
        for i in 0..<n {
            let ctx = Self.context(a[i], index: i, count: n)
            for j in 0...m where score[i * width + j] > -.infinity {
                var code: UInt32 = 0
                for k in 0...Self.maxEmission where j + k <= m {
                    if k > 0 { code = code << 5 | UInt32(e[j + k - 1]) }
                    var p = emissions.value(Self.key(context: ctx, length: k, code: code))
                    if p == 0 {
                        if k == 1 { p = Self.floorSubstitution } else if k == 0 { p = Self.floorDeletion } else { continue }
                    }
                    let candidate = score[i * width + j] + log(p)
                    let target = (i + 1) * width + j + k
                    if candidate > score[target] {
                        score[target] = candidate
                        back[target] = j
                        emitted[target] = log(p)
                    }
                }
            }
        }
        var steps: [AlignedLetter] = []
        var j = m
        for i in stride(from: n, to: 0, by: -1) {
            let cell = i * width + j
            let from = max(back[cell], 0)
            steps.append(AlignedLetter(arabicIndex: i - 1, arabic: NameForms.arabicLetter(a[i - 1]),
                                       english: NameForms.englishString(e[from..<j]), englishRange: from..<j,
                                       logProbability: emitted[cell]))
            j = from
        }
        return steps.reversed()
    }
}
