/// Arabic names spelled in English letters, the way English-language news
/// writes them (مصطفى → Mustafa, دير الزور → Deir al-Zor), from the name
/// model: the forward transducer proposes what each Arabic letter becomes in
/// its context, and the English letter model judges the spelling as a whole.
///
/// A beam search over letters; each token of the name is spelled on its own,
/// the article ال becomes `al-` (or is kept when it belongs to the name,
/// البرت → Albert), and tokens are capitalized as names.
public struct Romanizer: Sendable {
    /// The name model whose transducer and letter model are searched.
    public let model: TransliterationModel
    /// The most likely emissions of each forward context, best first.
    private let options: [[(letters: [UInt8], logProbability: Double)]]
    /// Paths kept at each letter.
    public var beamWidth = 32
    /// Weight of the English letter model while the beam grows.
    static let lmWeight = 0.5

    /// A romanizer over `model` (by default the built-in one).
    public init(model: TransliterationModel = .builtIn) {
        self.model = model
        var options = [[(letters: [UInt8], logProbability: Double)]](repeating: [], count: 64 * LetterTransducer.positions)
        for (key, p) in model.forward.emissions.entries {
            let ctx = Int(key >> 23), length = Int(key >> 20 & 0x7), code = key & 0xFFFFF
            guard ctx < options.count, p > 1e-4 else { continue }
            var letters = [UInt8](repeating: 0, count: length)
            var rest = code
            for k in stride(from: length - 1, through: 0, by: -1) {
                letters[k] = UInt8(rest & 0x1F)
                rest >>= 5
            }
            options[ctx].append((letters, log(p)))
        }
        self.options = options.map { Array($0.sorted { $0.logProbability > $1.logProbability }.prefix(12)) }
    }

    /// A romanization with its score (log-probability; higher is better).
    public struct Candidate: Sendable, Hashable {
        /// The name in English letters, capitalized (`Deir al-Zor`).
        public let text: String
        /// log P(spelling, Arabic letters) under the model.
        public let logProbability: Double
    }

    /// The `count` best English spellings of an Arabic name, best first.
    /// Non-Arabic text gives no candidates.
    public func romanize(_ name: String, count: Int = 5) -> [Candidate] {
        let tokens = name.split(whereSeparator: { !($0.isLetter || $0.isNumber) })
        guard !tokens.isEmpty, count > 0 else { return [] }
        var combined: [(parts: [String], score: Double)] = [([], 0)]
        for (position, token) in tokens.enumerated() {
            let spelled = spellToken(String(token), initial: position == 0, count: count)
            guard !spelled.isEmpty else { continue }
            var next: [(parts: [String], score: Double)] = []
            for path in combined {
                for option in spelled { next.append((path.parts + [option.text], path.score + option.logProbability)) }
            }
            combined = Array(next.sorted { $0.score > $1.score }.prefix(count))
        }
        return combined.filter { !$0.parts.isEmpty }.map { Candidate(text: $0.parts.joined(separator: " "), logProbability: $0.score) }
    }

    /// The best spelling, or the input unchanged when it has no Arabic letters.
    public func best(_ name: String) -> String {
        romanize(name, count: 1).first?.text ?? name
    }

    private func spellToken(_ token: String, initial: Bool, count: Int) -> [Candidate] {
        if token.unicodeScalars.allSatisfy({ $0.properties.numericType != nil }) {
            return [Candidate(text: token, logProbability: 0)]
        }
        var symbols = NameForms.arabicSymbols(token)
        guard !symbols.isEmpty else { return [] }
        var article = false
        // ال (symbols 6, 35 = ا ل) before three or more letters is the article,
        // unless the lexicon knows the name as written with it (البرت).
        if symbols.count > 3, symbols[0] == 6, symbols[1] == 35,
           !ArabicLexicon.builtIn.alNames.contains(Array(ArabicLexicon.analysisForm(token).utf8)) {
            article = true
            symbols.removeFirst(2)
        }
        return search(symbols, count: count).map { spelling in
            var text = spelling.letters.isEmpty ? "" : String(UnicodeScalar(spelling.letters[0] + 0x41))
            text += NameForms.englishString(spelling.letters.dropFirst())
            if article { text = (initial ? "Al-" : "al-") + text }
            return Candidate(text: text, logProbability: spelling.score)
        }
    }

    private struct Path {
        var letters: [UInt8]
        var score: Double
    }

    private func search(_ arabic: [UInt8], count: Int) -> [(letters: [UInt8], score: Double)] {
        let boundary = model.englishModel.alphabet
        var beam = [Path(letters: [], score: 0)]
        for i in 0..<arabic.count {
            let ctx = Int(model.forward.context(arabic, i))
            var next: [Path] = []
            next.reserveCapacity(beam.count * 8)
            for path in beam {
                for option in options[ctx] {
                    var letters = path.letters, score = path.score + option.logProbability
                    for letter in option.letters {
                        let n = letters.count
                        let a = n >= 2 ? Int(letters[n - 2]) : boundary, b = n >= 1 ? Int(letters[n - 1]) : boundary
                        score += Self.lmWeight * model.englishModel.logProbability(a, b, Int(letter))
                        letters.append(letter)
                    }
                    next.append(Path(letters: letters, score: score))
                }
            }
            // Keep the best path for each spelling, then the best spellings.
            next.sort { $0.score > $1.score }
            var seen = Set<[UInt8]>()
            beam = []
            for path in next where seen.insert(path.letters).inserted {
                beam.append(path)
                if beam.count == beamWidth { break }
            }
            if beam.isEmpty { return [] }
        }
        let finished = beam.compactMap { path -> (letters: [UInt8], score: Double)? in
            guard !path.letters.isEmpty else { return nil }
            let n = path.letters.count
            let a = n >= 2 ? Int(path.letters[n - 2]) : boundary
            return (path.letters, path.score + Self.lmWeight * model.englishModel.logProbability(a, Int(path.letters[n - 1]), boundary))
        }
        // Rerank by both estimates of log P(english | arabic): the forward
        // transducer summed over alignments, and the reverse transducer with
        // the English letter model (Bayes' rule; P(arabic) is constant here).
        return finished.map { spelling -> (letters: [UInt8], score: Double) in
            let forward = model.logLikelihood(arabic: arabic, english: spelling.letters)
            let channel = model.reverseLogLikelihood(arabic: arabic, english: spelling.letters)
                + model.backgroundLogLikelihood(english: spelling.letters)
            return (spelling.letters, (forward + channel) / 2)
        }.sorted { $0.score > $1.score }.prefix(count).map { $0 }
    }
}
