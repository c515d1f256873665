import Foundation

/// The text one benchmark runs on: the seed texts of one language repeated to
/// a size, held both ways the library can be used — one `String` per line (as
/// the CLI reads it) and one `String` for the whole document — and as raw UTF-8
/// bytes with the line spans for the C baseline.
struct Corpus {
    /// "English" or "Arabic".
    let name: String
    /// The UTF-8 bytes of the document: the seeds, repeated, each line ending in "\n".
    let bytes: [UInt8]
    /// The lines without their "\n", one `String` each (empty lines included).
    let lines: [String]
    /// The whole document as one `String`.
    let document: String
    /// (offset, length) pairs of the lines in `bytes`, for the C baseline.
    let lineSpans: [Int32]

    /// The UTF-8 bytes a pass over the corpus handles in `mode`.
    func inputBytes(_ mode: Mode) -> Int {
        switch mode {
        case .lines: bytes.count - lines.count  // without the line feeds
        case .document: bytes.count
        }
    }

    /// The Swift strings a pass hands to the library, one call each.
    func strings(_ mode: Mode) -> [String] {
        mode == .lines ? lines : [document]
    }

    /// Calls `body` with the bytes and the spans of `mode`, for the C baseline.
    func withSpans<R>(_ mode: Mode, _ body: (UnsafePointer<CChar>, UnsafePointer<Int32>, Int32) -> R) -> R {
        bytes.withUnsafeBufferPointer { raw in
            raw.withMemoryRebound(to: CChar.self) { text in
                switch mode {
                case .lines:
                    lineSpans.withUnsafeBufferPointer { spans in
                        body(text.baseAddress!, spans.baseAddress!, Int32(lines.count))
                    }
                case .document:
                    withUnsafeTemporaryAllocation(of: Int32.self, capacity: 2) { spans in
                        spans[0] = 0
                        spans[1] = Int32(bytes.count)
                        return body(text.baseAddress!, UnsafePointer(spans.baseAddress!), 1)
                    }
                }
            }
        }
    }

    /// Repeats `seedTexts` (each ending in a line feed) until at least `minBytes`.
    init(name: String, seedTexts: [String], minBytes: Int) {
        var unit: [UInt8] = []
        for var text in seedTexts {
            if !text.hasSuffix("\n") { text += "\n" }
            unit += Array(text.utf8)
        }
        precondition(!unit.isEmpty, "no seed text for \(name)")
        var bytes: [UInt8] = []
        bytes.reserveCapacity(minBytes + unit.count)
        repeat { bytes += unit } while bytes.count < minBytes
        precondition(bytes.count < Int(Int32.max), "corpus too large for the C baseline's int32_t offsets")

        var lines: [String] = []
        var spans: [Int32] = []
        var start = 0
        for (i, byte) in bytes.enumerated() where byte == 0x0A {
            lines.append(String(decoding: bytes[start..<i], as: UTF8.self))
            spans += [Int32(start), Int32(i - start)]
            start = i + 1
        }
        self.name = name
        self.bytes = bytes
        self.lines = lines
        self.lineSpans = spans
        self.document = String(decoding: bytes, as: UTF8.self)
    }
}

/// How text reaches the library: one call per line, or one call for the document.
enum Mode: String, CaseIterable {
    case lines
    case document
}

/// The seed texts by language: a file whose letters are mostly Arabic goes to
/// "Arabic" (seeds/003), the others to "English" (seeds/000, 001, 002, 004).
struct Seeds {
    let english: [String]
    let arabic: [String]

    init(directory: URL) throws {
        let files = try FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "txt" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        var english: [String] = []
        var arabic: [String] = []
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            let letters = text.unicodeScalars.filter { $0.properties.isAlphabetic }
            let arabicLetters = letters.filter { (0x0600...0x06FF).contains($0.value) || (0x0750...0x077F).contains($0.value) }
            if arabicLetters.count * 2 > letters.count { arabic.append(text) } else { english.append(text) }
        }
        self.english = english
        self.arabic = arabic
    }

    /// `seeds/` of the repository: given, or found from the working directory
    /// or from this source file's place in the repository.
    static func locate(_ given: String?) -> URL? {
        let fm = FileManager.default
        var candidates: [URL] = []
        if let given { return URL(fileURLWithPath: given) }
        let cwd = URL(fileURLWithPath: fm.currentDirectoryPath)
        candidates.append(cwd.appendingPathComponent("seeds"))
        candidates.append(cwd.appendingPathComponent("../seeds"))
        // Benchmarks/Sources/tarjuman-bench/Corpus.swift -> ../../../seeds
        candidates.append(URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().appendingPathComponent("../../../seeds"))
        return candidates.first { fm.fileExists(atPath: $0.path) }?.standardizedFileURL
    }
}
