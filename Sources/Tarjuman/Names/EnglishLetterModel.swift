/// A letter trigram model of English name spellings, with interpolated
/// add-one smoothing: the background against which a transliteration is
/// judged.
struct EnglishLetterModel: Sendable {
    /// Symbols: 0–25 letters, 26 boundary.
    static let boundary: Int = 26
    static let size = 27
    /// log P(c | a, b) for every a, b, c (27³ entries).
    var logProbabilities: [Float]

    init(logProbabilities: [Float]) { self.logProbabilities = logProbabilities }

    /// Trains on spellings (letter symbols 0–25).
    init(training names: [[UInt8]]) {
        let s = Self.size
        var tri = [Double](repeating: 0, count: s * s * s)
        var bi = [Double](repeating: 0, count: s * s)
        var uni = [Double](repeating: 0, count: s)
        for name in names {
            var a = Self.boundary, b = Self.boundary
            for c in name.map(Int.init) + [Self.boundary] {
                tri[(a * s + b) * s + c] += 1
                bi[b * s + c] += 1
                uni[c] += 1
                a = b
                b = c
            }
        }
        let total = uni.reduce(0, +)
        var biContext = [Double](repeating: 0, count: s)
        for b in 0..<s { for c in 0..<s { biContext[b] += bi[b * s + c] } }
        var triContext = [Double](repeating: 0, count: s * s)
        for ab in 0..<(s * s) { for c in 0..<s { triContext[ab] += tri[ab * s + c] } }
        var logs = [Float](repeating: 0, count: s * s * s)
        for a in 0..<s {
            for b in 0..<s {
                for c in 0..<s {
                    let pUni = (uni[c] + 1) / (total + Double(s))
                    let nb = biContext[b]
                    let lb = nb / (nb + 5)
                    let pBi = lb * (nb > 0 ? bi[b * s + c] / nb : 0) + (1 - lb) * pUni
                    let nab = triContext[a * s + b]
                    let lab = nab / (nab + 5)
                    let pTri = lab * (nab > 0 ? tri[(a * s + b) * s + c] / nab : 0) + (1 - lab) * pBi
                    logs[(a * s + b) * s + c] = Float(log(pTri))
                }
            }
        }
        logProbabilities = logs
    }

    func logLikelihood(_ name: [UInt8]) -> Double {
        let s = Self.size
        var a = Self.boundary, b = Self.boundary
        var total = 0.0
        for c in name.map(Int.init) + [Self.boundary] {
            total += Double(logProbabilities[(a * s + b) * s + c])
            a = b
            b = c
        }
        return total
    }
}
