/// A set of a query's stems by their numbers in its ``QueryVocabulary``: what a passage holds of
/// the query, as bits. The first 128 numbers live in two words, so a set of a usual query's stems
/// costs no allocation and no hashing; more spill into an array.
struct StemSet: Sendable, Equatable {
    private var low: UInt64 = 0
    private var high: UInt64 = 0
    private var rest: [UInt64] = []

    init() {}

    init(_ numbers: some Sequence<Int>) {
        for number in numbers { insert(number) }
    }

    var isEmpty: Bool { low == 0 && high == 0 && rest.allSatisfy { $0 == 0 } }

    mutating func insert(_ number: Int) {
        let bit = UInt64(1) << UInt64(number & 63)
        switch number >> 6 {
        case 0: low |= bit
        case 1: high |= bit
        case let word:
            let index = word - 2
            if rest.count <= index { rest += Array(repeating: 0, count: index + 1 - rest.count) }
            rest[index] |= bit
        }
    }

    func contains(_ number: Int) -> Bool {
        let bit = UInt64(1) << UInt64(number & 63)
        switch number >> 6 {
        case 0: return low & bit != 0
        case 1: return high & bit != 0
        case let word: return word - 2 < rest.count && rest[word - 2] & bit != 0
        }
    }

    /// Whether every number of `other` is in the set.
    func isSuperset(of other: StemSet) -> Bool {
        guard other.low & ~low == 0, other.high & ~high == 0 else { return false }
        return other.rest.indices.allSatisfy { other.rest[$0] & ~(($0 < rest.count) ? rest[$0] : 0) == 0 }
    }

    /// Whether the set holds a term: its stem `stem`, or every stem of one of its `alternatives`.
    func holdsTerm(stem: Int, alternatives: [StemSet]) -> Bool {
        contains(stem) || alternatives.contains { isSuperset(of: $0) }
    }

    func isDisjoint(with other: StemSet) -> Bool {
        guard low & other.low == 0, high & other.high == 0 else { return false }
        return zip(rest, other.rest).allSatisfy { $0 & $1 == 0 }
    }

    mutating func formUnion(_ other: StemSet) {
        low |= other.low
        high |= other.high
        if rest.count < other.rest.count { rest += Array(repeating: 0, count: other.rest.count - rest.count) }
        for index in other.rest.indices { rest[index] |= other.rest[index] }
    }

    func union(_ other: StemSet) -> StemSet {
        var union = self
        union.formUnion(other)
        return union
    }
}
