import ArgumentParser
import Tarjuman
import TarjumanCLI

@main
struct Tarjuman: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tarjuman",
        abstract: "Arabic and English text tools over ICU.",
        subcommands: [Align.self, Crossref.self, Transliterate.self, Inspect.self, Rank.self, Score.self, EvalMatch.self, TrainMatcher.self, TrainReranker.self, TrainRomanizer.self, EvalRomanize.self, Romanize.self, Arabize.self]
    )

    static func main() {
        runAsTool(named: "tarjuman")
    }
}
