import VersusEngine
import Foundation

/// A deterministic synthetic corpus in the comparison-article format, for benchmarks at scale.
///
/// The same `seed` and article number always give the same file, whatever the number of
/// threads. Words come from a vocabulary of ``vocabularySize`` pronounceable pseudo-words drawn
/// with a Zipf distribution (exponent ``zipfExponent``), as words are in real text; section
/// sizes follow the bundled corpus (3–6 differences, 3–5 chart rows, 10–16 senses, most with an
/// example, 10–25 FAQ pairs phrased as questions); every article compares its own unique pair of
/// terms.
public struct SyntheticCorpus: Sendable {
    public static let vocabularySize = 60_000
    /// Word frequencies in English text fall off roughly as 1/rank^1.07.
    public static let zipfExponent = 1.07

    public let seed: UInt64
    let vocabulary: [String]
    /// Cumulative Zipf probabilities over ``vocabulary`` ranks.
    let cumulative: [Double]

    public init(seed: UInt64) {
        self.seed = seed
        var vocabulary: [String] = []
        vocabulary.reserveCapacity(Self.vocabularySize)
        var seen = Set<String>()
        var rng = SplitMix64(seed: seed ^ 0x5EED_0F_0CAB)
        while vocabulary.count < Self.vocabularySize {
            // Short words are the frequent ones: syllable count grows with rank.
            let rank = vocabulary.count
            let syllables = rank < 300 ? 1 + Int(rng.next() % 2) : rank < 5_000 ? 2 + Int(rng.next() % 2) : 2 + Int(rng.next() % 3)
            let word = Self.pseudoWord(syllables: syllables, rng: &rng)
            if seen.insert(word).inserted { vocabulary.append(word) }
        }
        self.vocabulary = vocabulary
        var total = 0.0
        var cumulative: [Double] = []
        cumulative.reserveCapacity(vocabulary.count)
        for rank in 1...vocabulary.count {
            total += 1 / pow(Double(rank), Self.zipfExponent)
            cumulative.append(total)
        }
        self.cumulative = cumulative.map { $0 / total }
    }

    static let onsets = ["b", "c", "d", "f", "g", "h", "j", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w", "z",
                         "br", "cl", "dr", "fl", "gr", "pl", "pr", "sh", "st", "th", "tr", "ch", ""]
    static let nuclei = ["a", "e", "i", "o", "u", "ai", "ea", "ou", "io", "y"]
    static let codas = ["", "", "n", "r", "s", "t", "l", "m", "nd", "st", "ck", "x"]

    static func pseudoWord(syllables: Int, rng: inout SplitMix64) -> String {
        var word = ""
        for _ in 0..<syllables {
            word += onsets[Int(rng.next() % UInt64(onsets.count))]
            word += nuclei[Int(rng.next() % UInt64(nuclei.count))]
            word += codas[Int(rng.next() % UInt64(codas.count))]
        }
        return word
    }

    /// The two terms of article `number`: unique across the corpus, since the number is written
    /// in them (as letters).
    public func terms(of number: Int) -> (a: String, b: String) {
        (Self.capitalized(Self.spell(number * 2) + "ex"), Self.capitalized(Self.spell(number * 2 + 1) + "ol"))
    }

    /// The slug of article `number`.
    public func slug(of number: Int) -> String {
        let (a, b) = terms(of: number)
        return "\(a.lowercased())-vs-\(b.lowercased())"
    }

    /// A number spelled in consonant-vowel pairs, so that distinct numbers give distinct words.
    static func spell(_ number: Int) -> String {
        let consonants = Array("bdfgklmnprstvz")
        let vowels = Array("aeiou")
        var n = number
        var out = ""
        repeat {
            out.append(consonants[n % consonants.count])
            n /= consonants.count
            out.append(vowels[n % vowels.count])
            n /= vowels.count
        } while n > 0
        return out
    }

    static func capitalized(_ word: String) -> String { word.prefix(1).uppercased() + word.dropFirst() }

    /// The text of article `number`.
    public func article(_ number: Int) -> String {
        var rng = SplitMix64(seed: seed &+ UInt64(number) &* 0x9E37_79B9_7F4A_7C15)
        let (a, b) = terms(of: number)
        var lines: [String] = ["Versus Library", "", "\(a) vs. \(b): What's the Difference?", ""]
        let day = 1 + Int(rng.next() % 28)
        let year = 2022 + Int(rng.next() % 5)
        lines.append("Edited by \(name(&rng)) || By \(name(&rng)) || Published on \(Self.months[Int(rng.next() % 12)]) \(day), \(year)")
        lines.append("\(a) is \(phrase(&rng, 6...12)); \(b) is \(phrase(&rng, 6...12)).")
        lines += ["", "Key Differences", ""]
        for _ in 0..<range(&rng, 3...6) {
            lines.append("\(a) \(phrase(&rng, 12...24)). \(b) \(phrase(&rng, 12...24)). \(sentence(&rng, 8...16))")
        }
        lines += ["", "Comparison Chart", ""]
        for _ in 0..<range(&rng, 3...5) {
            lines += [Self.capitalized(phrase(&rng, 1...3)), "", Self.capitalized(phrase(&rng, 2...7)), Self.capitalized(phrase(&rng, 2...7)), ""]
        }
        lines += ["\(a) and \(b) Definitions", ""]
        let senses = range(&rng, 5...8) * 2
        for i in 0..<senses {
            let term = i % 2 == 0 ? a : b
            lines.append(Self.capitalized(phrase(&rng, 6...14)) + ".")
            if rng.next() % 10 < 7 {
                lines.append("The \(phrase(&rng, 2...4)) \(term.lowercased()) \(phrase(&rng, 4...10)).")
            }
            lines.append("")
        }
        for _ in 0..<range(&rng, 10...25) {
            let term = rng.next() % 2 == 0 ? a : b
            let opener = Self.questionOpeners[Int(rng.next() % UInt64(Self.questionOpeners.count))]
            lines += ["\(opener) \(term.lowercased()) \(phrase(&rng, 3...8))?", ""]
            lines += ["\(sentence(&rng, 10...22)) \(sentence(&rng, 6...14))", ""]
        }
        lines.removeLast()
        lines += ["About Author", "Written by", name(&rng), "A writer of synthetic articles.", "Edited by", name(&rng),
                  "An editor of synthetic articles.", "", "Trending Comparisons", "", "Popular Comparisons", "", "New Comparisons"]
        return lines.joined(separator: "\n") + "\n"
    }

    static let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                         "October", "November", "December"]
    static let questionOpeners = ["Is", "Can", "Does", "How does", "What is", "Why is", "When is", "Should", "Are", "Which"]

    func word(_ rng: inout SplitMix64) -> String {
        let u = Double(rng.next() >> 11) / Double(1 << 53)
        var low = 0
        var high = cumulative.count - 1
        while low < high {
            let mid = (low + high) / 2
            if cumulative[mid] < u { low = mid + 1 } else { high = mid }
        }
        return vocabulary[low]
    }

    func phrase(_ rng: inout SplitMix64, _ length: ClosedRange<Int>) -> String {
        (0..<range(&rng, length)).map { _ in word(&rng) }.joined(separator: " ")
    }

    func sentence(_ rng: inout SplitMix64, _ length: ClosedRange<Int>) -> String {
        Self.capitalized(phrase(&rng, length)) + "."
    }

    func name(_ rng: inout SplitMix64) -> String {
        Self.capitalized(Self.pseudoWord(syllables: 2, rng: &rng)) + " " + Self.capitalized(Self.pseudoWord(syllables: 3, rng: &rng))
    }

    func range(_ rng: inout SplitMix64, _ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(rng.next() % UInt64(range.count))
    }

    /// Writes articles `0..<count` under `folder`, `perFolder` a subfolder; returns the bytes written.
    public func write(
        articles count: Int, to folder: String, perFolder batch: Int = 1_000, progress: (@Sendable (Int) -> Void)? = nil
    ) throws -> Int {
        try CorpusWriter(slug: slug(of:), text: article).write(articles: count, to: folder, perFolder: batch, progress: progress)
    }
}
