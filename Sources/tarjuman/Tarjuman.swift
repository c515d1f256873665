import ArgumentParser
import Tarjuman
import TarjumanCLI

@main
struct Tarjuman: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tarjuman",
        abstract: "Arabic and English text tools over ICU.",
        subcommands: [Align.self, EvalAlign.self, Crossref.self, Rank.self, Score.self, Romanize.self, Arabize.self, Transliterate.self, Inspect.self]
    )

    static func main() {
        runAsTool(named: "tarjuman")
    }
}
