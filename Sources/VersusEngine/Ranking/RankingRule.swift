/// One idea of the ranking: what it reads of a passage and of the query, the multiplier it gives,
/// and the weights that tune it.
///
/// A rule lives in one file under `Ranking/Rules/`, with its weights (each a property with its
/// default and its reason) and the table that names them for `versus eval --set name=value`.
/// The ``Ranker`` multiplies a passage's bm25 by the factor of every rule, in the order of
/// ``Ranker/rules``; `--explain` shows each factor under the rule's ``name``.
protocol RankingRule: TunableWeights, Sendable {
    /// The factor's name in explanations (`--explain`).
    static var name: String { get }

    /// The multiplier this rule gives `passage` for `query`, with its reason when the search is
    /// explained (``RankingQuery/factor(_:_:)``); nil when the rule has nothing to say about the
    /// passage (a factor of 1).
    func factor(for passage: PassageEvidence, in query: RankingQuery) -> RankingRuleFactor?
}

extension RankingRule {
    var name: String { Self.name }
}

/// What a rule multiplies a passage's score by, and why. Made with
/// ``RankingQuery/factor(_:_:)``, which builds the reason only when the search is explained.
struct RankingRuleFactor {
    var value: Double
    /// Nil unless the search is explained, so that ranking costs no string building.
    var reason: String?
}

/// One multiplier applied to a passage's score, and why: a rule's factor as `--explain` shows it.
public struct RankingFactor: Sendable, Equatable, Encodable {
    public var name: String
    public var value: Double
    public var reason: String
}
