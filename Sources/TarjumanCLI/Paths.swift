#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Tarjuman
import TarjumanICU

/// File names as the operating system has them: bytes, not always UTF-8.
///
/// Swift decodes the command line as UTF-8 and repairs what is not, so a file
/// named `caf\xE9.txt` (Latin-1) reaches a command as `caf\u{FFFD}.txt`, a
/// name no file has. ``RawPaths`` remembers the original bytes of every
/// such argument (and of every such name a folder listing returns), keyed by
/// the repaired string, so the tools open the file the user named. Messages
/// show a name with ``display(_:)``: undecodable bytes as `\xE9` and control
/// characters escaped, so a message stays one line.
public enum RawPaths {
    private static let table = Locked<[String: [UInt8]]>([:])

    /// Records the original bytes of every command-line argument that is not
    /// valid UTF-8. Called once at start-up by ``ParsableCommand/runAsTool(named:)``.
    static func registerCommandLine() {
        for k in 0..<Int(CommandLine.argc) {
            guard let pointer = CommandLine.unsafeArgv[k] else { continue }
            register(Array(UnsafeBufferPointer(start: UnsafeRawPointer(pointer).assumingMemoryBound(to: UInt8.self),
                                               count: strlen(pointer))))
        }
    }

    /// The name as Swift sees it; remembers the bytes when they are not UTF-8.
    @discardableResult
    static func register(_ bytes: [UInt8]) -> String {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        let repaired = String(decoding: bytes, as: UTF8.self)
        table.withLock { $0[repaired] = bytes }
        return repaired
    }

    /// The bytes to hand the operating system for `path`.
    public static func bytes(_ path: String) -> [UInt8] {
        if path.unicodeScalars.contains("\u{FFFD}") {
            if let raw = table.withLock({ $0[path] }) { return raw }
            // A folder's path joined to a listed name: look the pieces up.
            if let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) {
                let folder = String(path[..<slash]), name = String(path[path.index(after: slash)...])
                return bytes(folder) + [UInt8(ascii: "/")] + bytes(name)
            }
        }
        return Array(path.utf8)
    }

    /// Calls `body` with `path` as a C string of its original bytes.
    public static func withCString<R>(_ path: String, _ body: (UnsafePointer<CChar>) throws -> R) rethrows -> R {
        var raw = bytes(path)
        raw.append(0)
        return try raw.withUnsafeBufferPointer { buffer in
            try buffer.withMemoryRebound(to: CChar.self) { try body($0.baseAddress!) }
        }
    }

    /// `path` for a one-line message: bytes that are not UTF-8 as `\xNN`,
    /// control characters as `\n`, `\t`, `\r` or `\u{NN}`.
    public static func display(_ path: String) -> String {
        let raw = bytes(path)
        var out = ""
        var i = 0
        while i < raw.count {
            // Decode one scalar at a time; an undecodable byte is shown in hex.
            var decoder = UTF8()
            var iterator = raw[i...].makeIterator()
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                out += escapedControl(scalar)
                i += UTF8.width(scalar)
            case .error, .emptyInput:
                out += "\\x" + hex(raw[i])
                i += 1
            }
        }
        return out
    }

    static func escapedControl(_ scalar: Unicode.Scalar) -> String {
        switch scalar {
        case "\n": return "\\n"
        case "\t": return "\\t"
        case "\r": return "\\r"
        case "\\": return "\\\\"
        default:
            if scalar.value < 0x20 || scalar.value == 0x7F || (0x2028...0x2029).contains(scalar.value) {
                return "\\u{" + String(scalar.value, radix: 16) + "}"
            }
            return String(scalar)
        }
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 15)]])
    }
}

/// What `stat` says of a path.
public struct FileStatus: Equatable, Sendable {
    /// The kind of file.
    public enum Kind: Sendable { case regular, directory, other }
    /// Device and inode: equal for two names of one file.
    public let device: UInt64
    /// Inode number.
    public let inode: UInt64
    /// The kind.
    public let kind: Kind
    /// Size in bytes (regular files).
    public let size: Int64
    /// Permission bits.
    public let mode: UInt32

    /// The status of `path` (following symbolic links), or the `errno` of the failure.
    public static func of(_ path: String) -> Result<FileStatus, Errno> {
        var info = stat()
        let ok = RawPaths.withCString(path) { stat($0, &info) } == 0
        guard ok else { return .failure(Errno(errno)) }
        let type = info.st_mode & S_IFMT
        let kind: Kind = type == S_IFREG ? .regular : (type == S_IFDIR ? .directory : .other)
        return .success(FileStatus(device: UInt64(info.st_dev), inode: UInt64(info.st_ino), kind: kind,
                                   size: Int64(info.st_size), mode: UInt32(info.st_mode & 0o7777)))
    }

    /// The status of an open descriptor.
    public static func of(descriptor: Int32) -> FileStatus? {
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return nil }
        let type = info.st_mode & S_IFMT
        let kind: Kind = type == S_IFREG ? .regular : (type == S_IFDIR ? .directory : .other)
        return FileStatus(device: UInt64(info.st_dev), inode: UInt64(info.st_ino), kind: kind,
                          size: Int64(info.st_size), mode: UInt32(info.st_mode & 0o7777))
    }

    /// Whether two statuses name the same file.
    public func isSameFile(as other: FileStatus) -> Bool { device == other.device && inode == other.inode }
}

/// An `errno` value.
public struct Errno: Error, Sendable, CustomStringConvertible {
    /// The value.
    public let code: Int32
    /// Wraps `code`.
    public init(_ code: Int32) { self.code = code }
    /// `strerror`'s text.
    public var description: String { String(cString: strerror(code)) }
}

/// The regular `.txt` files of a folder, sorted by their bytes, with a note
/// for each entry skipped because it is not a regular file (a FIFO would
/// block, a device never ends).
///
/// - Throws: ``CLIFailure`` 66 when `folder` is missing, unreadable or not a folder.
public func textFiles(in folder: String) throws(CLIFailure) -> (files: [String], skipped: [String]) {
    guard case .success(let status) = FileStatus.of(folder) else {
        throw CLIFailure(.noInput, "\(RawPaths.display(folder)): \(Errno(errno))")
    }
    guard status.kind == .directory else { throw CLIFailure(.noInput, "\(RawPaths.display(folder)): not a folder") }
    guard let directory = RawPaths.withCString(folder, { opendir($0) }) else {
        throw CLIFailure(.noInput, "\(RawPaths.display(folder)): \(Errno(errno))")
    }
    defer { closedir(directory) }
    var names: [[UInt8]] = []
    while let entry = readdir(directory) {
        let name = withUnsafeBytes(of: entry.pointee.d_name) { raw -> [UInt8] in
            Array(raw.prefix { $0 != 0 })
        }
        guard name.count > 4, name.suffix(4).elementsEqual(".txt".utf8) else { continue }
        names.append(name)
    }
    names.sort { $0.lexicographicallyPrecedes($1) }
    let base = folder.hasSuffix("/") ? folder : folder + "/"
    var files: [String] = [], skipped: [String] = []
    for name in names {
        let path = base + RawPaths.register(name)
        if case .success(let status) = FileStatus.of(path), status.kind == .regular {
            files.append(path)
        } else {
            skipped.append(path)
        }
    }
    return (files, skipped)
}
