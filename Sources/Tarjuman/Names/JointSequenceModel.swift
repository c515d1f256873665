import Dispatch

/// A joint-sequence (grapheme-pair n-gram) model of how names are spelled
/// across scripts: a name pair is a sequence of units, each a source letter
/// with the target letters it became (م|mu ص|s ط|ta ف|f ى|a), and the model
/// is an n-gram over units (order 5 by default), Witten-Bell smoothed. Generation searches for the
/// most probable unit sequences over a source name's letters, so each choice
/// sees the two before it (ف|f after ط|ta, not ف|v as in Slavic names).
///
/// Units come from the name model's Viterbi alignments of the train pairs
/// (`tarjuman-dev train-romanizer`; the shipped models are
/// `Data/models/romanizer.tsv` and `arabizer.tsv`).
public struct JointSequenceModel: Sendable {
    /// Which way the model spells.
    public enum Direction: String, Sendable, CaseIterable {
        /// Arabic letters to English letters (romanization).
        case arabicToEnglish = "arabic-english"
        /// English letters to Arabic letters (arabization).
        case englishToArabic = "english-arabic"
    }

    /// The direction.
    public let direction: Direction
    /// The n-gram order (units of context plus one).
    public var order: Int { tables.order }

    /// The tables a model decodes with: built when a model is trained or
    /// read from text, and at first use for the built-in models.
    let content: Content
    enum Content: Sendable {
        case built(JointTables)
        case builtIn
    }

    @inline(__always)
    var tables: JointTables {
        switch content {
        case .built(let tables): return tables
        case .builtIn: return direction == .arabicToEnglish ? Self.romanizerTables : Self.arabizerTables
        }
    }

    /// Up to eight unit ids, 16 bits each, oldest first; slot values are id + 1.
    package struct Gram: Hashable {
        var low: UInt64 = 0
        var high: UInt64 = 0

        package init() {}
        package init(_ ids: some Collection<Int>) {
            for id in ids { append(id) }
        }
        /// Adds `id` as the newest unit.
        package mutating func append(_ id: Int) {
            high = high << 16 | low >> 48
            low = low << 16 | UInt64(id + 1)
        }
        static func single(_ id: Int) -> Gram {
            var g = Gram()
            g.low = UInt64(id + 1)
            return g
        }
        /// The newest `k` units.
        @inline(__always)
        func suffix(_ k: Int) -> Gram {
            var g = Gram()
            if k >= 8 { return self }
            if k * 16 >= 64 {
                g.low = low
                let bits = k * 16 - 64
                g.high = bits == 0 ? 0 : high & ((UInt64(1) << UInt64(bits)) - 1)
            } else {
                g.low = low & ((UInt64(1) << UInt64(k * 16)) - 1)
            }
            return g
        }
        /// Whether the newest `k` slots are not all filled.
        @inline(__always)
        func isEmpty(_ k: Int) -> Bool {
            let slot = k - 1
            let value = slot >= 4 ? high >> UInt64((slot - 4) * 16) & 0xFFFF : low >> UInt64(slot * 16) & 0xFFFF
            return value == 0
        }
        /// The sequence without its newest unit (its history).
        @inline(__always)
        func droppingNewest() -> Gram {
            var g = Gram()
            g.low = low >> 16 | high << 48
            g.high = high >> 16
            return g
        }
        @inline(__always)
        func appending(_ id: Int) -> Gram {
            var g = self
            g.append(id)
            return g
        }
        var ids: [Int] {
            var result: [Int] = []
            var l = low, h = high
            while l != 0 || h != 0 { result.append(Int(l & 0xFFFF) - 1); l = l >> 16 | (h & 0xFFFF) << 48; h >>= 16 }
            return result.reversed()
        }
    }

    /// A model from the full-order counts of training (each position's n-gram).
    package init(direction: Direction, order: Int, units: [(UInt8, [UInt8])], topCounts: [Gram: Double]) {
        self.direction = direction
        let grams = topCounts.map { (gram: $0.key, count: $0.value) }
            .sorted { ($0.gram.high, $0.gram.low) < ($1.gram.high, $1.gram.low) }
        self.content = .built(JointTables(direction: direction, order: order, units: units, grams: grams))
    }

    /// A built-in model: its tables are decoded from the data pack at first use.
    init(builtIn direction: Direction) {
        self.direction = direction
        self.content = .builtIn
    }

    /// A generated spelling: target symbols and log-probability.
    public struct Spelling: Sendable, Hashable {
        /// Target letter symbols (see ``NameForms``).
        public let symbols: [UInt8]
        /// log P(unit sequence), best segmentation.
        public let logProbability: Double
    }

    /// The `count` most probable target spellings of `source` (symbols), best
    /// first: a beam search over units, one state per (context, output).
    public func spell(_ source: [UInt8], count: Int, beamWidth: Int = 48) -> [Spelling] {
        tables.spell(source, count: count, beamWidth: beamWidth)
    }

    /// Units of a symbol always tried, besides those seen after the previous unit.
    static let commonUnits = 6

    // MARK: Training

}

extension JointSequenceModel {
    /// Version of the text format.
    public static let formatVersion = 1

    /// The model as text: `# direction:` and `# order:` lines, `u` rows (unit
    /// id, source letter, target letters or `-`), `g` rows (one training
    /// position's n-gram, unit ids space-separated; its count).
    public func serialized(header: [String]) -> String {
        let sourceLetter: (UInt8) -> String = direction == .arabicToEnglish
            ? { String(NameForms.arabicLetter($0)) } : { NameForms.englishString([$0]) }
        let targetLetters: ([UInt8]) -> String = direction == .arabicToEnglish
            ? { NameForms.englishString($0) } : { String($0.map(NameForms.arabicLetter)) }
        var lines = ["# tarjuman joint sequence model, format \(Self.formatVersion)"] + header.map { "# " + $0 }
        lines.append("# direction: \(direction.rawValue)")
        for (index, unit) in tables.units.enumerated() {
            lines.append("u\t\(index + 1)\t\(sourceLetter(unit.0))\t\(unit.1.isEmpty ? "-" : targetLetters(unit.1))")
        }
        lines.append("# order: \(order)")
        // Every count is kept: leaving out sequences seen once halves the
        // dev split's top-1 (Witten-Bell needs the singletons' types).
        for (gram, count) in tables.grams.map({ ($0.gram.ids, $0.count) }).sorted(by: { $0.0.lexicographicallyPrecedes($1.0) }) {
            let value = count == count.rounded() ? String(Int(count)) : String((count * 1000).rounded() / 1000)
            lines.append("g\t" + gram.map(String.init).joined(separator: " ") + "\t" + value)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Reads ``serialized(header:)`` text.
    ///
    /// - Parameters:
    ///   - text: The model's text (format 1).
    ///   - source: The file's name, for errors.
    /// - Throws: ``DataFileError`` naming the first bad line.
    public init(parsing text: String, source: String = "joint-sequence model") throws(DataFileError) {
        var direction: Direction?
        var units: [(UInt8, [UInt8])] = []
        var counts: [Gram: Double] = [:]
        var order = 0
        for (index, line) in text.dataLines().enumerated() where !line.isEmpty {
            func bad(_ message: String) -> DataFileError { DataFileError(source: source, line: index + 1, message: message) }
            if line.hasPrefix("g\t") {
                // The bulk of the file: parse the bytes directly.
                guard let gram = Self.parseGram(line.utf8, units: units.count) else {
                    throw bad("expected g<TAB>unit ids (known units, at most 8)<TAB>positive count")
                }
                counts[gram.gram] = gram.count
                continue
            }
            if line.hasPrefix("# direction: ") { direction = Direction(rawValue: String(line.dropFirst(13))) ; continue }
            if line.hasPrefix("# order: ") { order = Int(line.dropFirst(9)) ?? 0; continue }
            if line.hasPrefix("#") { continue }
            let f = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard let direction else { throw bad("a `# direction:` line must come before the units") }
            guard f.first == "u", f.count == 4, Int(f[1]) == units.count + 1 else {
                throw bad("expected u<TAB>\(units.count + 1)<TAB>source letter<TAB>target letters")
            }
            let arabicSource = direction == .arabicToEnglish
            let source = arabicSource ? NameForms.arabicSymbols(String(f[2])) : NameForms.englishSymbols(String(f[2]))
            let target = f[3] == "-" ? [] : (arabicSource ? NameForms.englishSymbols(String(f[3])) : NameForms.arabicSymbols(String(f[3])))
            guard source.count == 1 else { throw bad("a unit's source is one letter") }
            units.append((source[0], target))
        }
        guard let direction, !units.isEmpty, (2...6).contains(order) else {
            throw DataFileError(source: source, line: 0, message: "not a joint-sequence model (format \(Self.formatVersion): a direction, units, and an order of 2 to 6)")
        }
        self.init(direction: direction, order: order, units: units, topCounts: counts)
    }

    /// `g<TAB>id id ...<TAB>count`.
    static func parseGram(_ bytes: Substring.UTF8View, units: Int) -> (gram: Gram, count: Double)? {
        var gram = Gram()
        var field = 0, value = 0, digits = 0, ids = 0
        var countText = Substring.UTF8View.SubSequence?.none
        var index = bytes.index(bytes.startIndex, offsetBy: 2)
        while index < bytes.endIndex {
            let byte = bytes[index]
            if field == 0 {
                if byte >= 0x30 && byte <= 0x39 {
                    value = value * 10 + Int(byte - 0x30)
                    digits += 1
                } else if byte == 0x20 || byte == 0x09 {
                    guard digits > 0, value <= units, ids < 8 else { return nil }
                    gram.append(value)
                    ids += 1
                    value = 0
                    digits = 0
                    if byte == 0x09 {
                        field = 1
                        countText = bytes[bytes.index(after: index)...]
                        break
                    }
                } else {
                    return nil
                }
            }
            index = bytes.index(after: index)
        }
        guard field == 1, let countText, let count = Double(String(Substring(countText))), count > 0 else { return nil }
        return (gram, count)
    }
}

/// What a ``GramTable`` stores for a gram: a slot is empty while its value is.
protocol GramTableValue {
    /// The value of an absent gram.
    static var empty: Self { get }
    /// Whether this is not ``empty`` (occupied slots hold positive counts).
    var isOccupied: Bool { get }
    /// Adds another value of the same gram.
    mutating func accumulate(_ other: Self)
}

extension Double: GramTableValue {
    static var empty: Double { 0 }
    var isOccupied: Bool { self != 0 }
    mutating func accumulate(_ other: Double) { self += other }
}

/// A history's total count and the number of distinct units seen after it.
struct HistoryStats: GramTableValue {
    var count: Double
    var types: Double
    static var empty: HistoryStats { HistoryStats(count: 0, types: 0) }
    var isOccupied: Bool { count != 0 }
    mutating func accumulate(_ other: HistoryStats) {
        count += other.count
        types += other.types
    }
}

/// An open-addressing hash table from ``JointSequenceModel/Gram`` to a value
/// (``GramTableValue/empty`` when absent): the n-gram lookups of the
/// decoder's inner loop. Counts and history statistics share it.
struct GramTable<Value: GramTableValue>: Sendable where Value: Sendable {
    /// One slot: the gram and its value. Kept together so that a probe
    /// touches one cache line, not three.
    struct Slot: Sendable {
        var low: UInt64 = 0
        var high: UInt64 = 0
        var value: Value = .empty
    }
    private var slots: [Slot]
    private var mask: Int
    private var used = 0

    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: Slot(), count: size)
        mask = size - 1
    }

    @inline(__always)
    func slot(_ low: UInt64, _ high: UInt64) -> Int {
        let h = (low ^ (high &* 0xff51afd7ed558ccd)) &* 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: h >> 29) & mask
    }

    /// Adds `value` (occupied) to `gram`'s; returns whether the gram is new.
    @discardableResult
    mutating func add(_ gram: JointSequenceModel.Gram, _ value: Value) -> Bool {
        if used * 2 >= slots.count { grow() }
        var i = slot(gram.low, gram.high)
        while slots[i].value.isOccupied {
            if slots[i].low == gram.low && slots[i].high == gram.high {
                slots[i].value.accumulate(value)
                return false
            }
            i = (i + 1) & mask
        }
        slots[i] = Slot(low: gram.low, high: gram.high, value: value)
        used += 1
        return true
    }

    private mutating func grow() {
        let old = slots
        self = GramTable(capacity: old.count)
        for slot in old where slot.value.isOccupied {
            var gram = JointSequenceModel.Gram()
            gram.low = slot.low
            gram.high = slot.high
            add(gram, slot.value)
        }
    }

    /// The value of `gram`, or ``GramTableValue/empty``.
    @inline(__always)
    subscript(_ gram: JointSequenceModel.Gram) -> Value {
        var i = slot(gram.low, gram.high)
        while true {
            let slot = slots[i]
            if !slot.value.isOccupied { return .empty }
            if slot.low == gram.low && slot.high == gram.high { return slot.value }
            i = (i + 1) & mask
        }
    }

    /// Every stored gram with its value.
    func forEach(_ body: (JointSequenceModel.Gram, Value) -> Void) {
        for slot in slots where slot.value.isOccupied {
            var gram = JointSequenceModel.Gram()
            gram.low = slot.low
            gram.high = slot.high
            body(gram, slot.value)
        }
    }
}

extension JointSequenceModel {
    /// log P(source, target): the probability that the model spells `source`
    /// as exactly `target`, summed over the unit segmentations a beam search
    /// keeps; `-infinity` if none reaches it.
    public func logJointProbability(source: [UInt8], target: [UInt8], beamWidth: Int = 32) -> Double {
        tables.logJointProbability(source: source, target: target, beamWidth: beamWidth)
    }
}

extension JointTables {
    /// log P(source, target): the probability that the model spells `source`
    /// as exactly `target`, summed over the unit segmentations a beam search
    /// keeps; `-infinity` if none reaches it.
    func logJointProbability(source: [UInt8], target: [UInt8], beamWidth: Int = 32) -> Double {
        guard !source.isEmpty, !target.isEmpty, unitSource.count > 1 else { return -.infinity }
        struct Key: Hashable { let context: Gram; let consumed: Int }
        let keep = order - 1
        var beam: [(key: Key, score: Double)] = [(Key(context: Gram.single(0), consumed: 0), 0)]
        for symbol in source {
            guard Int(symbol) < unitsOf.count else { return -.infinity }
            var next: [Key: Double] = [:]
            for state in beam {
                for u in unitsOf[Int(symbol)] {
                    let letters = unitTarget[u]
                    let end = state.key.consumed + letters.count
                    guard end <= target.count, letters.elementsEqual(target[state.key.consumed..<end]) else { continue }
                    let key = Key(context: state.key.context.appending(u).suffix(keep), consumed: end)
                    let score = state.score + logProbability(state.key.context, u)
                    next[key] = next[key].map { logAdd($0, score) } ?? score
                }
            }
            if next.isEmpty { return -.infinity }
            // Ties broken by the state itself, so the beam (and the sum) never depends on hash order.
            beam = next.map { (key: $0.key, score: $0.value) }.sorted { a, b in
                if a.score != b.score { return a.score > b.score }
                if a.key.consumed != b.key.consumed { return a.key.consumed < b.key.consumed }
                return (a.key.context.high, a.key.context.low) < (b.key.context.high, b.key.context.low)
            }.prefix(beamWidth).map { $0 }
        }
        var total = -Double.infinity
        for state in beam where state.key.consumed == target.count {
            total = logAdd(total, state.score + logProbability(state.key.context, 0))
        }
        return total
    }
}


/// The decoding tables of a ``JointSequenceModel``: unit inventory, n-gram
/// counts and the lookups the beam search needs. Immutable once built.
final class JointTables: Sendable {
    typealias Gram = JointSequenceModel.Gram
    let direction: JointSequenceModel.Direction
    /// The n-gram order (units of context plus one).
    let order: Int
    /// Unit 0 is the name boundary; others are (source symbol, target symbols).
    let unitSource: [UInt8]
    let unitTarget: [[UInt8]]
    /// Counts of unit sequences of every length 1...order (packed, see ``Gram``).
    let counts: GramTable<Double>
    /// For each history (length 0...order-1): total count, and distinct followers.
    /// For each history: its total count and how many distinct units followed it.
    let histories: GramTable<HistoryStats>
    /// Candidate units of each source symbol, most frequent first.
    let unitsOf: [[Int]]
    /// Units of a source symbol seen right after a unit: key unit << 8 | symbol.
    let followers: [Int: [Int]]
    /// Count of all unit positions.
    let total: Double
    let units: [(UInt8, [UInt8])]
    /// Each training position's n-gram with its count, sorted by (high, low):
    /// what is stored.
    let grams: [(gram: Gram, count: Double)]

    /// A model from the full-order counts of training (each position's n-gram).
    init(direction: JointSequenceModel.Direction, order: Int, units: [(UInt8, [UInt8])], grams: [(gram: Gram, count: Double)]) {
        self.direction = direction
        self.order = order
        unitSource = [255] + units.map(\.0)
        unitTarget = [[]] + units.map(\.1)
        self.units = units
        self.grams = grams
        // Every suffix of every stored n-gram is a shorter n-gram; the newest
        // unit sits in the lowest 16 bits, so suffixes and histories are masks
        // and shifts, with no arrays.
        // About 2.5 distinct suffixes and 1.5 distinct histories per stored
        // n-gram in the shipped models: sized so neither table grows.
        var counts = GramTable<Double>(capacity: grams.count * 5 / 2 + 16)
        var histories = GramTable<HistoryStats>(capacity: grams.count * 3 / 2 + 16)
        // In a fixed order (the callers sort): the sums below are floating
        // point, and hash order would change their last bits from run to run.
        for (gram, c) in grams {
            var k = 1
            while k <= 8, !gram.isEmpty(k) {
                let suffix = gram.suffix(k)
                let history = suffix.droppingNewest()
                let newType = counts.add(suffix, c)
                histories.add(history, HistoryStats(count: c, types: newType ? 1 : 0))
                k += 1
            }
        }
        self.counts = counts
        self.histories = histories
        self.total = histories[Gram()].count
        var unitsOf = [[Int]](repeating: [], count: 64)
        for u in 1..<unitSource.count where Int(unitSource[u]) < 64 && counts[Gram.single(u)] >= 2 {
            unitsOf[Int(unitSource[u])].append(u)
        }
        self.unitsOf = unitsOf.map { list in Array(list.sorted { counts[Gram.single($0)] > counts[Gram.single($1)] }.prefix(96)) }
        var followers: [Int: [Int]] = [:]
        let sources = [UInt8(255)] + units.map(\.0)
        counts.forEach { gram, _ in
            guard !gram.isEmpty(2), gram.isEmpty(3) else { return }
            let newest = Int(gram.low & 0xFFFF) - 1, previous = Int(gram.low >> 16 & 0xFFFF) - 1
            guard newest > 0, Int(sources[newest]) < 64 else { return }
            followers[previous << 8 | Int(sources[newest]), default: []].append(newest)
        }
        self.followers = followers.mapValues { $0.sorted() }
    }

    /// log P(u | context): the context's newest `order - 1` units count,
    /// interpolated Witten-Bell down to an add-half unigram.
    @inline(__always)
    func logProbability(_ context: Gram, _ u: Int) -> Double {
        let v = Double(unitSource.count)
        var p = (counts[Gram.single(u)] + 0.5) / (total + 0.5 * v)
        var k = 1
        while k < order {
            let history = context.suffix(k)
            if history.isEmpty(k) { break }
            let stats = histories[history]
            let n = stats.count, types = stats.types
            if n == 0 { break }
            p = (counts[history.appending(u)] + types * p) / (n + types)
            k += 1
        }
        return log(p)
    }

    /// The `count` most probable target spellings of `source` (symbols), best
    /// first: a beam search over units, one state per (context, output).
    func spell(_ source: [UInt8], count: Int, beamWidth: Int = 48) -> [JointSequenceModel.Spelling] {
        guard !source.isEmpty, count > 0, unitSource.count > 1 else { return [] }
        struct State { var context: Gram; var node: Int32; var hash: UInt64; var score: Double }
        struct Key: Hashable { let context: Gram; let hash: UInt64 }
        // Search tree: each node is (parent, unit); outputs are rebuilt at the end.
        var parents: [Int32] = [-1], nodeUnits: [Int32] = [0]
        let keep = order - 1
        var beam = [State(context: Gram.single(0), node: 0, hash: 0xcbf29ce484222325, score: 0)]
        for symbol in source {
            guard Int(symbol) < unitsOf.count else { return [] }
            let common = unitsOf[Int(symbol)]
            if common.isEmpty { return [] }
            var next: [State] = []
            next.reserveCapacity(beam.count * 24)
            for state in beam {
                // Units seen after the previous one, and the symbol's most common units.
                let previous = Int(state.context.low & 0xFFFF) - 1
                let seen = followers[previous << 8 | Int(symbol)] ?? []
                func consider(_ u: Int) {
                    var hash = state.hash
                    for letter in unitTarget[u] { hash = (hash ^ UInt64(letter + 1)) &* 0x100000001b3 }
                    nodeUnits.append(Int32(u))
                    parents.append(state.node)
                    next.append(State(context: state.context.appending(u).suffix(keep), node: Int32(nodeUnits.count - 1),
                                      hash: hash, score: state.score + logProbability(state.context, u)))
                }
                for u in seen { consider(u) }
                for u in common.prefix(JointSequenceModel.commonUnits) where !seen.contains(u) { consider(u) }
            }
            next.sort { $0.score > $1.score }
            var seen = Set<Key>()
            beam = []
            for state in next where seen.insert(Key(context: state.context, hash: state.hash)).inserted {
                beam.append(state)
                if beam.count == beamWidth { break }
            }
        }
        var best: [UInt64: (node: Int32, score: Double)] = [:]
        for state in beam {
            let score = state.score + logProbability(state.context, 0)
            // Segmentations of one spelling add up.
            if let known = best[state.hash] {
                best[state.hash] = (known.score >= score ? known.node : state.node, logAdd(known.score, score))
            } else {
                best[state.hash] = (state.node, score)
            }
        }
        func output(_ node: Int32) -> [UInt8] {
            var pieces: [[UInt8]] = []
            var n = node
            while n > 0 { pieces.append(unitTarget[Int(nodeUnits[Int(n)])]); n = parents[Int(n)] }
            return pieces.reversed().flatMap { $0 }
        }
        return best.values.map { JointSequenceModel.Spelling(symbols: output($0.node), logProbability: $0.score) }
            .filter { !$0.symbols.isEmpty }
            .sorted { $0.logProbability != $1.logProbability ? $0.logProbability > $1.logProbability : $0.symbols.lexicographicallyPrecedes($1.symbols) }
            .prefix(count).map { $0 }
    }

}

extension JointSequenceModel {
    /// The shipped Arabic → English model (`Data/models/romanizer.tsv`), its
    /// tables decoded from the data pack at first use.
    public static let builtInRomanizer = JointSequenceModel(builtIn: .arabicToEnglish)
    /// The shipped English → Arabic model (`Data/models/arabizer.tsv`).
    public static let builtInArabizer = JointSequenceModel(builtIn: .englishToArabic)

    /// Starts building a built-in model's tables on another thread, so that
    /// its first use waits less (a report aligner calls this when it is
    /// made; the alignment's own work runs meanwhile).
    func prepareInBackground() {
        guard case .builtIn = content else { return }
        let direction = direction
        DispatchQueue.global(qos: .userInitiated).async {
            _ = direction == .arabicToEnglish ? Self.romanizerTables : Self.arabizerTables
        }
    }

    static let romanizerTables = DataPack.load("romanizer") { (reader: inout BinaryReader) throws(DataError) in
        try JointTables(decoding: &reader, direction: .arabicToEnglish)
    }
    static let arabizerTables = DataPack.load("arabizer") { (reader: inout BinaryReader) throws(DataError) in
        try JointTables(decoding: &reader, direction: .englishToArabic)
    }

    /// Writes the model as a data pack section: order, units, and each stored
    /// n-gram (its low 64 and high 32 bits: orders up to 6) with its count in thousandths (the text
    /// format keeps three decimals, so the counts are exact).
    package func encode(into writer: inout BinaryWriter) throws(DataError) {
        let t = tables
        writer.int(t.order)
        writer.array(t.units.map(\.0))
        var offsets: [UInt32] = [0], letters: [UInt8] = []
        for unit in t.units {
            letters += unit.1
            offsets.append(UInt32(letters.count))
        }
        writer.array(offsets)
        writer.array(letters)
        writer.array(t.grams.map(\.gram.low))
        writer.array(t.grams.map { UInt32(truncatingIfNeeded: $0.gram.high) })
        var thousandths: [UInt32] = []
        for (gram, count) in t.grams {
            let scaled = (count * 1000).rounded()
            guard gram.high <= UInt64(UInt32.max), scaled >= 1, scaled <= Double(UInt32.max), Double(UInt32(scaled)) / 1000 == count else {
                throw DataError(section: direction.rawValue, message: "count \(count) of \(gram.ids) is not a whole number of thousandths")
            }
            thousandths.append(UInt32(scaled))
        }
        writer.array(thousandths)
    }
}

extension JointTables {
    convenience init(decoding reader: inout BinaryReader, direction: JointSequenceModel.Direction) throws(DataError) {
        let order = try reader.int()
        let sources = try reader.array(UInt8.self), offsets = try reader.array(UInt32.self), letters = try reader.array(UInt8.self)
        let lows = try reader.array(UInt64.self), highs = try reader.array(UInt32.self), counts = try reader.array(UInt32.self)
        guard (2...8).contains(order), offsets.count == sources.count + 1, offsets.last.map(Int.init) == letters.count,
              lows.count == highs.count, lows.count == counts.count else { throw reader.corrupt("joint model") }
        var units: [(UInt8, [UInt8])] = []
        units.reserveCapacity(sources.count)
        for i in 0..<sources.count {
            guard offsets[i] <= offsets[i + 1] else { throw reader.corrupt("unit") }
            units.append((sources[i], Array(letters[Int(offsets[i])..<Int(offsets[i + 1])])))
        }
        var grams: [(gram: Gram, count: Double)] = []
        grams.reserveCapacity(lows.count)
        for i in 0..<lows.count {
            var gram = Gram()
            gram.low = lows[i]
            gram.high = UInt64(highs[i])
            grams.append((gram, Double(counts[i]) / 1000))
        }
        self.init(direction: direction, order: order, units: units, grams: grams)
    }
}

/// log(exp(a) + exp(b)), safe for -infinity.
func logAdd(_ a: Double, _ b: Double) -> Double {
    if a == -.infinity { return b }
    if b == -.infinity { return a }
    let high = max(a, b), low = min(a, b)
    return high + log(1 + exp(low - high))
}
