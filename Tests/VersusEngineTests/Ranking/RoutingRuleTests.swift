import Testing
@testable import VersusEngine

/// `routing`:
/// - a passage of the article whose two terms the query names gains `namesBothTerms`, of an
///   article one of whose terms it names `namesOneTerm`;
/// - a passage of another article, or under a query that names no term, gains nothing.
@Suite struct RoutingRuleTests {
    @Test(arguments: [
        ("tea vs coffee", Passage.summary("Tea is brewed from leaves."), Double?.some(3)),
        ("tea vs coffee", .summary("Git tracks versions.", article: "git-vs-github"), nil),
        ("tea caffeine", .definition("A drink.", term: .b), 1.5),
        ("caffeine", .summary("Tea has less caffeine."), nil),
    ])
    func theQueryNamesTheArticle(_ query: String, _ passage: Passage, _ expected: Double?) {
        #expect(RuleFixtures.same(RuleFixtures.factor(RoutingRule.self, query, passage), expected))
    }
}
