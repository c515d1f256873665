import ArgumentParser
import Foundation
import Tarjuman
import TarjumanResearch
import TarjumanCLI

/// `tarjuman-dev train-matcher`: learns the name transliteration model by EM.
struct TrainMatcher: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train-matcher",
        abstract: "Learn the Arabic–English name model from train-split pairs.",
        discussion: """
            Rebuilds the shipped model (train splits only; `make data` runs it):
              tarjuman-dev train-matcher --weight-by-count --pairs Data/names/google-ar2en-train.tsv \\
                --pairs Data/names/wikidata-en2ar-80.tsv --out Data/models/name-model.tsv
            """
    )

    @Option(name: .customLong("pairs"), help: "A TSV file of train pairs (repeatable).")
    var pairFiles: [String]

    @Option(help: "Where to write the model (TSV).")
    var out: String

    @Option(help: "EM iterations.")
    var iterations = 8

    @Flag(help: "Weight each pair by 1 + log(count) when the file has a count column.")
    var weightByCount = false

    func validate() throws {
        if iterations < 1 { throw ValidationError("--iterations must be at least 1") }
        try checkDistinctOutputs([out])
    }

    func run() throws {
        // The outputs are opened first: a bad path fails now, not after training.
        let modelFile = try OutputWriter(path: out, inputs: pairFiles)
        var pairs: [TransliterationModel.TrainingPair] = []
        var spellings: [(arabic: String, english: String)] = []
        var sources: [String] = []
        for file in pairFiles {
            let loaded = try PairFile(path: file)
            for pair in loaded.pairs {
                let weight = weightByCount ? 1 + Foundation.log(Double(max(pair.count, 1))) : 1
                if let training = TransliterationModel.TrainingPair(arabic: pair.arabic, english: pair.english, weight: weight) {
                    pairs.append(training)
                    spellings.append((pair.arabic, pair.english))
                }
            }
            sources.append("\((file as NSString).lastPathComponent) (\(loaded.pairs.count) pairs)")
            for name in ["test", "eval", "-20."] where file.contains(name) {
                throw CLIFailure(.usage, "\(file): train on train splits only")
            }
        }
        let start = Date()
        let model = TransliterationModel.train(pairs: pairs, iterations: iterations) { label, iteration, average in
            progress("tarjuman", "\(label) iteration \(iteration): mean log-likelihood \(String(format: "%.4f", average))")
        }
        let header = [
            "trained by: tarjuman-dev train-matcher (EM, \(iterations) iterations, \(pairs.count) pairs)",
            "train data: " + sources.joined(separator: ", "),
            "sources: google/transliteration (Apache-2.0), NETransliteration Wikidata names (CC0); see Data/README.md",
        ]
        let calibration = Calibration.fit(model: model, pairs: spellings)
        progress("tarjuman", "calibration: \(calibration.serialized)")
        let text = model.serialized(header: header) + calibration.serialized + "\n"
        try modelFile.write(text)
        try modelFile.commit()
        progress("tarjuman", "trained in \(String(format: "%.1f", Date().timeIntervalSince(start))) s -> \(RawPaths.display(out))")
    }
}
