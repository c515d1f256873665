import ArgumentParser
import Foundation
import Tarjuman
import TarjumanCLI

/// Output formats of `eval-align`.
enum EvalFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

/// `tarjuman eval-align --gold GOLD [ENGLISH ARABIC]`: an alignment scored
/// against a hand-made gold list, with a bar to pass.
struct EvalAlign: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval-align",
        abstract: "Align two reports and score the pairs against a gold list of the names they share.",
        discussion: """
            GOLD is a gold file: '# tarjuman-gold: 1', then one name a line,
            type<TAB>english forms<TAB>arabic forms, forms separated by |, one side
            empty for a name only one report has (see the DocC article "Checking
            alignment in your tests"). Without ENGLISH and ARABIC, the reports are the
            gold file's '# english:' and '# arabic:' paths, relative to the current
            directory. Prints precision, recall and F1 of the shared names, then every
            difference: misses, wrong pairs, one-sided names that were paired.
            Exit status: 0 when precision and recall reach --min-precision and
            --min-recall; 1 when either is below (one line on standard error says
            which); 64 bad usage; 65 a malformed gold file (FILE:LINE: what is wrong)
            or report; 66 a missing file.
            Example:
              tarjuman eval-align --gold gold.tsv --min-precision 0.95 --min-recall 0.9
            """
    )

    @Option(help: "The gold file: the names the two reports share, by hand.")
    var gold: String

    @Argument(help: "The English report (default: the gold file's '# english:' path).")
    var english: String?

    @Argument(help: "The Arabic report (default: the gold file's '# arabic:' path).")
    var arabic: String?

    @Option(help: "Lowest acceptable precision of the pairs, in [0, 1].")
    var minPrecision = 0.0

    @Option(help: "Lowest acceptable recall of the shared gold names, in [0, 1].")
    var minRecall = 0.0

    @Option(help: "Output format: text or json.")
    var format = EvalFormat.text

    @OptionGroup var aligner: AlignerOptions

    func validate() throws {
        if (english == nil) != (arabic == nil) {
            throw ValidationError("give both an English and an Arabic file, or neither for the gold file's own")
        }
        for (name, value) in [("--min-precision", minPrecision), ("--min-recall", minRecall)] where !(value >= 0 && value <= 1) {
            throw ValidationError("\(name) must be a number from 0 to 1")
        }
    }

    /// What `--format json` prints.
    struct Result: Encodable {
        let gold: String
        let englishFile: String
        let arabicFile: String
        let minPrecision: Double
        let minRecall: Double
        let passed: Bool
        let score: AlignmentScore

        enum CodingKeys: String, CodingKey {
            case gold, passed, score
            case englishFile = "english_file", arabicFile = "arabic_file"
            case minPrecision = "min_precision", minRecall = "min_recall"
        }
    }

    func run() throws {
        let list = try readDataFile(gold, limit: LineReader.maximumReportSize) { (text, source) throws(DataFileError) in
            try AlignmentGold(parsing: text, source: source)
        }
        func report(_ given: String?, _ listed: String?, _ side: String) throws -> String {
            if let path = given ?? listed { return path }
            throw CLIFailure(.usage, "\(RawPaths.display(gold)): no '# \(side):' line; give the ENGLISH and ARABIC files")
        }
        let englishPath = try report(english, list.englishFile, "english")
        let arabicPath = try report(arabic, list.arabicFile, "arabic")
        let out = try OutputWriter(path: nil)
        let englishText = try LineReader.readAll(path: englishPath, limit: LineReader.maximumReportSize)
        let arabicText = try LineReader.readAll(path: arabicPath, limit: LineReader.maximumReportSize)
        let alignment = try aligner.makeAligner().align(english: englishText, arabic: arabicText)
        let englishFile = RawPaths.display(englishPath), arabicFile = RawPaths.display(arabicPath)
        let score = list.score(AlignmentReport(alignment, englishFile: englishFile, arabicFile: arabicFile))
        let passed = score.meets(precision: minPrecision, recall: minRecall)
        switch format {
        case .text:
            try out.line("\(list.source): \(englishFile) ↔ \(arabicFile)")
            try out.line(score.description)
            for difference in score.differences { try out.line(difference) }
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let result = Result(gold: list.source, englishFile: englishFile, arabicFile: arabicFile,
                                minPrecision: minPrecision, minRecall: minRecall, passed: passed, score: score)
            try out.write(String(decoding: try encoder.encode(result), as: UTF8.self) + "\n")
        }
        try out.commit()
        guard passed else {
            var below: [String] = []
            if score.precision < minPrecision { below.append("precision \(AlignmentScore.threePlaces(score.precision)) < --min-precision \(minPrecision)") }
            if score.recall < minRecall { below.append("recall \(AlignmentScore.threePlaces(score.recall)) < --min-recall \(minRecall)") }
            throw CLIFailure(.checkFailed, "\(list.source): below the bar: " + below.joined(separator: ", "))
        }
    }
}
