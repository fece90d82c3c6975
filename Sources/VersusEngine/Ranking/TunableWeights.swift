/// A value whose weights can be set by name for an experiment (`versus eval --set name=value`).
///
/// Each weight is a `Double` property with its default value and a `///` reason where it is
/// declared; ``weightsByName`` names them. ``RankingWeights`` holds the values set by name and
/// accepts only the names that some tunable value declares.
protocol TunableWeights {
    /// A value with every weight at its default.
    init()

    /// The weights that can be set, by the name `versus eval --set` knows them by.
    static var weightsByName: WeightsByName { get }
}

extension TunableWeights {
    /// Weights by name: each a key path to a `Double` property.
    typealias WeightsByName = [String: WritableKeyPath<Self, Double> & Sendable]

    /// The weights at their defaults, but for those `settings` sets.
    init(_ settings: RankingWeights) {
        self.init()
        guard !settings.overrides.isEmpty else { return }
        for (name, weight) in Self.weightsByName {
            if let value = settings.overrides[name] { self[keyPath: weight] = value }
        }
    }

    /// The names of the weights, for validating and listing them.
    static var weightNames: [String] { Array(weightsByName.keys) }
}
