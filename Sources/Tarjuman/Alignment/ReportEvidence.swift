import TarjumanICU

/// The weekdays and months a report names: two reports of the same meeting
/// agree on them; a report of another meeting with the same people often
/// does not ("on Monday" against الخميس).
struct DateMentions: Sendable {
    var weekdays = Set<Int>()
    var months = Set<Int>()

    static let englishWeekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    static let englishMonths = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                                "october", "november", "december"]
    /// Arabic weekdays, Monday first, folded like names.
    static let arabicWeekdays: [String] = ["الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت", "الاحد"]
    /// Arabic months: the Egyptian/Maghrebi names and the Levantine ones (two-word ones by their first word and the next).
    static let arabicMonths: [[String]] = [
        ["يناير", "كانون الثاني", "جانفي"], ["فبراير", "شباط", "فيفري"], ["مارس", "اذار"], ["ابريل", "نيسان", "افريل"],
        ["مايو", "ايار", "ماي"], ["يونيو", "حزيران", "جوان"], ["يوليو", "تموز", "جويليه"], ["اغسطس", "اب", "اوت"],
        ["سبتمبر", "ايلول"], ["اكتوبر", "تشرين الاول"], ["نوفمبر", "تشرين الثاني"], ["ديسمبر", "كانون الاول"],
    ]

    init(english text: String) {
        var word = ""
        func flush() {
            if let day = Self.englishWeekdays.firstIndex(of: word) { weekdays.insert(day) }
            // "May" the verb is as common as the month: only when capitalized mid-text is it ambiguous; left out.
            if word != "may", let month = Self.englishMonths.firstIndex(of: word) { months.insert(month) }
            word = ""
        }
        for c in text.unicodeScalars {
            if c.properties.isAlphabetic { word.unicodeScalars.append(c.properties.lowercaseMapping.unicodeScalars.first ?? c) } else { flush() }
        }
        flush()
    }

    init(arabic text: String) {
        let words = text.split(whereSeparator: { !$0.isLetter }).map { Gazetteer.arabicKey($0) }
        let weekdays = Dictionary(uniqueKeysWithValues: Self.arabicWeekdays.enumerated().map { (Gazetteer.arabicKey($1), $0) })
        var months: [String: Int] = [:]
        for (index, names) in Self.arabicMonths.enumerated() { for name in names { months[Gazetteer.arabicKey(name)] = index } }
        for (i, word) in words.enumerated() {
            // With a clitic: يوم الخميس، في الخميس، بالخميس.
            let forms = [word, word.hasPrefix("ب") || word.hasPrefix("و") ? String(word.dropFirst()) : word]
            if let day = forms.compactMap({ weekdays[$0] }).first { self.weekdays.insert(day) }
            let pair = i + 1 < words.count ? word + " " + words[i + 1] : word
            if let month = months[pair] ?? months[word] { self.months.insert(month) }
        }
    }

    /// 1 when both reports name weekdays and never the same one, else 0.
    /// (Months are not compared: reports name the months of background
    /// events, an anniversary, a coming summit, too often.)
    func conflicts(with other: DateMentions) -> Int {
        !weekdays.isEmpty && !other.weekdays.isEmpty && weekdays.isDisjoint(with: other.weekdays) ? 1 : 0
    }
}

extension CrossReferencer {
    /// How well two reports' names cover each other: the harmonic mean of
    /// the English names paired (each weighted by how rare it is among the
    /// English reports, and by its pair's score) and of the Arabic names paired.
    static func coverage(_ alignment: ReportAlignment, reports: Int, frequency: [String: Int],
                         englishLength: Int, arabicLength: Int) -> Double {
        // The names of a report's lead (its first quarter) are what it is about: they count double.
        func lead(_ group: MentionGroup, _ length: Int) -> Double { 4 * group.firstOffset < length ? 2 : 1 }
        func weight(_ group: MentionGroup) -> Double {
            let seen = max(1, group.mentions.map { frequency[$0.normalized] ?? 1 }.min() ?? 1)
            return log(1 + Double(reports) / Double(seen)) * lead(group, englishLength)
        }
        let paired = alignment.pairs.map { weight($0.english) * $0.score }.reduce(0, +)
        let englishTotal = (alignment.pairs.map(\.english) + alignment.unmatchedEnglish).map(weight).reduce(0, +)
        let arabicPaired = alignment.pairs.map { $0.score * lead($0.arabic, arabicLength) }.reduce(0, +)
        let arabicTotal = (alignment.pairs.map(\.arabic) + alignment.unmatchedArabic).map { lead($0, arabicLength) }.reduce(0, +)
        guard englishTotal > 0, arabicTotal > 0, paired > 0 else { return 0 }
        let english = paired / englishTotal, arabic = arabicPaired / arabicTotal
        return 2 * english * arabic / (english + arabic)
    }

    /// The confidence that two reports tell one story, from how well their
    /// names cover each other: 0.5 at a coverage of 0.25, near 0 below 0.1,
    /// near 1 above 0.5 (set on the dev pairs of `Fixtures/alignment/`, where
    /// true pairs cover 0.29 to 0.75 and unrelated reports 0 to 0.22).
    static func confidence(coverage: Double) -> Double {
        1 / (1 + exp(-12 * (coverage - 0.25)))
    }
}
