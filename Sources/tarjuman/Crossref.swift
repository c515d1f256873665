import ArgumentParser
import Dispatch
import Foundation
import Tarjuman
import TarjumanCLI
import TarjumanICU

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
            On a terminal, a progress line on standard error shows each stage's count,
            rate and time left (TARJUMAN_PROGRESS=always or never overrides the check);
            skipped files and a one-line summary go to standard error in any case.
            Example:
              tarjuman crossref --english reports/en --arabic reports/ar --format json --out crossref
            """
    )

    @Option(help: "Folder of English reports (.txt).")
    var english: String

    @Option(help: "Folder of Arabic reports (.txt).")
    var arabic: String

    @Option(help: "Output format of the reports and the index: json, markdown, text or html (index.html links to a page per pair; the text index is printed).")
    var format = ReportFormat.markdown

    @Option(help: "Folder for the per-pair reports and the index (created if missing).")
    var out = "crossref"

    @Option(help: "Lowest shared-name weight for checking a pair of reports.")
    var minimumEvidence = CrossReferencer.defaultMinimumEvidence

    @Option(help: "Lowest confidence for proposing a pair of reports, in [0, 1].")
    var minimumConfidence = CrossReferencer.defaultMinimumConfidence

    @Flag(help: "Only print the index; write no per-pair reports.")
    var indexOnly = false

    @OptionGroup var aligner: AlignerOptions

    func validate() throws {
        guard minimumEvidence.isFinite && minimumEvidence >= 0 else {
            throw ValidationError("--minimum-evidence must be a number, 0 or more")
        }
        guard minimumConfidence.isFinite && minimumConfidence >= 0 && minimumConfidence <= 1 else {
            throw ValidationError("--minimum-confidence must be a number from 0 to 1")
        }
    }

    var fileExtension: String {
        switch format {
        case .json: "json"
        case .markdown: "md"
        case .text: "txt"
        case .html: "html"
        }
    }

    func run() throws {
        let (englishFiles, englishSkipped) = try textFiles(in: english)
        let (arabicFiles, arabicSkipped) = try textFiles(in: arabic)
        for path in englishSkipped + arabicSkipped {
            progress("crossref", "\(RawPaths.display(path)): not a regular file, skipped")
        }
        if !indexOnly { try prepareOutputFolder() }
        let englishTexts = try englishFiles.map { try LineReader.readAll(path: $0, limit: LineReader.maximumReportSize) }
        let arabicTexts = try arabicFiles.map { try LineReader.readAll(path: $0, limit: LineReader.maximumReportSize) }
        let reportAligner = try aligner.makeAligner()
        var referencer = CrossReferencer(aligner: reportAligner, minimumEvidence: minimumEvidence)
        referencer.minimumConfidence = minimumConfidence
        let clock = ContinuousClock(), start = clock.now
        let progressLine = ProgressReporter(tool: "crossref")
        let checked = referencer.crossReferenceAndAlign(
            english: zip(englishFiles, englishTexts).map { Report(id: $0, text: $1) },
            arabic: zip(arabicFiles, arabicTexts).map { Report(id: $0, text: $1) },
            romanizing: !indexOnly
        ) { stage, done, total in
            progressLine.update(stage, done: done, total: total)
        }
        var record = checked.record
        let alignments = checked.alignments
        if !indexOnly {
            for k in record.pairs.indices {
                record.pairs[k].report = Self.reportName(english: record.pairs[k].english, arabic: record.pairs[k].arabic,
                                                         number: k + 1, extension: fileExtension)
            }
            let failures = Locked<[(Int, CLIFailure)]>([])
            progressLine.start("writing reports", total: record.pairs.count)
            // Each pair's texts, for HTML pages (the files were read once, above).
            let englishText = Dictionary(zip(englishFiles, englishTexts), uniquingKeysWith: { first, _ in first })
            let arabicText = Dictionary(zip(arabicFiles, arabicTexts), uniquingKeysWith: { first, _ in first })
            let (format, out, pairs, checked) = (format, out, record.pairs, alignments)
            DispatchQueue.concurrentPerform(iterations: pairs.count) { k in
                let pair = pairs[k], name = pair.report ?? ""
                let report = AlignmentReport(checked[k], englishFile: RawPaths.display(pair.english),
                                             arabicFile: RawPaths.display(pair.arabic))
                do {
                    try writeFile(try render(report, as: format, english: englishText[pair.english] ?? "",
                                             arabic: arabicText[pair.arabic] ?? ""), to: Self.join(out, name))
                } catch let failure as CLIFailure {
                    failures.withLock { $0.append((k, failure)) }
                } catch {
                    failures.withLock { $0.append((k, CLIFailure(.software, "\(name): \(error)"))) }
                }
                progressLine.advance()
            }
            if let failure = failures.withLock({ $0.min { $0.0 < $1.0 } }) { throw failure.1 }
        }
        if !indexOnly { try writeFile(try Self.renderIndex(record, as: format), to: Self.join(out, "index." + fileExtension)) }
        // The terminal gets the text index in place of a page of HTML.
        let text = try Self.renderIndex(record, as: format == .html ? .text : format)
        progressLine.finish()
        let elapsed = clock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        progress("crossref", String(format: "%d English × %d Arabic reports, %d pairs in %.1f s",
                                    englishFiles.count, arabicFiles.count, record.pairs.count, seconds))
        let output = try OutputWriter(path: nil)
        try output.write(text)
        try output.commit()
    }

    /// Creates the output folder, which may not be one of the input folders
    /// (its index and reports would join or replace the inputs).
    func prepareOutputFolder() throws {
        if case .success(let status) = FileStatus.of(out) {
            guard status.kind == .directory else { throw CLIFailure(.cannotCreate, "\(RawPaths.display(out)): not a folder") }
            for input in [english, arabic] {
                if case .success(let folder) = FileStatus.of(input), folder.isSameFile(as: status) {
                    throw CLIFailure(.usage, "--out \(RawPaths.display(out)) is an input folder; write the reports to another folder")
                }
            }
            return
        }
        // mkdir -p, one level at a time.
        var path = out.hasPrefix("/") ? "/" : ""
        for part in out.split(separator: "/") {
            path += part
            if RawPaths.withCString(path, { mkdir($0, 0o777) }) != 0 && errno != EEXIST {
                throw CLIFailure(.cannotCreate, "\(RawPaths.display(path)): cannot create: \(Errno(errno))")
            }
            path += "/"
        }
    }

    static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    /// The report file of a pair: `ENGLISH--ARABIC.EXT`, each file name
    /// without `.txt` and escaped so the name is unique and reversible: `%`,
    /// control characters, bytes that are not UTF-8, and a `-` at either end
    /// or beside another `-` become `%XX`, so `--` occurs once, between the
    /// two. A name too long for the file system (over 255 bytes) becomes
    /// `pair-N.EXT`, N the pair's number in the index, which lists every
    /// pair's report.
    static func reportName(english: String, arabic: String, number: Int, extension ext: String) -> String {
        let name = escapedStem(english) + "--" + escapedStem(arabic) + "." + ext
        return name.utf8.count <= 255 ? name : "pair-\(number).\(ext)"
    }

    static func escapedStem(_ path: String) -> String {
        var bytes = RawPaths.bytes(path)
        if let slash = bytes.lastIndex(of: UInt8(ascii: "/")) { bytes.removeSubrange(...slash) }
        if bytes.count > 4, bytes.suffix(4).elementsEqual(".txt".utf8) { bytes.removeLast(4) }
        let dash = UInt8(ascii: "-")
        var out: [UInt8] = []
        func escape(_ byte: UInt8) {
            let digits = Array("0123456789ABCDEF".utf8)
            out += [UInt8(ascii: "%"), digits[Int(byte >> 4)], digits[Int(byte & 15)]]
        }
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            if byte >= 0x80 {
                let length = utf8SequenceLength(bytes, at: i)
                if length > 0 { out += bytes[i..<(i + length)]; i += length } else { escape(byte); i += 1 }
                continue
            }
            let edgeDash = byte == dash && (i == 0 || i == bytes.count - 1 || bytes[i - 1] == dash || bytes[i + 1] == dash)
            if byte == UInt8(ascii: "%") || byte < 0x20 || byte == 0x7F || edgeDash { escape(byte) } else { out.append(byte) }
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The index in `format`: JSON with the paths as given, Markdown and
    /// text with them escaped for display.
    static func renderIndex(_ record: CrossReference, as format: ReportFormat) throws -> String {
        switch format {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            return String(decoding: try encoder.encode(record), as: UTF8.self) + "\n"
        case .markdown: return record.mappingIdentifiers(RawPaths.display).markdown
        case .text: return record.mappingIdentifiers(RawPaths.display).text
        case .html: return record.mappingIdentifiers(RawPaths.display).html
        }
    }
}
