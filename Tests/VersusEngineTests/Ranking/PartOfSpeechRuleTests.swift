import Testing
@testable import VersusEngine

/// `partOfSpeech`:
/// - when the query asks for a part of speech, a definition, or an example whose sense, reads as
///   it gains `partOfSpeech`;
/// - another part of speech, a query that asks for none, or a passage with no sense gain nothing.
@Suite struct PartOfSpeechRuleTests {
    @Test(arguments: [
        ("tea as a verb", Passage.definition("To serve tea to guests."), Double?.some(2)),
        ("tea as a verb", .definition("A drink made from leaves."), nil),
        ("tea as a verb", .example("They teaed at four.", sense: "To take afternoon tea."), 2),
        ("meaning of tea", .definition("To serve tea to guests."), nil),
        ("tea as a verb", .faq("Is tea a verb?", "To serve tea, yes."), nil),
    ])
    func theSenseReadsAsAsked(_ query: String, _ passage: Passage, _ expected: Double?) {
        #expect(RuleFixtures.same(RuleFixtures.factor(PartOfSpeechRule.self, query, passage), expected))
    }
}
