/// A name found in a text: pieces `first...last` of a ``Document``.
struct RawMention: Sendable {
    var first: Int
    var last: Int
    var type: EntityType?
    /// Gazetteer entry, if the name is listed.
    var entry: Int?
    /// Normalized key: the pieces' keys joined by spaces.
    var key: String
    /// For an acronym in parentheses: the mention it abbreviates.
    var expands: Int?
    /// Clitic letters before the name in its first word (Arabic: لـ in للافا).
    var prefixBytes = 0
    /// A cue word before it (title, قال ...), kept as context.
    var cue: String?
}

/// Finds English names: gazetteer entries, and runs of capitalized words
/// joined by connectors (al-, bin, abu, de, von ...), with titles and
/// calendar words left out, sentence-initial common words not taken, and
/// acronyms in parentheses linked to their expansion.
struct EnglishMentionFinder: Sendable {
    let gazetteer: Gazetteer
    let lexicon: EnglishLexicon

    static let connectors: Set<String> = [
        "al", "el", "ul", "bin", "bint", "ibn", "abu", "abdul", "abdel", "de", "da", "di", "du", "del", "della",
        "von", "van", "der", "den", "la", "le", "ould", "ben", "ad", "as", "ash", "at", "az",
    ]
    /// Words before a name that say who the person is; kept as context.
    static let titles: Set<String> = [
        "general", "gen", "president", "vice", "prime", "minister", "mr", "mrs", "ms", "dr", "sheikh", "shaikh",
        "king", "queen", "prince", "princess", "colonel", "col", "lieutenant", "lt", "major", "maj", "commander",
        "brigadier", "captain", "capt", "sergeant", "sgt", "spokesman", "spokesperson", "spokeswoman",
        "ambassador", "envoy", "secretary", "senator", "sen", "governor", "gov", "mayor", "chairman", "chairwoman",
        "director", "chief", "deputy", "pope", "imam", "ayatollah", "emir", "sultan", "premier", "speaker", "judge",
        "justice", "rep", "representative", "officer", "correspondent", "reporter", "editor", "editing",
        "reporting", "mp", "lawmaker", "pm", "his", "her", "their", "admiral", "marshal", "sir", "lord", "lady",
        "saint", "st", "counselor", "adviser", "advisor", "consul", "delegate", "coordinator", "mullah", "cleric",
        // Honorifics and church titles: His Highness Sheikh ..., Sayyid Badr, Cardinal ..., Patriarch ...
        "sayyid", "sayyida", "sheikha", "highness", "excellency", "majesty", "eminence", "holiness", "beatitude",
        "cardinal", "patriarch", "archbishop", "bishop", "metropolitan", "reverend", "rev", "crown", "hrh",
    ]
    /// Calendar words and others that are capitalized but never a name here.
    static let stopWords: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
        "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "the", "a", "an",
        "i", "we", "he", "she", "they", "it", "this", "that", "these", "those", "in", "on", "at", "of", "for",
        "and", "but", "or", "to", "by", "with", "from", "as", "if", "when", "while", "after", "before", "tags",
        "ad", "bc", "am", "pm", "gmt", "utc", "ok", "tv", "eid", "ramadan", "christmas", "islamic", "muslim",
        "christian", "arab", "kurd", "kurds", "arabs",
        // Religious adjectives: the Orthodox, Catholic, Maronite faithful are not names.
        "orthodox", "catholic", "catholics", "maronite", "coptic", "protestant", "evangelical", "sunni", "shiite",
        "shia", "anglican", "armenian",
    ]
    /// Stop words that may stand inside a longer name.
    static let nameAdjectives: Set<String> = [
        "arab", "islamic", "christian", "muslim", "orthodox", "catholic", "coptic", "maronite", "sunni", "shiite",
    ]
    /// Last words that make a name an organization.
    static let organizationWords: Set<String> = [
        "forces", "force", "army", "party", "movement", "units", "unit", "council", "ministry", "front",
        "brigade", "brigades", "battalion", "organization", "organisation", "union", "alliance", "coalition",
        "committee", "agency", "news", "government", "administration", "company", "corporation", "corp", "inc",
        "group", "bank", "fund", "court", "parliament", "assembly", "authority", "office", "university",
        "institute", "center", "centre", "network", "channel", "radio", "league", "nations", "association",
        "federation", "guard", "guards", "police", "corps", "militia", "directorate", "commission", "summit",
        "department", "service", "services", "foundation", "society", "academy", "school", "college", "club",
        "times", "post", "press", "tribune", "journal", "herald", "airways", "airlines", "mission", "headquarters",
        "presidency", "secretariat", "stadium", "palace", "church", "patriarchate", "cathedral", "mosque",
    ]
    /// Last words of a document's name (a strategy, a plan): not a person, place or organization.
    static let documentWords: Set<String> = [
        "strategy", "plan", "vision", "agenda", "declaration", "initiative", "program", "programme", "charter", "roadmap",
    ]
    /// Last words that make a name a place.
    static let placeWords: Set<String> = [
        "province", "governorate", "city", "river", "region", "district", "mountains", "mountain", "mount",
        "valley", "sea", "lake", "island", "islands", "street", "square", "village", "town", "county", "camp",
        "crossing", "desert", "airport", "dam", "field", "fields", "gulf", "strait", "peninsula", "plain",
        "border", "bridge", "port", "coast", "subdistrict", "canton", "neighborhood", "neighbourhood", "hills",
    ]
    /// Words before "of" and a country in its formal short name.
    static let stateWords: Set<String> = ["state", "kingdom", "sultanate", "republic", "emirate", "principality"]
    /// Words after a name that make it a person ("X said", "X told").
    /// Directions that make a region of a place: "Northern Iraq", "East Jerusalem".
    static let directions: Set<String> = [
        "north", "northern", "south", "southern", "east", "eastern", "west", "western", "central", "upper", "lower",
        "northeast", "northeastern", "northwest", "northwestern", "southeast", "southeastern", "southwest", "southwestern",
    ]

    /// The words of a credit line before "by": "Editing by", "Reporting by".
    static let creditWords: Set<String> = [
        "editing", "edited", "reporting", "reported", "writing", "written", "compiled", "photo", "photos", "photograph",
        "translated", "translation", "produced", "interview", "interviewed",
    ]

    /// Whether a place noun follows the name ending at piece `last`, after at
    /// most two lower-case words ("Omar oil field"), or after a second name
    /// joined by "and" ("Omar and Tanak oil fields").
    func placeNounFollows(_ last: Int, in pieces: [Document.Piece]) -> Bool {
        var j = last + 1
        if j + 1 < pieces.count, pieces[j].key == "and" || pieces[j].key == "or", pieces[j].gap == .space,
           isCapitalized(pieces[j + 1].text), pieces[j + 1].gap == .space {
            j += 2
        }
        var lowercase = 0
        while j < pieces.count, pieces[j].gap == .space, lowercase <= 2 {
            let text = pieces[j].text
            guard let first = text.first, first.isLowercase else { return false }
            if Self.placeWords.contains(pieces[j].key) { return true }
            lowercase += 1
            j += 1
        }
        return false
    }

    static let speechVerbs: Set<String> = ["said", "says", "told", "added", "stated", "noted", "explained", "stressed", "asked", "declared"]

    /// The most words one mention spans (the longest names, with their
    /// connectors, have at most about eight).
    static let maximumMentionWords = 10

    func mentions(in doc: Document) -> [RawMention] {
        let pieces = doc.pieces
        let n = pieces.count
        var taken = [Bool](repeating: false, count: n)
        var mentions: [RawMention] = []
        let headlineSentences = headlines(doc)
        // Words capitalized in mid-sentence somewhere in the text: names, even
        // when they open a sentence elsewhere.
        var capitalizedInside = Set<String>()
        for k in 1..<max(n, 1) where pieces[k].sentence == pieces[k - 1].sentence && isCapitalized(pieces[k].text)
            && !headlineSentences.contains(pieces[k].sentence) {
            capitalizedInside.insert(pieces[k].key)
        }

        func isSentenceStart(_ k: Int) -> Bool {
            k == 0 || pieces[k - 1].sentence != pieces[k].sentence || pieces[k].gap == .boundary
                && (doc.bytes[pieces[k - 1].utf8Range.upperBound..<pieces[k].utf8Range.lowerBound].contains(0x0A))
        }
        /// Whether a capitalized word may be (part of) a name here.
        func nameWord(_ k: Int) -> Bool {
            let piece = pieces[k]
            guard !piece.isNumber, isCapitalized(piece.text) else { return false }
            let key = piece.key
            if Self.stopWords.contains(key) { return false }
            if isSentenceStart(k) || headlineSentences.contains(piece.sentence) {
                if lexicon.isCommon(key) && !lexicon.isProper(key) && !capitalizedInside.contains(key)
                    && !isAllCaps(piece.text) { return false }
            }
            return true
        }

        // 1. Gazetteer entries, longest first.
        var k = 0
        while k < n {
            if let match = gazetteerMatch(at: k, doc: doc, taken: taken) {
                let entry = gazetteer.entries[match.entry]
                var mention = RawMention(first: k, last: match.last, type: entry.type, entry: match.entry,
                                         key: pieces[k...match.last].map(\.key).joined(separator: " "))
                // "State of Kuwait", "Sultanate of Oman": a country's formal short name.
                if entry.type == .location, k >= 2, pieces[k - 1].key == "of", pieces[k - 1].gap == .space,
                   pieces[k].gap == .space, !taken[k - 2], isCapitalized(pieces[k - 2].text),
                   Self.stateWords.contains(pieces[k - 2].key) {
                    mention.first = k - 2
                    mention.key = pieces[(k - 2)...match.last].map(\.key).joined(separator: " ")
                }
                // "Deir al-Zor Province", "Euphrates River": the designator joins.
                if match.last + 1 < n, pieces[match.last + 1].gap == .space, isCapitalized(pieces[match.last + 1].text),
                   Self.placeWords.contains(pieces[match.last + 1].key) {
                    mention.last += 1
                    mention.type = .location
                }
                for j in mention.first...mention.last { taken[j] = true }
                mentions.append(mention)
                k = mention.last + 1
            } else {
                k += 1
            }
        }

        // 2. Runs of capitalized words.
        k = 0
        while k < n {
            // An adjective such as Arab or Islamic inside a name (FIFA Arab Cup,
            // Islamic Development Bank), never a name alone.
            func adjectiveInName(_ j: Int) -> Bool {
                Self.nameAdjectives.contains(pieces[j].key) && isCapitalized(pieces[j].text) && j + 1 < n && !taken[j + 1]
                    && pieces[j + 1].gap == .space && nameWord(j + 1)
            }
            guard !taken[k], nameWord(k) || adjectiveInName(k) else { k += 1; continue }
            var last = k
            var j = k + 1
            // A run longer than any name (a list of capitalized words, a
            // title in capitals) is cut: the work per mention grows with its length.
            while j < n, !taken[j], j - k < Self.maximumMentionWords {
                let gap = pieces[j].gap
                guard gap == .space || gap == .hyphen else { break }
                if Self.titles.contains(pieces[j].key), !Self.titles.contains(pieces[last].key), j > k {
                    break   // "Kurdistan Region Prime Minister Masrour Barzani": two names
                }
                // A body's name ends at its designator: "Armed Forces Engineering
                // Authority Ehab El-Faar" is a body and a person.
                if gap == .space, j == last + 1, j - k >= 2, Self.organizationWords.contains(pieces[last].key), nameWord(j),
                   !Self.organizationWords.contains(pieces[j].key), !Self.placeWords.contains(pieces[j].key),
                   j + 1 < n, pieces[j + 1].gap == .space || pieces[j + 1].gap == .hyphen, nameWord(j + 1),
                   !Self.organizationWords.contains(pieces[j + 1].key), !Self.placeWords.contains(pieces[j + 1].key) {
                    break
                }
                if nameWord(j) || (gap == .hyphen && isCapitalized(pieces[j].text) && !pieces[j].isNumber) || adjectiveInName(j) {
                    last = j
                    j += 1
                } else if let skip = joiningWords(from: j, after: k...last, doc: doc, taken: taken) {
                    j += skip   // "Movement for a Democratic Society", "Ministry of Defense"
                } else if Self.connectors.contains(pieces[j].key), !isCapitalized(pieces[j].text) || gap == .hyphen,
                          j + 1 < n, !taken[j + 1], pieces[j + 1].gap == .space || pieces[j + 1].gap == .hyphen,
                          isCapitalized(pieces[j + 1].text) {
                    j += 1   // al-Zor, bin Salman: the connector belongs to the name
                } else {
                    break
                }
            }
            var first = k
            var cue: String? = nil
            var type: EntityType? = nil
            // Leading titles are context, not name: "General Qasim ...".
            while first <= last, Self.titles.contains(pieces[first].key) || Self.stopWords.contains(pieces[first].key)
                || ((lexicon.isCommon(pieces[first].key) && !lexicon.isProper(pieces[first].key) || isDemonym(pieces[first].key))
                    && first < last && Self.titles.contains(pieces[first + 1].key)) {
                if Self.titles.contains(pieces[first].key) { cue = pieces[first].key; type = .person }
                first += 1
            }
            while last >= first, Self.stopWords.contains(pieces[last].key) || Self.titles.contains(pieces[last].key) { last -= 1 }
            defer { k = max(k + 1, j) }
            guard first <= last else { continue }
            // A place or body named after someone keeps the title: King Salman International Airport.
            if first > k, last > first, Self.placeWords.contains(pieces[last].key) || Self.organizationWords.contains(pieces[last].key),
               (k..<first).allSatisfy({ Self.titles.contains(pieces[$0].key) }) {
                first = k
                cue = nil
                type = nil
            }
            // A document (National Tourism Strategy) is not a person, place or organization.
            if last > first, Self.documentWords.contains(pieces[last].key) { continue }
            // A preceding lower-case title: "his assistant General ...", "spokesman X".
            if first > 0, Self.titles.contains(pieces[first - 1].key), cue == nil { cue = pieces[first - 1].key; type = .person }
            let lastKey = pieces[last].key
            let single = first == last
            // Part of a title, not a name: "Turkish Foreign (Minister)", "(Minister of) Foreign Affairs".
            let ordinary = (first...last).allSatisfy { m in
                (lexicon.isCommon(pieces[m].key) && !lexicon.isProper(pieces[m].key)) || isDemonym(pieces[m].key)
            }
            let titleNext = last + 1 < n && Self.titles.contains(pieces[last + 1].key)
            let beforeTitle = titleNext && pieces[last + 1].gap == .space
            let afterTitle = first >= 2 && pieces[first - 1].key == "of" && Self.titles.contains(pieces[first - 2].key)
            if ordinary, beforeTitle || afterTitle && (titleNext || !Self.organizationWords.contains(lastKey)) { continue }
            // A nationality adjective: "Syrian forces", "Kurdish-led".
            if single, isDemonym(lastKey) { continue }   // an adjective: Syrian forces, the Iraqi General
            if single, last + 1 < n, pieces[last + 1].gap == .hyphen, !isCapitalized(pieces[last + 1].text) {
                continue   // "Kurdish-led", "Western-backed"
            }
            if Self.organizationWords.contains(lastKey) && !single { type = .organization }
            else if Self.placeWords.contains(lastKey) && !single { type = .location }
            // A dateline: "QAMISHLO, Syrian Kurdistan (Kurdistan 24) –".
            if isAllCaps(pieces[first].text), single, isSentenceStart(first) || first == 0 || pieces[first].gap == .boundary,
               last + 1 < n, doc.bytes[pieces[last].utf8Range.upperBound] == 0x2C {
                type = .location
            }
            // A region of a listed place: "Syrian Kurdistan", "Northern Iraq"
            // (not "Hassan Qamishlo": a person may bear a place's name).
            if type == nil, !single, let hit = gazetteer.englishKeys[pieces[last].key], !hit.capitals,
               gazetteer.entries[hit.entry].type == .location,
               (first..<last).allSatisfy({ isDemonym(pieces[$0].key) || Self.directions.contains(pieces[$0].key) }) {
                type = .location
            }
            // "Mustafa Bali said"; not "Rojava (Syrian Kurdistan), told".
            if type == nil, last + 1 < n, pieces[last + 1].gap == .space, Self.speechVerbs.contains(pieces[last + 1].key) {
                type = .person
            }
            // A credit line: "Editing by Karzan Sulaivany", "Reporting by ...".
            if type == nil, first >= 2, pieces[first - 1].key == "by", pieces[first].gap == .space,
               Self.creditWords.contains(pieces[first - 2].key) {
                type = .person
            }
            // A place noun after the name: "Omar and Tanak oil fields", "the Tabqa dam".
            if type == nil, placeNounFollows(last, in: pieces) { type = .location }
            for m in first...last { taken[m] = true }
            var mention = RawMention(first: first, last: last, type: type, entry: nil,
                                     key: pieces[first...last].map(\.key).joined(separator: " "), cue: cue)
            // A listed name that step 1 left because a longer name went on after it
            // ("The United Nations Security Council"): still the listed entity.
            if let hit = gazetteer.englishKeys[mention.key], !hit.capitals || isAllCaps(pieces[first].text) {
                mention.entry = hit.entry
                mention.type = gazetteer.entries[hit.entry].type
            }
            // A lone acronym in parentheses right after a name: "(SDF)".
            if single, isAllCaps(pieces[first].text), pieces[first].gap == .parenthesis,
               let previous = mentions.lastIndex(where: { $0.last == first - 1 }) {
                mention.expands = previous
                mention.type = mentions[previous].type
            }
            mentions.append(mention)
        }
        // Acronyms in parentheses after gazetteer names were taken in step 1;
        // link them too ("Islamic State (IS)").
        for index in mentions.indices where mentions[index].expands == nil {
            let m = mentions[index]
            guard pieces[m.first].gap == .parenthesis, (m.first...m.last).allSatisfy({ isAllCaps(pieces[$0].text) }) else { continue }
            if let previous = mentions.firstIndex(where: { $0.last == m.first - 1 }) { mentions[index].expands = previous }
        }
        return mentions.sorted { $0.first < $1.first }.enumerated().map { $0.element }
            .reindexingExpansions(from: mentions)
    }

    /// Lower-case words inside an organization's or place's name ("of",
    /// "for a"): how many to skip, if a capitalized word follows them and the
    /// name so far has an organization or place word.
    func joiningWords(from j: Int, after run: ClosedRange<Int>, doc: Document, taken: [Bool]) -> Int? {
        let pieces = doc.pieces
        guard run.contains(where: { Self.organizationWords.contains(pieces[$0].key) || Self.placeWords.contains(pieces[$0].key) })
        else { return nil }
        var m = j
        while m < pieces.count, m - j < 2, !taken[m], pieces[m].gap == .space, !isCapitalized(pieces[m].text),
              ["of", "for", "the", "a", "on"].contains(pieces[m].key) {
            m += 1
        }
        guard m > j, m < pieces.count, !taken[m], pieces[m].gap == .space, isCapitalized(pieces[m].text),
              !Self.stopWords.contains(pieces[m].key) else { return nil }
        return m - j
    }

    /// Sentences written in title case (a headline): their capitals say nothing.
    func headlines(_ doc: Document) -> Set<Int> {
        var words: [Int: (capitalized: Int, total: Int)] = [:]
        for piece in doc.pieces where !piece.isNumber && piece.text.count > 3 {
            var entry = words[piece.sentence] ?? (0, 0)
            entry.total += 1
            if isCapitalized(piece.text) { entry.capitalized += 1 }
            words[piece.sentence] = entry
        }
        // A headline has no full stop at its end.
        let closed = Set(doc.sentences.indices.filter { index in
            let text = doc.slice(doc.sentences[index]).trimmingSpaces()
            return text.hasSuffix(".") || text.hasSuffix(".”") || text.hasSuffix(".\"") || text.hasSuffix(".)")
        })
        return Set(words.filter {
            $0.value.total >= 3 && Double($0.value.capitalized) >= 0.7 * Double($0.value.total) && !closed.contains($0.key)
        }.keys)
    }

    func gazetteerMatch(at k: Int, doc: Document, taken: [Bool]) -> (last: Int, entry: Int)? {
        let pieces = doc.pieces
        guard isCapitalized(pieces[k].text) || pieces[k].isNumber == false && isAllCaps(pieces[k].text) else { return nil }
        var key = ""
        var best: (last: Int, entry: Int)? = nil
        var j = k
        while j < pieces.count, j - k < gazetteer.longestForm, !taken[j] {
            if j > k {
                guard pieces[j].gap == .space || pieces[j].gap == .hyphen || pieces[j].gap == .none else { break }
                key += " "
            }
            key += pieces[j].key
            if let hit = gazetteer.englishKeys[key], !hit.capitals || isAllCaps(pieces[k].text) {
                best = (j, hit.entry)
            }
            j += 1
        }
        guard let match = best else { return nil }
        // A place's name right after a title and before another name is a person's: "Minister Israel Katz".
        if k >= 1, match.last == k, gazetteer.entries[match.entry].type == .location, Self.titles.contains(pieces[k - 1].key),
           pieces[k].gap == .space, k + 1 < pieces.count, pieces[k + 1].gap == .space, isCapitalized(pieces[k + 1].text),
           !pieces[k + 1].isNumber, !lexicon.isCommon(pieces[k + 1].key) || lexicon.isProper(pieces[k + 1].key),
           gazetteer.englishKeys[pieces[k + 1].key] == nil {
            return nil
        }
        // A place that ends an institution's name belongs to it: "Central Bank of Iraq", "Gulf of Aden".
        if k >= 2, gazetteer.entries[match.entry].type == .location, pieces[k - 1].key == "of", pieces[k - 1].gap == .space,
           pieces[k].gap == .space, !taken[k - 2], isCapitalized(pieces[k - 2].text),
           Self.organizationWords.contains(pieces[k - 2].key) || Self.placeWords.contains(pieces[k - 2].key) {
            return nil
        }
        // A place inside a longer name ("Syrian Kurdistan") is not the listed place.
        if k > 0, gazetteer.entries[match.entry].type == .location, pieces[k].gap == .space,
           pieces[k - 1].sentence == pieces[k].sentence, isCapitalized(pieces[k - 1].text),
           !Self.titles.contains(pieces[k - 1].key), !Self.stopWords.contains(pieces[k - 1].key),
           !lexicon.isCommon(pieces[k - 1].key) || lexicon.isProper(pieces[k - 1].key) {
            return nil
        }
        // Part of a longer name ("Washington Post") is not the entry; a
        // person's name right after a place ("in Erbil Wendy Green") is
        // another name.
        let next = match.last + 1
        if next < pieces.count, pieces[next].gap == .space, isCapitalized(pieces[next].text), !pieces[next].isNumber,
           !Self.placeWords.contains(pieces[next].key), !Self.stopWords.contains(pieces[next].key),
           !Self.titles.contains(pieces[next].key), gazetteer.englishKeys[pieces[next].key] == nil,
           pieces[next].sentence == pieces[match.last].sentence,
           Self.organizationWords.contains(pieces[next].key)
            || lexicon.isCommon(pieces[next].key) && !lexicon.isProper(pieces[next].key) {
            return nil
        }
        return match
    }

    func isDemonym(_ key: String) -> Bool {
        // A word the dictionary does not know is a name (Maysan), unless it ends
        // like a nisba (Omani, Barzani: adjectives, or a surname that alone is ambiguous).
        guard lexicon.isProper(key) || lexicon.isCommon(key) || key.hasSuffix("i") else { return false }
        guard lexicon.isProper(key) || gazetteer.englishKeys[key] == nil else { return false }
        return ["an", "ian", "ese", "ish", "i", "ic", "ch", "sh"].contains { key.hasSuffix($0) } && key.count > 3
            && gazetteer.englishKeys[key] == nil
    }
}

func isCapitalized(_ text: Substring) -> Bool {
    text.first?.isUppercase == true
}

func isAllCaps(_ text: Substring) -> Bool {
    var letters = 0
    for c in text where c.isLetter {
        if !c.isUppercase { return false }
        letters += 1
    }
    return letters >= 2
}

extension Array where Element == RawMention {
    /// After sorting, `expands` indexes must follow their targets.
    func reindexingExpansions(from original: [RawMention]) -> [RawMention] {
        var position: [Int: Int] = [:]   // first piece → new index
        for (index, m) in enumerated() { position[m.first] = index }
        return map { m in
            var m = m
            if let e = m.expands { m.expands = position[original[e].first] }
            return m
        }
    }
}
