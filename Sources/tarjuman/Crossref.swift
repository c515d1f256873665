import ArgumentParser
import Dispatch
import Foundation
import Tarjuman
import TarjumanCLI

/// `tarjuman crossref --english DIR --arabic DIR`: which reports tell the same story.
struct Crossref: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Pair English and Arabic reports about the same story, and align each pair's names.",
        discussion: """
            Reads every .txt file of both folders. Reports are paired one to one through
            an index of their names and numbers (not by aligning every pair); each pair's
            alignment is written to the output folder, with an index (index.json, .md or
            .txt) that is also printed. In JSON the index holds matches ({english, arabic,
            score} with the paths as given), unmatched_english and unmatched_arabic.
            Progress goes to standard error.
            Example:
              tarjuman crossref --english reports/en --arabic reports/ar --format json --out crossref
            """
    )

    @Option(help: "Folder of English reports (.txt).")
    var english: String

    @Option(help: "Folder of Arabic reports (.txt).")
    var arabic: String

    @Option(help: "Output format of the reports and the index: json, markdown or text.")
    var format = ReportFormat.markdown

    @Option(help: "Folder for the per-pair reports and the index (created if missing).")
    var out = "crossref"

    @Option(help: "Lowest shared-name weight for pairing two reports.")
    var minimumEvidence = 4.0

    @Flag(help: "Only print the index; write no per-pair reports.")
    var indexOnly = false

    @OptionGroup var aligner: AlignerOptions

    struct Index: Codable {
        struct Entry: Codable { let english: String; let arabic: String; let score: Double }
        let version: Int
        let matches: [Entry]
        let unmatchedEnglish: [String]
        let unmatchedArabic: [String]
        enum CodingKeys: String, CodingKey {
            case version, matches
            case unmatchedEnglish = "unmatched_english", unmatchedArabic = "unmatched_arabic"
        }
    }

    static func files(in folder: String) throws -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw CLIFailure(.noInput, "\(folder): not a folder")
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".txt") }.sorted()
        let base = folder.hasSuffix("/") ? folder : folder + "/"
        return names.map { base + $0 }
    }

    func run() throws {
        let englishFiles = try Self.files(in: english), arabicFiles = try Self.files(in: arabic)
        let englishTexts = try englishFiles.map { try LineReader.readAll(path: $0) }
        let arabicTexts = try arabicFiles.map { try LineReader.readAll(path: $0) }
        let reportAligner = try aligner.makeAligner()
        let referencer = CrossReferencer(aligner: reportAligner, minimumEvidence: minimumEvidence)
        let clock = ContinuousClock(), start = clock.now
        let matches = referencer.match(english: englishTexts, arabic: arabicTexts) { stage, done, total in
            FileHandle.standardError.write(Data("crossref: \(stage) (\(done)/\(total))\n".utf8))
        }
        if !indexOnly {
            try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
            let ext = format == .json ? "json" : (format == .markdown ? "md" : "txt")
            let failures = Failures()
            let done = Counter()
            DispatchQueue.concurrentPerform(iterations: matches.count) { k in
                let match = matches[k]
                let alignment = reportAligner.align(english: englishTexts[match.english], arabic: arabicTexts[match.arabic])
                let report = AlignmentReport(alignment, englishFile: englishFiles[match.english], arabicFile: arabicFiles[match.arabic])
                let name = Self.stem(englishFiles[match.english]) + "--" + Self.stem(arabicFiles[match.arabic]) + "." + ext
                do {
                    try render(report, as: format).write(toFile: out + "/" + name, atomically: true, encoding: .utf8)
                } catch {
                    failures.add("\(out)/\(name): cannot write (\(error.localizedDescription))")
                }
                let n = done.increment()
                if n % 100 == 0 || n == matches.count {
                    FileHandle.standardError.write(Data("crossref: aligned \(n)/\(matches.count) pairs\n".utf8))
                }
            }
            if let failure = failures.first { throw CLIFailure(.cannotCreate, failure) }
        }
        let pairedEnglish = Set(matches.map(\.english)), pairedArabic = Set(matches.map(\.arabic))
        let index = Index(version: 1,
                          matches: matches.map { Index.Entry(english: englishFiles[$0.english], arabic: arabicFiles[$0.arabic], score: $0.score) },
                          unmatchedEnglish: englishFiles.indices.filter { !pairedEnglish.contains($0) }.map { englishFiles[$0] },
                          unmatchedArabic: arabicFiles.indices.filter { !pairedArabic.contains($0) }.map { arabicFiles[$0] })
        let text = try Self.renderIndex(index, as: format)
        if !indexOnly {
            let ext = format == .json ? "json" : (format == .markdown ? "md" : "txt")
            try text.write(toFile: out + "/index." + ext, atomically: true, encoding: .utf8)
        }
        let seconds = Double((clock.now - start).components.attoseconds) / 1e18 + Double((clock.now - start).components.seconds)
        FileHandle.standardError.write(Data(String(format: "crossref: %d English × %d Arabic reports, %d pairs in %.1f s\n",
                                                   englishFiles.count, arabicFiles.count, matches.count, seconds).utf8))
        let output = try OutputWriter(path: nil)
        try output.write(text)
        try output.flush()
    }

    static func stem(_ path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return name.hasSuffix(".txt") ? String(name.dropLast(4)) : name
    }

    static func renderIndex(_ index: Index, as format: ReportFormat) throws -> String {
        switch format {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            return String(decoding: try encoder.encode(index), as: UTF8.self) + "\n"
        case .markdown:
            var text = "# Cross-reference\n\n| English | Arabic | Score |\n|---|---|---|\n"
            for m in index.matches { text += "| \(m.english) | \(m.arabic) | \(m.score) |\n" }
            text += "\nUnpaired English: " + (index.unmatchedEnglish.isEmpty ? "none" : index.unmatchedEnglish.joined(separator: ", "))
            text += "\n\nUnpaired Arabic: " + (index.unmatchedArabic.isEmpty ? "none" : index.unmatchedArabic.joined(separator: ", ")) + "\n"
            return text
        case .text:
            var text = index.matches.map { "\($0.english)\t\($0.arabic)\t\($0.score)" }.joined(separator: "\n")
            if !text.isEmpty { text += "\n" }
            for e in index.unmatchedEnglish { text += "\(e)\t-\t0\n" }
            for a in index.unmatchedArabic { text += "-\t\(a)\t0\n" }
            return text
        }
    }
}

/// Thread-safe counter and error list for the concurrent alignment loop.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0
    func increment() -> Int { lock.lock(); defer { lock.unlock() }; value += 1; return value }
}

final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var messages: [String] = []
    func add(_ message: String) { lock.lock(); messages.append(message); lock.unlock() }
    var first: String? { lock.lock(); defer { lock.unlock() }; return messages.first }
}
