import ArgumentParser
import Foundation
import TarjumanICU

@main
struct Tarjuman: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tarjuman",
        abstract: "Arabic and English text tools over ICU.",
        subcommands: [Inspect.self]
    )

    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let failure as CLIFailure {
            FileHandle.standardError.write(Data("tarjuman: \(failure.message)\n".utf8))
            Foundation.exit(failure.code)
        } catch {
            Self.exit(withError: error)
        }
    }
}
