internal import CICUShim

/// An ICU transliterator, opened from a transform ID or from custom rules.
///
/// Opening parses and compiles once; use the same value for every string.
///
/// ```swift
/// let latin = try Transliterator(id: "Any-Latin; Latin-ASCII")
/// latin.transliterate("مصطفى بالي")           // "mstfy baly"
///
/// let rules = try Transliterator(rules: "ب > b; ا > a; ل > l; ي > i;")
/// rules.transliterate("بالي")                  // "bali"
/// ```
///
/// Thread safety: an ICU transliterator keeps state while it runs, so one ICU
/// object is never used by two threads at once. Each value keeps a small pool of
/// clones: a call takes one, uses it alone and puts it back (so concurrent calls
/// run in parallel, and steady use creates no ICU objects).
public struct Transliterator: Sendable {
    /// Which way a transform runs.
    public enum Direction: Sendable, Hashable, CaseIterable {
        /// As written: `Arabic-Latin` turns Arabic into Latin.
        case forward
        /// The inverse: `Arabic-Latin` reversed turns Latin into Arabic.
        case reverse
        var shim: Int32 { self == .forward ? 0 : 1 }
    }

    private let pool: ICUHandlePool<TransliteratorKind>
    /// ICU's ID for this transliterator (for rules, the ID given at opening).
    public let id: String
    /// The direction it was opened in.
    public let direction: Direction

    /// Opens a transliterator from an ICU transform ID or compound ID, such as
    /// `"Arabic-Latin"`, `"Any-Latin; Latin-ASCII"` or `"NFD; [:Mn:] Remove; NFC"`.
    ///
    /// The corresponding ICU function is `utrans_openU`.
    ///
    /// - Parameters:
    ///   - id: A transform ID; ``availableIDs`` lists the basic ones.
    ///   - direction: `.reverse` opens the inverse transform.
    /// - Throws: ``ICUError`` naming the ID and ICU's error (`U_INVALID_ID`) if
    ///   ICU does not know the ID.
    public init(id: String, direction: Direction = .forward) throws(ICUError) {
        let units = Array(id.utf16)
        var status: Int32 = 0
        let handle = units.withUnsafeBufferPointer {
            cicu_utrans_openID($0.baseAddress, Int32($0.count), direction.shim, &status)
        }
        guard let handle, icuSucceeded(status) else {
            throw ICUError(code: status, operation: "utrans_openU", subject: id)
        }
        self.pool = ICUHandlePool(prototype: handle)
        self.direction = direction
        self.id = Self.unicodeID(of: handle) ?? id
    }

    /// Compiles custom ICU transform rules (the syntax of ICU's user guide:
    /// `a > b;`, contexts, variables, `::NFD;` filters ...).
    ///
    /// The corresponding ICU function is `utrans_openU` with rules.
    ///
    /// - Parameters:
    ///   - rules: The rule text.
    ///   - id: A name for the rule set (it appears in errors and ``id``).
    ///   - direction: `.reverse` compiles the rules' inverse (`<` and `<>` rules).
    /// - Throws: ``ICUError`` with ICU's error name and, for a syntax error, the
    ///   line and offset ICU reports.
    public init(rules: String, id: String = "Tarjuman-Custom", direction: Direction = .forward) throws(ICUError) {
        let idUnits = Array(id.utf16)
        let ruleUnits = Array(rules.utf16)
        guard ruleUnits.count < Int(Int32.max) else {
            throw ICUError(code: 1, operation: "utrans_openU", subject: id)
        }
        var status: Int32 = 0
        var line: Int32 = -1
        var offset: Int32 = -1
        let handle = idUnits.withUnsafeBufferPointer { idBuffer in
            ruleUnits.withUnsafeBufferPointer { ruleBuffer in
                cicu_utrans_openRules(idBuffer.baseAddress, Int32(idBuffer.count),
                                      ruleBuffer.baseAddress, Int32(ruleBuffer.count),
                                      direction.shim, &line, &offset, &status)
            }
        }
        guard let handle, icuSucceeded(status) else {
            throw ICUError(code: status, operation: "utrans_openU", subject: id,
                           line: line > 0 ? Int(line) : nil,
                           offset: offset >= 0 ? Int(offset) : nil)
        }
        self.pool = ICUHandlePool(prototype: handle)
        self.direction = direction
        self.id = id
    }

    /// Largest piece handed to ICU at once; longer text is cut after line
    /// feeds (else after spaces). ICU's transliteration slows down more than
    /// linearly on long Arabic runs (measured: 5.3 MB/s line by line, 0.36 MB/s
    /// on a 1 MB document), so pieces stay small.
    static let pieceLimit = 1 << 16

    /// Transliterates `text`.
    ///
    /// The corresponding ICU function is `utrans_transUChars` (ICU works in
    /// UTF-16: the text is converted once each way inside the C shim).
    ///
    /// - Returns: The transliterated text. Should ICU fail (only when memory
    ///   runs out), `text` is returned unchanged rather than lost.
    /// - Complexity: O(*n*) times the cost of the rules.
    public func transliterate(_ text: String) -> String {
        if text.isEmpty { return text }
        // Long runs of combining marks cut first, as for normalization.
        let text = StreamSafe.apply(text)
        return pool.withHandle { handle in
            withUTF8Bytes(text) { bytes in
                var result = ""
                for piece in utf8Pieces(bytes, limit: Self.pieceLimit) {
                    guard let out = Self.transliterate(UnsafeBufferPointer(rebasing: bytes[piece]), with: handle) else {
                        return text
                    }
                    if result.isEmpty { result = out } else { result += out }
                }
                return result
            }
        }
    }

    private static func transliterate(_ bytes: UnsafeBufferPointer<UInt8>, with handle: OpaquePointer) -> String? {
        var out: UnsafeMutablePointer<CChar>?
        var length: Int32 = 0
        var status: Int32 = 0
        bytes.withMemoryRebound(to: CChar.self) {
            cicu_utrans_transUTF8(handle, $0.baseAddress, Int32($0.count), &out, &length, &status)
        }
        guard icuSucceeded(status), let out else { return nil }
        defer { cicu_free(out) }
        return out.withMemoryRebound(to: UInt8.self, capacity: Int(length)) {
            String(decoding: UnsafeBufferPointer(start: $0, count: Int(length)), as: UTF8.self)
        }
    }

    private static func unicodeID(of handle: OpaquePointer) -> String? {
        var length: Int32 = 0
        guard let units = cicu_utrans_getUnicodeID(handle, &length) else { return nil }
        return String(decoding: UnsafeBufferPointer(start: units, count: Int(length)), as: UTF16.self)
    }

    /// The IDs of the transliterators ICU has built in (`utrans_openIDs`),
    /// such as `Arabic-Latin`, `Any-Latin`, `Latin-ASCII`, `Arabic-Latin/BGN`.
    /// Compound IDs (`A; B`) and filters combine them.
    public static var availableIDs: [String] {
        var status: Int32 = 0
        guard let en = cicu_utrans_openIDs(&status) else { return [] }
        defer { cicu_uenum_close(en) }
        var ids: [String] = []
        while true {
            var length: Int32 = 0
            guard let chars = cicu_uenum_next(en, &length, &status), icuSucceeded(status) else { break }
            ids.append(String(cString: chars))
        }
        return ids
    }
}

enum TransliteratorKind: ICUHandleKind {
    static func clone(_ handle: OpaquePointer) -> OpaquePointer? {
        var status: Int32 = 0
        return cicu_utrans_clone(handle, &status)
    }

    static func close(_ handle: OpaquePointer) { cicu_utrans_close(handle) }
}
