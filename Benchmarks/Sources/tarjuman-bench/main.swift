// tarjuman-bench: TarjumanICU against ICU called directly from C/C++, in the
// same process, interleaved, best of N runs. See ../../README.md.
import Foundation
import TarjumanICU

let usage = """
    usage: swift run -c release --package-path Benchmarks tarjuman-bench [options] [OPS]

      OPS, --ops LIST        operations, comma-separated (default: the default set;
                             "all" for every one); --list shows them
      --corpus LIST          english,arabic (default both)
      --mode LIST            lines,document (default both): one String per line, as
                             the CLI reads text, or one String for the whole document
      --size MB              input size per corpus (default 10)
      --heavy-size MB        input size for slow operations, transliteration (default 1)
      --runs N               best of at least N timed runs (default 5)
      --min-time S           ... and more runs, up to 100, until each implementation
                             has run S seconds in all (default 0.5): fast operations
                             get more samples, which steadies the best time
      --seeds DIR            the seed texts (default: the repository's seeds/)
      --list                 list the operations and exit
      --only NAME            for profiling: time only the implementations whose name
                             starts with NAME ("Swift", "C UText" ...), without the
                             verification pass or the table

    MB is 10^6 bytes of UTF-8 input (line feeds not counted in lines mode).
    """

struct Options {
    var ops: [String] = []
    var corpora: [String] = ["english", "arabic"]
    var modes: [Mode] = Mode.allCases
    var sizeMB = 10.0
    var heavySizeMB = 1.0
    var runs = 5
    var minTime = 0.5
    var seeds: String?
    var list = false
    var only: String?

    init(_ arguments: [String]) throws {
        var args = arguments[...]
        func value(_ flag: String) throws -> String {
            guard let v = args.popFirst() else { throw BenchError.usage("\(flag) needs a value") }
            return v
        }
        func number(_ flag: String) throws -> Double {
            let text = try value(flag)
            guard let n = Double(text), n > 0 else { throw BenchError.usage("\(flag): not a positive number: \(text)") }
            return n
        }
        func list(_ text: String) -> [String] {
            text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        }
        while let arg = args.popFirst() {
            switch arg {
            case "--ops": ops += list(try value(arg))
            case "--corpus": corpora = list(try value(arg))
            case "--mode":
                modes = try list(try value(arg)).map {
                    guard let m = Mode(rawValue: $0) else { throw BenchError.usage("unknown mode \($0)") }
                    return m
                }
            case "--size": sizeMB = try number(arg)
            case "--heavy-size", "--translit-size": heavySizeMB = try number(arg)
            case "--runs": runs = max(1, Int(try number(arg)))
            case "--min-time": minTime = try number(arg)
            case "--seeds": seeds = try value(arg)
            case "--list": self.list = true
            case "--only": only = try value(arg)
            case "-h", "--help":
                print(usage)
                exit(0)
            default:
                if arg.hasPrefix("-") { throw BenchError.usage("unknown option \(arg)\n\n\(usage)") }
                ops += list(arg)
            }
        }
        for corpus in corpora where !["english", "arabic"].contains(corpus) {
            throw BenchError.usage("unknown corpus \(corpus): english or arabic")
        }
    }
}

/// One row of the results: one baseline of one operation on one corpus and mode.
struct Row {
    let operation: String
    let corpus: String
    let mode: Mode
    let megabytes: Double
    let swiftSeconds: Double
    let baseline: String
    let baselineSeconds: Double
    let agree: Bool
    let goal: Double?
    /// False when the baseline does different work (a reference point).
    var comparable = true

    var swiftRate: Double { megabytes / swiftSeconds }
    var baselineRate: Double { megabytes / baselineSeconds }
    var ratio: Double { swiftSeconds / baselineSeconds }
}

func seconds(_ d: Duration) -> Double {
    Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
}

func format(_ x: Double, _ digits: Int) -> String { String(format: "%.\(digits)f", x) }

func cpuModel() -> String {
    guard let info = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8),
          let line = info.split(separator: "\n").first(where: { $0.hasPrefix("model name") }),
          let colon = line.firstIndex(of: ":")
    else { return "unknown CPU" }
    return line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
}

func printTable(_ rows: [Row]) {
    let header = ["operation", "corpus", "mode", "MB", "Swift MB/s", "baseline", "C MB/s", "Swift/C", "goal", "same"]
    var lines: [[String]] = []
    for row in rows {
        lines.append([
            row.operation, row.corpus, row.mode.rawValue, format(row.megabytes, 1),
            format(row.swiftRate, row.swiftRate < 10 ? 2 : 1), row.baseline,
            format(row.baselineRate, row.baselineRate < 10 ? 2 : 1), format(row.ratio, 2) + "×",
            row.goal.map { row.ratio <= $0 ? "ok" : "over" } ?? "",
            row.comparable ? (row.agree ? "yes" : "NO") : "n/a",
        ])
    }
    let widths = header.indices.map { i in ([header[i]] + lines.map { $0[i] }).map(\.count).max()! }
    let numeric: Set<Int> = [3, 4, 6, 7]
    func render(_ cells: [String]) -> String {
        "| " + cells.indices.map { i in
            let pad = String(repeating: " ", count: widths[i] - cells[i].count)
            return numeric.contains(i) ? pad + cells[i] : cells[i] + pad
        }.joined(separator: " | ") + " |"
    }
    print(render(header))
    print("|" + widths.indices.map { i in
        numeric.contains(i) ? " " + String(repeating: "-", count: widths[i] - 1) + ": " : " " + String(repeating: "-", count: widths[i]) + " "
    }.joined(separator: "|") + "|")
    for line in lines { print(render(line)) }
}

func main() throws {
    let options = try Options(Array(CommandLine.arguments.dropFirst()))
    let operations = allOperations()
    if options.list {
        for op in operations {
            print(op.name.padding(toLength: 12, withPad: " ", startingAt: 0), op.title,
                  op.heavy ? "(small input)" : "", op.byDefault ? "" : "(not by default)")
        }
        return
    }
    let chosen: [Operation]
    if options.ops.isEmpty {
        chosen = operations.filter(\.byDefault)
    } else if options.ops == ["all"] {
        chosen = operations
    } else {
        chosen = try options.ops.map { name in
            guard let op = operations.first(where: { $0.name == name }) else {
                throw BenchError.usage("unknown operation \(name); --list shows them")
            }
            return op
        }
    }

    guard let seedDirectory = Seeds.locate(options.seeds) else {
        throw BenchError.usage("seeds/ not found; give --seeds DIR")
    }
    let seeds = try Seeds(directory: seedDirectory)

    // Corpora are built lazily, per (language, size), and kept.
    var corpora: [String: Corpus] = [:]
    func corpus(_ language: String, megabytes: Double) -> Corpus {
        let key = "\(language)/\(megabytes)"
        if let c = corpora[key] { return c }
        let c = Corpus(name: language == "arabic" ? "Arabic" : "English",
                       seedTexts: language == "arabic" ? seeds.arabic : seeds.english,
                       minBytes: Int(megabytes * 1_000_000))
        corpora[key] = c
        return c
    }

    print("tarjuman-bench: ICU \(ICU.version) (Unicode \(ICU.unicodeVersion)), \(cpuModel())")
    print("English = \(seeds.english.count) seed file(s), Arabic = \(seeds.arabic.count), from \(seedDirectory.path)")
    print("input \(format(options.sizeMB, 1)) MB per corpus, \(format(options.heavySizeMB, 1)) MB for slow operations "
          + "(transliteration); best of \(options.runs)+ interleaved runs (up to 100, until \(options.minTime) s each)")
    print()

    var rows: [Row] = []
    var allAgree = true
    let clock = ContinuousClock()
    for op in chosen {
        let (swift, baselines) = try op.prepare()
        let implementations = [swift] + baselines
        for language in options.corpora {
            let text = corpus(language, megabytes: op.heavy ? options.heavySizeMB : options.sizeMB)
            for mode in options.modes {
                if let only = options.only {
                    // Profiling: just the chosen implementations, timed.
                    let mb = Double(text.inputBytes(mode)) / 1e6
                    for impl in implementations where impl.name.lowercased().hasPrefix(only.lowercased()) {
                        var best = Double.infinity
                        for _ in 0..<options.runs {
                            best = min(best, seconds(clock.measure { _ = impl.run(text, mode, false) }))
                        }
                        print("\(op.title) \(text.name) \(mode.rawValue) \(impl.name): \(format(mb / best, 1)) MB/s")
                    }
                    continue
                }
                // Verification pass (also the warm-up): every baseline must
                // produce exactly what the Swift API produced.
                let expected = swift.run(text, mode, true)
                var agree: [Bool] = [true]
                for baseline in baselines {
                    let got = baseline.run(text, mode, true)
                    agree.append(got == expected)
                    if got != expected && op.comparable {
                        allAgree = false
                        print("MISMATCH \(op.title) \(text.name) \(mode.rawValue): Swift \(expected), \(baseline.name) \(got)")
                    }
                }
                var expectedTimed = expected
                expectedTimed.digest = 0
                // Timed runs, interleaved; the order rotates each round.
                var best = [Double](repeating: .infinity, count: implementations.count)
                var total = [Double](repeating: 0, count: implementations.count)
                var round = 0
                while round < options.runs || (total.min()! < options.minTime && round < 100) {
                    for k in 0..<implementations.count {
                        let i = (k + round) % implementations.count
                        var outcome = Outcome()
                        let elapsed = seconds(clock.measure { outcome = implementations[i].run(text, mode, false) })
                        precondition(outcome == expectedTimed || !agree[i], "\(implementations[i].name) changed its result")
                        best[i] = min(best[i], elapsed)
                        total[i] += elapsed
                    }
                    round += 1
                }
                let mb = Double(text.inputBytes(mode)) / 1e6
                for (j, baseline) in baselines.enumerated() {
                    rows.append(Row(operation: op.title, corpus: text.name, mode: mode, megabytes: mb,
                                    swiftSeconds: best[0], baseline: baseline.name,
                                    baselineSeconds: best[j + 1], agree: agree[j + 1], goal: op.goal,
                                    comparable: op.comparable))
                }
                if baselines.isEmpty {
                    print("\(op.title) \(text.name) \(mode.rawValue): Swift \(format(mb / best[0], 1)) MB/s (no baseline)")
                }
                FileHandle.standardError.write(Data("· \(op.title) \(text.name) \(mode.rawValue) done\n".utf8))
            }
        }
    }
    if options.only != nil { return }
    printTable(rows)
    print()
    print("Swift/C is Swift's time over the baseline's (lower is better; 1.00× is parity).")
    print("goal: whether Swift/C is within the target (1.15× for normalization and segmentation).")
    print("same: whether the baseline's output matched Swift's byte for byte (boundaries and rule statuses for segmentation).")
    if !allAgree { throw BenchError.usage("some baselines disagreed with the Swift API") }
}

do {
    try main()
} catch {
    FileHandle.standardError.write(Data("tarjuman-bench: \(error)\n".utf8))
    exit(1)
}
