/// The HTML form of an alignment report: one self-contained page (styles and
/// script inline, system fonts, nothing fetched) with the two reports side by
/// side and every mention of every name highlighted where it stands.
extension AlignmentReport {
    /// The report as one self-contained HTML page for people.
    ///
    /// - A summary table of the shared names (linking to their first
    ///   mentions) and of the names only one side has.
    /// - The English and the Arabic report side by side, the Arabic column
    ///   right to left (`dir="rtl"`, `lang="ar"`); each paragraph a line of
    ///   the file.
    /// - Every mention of a shared name highlighted in the pair's colour on
    ///   both sides, with the pair's number after it (so colour is never the
    ///   only cue); names only one side has are hatched, not coloured.
    /// - Hovering over or focusing (Tab) a highlight shows the pair: score
    ///   and why, type, how it was found, the machine spelling and the letter
    ///   alignment; Enter jumps to the same name on the other side; Escape
    ///   closes the card. Printing drops the cards and keeps the colours.
    ///
    /// Each highlight is a `mark` element with `data-start` and `data-end`,
    /// the UTF-8 byte span of the mention in its file, and its text is
    /// exactly the file's text there. All text is HTML-escaped.
    ///
    /// - Parameters:
    ///   - english: The English report's text, as aligned.
    ///   - arabic: The Arabic report's text, as aligned.
    /// - Returns: The page, UTF-8 text.
    public func html(english: String, arabic: String) -> String {
        var page = HTMLPage()
        page.head(title: "Names shared: \(englishFile) ↔ \(arabicFile)")
        page.body += "<header>\n<h1>Names shared by the two reports</h1>\n"
        page.body += "<p class=\"files\"><span>English: <bdi>\(escapeHTML(englishFile))</bdi></span> "
        page.body += "<span>Arabic: <bdi>\(escapeHTML(arabicFile))</bdi></span></p>\n"
        page.body += "<p class=\"counts\">\(stats.pairs) shared names; \(unmatchedEnglish.count) only in English, "
        page.body += "\(unmatchedArabic.count) only in Arabic (threshold \(stats.threshold)). "
        page.body += "Hover over or Tab to a name for its evidence; Enter jumps to the other side.</p>\n</header>\n"
        page.body += summaryTable()
        page.body += oneSidedLists()
        page.body += "<main class=\"texts\">\n"
        page.body += column(text: english, side: .english)
        page.body += column(text: arabic, side: .arabic)
        page.body += "</main>\n"
        page.body += detailCards()
        page.body += "<div id=\"card\" role=\"tooltip\" hidden></div>\n"
        return page.finished()
    }

    enum HTMLSide { case english, arabic }

    /// The colour and number of pair `n` (0-based): hues a golden angle
    /// apart, so neighbours differ most, in two lightness bands.
    static func hue(_ n: Int) -> Int { Int((Double(n) * 137.508).truncatingRemainder(dividingBy: 360)) }

    func pairStyle(_ n: Int) -> String {
        let band = (n / 10) % 3
        return "--h:\(Self.hue(n));--l:\([88, 78, 93][band])%;--b:\(["solid", "dashed", "double"][band])"
    }

    func summaryTable() -> String {
        var out = "<section class=\"summary\" aria-labelledby=\"summary-title\">\n<h2 id=\"summary-title\">Shared names</h2>\n"
        out += "<table>\n<thead><tr><th scope=\"col\">#</th><th scope=\"col\">English</th><th scope=\"col\">Arabic</th>"
        out += "<th scope=\"col\">Type</th><th scope=\"col\">Score</th><th scope=\"col\">Mentions (en/ar)</th>"
        out += "<th scope=\"col\">How it was found</th></tr></thead>\n<tbody>\n"
        for (n, pair) in pairs.enumerated() {
            out += "<tr><td><span class=\"swatch\" style=\"\(pairStyle(n))\">\(n + 1)</span></td>"
            out += "<td><a href=\"#en-\(n + 1)-0\">\(escapeHTML(pair.english.text))</a></td>"
            out += "<td lang=\"ar\" dir=\"rtl\"><a href=\"#ar-\(n + 1)-0\">\(escapeHTML(pair.arabic.text))</a></td>"
            out += "<td>\(pair.type?.rawValue ?? "")</td>"
            out += "<td title=\"\(escapeHTML(pair.evidence.reason))\">\(Self.percent(pair.score))</td>"
            out += "<td>\(pair.english.mentions.count)/\(pair.arabic.mentions.count)</td>"
            out += "<td>\(howHTML(pair))</td></tr>\n"
        }
        out += "</tbody>\n</table>\n</section>\n"
        return out
    }

    func oneSidedLists() -> String {
        func list(_ title: String, _ sides: [Side], _ prefix: String, arabic: Bool) -> String {
            var out = "<div class=\"only\"><h3>\(title)</h3>"
            if sides.isEmpty { return out + "<p>(none)</p></div>\n" }
            out += "<ul\(arabic ? " lang=\"ar\" dir=\"rtl\"" : "")>"
            for (k, side) in sides.enumerated() {
                out += "<li><a href=\"#\(prefix)-\(k + 1)-0\">\(escapeHTML(side.text))</a>"
                out += side.type.map { " <span class=\"type\" dir=\"ltr\">\($0.rawValue)</span>" } ?? ""
                out += " <span class=\"times\" dir=\"ltr\">\(side.mentions.count)×</span></li>"
            }
            return out + "</ul></div>\n"
        }
        var out = "<section class=\"onesided\" aria-label=\"Names only one report has\">\n"
        out += list("Only in the English report", unmatchedEnglish, "eo", arabic: false)
        out += list("Only in the Arabic report", unmatchedArabic, "ao", arabic: true)
        return out + "</section>\n"
    }

    /// ``how(_:)`` in HTML, each Arabic name isolated (`bdi`) so that its
    /// digits and the English around it keep their order.
    func howHTML(_ pair: Pair) -> String {
        how(pair, arabic: { "<bdi lang=\"ar\" dir=\"rtl\">\(escapeHTML($0))</bdi>" }, english: { "<bdi>\(escapeHTML($0))</bdi>" })
    }

    /// A mention to highlight: its span, the element id, and its pair (or none).
    struct Highlight {
        var start: Int
        var end: Int
        var id: String
        var pair: Int?
        var label: String
    }

    func highlights(_ side: HTMLSide) -> [Highlight] {
        var all: [Highlight] = []
        let prefix = side == .english ? "en" : "ar"
        for (n, pair) in pairs.enumerated() {
            for (k, mention) in (side == .english ? pair.english : pair.arabic).mentions.enumerated() {
                all.append(Highlight(start: mention.span.start, end: mention.span.end, id: "\(prefix)-\(n + 1)-\(k)",
                                     pair: n, label: "\(n + 1)"))
            }
        }
        for (u, one) in (side == .english ? unmatchedEnglish : unmatchedArabic).enumerated() {
            for (k, mention) in one.mentions.enumerated() {
                all.append(Highlight(start: mention.span.start, end: mention.span.end,
                                     id: "\(side == .english ? "eo" : "ao")-\(u + 1)-\(k)", pair: nil, label: ""))
            }
        }
        all.sort { ($0.start, $0.end) < ($1.start, $1.end) }
        return all
    }

    /// One report as paragraphs (one per line of the file), its mentions highlighted.
    func column(text: String, side: HTMLSide) -> String {
        let bytes = Array(text.utf8)
        let arabic = side == .arabic
        var out = arabic
            ? "<section class=\"column ar\" lang=\"ar\" dir=\"rtl\" aria-labelledby=\"ar-title\">\n<h2 id=\"ar-title\">العربية <span lang=\"en\" dir=\"ltr\">(Arabic)</span></h2>\n"
            : "<section class=\"column en\" lang=\"en\" dir=\"ltr\" aria-labelledby=\"en-title\">\n<h2 id=\"en-title\">English</h2>\n"
        var marks = highlights(side).filter { $0.start >= 0 && $0.start < $0.end && $0.end <= bytes.count }
        // Overlapping spans cannot both be marked; the first one stays.
        var kept: [Highlight] = []
        for mark in marks where kept.last.map({ mark.start >= $0.end }) ?? true { kept.append(mark) }
        marks = kept
        var m = 0
        var lineStart = 0
        while lineStart <= bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count && bytes[lineEnd] != 0x0A { lineEnd += 1 }
            let isBlank = bytes[lineStart..<lineEnd].allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
            if !isBlank {
                out += "<p>"
                var at = lineStart
                while m < marks.count && marks[m].start < lineEnd {
                    let mark = marks[m]
                    m += 1
                    guard mark.start >= at, mark.end <= lineEnd else { continue }
                    out += escapeHTML(String(decoding: bytes[at..<mark.start], as: UTF8.self))
                    let inner = escapeHTML(String(decoding: bytes[mark.start..<mark.end], as: UTF8.self))
                    if let pair = mark.pair {
                        out += "<mark class=\"nm p\" id=\"\(mark.id)\" data-pair=\"\(pair + 1)\" data-n=\"\(mark.label)\" "
                        out += "data-start=\"\(mark.start)\" data-end=\"\(mark.end)\" tabindex=\"0\" style=\"\(pairStyle(pair))\">"
                    } else {
                        out += "<mark class=\"nm u\" id=\"\(mark.id)\" data-n=\"\(arabic ? "ع" : "E")\" "
                        out += "data-start=\"\(mark.start)\" data-end=\"\(mark.end)\" tabindex=\"0\" "
                        out += "title=\"only in the \(arabic ? "Arabic" : "English") report\">"
                    }
                    out += inner + "</mark>"
                    at = mark.end
                }
                out += escapeHTML(String(decoding: bytes[at..<lineEnd], as: UTF8.self)) + "</p>\n"
            } else {
                while m < marks.count && marks[m].start < lineEnd { m += 1 }
            }
            lineStart = lineEnd + 1
        }
        return out + "</section>\n"
    }

    /// The card of each pair, shown on hover or focus (hidden otherwise).
    func detailCards() -> String {
        var out = "<div class=\"cards\" hidden>\n"
        for (n, pair) in pairs.enumerated() {
            out += "<div id=\"d-\(n + 1)\"><p class=\"card-title\"><span class=\"swatch\" style=\"\(pairStyle(n))\">\(n + 1)</span> "
            out += "<bdi>\(escapeHTML(pair.english.text))</bdi> ↔ <bdi lang=\"ar\">\(escapeHTML(pair.arabic.text))</bdi></p>\n"
            out += "<dl><dt>Score</dt><dd>\(escapeHTML(pair.evidence.reason))</dd>"
            out += "<dt>Type</dt><dd>\(pair.type?.rawValue ?? "not known")</dd>"
            out += "<dt>Found by</dt><dd>\(howHTML(pair))</dd>"
            if let spelling = pair.evidence.romanization {
                out += "<dt>Machine spelling</dt><dd>\(escapeHTML(spelling)) <small>(the romanizer's own guess, "
                out += "without the English)</small></dd>"
            }
            out += "<dt>Mentions</dt><dd>\(pair.english.mentions.count) English, \(pair.arabic.mentions.count) Arabic</dd></dl>\n"
            for token in pair.evidence.alignment {
                out += "<table class=\"letters\"><caption><bdi lang=\"ar\">\(escapeHTML(token.arabic))</bdi> → "
                out += "\(escapeHTML(token.english))</caption><tr lang=\"ar\">"
                out += token.letters.map { "<td>\(escapeHTML($0.first ?? ""))</td>" }.joined()
                out += "</tr><tr>"
                out += token.letters.map { "<td>\(($0.last ?? "").isEmpty ? "∅" : escapeHTML($0.last ?? ""))</td>" }.joined()
                out += "</tr></table>\n"
            }
            out += "</div>\n"
        }
        return out + "</div>\n"
    }
}

/// `text` with `&`, `<`, `>`, `"` and `'` escaped, for HTML text and attribute values.
package func escapeHTML(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
        switch scalar {
        case "&": out += "&amp;"
        case "<": out += "&lt;"
        case ">": out += "&gt;"
        case "\"": out += "&quot;"
        case "'": out += "&#39;"
        default:
            // Controls other than tab and line breaks have no place in HTML text.
            if scalar.value < 0x20 && scalar != "\t" && scalar != "\n" && scalar != "\r" || scalar.value == 0x7F {
                out += " "
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
    }
    return out
}

/// A page under construction: the shared head (styles, script) and a body.
struct HTMLPage {
    var top = ""
    var body = ""

    mutating func head(title: String) {
        top = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        top += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        top += "<meta name=\"generator\" content=\"Tarjuman\">\n<link rel=\"icon\" href=\"data:,\">\n"
        top += "<title>\(escapeHTML(title))</title>\n<style>\n\(Self.style)</style>\n</head>\n<body>\n"
    }

    func finished() -> String { top + body + "<script>\n\(Self.script)</script>\n</body>\n</html>\n" }

    static let style = """
        :root { color-scheme: light; --ink: #1b1b1b; --muted: #5a5a5a; --rule: #d0d0d0; }
        body { font-family: system-ui, -apple-system, "Segoe UI", "Noto Sans", "DejaVu Sans", sans-serif;
               color: var(--ink); background: #fff; margin: 0 auto; padding: 1rem 1.5rem 4rem; max-width: 96rem; line-height: 1.5; }
        [lang="ar"] { font-family: "Noto Naskh Arabic", "Noto Sans Arabic", "Amiri", "DejaVu Sans", "Arial", sans-serif; }
        h1 { font-size: 1.5rem; margin: .5rem 0; } h2 { font-size: 1.15rem; margin: .4rem 0 .6rem; } h3 { font-size: 1rem; margin: .3rem 0; }
        .files span { margin-inline-end: 1.5rem; } .files, .counts { margin: .2rem 0; color: var(--muted); }
        table { border-collapse: collapse; }
        .summary table { width: 100%; font-size: .92rem; }
        .summary th, .summary td { border-bottom: 1px solid var(--rule); padding: .25rem .5rem; text-align: start; vertical-align: top; }
        .summary td:first-child { width: 2.5rem; }
        a { color: #0b4f9c; } a:focus-visible, mark:focus-visible { outline: 3px solid #1a5fd0; outline-offset: 2px; }
        .swatch { display: inline-block; min-width: 1.6em; text-align: center; font-weight: 600; border-radius: .3em;
                  background: hsl(var(--h) 70% var(--l)); border: 2px var(--b) hsl(var(--h) 65% 32%); }
        .onesided { display: flex; gap: 2rem; flex-wrap: wrap; margin: 1rem 0; font-size: .92rem; }
        .onesided ul { margin: 0; padding-inline-start: 1.2rem; columns: 2; }
        .type, .times { color: var(--muted); font-size: .85em; }
        .texts { display: grid; grid-template-columns: 1fr 1fr; gap: 2rem; border-top: 2px solid var(--rule); padding-top: .5rem; }
        .column p { margin: 0 0 .8rem; }
        .column.ar { font-size: 1.12rem; line-height: 1.8; }
        mark.nm { color: inherit; border-radius: .25em; padding: 0 .1em; unicode-bidi: isolate; cursor: help; }
        mark.p { background: hsl(var(--h) 70% var(--l)); border-bottom: 2px var(--b) hsl(var(--h) 65% 32%); }
        mark.p::after { content: attr(data-n); font-size: .68em; font-weight: 700; vertical-align: super; margin-inline-start: .15em;
                        color: hsl(var(--h) 65% 25%); unicode-bidi: isolate; }
        mark.u { background: repeating-linear-gradient(135deg, #f1f1f1 0 4px, #dedede 4px 8px); border-bottom: 2px dotted #777; }
        mark.u::after { content: attr(data-n); font-size: .68em; color: #555; vertical-align: super; margin-inline-start: .15em; }
        mark.active { outline: 2px solid hsl(var(--h) 65% 30%); }
        #card { position: absolute; z-index: 10; max-width: 34rem; background: #fff; border: 1px solid #888; border-radius: .4rem;
                box-shadow: 0 4px 14px rgba(0,0,0,.18); padding: .6rem .8rem; font-size: .9rem; }
        #card dl { display: grid; grid-template-columns: max-content 1fr; gap: .15rem .7rem; margin: .3rem 0; }
        #card dt { font-weight: 600; } #card dd { margin: 0; } .card-title { margin: 0 0 .3rem; font-weight: 600; }
        table.letters { margin: .3rem 0; font-size: .9rem; } table.letters caption { text-align: start; color: var(--muted); }
        table.letters td { border: 1px solid var(--rule); padding: 0 .35rem; text-align: center; }
        table.letters tr { direction: rtl; }
        @media (max-width: 50rem) { .texts { grid-template-columns: 1fr; } }
        @media print {
          body { max-width: none; padding: 0; font-size: 10pt; }
          #card, .cards { display: none !important; }
          .texts { grid-template-columns: 1fr 1fr; gap: 1.2rem; }
          mark.nm, .swatch { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
          a { color: inherit; text-decoration: none; }
          .summary tr, .column p { break-inside: avoid; }
        }

        """

    static let script = """
        (function () {
          "use strict";
          var card = document.getElementById("card");
          var current = null;
          function marksOf(pair) { return document.querySelectorAll('mark.p[data-pair="' + pair + '"]'); }
          function hide() {
            if (!current) { return; }
            marksOf(current.getAttribute("data-pair")).forEach(function (m) { m.classList.remove("active"); });
            current.removeAttribute("aria-describedby");
            card.hidden = true;
            current = null;
          }
          function show(mark) {
            if (current === mark) { return; }
            hide();
            var pair = mark.getAttribute("data-pair");
            var source = pair ? document.getElementById("d-" + pair) : null;
            if (!source) { return; }
            card.innerHTML = source.innerHTML;
            card.hidden = false;
            var box = mark.getBoundingClientRect();
            var left = Math.min(window.scrollX + box.left, window.scrollX + document.documentElement.clientWidth - card.offsetWidth - 8);
            card.style.left = Math.max(8, left) + "px";
            card.style.top = (window.scrollY + box.bottom + 6) + "px";
            marksOf(pair).forEach(function (m) { m.classList.add("active"); });
            mark.setAttribute("aria-describedby", "card");
            current = mark;
          }
          document.addEventListener("mouseover", function (e) {
            var mark = e.target.closest && e.target.closest("mark.p");
            if (mark) { show(mark); } else if (current && !(e.target.closest && e.target.closest("#card"))) { hide(); }
          });
          document.addEventListener("focusin", function (e) {
            var mark = e.target.closest && e.target.closest("mark.p");
            if (mark) { show(mark); } else { hide(); }
          });
          document.addEventListener("keydown", function (e) {
            if (e.key === "Escape") { hide(); return; }
            var mark = e.target.closest && e.target.closest("mark.p");
            if (mark && e.key === "Enter") {
              var other = document.getElementById((mark.id.indexOf("en-") === 0 ? "ar-" : "en-") + mark.getAttribute("data-pair") + "-0");
              if (other) { e.preventDefault(); other.focus(); other.scrollIntoView({ block: "center" }); }
            }
          });
          function focusHash() {
            var target = location.hash ? document.getElementById(location.hash.slice(1)) : null;
            if (target && target.tagName === "MARK") { target.focus(); }
          }
          window.addEventListener("hashchange", focusHash);
          focusHash();
        })();

        """
}
