/// A learned model of how names are spelled across Arabic and English.
///
/// Two letter transducers learned by EM from name pairs:
/// - forward, `P(english | arabic)`: each Arabic letter, in its position,
///   emits 0 to 4 English letters: a consonant with the short vowels Arabic does
///   not write (م → "mu"), a digraph (ش → "sh"), a long vowel (ي → "ee"), or
///   nothing (ع → "");
/// - reverse, `P(arabic | english)`: each English letter emits 0 to 2 Arabic
///   letters (v → ف, x → كس, h after s → nothing),
///
/// and a background letter trigram model for each script, for how likely a
/// spelling is as a name at all.
///
/// The ``score(arabic:english:)`` of a pair is
/// `log P(e|a) + log P(a|e) − log P(e) − log P(a)`: two estimates of how much
/// better the names explain each other than chance does. For a fixed query it
/// ranks candidates of the other script by their posterior probability of
/// being the match, in either direction.
public struct TransliterationModel: Sendable {
    package var forward: LetterTransducer
    package var reverse: LetterTransducer
    package var englishModel: LetterModel
    package var arabicModel: LetterModel

    /// Number of Arabic letter symbols (see ``NameForms``).
    package static let arabicAlphabet = NameForms.arabicCount
    package static let englishAlphabet = 26

    /// Arabic vowel letters ا و ي ى ة (and alef forms): what may follow a
    /// consonant that then needs no written short vowel.
    package static let arabicVowels: [Bool] = (0..<64).map { symbol in
        guard symbol < arabicAlphabet else { return false }
        return "اأإآوىية".unicodeScalars.contains(Unicode.Scalar(NameForms.arabicBase + UInt32(symbol))!)
    }
    /// English vowels a e i o u y.
    package static let englishVowels: [Bool] = (0..<64).map { symbol in
        symbol < 26 && "aeiouy".utf8.contains(UInt8(symbol) + 0x61)
    }

    package init(forward: LetterTransducer, reverse: LetterTransducer, englishModel: LetterModel, arabicModel: LetterModel) {
        self.forward = forward
        self.reverse = reverse
        self.englishModel = englishModel
        self.arabicModel = arabicModel
    }

    /// log P(english | arabic), summed over all letter alignments.
    public func logLikelihood(arabic: [UInt8], english: [UInt8]) -> Double {
        forward.logLikelihood(source: arabic, target: english)
    }

    /// log P(arabic | english), summed over all letter alignments.
    public func reverseLogLikelihood(arabic: [UInt8], english: [UInt8]) -> Double {
        reverse.logLikelihood(source: english, target: arabic)
    }

    /// log P(english) under the background model of English name spellings.
    public func backgroundLogLikelihood(english: [UInt8]) -> Double { englishModel.logLikelihood(english) }

    /// log P(arabic) under the background model of Arabic name spellings.
    public func backgroundLogLikelihood(arabic: [UInt8]) -> Double { arabicModel.logLikelihood(arabic) }

    /// The symmetric match score of a pair (a log-likelihood ratio, in nats):
    /// high when the spellings explain each other far better than chance.
    public func score(arabic: [UInt8], english: [UInt8]) -> Double {
        logLikelihood(arabic: arabic, english: english) + reverseLogLikelihood(arabic: arabic, english: english)
            - backgroundLogLikelihood(english: english) - backgroundLogLikelihood(arabic: arabic)
    }

    /// One step of the best alignment: an Arabic letter and the English
    /// letters it became.
    public struct AlignedLetter: Sendable, Hashable {
        /// Index of the Arabic letter among the name's letters.
        public let arabicIndex: Int
        /// The Arabic letter.
        public let arabic: Character
        /// The English letters it became (may be empty).
        public let english: String
        /// Range of those letters among the English name's letters.
        public let englishRange: Range<Int>
        /// log P(these English letters | this Arabic letter in its position).
        public let logProbability: Double
    }

    /// The single most probable letter alignment (Viterbi, forward model).
    public func bestAlignment(arabic: [UInt8], english: [UInt8]) -> [AlignedLetter] {
        forward.bestAlignment(source: arabic, target: english).enumerated().map { index, step in
            AlignedLetter(arabicIndex: index, arabic: NameForms.arabicLetter(arabic[index]),
                          english: NameForms.englishString(english[step.range]), englishRange: step.range,
                          logProbability: step.logProbability)
        }
    }
}
