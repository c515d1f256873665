import Tarjuman
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a file (or standard input) line by line in constant memory, checking
/// that every line is valid UTF-8.
///
/// Lines are handed out without their line feed; ``Line/hasNewline`` says
/// whether one followed, so output can reproduce the input's last line exactly.
public final class LineReader {
    /// One line of input.
    public struct Line {
        /// The line's text (without the line feed).
        public var text: String
        /// 1-based line number.
        public var number: Int
        /// UTF-8 offset of the line's first byte in the input.
        public var offset: Int
        /// Whether a line feed ended the line.
        public var hasNewline: Bool
    }

    /// The name used in messages: the path, or `<stdin>`.
    public let name: String
    private let fd: Int32
    private let ownsDescriptor: Bool
    private var buffer: [UInt8] = []
    private var start = 0
    /// Bytes before this index were searched for a line feed already.
    private var searched = 0
    private var eof = false
    private var lineNumber = 0
    private var offset = 0
    private let replaceInvalid: Bool
    private let chunkSize = 1 << 16

    /// Opens `path` for reading, or standard input for `nil` or `-`.
    ///
    /// - Throws: ``CLIFailure`` with code 66 if the file is missing, unreadable
    ///   or a directory.
    public init(path: String?, replaceInvalid: Bool = false) throws(CLIFailure) {
        self.replaceInvalid = replaceInvalid
        guard let path, path != "-" else {
            name = "<stdin>"
            fd = 0
            ownsDescriptor = false
            return
        }
        name = path
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw CLIFailure(.noInput, "\(path): \(errnoText(errno))")
        }
        if (info.st_mode & S_IFMT) == S_IFDIR { throw CLIFailure(.noInput, "\(path): is a directory") }
        let opened = open(path, O_RDONLY)
        guard opened >= 0 else { throw CLIFailure(.noInput, "\(path): \(errnoText(errno))") }
        fd = opened
        ownsDescriptor = true
    }

    deinit {
        if ownsDescriptor { close(fd) }
    }

    /// The next line, or nil at the end of the input.
    ///
    /// - Throws: ``CLIFailure`` 65 `FILE:LINE:BYTE: invalid UTF-8` (unless
    ///   replacing invalid bytes), 74 on a read error.
    public func next() throws(CLIFailure) -> Line? {
        while true {
            // Search only bytes not searched before: a long line read in
            // many chunks costs linear time, not quadratic.
            if let newline = buffer[max(start, searched)...].firstIndex(of: 0x0A) {
                searched = newline + 1
                return try take(upTo: newline, newline: true)
            }
            searched = buffer.count
            if eof {
                guard start < buffer.count else { return nil }
                return try take(upTo: buffer.count, newline: false)
            }
            try fill()
        }
    }

    private func fill() throws(CLIFailure) {
        if start > 0 {
            buffer.removeSubrange(0..<start)
            searched -= start
            start = 0
        }
        let oldCount = buffer.count
        // Grow geometrically, so a long line is not copied once per chunk.
        if buffer.capacity < oldCount + chunkSize { buffer.reserveCapacity(max(oldCount + chunkSize, buffer.capacity * 2)) }
        var readCount = 0
        var failure: Int32 = 0
        buffer.append(contentsOf: repeatElement(0, count: chunkSize))
        buffer.withUnsafeMutableBytes { raw in
            while true {
                let n = read(fd, raw.baseAddress! + oldCount, chunkSize)
                if n < 0 && errno == EINTR { continue }
                if n < 0 { failure = errno }
                readCount = max(n, 0)
                break
            }
        }
        buffer.removeLast(chunkSize - readCount)
        if failure != 0 { throw CLIFailure(.ioError, "\(name): read error: \(errnoText(failure))") }
        if readCount == 0 { eof = true }
    }

    private func take(upTo end: Int, newline: Bool) throws(CLIFailure) -> Line {
        lineNumber += 1
        let bytes = buffer[start..<end]
        let lineOffset = offset
        offset += bytes.count + (newline ? 1 : 0)
        start = newline ? end + 1 : end
        if lineNumber == 1, let encoding = Self.utf16Or32(bytes) {
            throw CLIFailure(.dataError, "\(name):1:1: \(encoding) text (byte-order mark); Tarjuman reads UTF-8: convert it first, e.g. iconv -f \(encoding) -t UTF-8")
        }
        if let text = String(validating: bytes, as: UTF8.self) {
            return Line(text: text, number: lineNumber, offset: lineOffset, hasNewline: newline)
        }
        guard replaceInvalid else {
            let column = invalidUTF8Column(bytes)
            throw CLIFailure(.dataError, "\(name):\(lineNumber):\(column): invalid UTF-8")
        }
        return Line(text: String(decoding: bytes, as: UTF8.self), number: lineNumber, offset: lineOffset, hasNewline: newline)
    }
}

extension LineReader {
    /// The encoding a UTF-16 or UTF-32 byte-order mark at the start of
    /// `bytes` announces, if there is one.
    static func utf16Or32(_ bytes: ArraySlice<UInt8>) -> String? {
        let head = Array(bytes.prefix(4))
        if head.starts(with: [0xFF, 0xFE, 0x00, 0x00]) || head.starts(with: [0x00, 0x00, 0xFE, 0xFF]) { return "UTF-32" }
        if head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF]) { return "UTF-16" }
        return nil
    }
}

/// 1-based byte position of the first byte that is not valid UTF-8.
func invalidUTF8Column(_ bytes: ArraySlice<UInt8>) -> Int {
    var decoder = UTF8()
    var iterator = bytes.makeIterator()
    var position = 0
    while true {
        switch decoder.decode(&iterator) {
        case .scalarValue(let scalar): position += UTF8.width(scalar)
        case .emptyInput, .error: return position + 1
        }
    }
}

extension LineReader {
    /// Reads a whole file (or standard input for `-`) as UTF-8 text, with the
    /// same checks and messages as line by line reading.
    public static func readAll(path: String, replaceInvalid: Bool = false) throws(CLIFailure) -> String {
        let reader = try LineReader(path: path, replaceInvalid: replaceInvalid)
        var text = ""
        while let line = try reader.next() {
            text += line.text
            if line.hasNewline { text += "\n" }
        }
        return text
    }
}

extension LineReader.Line {
    /// Fails with 65 when the line is too long to be a name (see
    /// `NameForms.maximumNameLength`), naming the file and line.
    public func checkNameLength(in reader: LineReader) throws(CLIFailure) {
        let length = text.utf8.count
        guard length > NameForms.maximumNameLength else { return }
        throw CLIFailure(.dataError, "\(reader.name):\(number): \(length) bytes is too long for a name (at most \(NameForms.maximumNameLength))")
    }
}
