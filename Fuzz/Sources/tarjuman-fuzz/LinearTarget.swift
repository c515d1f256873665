import Tarjuman

/// `linear`: the linear-time property. The input, repeated to about 4 KB and
/// to four times that, goes through each text entry point; the larger must
/// not take more than 8 times as long as the smaller (linear work takes
/// about 4, quadratic work 16), with 20 ms of slack for timer noise. Each
/// timing is the best of two runs.
///
/// Properties (check names in brackets, for `TARJUMAN_FUZZ_SKIP`):
/// - [linear-normalize] `TextNormalizer` with the search presets;
/// - [linear-nfkc] `NormalizationForm.nfkcCasefold` and `.nfd`;
/// - [linear-tokenize] `Tokenizer` with clitics;
/// - [linear-transliterate] `TransliterationScheme.buckwalter` and ICU's
///   `Any-Latin; Latin-ASCII`.
enum LinearTarget {
    struct Shared: Sendable {
        let normalizer = TextNormalizer(arabic: .search, english: .search)
        let tokenizer = try? Tokenizer(options: .init(clitics: true))
        let latin = try? Transliterator(id: "Any-Latin; Latin-ASCII")
    }
    static let shared = Shared()

    static func prepare() { _ = shared }

    static func seconds(_ body: () -> Void) -> Double {
        var best = Double.infinity
        for _ in 0..<2 {
            let start = ContinuousClock.now
            body()
            let elapsed = ContinuousClock.now - start
            best = min(best, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
        }
        return best
    }

    static func run(_ input: FuzzInput) {
        let unit = input.text(limit: 256)
        guard !unit.isEmpty else { return }
        let small = String(repeating: unit, count: max(1, 4096 / max(unit.utf8.count, 1)))
        let large = String(repeating: small, count: 4)
        func check(_ name: String, _ work: (String) -> Void) {
            let t1 = seconds { work(small) }, t4 = seconds { work(large) }
            input.require(t4 <= 8 * t1 + 0.02, name,
                          "\(t1) s at \(small.utf8.count) bytes but \(t4) s at \(large.utf8.count) bytes")
        }
        let s = shared
        check("linear-normalize") { _ = s.normalizer.normalize($0) }
        check("linear-nfkc") { _ = NormalizationForm.nfkcCasefold.normalize($0); _ = NormalizationForm.nfd.normalize($0) }
        if let tokenizer = s.tokenizer { check("linear-tokenize") { _ = tokenizer.tokens(in: $0) } }
        check("linear-transliterate") {
            _ = TransliterationScheme.buckwalter.table.transliterate($0)
            _ = s.latin?.transliterate($0)
        }
    }
}
