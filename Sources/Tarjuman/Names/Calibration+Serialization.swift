extension Calibration {
    /// Reads the `c<TAB>perToken<TAB>omitted<TAB>conflicting<TAB>bias` line of a model file.
    ///
    /// - Parameters:
    ///   - text: A name model file's text (`Data/models/name-model.tsv`'s format).
    ///   - source: The file's name, for errors.
    /// - Throws: ``DataFileError`` when the line is missing or bad.
    public init(parsing text: String, source: String = "name model") throws(DataFileError) {
        for (index, line) in text.dataLines().enumerated() where line.hasPrefix("c\t") {
            let values = line.split(separator: "\t").dropFirst().compactMap { Double($0) }
            guard values.count == 4, values.allSatisfy(\.isFinite) else {
                throw DataFileError(source: source, line: index + 1, message: "expected c and four finite numbers")
            }
            self.init(perToken: values[0], omitted: values[1], conflicting: values[2], bias: values[3])
            return
        }
        throw DataFileError(source: source, line: 0, message: "no calibration (c) line")
    }

    /// The line that stores this calibration in a model file.
    public var serialized: String { "c\t\(perToken)\t\(omitted)\t\(conflicting)\t\(bias)" }

}

