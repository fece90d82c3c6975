/// The weights of a search set by name for an experiment (`versus eval --set name=value`), and
/// the retrieval limits of ``CandidatePlan``.
///
/// The weights themselves, with their defaults and reasons, are declared by who uses them: each
/// ranking rule in its file under `Ranking/Rules/` (see ``Ranker/rules``), the bm25 column
/// weights in ``BM25/Weights``, a corrected word's share in ``CorrectedWordShare``. The defaults
/// were tuned on the `tune` split of `Benchmarks/Quality/queries.tsv` with
/// `versus eval --split tune`, and checked on the held-out split.
public struct RankingWeights: Sendable, Equatable {
    /// The weights set by name; every other weight has its declared default.
    private(set) var overrides: [String: Double] = [:]
    /// How many passages compete, and how they are chosen.
    var retrieval = CandidatePlan.Settings()

    public init() {}

    public static let `default` = RankingWeights()

    /// Every value with weights settable by name.
    static var tunables: [any TunableWeights.Type] {
        [BM25.Weights.self, CorrectedWordShare.self] + Ranker.rules.map { $0 as any TunableWeights.Type }
    }

    /// The names of every weight, for experiments.
    static var names: Set<String> { Set(tunables.flatMap { $0.weightNames }) }

    /// The default weights with each `name=value` of `assignments` set, in order (`--set`).
    public static func setting(_ assignments: [String]) throws -> RankingWeights {
        var weights = RankingWeights.default
        for assignment in assignments { try weights.set(assignment) }
        return weights
    }

    /// Sets a weight or a retrieval limit by name; `name=value`.
    public mutating func set(_ assignment: String) throws {
        let parts = assignment.split(separator: "=", maxSplits: 1).map(String.init)
        if parts.count == 2, let limit = CandidatePlan.Settings.limitsByName[parts[0]], let value = Int(parts[1]), value > 0 {
            retrieval[keyPath: limit] = value
            return
        }
        guard parts.count == 2, Self.names.contains(parts[0]), let value = Double(parts[1]), value.isFinite else {
            let all = Self.names.union(CandidatePlan.Settings.limitsByName.keys)
            throw VersusError.invalidParameter(
                name: "weight", reason: "expected name=number with a name among \(all.sorted().joined(separator: ", "))")
        }
        overrides[parts[0]] = value
    }
}
