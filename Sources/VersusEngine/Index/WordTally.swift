/// Changes to the vocabulary's article counts, the stems' passage counts and each passage kind's
/// lengths, gathered over a run and written once at its end: one upsert per distinct word instead
/// of one per word per article.
struct WordTally {
    var deltas: [String: Int] = [:]
    var stemDeltas: [String: Int] = [:]
    var lengths: [PassageKind: PassageLengths] = [:]

    /// Counts each of `words` (distinct) once.
    mutating func add(_ words: some Sequence<String>, by delta: Int) {
        for word in words where word.utf8.count <= Lexicon.maximumWordLength { deltas[word, default: 0] += delta }
    }

    mutating func add(stems: some Sequence<(stem: String, passages: Int)>, sign: Int) {
        for (stem, passages) in stems { stemDeltas[stem, default: 0] += sign * passages }
    }

    /// Counts passages of `kinds` with their lengths in `tokens`.
    mutating func add(passages kinds: some Sequence<PassageKind>, tokens: [Int]) {
        for (kind, length) in zip(kinds, tokens) {
            lengths[kind, default: PassageLengths()] = lengths[kind, default: PassageLengths()] + PassageLengths(passages: 1, tokens: length)
        }
    }

    /// Takes an article's stored lengths by kind off the counts.
    mutating func remove(_ removed: [PassageKind: PassageLengths]) {
        lengths.merge(removed.mapValues { PassageLengths() - $0 }, uniquingKeysWith: +)
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
        lengths.merge(other.lengths, uniquingKeysWith: +)
    }
}
