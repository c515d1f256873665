extension TransliterationModel {
    /// The shipped model, learned from the train splits of the name data
    /// (`Data/models/name-model.tsv`, rebuilt by `make data`), read from the
    /// data pack's `name-model` section.
    public static let builtIn: TransliterationModel = builtInWithCalibration.model

    /// The model and its calibration, as the pack stores them.
    static let builtInWithCalibration = DataPack.load("name-model") {
        (reader: inout BinaryReader) throws(DataError) -> (model: TransliterationModel, calibration: Calibration) in
        let forward = try EmissionTable(decoding: &reader), reverse = try EmissionTable(decoding: &reader)
        let english = try LetterModel(decoding: &reader, alphabet: englishAlphabet)
        let arabic = try LetterModel(decoding: &reader, alphabet: arabicAlphabet)
        let c = try reader.doubles()
        guard c.count == 4 else { throw reader.corrupt("calibration") }
        let model = TransliterationModel(
            forward: LetterTransducer(maxEmission: 4, bitsPerSymbol: 5, vowels: arabicVowels, emissions: forward),
            reverse: LetterTransducer(maxEmission: 2, bitsPerSymbol: 6, vowels: englishVowels, emissions: reverse),
            englishModel: english, arabicModel: arabic)
        return (model, Calibration(perToken: c[0], omitted: c[1], conflicting: c[2], bias: c[3]))
    }

    /// Writes the model and `calibration` as the data pack's `name-model` section.
    package func encode(calibration: Calibration, into writer: inout BinaryWriter) {
        forward.emissions.encode(into: &writer)
        reverse.emissions.encode(into: &writer)
        englishModel.encode(into: &writer)
        arabicModel.encode(into: &writer)
        writer.doubles([calibration.perToken, calibration.omitted, calibration.conflicting, calibration.bias])
    }
}

extension Calibration {
    /// The shipped calibration (the `c` line of `Data/models/name-model.tsv`).
    public static let builtIn: Calibration = TransliterationModel.builtInWithCalibration.calibration
}

extension EmissionTable {
    /// The table's slots exactly as they are (so lookups and iteration order
    /// are those of the table that was written).
    func encode(into writer: inout BinaryWriter) {
        writer.array(keys)
        writer.doubles(values)
        writer.int(count)
    }

    init(decoding reader: inout BinaryReader) throws(DataError) {
        let keys = Array(try reader.array(UInt32.self)), values = try reader.doubles(), count = try reader.int()
        guard keys.count == values.count, keys.count >= 16, keys.count & (keys.count - 1) == 0,
              count >= 0, count <= keys.count else { throw reader.corrupt("emission table") }
        self.init(keys: keys, values: values, count: count)
    }
}

extension LetterModel {
    /// Counts (sorted by key) and the smoothed log-probabilities derived from them.
    func encode(into writer: inout BinaryWriter) {
        let sorted = counts.sorted { $0.key < $1.key }
        writer.array(sorted.map { UInt64($0.key) })
        writer.doubles(sorted.map(\.value))
        writer.array(logProbabilities.map(\.bitPattern))
    }

    init(decoding reader: inout BinaryReader, alphabet: Int) throws(DataError) {
        let keys = try reader.array(UInt64.self), values = try reader.doubles()
        let logs = try reader.array(UInt32.self).withMemoryRebound(to: Float.self) { Array($0) }
        let s = alphabet + 1
        guard keys.count == values.count, logs.count == s * s * s,
              keys.allSatisfy({ $0 < UInt64(s * s * s) }) else { throw reader.corrupt("letter model") }
        var counts: [Int: Double] = [:]
        for (key, value) in zip(keys, values) { counts[Int(key)] = value }
        self.init(alphabet: alphabet, counts: counts, logProbabilities: logs)
    }
}
