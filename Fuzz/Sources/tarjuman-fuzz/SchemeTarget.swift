import Tarjuman

/// `scheme`: every ``TransliterationScheme`` (the tables are compiled once).
///
/// Properties (check names in brackets):
/// - [non-arabic-unchanged] text without a character of U+0600…U+06FF comes
///   out unchanged (the tables list only that block; others pass through);
/// - [mapped-replaced] no character the table maps on its own is left in
///   the output;
/// - [one-way-no-reverse] a scheme that is not reversible has no `reverse`;
/// - [round-trip] reversible schemes: `reverse(transliterate(x)) == x` for
///   `x` without the ASCII characters of the scheme's alphabet (the
///   documented condition for an exact round trip);
/// - [icu-agrees] reversible schemes: ICU's rule-based transliterator built
///   from the same table (`icuRules`) writes what the direct table writes.
enum SchemeTarget {
    /// A scheme with what the checks need, computed once.
    struct Compiled: Sendable {
        let scheme: TransliterationScheme
        /// Arabic-block characters the table replaces wherever they occur.
        let mapped: Set<Unicode.Scalar>
        /// ASCII bytes of the alphabet (outputs), for reversible schemes.
        let alphabet: Set<UInt8>
        /// ICU over the same rules, when the table has them.
        let icu: Transliterator?
    }

    static let schemes: [Compiled] = TransliterationScheme.allCases.map { scheme in
        let table = scheme.table
        let mapped = Set(table.mappings.filter { $0.next == nil && $0.output != nil }.map(\.scalar))
        let alphabet = Set(table.mappings.compactMap(\.output).flatMap(\.utf8).filter { $0 < 0x80 })
        let icu = scheme.isReversible ? table.icuRules.flatMap { try? Transliterator(rules: $0) } : nil
        return Compiled(scheme: scheme, mapped: mapped, alphabet: scheme.isReversible ? alphabet : [], icu: icu)
    }

    static func prepare() {
        for compiled in schemes where compiled.scheme.isReversible && compiled.icu == nil {
            fatalError("scheme \(compiled.scheme.rawValue): no ICU rules")
        }
    }

    static func run(_ input: FuzzInput) {
        let x = input.text
        let hasArabicBlock = x.unicodeScalars.contains { (0x0600...0x06FF).contains($0.value) }
        for compiled in schemes {
            let scheme = compiled.scheme
            let out = scheme.transliterate(x)
            if !hasArabicBlock {
                input.require(out.utf8.elementsEqual(x.utf8), "non-arabic-unchanged", "[\(scheme.rawValue)] text without Arabic changed: \(shown(x)) -> \(shown(out))")
            }
            if let left = out.unicodeScalars.first(where: { compiled.mapped.contains($0) }) {
                input.require(false, "mapped-replaced",
                              "[\(scheme.rawValue)] U+\(String(left.value, radix: 16, uppercase: true)) left in the output \(shown(out))")
            }
            guard scheme.isReversible else {
                input.require(scheme.reverse(out) == nil, "one-way-no-reverse", "[\(scheme.rawValue)] a one-way scheme reversed")
                continue
            }
            if let icu = compiled.icu {
                let viaICU = icu.transliterate(x)
                input.require(viaICU.utf8.elementsEqual(out.utf8), "icu-agrees",
                              "[\(scheme.rawValue)] direct table \(shown(out)) != ICU rules \(shown(viaICU))")
            }
            var covered = x.unicodeScalars
            covered.removeAll { $0.isASCII && compiled.alphabet.contains(UInt8($0.value)) }
            let text = String(covered)
            let forward = scheme.transliterate(text)
            let back = scheme.reverse(forward)
            input.require(back.map { $0.utf8.elementsEqual(text.utf8) } ?? false, "round-trip",
                          "[\(scheme.rawValue)] round trip: \(shown(text)) -> \(shown(forward)) -> \(back.map(shown) ?? "nil")")
        }
    }
}
