/// A letter trigram model of name spellings in one alphabet, with
/// interpolated smoothing: the background against which a transliteration
/// is judged ("how likely is this spelling as a name at all").
package struct LetterModel: Sendable {
    /// Letters 0..<alphabet, and `alphabet` as the word boundary.
    let alphabet: Int
    /// Observed trigram counts: key (a·S + b)·S + c with S = alphabet + 1.
    let counts: [Int: Double]
    /// log P(c | a, b), dense.
    let logProbabilities: [Float]

    init(alphabet: Int, counts: [Int: Double]) {
        self.alphabet = alphabet
        self.counts = counts
        let s = alphabet + 1
        var bi = [Double](repeating: 0, count: s * s)
        var uni = [Double](repeating: 0, count: s)
        var triContext = [Double](repeating: 0, count: s * s)
        // Sorted: floating-point sums must not depend on hash order.
        for (key, count) in counts.sorted(by: { $0.key < $1.key }) {
            let c = key % s, ab = key / s, b = ab % s
            bi[b * s + c] += count
            uni[c] += count
            triContext[ab] += count
        }
        let total = uni.reduce(0, +)
        var biContext = [Double](repeating: 0, count: s)
        for b in 0..<s { for c in 0..<s { biContext[b] += bi[b * s + c] } }
        var logs = [Float](repeating: 0, count: s * s * s)
        for a in 0..<s {
            for b in 0..<s {
                let nab = triContext[a * s + b], lab = nab / (nab + 5)
                let nb = biContext[b], lb = nb / (nb + 5)
                for c in 0..<s {
                    let pUni = (uni[c] + 1) / (total + Double(s))
                    let pBi = lb * (nb > 0 ? bi[b * s + c] / nb : 0) + (1 - lb) * pUni
                    let tri = counts[(a * s + b) * s + c] ?? 0
                    let pTri = lab * (nab > 0 ? tri / nab : 0) + (1 - lab) * pBi
                    logs[(a * s + b) * s + c] = Float(log(pTri))
                }
            }
        }
        logProbabilities = logs
    }

    /// Counts the trigrams of `names`.
    /// A model whose log-probabilities were computed before (by the initializer above).
    init(alphabet: Int, counts: [Int: Double], logProbabilities: [Float]) {
        self.alphabet = alphabet
        self.counts = counts
        self.logProbabilities = logProbabilities
    }

    package init(alphabet: Int, training names: [[UInt8]]) {
        let s = alphabet + 1
        var counts: [Int: Double] = [:]
        for name in names {
            var a = alphabet, b = alphabet
            for c in name.map(Int.init) + [alphabet] {
                counts[(a * s + b) * s + c, default: 0] += 1
                a = b
                b = c
            }
        }
        self.init(alphabet: alphabet, counts: counts)
    }

    func logLikelihood(_ name: [UInt8]) -> Double {
        let s = alphabet + 1
        var a = alphabet, b = alphabet
        var total = 0.0
        for c in name.map(Int.init) + [alphabet] {
            total += Double(logProbabilities[(a * s + b) * s + c])
            a = b
            b = c
        }
        return total
    }
}

extension LetterModel {
    /// log P(c | a, b) for one step; `alphabet` stands for the word boundary.
    @inline(__always)
    func logProbability(_ a: Int, _ b: Int, _ c: Int) -> Double {
        let s = alphabet + 1
        return Double(logProbabilities[(a * s + b) * s + c])
    }
}
