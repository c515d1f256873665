import ArgumentParser
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension ParsableCommand {
    /// Parses the command line and runs the command the way every Tarjuman
    /// tool does:
    /// - SIGPIPE is ignored, and a closed, full or missing standard error is
    ///   tolerated (messages and progress there are best effort);
    /// - a ``CLIFailure`` or a usage error is one line on standard error with
    ///   its exit code; a closed output pipe ends quietly (0);
    /// - `--help` and `--version` print in full, and output that cannot be
    ///   written (`> /dev/full`) is exit 74, never a silent 0.
    public static func runAsTool(named tool: String) -> Never {
        prepareProcess()
        do {
            var command = try parseAsRoot()
            try command.run()
            finish(tool: tool, code: 0)
        } catch let failure as CLIFailure {
            reportError(tool: tool, failure.message)
            finish(tool: tool, code: failure.code.rawValue)
        } catch is BrokenPipe {
            terminate(0)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                do {
                    let out = try OutputWriter(path: nil)
                    try out.line(fullMessage(for: error))
                    try out.flush()
                } catch is BrokenPipe {
                    terminate(0)
                } catch let failure as CLIFailure {
                    reportError(tool: tool, failure.message)
                    terminate(failure.code.rawValue)
                } catch {}
            } else {
                reportError(tool: tool, message(for: error))
            }
            finish(tool: tool, code: code.rawValue)
        }
    }
}

/// What every tool does first: ignore SIGPIPE (a closed pipe is an error
/// return, handled where it happens), make sure descriptors 0, 1 and 2 are
/// open (else the first file opened would become "standard error"), and
/// remember command-line arguments that are not UTF-8.
func prepareProcess() {
    signal(SIGPIPE, SIG_IGN)
    for fd: Int32 in 0...2 where fcntl(fd, F_GETFD) < 0 && errno == EBADF {
        let null = open("/dev/null", fd == 0 ? O_RDONLY : O_WRONLY)
        if null >= 0 && null != fd { dup2(null, fd); close(null) }
    }
    RawPaths.registerCommandLine()
}

/// Ends the process with `code`, after checking that whatever is left in C's
/// buffers could be written: a failure is exit 74. (The tools write through
/// ``OutputWriter``, whose every write is checked; this is the backstop.)
func finish(tool: String, code: Int32) -> Never {
    if fflush(nil) != 0 {
        let failure = errno
        if failure != EPIPE {
            reportError(tool: tool, "<stdout>: write error: \(Errno(failure))")
            terminate(code == 0 ? CLIFailure.Code.ioError.rawValue : code)
        }
    }
    terminate(code)
}

/// Writes one line of progress to standard error, prefixed with the tool's
/// name, terminal or not (a summary, a note on a skipped file); best
/// effort: a closed or full standard error is ignored. Progress redrawn in
/// place, on a terminal only, is ``ProgressReporter``'s.
public func progress(_ tool: String, _ message: String) {
    reportError(tool: tool, message)
}
