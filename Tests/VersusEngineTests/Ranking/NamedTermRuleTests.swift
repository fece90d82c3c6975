import Testing
@testable import VersusEngine

/// `term`:
/// - when the query names one term of an article, a passage about that term gains
///   `aboutNamedTerm`;
/// - a passage about the other term or both, or a query naming both terms or none, gains nothing.
@Suite struct NamedTermRuleTests {
    @Test(arguments: [
        ("tea caffeine", Passage.definition("A drink.", term: .a), Double?.some(1.5)),
        ("tea caffeine", .definition("A drink.", term: .b), nil),
        ("tea caffeine", .summary("Tea has caffeine."), nil),
        ("tea vs coffee", .definition("A drink.", term: .a), nil),
        ("caffeine", .definition("A drink.", term: .a), nil),
    ])
    func thePassageIsAboutTheNamedTerm(_ query: String, _ passage: Passage, _ expected: Double?) {
        #expect(RuleFixtures.same(RuleFixtures.factor(NamedTermRule.self, query, passage), expected))
    }
}
