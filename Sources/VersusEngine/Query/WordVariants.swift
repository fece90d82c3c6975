/// Forms of a query word that mean the same to a reader but that the Porter stemmer keeps apart.
///
/// - Singular and plural: Porter strips a final `s` but not `es`, so `virus` stems to `viru` and
///   `viruses` to `virus` (`bus`/`buses`, `gas`/`gases`, `lens`/`lenses` split the same way). A
///   person asking "can antibiotics kill a virus" means the FAQ "Do antibiotics work on viruses?".
/// - Adjective and adverb: Porter leaves a plain `-ly` (`suddenly` stems to `suddenli`, `sudden`
///   to `sudden`), so "does the flu come on suddenly" would miss a chart row that says "Sudden".
///
/// - Adjective and noun: `empathetic` stems to `empathet`, `empathy` to `empathi`; "how to be
///   more empathetic" asks about empathy (`-etic`, `-ic`, `-ical` beside `-y`).
/// - Comparative and plain form: `older` stems to `older`, `old` to `old`.
/// - Singular in `-f` or `-fe` and plural in `-ves`: `wolf` stems to `wolf`, `wolves` to `wolv`.
///
/// A form joins the query word as an alternative when the index holds it.
enum WordVariants {
    /// The forms of `word` that the lexicon holds under a stem other than the word's own.
    static func variants(of word: String, in lexicon: Lexicon) -> [String] {
        guard word.count >= 3, word.allSatisfy(\.isLetter) else { return [] }
        var forms = [word + "s", word + "es", word + "ly"]
        if word.hasSuffix("es") { forms.append(String(word.dropLast(2))) }
        if word.hasSuffix("s") { forms.append(String(word.dropLast())) }
        if word.hasSuffix("ly") { forms.append(String(word.dropLast(2))) }
        // The nouns whose plural turns "-f" or "-fe" into "-ves" (Porter stems `wolves` to `wolv`);
        // "knive", a slip for either form, is read as both ("knives" is `word + "s"`).
        if let plural = fPlurals[word] { forms.append(plural) }
        if let singular = fSingulars[word] ?? fSingulars[word + "s"] { forms.append(singular) }
        if word.hasSuffix("ily") { forms.append(String(word.dropLast(3)) + "y") }
        if word.hasSuffix("y") { forms.append(String(word.dropLast()) + "ily") }
        for suffix in ["etic", "ical", "ic"] where word.hasSuffix(suffix) {
            forms.append(String(word.dropLast(suffix.count)) + "y")
        }
        if word.hasSuffix("er") || word.hasSuffix("est") {
            let base = word.dropLast(word.hasSuffix("er") ? 2 : 3)
            forms.append(String(base))
            // "bigger" → "big": a doubled final consonant.
            if let last = base.last, base.dropLast().last == last { forms.append(String(base.dropLast())) }
        }
        let stem = PorterStemmer.stem(word)
        return forms.filter { form in
            form.count >= 3 && lexicon.wordFrequency[form] != nil && PorterStemmer.stem(form) != stem
        }
    }

    /// Nouns in "-f" or "-fe" with their "-ves" plurals. A list, not a rule: "safe" is no "saves",
    /// nor "belief" "believes".
    static let fPlurals: [String: String] = [
        "knife": "knives", "wife": "wives", "life": "lives", "leaf": "leaves", "loaf": "loaves", "half": "halves",
        "calf": "calves", "shelf": "shelves", "self": "selves", "wolf": "wolves", "elf": "elves", "thief": "thieves",
        "sheaf": "sheaves", "scarf": "scarves", "hoof": "hooves", "wharf": "wharves", "dwarf": "dwarves",
    ]

    /// ``fPlurals`` the other way.
    static let fSingulars: [String: String] = Dictionary(fPlurals.map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
}
