import Testing
@testable import VersusEngine

/// The ``Ranker``:
/// - applies the rules in their order, which is part of the ranking (a floating-point product
///   depends on it, and explanations list the factors in it);
/// - scores a passage bm25 times every factor its rules give, with each factor named by its rule;
/// - keeps the factors only when explaining, with the same score;
/// - orders passages by score, ties by rowid;
/// - in a request for a meaning, gives a definition the query words and phrases of its own
///   sense's example, and the example's bm25 when higher and the example adds a word or phrase
///   (not another sense's, not under another intent).
@Suite struct RankerTests {
    @Test func theRulesApplyInTheirOrder() {
        #expect(Ranker.rules.map { $0.name } == [
            "coverage", "articleFit", "sameQuestion", "exactHeading", "attributeNamed", "differenceLead", "questionForm", "wordOrder", "phrase", "exactForm", "intent", "question", "wordQuestion",
            "senseOrder", "partOfSpeech", "senseHint", "quantity", "routing", "term", "usesTerm",
        ])
        #expect(Set(Ranker.rules.map { $0.name }).count == Ranker.rules.count, "every rule has its own name")
    }

    @Test(arguments: [
        ("does tea have caffeine", Passage.faq("Does tea have caffeine?", "Yes, about 20 mg a cup.")),
        ("tea vs coffee caffeine", .chart("Caffeine per cup", "About 20 to 60 mg")),
        ("meaning of tea", .definition("A light meal.", rank: 2)),
        ("caffeine", .summary("Coffee is brewed.")),
    ])
    func theScoreIsBM25TimesEachRulesFactor(_ text: String, _ passage: Passage) {
        let query = RuleFixtures.query(text)
        let evidence = RuleFixtures.evidence(passage, for: query)
        let ranker = Ranker(weights: .default)
        let explained = ranker.score(evidence, query: RankingQuery(query, explained: true))
        let expected = ranker.rules.compactMap { rule in
            rule.factor(for: evidence, in: RankingQuery(query)).map { (rule.name, $0.value) }
        }
        #expect(explained.factors.map(\.name) == expected.map(\.0))
        #expect(explained.factors.map(\.value) == expected.map(\.1))
        #expect(explained.score == expected.reduce(evidence.bm25) { $0 * $1.1 })
        #expect(explained.factors.allSatisfy { !$0.reason.isEmpty })
        let plain = ranker.score(evidence, query: RankingQuery(query))
        #expect(plain.score == explained.score)
        #expect(plain.factors.isEmpty)
    }

    @Test(arguments: [
        ("leaves of tea meaning", 0, true),
        ("leaves of tea meaning", 1, false),
        ("leaves of tea", 0, false),
    ])
    func aDefinitionHoldsItsExamplesWords(_ text: String, _ exampleRank: Int, _ inherits: Bool) {
        let query = RuleFixtures.query(text)
        let definition = RuleFixtures.evidence(.definition("A drink brewed from a plant.", rank: 0), for: query)
        let example = RuleFixtures.evidence(
            .example("Leaves of tea, tea leaves.", sense: "A drink brewed from a plant.", rank: exampleRank), for: query)
        let seen = Ranker.withSenseExamples([definition, example], query: RankingQuery(query))[0]
        #expect(definition.phrasesHeld == 0 && example.phrasesHeld > 0)
        #expect((seen.phrasesHeld == example.phrasesHeld) == inherits)
        #expect((seen.coveredTerms == definition.coveredTerms | example.coveredTerms) == inherits)
        #expect(seen.coveredTerms != definition.coveredTerms || !inherits)
        #expect(example.bm25 > definition.bm25)
        #expect(seen.bm25 == (inherits ? example.bm25 : definition.bm25))
    }

    @Test func anExampleThatOnlyRepeatsTheTermLendsNoBM25() {
        let query = RuleFixtures.query("tea meaning")
        let definition = RuleFixtures.evidence(.definition("A drink brewed from a plant.", rank: 0), for: query)
        let example = RuleFixtures.evidence(.example("Tea, tea, tea, tea, tea.", sense: "A drink brewed from a plant.", rank: 0), for: query)
        #expect(example.bm25 > definition.bm25)
        #expect(example.coveredTerms == definition.coveredTerms && example.phrasesHeld == definition.phrasesHeld)
        let seen = Ranker.withSenseExamples([definition, example], query: RankingQuery(query))[0]
        #expect(seen.bm25 == definition.bm25)
    }

    @Test func passagesAreOrderedByScoreThenRowid() {
        let query = RuleFixtures.query("tea caffeine")
        var both = RuleFixtures.evidence(.summary("Tea has caffeine."), for: query)
        var tea = RuleFixtures.evidence(.summary("Tea is brewed."), for: query)
        both.bm25 = 1
        tea.bm25 = 1
        var tie = both
        both.rowid = 7
        tie.rowid = 3
        tea.rowid = 1
        let ranked = Ranker(weights: .default).rank([tea, both, tie], query: query)
        #expect(ranked.map(\.evidence.rowid) == [3, 7, 1])
    }
}
