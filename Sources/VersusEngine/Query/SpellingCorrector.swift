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

    func correction(for word: String) -> String? {
        let length = word.count
        let allowed = Self.allowedEdits(forLength: length)
        guard allowed > 0, !lexicon.contains(word), !word.contains(where: \.isNumber) else { return nil }
        let target = Array(word.unicodeScalars)
        var best: (word: String, distance: Int, frequency: Int)?
        for candidateLength in (length - allowed)...(length + allowed) {
            for candidate in lexicon.wordsByLength[candidateLength] ?? [] {
                let limit = best.map { min($0.distance, allowed) } ?? allowed
                guard let distance = Self.distance(target, Array(candidate.unicodeScalars), limit: limit) else { continue }
                let frequency = lexicon.wordFrequency[candidate] ?? 0
                if let current = best {
                    if distance > current.distance { continue }
                    if distance == current.distance
                        && (frequency < current.frequency || (frequency == current.frequency && candidate > current.word))
                    {
                        continue
                    }
                }
                best = (candidate, distance, frequency)
            }
        }
        return best?.word
    }

    /// Splits a run-together word into two indexed words ("heatwave" → "heat wave", "128gb" →
    /// "128 gb"), preferring the split whose rarer half is most frequent. Each half has at least
    /// two characters; nil when the word is indexed or no split works.
    func split(_ word: String) -> [String]? {
        guard !lexicon.contains(word) else { return nil }
        let characters = Array(word)
        guard characters.count >= 4 else { return nil }
        var best: (parts: [String], frequency: Int)?
        for cut in 2...(characters.count - 2) {
            let left = String(characters[..<cut])
            let right = String(characters[cut...])
            guard let a = lexicon.wordFrequency[left], let b = lexicon.wordFrequency[right] else { continue }
            let frequency = min(a, b)
            if best == nil || frequency > best!.frequency { best = ([left, right], frequency) }
        }
        return best?.parts
    }

    /// Optimal-string-alignment distance (insertions, deletions, substitutions, adjacent
    /// transpositions), or nil when it exceeds `limit`.
    static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int? {
        if abs(a.count - b.count) > limit { return nil }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) <= limit ? max(a.count, b.count) : nil }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = current[0]
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, previous2[j - 2] + 1)
                }
                current[j] = value
                rowMinimum = min(rowMinimum, value)
            }
            if rowMinimum > limit { return nil }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[b.count] <= limit ? previous[b.count] : nil
    }
}
