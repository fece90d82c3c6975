/// The generated people and date of an article: its byline line and its footer.
struct Byline {
    let author: String
    let editor: String
    let published: String

    init(_ rng: inout SplitMix64) {
        func pick(_ list: [String]) -> String { list[Int(rng.next() % UInt64(list.count))] }
        author = pick(Self.givenNames) + " " + pick(Self.familyNames)
        editor = pick(Self.givenNames) + " " + pick(Self.familyNames)
        let day = 1 + Int(rng.next() % 28)
        let year = Self.firstYear + Int(rng.next() % UInt64(Self.years))
        published = "\(pick(Self.months)) \(day), \(year)"
    }

    var line: String { "Edited by \(editor) || By \(author) || Published on \(published)" }

    /// The footer: names (kept by the parser as metadata), bios with WordNet's attribution (not
    /// indexed), then the site's trailing lines.
    var footer: [String] {
        [
            "About Author", "Written by", author,
            "\(author) writes about words, their senses and how they differ. \(Self.attribution)",
            "Edited by", editor, "\(editor) edits the Versus Library's comparisons of everyday and technical words.",
            "", "Trending Comparisons", "", "Popular Comparisons", "", "New Comparisons",
        ]
    }

    /// Where the definitions come from, as WordNet's licence asks copies to say.
    static let attribution = "Definitions and examples come from WordNet 3.0, Copyright 2006 by Princeton University."

    /// Publication years: the five years before the bundled corpus's newest articles.
    static let firstYear = 2021
    static let years = 5

    static let months = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December",
    ]
    static let givenNames = [
        "Ada", "Amara", "Anton", "Beatrix", "Bruno", "Camille", "Dario", "Delia", "Elias", "Esme", "Farid", "Freya",
        "Gideon", "Greta", "Hana", "Ilya", "Imogen", "Jonah", "Juno", "Kasper", "Leona", "Linus", "Maeve", "Mateo",
        "Nadia", "Nils", "Odette", "Oren", "Paloma", "Quentin", "Rhea", "Rohan", "Saskia", "Tobias", "Ulla", "Vera",
        "Wendell", "Xenia", "Yusuf", "Zora",
    ]
    static let familyNames = [
        "Abernathy", "Balogun", "Castellanos", "Dunmore", "Eriksen", "Fairweather", "Galloway", "Hartigan", "Ibarra",
        "Jablonski", "Kowalczyk", "Lindqvist", "Marchetti", "Nakamura", "Okonkwo", "Pemberton", "Quintero", "Ravensworth",
        "Sandoval", "Thackeray", "Underhill", "Valdivia", "Whitcombe", "Yamaguchi", "Zielinski", "Ashdown", "Brannigan",
        "Delacroix", "Hollister", "Moreau",
    ]
}
