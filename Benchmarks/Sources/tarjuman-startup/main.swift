// tarjuman-startup: what the first use of the built-in data costs, each
// measure in a fresh process (static data loads once per process), beside
// the baseline of reading the same data from its text sources in Data/ (how
// the library loaded it before the binary pack). See ../../EVALUATION.md.
//
//     swift run -c release --package-path Benchmarks tarjuman-startup [--runs N] [--tarjuman PATH]
//     swift run --package-path Benchmarks tarjuman-startup            (debug build)
import Foundation
import Tarjuman

let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
func text(_ path: String) -> String {
    (try? String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)) ?? ""
}
func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

/// One measure, in this (fresh) process.
func measure(_ name: String) throws -> Double {
    switch name {
    case "aligner":
        return try seconds { _ = try ReportAligner() }
    case "aligner+align":
        let english = text("seeds/000_63d4f025652b603e.txt"), arabic = text("seeds/003_595fb47189156482.txt")
        return try seconds { _ = try ReportAligner().align(english: english, arabic: arabic) }
    case "romanizer":
        return seconds { _ = Romanizer().romanize("مصطفى", count: 1) }
    case "text-baseline":
        // The same resources parsed from their text sources, as the library did
        // before the pack: name model, romanizer, lexicons, frequency, gazetteer.
        let files = ["Data/models/name-model.tsv", "Data/models/romanizer.tsv", "Data/arabic-lexicon/stems.txt",
                     "Data/arabic-lexicon/names.txt", "Data/arabic-lexicon/al-names.txt", "Data/english-lexicon/common.txt",
                     "Data/english-lexicon/proper.txt", "Data/arabic-frequency.tsv", "Data/gazetteer.tsv"].map(text)
        return try seconds {
            _ = try TransliterationModel(parsing: files[0])
            _ = try Calibration(parsing: files[0])
            _ = try JointSequenceModel(parsing: files[1])
            _ = ArabicLexicon(stems: files[2], names: files[3], alNames: files[4])
            _ = EnglishLexicon(common: files[5], proper: files[6])
            _ = ArabicWordFrequency(parsing: files[7])
            _ = try Gazetteer(parsing: files[8])
        }
    default:
        throw NSError(domain: "tarjuman-startup", code: 64, userInfo: [NSLocalizedDescriptionKey: "unknown measure \(name)"])
    }
}

func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }

var args = CommandLine.arguments.dropFirst()
if args.first == "--child", let name = args.dropFirst().first {
    print(try measure(name))
    exit(0)
}
var runs = 5
var tarjuman: String?
while let arg = args.popFirst() {
    switch arg {
    case "--runs": runs = Int(args.popFirst() ?? "") ?? runs
    case "--tarjuman": tarjuman = args.popFirst()
    default: FileHandle.standardError.write(Data("usage: tarjuman-startup [--runs N] [--tarjuman PATH]\n".utf8)); exit(64)
    }
}

func run(_ executable: String, _ arguments: [String]) throws -> (output: String, seconds: Double) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = FileHandle.nullDevice
    var output = Data()
    let elapsed = try seconds {
        try process.run()
        output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
    }
    return (String(decoding: output, as: UTF8.self), elapsed)
}

#if DEBUG
let build = "debug"
#else
let build = "release"
#endif
print("Start-up, \(build) build, median of \(runs) fresh processes (ms):")
let me = CommandLine.arguments[0]
for (name, label) in [("aligner", "ReportAligner()"), ("aligner+align", "ReportAligner() + align(seed pair)"),
                      ("romanizer", "Romanizer().romanize (first use: its tables)"),
                      ("text-baseline", "baseline: the same data parsed from Data/'s text")] {
    let times = try (0..<runs).map { _ in Double(try run(me, ["--child", name]).output.trimmingCharacters(in: .whitespacesAndNewlines)) ?? .nan }
    print("  " + label.padding(toLength: 50, withPad: " ", startingAt: 0) + String(format: "%8.1f", median(times) * 1000))
}
if let tarjuman {
    let seeds = ["seeds/000_63d4f025652b603e.txt", "seeds/003_595fb47189156482.txt"].map { root.appendingPathComponent($0).path }
    let times = try (0..<runs).map { _ in try run(tarjuman, ["align", "--format", "json"] + seeds).seconds }
    print("  " + "tarjuman align (seed pair), wall".padding(toLength: 50, withPad: " ", startingAt: 0)
          + String(format: "%8.1f", median(times) * 1000))
}
