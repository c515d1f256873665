#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TarjumanICU

/// Buffered output to standard output or to a file, written atomically.
///
/// A file is written to a temporary file in the target's folder
/// (`.NAME.tarjuman-XXXXXX`) and renamed over the target only by
/// ``commit()``: a run that fails, or is interrupted by a signal, leaves the
/// previous file as it was and no temporary file behind. A target that is not
/// a regular file (`/dev/null`, a FIFO) is written directly.
///
/// A closed pipe (`| head -1`) throws ``BrokenPipe`` so the tool can stop
/// quietly; other write errors throw ``CLIFailure`` 74.
public final class OutputWriter {
    private var fd: Int32
    private let name: String
    /// The target and the temporary file, for an atomic file.
    private let target: String?
    private var temporary: TemporaryFile?
    /// The buffer: `buffered` bytes of `bufferSize` are filled. (Allocated by
    /// the first write, so an initializer that throws leaks nothing.)
    private var buffer: UnsafeMutablePointer<UInt8>?
    private var buffered = 0
    private let bufferSize = 1 << 18

    /// Standard output for `nil` or `-`; otherwise a file at `path`, written
    /// atomically.
    ///
    /// - Parameters:
    ///   - path: The output file, or `nil` / `-` for standard output.
    ///   - inputs: The command's input files: writing over one of them is
    ///     refused.
    /// - Throws: ``CLIFailure`` 64 when `path` is one of `inputs`; 73 when
    ///   the file cannot be created.
    public init(path: String?, inputs: [String] = []) throws(CLIFailure) {
        guard let path, path != "-" else {
            fd = 1
            name = "<stdout>"
            target = nil
            return
        }
        name = RawPaths.display(path)
        let existing = try? FileStatus.of(path).get()
        if let existing {
            for input in inputs where input != "-" {
                if case .success(let status) = FileStatus.of(input), status.isSameFile(as: existing) {
                    throw CLIFailure(.usage, "\(name): is also an input (\(RawPaths.display(input))); write to another file")
                }
            }
            if existing.kind == .directory { throw CLIFailure(.cannotCreate, "\(name): is a directory") }
        }
        if let existing, existing.kind == .other {
            // A device or FIFO: no rename is possible (nor wanted).
            let opened = RawPaths.withCString(path) { open($0, O_WRONLY | O_CLOEXEC) }
            guard opened >= 0 else { throw CLIFailure(.cannotCreate, "\(name): \(Errno(errno))") }
            fd = opened
            target = nil
            return
        }
        let resolved = Self.resolvingSymbolicLink(path)
        let file = try TemporaryFile(besides: resolved, mode: existing?.mode ?? TemporaryFile.defaultMode, name: name)
        fd = file.descriptor
        temporary = file
        target = resolved
    }

    deinit {
        if let temporary {
            temporary.discard()
        } else {
            try? flush()
            if fd > 2 { close(fd) }
        }
        buffer?.deallocate()
    }

    /// Appends text.
    public func write(_ text: String) throws {
        if let done = try text.utf8.withContiguousStorageIfAvailable({ bytes throws in try write(bytes) }) { return done }
        var text = text
        try text.withUTF8 { try write($0) }
    }

    /// Appends bytes.
    public func write(bytes: [UInt8]) throws {
        try bytes.withUnsafeBufferPointer { try write($0) }
    }

    /// Appends text and a line feed.
    public func line(_ text: String) throws {
        try write(text)
        try write(byte: 0x0A)
    }

    /// Appends bytes: copied into the buffer, or, from a quarter of its size
    /// on (a block of lines), written out at once after what is buffered.
    public func write(_ bytes: UnsafeBufferPointer<UInt8>) throws {
        guard let from = bytes.baseAddress, !bytes.isEmpty else { return }
        if bytes.count >= bufferSize / 4 {
            try flush()
            try writeOut(from, bytes.count)
            return
        }
        if buffered + bytes.count > bufferSize { try flush() }
        let buffer = self.buffer ?? allocateBuffer()
        (buffer + buffered).update(from: from, count: bytes.count)
        buffered += bytes.count
    }

    /// Appends one byte.
    private func write(byte: UInt8) throws {
        if buffered == bufferSize { try flush() }
        let buffer = self.buffer ?? allocateBuffer()
        buffer[buffered] = byte
        buffered += 1
    }

    private func allocateBuffer() -> UnsafeMutablePointer<UInt8> {
        let allocated = UnsafeMutablePointer<UInt8>.allocate(capacity: bufferSize)
        buffer = allocated
        return allocated
    }

    /// Writes out what is buffered.
    public func flush() throws {
        guard let buffer, buffered > 0 else { return }
        var written = 0
        defer {
            // After a failure, what was not written stays buffered.
            if written > 0 {
                memmove(buffer, buffer + written, buffered - written)
                buffered -= written
            }
        }
        do {
            try writeOut(buffer, buffered, progress: &written)
        } catch is BrokenPipe {
            buffered = 0
            written = 0
            throw BrokenPipe()
        }
    }

    /// Writes `count` bytes from `bytes` to the descriptor.
    private func writeOut(_ bytes: UnsafePointer<UInt8>, _ count: Int) throws {
        var written = 0
        try writeOut(bytes, count, progress: &written)
    }

    /// Writes `count` bytes from `bytes`, counting in `written` what went out.
    private func writeOut(_ bytes: UnsafePointer<UInt8>, _ count: Int, progress written: inout Int) throws {
        while written < count {
            #if canImport(Glibc)
            let n = Glibc.write(fd, bytes + written, count - written)
            #else
            let n = Darwin.write(fd, bytes + written, count - written)
            #endif
            if n < 0 {
                if errno == EINTR { continue }
                if errno == EPIPE { throw BrokenPipe() }
                throw CLIFailure(.ioError, "\(name): write error: \(Errno(errno))")
            }
            written += n
        }
    }

    /// Writes out what is buffered and, for a file, puts it in place: the
    /// temporary file is synced, closed and renamed over the target.
    ///
    /// Without a commit, a file output is discarded when the writer goes away.
    public func commit() throws {
        try flush()
        guard let temporary, let target else { return }
        self.temporary = nil
        try temporary.install(at: target, name: name)
        fd = -1
    }

    /// `path`, or the file a symbolic link at `path` points to: renaming over
    /// the link would replace the link, not the file.
    private static func resolvingSymbolicLink(_ path: String) -> String {
        var info = stat()
        guard RawPaths.withCString(path, { lstat($0, &info) }) == 0, info.st_mode & S_IFMT == S_IFLNK,
              let real = RawPaths.withCString(path, { realpath($0, nil) }) else { return path }
        defer { free(real) }
        let bytes = UnsafeRawBufferPointer(start: real, count: strlen(real))
        return RawPaths.register(Array(bytes))
    }
}

/// A temporary file beside its target, removed unless installed; removed too
/// when the process is ended by SIGINT, SIGTERM or SIGHUP.
final class TemporaryFile {
    let descriptor: Int32
    private let path: [CChar]
    private let slot: Int

    /// Permission bits of a new file: 0666 less the umask.
    static let defaultMode: UInt32 = {
        let mask = umask(0)
        umask(mask)
        return 0o666 & ~UInt32(mask)
    }()

    init(besides target: String, mode: UInt32, name: String) throws(CLIFailure) {
        var bytes = RawPaths.bytes(target)
        let slash = bytes.lastIndex(of: UInt8(ascii: "/"))
        let folder = slash.map { Array(bytes[...$0]) } ?? []
        let base = slash.map { Array(bytes[($0 + 1)...]) } ?? bytes
        // Keep the temporary name within NAME_MAX.
        bytes = folder + Array(".".utf8) + base.prefix(200) + Array(".tarjuman-XXXXXX".utf8)
        var template = bytes.map { CChar(bitPattern: $0) } + [0]
        TemporaryFile.installSignalHandlers()
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw CLIFailure(.cannotCreate, "\(name): cannot create: \(Errno(errno))") }
        descriptor = fd
        path = template
        slot = TemporaryFile.register(template)
        _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        fchmod(fd, mode_t(mode))
    }

    /// Syncs, closes and renames the file over `target`.
    func install(at target: String, name: String) throws(CLIFailure) {
        defer { TemporaryFile.unregister(slot) }
        if fsync(descriptor) != 0 && errno != EINVAL && errno != EROFS {
            let failure = Errno(errno)
            close(descriptor)
            unlinkPath()
            throw CLIFailure(.ioError, "\(name): write error: \(failure)")
        }
        if close(descriptor) != 0 {
            let failure = Errno(errno)
            unlinkPath()
            throw CLIFailure(.ioError, "\(name): write error: \(failure)")
        }
        let renamed = RawPaths.withCString(target) { to in path.withUnsafeBufferPointer { rename($0.baseAddress!, to) } }
        if renamed != 0 {
            let failure = Errno(errno)
            unlinkPath()
            throw CLIFailure(.cannotCreate, "\(name): cannot create: \(failure)")
        }
    }

    /// Closes and removes the file.
    func discard() {
        close(descriptor)
        unlinkPath()
        TemporaryFile.unregister(slot)
    }

    private func unlinkPath() {
        _ = path.withUnsafeBufferPointer { unlink($0.baseAddress!) }
    }

    // MARK: Removal on a signal

    /// Paths of the live temporary files, as C strings the signal handler can
    /// reach without allocating; `nil` marks a free slot.
    private static let live = Locked<[UnsafeMutablePointer<CChar>?]>([])
    nonisolated(unsafe) private static var snapshot: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
    nonisolated(unsafe) private static var snapshotCount = 0
    private static let handlersInstalled = Locked(false)

    private static func register(_ path: [CChar]) -> Int {
        let copy = UnsafeMutablePointer<CChar>.allocate(capacity: path.count)
        copy.initialize(from: path, count: path.count)
        return live.withLock { slots in
            let slot = slots.firstIndex { $0 == nil } ?? { slots.append(nil); return slots.count - 1 }()
            slots[slot] = copy
            publish(slots)
            return slot
        }
    }

    private static func unregister(_ slot: Int) {
        live.withLock { slots in
            guard slot < slots.count, let pointer = slots[slot] else { return }
            slots[slot] = nil
            publish(slots)
            pointer.deallocate()
        }
    }

    /// Copies the slots where the handler reads them (under the lock).
    private static func publish(_ slots: [UnsafeMutablePointer<CChar>?]) {
        if snapshotCount < slots.count {
            let bigger = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: max(16, slots.count * 2))
            bigger.initialize(repeating: nil, count: max(16, slots.count * 2))
            let old = snapshot
            snapshot = bigger
            snapshotCount = max(16, slots.count * 2)
            old?.deallocate()
        }
        for k in 0..<snapshotCount { snapshot![k] = k < slots.count ? slots[k] : nil }
    }

    private static func installSignalHandlers() {
        live.withLock { _ in
            guard handlersInstalled.withLock({ installed in defer { installed = true }; return !installed }) else { return }
            for signal in [SIGINT, SIGTERM, SIGHUP] {
                // A signal the caller ignores (nohup, a background job's
                // SIGINT) stays ignored.
                var previous = sigaction()
                sigaction(signal, nil, &previous)
                #if canImport(Glibc)
                if unsafeBitCast(previous.__sigaction_handler.sa_handler, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self) { continue }
                #endif
                var action = sigaction()
                #if canImport(Glibc)
                action.__sigaction_handler.sa_handler = { signal in
                    TemporaryFile.removeAll()
                    Glibc.signal(signal, SIG_DFL)
                    raise(signal)
                }
                #endif
                sigemptyset(&action.sa_mask)
                sigaction(signal, &action, nil)
            }
        }
    }

    /// Unlinks every live temporary file (async-signal-safe: no allocation, no lock).
    private static func removeAll() {
        guard let snapshot else { return }
        for k in 0..<snapshotCount { if let path = snapshot[k] { unlink(path) } }
    }
}

/// Writes `text` to the file at `path`, atomically (see ``OutputWriter``).
///
/// - Throws: ``CLIFailure`` 64 when `path` is one of `inputs`, 73 when the
///   file cannot be created, 74 when it cannot be written.
public func writeFile(_ text: String, to path: String, inputs: [String] = []) throws {
    let out = try OutputWriter(path: path, inputs: inputs)
    try out.write(text)
    try out.commit()
}

/// Fails with 64 when two of a command's outputs are one path.
public func checkDistinctOutputs(_ paths: [String?]) throws(CLIFailure) {
    var seen: [String] = []
    for path in paths.compactMap({ $0 }) {
        let status = try? FileStatus.of(path).get()
        for other in seen where other == path || (status != nil && (try? FileStatus.of(other).get())?.isSameFile(as: status!) == true) {
            throw CLIFailure(.usage, "\(RawPaths.display(path)): given for two outputs; name two different files")
        }
        seen.append(path)
    }
}
