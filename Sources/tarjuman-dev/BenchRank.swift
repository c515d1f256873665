import ArgumentParser
import Dispatch
import Foundation
import Tarjuman
import TarjumanCLI

/// `tarjuman-dev bench-rank`: queries per second of `NameRanker` on real
/// names, each path beside its baseline in the same process: the exact
/// exhaustive path against the previous implementation (`referenceTop`), on
/// one core and on all; the index against the exhaustive top-1.
struct BenchRank: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-rank",
        abstract: "Time name ranking: exact exhaustive vs the previous implementation, index vs exhaustive, 1 core vs all.",
        discussion: """
            Candidates and queries come from a pair file (name<TAB>spelling, either order):
            with --direction ar-en the Arabic column ranks the English one. The first
            --candidates distinct names of the candidate column (in file order) are the list;
            the queries are the first --queries distinct names of the other column of the
            --queries-from file (by default the same file), so a query's counterpart is in
            the list only when both files hold the pair.
            Example:
              tarjuman-dev bench-rank --pairs Data/names/wikidata-en2ar-20.tsv --direction ar-en
            """
    )

    @Option(help: "The pair file the candidates come from.")
    var pairs: String

    @Option(help: "The pair file the queries come from (default: --pairs).")
    var queriesFrom: String?

    @Option(help: "ar-en (Arabic queries, English candidates) or en-ar.")
    var direction = "ar-en"

    @Option(help: "How many candidates.")
    var candidates = 10_000

    @Option(help: "How many queries.")
    var queries = 500

    @Option(help: "How many queries the previous implementation runs (it is slow).")
    var referenceQueries = 50

    @Option(help: "How many candidates to return per query.")
    var top = 10

    @Option(help: "Instead of the file's names: this many two-word names (first name and surname, each a name of the file), the queries the other script's spelling of some of them.")
    var fullNames: Int?

    @Option(help: "The index's short list (its breadth).")
    var breadth = NameRanker.Strategy.defaultBreadth

    @Flag(help: "Skip the exhaustive paths (for lists too long to rank every candidate); the index's agreement is then not measured.")
    var indexOnly = false

    func validate() throws {
        guard ["ar-en", "en-ar"].contains(direction) else { throw ValidationError("--direction is ar-en or en-ar") }
        if candidates < 1 || queries < 1 || top < 1 || referenceQueries < 0 {
            throw ValidationError("--candidates, --queries and --top must be at least 1")
        }
    }

    /// The distinct names of one column (0 or 1 after orienting the file), in order.
    static func column(_ path: String, arabic: Bool, limit: Int) throws -> [String] {
        var seen = Set<String>(), names: [String] = []
        let reader = try LineReader(path: path)
        while names.count < limit, let line = try reader.next() {
            let fields = line.content.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 2 else { continue }
            let first = String(fields[0]), second = String(fields[1])
            let name = NameForms.isArabic(first) == arabic ? first : second
            if !name.isEmpty, seen.insert(name).inserted { names.append(name) }
        }
        return names
    }

    /// `count` distinct two-word names of one script made of the file's pairs
    /// (a fixed pseudo-random choice), and the other script's spelling of
    /// every `count / queries`-th of them.
    static func fullNames(_ path: String, count: Int, queries: Int, arabicQueries: Bool) throws -> (list: [String], queries: [String]) {
        var words: [(arabic: String, english: String)] = []
        var seen = Set<String>()
        let reader = try LineReader(path: path)
        while let line = try reader.next() {
            let fields = line.content.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 2 else { continue }
            let first = String(fields[0]), second = String(fields[1])
            let (arabic, english) = NameForms.isArabic(first) ? (first, second) : (second, first)
            if seen.insert(english).inserted { words.append((arabic, english)) }
        }
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(truncatingIfNeeded: state >> 33) % max(words.count, 1)
        }
        var list: [String] = [], others: [String] = [], made = Set<String>()
        while list.count < count && !words.isEmpty {
            let a = words[next()], b = words[next()]
            let english = a.english + " " + b.english
            guard made.insert(english).inserted else { continue }
            list.append(arabicQueries ? english : a.arabic + " " + b.arabic)
            others.append(arabicQueries ? a.arabic + " " + b.arabic : english)
        }
        let step = max(1, list.count / max(queries, 1))
        return (list, stride(from: 0, to: others.count, by: step).prefix(queries).map { others[$0] })
    }

    /// The process's peak resident memory, in MB.
    static func peakMegabytes() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
    }

    func run() throws {
        let arabicQueries = direction == "ar-en"
        var list: [String], asked: [String]
        if let fullNames {
            (list, asked) = try Self.fullNames(pairs, count: fullNames, queries: queries, arabicQueries: arabicQueries)
        } else {
            list = try Self.column(pairs, arabic: !arabicQueries, limit: candidates)
            asked = try Self.column(queriesFrom ?? pairs, arabic: arabicQueries, limit: queries)
        }
        if indexOnly {
            let out = try OutputWriter(path: nil)
            func clock() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }
            var start = clock()
            let indexed = NameRanker(candidates: list, strategy: .indexed(breadth: breadth))
            let build = clock() - start
            _ = asked.prefix(3).map { indexed.top(top, for: $0) }
            start = clock()
            let found = asked.map { indexed.top(top, for: $0) }
            let seconds = clock() - start
            try out.line("\(direction): \(asked.count) queries against \(list.count) candidates, top \(top)")
            try out.line("| index (breadth \(breadth)), 1 core | \(String(format: "%.0f", Double(found.count) / max(seconds, 1e-9))) queries/s | built in \(String(format: "%.2f s", build)) | peak memory \(String(format: "%.0f MB", Self.peakMegabytes())) |")
            try out.commit()
            return
        }
        let out = try OutputWriter(path: nil)
        try out.line("\(direction): \(asked.count) queries against \(list.count) candidates, top \(top)")
        func clock() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

        var start = clock()
        let exhaustive = NameRanker(candidates: list, strategy: .exhaustive)
        let build = clock() - start
        // The spelling models' tables load on first use: not part of the timing.
        _ = asked.prefix(3).map { exhaustive.top(top, for: $0) }
        start = clock()
        let exact = asked.map { exhaustive.top(top, for: $0) }
        let exactTime = clock() - start
        start = clock()
        let parallel = exhaustive.top(top, forEach: asked)
        let parallelTime = clock() - start
        let sameParallel = zip(exact, parallel).allSatisfy { a, b in a.map(\.index) == b.map(\.index) }

        let sample = Array(asked.prefix(referenceQueries))
        start = clock()
        let reference = sample.map { exhaustive.referenceTop(top, for: $0) }
        let referenceTime = clock() - start
        let sameReference = zip(exact, reference).filter { a, b in
            a.map(\.index) == b.map(\.index) && zip(a, b).allSatisfy { $0.rankingKey == $1.rankingKey }
        }.count

        start = clock()
        let indexed = NameRanker(candidates: list, strategy: .indexed(breadth: breadth))
        let indexBuild = clock() - start
        start = clock()
        let viaIndex = asked.map { indexed.top(top, for: $0) }
        let indexTime = clock() - start
        let agree = zip(exact, viaIndex).filter { $0.first?.index == $1.first?.index }.count

        func rate(_ n: Int, _ seconds: Double) -> String {
            let value = Double(n) / max(seconds, 1e-9)
            return String(format: value < 100 ? "%.1f" : "%.0f", value)
        }
        let cores = ProcessInfo.processInfo.activeProcessorCount
        try out.line("| path | queries/s | agreement | built in |")
        try out.line("|---|--:|---|--:|")
        try out.line("| previous exhaustive (baseline), 1 core | \(rate(sample.count, referenceTime)) | — | |")
        try out.line("| exact exhaustive, 1 core | \(rate(asked.count, exactTime)) | top-\(top) identical to the baseline on \(sameReference)/\(sample.count) | \(String(format: "%.2f s", build)) |")
        try out.line("| exact exhaustive, \(cores) cores | \(rate(asked.count, parallelTime)) | \(sameParallel ? "identical to 1 core" : "DIFFERS from 1 core") | |")
        try out.line("| index (breadth \(breadth)), 1 core | \(rate(asked.count, indexTime)) | top-1 = exhaustive top-1: \(String(format: "%.2f%%", 100 * Double(agree) / Double(max(asked.count, 1)))) | \(String(format: "%.2f s", indexBuild)) |")
        try out.line("peak memory \(String(format: "%.0f MB", Self.peakMegabytes()))")
        try out.commit()
        if sameReference != sample.count || !sameParallel { throw CLIFailure(.software, "the exact path differs from its baseline") }
    }
}
