import ArgumentParser
import Dispatch
import Foundation
import Tarjuman
import TarjumanCLI

struct Romanize: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Spell Arabic names in English letters: ranked candidates, one name per input line.",
        discussion: """
            Output: name<TAB>rank<TAB>candidate<TAB>score (score: the candidate's share of the
            probability among those listed). Example:
              echo 'مصطفى بالي' | tarjuman romanize --top 3
            """
    )
    @OptionGroup var options: SpellOptions
    func run() throws {
        let romanizer = Romanizer()
        try SpellNames.run(options) { romanizer.romanize($0, count: $1) }
    }
}

struct Arabize: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Spell English (Latin-script) names in Arabic letters: ranked candidates, one name per input line.",
        discussion: """
            Output: name<TAB>rank<TAB>candidate<TAB>score. Example:
              echo Lavrov | tarjuman arabize --top 3
            """
    )
    @OptionGroup var options: SpellOptions
    func run() throws {
        let arabizer = Arabizer()
        try SpellNames.run(options) { arabizer.arabize($0, count: $1) }
    }
}

/// The options `tarjuman romanize` and `tarjuman arabize` share.
struct SpellOptions: ParsableArguments {
    @Argument(help: "Input files (default: standard input).") var files: [String] = []
    @Option(help: "Candidates per name.") var top = 5
    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.") var output: String?
    @Flag(help: "Replace invalid UTF-8 with U+FFFD instead of stopping.") var replaceInvalid = false
    func validate() throws { guard top >= 1 else { throw ValidationError("--top must be at least 1") } }
}

/// `tarjuman romanize` / `tarjuman arabize`: ranked spellings of names, one per line.
struct SpellNames {
    static func run(_ options: SpellOptions, spell: (String, Int) -> [Romanizer.Candidate]) throws {
        let top = options.top
        let inputs = options.files.isEmpty ? ["-"] : options.files
        let out = try OutputWriter(path: options.output, inputs: inputs)
        for path in inputs {
            let reader = try LineReader(path: path, replaceInvalid: options.replaceInvalid)
            while let line = try reader.next() {
                try line.checkNameLength(in: reader)
                let name = line.name
                if name.isEmpty { continue }
                for (rank, candidate) in spell(name, top).enumerated() {
                    try out.line("\(name)\t\(rank + 1)\t\(candidate.text)\t" + String(format: "%.4f", candidate.probability))
                }
            }
        }
        try out.commit()
    }
}

