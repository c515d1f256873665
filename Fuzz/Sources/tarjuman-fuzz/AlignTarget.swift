import Tarjuman

/// `align`: ``ReportAligner`` (created once) on two fuzzed documents: the
/// input cut in two at the offset its first two bytes give (little-endian),
/// the English report, then the Arabic one, each at most 4096 bytes.
///
/// Properties (check names in brackets):
/// - [mention-range] every mention's UTF-8 range lies inside its own
///   document, on scalar boundaries;
/// - [mention-text] its text is the document's text there;
/// - [mention-order] a group's mentions are in text order;
/// - [pair-score] pair scores are in [0, 1];
/// - [pair-order] pairs come in order of first appearance in the English text;
/// - and the report record (``AlignmentReport``) and its renderings build.
enum AlignTarget {
    /// Each document is cut to this many bytes.
    static let documentLimit = 4096

    /// Created once.
    static let aligner: ReportAligner = {
        do { return try ReportAligner() } catch { fatalError("aligner: \(error)") }
    }()

    static func prepare() {
        _ = aligner.align(english: "Mustafa Bali said in Qamishlo.", arabic: "قال مصطفى بالي في القامشلي.")
    }

    static func run(_ input: FuzzInput) {
        let (english, arabic) = input.split(headerBytes: 2, limit: documentLimit)
        let en = Array(english.utf8), ar = Array(arabic.utf8)
        let alignment = aligner.align(english: english, arabic: arabic)
        var previousOffset = 0
        for (k, pair) in alignment.pairs.enumerated() {
            input.require(pair.score >= 0 && pair.score <= 1, "pair-score", "pair \(k) \(shown(pair.english.text)) ↔ \(shown(pair.arabic.text)): score \(pair.score)")
            input.require(pair.english.firstOffset >= previousOffset, "pair-order", "pair \(k) out of English order")
            previousOffset = pair.english.firstOffset
            check(pair.english, in: en, "pair \(k) English", input)
            check(pair.arabic, in: ar, "pair \(k) Arabic", input)
        }
        for group in alignment.unmatchedEnglish { check(group, in: en, "unmatched English", input) }
        for group in alignment.unmatchedArabic { check(group, in: ar, "unmatched Arabic", input) }
        let report = AlignmentReport(alignment, englishFile: "en", arabicFile: "ar")
        _ = report.markdown
        _ = report.text
    }

    static func check(_ group: MentionGroup, in document: [UInt8], _ context: String, _ input: FuzzInput) {
        var previous = 0
        for (k, mention) in group.mentions.enumerated() {
            let r = mention.utf8Range
            input.require(isScalarRange(r, in: document), "mention-range",
                          "\(context) group \(shown(group.text)) mention \(k): \(r) outside its document (\(document.count) bytes) or off scalar boundaries")
            input.require(mention.text.utf8.elementsEqual(document[r]), "mention-text",
                          "\(context) mention \(k): text \(shown(mention.text)) is not the document at \(r): \(shown(FuzzInput.decode(document[r])))")
            input.require(r.lowerBound >= previous, "mention-order", "\(context) group \(shown(group.text)): mention \(k) out of text order")
            previous = r.lowerBound
        }
    }
}
