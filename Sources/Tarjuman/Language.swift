/// One of the two languages Tarjuman works between: which side a name, a
/// report or a query is on.
public enum Language: String, Sendable, Hashable, Codable, CaseIterable {
    /// Arabic, in Arabic script.
    case arabic
    /// English, in Latin script.
    case english

    /// The language of a name's script: Arabic if it has an Arabic letter.
    public init(of name: String) {
        self = NameForms.isArabic(name) ? .arabic : .english
    }
}
