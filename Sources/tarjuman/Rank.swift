import ArgumentParser
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

    /// The names of a file, one per line (blank lines skipped).
    private func readNames(_ path: String) throws -> [String] {
        var names: [String] = []
        let reader = try LineReader(path: path)
        while let line = try reader.next() {
            try line.checkNameLength(in: reader)
            let name = line.name
            if !name.isEmpty { names.append(name) }
        }
        return names
    }

    func run() throws {
        let names = try readNames(candidates)
        // Never more candidates than the list holds, whatever --top asks.
        let top = min(self.top, max(names.count, 1))
        let out = try OutputWriter(path: nil)
        if lists {
            let ranker = NameRanker(candidates: names, strategy: .indexed(breadth: 100))
            let queryNames = try readNames(queries)
            for (query, ranked) in zip(queryNames, ranker.topForList(top, queries: queryNames)) {
                try write(query: query, ranked: ranked, to: out)
            }
            try out.commit()
            return
        }
        let ranker = NameRanker(candidates: names, strategy: index ? .indexed(breadth: NameRanker.Strategy.defaultBreadth) : nil)
        // Queries stream in batches, each ranked on all cores and written in
        // order: the output is the same as one query at a time.
        let queryReader = try LineReader(path: queries)
        var batch: [String] = []
        func flush() throws {
            for (query, ranked) in zip(batch, ranker.top(top, forEach: batch)) { try write(query: query, ranked: ranked, to: out) }
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
