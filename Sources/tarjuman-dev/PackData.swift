import ArgumentParser
import Foundation
import Tarjuman
import TarjumanResearch
import TarjumanCLI

/// `tarjuman-dev pack-data`: compiles the text sources in `Data/` into the
/// binary data pack the library embeds (`Sources/CTarjumanData/tarjuman.pack`).
struct PackData: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pack-data",
        abstract: "Write the built-in data pack from the text sources in Data/.",
        discussion: """
            Reads the word lists, gazetteer, transliteration schemes and trained models under
            --data and writes one binary pack (format version \(DataPack.formatVersion); a checksum per
            section). The output depends only on the input files, so packing twice gives the same
            bytes; --check compares instead of writing (exit 1 when the pack is stale).
            """
    )

    @Option(help: "The data folder.")
    var data = "Data"

    @Option(help: "Where to write the pack.")
    var out = "Sources/CTarjumanData/tarjuman.pack"

    @Flag(help: "Compare the pack that would be written with the one at --out instead of writing it.")
    var check = false

    func run() throws {
        var sections: [(name: String, bytes: [UInt8])] = []
        func section(_ name: String, _ body: (inout BinaryWriter) throws -> Void) rethrows {
            var writer = BinaryWriter()
            try body(&writer)
            sections.append((name, writer.bytes))
        }
        func text(_ path: String) throws -> String { try LineReader.readAll(path: data + "/" + path) }

        try section("arabic-lexicon") { w in
            ArabicLexicon(stems: try text("arabic-lexicon/stems.txt"), names: try text("arabic-lexicon/names.txt"),
                          alNames: try text("arabic-lexicon/al-names.txt")).encode(into: &w)
        }
        try section("english-lexicon") { w in
            EnglishLexicon(common: try text("english-lexicon/common.txt"), proper: try text("english-lexicon/proper.txt"))
                .encode(into: &w)
        }
        try section("arabic-frequency") { w in ArabicWordFrequency(parsing: try text("arabic-frequency.tsv")).encode(into: &w) }
        try section("gazetteer") { w in
            try readDataFile(data + "/gazetteer.tsv") { (text, source) throws(DataFileError) in try Gazetteer(parsing: text, source: source) }
                .encode(into: &w)
        }
        try section("translations") { w in
            try readDataFile(data + "/translation/words.tsv") { (text, source) throws(DataFileError) in
                try WordTranslations(parsing: text, source: source)
            }.encode(into: &w)
        }
        try section("schemes") { w in
            w.int(TransliterationScheme.allCases.count)
            for scheme in TransliterationScheme.allCases {
                let path = "schemes/\(scheme.rawValue).tsv"
                try readDataFile(data + "/" + path) { (text, source) throws(DataFileError) in try SchemeTable(parsing: text, source: source) }
                    .encode(into: &w)
            }
        }
        try section("name-model") { w in
            let path = data + "/models/name-model.tsv"
            let loaded = try loadNameModelAndCalibration(path: path)
            loaded.model.encode(calibration: loaded.calibration, into: &w)
        }
        for name in ["romanizer", "arabizer"] {
            try section(name) { w in try loadJointModel(path: data + "/models/\(name).tsv").encode(into: &w) }
        }
        try section("reranker") { w in try loadRerankWeights(path: data + "/models/reranker.tsv").encode(into: &w) }

        let pack = DataPack.pack(sections)
        if check {
            guard let current = FileManager.default.contents(atPath: out), [UInt8](current) == pack else {
                throw CLIFailure(.dataError, "\(out) is not the pack of \(data)/ (run `make data`)")
            }
            progress("tarjuman-dev", "\(out) is up to date (\(pack.count) bytes)")
            return
        }
        let file = try OutputWriter(path: out, inputs: [])
        try file.write(bytes: pack)
        try file.commit()
        let summary = sections.map { "\($0.name) \($0.bytes.count)" }.joined(separator: ", ")
        progress("tarjuman-dev", "\(out): \(pack.count) bytes (\(summary))")
    }
}
