internal import CICUShim

/// An error reported by ICU, with what Tarjuman was doing when it happened.
///
/// Only calls that can genuinely fail throw it: opening a transliterator from an
/// unknown ID or from rules that do not parse, or opening a segmenter. Working
/// on a `String` (normalizing, case mapping, transliterating with an open
/// transliterator, segmenting) never throws: a Swift string is always valid
/// Unicode.
///
/// ```swift
/// do {
///     _ = try Transliterator(id: "Arabic-Klingon")
/// } catch {
///     print(error)  // Arabic-Klingon: U_INVALID_ID (utrans_openU)
/// }
/// ```
public struct ICUError: Error, Sendable, Hashable, CustomStringConvertible {
    /// ICU's `UErrorCode` value (positive for errors).
    public let code: Int32
    /// ICU's name for the code, as `u_errorName` gives it (`U_INVALID_ID`).
    public let name: String
    /// The ICU function that failed (`utrans_openU`).
    public let operation: String
    /// What the call was about: a transform ID, a locale, a rule set's ID.
    public let subject: String?
    /// For rule text that does not parse: the 1-based line of the error, when ICU knows it.
    public let line: Int?
    /// For rule text that does not parse: the offset of the error in that line
    /// (or in the rules, when ICU gives no line), in UTF-16 code units.
    public let offset: Int?

    init(code: Int32, operation: String, subject: String? = nil, line: Int? = nil, offset: Int? = nil) {
        self.code = code
        self.name = String(cString: cicu_u_errorName(code))
        self.operation = operation
        self.subject = subject
        self.line = line
        self.offset = offset
    }

    /// A one-line message: subject, ICU's error name, position if any, and the ICU function.
    public var description: String {
        var text = subject.map { "\($0): " } ?? ""
        text += name
        switch (line, offset) {
        case let (line?, offset?): text += " at line \(line), offset \(offset)"
        case let (nil, offset?): text += " at offset \(offset)"
        case let (line?, nil): text += " at line \(line)"
        case (nil, nil): break
        }
        return text + " (\(operation))"
    }
}

/// ICU's U_BUFFER_OVERFLOW_ERROR.
let icuBufferOverflow: Int32 = 15

@inline(__always)
func icuSucceeded(_ status: Int32) -> Bool { status <= 0 }
