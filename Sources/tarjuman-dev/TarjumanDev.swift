import ArgumentParser
import Foundation
import Tarjuman
import TarjumanResearch
import TarjumanCLI

/// `tarjuman-dev`: the developer tool. Training, evaluation and data packing
/// live here, apart from the user's `tarjuman`.
@main
struct TarjumanDev: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tarjuman-dev",
        abstract: "Developer tool: train the models, measure them, and pack Data/ into the built-in data.",
        subcommands: [PackData.self, TrainMatcher.self, TrainRomanizer.self, TrainReranker.self, EvalMatch.self, EvalRomanize.self, BenchRank.self]
    )

    static func main() {
        runAsTool(named: "tarjuman-dev")
    }
}

/// The name model and its calibration in `path`.
func loadNameModelAndCalibration(path: String) throws -> (model: TransliterationModel, calibration: Calibration) {
    try readDataFile(path) { (text, source) throws(DataFileError) in
        (try TransliterationModel(parsing: text, source: source), try Calibration(parsing: text, source: source))
    }
}

/// The name model in `path`, or the built-in one.
func loadNameModel(_ path: String?) throws -> TransliterationModel {
    guard let path else { return .builtIn }
    return try loadNameModelAndCalibration(path: path).model
}

/// A joint-sequence model file.
func loadJointModel(path: String) throws -> JointSequenceModel {
    try readDataFile(path) { (text, source) throws(DataFileError) in try JointSequenceModel(parsing: text, source: source) }
}

/// A reranker weights file.
func loadRerankWeights(path: String) throws -> RerankWeights {
    try readDataFile(path) { (text, source) throws(DataFileError) in try RerankWeights(parsing: text, source: source) }
}

/// Spelling evidence from the given files, the built-in ones where nil.
func loadSpellingEvidence(modelPath: String?, spellingModels: String?, reranker: String?) throws -> SpellingEvidence {
    var romanizer = JointSequenceModel.builtInRomanizer, arabizer = JointSequenceModel.builtInArabizer
    if let spellingModels {
        romanizer = try loadJointModel(path: spellingModels + "/romanizer.tsv")
        arabizer = try loadJointModel(path: spellingModels + "/arabizer.tsv")
    }
    let weights = try reranker.map(loadRerankWeights) ?? .builtIn
    return SpellingEvidence(romanizer: romanizer, arabizer: arabizer, model: try loadNameModel(modelPath), weights: weights)
}
