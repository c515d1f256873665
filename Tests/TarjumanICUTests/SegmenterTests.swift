import TarjumanICU
import Testing

@Suite struct SegmenterTests {
    @Test func wordSegmentsSliceTheOriginalExactly() throws {
        let words = try Segmenter(.word)
        for text in [TestData.arabic, TestData.english] {
            let bytes = Array(text.utf8)
            let utf16 = Array(text.utf16)
            let segments = words.segments(of: text)
            #expect(segments.first?.utf8Range.lowerBound == 0)
            #expect(segments.last?.utf8Range.upperBound == bytes.count)
            #expect(segments.last?.utf16Range.upperBound == utf16.count)
            for (a, b) in zip(segments, segments.dropFirst()) {
                #expect(a.utf8Range.upperBound == b.utf8Range.lowerBound)
                #expect(a.range.upperBound == b.range.lowerBound)
            }
            for segment in segments {
                let piece = segment.text(in: text)
                #expect(Array(piece.utf8) == Array(bytes[segment.utf8Range]))
                #expect(Array(piece.utf16) == Array(utf16[segment.utf16Range]))
            }
        }
    }

    @Test func wordKinds() throws {
        let text = "قال مصطفى بالي لكوردستان 24، Mustafa Bali."
        let words = try Segmenter(.word, locale: "ar")
        let found = words.segments(of: text).map { (String($0.text(in: text)), $0.wordKind) }
        let letters = found.filter { $0.1 == .letter }.map(\.0)
        #expect(letters == ["قال", "مصطفى", "بالي", "لكوردستان", "Mustafa", "Bali"])
        #expect(found.contains { $0.0 == "24" && $0.1 == .number })
        #expect(found.contains { $0.0 == "،" && $0.1 == WordKind.none })
        #expect(found.contains { $0.0 == "." && $0.1 == WordKind.none })
    }

    @Test func sentencesOfTheEnglishReport() throws {
        let text = TestData.english
        let sentences = try Segmenter(.sentence).segments(of: text)
        let texts = sentences.map { String($0.text(in: text)) }
        #expect(texts.count >= 15)
        #expect(texts.contains { $0.hasPrefix("Speaking to Kurdistan 24, Mustafa Bali") })
        #expect(sentences.allSatisfy { $0.wordKind == nil })
    }

    @Test func graphemeClustersKeepMarksAndEmojiTogether() throws {
        let clusters = try Segmenter(.graphemeCluster)
        let ahmad = "أَحْمَد"  // 7 scalars, 4 letters
        #expect(clusters.segments(of: ahmad).count == 4)
        let family = "👨‍👩‍👧x"
        let segments = clusters.segments(of: family)
        #expect(segments.count == 2)
        #expect(segments[0].utf16Range == 0..<8)
        #expect(segments[1].utf16Range == 8..<9)
    }

    @Test func boundariesAndEmptyText() throws {
        let words = try Segmenter(.word)
        #expect(words.segments(of: "").isEmpty)
        #expect(words.boundaries(of: "") == [0])
        #expect(words.boundaries(of: "دير الزور") == [0, 6, 7, 17])
        let lines = try Segmenter(.line)
        #expect(lines.boundaries(of: "Deir al-Zor") == [0, 5, 8, 11])
    }

    @Test func substringsOfLargerStringsWork() throws {
        let words = try Segmenter(.word)
        let line = String(TestData.arabic.split(separator: "\n")[0])
        #expect(words.segments(of: line).filter { $0.wordKind == .letter }.count == 7)
    }
}
