import TarjumanICU
import Testing

/// One transliterator and one segmenter shared by 8 concurrent tasks must give
/// exactly the single-threaded results.
@Suite struct ConcurrencyTests {
    @Test func sharedTransliteratorAndSegmenterAcrossEightTasks() async throws {
        let latin = try Transliterator(id: "Any-Latin; Latin-ASCII")
        let words = try Segmenter(.word)
        let lines = (TestData.arabic + "\n" + TestData.english)
            .split(separator: "\n").map(String.init).filter { !$0.isEmpty }
        let expected = lines.map { line in
            (latin.transliterate(line), words.boundaries(of: line), NormalizationForm.nfkc.normalize(line))
        }
        let results = await withTaskGroup(of: (Int, Bool).self) { group in
            for task in 0..<8 {
                group.addTask {
                    var ok = true
                    for round in 0..<5 {
                        // Each task walks the lines from a different start.
                        for i in lines.indices {
                            let j = (i + task * 3 + round) % lines.count
                            let line = lines[j]
                            ok = ok && latin.transliterate(line) == expected[j].0
                            ok = ok && words.boundaries(of: line) == expected[j].1
                            ok = ok && NormalizationForm.nfkc.normalize(line) == expected[j].2
                        }
                    }
                    return (task, ok)
                }
            }
            var all: [(Int, Bool)] = []
            for await result in group { all.append(result) }
            return all
        }
        #expect(results.count == 8)
        #expect(results.allSatisfy { $0.1 })
    }
}
