import Tarjuman

/// The generic approach the name matcher is measured against: ICU's
/// `Any-Latin; Latin-ASCII` romanization of the Arabic, then string
/// similarity with the English spelling.
package struct BaselineMatcher: Sendable {
    /// The similarity used after romanization.
    package enum Similarity: String, Sendable, CaseIterable {
        /// 1 − Levenshtein distance / longer length.
        case levenshtein
        /// Jaro-Winkler similarity.
        case jaroWinkler = "jaro-winkler"
    }

    private let latin: Transliterator
    private let normalizer = NormalizationProfile.englishSearch
    /// The similarity.
    package let similarity: Similarity

    /// A baseline matcher.
    package init(similarity: Similarity) throws(ICUError) {
        latin = try Transliterator(id: "Any-Latin; Latin-ASCII")
        self.similarity = similarity
    }

    /// The comparable form of a name: Arabic romanized by ICU, then both
    /// lowercased ASCII letters.
    package func key(_ name: String) -> [UInt8] {
        let latinName = NameForms.isArabic(name) ? latin.transliterate(name) : name
        return Array(normalizer.normalize(latinName).utf8.filter { $0 >= 0x61 && $0 <= 0x7A })
    }

    /// Similarity in [0, 1] of two keys.
    package func score(_ a: [UInt8], _ b: [UInt8]) -> Double {
        switch similarity {
        case .levenshtein: return levenshteinSimilarity(a, b)
        case .jaroWinkler: return Self.jaroWinkler(a, b)
        }
    }

    static func jaroWinkler(_ a: [UInt8], _ b: [UInt8]) -> Double {
        if a.isEmpty || b.isEmpty { return a.isEmpty && b.isEmpty ? 1 : 0 }
        let window = max(max(a.count, b.count) / 2 - 1, 0)
        var aMatched = [Bool](repeating: false, count: a.count)
        var bMatched = [Bool](repeating: false, count: b.count)
        var matches = 0
        for i in a.indices {
            let low = max(0, i - window), high = min(b.count - 1, i + window)
            if low > high { continue }
            for j in low...high where !bMatched[j] && a[i] == b[j] {
                aMatched[i] = true
                bMatched[j] = true
                matches += 1
                break
            }
        }
        if matches == 0 { return 0 }
        var transpositions = 0, k = 0
        for i in a.indices where aMatched[i] {
            while !bMatched[k] { k += 1 }
            if a[i] != b[k] { transpositions += 1 }
            k += 1
        }
        let m = Double(matches)
        let jaro = (m / Double(a.count) + m / Double(b.count) + (m - Double(transpositions) / 2) / m) / 3
        var prefix = 0
        while prefix < min(4, a.count, b.count) && a[prefix] == b[prefix] { prefix += 1 }
        return jaro + Double(prefix) * 0.1 * (1 - jaro)
    }
}
