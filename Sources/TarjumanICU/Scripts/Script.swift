internal import CICUShim

/// A Unicode script (the `Script` property, UAX #24), as ICU's `UScriptCode`.
///
/// ```swift
/// Script.of("م")            // Script.arabic
/// Script.of("M").name       // "Latin"
/// Script.runs(in: "QAMISHLO قامشلو")  // [Latin "QAMISHLO ", Arabic "قامشلو"]
/// ```
public struct Script: Sendable, Hashable, CustomStringConvertible {
    /// ICU's `UScriptCode` value.
    public let code: Int32

    /// A script by its ICU code.
    public init(code: Int32) { self.code = code }

    /// A script by its Unicode name (`"Arabic"`) or ISO 15924 code (`"Arab"`),
    /// or nil if there is no such script.
    public init?(name: String) {
        let code = cicu_uscript_fromName(name)
        guard code >= 0 else { return nil }
        self.code = code
    }

    /// Characters used in many scripts: spaces, digits, punctuation (`Zyyy`).
    public static let common = Script(code: 0)
    /// Combining marks that take the script of their base (`Zinh`).
    public static let inherited = Script(code: 1)
    /// Arabic (`Arab`).
    public static let arabic = Script(code: 2)
    /// Latin (`Latn`).
    public static let latin = Script(code: 25)
    /// Unassigned or unknown code points (`Zzzz`).
    public static let unknown = Script(code: 103)

    /// The script's Unicode long name, such as `"Arabic"` (`uscript_getName`).
    public var name: String {
        cicu_uscript_getName(code).map { String(cString: $0) } ?? "Unknown"
    }

    /// The script's ISO 15924 code, such as `"Arab"` (`uscript_getShortName`).
    public var shortName: String {
        cicu_uscript_getShortName(code).map { String(cString: $0) } ?? "Zzzz"
    }

    /// The long name.
    public var description: String { name }

    /// Whether the script is Common or Inherited: shared by scripts rather than
    /// one of its own.
    public var isShared: Bool { self == .common || self == .inherited }

    /// The script of a code point (`uscript_getScript`).
    public static func of(_ scalar: Unicode.Scalar) -> Script {
        let code = cicu_uscript_getScript(scalar.value)
        return code < 0 ? .unknown : Script(code: code)
    }

    /// Whether `scalar` is used with this script: its Script_Extensions
    /// (`uscript_hasScript`). The Arabic comma ، is Common but used with Arabic.
    public func isUsed(with scalar: Unicode.Scalar) -> Bool {
        cicu_uscript_hasScript(scalar.value, code) != 0
    }

    /// Cuts `text` into runs of one script each.
    ///
    /// Common and Inherited characters (spaces, digits, punctuation, marks)
    /// join the run before them; at the start of the text they join the first
    /// real script that follows. A text with no real script is one Common run.
    ///
    /// - Complexity: O(*n*) in the number of scalars.
    public static func runs(in text: String) -> [ScriptRun] {
        var runs: [ScriptRun] = []
        var runStart = text.unicodeScalars.startIndex
        var runScript = Script.common
        var start8 = 0, start16 = 0
        var offset8 = 0, offset16 = 0
        var index = text.unicodeScalars.startIndex
        while index < text.unicodeScalars.endIndex {
            let scalar = text.unicodeScalars[index]
            let script = Script.of(scalar)
            if !script.isShared && script != runScript {
                if runScript.isShared {
                    runScript = script  // leading shared characters join the first script
                } else {
                    runs.append(ScriptRun(script: runScript, range: runStart..<index,
                                          utf8Range: start8..<offset8, utf16Range: start16..<offset16))
                    runStart = index
                    runScript = script
                    start8 = offset8
                    start16 = offset16
                }
            }
            offset8 += UTF8.width(scalar)
            offset16 += UTF16.width(scalar)
            text.unicodeScalars.formIndex(after: &index)
        }
        if offset8 > start8 {
            runs.append(ScriptRun(script: runScript, range: runStart..<text.endIndex,
                                  utf8Range: start8..<offset8, utf16Range: start16..<offset16))
        }
        return runs
    }
}

/// A stretch of text in one script, from ``Script/runs(in:)``.
public struct ScriptRun: Sendable, Hashable {
    /// The run's script (Common only when the whole text has no other).
    public let script: Script
    /// Where the run is in the original `String`.
    public let range: Range<String.Index>
    /// Its UTF-8 byte offsets.
    public let utf8Range: Range<Int>
    /// Its UTF-16 code unit offsets.
    public let utf16Range: Range<Int>
}
