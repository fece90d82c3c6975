import Foundation

/// The comparisons WordNet yields, in the order a generated corpus uses them.
///
/// A term is a lemma in its primary sense (the first synset of its part of speech, the one
/// WordNet lists first because it is used most). Pairs come from WordNet's relations:
/// sister terms (two synsets under one hypernym, paired with their neighbours in familiarity
/// order), antonyms, an adjective and its satellites, and the words of one synset. Each pair
/// is scored by how familiar its two lemmas are in the compared part of speech (their numbers
/// of senses there, WordNet's familiarity measure: "be" is familiar as a verb, not as the noun
/// for beryllium), plus a bonus
/// for the classic comparisons and a seeded jitter. A first pass takes pairs best first while
/// each lemma has quota left (``quota(familiarity:)``: frequent lemmas get several articles, as
/// "effect" has "affect vs effect" and "effect vs consequence"), a second pass appends the rest
/// best first while each lemma stays within ``overuse`` times its quota, and the pairs left
/// over come last. If a corpus asks for more than that, terms are reused with a second term from
/// the same lexicographer file. No two pairs share their lemmas (either way round) or a slug.
///
/// The order does not depend on how many articles are asked for, so article `n` is the same in
/// a corpus of any size.
struct PairCatalog: Sendable {
    /// Pairs in corpus order.
    private(set) var pairs: [TermPair]
    /// How many of them come from WordNet's relations (the rest reuse a term with a same-field partner).
    let relatedCount: Int

    /// How many neighbours, in familiarity order, each sister term is paired with: two gives
    /// every term up to four sisters, enough for a corpus several times 100,000 articles.
    static let sisterReach = 2
    /// How many times its quota a lemma may be a term of before the pairs that are left for it
    /// go to the end of the catalog: an adjective with sixty satellites ("colored": blue,
    /// tinted, …) would otherwise be a term of sixty articles among the first 100,000.
    static let overuse = 3
    /// Extra score for opposites, the comparison people look up most (hot vs cold).
    static let antonymBonus = 1.5
    /// Extra score for near synonyms, the other common lookup (big vs large).
    static let synonymBonus = 0.5

    init(wordNet: WordNet, seed: UInt64, minimumCount: Int = 0) {
        let primaries = Self.primaryTerms(wordNet)
        // The best candidate of each lemma pair and of each slug, best first.
        let candidates = Self.candidates(wordNet, primaries: primaries, seed: seed)
            .sorted { $0.score != $1.score ? $0.score > $1.score : $0.pair.slug < $1.pair.slug }
        var seenKeys = Set<String>()
        var seenSlugs = Set<String>()
        var unique: [TermPair] = []
        for candidate in candidates where seenKeys.insert(candidate.pair.unorderedKey).inserted {
            if seenSlugs.insert(candidate.pair.slug).inserted { unique.append(candidate.pair) }
        }
        pairs = Self.ordered(unique, wordNet)
        relatedCount = pairs.count
        if pairs.count < minimumCount {
            extend(to: minimumCount, wordNet: wordNet, primaries: primaries, seed: seed, keys: &seenKeys, slugs: &seenSlugs)
        }
    }

    /// `pairs` (best first) in corpus order: first those within each lemma's quota; then the
    /// rest in the same order, as long as neither lemma has ``overuse`` times its quota; then
    /// the pairs of those lemmas.
    static func ordered(_ pairs: [TermPair], _ wordNet: WordNet) -> [TermPair] {
        var left: [String: Int] = [:]
        var uses: [String: Int] = [:]
        var first: [TermPair] = []
        var rest: [TermPair] = []
        var overused: [TermPair] = []
        for pair in pairs {
            let (ka, kb) = (pair.a.key, pair.b.key)
            let (fullA, fullB) = (quota(familiarity: wordNet.familiarity(of: ka)), quota(familiarity: wordNet.familiarity(of: kb)))
            let (qa, qb) = (left[ka] ?? fullA, left[kb] ?? fullB)
            if qa > 0, qb > 0 {
                left[ka] = qa - 1
                left[kb] = qb - 1
                first.append(pair)
            } else if uses[ka, default: 0] < fullA * overuse, uses[kb, default: 0] < fullB * overuse {
                rest.append(pair)
            } else {
                overused.append(pair)
                continue
            }
            uses[ka, default: 0] += 1
            uses[kb, default: 0] += 1
        }
        return first + rest + overused
    }

    /// How many articles of the first pass a lemma may be a term of: one, plus one for each
    /// doubling of its number of senses ("break", 75 senses: 7; "violin", 1 sense: 1).
    static func quota(familiarity: Int) -> Int {
        1 + (familiarity > 1 ? Int(log2(Double(familiarity))) : 0)
    }

    /// Appends pairs that keep a term of the catalog and give it a second term from its
    /// lexicographer file, until there are `count`.
    private mutating func extend(
        to count: Int, wordNet: WordNet, primaries: [SynsetID: [Term]], seed: UInt64, keys: inout Set<String>,
        slugs: inout Set<String>
    ) {
        guard !pairs.isEmpty else { return }
        var fields: [Int: [Term]] = [:]
        for id in primaries.keys.sorted() {
            fields[wordNet.synsets[id]!.lexFileNumber, default: []] += primaries[id]!
        }
        var base = 0
        var attempts = 0
        while pairs.count < count, attempts < count * 20 {
            attempts += 1
            let term = pairs[base % relatedCount].a
            base += 1
            guard let field = fields[wordNet.synsets[term.synset]?.lexFileNumber ?? -1], field.count > 1 else { continue }
            let partner = field[Int(Self.jitter(seed, "\(attempts)") % UInt64(field.count))]
            let pair = TermPair(a: term, b: partner, relation: .sameField)
            guard term.key != partner.key, !slugs.contains(pair.slug),
                keys.insert(pair.unorderedKey).inserted
            else { continue }
            slugs.insert(pair.slug)
            pairs.append(pair)
        }
    }

    /// A seeded 64-bit hash of `text` (FNV-1a, then SplitMix64's finalizer), for jitter that
    /// depends only on the seed and the text.
    static func jitter(_ seed: UInt64, _ text: String) -> UInt64 {
        var hash = Fingerprint()
        hash.add(text)
        var rng = SplitMix64(seed: hash.value ^ seed)
        return rng.next()
    }
}
