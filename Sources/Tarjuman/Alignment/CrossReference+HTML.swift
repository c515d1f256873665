extension CrossReference {
    /// The record as one self-contained HTML page: the report pairs with
    /// their confidence, each linking to its pair's page (``Pair/report``,
    /// a path relative to the page) when it has one, then the reports left
    /// unpaired. Identifiers are shown as given and HTML-escaped.
    public var html: String {
        var page = HTMLPage()
        page.head(title: "Cross-reference: \(pairs.count) report pairs")
        page.body += "<header>\n<h1>Reports that tell the same story</h1>\n"
        page.body += "<p class=\"counts\">\(pairs.count) pairs; \(unpairedEnglish.count) English and "
        page.body += "\(unpairedArabic.count) Arabic reports unpaired.</p>\n</header>\n"
        page.body += "<section class=\"summary\" aria-labelledby=\"pairs-title\">\n<h2 id=\"pairs-title\">Pairs</h2>\n"
        page.body += "<table>\n<thead><tr><th scope=\"col\">#</th><th scope=\"col\">English report</th>"
        page.body += "<th scope=\"col\">Arabic report</th><th scope=\"col\">Confidence</th><th scope=\"col\">Names</th></tr></thead>\n<tbody>\n"
        for (n, pair) in pairs.enumerated() {
            page.body += "<tr><td>\(n + 1)</td><td><bdi>\(escapeHTML(pair.english))</bdi></td>"
            page.body += "<td><bdi>\(escapeHTML(pair.arabic))</bdi></td>"
            page.body += "<td>\(AlignmentReport.percent(pair.score))</td><td>"
            if let report = pair.report {
                page.body += "<a href=\"\(escapeHTML(Self.percentEncodedPath(report)))\">shared names</a>"
            }
            page.body += "</td></tr>\n"
        }
        page.body += "</tbody>\n</table>\n</section>\n<section class=\"onesided\" aria-label=\"Unpaired reports\">\n"
        for (title, ids) in [("English reports without an Arabic counterpart", unpairedEnglish),
                             ("Arabic reports without an English counterpart", unpairedArabic)] {
            page.body += "<div class=\"only\"><h3>\(title)</h3>"
            page.body += ids.isEmpty ? "<p>(none)</p>" : "<ul>" + ids.map { "<li><bdi>\(escapeHTML($0))</bdi></li>" }.joined() + "</ul>"
            page.body += "</div>\n"
        }
        page.body += "</section>\n"
        return page.finished()
    }

    /// A relative path as a URL path: every byte but unreserved ones and `/`
    /// percent-encoded (a report name may hold `%`, `#`, `?` or spaces).
    static func percentEncodedPath(_ path: String) -> String {
        var out = ""
        let digits = Array("0123456789ABCDEF")
        for byte in path.utf8 {
            let c = Character(Unicode.Scalar(byte))
            if byte < 0x80 && (c.isLetter || c.isNumber || "-._~/".contains(c)) { out.append(c) } else {
                out += "%" + String(digits[Int(byte >> 4)]) + String(digits[Int(byte & 15)])
            }
        }
        return out
    }
}
