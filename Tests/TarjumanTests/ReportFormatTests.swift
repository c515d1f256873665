import Foundation
@testable import Tarjuman
import Testing

/// The reports people and programs read, on the seed pair (issue 17's list:
/// what a new user found unclear in `make run`'s report, fixed in every format).
@Suite struct ReportFormatTests {
    static let aligner = try! ReportAligner()
    static let alignment = aligner.align(english: TestData.english, arabic: TestData.arabic)
    static let report = AlignmentReport(alignment, englishFile: "en.txt", arabicFile: "ar.txt")

    func pair(_ english: String) throws -> AlignmentReport.Pair {
        try #require(Self.report.pairs.first { $0.english.text == english }, "no pair for \(english)")
    }

    @Test func jsonKeysAreAllSnakeCase() throws {
        let data = try JSONEncoder().encode(Self.report)
        var keys = Set<String>()
        func walk(_ value: Any) {
            if let object = value as? [String: Any] {
                for (key, inner) in object { keys.insert(key); walk(inner) }
            } else if let array = value as? [Any] {
                array.forEach(walk)
            }
        }
        walk(try JSONSerialization.jsonObject(with: data))
        #expect(keys.contains("english_names") && keys.contains("english_sentences") && keys.contains("reason"))
        let camel = keys.filter { $0.contains(where: \.isUppercase) }
        #expect(camel.isEmpty, "camelCase keys: \(camel.sorted())")
        #expect(Self.report.version == 2)
        // And it reads back.
        let decoded = try JSONDecoder().decode(AlignmentReport.self, from: data)
        #expect(decoded.pairs.count == Self.report.pairs.count)
    }

    @Test func machineSpellingOnlyForTransliterations() throws {
        for pair in Self.report.pairs {
            #expect((pair.evidence.romanization != nil) == (pair.evidence.method == .transliteration), "\(pair.english.text)")
        }
        // Hassan Qamishlo: the letters are the evidence; the machine's own spelling is labelled as such.
        let hassan = try pair("Hassan Qamishlo")
        #expect(hassan.evidence.method == .transliteration)
        #expect(Self.report.how(hassan).hasPrefix("letters: حسن قامشلو → Hassan Qamishlo (machine spelling: "))
        #expect(Self.report.markdown.contains("A *machine spelling* is how Tarjuman's romanizer spells the Arabic"))
        #expect(!Self.report.markdown.contains("Romanized"))
    }

    @Test func howShowsTheArabicAsWritten() throws {
        let bali = try pair("Mustafa Bali")
        let token = try #require(bali.evidence.alignment.first)
        #expect(token.arabic == "مصطفى بالي")
        #expect(token.normalized == "مصطفي بالي")
        #expect(Self.report.how(bali).contains("مصطفى بالي → Mustafa Bali"))
        #expect(!Self.report.markdown.contains("مصطفي"))
        for pair in Self.report.pairs {
            for token in pair.evidence.alignment {
                #expect(TestData.arabic.contains(token.arabic), "\(token.arabic) is not in the Arabic report")
            }
        }
    }

    @Test func typesOfTheNamesOneSideHas() throws {
        func type(_ name: String, _ sides: [AlignmentReport.Side]) -> EntityType? { sides.first { $0.text == name }?.type }
        let english = Self.report.unmatchedEnglish
        #expect(type("Syrian Kurdistan", english) == .location)
        #expect(type("Karzan Sulaivany", english) == .person)
        #expect(type("Omar", english) == .location)
        #expect(type("Tanak", english) == .location)
        #expect(type("Abdul Hussein", english) == .person)
        #expect(english.allSatisfy { $0.type != nil }, "\(english.filter { $0.type == nil }.map(\.text))")
        // A person who bears a place's name stays a person.
        #expect(try pair("Hassan Qamishlo").type == .person)
    }

    @Test func theArabicEditorIsOnlyInArabic() throws {
        // "اعداد وتحرير سوار أحمدEditing by ...": the credit line, English run on.
        let editor = try #require(Self.report.unmatchedArabic.first { $0.text == "سوار أحمد" })
        #expect(editor.type == .person)
        // The later "واضاف بالي ان" is Mustafa Bali again, not a person called "بالي ان".
        let bali = try pair("Mustafa Bali")
        #expect(bali.arabic.mentions.map(\.text) == ["مصطفى بالي", "بالي"])
        #expect(!Self.report.unmatchedArabic.contains { $0.text.contains("بالي") })
    }

    @Test func everyScoreHasAReason() throws {
        for pair in Self.report.pairs {
            #expect(pair.evidence.reason.hasSuffix("."), "\(pair.english.text): \(pair.evidence.reason)")
        }
        let bali = try pair("Mustafa Bali")
        #expect(bali.score < 0.95)
        #expect(bali.evidence.reason.contains("83%") && bali.evidence.reason.contains("95% takes about +"), "\(bali.evidence.reason)")
        #expect(try pair("Iraq").evidence.reason.contains("gazetteer entry"))
        #expect(Self.report.markdown.contains("3. Mustafa Bali ↔ مصطفى بالي: The letters match"))
    }

    @Test func eachSentenceIsWrittenOnce() throws {
        #expect(Set(Self.report.englishSentences).count == Self.report.englishSentences.count)
        #expect(Set(Self.report.arabicSentences).count == Self.report.arabicSentences.count)
        for pair in Self.report.pairs {
            #expect(Self.report.englishSentences.indices.contains(pair.english.sentence))
            #expect(Self.report.arabicSentences.indices.contains(pair.arabic.sentence))
        }
        // The sentence naming Mustafa Bali, the SDF, the YPG and IS: once in the Markdown.
        let markdown = Self.report.markdown
        let sentence = "Speaking to Kurdistan 24, Mustafa Bali, a spokesperson"
        #expect(markdown.components(separatedBy: sentence).count == 2)
        #expect(try pair("Mustafa Bali").english.sentence == pair("Islamic State").english.sentence)
    }

    @Test func theTextFormatSaysTheSame() throws {
        let text = Self.report.text
        #expect(text.contains("Mustafa Bali\tمصطفى بالي\tPER\t0.829\tletters: مصطفى بالي → Mustafa Bali"))
        #expect(text.contains("Karzan Sulaivany (PER)") && text.contains("سوار أحمد (PER)"))
    }

    /// The `mark` elements of a page: id, byte span and text (unescaped).
    static func marks(_ page: String) -> [(id: String, start: Int, end: Int, text: String)] {
        let pattern = try! NSRegularExpression(
            pattern: #"<mark class="nm [pu]" id="([^"]+)"[^>]*?data-start="(\d+)" data-end="(\d+)"[^>]*>([^<]*)</mark>"#)
        let ns = page as NSString
        return pattern.matches(in: page, range: NSRange(location: 0, length: ns.length)).map { m in
            func group(_ k: Int) -> String { ns.substring(with: m.range(at: k)) }
            var text = group(4)
            for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")] {
                text = text.replacingOccurrences(of: entity, with: character)
            }
            return (group(1), Int(group(2))!, Int(group(3))!, text)
        }
    }

    @Test func htmlHighlightsEveryMentionAsWritten() throws {
        let page = Self.report.html(english: TestData.english, arabic: TestData.arabic)
        let marks = Self.marks(page)
        let english = Array(TestData.english.utf8), arabic = Array(TestData.arabic.utf8)
        var mentions = 0
        for pair in Self.report.pairs { mentions += pair.english.mentions.count + pair.arabic.mentions.count }
        for side in Self.report.unmatchedEnglish + Self.report.unmatchedArabic { mentions += side.mentions.count }
        #expect(marks.count == mentions)
        for mark in marks {
            let bytes = mark.id.hasPrefix("a") ? arabic : english
            #expect(String(decoding: bytes[mark.start..<mark.end], as: UTF8.self) == mark.text, "\(mark.id)")
        }
        #expect(page.contains(#"<section class="column ar" lang="ar" dir="rtl""#))
        #expect(page.contains(#"<section class="column en" lang="en" dir="ltr""#))
        // Every pair on both sides, and in the summary with links to its first mentions.
        for n in 1...Self.report.pairs.count {
            #expect(marks.contains { $0.id == "en-\(n)-0" } && marks.contains { $0.id == "ar-\(n)-0" })
            #expect(page.contains("href=\"#en-\(n)-0\"") && page.contains("href=\"#ar-\(n)-0\""))
            #expect(page.contains("<div id=\"d-\(n)\">"))
        }
        #expect(!page.contains("http://") && !page.contains("https://"), "the page fetches nothing")
    }

    @Test func htmlEscapesWhatTheReportsSay() throws {
        let english = "Mustafa Bali said <script>alert(\"x\")</script> & left.\n"
        let arabic = "وقال مصطفى بالي <img src=x onerror=alert(1)> إن القوات وصلت.\n"
        let alignment = Self.aligner.align(english: english, arabic: arabic)
        let report = AlignmentReport(alignment, englishFile: "<en>.txt", arabicFile: "a&b.txt")
        let page = report.html(english: english, arabic: arabic)
        #expect(page.components(separatedBy: "<script>").count == 2, "only the page's own script")
        #expect(page.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; left."))
        #expect(page.contains("&lt;img src=x onerror=alert(1)&gt;"))
        #expect(page.contains("&lt;en&gt;.txt") && page.contains("a&amp;b.txt"))
        let marks = Self.marks(page)
        #expect(marks.contains { $0.text == "Mustafa Bali" } && marks.contains { $0.text == "مصطفى بالي" })
    }

    @Test func coloursStayDistinctForManyNames() throws {
        // 30 pairs: hues a golden angle apart in three bands (fill and border style).
        let styles = (0..<30).map { n in Self.report.pairStyle(n) }
        #expect(Set(styles).count == 30)
        let hues = (0..<30).map(AlignmentReport.hue)
        for a in 0..<20 { for b in (a + 1)..<20 {
            let d = abs(hues[a] - hues[b]), gap = min(d, 360 - d)
            // Two pairs of the same band differ in hue by at least 15°; neighbours in order by far more.
            if a / 10 == b / 10 { #expect(gap >= 15, "pairs \(a) and \(b): \(gap)°") }
        } }
        for n in 0..<29 { let d = abs(hues[n] - hues[n + 1]); #expect(min(d, 360 - d) >= 100) }
    }

    @Test func crossReferenceIndexPage() throws {
        let record = CrossReference(pairs: [.init(english: "en/a b#1.txt", arabic: "ar/<x>.txt", score: 0.91, report: "a b#1--x.html")],
                                    unpairedEnglish: ["en/other.txt"], unpairedArabic: [])
        let page = record.html
        #expect(page.contains("href=\"a%20b%231--x.html\""))
        #expect(page.contains("ar/&lt;x&gt;.txt") && page.contains("91%") && page.contains("en/other.txt"))
        #expect(page.contains("English reports without an Arabic counterpart"))
    }
}
