import Testing
@testable import VersusEngine

/// ``RankingWeights``:
/// - every weight and retrieval limit `versus eval --set` knew before the rules owned their
///   weights can still be set, by the same name, and no two weights share a name;
/// - a weight set by name reaches the value that declares it; the others keep their defaults;
/// - a malformed assignment or an unknown name is refused.
@Suite struct RankingWeightsTests {
    static let settableNames = [
        "aboutNamedTerm", "articleFitExponent", "attributeWantsChart", "attributeWantsFAQ", "besideFrequentCeiling", "body", "candidates", "context", "correctedWord",
        "coverageExponent", "defineWantsDefinition", "defineWantsExample", "differenceNamesAttribute",
        "differenceWantsDifference", "differenceWantsSummary", "differenceWantsSummaryWithoutAspect", "differenceWordWantsDifference", "enumerationBudget", "exactForm", "exampleWantsDefinition",
        "exampleWantsExample", "exampleWithoutTerm", "heading", "headingIsTheQuery", "heldPhrase", "heldPhraseInQuestion", "inflectedTerm", "kindAverage", "labelAnswersForm", "laterSense", "leadNamesAspect", "namedArticlesProbed", "namedArticlesSearched", "namedArticlesSearchedAmongEquals",
        "namesBothTerms", "namesOneTerm", "partOfSpeech", "phraseMatches", "questionAsksTheSame", "questionMatchesFAQ", "questionWantsChart", "questionWantsFAQ",
        "questionWordOrder", "sameQuestionForm", "senseHint", "statesQuantity", "terms", "wordQuestionUnasked",
    ]

    @Test func theNamesAreTheSameAsBefore() {
        let limits = Set(CandidatePlan.Settings.limitsByName.keys)
        #expect(RankingWeights.names.union(limits).sorted() == Self.settableNames)
        #expect(RankingWeights.names.isDisjoint(with: limits))
        let declared = RankingWeights.tunables.flatMap { $0.weightNames }
        #expect(declared.count == Set(declared).count, "no two weights share a name")
    }

    /// The value of the weight `name` in each tunable value made with `weights`, where declared.
    static func values(of name: String, with weights: RankingWeights) -> [Double] {
        func value<T: TunableWeights>(_ type: T.Type) -> Double? {
            T.weightsByName[name].map { T(weights)[keyPath: $0] }
        }
        return RankingWeights.tunables.compactMap { value($0) }
    }

    @Test(arguments: RankingWeights.names.sorted())
    func aWeightSetByNameReachesItsOwner(_ name: String) throws {
        var weights = RankingWeights()
        try weights.set("\(name)=7.25")
        #expect(Self.values(of: name, with: weights) == [7.25])
        #expect(Self.values(of: name, with: .default) != [7.25])
        let others = RankingWeights.names.subtracting([name])
        #expect(others.allSatisfy { Self.values(of: $0, with: weights) == Self.values(of: $0, with: .default) })
    }

    @Test func aRetrievalLimitSetByName() throws {
        var weights = RankingWeights()
        try weights.set("candidates=30")
        try weights.set("enumerationBudget=500")
        try weights.set("namedArticlesSearched=2")
        #expect(weights.retrieval.candidates == 30)
        #expect(weights.retrieval.enumerationBudget == 500)
        #expect(weights.retrieval.namedArticlesSearched == 2)
    }

    @Test(arguments: [
        "bogus=1", "laterSense", "leadNamesAspect", "laterSense=", "laterSense=x", "laterSense=nan", "laterSense=inf", "=1", "candidates=0",
        "candidates=-3", "candidates=1.5", "coverage=1",
    ])
    func malformedAssignmentsAreRefused(_ assignment: String) {
        var weights = RankingWeights()
        #expect(throws: VersusError.self) { try weights.set(assignment) }
        #expect(weights == .default)
    }
}
