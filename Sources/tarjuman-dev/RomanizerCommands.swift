import ArgumentParser
import Dispatch
import Foundation
import Tarjuman
import TarjumanResearch
import TarjumanCLI

/// `tarjuman-dev train-romanizer`: the joint-sequence models of both directions.
struct TrainRomanizer: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train-romanizer",
        abstract: "Learn the romanization and arabization models (joint-sequence trigrams) from train-split pairs.",
        discussion: """
            Rebuilds the shipped models (train splits only), cutting each pair into units
            with the name model's letter alignment (`make data` runs it):
              tarjuman-dev train-romanizer --pairs Data/names/google-ar2en-train.tsv \\
                --pairs Data/names/wikidata-en2ar-80.tsv --model Data/models/name-model.tsv \\
                --out Data/models
            """
    )

    @Option(name: .customLong("pairs"), help: "A TSV file of train pairs (repeatable).")
    var pairFiles: [String]

    @Option(help: "Folder for romanizer.tsv and arabizer.tsv.")
    var out: String

    @Option(help: "The name model whose alignments cut pairs into units (TSV; default: the built-in one).")
    var model: String?

    @Option(help: "n-gram order over units.")
    var order = 6

    func validate() throws {
        if order < 1 || order > 12 { throw ValidationError("--order must lie in 1...12") }
        try checkDistinctOutputs(["romanizer.tsv", "arabizer.tsv"].map { out + "/" + $0 })
    }

    func run() throws {
        // The outputs are opened first: a bad path fails now, not after training.
        var modelFiles: [String: OutputWriter] = [:]
        for name in ["romanizer.tsv", "arabizer.tsv"] {
            modelFiles[name] = try OutputWriter(path: out + "/" + name, inputs: pairFiles + (model.map { [$0] } ?? []))
        }
        let nameModel = try loadNameModel(model)
        var pairs: [TransliterationModel.TrainingPair] = []
        var sources: [String] = []
        for file in pairFiles {
            for name in ["test", "eval", "-20."] where file.contains(name) {
                throw CLIFailure(.usage, "\(file): train on train splits only")
            }
            let loaded = try PairFile(path: file)
            for pair in loaded.pairs {
                if let training = TransliterationModel.TrainingPair(arabic: pair.arabic, english: pair.english) { pairs.append(training) }
            }
            sources.append("\((file as NSString).lastPathComponent) (\(loaded.pairs.count) pairs)")
        }
        for (direction, name) in [(JointSequenceModel.Direction.arabicToEnglish, "romanizer.tsv"),
                                  (.englishToArabic, "arabizer.tsv")] {
            let model = JointSequenceModel.train(pairs: pairs, model: nameModel, direction: direction, order: order)
            let text = model.serialized(header: [
                "trained by: tarjuman-dev train-romanizer (\(pairs.count) pairs, units from the alignments of "
                    + (self.model.map { ($0 as NSString).lastPathComponent } ?? "the built-in name model") + ")",
                "train data: " + sources.joined(separator: ", "),
                "sources: google/transliteration (Apache-2.0), NETransliteration Wikidata names (CC0); see Data/README.md",
            ])
            if let file = modelFiles[name] {
                try file.write(text)
                try file.commit()
                progress("tarjuman", "\(RawPaths.display(out + "/" + name)): \(text.split(separator: "\n").count) lines")
            }
        }
    }
}

/// `tarjuman-dev eval-romanize --pairs FILE`: exact-match accuracy of romanization and arabization.
struct EvalRomanize: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval-romanize",
        abstract: "Romanize every Arabic name and arabize every English name of a pair file; print top-1, top-10 and character error rate.",
        discussion: """
            Same pair format as eval-match. A candidate is right when its letters equal
            those of any spelling the file pairs with the name (case, diacritics, spaces,
            hyphens and apostrophes ignored; Arabic tashkeel ignored, hamza forms kept).
            CER: edit distance of the top candidate to the nearest right spelling, over
            that spelling's length, averaged. The baseline is ICU's Arabic-Latin; Latin-ASCII
            (and Latin-Arabic the other way).
            Example:
              tarjuman-dev eval-romanize --pairs Data/names/google-ar2en-test.tsv
            """
    )

    @Option(help: "The pair file.")
    var pairs: String

    @Option(help: "Folder with romanizer.tsv and arabizer.tsv to use instead of the built-in models.")
    var models: String?

    @Flag(help: "Skip the ICU baselines.")
    var noBaseline = false

    @Option(help: "Search beam width (default: the library's, 48).")
    var beam: Int?

    func run() throws {
        let file = try PairFile(path: pairs)
        var arabicGold: [String: Set<[UInt8]>] = [:], englishGold: [String: Set<[UInt8]>] = [:]
        for pair in file.pairs {
            arabicGold[pair.arabic, default: []].insert(NameForms.englishSymbols(pair.english))
            englishGold[pair.english.lowercased(), default: []].insert(NameForms.arabicSymbols(pair.arabic))
        }
        var romanizer = Romanizer(), arabizer = Arabizer()
        if let models {
            var resources = LanguageResources.builtIn
            resources.romanizer = try loadJointModel(path: models + "/romanizer.tsv")
            resources.arabizer = try loadJointModel(path: models + "/arabizer.tsv")
            romanizer = Romanizer(resources: resources)
            arabizer = Arabizer(resources: resources)
        }
        if let beam {
            guard beam >= 1 && beam <= 10_000 else { throw CLIFailure(.usage, "--beam must lie in 1...10000") }
            romanizer.beamWidth = max(1, beam)
            arabizer.beamWidth = max(1, beam)
        }
        let out = try OutputWriter(path: nil)
        try out.line("\(RawPaths.display(pairs)): \(arabicGold.count) Arabic and \(englishGold.count) English names")
        try out.line("method                          direction  top-1   top-10  CER     names/s")
        let arabicNames = arabicGold.keys.sorted(), englishNames = englishGold.keys.sorted()
        func report(_ label: String, _ direction: String, _ names: [String], _ gold: [String: Set<[UInt8]>],
                    _ candidates: @Sendable (String) -> [[UInt8]]) throws {
            let start = Date()
            let values = concurrentMap(count: names.count) { i -> (Int?, Double) in
                let list = candidates(names[i])
                let right = gold[names[i]] ?? []
                let rank = list.firstIndex { right.contains($0) }
                let top = list.first ?? []
                let cer = right.map { Double(editDistance(top, $0)) / Double(max($0.count, 1)) }.min() ?? 1
                return (rank, cer)
            }
            let top1 = Double(values.filter { $0.0 == 0 }.count) / Double(names.count)
            let top10 = Double(values.filter { ($0.0 ?? 99) < 10 }.count) / Double(names.count)
            let cer = values.map(\.1).reduce(0, +) / Double(names.count)
            let rate = Double(names.count) / Date().timeIntervalSince(start)
            try out.line(label.padding(toLength: 31, withPad: " ", startingAt: 0) + " " + direction.padding(toLength: 10, withPad: " ", startingAt: 0)
                  + String(format: " %.4f  %.4f  %.4f  %.0f", top1, top10, cer, rate))
        }
        let (r, a) = (romanizer, arabizer)
        try report("tarjuman", "ar→en", arabicNames, arabicGold) { name in r.romanize(name, count: 10).map { NameForms.englishSymbols($0.text) } }
        try report("tarjuman", "en→ar", englishNames, englishGold) { name in a.arabize(name, count: 10).map { NameForms.arabicSymbols($0.text) } }
        if !noBaseline {
            let latin = try Transliterator(id: "Arabic-Latin; Latin-ASCII"), arabic = try Transliterator(id: "Latin-Arabic")
            try report("ICU Arabic-Latin; Latin-ASCII", "ar→en", arabicNames, arabicGold) { [NameForms.englishSymbols(latin.transliterate($0))] }
            try report("ICU Latin-Arabic", "en→ar", englishNames, englishGold) { [NameForms.arabicSymbols(arabic.transliterate($0))] }
        }
        try out.commit()
    }
}


