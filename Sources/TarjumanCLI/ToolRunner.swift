import ArgumentParser

extension ParsableCommand {
    /// Parses the command line and runs the command the way every Tarjuman
    /// tool does: a ``CLIFailure`` or a usage error is one line on standard
    /// error with its exit code; a closed output pipe ends quietly (0);
    /// `--help` and `--version` print in full.
    public static func runAsTool(named tool: String) -> Never {
        do {
            var command = try parseAsRoot()
            try command.run()
            terminate(0)
        } catch let failure as CLIFailure {
            reportError(tool: tool, failure.message)
            terminate(failure.code.rawValue)
        } catch is BrokenPipe {
            terminate(0)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
            } else {
                reportError(tool: tool, message(for: error))
            }
            terminate(code.rawValue)
        }
    }
}
