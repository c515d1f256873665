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

    /// How much of what the English report's lead (its first quarter) names,
    /// weighted by rarity, the Arabic report also names in its lead: two
    /// reports of one event open with the same people and places.
    static func leadAgreement(_ alignment: ReportAlignment, reports: Int, frequency: [String: Int],
                              englishLength: Int, arabicLength: Int) -> Double {
        func weight(_ group: MentionGroup) -> Double {
            let seen = max(1, group.mentions.map { frequency[$0.normalized] ?? 1 }.min() ?? 1)
            return log(1 + Double(reports) / Double(seen))
        }
        let lead = (alignment.pairs.map(\.english) + alignment.unmatchedEnglish).filter { 4 * $0.firstOffset < englishLength }
        let total = lead.map(weight).reduce(0, +)
        let both = alignment.pairs.filter { 4 * $0.english.firstOffset < englishLength && 4 * $0.arabic.firstOffset < arabicLength }
        let shared = both.map { weight($0.english) * $0.score }.reduce(0, +)
        // And the other way: the Arabic lead's names that the English lead has.
        let arabicLead = (alignment.pairs.map(\.arabic) + alignment.unmatchedArabic).filter { 4 * $0.firstOffset < arabicLength }
        let english = total > 0 ? shared / total : 0
        let arabic = arabicLead.isEmpty ? english : Double(both.count) / Double(arabicLead.count)
        return (english + arabic) / 2
    }

    /// How well two reports check out as one story: their names' coverage,
    /// plus a fifth of their shared vocabulary and a fifth of their leads'
    /// agreement, less 0.15 when they name different weekdays. The weights
    /// were set on the dev pairs and look-alikes of `Fixtures/`, where the
    /// names alone cannot tell a report from a look-alike (the same people,
    /// another meeting) but the words and the lead can.
    static func verification(coverage: Double, vocabulary: Double, lead: Double, weekdayConflicts: Int) -> Double {
        coverage + 0.2 * vocabulary + 0.2 * lead - 0.15 * Double(weekdayConflicts)
    }

    /// The confidence that two reports tell one story, from their
    /// verification score and that of the best rival pair of either report
    /// (0 if none): 0.5 at a score of 0.3 with no margin; a clear margin over
    /// the runner-up raises it (a mutual best match), a close rival lowers it.
    /// On the dev pairs, true pairs score 0.24 to 1.2 (the lowest with no
    /// rival above 0.02), pairs of different stories up to 0.3 unless they
    /// share their people.
    static func confidence(score: Double, rival: Double) -> Double {
        1 / (1 + exp(-(12 * (score - 0.3) + 6 * (score - rival))))
    }
}

/// A report's ordinary vocabulary, for telling two reports of one event from
/// two reports of the same people at different events: the English words
/// (each with the Arabic it translates to) or the Arabic words, folded.
struct Vocabulary: Sendable {
    /// English: each distinct word of four letters or more, with its translations' folded forms.
    var english: [String: Set<String>] = [:]
    /// Arabic: the folded forms of every word (clitics and article off, gender and number folded).
    var arabic = Set<String>()

    init(english text: String, translations: WordTranslations) {
        var seen = Set<String>()
        for word in text.split(whereSeparator: { !$0.isLetter }) where word.count >= 4 {
            let key = word.lowercased()
            guard seen.insert(key).inserted, !EnglishMentionFinder.stopWords.contains(key) else { continue }
            let forms = Set(translations.translations(of: key).filter { !$0.arabic.contains(" ") }
                .map { AlignmentState.canonical($0.arabic) })
            if !forms.isEmpty { english[key] = forms }
        }
    }

    init(arabic text: String, finder: ArabicMentionFinder) {
        for word in Set(text.split(whereSeparator: { !$0.isLetter }).map { Gazetteer.arabicKey($0) }) {
            for variant in finder.variants(word) {
                arabic.insert(AlignmentState.canonical(WordTranslations.withoutArticle(variant.key)))
            }
        }
    }

    /// The share of the English report's translatable words, each weighted by
    /// how rare it is among the English reports, whose translation the Arabic
    /// report uses.
    static func overlap(_ english: Vocabulary, _ arabic: Vocabulary, reports: Int, frequency: [String: Int]) -> Double {
        var found = 0.0, total = 0.0
        for (word, forms) in english.english.sorted(by: { $0.key < $1.key }) {
            let weight = log(1 + Double(reports) / Double(max(1, frequency[word] ?? 1)))
            total += weight
            if !forms.isDisjoint(with: arabic.arabic) { found += weight }
        }
        return total > 0 ? found / total : 0
    }
}
