/// What a question asks for, read from how it opens: "who…", "why…", "how often…". A reworded
/// question keeps it ("who came up with margarine" asks what "Who invented margarine?" asks), so
/// among an article's FAQs the one that opens the same way is likelier the one meant.
///
/// Yes/no questions ("is", "can", "does"…) have no form here: most FAQs open so, and it tells
/// them apart no more than it tells them from the rest.
public enum QuestionForm: String, Sendable, Codable {
    /// "who", "whom", "whose": a person.
    case person
    /// "why", "how come", "what causes", "what makes": a reason.
    case reason
    /// "where": a place.
    case place
    /// "when", "what time", "what year": a time.
    case time
    /// "how many", "how much", "how long", "how old"…: an amount.
    case amount
    /// "how often": a frequency.
    case frequency
    /// "how" otherwise ("how do I…", "how to…"): a manner or method.
    case manner
    /// "which": a choice between things named.
    case choice
    /// "what" otherwise: a thing or a name.
    case thing
    /// "what is it made of", "made from", "what materials", "what ingredients": what a thing is
    /// made of.
    case material
    /// "what does it taste like", "how does it taste": a flavour.
    case taste

    /// Words that may come before the question itself ("so why…", "ok how…").
    private static let fillers: Set<String> = ["so", "ok", "okay", "hey", "and", "but", "then", "please", "just"]

    /// The form of a question from its folded words, or nil for a yes/no question or no question.
    static func read(_ words: some Collection<String>) -> QuestionForm? {
        let all = Array(words.drop(while: fillers.contains))
        guard let first = all.first else { return nil }
        if first == "what" || first == "whats" || first == "how", let form = substance(all) { return form }
        let words = all.prefix(3)
        let second = words.dropFirst().first
        switch first {
        case "who", "whom", "whose": return .person
        case "why": return .reason
        case "where": return .place
        case "when": return .time
        case "which": return .choice
        case "how":
            switch second {
            case "come": return .reason
            case "often": return .frequency
            case let next? where AnswerType.quantityWords.contains(next): return .amount
            default: return .manner
            }
        case "what", "whats":
            // "what's" is split as "what" "s".
            let next = second == "s" ? words.dropFirst(2).first : second
            switch next {
            case "causes", "caused", "makes", "made": return .reason
            case "time", "year", "age": return .time
            default: return .thing
            }
        default: return nil
        }
    }

    /// What a "what…" or "how…" question asks about a thing's substance, from any of its words:
    /// "what is a slow cooker made of" (not only its opening, which is the "what" of a thing),
    /// "what ingredients are in pesto", "what does coriander taste like", "how does kefir taste".
    private static func substance(_ words: [String]) -> QuestionForm? {
        for (index, word) in words.enumerated().dropFirst() {
            let next = index + 1 < words.count ? words[index + 1] : nil
            switch word {
            case "made" where next.map(["of", "from", "with", "out"].contains) == true: return .material
            case "material", "materials", "ingredient", "ingredients": return .material
            case "taste", "tastes", "flavor", "flavour": return .taste
            default: continue
            }
        }
        return nil
    }

    /// What a chart row's label answers, from its folded words: a label that opens as a question
    /// does ("Where It Grows", "Who Can File", "How Often"; not a manner) answers that question;
    /// one that ends in "by" ("Issued By") names a person; otherwise a word of ``labelWords``
    /// says it ("Habitat": a place; "Typical Frequency"; "Cause"), or nil.
    static func answered(byLabel words: [String]) -> QuestionForm? {
        guard let first = words.first else { return nil }
        // "How It Works" says little of which "how" it answers ("how to identify…"?).
        if ["where", "who", "when", "why", "how"].contains(first) { return read(words).flatMap { $0 == .manner ? nil : $0 } }
        if words.last == "by" { return .person }
        for word in words {
            if let form = labelWords[word] { return form }
        }
        return nil
    }

    /// Nouns that name what a chart row gives, by the question it answers. A duration ("Cooking
    /// Time", "Lifespan") answers "how long", an amount; a point in time answers "when".
    static let labelWords: [String: QuestionForm] = {
        let table: [(QuestionForm, [String])] = [
            (.place, [
                "location", "locations", "habitat", "habitats", "region", "regions", "site", "sites", "place", "places",
                "where", "native", "found", "countries",
            ]),
            (.time, ["timing", "onset", "age", "season", "date", "era"]),
            (.frequency, ["frequency", "often", "schedule", "interval"]),
            (.reason, ["cause", "causes", "reason", "reasons"]),
            (.material, [
                "material", "materials", "ingredient", "ingredients", "composition", "chemistry", "made", "construction",
                "base", "makeup",
            ]),
            (.taste, ["taste", "flavor", "flavour", "flavors", "flavours"]),
            (.amount, [
                "size", "sizes", "cost", "costs", "price", "prices", "amount", "number", "count", "length", "weight",
                "height", "speed", "temperature", "capacity", "limit", "maximum", "minimum", "dose", "dosage", "content",
                "share", "percentage", "time", "duration", "lifespan", "life", "depth", "width", "strength", "calories",
                "thickness", "volume", "distance",
            ]),
        ]
        var words: [String: QuestionForm] = [:]
        for (form, nouns) in table {
            for noun in nouns { words[noun] = form }
        }
        return words
    }()
}
