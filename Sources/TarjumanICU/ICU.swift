internal import CICUShim

/// Facts about the ICU library this package runs on.
public enum ICU {
    /// ICU's version, such as `"72.1"` (`u_getVersion`).
    public static var version: String { format(cicu_u_getVersion) }

    /// The Unicode version ICU implements, such as `"15.0"` (`u_getUnicodeVersion`).
    ///
    /// Conformance data must match it: ICU 72 implements Unicode 15.0.
    public static var unicodeVersion: String { format(cicu_u_getUnicodeVersion) }

    private static func format(_ get: (UnsafeMutablePointer<UInt8>?) -> Void) -> String {
        var v: (UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0)
        withUnsafeMutableBytes(of: &v) { get($0.baseAddress!.assumingMemoryBound(to: UInt8.self)) }
        var parts = [v.0, v.1]
        if v.2 != 0 || v.3 != 0 { parts.append(v.2) }
        if v.3 != 0 { parts.append(v.3) }
        return parts.map(String.init).joined(separator: ".")
    }
}
