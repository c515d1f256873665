internal import CICUShim

/// Locale-aware case mapping and locale-independent case folding.
///
/// ```swift
/// let root = try CaseMapper()
/// root.lowercased("QAMISHLO")        // "qamishlo"
/// root.titlecased("deir al-zor")     // "Deir Al-Zor"
/// root.folded("Straße")              // "strasse"
/// try CaseMapper(locale: "tr").uppercased("istanbul")  // "İSTANBUL"
/// ```
///
/// Thread safety: lower, upper and fold use ICU's `UCaseMap` through const
/// functions, safe from any number of threads at once. Title casing drives the
/// map's internal word break iterator, so it is serialized by a lock.
public struct CaseMapper: Sendable {
    private let handle: CaseMapHandle
    /// The locale the mapper was opened with ("" is the root locale).
    public let locale: String

    /// Opens a case mapper for `locale` (an ICU/BCP 47 locale ID such as
    /// `"tr"`, `"en-US"`; `""` for the root locale).
    ///
    /// - Throws: ``ICUError`` if ICU cannot open the case map.
    public init(locale: String = "") throws(ICUError) {
        self.locale = locale
        self.handle = try CaseMapHandle(locale: locale)
    }

    /// `text` in lower case, by the rules of this mapper's locale
    /// (`ucasemap_utf8ToLower`). Should ICU fail, `text` is returned unchanged.
    public func lowercased(_ text: String) -> String { handle.map(text, op: 0, turkic: false) }

    /// `text` in upper case, by the rules of this mapper's locale
    /// (`ucasemap_utf8ToUpper`). Should ICU fail, `text` is returned unchanged.
    public func uppercased(_ text: String) -> String { handle.map(text, op: 1, turkic: false) }

    /// `text` with the first letter of each word in title case and the rest in
    /// lower case, words as ICU's word break iterator finds them
    /// (`ucasemap_utf8ToTitle`). Should ICU fail, `text` is returned unchanged.
    public func titlecased(_ text: String) -> String { handle.title(text) }

    /// Full case folding of `text` (`ucasemap_utf8FoldCase`): the same for any
    /// locale, so caseless comparison does not depend on where it runs.
    ///
    /// - Parameters:
    ///   - text: The text to fold.
    ///   - turkic: Fold I and İ the Turkic way (I → ı, İ → i) instead of
    ///     the default (I → i, İ → i̇).
    public func folded(_ text: String, turkic: Bool = false) -> String {
        handle.map(text, op: 2, turkic: turkic)
    }
}

/// Owns the ICU case maps. `@unchecked Sendable`: the maps are only read by
/// the const ICU functions, except title casing, which holds `titleLock`.
private final class CaseMapHandle: @unchecked Sendable {
    let standard: OpaquePointer
    let turkic: OpaquePointer
    let titleLock = Locked<Void>(())

    init(locale: String) throws(ICUError) {
        var status: Int32 = 0
        guard let standard = cicu_ucasemap_open(locale, 0, &status) else {
            throw ICUError(code: status, operation: "ucasemap_open", subject: locale)
        }
        // U_FOLD_CASE_EXCLUDE_SPECIAL_I = 1
        guard let turkic = cicu_ucasemap_open(locale, 1, &status) else {
            cicu_ucasemap_close(standard)
            throw ICUError(code: status, operation: "ucasemap_open", subject: locale)
        }
        self.standard = standard
        self.turkic = turkic
    }

    deinit {
        cicu_ucasemap_close(standard)
        cicu_ucasemap_close(turkic)
    }

    /// Case mappings can grow text (ß → SS, ŉ → ʼN) but seldom by much.
    static let pieceLimit = 1 << 28

    func map(_ text: String, op: Int32, turkic: Bool) -> String {
        if text.isEmpty { return text }
        let csm = turkic ? self.turkic : standard
        return apply(text) { src, dst, capacity, status in
            cicu_ucasemap_utf8Map(csm, op, src.baseAddress, Int32(src.count), dst, capacity, &status)
        }
    }

    func title(_ text: String) -> String {
        if text.isEmpty { return text }
        return titleLock.withLock { _ in
            apply(text) { src, dst, capacity, status in
                cicu_ucasemap_utf8ToTitle(standard, src.baseAddress, Int32(src.count), dst, capacity, &status)
            }
        }
    }

    private func apply(
        _ text: String,
        _ call: (UnsafeBufferPointer<CChar>, UnsafeMutablePointer<CChar>, Int32, inout Int32) -> Int32
    ) -> String {
        withUTF8Bytes(text) { bytes in
            var result = ""
            for piece in utf8Pieces(bytes, limit: Self.pieceLimit) {
                let slice = UnsafeBufferPointer(rebasing: bytes[piece])
                let mapped = slice.withMemoryRebound(to: CChar.self) { src in
                    makeUTF8String(capacity: src.count + src.count / 4 + 16) { dst, capacity, status in
                        call(src, dst, capacity, &status)
                    }
                }
                guard case .success(let out) = mapped else { return text }
                if result.isEmpty { result = out } else { result += out }
            }
            return result
        }
    }
}
