/// Finds Arabic names without capital letters to help: gazetteer entries
/// (with the clitics و ف ب ك ل stripped), words after a cue (قال، الرئيس،
/// محافظة ...), and words that are not ordinary Arabic vocabulary. Names that
/// match an English name are found by the aligner, through the name matcher.
struct ArabicMentionFinder: Sendable {
    let gazetteer: Gazetteer
    let lexicon: ArabicLexicon
    let frequency: ArabicWordFrequency

    /// One way to read a word's start: how many letters of clitics to skip
    /// in the original, and the key to match.
    struct Variant: Sendable, Hashable {
        let key: String
        let prefixLetters: Int
    }

    /// Words before a person's name.
    static let personCues: Set<String> = Set([
        "قال", "وقال", "أضاف", "وأضاف", "أكد", "وأكد", "أوضح", "وأوضح", "الرئيس", "رئيس", "الجنرال", "القائد", "قائد",
        "المتحدث", "الناطق", "مدير", "السيد", "الشيخ", "العميد", "اللواء", "العقيد", "النائب", "السفير", "المبعوث",
        "الوزير", "وزير", "القيادي", "الزعيم", "زعيم", "المستشار", "الملك", "الأمير", "الدكتور", "المقدم", "الرائد",
        "النقيب", "العماد", "الفريق", "القاضي", "رئيسة", "الرئيسة", "المراسل", "مراسل", "تحرير", "اعداد", "إعداد", "بقلم", "ترجمة", "تصوير", "للمتحدث",
    ].map(Gazetteer.arabicKey))
    /// Words before a place name.
    static let placeCues: Set<String> = Set([
        "محافظة", "لمحافظة", "بمحافظة", "مدينة", "بمدينة", "لمدينة", "بلدة", "ببلدة", "قرية", "بقرية", "منطقة", "بمنطقة",
        "ناحية", "بناحية", "ريف", "بريف", "مخيم", "بمخيم", "قضاء", "بقضاء", "إقليم", "بإقليم", "ولاية", "بولاية", "حي", "بحي",
        "العاصمة", "بالعاصمة",
    ].map(Gazetteer.arabicKey))

    /// Whether a key is Arabic letters only (hamza to yeh, no digits or marks).
    static func isArabicLetters(_ key: String) -> Bool {
        key.unicodeScalars.allSatisfy { $0.value >= 0x0621 && $0.value <= 0x064A }
    }

    /// Words that make a country's formal short name (دولة الكويت).
    static let stateWords: Set<String> = Set(["دولة", "مملكة", "سلطنة", "جمهورية", "إمارة"].map(Gazetteer.arabicKey))

    /// Clitic readings of a piece's key: as written; without و/ف; without
    /// ب/ك/ل; لل read as ل + ال.
    func variants(_ key: String) -> [Variant] {
        var result = [Variant(key: key, prefixLetters: 0)]
        let letters = Array(key.unicodeScalars)
        func add(_ scalars: ArraySlice<Unicode.Scalar>, skip: Int) {
            guard scalars.count >= 2 else { return }
            var s = ""
            s.unicodeScalars.append(contentsOf: scalars)
            if !result.contains(where: { $0.key == s }) { result.append(Variant(key: s, prefixLetters: skip)) }
        }
        var start = 0
        if letters.count > 3, letters[0] == "و" || letters[0] == "ف" {
            start = 1
            add(letters[1...], skip: 1)
        }
        if letters.count - start > 3, ["ب", "ك", "ل"].contains(letters[start]) {
            add(letters[(start + 1)...], skip: start + 1)
            if letters[start] == "ل", letters[start + 1] == "ل", letters.count - start > 4 {
                // للجيش = ل + الجيش: the article's alef is not written.
                var article: [Unicode.Scalar] = ["ا"]
                article.append(contentsOf: letters[(start + 1)...])
                add(article[...], skip: start)
            }
        }
        // A name with the article the English leaves out (الحسين ↔ Hussein): the
        // same span, read without ال, when that is a known name and not a common word.
        for variant in result where variant.key.hasPrefix("ال") && variant.key.unicodeScalars.count >= 5 {
            let bare = String(variant.key.unicodeScalars.dropFirst(2))
            if lexicon.isName(bare), !lexicon.isStem(bare) || frequency.count(variant.key) < 30,
               !result.contains(where: { $0.key == bare }) {
                result.append(Variant(key: bare, prefixLetters: variant.prefixLetters))
            }
        }
        return result
    }

    /// Gazetteer entries found in the text, longest first, not overlapping.
    func gazetteerMentions(in doc: Document, variants: [[Variant]]) -> [RawMention] {
        let pieces = doc.pieces
        var mentions: [RawMention] = []
        var k = 0
        while k < pieces.count {
            var best: (last: Int, entry: Int, prefix: Int, full: Bool, reading: String)? = nil
            for variant in variants[k] {
                var key = variant.key
                var j = k
                while true {
                    if let entry = gazetteer.arabicKeys[key], best.map({ j > $0.last || !$0.full }) ?? true {
                        best = (j, entry, variant.prefixLetters, true, variant.key)
                    } else if j > k, let entry = gazetteer.arabicTails[key], best.map({ j > $0.last }) ?? true {
                        best = (j, entry, variant.prefixLetters, false, variant.key)
                    }
                    j += 1
                    guard j < pieces.count, j - k < gazetteer.longestForm,
                          pieces[j].gap == .space || pieces[j].gap == .none else { break }
                    key += " " + pieces[j].key
                }
            }
            if let match = best {
                var mention = RawMention(first: k, last: match.last, type: gazetteer.entries[match.entry].type,
                                         entry: match.entry, key: "")
                mention.prefixBytes = prefixBytes(pieces[k].text, letters: match.prefix)
                // Without its clitics: للأمم المتحدة is read الامم المتحده.
                mention.key = ([match.reading] + pieces[(k + 1)..<(match.last + 1)].map(\.key)).joined(separator: " ")
                // A country by its formal short name: دولة الكويت, دولة الإمارات.
                if mention.type == .location, match.prefix == 0, k > 0, pieces[k].gap == .space,
                   let state = variants[k - 1].first(where: { Self.stateWords.contains($0.key) }),
                   mentions.last.map({ $0.last < k - 1 }) ?? true {
                    mention.first = k - 1
                    mention.prefixBytes = prefixBytes(pieces[k - 1].text, letters: state.prefixLetters)
                    mention.key = state.key + " " + mention.key
                }
                mentions.append(mention)
                k = match.last + 1
            } else {
                k += 1
            }
        }
        return mentions
    }

    /// Names after a cue word that are not ordinary vocabulary: the person
    /// after قال, the place after محافظة.
    func cueMentions(in doc: Document, taken: [Bool]) -> [RawMention] {
        let pieces = doc.pieces
        var mentions: [RawMention] = []
        var k = 1
        while k < pieces.count {
            let type = Self.cueType(pieces[k - 1].key)
            // After a credit (تحرير سوار أحمد, "edited by"), a given name that is
            // also a word (سوار, "bracelet") counts when a known name follows.
            let credit = Self.isCredit(pieces[k - 1].key) && k + 1 < pieces.count && !taken[k] && !taken[k + 1]
                && pieces[k + 1].gap == .space && pieces[k].key.unicodeScalars.count >= 3 && Self.isArabicLetters(pieces[k].key)
                && lexicon.isName(ArabicLexicon.analysisForm(String(pieces[k + 1].text)))
            guard let type, !taken[k], pieces[k].gap == .space, credit || isNameLike(pieces[k]) else { k += 1; continue }
            var last = k
            // A function word (ان، الى) ends the name, even where a name list has it; بن does not.
            while last + 1 < pieces.count, last - k < 2, !taken[last + 1], pieces[last + 1].gap == .space,
                  isNameLike(pieces[last + 1]) || (type == .person
                      && (pieces[last + 1].key.unicodeScalars.count >= 3 || AlignmentState.patronymics.contains(pieces[last + 1].key))
                      && lexicon.isName(ArabicLexicon.analysisForm(String(pieces[last + 1].text)))) {
                last += 1
            }
            var mention = RawMention(first: k, last: last, type: type, entry: nil,
                                     key: pieces[k...last].map(\.key).joined(separator: " "))
            mention.cue = String(pieces[k - 1].text)
            mentions.append(mention)
            k = last + 1
        }
        return mentions
    }

    /// Credit words before a journalist's name: تحرير (edited by), إعداد
    /// (prepared by), بقلم (written by), ترجمة (translated by), تصوير (photo by).
    static let creditCues: Set<String> = Set(["تحرير", "اعداد", "إعداد", "بقلم", "ترجمة", "تصوير"].map(Gazetteer.arabicKey))

    /// Whether a key is a credit word, with its conjunction or without (وتحرير).
    static func isCredit(_ key: String) -> Bool { withConjunction(key).contains(where: creditCues.contains) }

    /// A cue word's key, and without its conjunction و or ف when it has one
    /// (وتحرير is و + تحرير); cue lists hold the bare words.
    static func withConjunction(_ key: String) -> [String] {
        key.hasPrefix("و") || key.hasPrefix("ف") ? [key, String(key.unicodeScalars.dropFirst())] : [key]
    }

    /// The type of name a cue word announces, if it is one: with its
    /// conjunction too (وتحرير is و + تحرير).
    static func cueType(_ key: String) -> EntityType? {
        for form in withConjunction(key) {
            if personCues.contains(form) { return .person }
            if placeCues.contains(form) { return .location }
        }
        return nil
    }

    /// A word that could be a name: Arabic letters, not a function word, and
    /// either a known name or not ordinary vocabulary (Ayaspell's stems, or
    /// seen 10 times or more in the frequency list).
    func isNameLike(_ piece: Document.Piece) -> Bool {
        guard !piece.isNumber, piece.key.unicodeScalars.count >= 3,
              Self.isArabicLetters(piece.key) else { return false }
        let form = ArabicLexicon.analysisForm(String(piece.text))
        if lexicon.isName(form) { return true }
        var forms = [form]
        if form.hasPrefix("ال"), form.unicodeScalars.count > 4 { forms.append(String(form.unicodeScalars.dropFirst(2))) }
        for variant in variants(form).dropFirst() { forms.append(variant.key) }
        return !forms.contains {
            lexicon.isStem($0) || lexicon.isInflected($0) || lexicon.isKnownStem($0) || frequency.isCommon($0)
        }
    }

    /// UTF-8 length of the first `letters` letters of a word (with any marks after them).
    func prefixBytes(_ word: Substring, letters: Int) -> Int {
        guard letters > 0 else { return 0 }
        var seen = 0, bytes = 0
        for scalar in word.unicodeScalars {
            if scalar.properties.generalCategory == .nonspacingMark || scalar == "\u{0640}" {
                if seen > 0 { bytes += scalar.utf8.count }
                continue
            }
            if seen == letters { break }
            seen += 1
            bytes += scalar.utf8.count
        }
        return bytes
    }
}
