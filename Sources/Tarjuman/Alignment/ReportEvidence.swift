import TarjumanICU

/// The weekdays a report names: two reports of the same meeting agree on
/// them; a report of another meeting with the same people often does not
/// ("on Monday" against الخميس). (Months and years are not used: reports name
/// those of background events, an anniversary, a coming summit, too often.)
struct DateMentions: Sendable {
    var weekdays = Set<Int>()

    static let englishWeekdays: [String: Int] = Dictionary(uniqueKeysWithValues: [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ].enumerated().map { ($1, $0) })
    /// Arabic weekdays, Monday first, folded like names.
    static let arabicWeekdays: [String: Int] = Dictionary(uniqueKeysWithValues: [
        "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت", "الاحد",
    ].enumerated().map { (Gazetteer.arabicKey($1), $0) })

    init(english text: String) {
        for word in text.split(whereSeparator: { !$0.isLetter }) where word.count >= 6 && word.count <= 9 {
            if let day = Self.englishWeekdays[word.lowercased()] { weekdays.insert(day) }
        }
    }

    init(arabic text: String) {
        for word in text.split(whereSeparator: { !$0.isLetter }) {
            let key = Gazetteer.arabicKey(word)
            // With a clitic: يوم الخميس، في الخميس، بالخميس.
            let bare = key.hasPrefix("ب") || key.hasPrefix("و") ? String(key.dropFirst()) : key
            if let day = Self.arabicWeekdays[key] ?? Self.arabicWeekdays[bare] { weekdays.insert(day) }
        }
    }

    /// Whether both reports name weekdays and never the same one.
    func conflicts(with other: DateMentions) -> Bool {
        !weekdays.isEmpty && !other.weekdays.isEmpty && weekdays.isDisjoint(with: other.weekdays)
    }
}

extension CrossReferencer {
    /// How much a name says: log(1 + N / the number of English reports that name it).
    static func rarity(_ group: MentionGroup, reports: Int, frequency: [String: Int]) -> Double {
        let seen = max(1, group.mentions.map { frequency[$0.normalized] ?? 1 }.min() ?? 1)
        return log(1 + Double(reports) / Double(seen))
    }

    /// How well two reports' names cover each other: the harmonic mean of
    /// the English names paired (each weighted by how rare it is among the
    /// English reports, and by its pair's score) and of the Arabic names paired.
    static func coverage(_ alignment: ReportAlignment, reports: Int, frequency: [String: Int],
                         englishLength: Int, arabicLength: Int) -> Double {
        // The names of a report's lead (its first quarter) are what it is about: they count double.
        func lead(_ group: MentionGroup, _ length: Int) -> Double { 4 * group.firstOffset < length ? 2 : 1 }
        func weight(_ group: MentionGroup) -> Double { rarity(group, reports: reports, frequency: frequency) * lead(group, englishLength) }
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
        func weight(_ group: MentionGroup) -> Double { rarity(group, reports: reports, frequency: frequency) }
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
    /// agreement, less 0.15 when they name different weekdays and 0.3 when
    /// both name people but share none. The weights were set on the dev pairs
    /// and look-alikes of `Fixtures/`, where the names alone cannot tell a
    /// report from a look-alike (the same people, another meeting) but the
    /// words and the lead can.
    static func verification(coverage: Double, vocabulary: Double, lead: Double,
                             otherWeekday: Bool, otherPeople: Bool) -> Double {
        coverage + 0.2 * vocabulary + 0.2 * lead - (otherWeekday ? 0.15 : 0) - (otherPeople ? 0.3 : 0)
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
    /// English: each distinct word of four letters or more that has translations,
    /// with their folded forms, in word order (sums over it are deterministic).
    var english: [(word: String, forms: Set<String>)] = []
    /// Arabic: the folded forms of every word (clitics and article off, gender and number folded).
    var arabic = Set<String>()

    init(english text: String, translations: WordTranslations) {
        var seen = Set<String>()
        for word in text.split(whereSeparator: { !$0.isLetter }) where word.count >= 4 {
            let key = word.lowercased()
            guard seen.insert(key).inserted, !EnglishMentionFinder.stopWords.contains(key) else { continue }
            let forms = Set(translations.translations(of: key).filter { !$0.arabic.contains(" ") }
                .map { AlignmentState.canonical($0.arabic) })
            if !forms.isEmpty { english.append((key, forms)) }
        }
        english.sort { $0.word < $1.word }
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
        for (word, forms) in english.english {
            let weight = log(1 + Double(reports) / Double(max(1, frequency[word] ?? 1)))
            total += weight
            if !forms.isDisjoint(with: arabic.arabic) { found += weight }
        }
        return total > 0 ? found / total : 0
    }
}
