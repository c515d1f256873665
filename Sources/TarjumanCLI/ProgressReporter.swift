#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TarjumanICU

/// One line of progress on standard error, redrawn in place while long work
/// runs, when standard error is a terminal.
///
/// The line reads `TOOL: STAGE DONE/TOTAL (RATE/s, TIME left)`, as
///
/// ```text
/// crossref: aligning pairs 1,234/10,000 (85/s, 1m43s left)
/// rank: ranking queries 2,560 (412/s)
/// ```
///
/// (without a total, only the count and the rate). It is redrawn with a
/// carriage return and an erase to the end of the line (`ESC [ K`), at most
/// ten times a second, cut to the terminal's width, and erased by
/// ``clear()`` and ``finish()``, so that what is written afterwards starts on
/// a clean line.
///
/// Whether it is shown is decided once per process (``isEnabledByDefault``):
/// the environment variable `TARJUMAN_PROGRESS` set to `always` or `never`
/// decides; otherwise (unset, `auto` or any other value) it is shown when
/// standard error is a terminal whose `TERM` is not `dumb`. A pipe, a file,
/// CI logs and the tests' captured output get no progress at all. A reporter
/// that is not shown does nothing: each call returns at once.
///
/// Thread-safe: workers may report concurrently; counts that arrive out of
/// order are ignored (the line shows the largest count of the stage).
/// Writing is best effort, like every message on standard error: a closed
/// or full standard error is ignored.
///
/// ```swift
/// let progress = ProgressReporter(tool: "rank")
/// progress.start("ranking queries", total: queries.count)
/// for batch in batches { rank(batch); progress.advance(by: batch.count) }
/// progress.finish()
/// ```
public final class ProgressReporter: Sendable {
    /// The environment variable that overrides the terminal check:
    /// `TARJUMAN_PROGRESS=always`, `never` or `auto` (the default).
    public static let environmentVariable = "TARJUMAN_PROGRESS"

    /// Whether reporters of this process show progress by default:
    /// `TARJUMAN_PROGRESS=always` or `never` if set, else whether standard
    /// error is a terminal (and `TERM` is not `dumb`).
    public static let isEnabledByDefault: Bool = {
        switch getenv(environmentVariable).map({ String(cString: $0) }) {
        case "always": return true
        case "never": return false
        default:
            let term = getenv("TERM").map { String(cString: $0) }
            return isatty(STDERR_FILENO) == 1 && term != "dumb"
        }
    }()

    /// Whether this reporter draws anything.
    public let isEnabled: Bool
    private let tool: String
    private let state: Locked<State>

    /// Nanoseconds between two redraws: ten a second at most.
    private static let redrawInterval: UInt64 = 100_000_000
    /// Nanoseconds of work before a rate and a time left are shown.
    private static let settleTime: UInt64 = 500_000_000

    private struct State {
        var stage = ""
        var total: Int?
        var done = 0
        /// The count and the time when the stage started (for its rate).
        var startDone = 0
        var startTime: UInt64 = 0
        var lastDraw: UInt64 = 0
        /// The clock is read when `done` reaches `nextCheck`; `stride` items
        /// apart, tuned so that it is read every 10 to 50 ms.
        var nextCheck = 0
        var stride = 1
        var lastCheck: UInt64 = 0
        /// A progress line is on the screen.
        var shown = false
        var finished = false
    }

    /// A reporter for `tool` (the prefix of its line, as `crossref`).
    ///
    /// - Parameters:
    ///   - tool: The name that starts the line.
    ///   - enabled: Whether to draw; by default ``isEnabledByDefault``.
    public init(tool: String, enabled: Bool = ProgressReporter.isEnabledByDefault) {
        self.tool = tool
        self.isEnabled = enabled
        self.state = Locked(State())
    }

    deinit {
        if isEnabled { state.withLock { Self.erase(&$0) } }
    }

    /// Starts a stage: `total` items (`nil` when unknown), none done yet.
    /// The line is redrawn at once.
    ///
    /// - Parameters:
    ///   - stage: What is done, as `aligning pairs`.
    ///   - total: How many items the stage has, if known.
    public func start(_ stage: String, total: Int?) {
        update(stage, done: 0, total: total)
    }

    /// Reports `done` items of `stage` done (of `total`): the stage begins
    /// when its name differs from the last one reported; within a stage,
    /// counts not above the last one are ignored. This is the shape of
    /// `CrossReferencer`'s progress callback.
    ///
    /// - Parameters:
    ///   - stage: What is done, as `aligning pairs`.
    ///   - done: Items of the stage done so far.
    ///   - total: How many items the stage has, if known.
    /// - Complexity: O(1); the clock is read every few items at most.
    public func update(_ stage: String, done: Int, total: Int?) {
        guard isEnabled else { return }
        state.withLock { state in
            guard !state.finished else { return }
            if stage != state.stage {
                let now = Self.now()
                state.stage = stage
                state.total = total
                state.done = done
                state.startDone = done
                state.startTime = now
                state.lastCheck = now
                state.stride = 1
                state.nextCheck = done + 1
                draw(&state, now: now)
                return
            }
            guard done > state.done else { return }
            state.done = done
            state.total = total
            checkClock(&state)
        }
    }

    /// Adds `count` items done to the current stage.
    ///
    /// - Parameter count: Items done since the last report.
    /// - Complexity: O(1); the clock is read every few items at most.
    public func advance(by count: Int = 1) {
        guard isEnabled else { return }
        state.withLock { state in
            guard !state.finished, count > 0 else { return }
            state.done += count
            checkClock(&state)
        }
    }

    /// Erases the line (if one is shown), so that other output can be
    /// written on a clean line; the next report draws it again.
    public func clear() {
        guard isEnabled else { return }
        state.withLock { Self.erase(&$0) }
    }

    /// Erases the line for good: later reports draw nothing.
    public func finish() {
        guard isEnabled else { return }
        state.withLock { state in
            Self.erase(&state)
            state.finished = true
        }
    }

    /// Redraws when a tenth of a second has passed since the last drawing,
    /// reading the clock only every `stride` items.
    private func checkClock(_ state: inout State) {
        guard state.done >= state.nextCheck else { return }
        let now = Self.now()
        let sinceCheck = now &- state.lastCheck
        // Read the clock every 10 to 50 ms, whatever the rate of items.
        if sinceCheck < 10_000_000 {
            state.stride = min(state.stride * 2, 1 << 20)
        } else if sinceCheck > 50_000_000 {
            state.stride = max(state.stride / 2, 1)
        }
        state.lastCheck = now
        state.nextCheck = state.done + state.stride
        if now &- state.lastDraw >= Self.redrawInterval { draw(&state, now: now) }
    }

    private func draw(_ state: inout State, now: UInt64) {
        var line = Self.line(tool: tool, stage: state.stage, done: state.done, total: state.total,
                             counted: state.done - state.startDone, seconds: Double(now &- state.startTime) / 1e9)
        // One column short of the width: a full line would wrap on some terminals.
        if let width = Self.terminalWidth(), line.count >= width { line = String(line.prefix(max(width - 1, 1))) }
        Self.emit("\r" + line + "\u{1B}[K")
        state.lastDraw = now
        state.shown = true
    }

    /// The text of a progress line: `TOOL: STAGE DONE/TOTAL (RATE/s, TIME
    /// left)`. The rate (and, with a total, the time left) appears once the
    /// stage has run half a second and counted an item; a stage without a
    /// total shows no count before its first item.
    ///
    /// - Parameters:
    ///   - tool: The tool's name.
    ///   - stage: The stage's name.
    ///   - done: Items of the stage done.
    ///   - total: Items of the stage in all, if known.
    ///   - counted: Items done since the stage's start was timed.
    ///   - seconds: Time since the stage started.
    /// - Returns: The line, without a carriage return or line feed.
    package static func line(tool: String, stage: String, done: Int, total: Int?, counted: Int, seconds: Double) -> String {
        var line = "\(tool): \(stage)"
        if total != nil || done > 0 { line += " \(grouped(done))" }
        if let total { line += "/\(grouped(total))" }
        if seconds >= Double(settleTime) / 1e9 && counted > 0 {
            let rate = Double(counted) / seconds
            line += " (\(Self.rate(rate))/s"
            if let total, total >= done { line += ", \(duration(Double(total - done) / rate)) left" }
            line += ")"
        }
        return line
    }

    private static func erase(_ state: inout State) {
        guard state.shown else { return }
        emit("\r\u{1B}[K")
        state.shown = false
    }

    /// Monotonic nanoseconds.
    private static func now() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return UInt64(time.tv_sec) &* 1_000_000_000 &+ UInt64(time.tv_nsec)
    }

    /// The columns of the terminal on standard error, if it is one.
    private static func terminalWidth() -> Int? {
        #if canImport(Glibc)
        let request = UInt(TIOCGWINSZ)
        #else
        let request: UInt = 0x4008_7468  // TIOCGWINSZ, a macro Swift does not import on Darwin
        #endif
        var size = winsize()
        guard ioctl(STDERR_FILENO, request, &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }

    /// Best effort, as every message on standard error.
    private static func emit(_ text: String) {
        let bytes = Array(text.utf8)
        var written = 0
        while written < bytes.count {
            let n = bytes.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress! + written, $0.count - written) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { return }
            written += n
        }
    }

    /// How many lines of the regular file at `path` hold something other
    /// than white space: the total of a progress line over a file of names,
    /// counted in one quick pass over its bytes (no decoding). `nil` for
    /// standard input (`-`), a pipe or a device, or a file that cannot be
    /// read (the reader proper reports why).
    ///
    /// - Parameter path: The file.
    /// - Returns: Its non-blank lines, or `nil`.
    /// - Complexity: O(*n*) in the file's size, in bounded memory.
    public static func nonBlankLineCount(path: String) -> Int? {
        guard path != "-", case .success(let status) = FileStatus.of(path), status.kind == .regular else { return nil }
        let fd = RawPaths.withCString(path) { open($0, O_RDONLY | O_CLOEXEC) }
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 18, alignment: 1)
        defer { buffer.deallocate() }
        var lines = 0, blank = true
        while true {
            let n = read(fd, buffer.baseAddress!, buffer.count)
            if n < 0 && errno == EINTR { continue }
            if n < 0 { return nil }
            if n == 0 { break }
            for byte in UnsafeRawBufferPointer(rebasing: buffer[..<n]) {
                if byte == 0x0A {
                    if !blank { lines += 1 }
                    blank = true
                } else if blank && byte != 0x20 && !(0x09...0x0D).contains(byte) {
                    blank = false
                }
            }
        }
        return blank ? lines : lines + 1
    }

    /// `n` with thousands separators: `12,345`.
    public static func grouped(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var out = n < 0 ? "-" : ""
        for (k, digit) in digits.enumerated() {
            if k > 0 && (digits.count - k) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return out
    }

    /// A rate per second: `1,234`, `85`, `8.5`, `0.25`.
    package static func rate(_ perSecond: Double) -> String {
        if perSecond >= 10 { return grouped(Int(perSecond.rounded())) }
        if perSecond >= 1 { return String((perSecond * 10).rounded() / 10) }
        return String((perSecond * 100).rounded() / 100)
    }

    /// A duration: `42s`, `1m43s`, `2h05m`.
    package static func duration(_ seconds: Double) -> String {
        guard seconds.isFinite, seconds >= 0, seconds < 1e9 else { return "?" }
        let s = Int(seconds.rounded(.up))
        if s < 60 { return "\(s)s" }
        if s < 3600 { return "\(s / 60)m\(s % 60 < 10 ? "0" : "")\(s % 60)s" }
        let minutes = (s % 3600) / 60
        return "\(s / 3600)h\(minutes < 10 ? "0" : "")\(minutes)m"
    }
}
