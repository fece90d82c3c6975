/// How a WordNet gloss divides into a definition and example sentences.
///
/// A gloss reads `definition; "example one"; "example two"`: the definition runs to the first
/// double quote, and each quoted stretch after it is an example (an attribution after the
/// closing quote, such as `- Shakespeare`, is dropped).
enum Gloss {
    static func split(_ gloss: String) -> (definition: String, examples: [String]) {
        guard let quote = gloss.firstIndex(of: "\"") else { return (clean(gloss), []) }
        let definition = clean(String(gloss[..<quote]))
        var examples: [String] = []
        var rest = gloss[gloss.index(after: quote)...]
        while let close = rest.firstIndex(of: "\"") {
            let example = String(rest[..<close]).trimming([" "])
            if !example.isEmpty { examples.append(example) }
            rest = rest[rest.index(after: close)...]
            guard let open = rest.firstIndex(of: "\"") else { break }
            rest = rest[rest.index(after: open)...]
        }
        return (definition, examples)
    }

    /// The definition without the separators left before its examples.
    static func clean(_ text: String) -> String {
        text.trimming([" ", ";", ":", ","])
    }
}
