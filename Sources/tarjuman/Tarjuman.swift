import ArgumentParser
import Foundation
import Tarjuman
import TarjumanCLI

@main
struct Tarjuman: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tarjuman",
        abstract: "Arabic and English text tools over ICU.",
        subcommands: [Inspect.self, Rank.self, Score.self, EvalMatch.self, TrainMatcher.self]
    )

    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let failure as CLIFailure {
            reportError(tool: "tarjuman", failure.message)
            terminate(failure.code.rawValue)
        } catch is BrokenPipe {
            terminate(0)
        } catch {
            // --help and --version print in full; errors get one line.
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
            } else {
                reportError(tool: "tarjuman", message(for: error))
            }
            terminate(code.rawValue)
        }
    }
}
