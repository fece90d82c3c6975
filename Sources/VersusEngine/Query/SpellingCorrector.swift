/// Corrects a word that is not in the index against the index's own words.
///
/// Allowed edits grow with length, as people's typos do: none under 4 letters (too many short
/// words are one edit apart), 1 up to 7 letters, 2 from 8. Among the closest words the most
/// frequent wins, then the alphabetically first, so corrections are stable.
struct SpellingCorrector: Sendable {
    let lexicon: Lexicon

    static func allowedEdits(forLength length: Int) -> Int {
        switch length {
        case ..<4: 0
        case 4...7: 1
        default: 2
        }
    }

    /// Where candidate corrections are kept: by first byte and length in bytes. A correction
    /// keeps the first letter, or swaps the first two (people rarely mistype the first letter),
    /// so only a few buckets are searched instead of the whole vocabulary.
    struct BucketKey: Hashable, Sendable {
        var first: UInt8
        var length: Int
    }

    /// A vocabulary word as bytes, with the set of its letters as a bitmask.
    struct Entry: Sendable {
        var bytes: [UInt8]
        var letters: UInt64

        init(_ bytes: [UInt8]) {
            self.bytes = bytes
            letters = Self.letters(of: bytes)
        }

        /// One bit per letter or digit; other bytes share the remaining bits.
        static func letters(of bytes: [UInt8]) -> UInt64 {
            var mask: UInt64 = 0
            for byte in bytes {
                let bit: UInt8 =
                    switch byte {
                    case 0x61...0x7A: byte - 0x61
                    case 0x30...0x39: 26 + byte - 0x30
                    default: 36 + byte % 28
                    }
                mask |= 1 << UInt64(bit)
            }
            return mask
        }

        /// A lower bound on the edit distance from a word with `letters`: each letter class that
        /// one word has and the other lacks needs an edit, and an edit removes at most one class
        /// from each side. Far cheaper than the distance, so most candidates stop here.
        func minimumEdits(from letters: UInt64) -> Int {
            max((letters & ~self.letters).nonzeroBitCount, (self.letters & ~letters).nonzeroBitCount)
        }
    }

    /// The marker words of six letters or more ("sentence", "meaning", "difference"): they say
    /// what is asked rather than what about, so an index may lack them, and a misspelled one
    /// ("sentnce") is corrected to them first. Shorter markers ("mean", "vs") are too close to
    /// ordinary words.
    static let markerWords: [[UInt8]] = QueryIntent.markerWords.keys.filter { $0.count >= 6 }.sorted().map { Array($0.utf8) }

    /// The marker word `word` misspells, within the edit budget for its length; the closest,
    /// then the alphabetically first.
    func markerCorrection(for word: String) -> String? {
        let allowed = Self.allowedEdits(forLength: word.count)
        guard allowed > 0, QueryIntent.markerWords[word] == nil else { return nil }
        let target = Array(word.utf8)
        var best: (word: [UInt8], distance: Int)?
        var scratch = DistanceScratch(capacity: target.count + allowed + 1)
        for marker in Self.markerWords where marker.first == target.first {
            guard let distance = Self.distance(target, marker, limit: best?.distance ?? allowed, scratch: &scratch),
                best.map({ distance < $0.distance }) ?? true
            else { continue }
            best = (marker, distance)
        }
        return best.map { String(decoding: $0.word, as: UTF8.self) }
    }

    func correction(for word: String) -> String? {
        let length = word.count
        let allowed = Self.allowedEdits(forLength: length)
        guard allowed > 0, !lexicon.contains(word), !word.contains(where: \.isNumber) else { return nil }
        let target = Array(word.utf8)
        let targetLetters = Entry.letters(of: target)
        var firsts = [target[0]]
        if target.count > 1, target[1] != target[0] { firsts.append(target[1]) }
        var best: (word: [UInt8], distance: Int, likely: Bool, frequency: Int)?
        var scratch = DistanceScratch(capacity: target.count + allowed + 1)
        for first in firsts {
            for candidateLength in max(1, target.count - allowed)...(target.count + allowed) {
                for entry in lexicon.correctionBuckets[BucketKey(first: first, length: candidateLength)] ?? [] {
                    let limit = best.map { min($0.distance, allowed) } ?? allowed
                    guard entry.minimumEdits(from: targetLetters) <= limit else { continue }
                    let candidate = entry.bytes
                    guard let distance = Self.distance(target, candidate, limit: limit, scratch: &scratch) else { continue }
                    let text = String(decoding: candidate, as: UTF8.self)
                    let frequency = lexicon.wordFrequency[text] ?? 0
                    let likely = distance == 1 && Self.isLikelyTypo(of: candidate, typed: target)
                    if let current = best {
                        if distance > current.distance { continue }
                        if distance == current.distance {
                            if current.likely && !likely { continue }
                            if likely == current.likely
                                && (frequency < current.frequency
                                    || (frequency == current.frequency
                                        && candidate.lexicographicallyPrecedes(current.word) == false))
                            {
                                continue
                            }
                        }
                    }
                    best = (candidate, distance, likely, frequency)
                }
            }
        }
        return best.map { String(decoding: $0.word, as: UTF8.self) }
    }

    /// Whether `typed` is `word` with one of the slips people make most: a doubled letter typed
    /// once or a single one doubled ("simer" for "simmer"), the h of a digraph left out or added
    /// ("empaty"), two neighbours swapped, or one vowel for another ("morter"). Among corrections one edit away these come first: "simer" is
    /// "simmer", not the more frequent "sixer".
    static func isLikelyTypo(of word: [UInt8], typed: [UInt8]) -> Bool {
        func isVowel(_ byte: UInt8) -> Bool { "aeiouy".utf8.contains(byte) }
        if word.count == typed.count {
            let differences = word.indices.filter { word[$0] != typed[$0] }
            if differences.count == 1 { return isVowel(word[differences[0]]) && isVowel(typed[differences[0]]) }
            return differences.count == 2 && differences[1] == differences[0] + 1
                && word[differences[0]] == typed[differences[1]] && word[differences[1]] == typed[differences[0]]
        }
        // One letter more in one of them: it must double its neighbour there.
        let (longer, shorter) = word.count > typed.count ? (word, typed) : (typed, word)
        guard longer.count == shorter.count + 1 else { return false }
        let at = shorter.indices.first { longer[$0] != shorter[$0] } ?? shorter.count
        guard Array(longer[..<at]) + Array(longer[(at + 1)...]) == shorter else { return false }
        let doubles = (at > 0 && longer[at - 1] == longer[at]) || (at + 1 < longer.count && longer[at + 1] == longer[at])
        // The silent h of a digraph left out or added: "empaty" for "empathy", "rythm" for "rhythm".
        let silentH = longer[at] == UInt8(ascii: "h") && at > 0 && "tcspgwr".utf8.contains(longer[at - 1])
        return doubles || silentH
    }

    /// Rows reused across distance computations.
    struct DistanceScratch {
        var previous2: [Int]
        var previous: [Int]
        var current: [Int]

        init(capacity: Int) {
            previous2 = Array(repeating: 0, count: capacity + 1)
            previous = previous2
            current = previous2
        }
    }

    static func distance(_ a: [UInt8], _ b: [UInt8], limit: Int, scratch: inout DistanceScratch) -> Int? {
        if abs(a.count - b.count) > limit { return nil }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) <= limit ? max(a.count, b.count) : nil }
        if scratch.current.count < b.count + 1 { scratch = DistanceScratch(capacity: b.count + 1) }
        for j in 0...b.count { scratch.previous[j] = j }
        for i in 1...a.count {
            scratch.current[0] = i
            var rowMinimum = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(scratch.previous[j] + 1, scratch.current[j - 1] + 1, scratch.previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, scratch.previous2[j - 2] + 1)
                }
                scratch.current[j] = value
                rowMinimum = min(rowMinimum, value)
            }
            if rowMinimum > limit { return nil }
            swap(&scratch.previous2, &scratch.previous)
            swap(&scratch.previous, &scratch.current)
        }
        let result = scratch.previous[b.count]
        return result <= limit ? result : nil
    }

    /// Splits a run-together word into two indexed words ("heatwave" → "heat wave", "128gb" →
    /// "128 gb"), preferring the split whose rarer half is most frequent. Each half has at least
    /// two characters; nil when the word is indexed or no split works.
    func split(_ word: String) -> [String]? {
        // Both halves must be indexed words, and none is longer than `maximumWordLength` bytes:
        // a longer word has no split, and trying every cut of it costs its length squared.
        guard word.utf8.count <= 2 * Lexicon.maximumWordLength, !lexicon.contains(word) else { return nil }
        let characters = Array(word)
        guard characters.count >= 4 else { return nil }
        var best: (parts: [String], frequency: Int)?
        for cut in 2...(characters.count - 2) {
            let left = String(characters[..<cut])
            let right = String(characters[cut...])
            // A short half beside a number is a unit ("128gb"); elsewhere it is a fragment.
            let number = left.allSatisfy(\.isNumber) || right.allSatisfy(\.isNumber)
            guard number || min(left.count, right.count) >= Self.minimumSplitPart else { continue }
            // A half that is a stop word marks an ordinary word, not two run together: "below" is
            // not "be low", nor "somebody" "some body".
            guard let a = lexicon.wordFrequency[left], let b = lexicon.wordFrequency[right],
                !StopWords.contains(left), !StopWords.contains(right)
            else { continue }
            let frequency = min(a, b)
            if best == nil || frequency > best!.frequency { best = ([left, right], frequency) }
        }
        return best?.parts
    }

    /// The shortest half a split may leave, but beside a number. Two letters that are not a stop
    /// word are mostly fragments at 100,000 articles ("co", "bi", "ur"): "councle" was read as
    /// "co uncle".
    static let minimumSplitPart = 3

    /// Whether the halves of a split are likelier than a one-word correction: the rarer half is
    /// in at least ``splitAdvantage`` times as many articles as the correction.
    func splitIsLikelier(_ parts: [String], than correction: String) -> Bool {
        let rarer = parts.map { lexicon.wordFrequency[$0] ?? 0 }.min() ?? 0
        return rarer >= Self.splitAdvantage * (lexicon.wordFrequency[correction] ?? 0)
    }

    /// How much more common a split's rarer half must be than a one-typo correction. A split
    /// reads two words where the correction reads one, and a missing space is as much a slip as
    /// a letter too many: at 100,000 articles "bi" and "sion" are each in more articles than
    /// "bison" (18 and 10 against 8), yet "bision" means "bison"; "heatwave" still splits.
    static let splitAdvantage = 4

    /// Optimal-string-alignment distance (insertions, deletions, substitutions, adjacent
    /// transpositions) between the UTF-8 bytes of two words, or nil when it exceeds `limit`.
    static func distance(_ a: String, _ b: String, limit: Int) -> Int? {
        var scratch = DistanceScratch(capacity: b.utf8.count + 1)
        return distance(Array(a.utf8), Array(b.utf8), limit: limit, scratch: &scratch)
    }
}
