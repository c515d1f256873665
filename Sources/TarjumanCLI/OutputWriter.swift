#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Buffered output to standard output or a file.
///
/// A closed pipe (`| head -1`) throws ``BrokenPipe`` so the tool can stop
/// quietly; other write errors throw ``CLIFailure`` 74.
public final class OutputWriter {
    private let fd: Int32
    private let ownsDescriptor: Bool
    private let name: String
    private var buffer: [UInt8] = []
    private let flushSize = 1 << 16

    /// Standard output, or a new file at `path` (code 73 if it cannot be created).
    public init(path: String?) throws(CLIFailure) {
        signal(SIGPIPE, SIG_IGN)
        guard let path, path != "-" else {
            fd = 1
            ownsDescriptor = false
            name = "<stdout>"
            return
        }
        let opened = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard opened >= 0 else { throw CLIFailure(.cannotCreate, "\(path): \(errnoText(errno))") }
        fd = opened
        ownsDescriptor = true
        name = path
    }

    deinit {
        try? flush()
        if ownsDescriptor { close(fd) }
    }

    /// Appends text.
    public func write(_ text: String) throws {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= flushSize { try flush() }
    }

    /// Appends text and a line feed.
    public func line(_ text: String) throws {
        buffer.append(contentsOf: text.utf8)
        buffer.append(0x0A)
        if buffer.count >= flushSize { try flush() }
    }

    /// Writes out what is buffered.
    public func flush() throws {
        var written = 0
        defer { buffer.removeFirst(written) }
        while written < buffer.count {
            let n = buffer.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + written, $0.count - written) }
            if n < 0 {
                if errno == EINTR { continue }
                if errno == EPIPE { buffer.removeAll(); written = 0; throw BrokenPipe() }
                throw CLIFailure(.ioError, "\(name): write error: \(errnoText(errno))")
            }
            written += n
        }
    }
}
