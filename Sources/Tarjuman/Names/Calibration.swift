/// Turns a name alignment into a probability, by logistic regression on
/// three features and a bias:
/// - the summed log-likelihood ratio of the matched token pairs (how much
///   evidence matched: two good token matches say more than one);
/// - the share of tokens left unmatched on one side only (an omission: a
///   middle name one report leaves out);
/// - the share of tokens left unmatched on both sides (a conflict: a different
///   name where the other report has one).
///
/// Fitted on pairs built from the train splits (true pairs against the most
/// confusable wrong ones, one to one, so that 0.5 means "as likely as not").
public struct Calibration: Sendable, Hashable {
    /// Weight of the matched pairs' summed log-likelihood ratio.
    public var perToken: Double
    /// Weight of the share of tokens unmatched on one side only.
    public var omitted: Double
    /// Weight of the share of tokens unmatched on both sides.
    public var conflicting: Double
    /// The bias.
    public var bias: Double

    /// Coefficients.
    public init(perToken: Double, omitted: Double, conflicting: Double, bias: Double) {
        self.perToken = perToken
        self.omitted = omitted
        self.conflicting = conflicting
        self.bias = bias
    }

    /// The probability of a match.
    ///
    /// - Parameters:
    ///   - matchedRatio: Sum of the matched token pairs' log-likelihood ratios.
    ///   - matched: Number of matched pairs.
    ///   - unmatchedArabic: Arabic tokens (not particles) left unmatched.
    ///   - unmatchedEnglish: English tokens (not particles) left unmatched.
    ///   - tokens: Tokens (not particles), both sides.
    public func probability(matchedRatio: Double, matched: Int, unmatchedArabic: Int, unmatchedEnglish: Int,
                            tokens: Int) -> Double {
        let x = Self.features(matchedRatio: matchedRatio, matched: matched, unmatchedArabic: unmatchedArabic,
                              unmatchedEnglish: unmatchedEnglish, tokens: tokens)
        let z = perToken * x[0] + omitted * x[1] + conflicting * x[2] + bias
        return 1 / (1 + exp(-max(-40, min(40, z))))
    }

    package static func features(matchedRatio: Double, matched: Int, unmatchedArabic: Int, unmatchedEnglish: Int,
                         tokens: Int) -> [Double] {
        // +∞ (the background likelihood of a long name underflows to zero)
        // is overwhelming evidence for, not a failure; −∞ and NaN are none.
        let evidence = matched > 0 && matchedRatio == .infinity ? 60
            : (matchedRatio.isFinite && matched > 0 ? matchedRatio : -100)
        let both = min(unmatchedArabic, unmatchedEnglish)
        let oneSided = unmatchedArabic + unmatchedEnglish - 2 * both
        let n = Double(max(tokens, 1))
        return [max(-50, min(60, evidence)), Double(oneSided) / n, Double(2 * both) / n]
    }

    /// Strength of the L2 penalty on the weights when fitting.
    static let ridge = 1.0

    /// Fits the coefficients by Newton's method on labelled feature rows.
    package static func fit(_ rows: [(features: [Double], match: Bool)]) -> Calibration {
        let d = 4
        var w = [0.1, -1.0, -1.0, 0.0]
        for _ in 0..<200 {
            var gradient = [Double](repeating: 0, count: d)
            var hessian = [[Double]](repeating: [Double](repeating: 0, count: d), count: d)
            for (f, match) in rows {
                let x = f + [1]
                let z = zip(w, x).map(*).reduce(0, +)
                let p = 1 / (1 + exp(-max(-40, min(40, z))))
                let y = match ? 1.0 : 0.0
                for a in 0..<d {
                    gradient[a] += (p - y) * x[a]
                    for b in 0..<d { hessian[a][b] += p * (1 - p) * x[a] * x[b] }
                }
            }
            // L2 regularization (not on the bias): the synthetic examples are
            // nearly separable, and unregularized weights would run to infinity.
            for a in 0..<(d - 1) {
                gradient[a] += Self.ridge * w[a]
                hessian[a][a] += Self.ridge
            }
            hessian[d - 1][d - 1] += 1e-3
            guard var step = solve(hessian, gradient) else { break }
            // Damped Newton: where predictions saturate the curvature vanishes
            // and a full step would overshoot.
            let largest = step.map(abs).max()!
            if largest > 1 { step = step.map { $0 / largest } }
            for a in 0..<d { w[a] -= step[a] }
            if step.map(abs).max()! < 1e-7 { break }
        }
        // An omission never makes a match more likely; the synthetic data can
        // suggest otherwise (true pairs with a dropped middle name align very well).
        return Calibration(perToken: w[0], omitted: min(w[1], 0), conflicting: w[2], bias: w[3])
    }

    /// Solves a small linear system by Gaussian elimination with pivoting.
    static func solve(_ matrix: [[Double]], _ vector: [Double]) -> [Double]? {
        var a = matrix, b = vector
        let n = b.count
        for column in 0..<n {
            guard let pivot = (column..<n).max(by: { abs(a[$0][column]) < abs(a[$1][column]) }),
                  abs(a[pivot][column]) > 1e-12 else { return nil }
            a.swapAt(column, pivot)
            b.swapAt(column, pivot)
            for row in (column + 1)..<n {
                let factor = a[row][column] / a[column][column]
                for k in column..<n { a[row][k] -= factor * a[column][k] }
                b[row] -= factor * b[column]
            }
        }
        var x = [Double](repeating: 0, count: n)
        for row in stride(from: n - 1, through: 0, by: -1) {
            var sum = b[row]
            for k in (row + 1)..<n { sum -= a[row][k] * x[k] }
            x[row] = sum / a[row][row]
        }
        return x
    }
}
