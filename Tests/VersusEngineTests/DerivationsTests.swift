import Testing

@testable import VersusEngine
@testable import VersusTooling

/// A query word's derivations from WordNet match as its alternatives, when the index holds them;
/// the builder keeps words of one root and leaves out the doer and the person of a field.
@Suite struct DerivationsTests {
    static let file = Derivations(text: "# licence\n#\nangry\tanger\ncurable\tcure\ntherapy\ttherapeutic therapeutical\n")

    @Test(arguments: [
        ("curable", ["cure"]), ("therapy", ["therapeutic", "therapeutical"]), ("angry", ["anger"]), ("cure", []), ("", []),
    ])
    func formsAreFoundByWord(_ word: String, _ forms: [String]) {
        #expect(Self.file.forms(of: word) == forms)
    }

    @Test(arguments: [("curable", "cure"), ("angry", "anger"), ("therapy", "therapeutic")])
    func theBundledFileHoldsCommonDerivations(_ word: String, _ form: String) {
        #expect(Derivations.bundled.forms(of: word).contains(form), "\(word)")
    }

    /// "cure" joins "curable" as an alternative only where the index has the word.
    @Test(arguments: [(["glaucoma": 2, "curable": 1, "cure": 5], true), (["glaucoma": 2, "curable": 1], false)])
    func aDerivationTheIndexHoldsIsAnAlternative(_ frequency: [String: Int], _ expected: Bool) {
        var analyzer = QueryAnalyzer(lexicon: Lexicon(generation: 0, wordFrequency: frequency, articles: []))
        analyzer.derivations = Self.file
        let curable = analyzer.analyze("is glaucoma curable").terms.first { $0.word == "curable" }
        #expect(curable?.alternatives.contains(["cure"]) == expected)
    }

    @Test(arguments: [
        ("curable", "cure", true), ("angry", "anger", true), ("die", "death", false), ("bus", "buss", true),
        ("therapy", "therapist", true), ("cure", "curative", true), ("sing", "song", false),
    ])
    func sharingARoot(_ a: String, _ b: String, _ expected: Bool) {
        #expect(DerivationsBuilder.sharesRoot(a, b) == expected)
    }

    @Test(arguments: [
        ("boiler", "boil", true), ("processor", "process", true), ("server", "serve", true), ("runner", "run", true),
        ("anger", "angry", false), ("cure", "curable", false),
    ])
    func theDoerIsLeftOut(_ word: String, _ root: String, _ expected: Bool) {
        #expect(DerivationsBuilder.isAgent(word, of: root) == expected)
    }

    @Test(arguments: [("chemist", true), ("physician", true), ("chemistry", false), ("therapeutic", false)])
    func thePersonOfAFieldIsLeftOut(_ word: String, _ expected: Bool) {
        #expect(DerivationsBuilder.isPerson(word) == expected)
    }
}
