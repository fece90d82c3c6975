import Testing
@testable import VersusEngine

/// `differenceLead`:
/// - beside both terms ("tea vs coffee caffeine"), or one term and a difference word, a
///   key-difference paragraph whose short first sentence holds a word the query adds gains
///   `leadNamesAspect`;
/// - the other side of the query's pair is no aspect ("tea vs cocoa": cocoa);
/// - the word later in the paragraph, a first sentence too long to be a lead, a query that adds
///   nothing to the terms, a keyword query naming one term, another kind: nothing.
@Suite struct DifferenceLeadRuleTests {
    @Test(arguments: [
        ("tea vs coffee caffeine", Passage.difference("Caffeine is the clearest contrast. Coffee has about twice as much."), Double?.some(4)),
        ("how do tea and coffee differ in caffeine", .difference("Caffeine sets them apart! Coffee has more."), 4),
        ("tea caffeine difference", .difference("Caffeine is the clearest contrast."), 4),
        ("tea vs cocoa caffeine", .difference("Caffeine sets them apart."), 4),
        ("tea vs cocoa", .difference("Cocoa is the odd one out."), nil),
        ("tea vs coffee caffeine", .difference("Both are drunk hot. Coffee has more caffeine."), nil),
        ("tea vs coffee caffeine", .difference("The caffeine in a cup depends on how long the leaves or the grounds are steeped in water."), nil),
        ("tea vs coffee", .difference("Tea is the older drink. Coffee came later."), nil),
        ("caffeine in tea", .difference("Caffeine is the clearest contrast."), nil),
        ("tea vs coffee caffeine", .chart("Caffeine", "About 20 to 60 mg"), nil),
    ])
    func aShortLeadNamesTheAspect(_ query: String, _ passage: Passage, _ expected: Double?) {
        #expect(RuleFixtures.same(RuleFixtures.factor(DifferenceLeadRule.self, query, passage), expected))
    }

    @Test(arguments: [
        ("Treatment differs most of all. Type 1 needs insulin.", 5),
        ("No stop here", 3),
        ("Both are old. U.S. rules differ.", 3),
        ("The amount of caffeine in a cup depends on how long the leaves are steeped. More.", 0),
    ])
    func theLeadIsTheShortFirstSentence(_ text: String, _ words: Int) {
        #expect(EvidenceReader.leadWordCount(of: text) == words)
    }
}
