/// One of WordNet's 45 lexicographer files (`lexnames(5WN)`), which sort synsets into broad
/// fields: `noun.artifact`, `verb.motion`.
public struct LexicographerFile: Sendable, Equatable {
    public let number: Int

    public init(number: Int) { self.number = number }

    /// The file's name as WordNet writes it: `noun.artifact`; `unknown` past the list.
    public var name: String { Self.table.indices.contains(number) ? Self.table[number].name : "unknown" }

    /// The field in plain words, for an article's chart: `noun.artifact` → "artifacts".
    public var field: String { Self.table.indices.contains(number) ? Self.table[number].field : "general vocabulary" }

    /// The names of `lexnames(5WN)` in file-number order, each with the plain words its
    /// description there suggests.
    static let table: [(name: String, field: String)] = [
        ("adj.all", "descriptive adjectives"), ("adj.pert", "relational adjectives"), ("adv.all", "adverbs"),
        ("noun.Tops", "basic concepts"), ("noun.act", "acts and actions"), ("noun.animal", "animals"),
        ("noun.artifact", "artifacts"), ("noun.attribute", "attributes"), ("noun.body", "body parts"),
        ("noun.cognition", "thought and knowledge"), ("noun.communication", "communication"),
        ("noun.event", "events"), ("noun.feeling", "feelings and emotions"), ("noun.food", "food and drink"),
        ("noun.group", "groups"), ("noun.location", "places"), ("noun.motive", "goals and motives"),
        ("noun.object", "natural objects"), ("noun.person", "people"), ("noun.phenomenon", "natural phenomena"),
        ("noun.plant", "plants"), ("noun.possession", "possession and transfer"),
        ("noun.process", "natural processes"), ("noun.quantity", "quantities and units"),
        ("noun.relation", "relations"), ("noun.shape", "shapes"), ("noun.state", "states and conditions"),
        ("noun.substance", "substances"), ("noun.time", "time"), ("verb.body", "grooming and bodily care"),
        ("verb.change", "change"), ("verb.cognition", "thinking and judging"),
        ("verb.communication", "communication"), ("verb.competition", "competition and sport"),
        ("verb.consumption", "eating and drinking"), ("verb.contact", "touching and handling"),
        ("verb.creation", "making and creating"), ("verb.emotion", "feelings"), ("verb.motion", "motion"),
        ("verb.perception", "perception"), ("verb.possession", "owning and trading"),
        ("verb.social", "social life"), ("verb.stative", "states of being"), ("verb.weather", "weather"),
        ("adj.ppl", "participial adjectives"),
    ]
}
