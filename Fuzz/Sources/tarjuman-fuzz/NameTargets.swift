import Tarjuman

/// `romanize`, `arabize` and `score`: the name models (created once). Names
/// are cut to 64 bytes so that each run stays fast.
///
/// Candidates of ``Romanizer/romanize(_:count:)`` and
/// ``Arabizer/arabize(_:count:)`` (check names in brackets):
/// - [candidate-count] at most `count`; [candidate-text] none empty;
/// - [candidate-scores] log-probabilities finite, probabilities finite and
///   in [0, 1];
/// - [candidate-order] best first: log-probabilities and probabilities do
///   not increase;
/// - [probability-sum] the probabilities (each a share among the candidates
///   returned) sum to 1;
/// - [no-letters-no-candidates] romanize: "Text without Arabic letters gives
///   no candidates" (no alphabetic scalar of the Arabic script).
///
/// Matches of ``NameMatcher``, on the input cut in two at the offset its
/// first byte gives (the Arabic name, then the English one):
/// - [probability-range] probability in [0, 1] (so not NaN);
/// - [ratio-not-nan] log-likelihood ratios not NaN;
/// - [symmetric] `similarity(a, b)` and `similarity(b, a)` agree: the two
///   names are "given in either script", the Arabic one detected.
enum NameTargets {
    /// Inputs are cut to this many bytes (per name), so that each run is fast.
    static let nameLimit = 64
    /// Candidates asked for.
    static let count = 5

    static let romanizer = Romanizer()
    static let arabizer = Arabizer()
    static let matcher = NameMatcher()

    static func prepareRomanizer() { _ = romanizer.romanize("مصطفى بالي") }
    static func prepareArabizer() { _ = arabizer.arabize("Mustafa Bali") }
    static func prepareMatcher() { _ = matcher.similarity(arabic: "مصطفى بالي", english: "Mustafa Bali") }

    static func romanize(_ input: FuzzInput) {
        let name = input.text(limit: nameLimit)
        let candidates = romanizer.romanize(name, count: count)
        checkCandidates(candidates, of: name, "romanize", input)
        if !name.unicodeScalars.contains(where: { $0.properties.isAlphabetic && Script.of($0) == .arabic }) {
            input.require(candidates.isEmpty, "no-letters-no-candidates",
                          "romanize(\(shown(name))): no Arabic letters, yet candidates \(candidates.map { shown($0.text) })")
        }
    }

    static func arabize(_ input: FuzzInput) {
        let name = input.text(limit: nameLimit)
        checkCandidates(arabizer.arabize(name, count: count), of: name, "arabize", input)
    }

    static func checkCandidates(_ candidates: [Romanizer.Candidate], of name: String, _ what: String, _ input: FuzzInput) {
        let context = "\(what)(\(shown(name)))"
        input.require(candidates.count <= count, "candidate-count", "\(context): \(candidates.count) candidates for count \(count)")
        var total = 0.0
        for (k, c) in candidates.enumerated() {
            input.require(!c.text.isEmpty, "candidate-text", "\(context): candidate \(k) is empty")
            input.require(c.logProbability.isFinite, "candidate-scores", "\(context): candidate \(k) \(shown(c.text)) log-probability \(c.logProbability)")
            input.require(c.probability.isFinite && c.probability >= 0 && c.probability <= 1, "candidate-scores",
                          "\(context): candidate \(k) \(shown(c.text)) probability \(c.probability)")
            if k > 0 {
                let previous = candidates[k - 1]
                input.require(c.logProbability <= previous.logProbability && c.probability <= previous.probability, "candidate-order",
                              "\(context): candidate \(k) \(shown(c.text)) (\(c.logProbability), \(c.probability)) ranks above candidate \(k - 1) \(shown(previous.text)) (\(previous.logProbability), \(previous.probability))")
            }
            total += c.probability
        }
        input.require(candidates.isEmpty || abs(total - 1) < 1e-9, "probability-sum", "\(context): probabilities sum to \(total)")
    }

    static func score(_ input: FuzzInput) {
        let (a, e) = input.split(headerBytes: 1, limit: nameLimit)
        let context = "(\(shown(a)), \(shown(e)))"
        let direct = matcher.similarity(arabic: a, english: e)
        check(direct, "similarity(arabic:english:)\(context)", input)
        _ = direct.explanation
        let forward = matcher.similarity(a, e), backward = matcher.similarity(e, a)
        check(forward, "similarity\(context)", input)
        check(backward, "similarity(reversed)\(context)", input)
        input.require(same(forward.probability, backward.probability) && same(forward.logLikelihoodRatio, backward.logLikelihoodRatio), "symmetric",
                      "similarity\(context) = \(forward.probability) (\(forward.logLikelihoodRatio)), reversed \(backward.probability) (\(backward.logLikelihoodRatio))")
    }

    static func check(_ match: NameMatch, _ context: String, _ input: FuzzInput) {
        input.require(match.probability >= 0 && match.probability <= 1, "probability-range", "\(context): probability \(match.probability)")
        input.require(!match.logLikelihoodRatio.isNaN, "ratio-not-nan", "\(context): log-likelihood ratio is NaN")
        for pair in match.tokens {
            input.require(!pair.logLikelihoodRatio.isNaN, "ratio-not-nan", "\(context): token pair \(shown(pair.arabic)) ↔ \(shown(pair.english)) has a NaN ratio")
        }
    }
}
