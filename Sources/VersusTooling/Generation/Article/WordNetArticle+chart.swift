extension WordNetArticle {
    /// A chart value for a side WordNet says nothing about.
    static let noValue = "—"

    /// The comparison chart: part of speech, kind, field and number of senses always; other
    /// names, opposites and domains when either term has them.
    func chart() -> [(label: String, a: String, b: String)] {
        var rows: [(label: String, a: String, b: String)] = []
        func row(_ label: String, _ value: (TermFacts) -> String?) {
            let (x, y) = (value(a), value(b))
            guard x != nil || y != nil else { return }
            rows.append((label, x ?? Self.noValue, y ?? Self.noValue))
        }
        func list(_ words: [String]) -> String? { words.isEmpty ? nil : Prose.capitalized(words.prefix(3).joined(separator: ", ")) }
        row("Part of speech") { Prose.capitalized($0.partsOfSpeech.map(\.name).joined(separator: ", ")) }
        row("Kind of") { $0.hypernyms.first.map { Prose.capitalized($0.words[0]) } }
        row("Field") { Prose.capitalized($0.field) }
        row("Other names") { list($0.synonyms) }
        row("Opposite") { list($0.antonyms) }
        row("Used in") { list($0.domains.map(\.domain)) }
        row("Number of senses") { String($0.senses.count) }
        return rows
    }
}
