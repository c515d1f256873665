#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A failure a command-line tool reports as one line on standard error, with
/// an exit code from `sysexits.h`.
public struct CLIFailure: Error, CustomStringConvertible, Sendable {
    /// Exit codes, as documented in the README.
    public enum Code: Int32, Sendable {
        /// A check did not pass: `tarjuman eval-align` scored below
        /// `--min-precision` or `--min-recall`.
        case checkFailed = 1
        /// Bad usage: unknown option, preset, scheme or transform ID.
        case usage = 64
        /// Bad input data: invalid UTF-8, a binary file.
        case dataError = 65
        /// An input file is missing, unreadable or a directory.
        case noInput = 66
        /// ICU or another internal service failed.
        case software = 70
        /// The output file cannot be created.
        case cannotCreate = 73
        /// Reading or writing failed.
        case ioError = 74
    }

    /// The exit code.
    public let code: Code
    /// The message, one line, naming the file and position where there is one.
    public let message: String

    /// A failure.
    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    /// The message.
    public var description: String { message }
}

/// Output went to a closed pipe (`| head -1`): the tool stops quietly.
public struct BrokenPipe: Error, Sendable {
    /// A broken pipe.
    public init() {}
}

/// Writes `message` as one line to standard error, prefixed with the tool name.
public func reportError(tool: String, _ message: String) {
    let line = "\(tool): \(message.split(separator: "\n", omittingEmptySubsequences: true).first ?? "")\n"
    let bytes = Array(line.utf8)
    // Best effort: standard error may be closed, full or a closed pipe.
    var written = 0
    while written < bytes.count {
        let n = bytes.withUnsafeBytes { write(2, $0.baseAddress! + written, $0.count - written) }
        if n < 0 && errno == EINTR { continue }
        if n <= 0 { return }
        written += n
    }
}

/// Ends the process with `code`, after flushing C stdio.
public func terminate(_ code: Int32) -> Never {
    exit(code)
}
