import ArgumentParser
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Tarjuman
import TarjumanCLI

/// `tarjuman rank`: the best candidates for each query name.
struct Rank: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "For each query name, its best candidates (names in either script).",
        discussion: """
            Each file has one name per line, in Arabic or English script. For each query
            line, in order, prints its top K candidates:
              query<TAB>rank<TAB>candidate<TAB>score
            where score is the calibrated probability that the two are the same name.
            Lists of up to 20,000 candidates are scored exhaustively; larger ones go
            through the index (faster, and it may miss a candidate, see the README).
            Queries are ranked on all cores, in batches; the output is in input order.
            On a terminal, a progress line on standard error shows the queries done (of
            all, when --queries is a file), their rate and the time left; set
            TARJUMAN_PROGRESS=always or never to override the check.
            With --lists the two files are taken as two lists of the same people or
            places (most names having one counterpart in the other file): a candidate
            that another query matches clearly better loses ground. This reads all
            queries first and always uses the index.
            Example:
              tarjuman rank --queries arabic-names.txt --candidates english-names.txt --top 3
            """
    )

    @Option(help: "File of query names, one per line.")
    var queries: String

    @Option(help: "File of candidate names, one per line.")
    var candidates: String

    @Option(help: "How many candidates to print for each query.")
    var top = 5

    @Option(help: "Output format: tsv or json (JSON lines).")
    var format: OutputFormat = .tsv

    @Flag(help: "Always use the index, whatever the list size.")
    var index = false

    @Flag(help: "Match the two lists against each other (list-aware ranking; see above).")
    var lists = false

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case tsv, json }

    /// Queries ranked together on all cores.
    static let batchSize = 256

    func validate() throws {
        if top < 1 { throw ValidationError("--top must be at least 1") }
    }

    /// The names of a file, one per line (blank lines skipped), counted on
    /// `progress`.
    private func readNames(_ path: String, progress: ProgressReporter) throws -> [String] {
        var names: [String] = []
        let reader = try LineReader(path: path)
        while let line = try reader.next() {
            try line.checkNameLength(in: reader)
            let name = line.name
            if !name.isEmpty {
                names.append(name)
                progress.advance()
            }
        }
        return names
    }

    func run() throws {
        let progress = ProgressReporter(tool: "rank")
        progress.start("reading candidates", total: nil)
        let names = try readNames(candidates, progress: progress)
        // Never more candidates than the list holds, whatever --top asks.
        let top = min(self.top, max(names.count, 1))
        let out = try OutputWriter(path: nil)
        if lists {
            progress.start("indexing candidates", total: nil)
            let ranker = NameRanker(candidates: names, strategy: .indexed(breadth: 100))
            progress.start("reading queries", total: nil)
            let queryNames = try readNames(queries, progress: progress)
            progress.start("ranking \(ProgressReporter.grouped(queryNames.count)) queries as lists", total: nil)
            let ranked = ranker.topForList(top, queries: queryNames)
            progress.finish()
            for (query, ranked) in zip(queryNames, ranked) {
                try write(query: query, ranked: ranked, to: out)
            }
            try out.commit()
            return
        }
        progress.start("indexing candidates", total: nil)
        let ranker = NameRanker(candidates: names, strategy: index ? .indexed(breadth: NameRanker.Strategy.defaultBreadth) : nil)
        // The total only when it is shown: counting reads the file once more.
        progress.start("ranking queries", total: progress.isEnabled ? ProgressReporter.nonBlankLineCount(path: queries) : nil)
        // With the results on the same terminal, each batch is written at
        // once, the progress line erased first.
        let interactive = progress.isEnabled && isatty(STDOUT_FILENO) == 1
        // Queries stream in batches, each ranked on all cores and written in
        // order: the output is the same as one query at a time.
        let queryReader = try LineReader(path: queries)
        var batch: [String] = []
        func flush() throws {
            for (query, ranked) in zip(batch, ranker.top(top, forEach: batch)) { try write(query: query, ranked: ranked, to: out) }
            if interactive {
                progress.clear()
                try out.flush()
            }
            progress.advance(by: batch.count)
            batch.removeAll(keepingCapacity: true)
        }
        while let line = try queryReader.next() {
            try line.checkNameLength(in: queryReader)
            let query = line.name
            if query.isEmpty { continue }
            batch.append(query)
            if batch.count == Self.batchSize { try flush() }
        }
        try flush()
        progress.finish()
        try out.commit()
    }

    private func write(query: String, ranked: [RankedName], to out: OutputWriter) throws {
        for (k, candidate) in ranked.enumerated() {
            let score = (candidate.probability * 10000).rounded() / 10000
            switch format {
            case .tsv: try out.line("\(query)\t\(k + 1)\t\(candidate.name)\t\(score)")
            case .json:
                try out.line("{\"query\":\(jsonString(query)),\"rank\":\(k + 1),\"candidate\":\(jsonString(candidate.name)),\"score\":\(score)}")
            }
        }
    }
}

/// `tarjuman score ARABIC ENGLISH`: one pair, with its evidence.
struct Score: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Score an Arabic name against an English name and show the letter alignment.",
        discussion: """
            Example:
              tarjuman score 'عبد السلام أحمد' 'Abdulsalam Ahmad'
            """
    )

    @Argument(help: "The Arabic name.")
    var arabic: String

    @Argument(help: "The English name.")
    var english: String

    func run() throws {
        let (a, e) = NameForms.isArabic(arabic) ? (arabic, english) : (english, arabic)
        let match = NameMatcher().similarity(arabic: a, english: e)
        let probability = (match.probability * 10000).rounded() / 10000
        let ratio = (match.logLikelihoodRatio * 10).rounded() / 10
        let out = try OutputWriter(path: nil)
        try out.line("score \(probability)  (log-likelihood ratio \(ratio))")
        try out.line(match.explanation)
        try out.commit()
    }
}
