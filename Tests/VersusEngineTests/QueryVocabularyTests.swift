import Testing
@testable import VersusEngine

/// The query's stems by number (``QueryVocabulary``) and sets of them (``StemSet``): what a
/// passage's evidence is made of.
@Suite struct QueryVocabularyTests {
    /// Numbers in the two inline words and past them, which spill into the array.
    @Test(arguments: [[0], [63, 64], [0, 127, 128], [5, 300, 1000], [200]])
    func aSetHoldsWhatWasInserted(_ numbers: [Int]) {
        let set = StemSet(numbers)
        for number in 0..<1100 { #expect(set.contains(number) == numbers.contains(number), "\(number)") }
        #expect(!set.isEmpty)
    }

    @Test(arguments: [
        ([1, 2], [1, 2, 3], true), ([1, 200], [1, 200], true), ([1, 200], [1], false), ([130], [1, 129], false),
        ([], [], true), ([], [400], true),
    ])
    func supersets(_ part: [Int], _ whole: [Int], _ expected: Bool) {
        #expect(StemSet(whole).isSuperset(of: StemSet(part)) == expected)
    }

    @Test(arguments: [([1, 2], [3], true), ([1, 2], [2], false), ([300], [300], false), ([300], [301], true), ([], [5], true)])
    func disjointSets(_ a: [Int], _ b: [Int], _ expected: Bool) {
        #expect(StemSet(a).isDisjoint(with: StemSet(b)) == expected)
        #expect(StemSet(b).isDisjoint(with: StemSet(a)) == expected)
    }

    @Test func aUnionHoldsBoth() {
        let union = StemSet([1, 400]).union(StemSet([70, 500]))
        #expect([1, 70, 400, 500].allSatisfy(union.contains))
        #expect(!union.contains(2))
        #expect(StemSet().isEmpty && StemSet().union(StemSet()).isEmpty)
    }

    /// "couch cushions" with "sofa" and "settee bed" as alternatives of couch: the terms' own stems
    /// come first, then the alternatives' words; a term is covered by its stem or by every word
    /// of one alternative.
    @Test func termsAreCoveredByTheirStemOrAWholeAlternative() throws {
        let couch = QueryTerm(word: "couch", alternatives: [["sofa"], ["settee", "bed"]])
        let query = AnalyzedQuery(text: "couch cushions", terms: [couch, QueryTerm(word: "cushions")])
        let vocabulary = QueryVocabulary(query)
        #expect(vocabulary.stems == ["couch", "cushion", "sofa", "sette", "bed"])
        #expect(vocabulary.number(of: "cushion") == 1)
        #expect(vocabulary.number(of: "chair") == nil)
        let cases: [([String], UInt64)] = [
            (["couch"], 0b01), (["sofa", "cushion"], 0b11), (["sette"], 0), (["sette", "bed"], 0b01), (["chair"], 0),
        ]
        for (stems, covered) in cases {
            #expect(vocabulary.coveredTerms(within: vocabulary.set(of: stems)) == covered, "\(stems)")
        }
        #expect(vocabulary.oneWordForms[0] == StemSet([0, 2]))
    }
}
