/// `differenceLead`: beside both terms of an article ("type 1 vs type 2 diabetes treatment
/// differences"), a word that the first sentence of a key-difference paragraph names asks for
/// that paragraph ("Treatment differs most of all."): its opening says what aspect it is about,
/// as a chart row's label does (``AttributeNamedRule``).
struct DifferenceLeadRule: RankingRule {
    static let name = "differenceLead"

    /// A key-difference paragraph whose first sentence (at most
    /// ``EvidenceReader/maximumLeadWords`` words) holds a word the query adds to the terms. A
    /// little more than a chart row's label that names it
    /// (``AttributeNamedRule/differenceNamesAttribute``, 3): both say what their passage is
    /// about, and the paragraph also explains it. (At 1.5 to 3 on the bundled set and sets E to I,
    /// within a query or two of each other; 4 against 3, on the tuned sets, passage@1 +2 alone, +5
    /// at 2,000 and +2 at 100,000, mostly set N's "X vs Y aspect" queries; 5 loses alone.)
    var leadNamesAspect = 4.0

    static let weightsByName: WeightsByName = ["leadNamesAspect": \.leadNamesAspect]

    func factor(for passage: PassageEvidence, in query: RankingQuery) -> RankingRuleFactor? {
        guard passage.kind == .difference, !passage.leadStems.isEmpty,
            let named = query.analyzed.namedArticles[passage.article],
            // Both terms, or one beside a difference word when no article has both named
            // ("tennis vs golfers elbow": the second term's "elbow" stands for both).
            named == .both || (query.intent == .difference && !query.namesAPair),
            query.aspects(besides: passage.articleTermStems, countingPairSides: false).contains(where: {
                $0.isCovered(within: passage.leadStems)
            })
        else { return nil }
        return query.factor(leadNamesAspect, "its first sentence names the aspect the query adds to both terms")
    }
}
