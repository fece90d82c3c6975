/// Changes to the vocabulary's article counts and to the token total, gathered over a run and
/// written once at its end: one upsert per distinct word instead of one per word per article.
struct WordTally {
    var deltas: [String: Int] = [:]
    var stemDeltas: [String: Int] = [:]
    var tokens = 0

    /// Counts each of `words` (distinct) once.
    mutating func add(_ words: some Sequence<String>, by delta: Int) {
        for word in words where word.utf8.count <= Lexicon.maximumWordLength { deltas[word, default: 0] += delta }
    }

    mutating func add(stems: some Sequence<(stem: String, passages: Int)>, sign: Int) {
        for (stem, passages) in stems { stemDeltas[stem, default: 0] += sign * passages }
    }

    /// Adds another tally's counts to this one's.
    mutating func merge(_ other: WordTally) {
        if deltas.isEmpty && stemDeltas.isEmpty {
            deltas = other.deltas
            stemDeltas = other.stemDeltas
        } else {
            deltas.merge(other.deltas, uniquingKeysWith: +)
            stemDeltas.merge(other.stemDeltas, uniquingKeysWith: +)
        }
        tokens += other.tokens
    }
}
