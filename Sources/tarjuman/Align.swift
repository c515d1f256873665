import ArgumentParser
import Foundation
import Tarjuman
import TarjumanCLI

/// Options shared by `align` and `crossref`: the gazetteer and threshold.
struct AlignerOptions: ParsableArguments {
    @Option(help: "A gazetteer file (type<TAB>english forms<TAB>arabic forms) to use instead of the built-in one.")
    var gazetteer: String?

    @Option(help: "A gazetteer file whose entries are added to (and take precedence over) the built-in ones.")
    var addGazetteer: String?

    @Option(help: "Lowest name-match probability for a transliterated pair.")
    var threshold = 0.5

    /// The built-in resources with the gazetteer these options give.
    func makeResources() throws -> LanguageResources {
        func load(_ path: String) throws -> Gazetteer {
            try readDataFile(path, limit: LineReader.maximumReportSize) { (text, source) throws(DataFileError) in
                try Gazetteer(parsing: text, source: source)
            }
        }
        var resources = LanguageResources.builtIn
        if let gazetteer { resources.gazetteer = try load(gazetteer) }
        if let addGazetteer { resources.gazetteer = try load(addGazetteer).merged(with: resources.gazetteer) }
        return resources
    }

    func makeAligner() throws -> ReportAligner {
        let resources = try makeResources()
        guard threshold >= 0 && threshold <= 1 else { throw CLIFailure(.usage, "--threshold must lie in [0, 1]") }
        do {
            return try ReportAligner(options: .init(threshold: threshold), resources: resources)
        } catch {
            throw CLIFailure(.software, "cannot open ICU's break iterators: \(error)")
        }
    }
}

/// Report formats.
enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case json, markdown, text, html
}

/// `report` in `format`; HTML shows the two texts the report was made from.
func render(_ report: AlignmentReport, as format: ReportFormat, english: String, arabic: String) throws -> String {
    switch format {
    case .markdown: return report.markdown
    case .text: return report.text
    case .html: return report.html(english: english, arabic: arabic)
    case .json:
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(report), as: UTF8.self) + "\n"
    }
}

/// `tarjuman align ENGLISH ARABIC`: the names two reports share.
struct Align: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the people, places and organizations an English and an Arabic report both name.",
        discussion: """
            Without files, aligns the built-in example: the seed reports
            seeds/000_63d4f025652b603e.txt (English) and seeds/003_595fb47189156482.txt (Arabic).
            JSON output (schema version 2, snake_case keys) holds pairs (english and arabic
            objects with text, normalized, spans as UTF-8 byte ranges of the files and the
            number of their first sentence, plus score, type and evidence with its reason),
            unmatched_english, unmatched_arabic, english_sentences, arabic_sentences and stats.
            HTML is one self-contained page: both reports side by side, every shared name
            highlighted in its colour and number, its evidence on hover or focus.
            Reports over 1 MiB are refused (65); -o FILE is written atomically.
            Example:
              tarjuman align --format json report-en.txt report-ar.txt
            """
    )

    static let defaultEnglish = "seeds/000_63d4f025652b603e.txt"
    static let defaultArabic = "seeds/003_595fb47189156482.txt"

    @Argument(help: "The English report (UTF-8 text).")
    var english: String?

    @Argument(help: "The Arabic report (UTF-8 text).")
    var arabic: String?

    @Option(help: "Output format: json, markdown, text or html (one self-contained page, the two reports side by side).")
    var format = ReportFormat.markdown

    @Option(name: .shortAndLong, help: "Write the report to this file instead of standard output.")
    var output: String?

    @OptionGroup var aligner: AlignerOptions

    func validate() throws {
        if (english == nil) != (arabic == nil) {
            throw ValidationError("give both an English and an Arabic file, or neither for the built-in example")
        }
    }

    func run() throws {
        let englishPath = english ?? Self.defaultEnglish, arabicPath = arabic ?? Self.defaultArabic
        let inputs = [englishPath, arabicPath] + [aligner.gazetteer, aligner.addGazetteer].compactMap { $0 }
        let out = try OutputWriter(path: output, inputs: inputs)
        let englishText = try LineReader.readAll(path: englishPath, limit: LineReader.maximumReportSize)
        let arabicText = try LineReader.readAll(path: arabicPath, limit: LineReader.maximumReportSize)
        let alignment = try aligner.makeAligner().align(english: englishText, arabic: arabicText)
        let report = AlignmentReport(alignment, englishFile: RawPaths.display(englishPath), arabicFile: RawPaths.display(arabicPath))
        try out.write(try render(report, as: format, english: englishText, arabic: arabicText))
        try out.commit()
    }
}
