/// The Porter stemmer exactly as SQLite's FTS5 `porter` tokenizer applies it, so that the
/// engine can compare query words with indexed terms (`running` → `run`, `differences` → `differ`).
///
/// Words shorter than 3 or longer than 64 bytes pass through unchanged, as in FTS5.
public enum PorterStemmer {
    public static func stem(_ word: String) -> String {
        var bytes = Array(word.utf8)
        guard bytes.count >= 3, bytes.count <= 64 else { return word }
        var w = Word(bytes: bytes)
        w.step1a()
        if w.step1b() {
            w.step1bCleanup()
        }
        w.step1c()
        w.step2()
        w.step3()
        w.step4()
        w.step5()
        bytes = w.bytes
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// A word being stemmed, as bytes, with the measure tests of the Porter algorithm.
private struct Word {
    var bytes: [UInt8]

    var count: Int { bytes.count }

    func at(_ i: Int) -> UInt8 { bytes[i] }

    func ends(with suffix: String) -> Bool {
        ends(with: Array(suffix.utf8))
    }

    func ends(with suffix: [UInt8]) -> Bool {
        guard count > suffix.count else { return false }
        let offset = count - suffix.count
        for i in 0..<suffix.count where bytes[offset + i] != suffix[i] { return false }
        return true
    }

    mutating func replaceSuffix(_ length: Int, with replacement: [UInt8]) {
        bytes.removeLast(length)
        bytes.append(contentsOf: replacement)
    }

    mutating func replaceSuffix(_ length: Int, with replacement: String) {
        replaceSuffix(length, with: Array(replacement.utf8))
    }

    static func isVowel(_ c: UInt8, yIsVowel: Bool) -> Bool {
        switch c {
        case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"): true
        case UInt8(ascii: "y"): yIsVowel
        default: false
        }
    }

    /// Skips one vowel-then-consonant run in `stem[from..<to]`; returns the index after it, or nil.
    func skipVC(from start: Int, to end: Int, previousIsConsonant: Bool) -> Int? {
        var consonant = previousIsConsonant
        var i = start
        while i < end {
            consonant = !Word.isVowel(bytes[i], yIsVowel: consonant)
            if !consonant { break }
            i += 1
        }
        i += 1
        while i < end {
            consonant = !Word.isVowel(bytes[i], yIsVowel: consonant)
            if consonant { return i + 1 }
            i += 1
        }
        return nil
    }

    /// m > 0 for the first `n` bytes.
    func measureAbove0(_ n: Int) -> Bool { skipVC(from: 0, to: n, previousIsConsonant: false) != nil }

    /// m > 1 for the first `n` bytes.
    func measureAbove1(_ n: Int) -> Bool {
        guard let first = skipVC(from: 0, to: n, previousIsConsonant: false) else { return false }
        return skipVC(from: first, to: n, previousIsConsonant: true) != nil
    }

    /// m == 1 for the first `n` bytes.
    func measureIs1(_ n: Int) -> Bool {
        guard let first = skipVC(from: 0, to: n, previousIsConsonant: false) else { return false }
        return skipVC(from: first, to: n, previousIsConsonant: true) == nil
    }

    /// *v*: the first `n` bytes contain a vowel (FTS5 counts `y` after the first letter).
    func hasVowel(_ n: Int) -> Bool {
        (0..<n).contains { Word.isVowel(bytes[$0], yIsVowel: $0 > 0) }
    }

    /// *o: the first `n` bytes end consonant-vowel-consonant, the last not w, x or y.
    func endsCVC(_ n: Int) -> Bool {
        guard n > 0 else { return false }
        let last = bytes[n - 1]
        if last == UInt8(ascii: "w") || last == UInt8(ascii: "x") || last == UInt8(ascii: "y") { return false }
        var mask = 0
        var consonant = false
        for i in 0..<n {
            consonant = !Word.isVowel(bytes[i], yIsVowel: consonant)
            mask = (mask << 1) + (consonant ? 1 : 0)
        }
        return mask & 0x7 == 0x5
    }

    mutating func step1a() {
        guard bytes[count - 1] == UInt8(ascii: "s") else { return }
        if bytes[count - 2] == UInt8(ascii: "e") {
            let sses = count > 4 && bytes[count - 4] == UInt8(ascii: "s") && bytes[count - 3] == UInt8(ascii: "s")
            let ies = count > 3 && bytes[count - 3] == UInt8(ascii: "i")
            bytes.removeLast(sses || ies ? 2 : 1)
        } else if bytes[count - 2] != UInt8(ascii: "s") {
            bytes.removeLast()
        }
    }

    /// Returns true when `ed` or `ing` was removed.
    mutating func step1b() -> Bool {
        if ends(with: "eed") {
            if measureAbove0(count - 3) { bytes.removeLast() }
            return false
        }
        for suffix in ["ed", "ing"] where ends(with: suffix) {
            let n = count - suffix.utf8.count
            if hasVowel(n) {
                bytes.removeLast(suffix.utf8.count)
                return true
            }
            return false
        }
        return false
    }

    mutating func step1bCleanup() {
        guard count >= 2 else { return }
        for (suffix, replacement) in [("at", "ate"), ("bl", "ble"), ("iz", "ize")] where ends(with: suffix) {
            replaceSuffix(2, with: replacement)
            return
        }
        let c = bytes[count - 1]
        if !Word.isVowel(c, yIsVowel: false), c != UInt8(ascii: "l"), c != UInt8(ascii: "s"),
            c != UInt8(ascii: "z"), c == bytes[count - 2]
        {
            bytes.removeLast()
        } else if measureIs1(count), endsCVC(count) {
            bytes.append(UInt8(ascii: "e"))
        }
    }

    mutating func step1c() {
        if bytes[count - 1] == UInt8(ascii: "y"), hasVowel(count - 1) {
            bytes[count - 1] = UInt8(ascii: "i")
        }
    }

    /// Applies the first rule whose suffix matches, if its condition holds.
    /// Rules are grouped by the word's second-to-last letter, as in the reference implementation.
    mutating func applyFirst(_ rules: [Rule], when condition: (Word, Int) -> Bool) {
        guard count >= 2 else { return }
        let key = bytes[count - 2]
        for rule in rules {
            guard rule.suffix[rule.suffix.count - 2] == key, ends(with: rule.suffix) else { continue }
            if condition(self, count - rule.suffix.count) {
                replaceSuffix(rule.suffix.count, with: rule.replacement)
            }
            return
        }
    }

    /// A suffix and what replaces it, as bytes.
    struct Rule {
        var suffix: [UInt8]
        var replacement: [UInt8]

        static func rules(_ pairs: [(String, String)]) -> [Rule] {
            pairs.map { Rule(suffix: Array($0.0.utf8), replacement: Array($0.1.utf8)) }
        }
    }

    mutating func step2() {
        applyFirst(Word.step2Rules) { word, n in word.measureAbove0(n) }
    }

    mutating func step3() {
        applyFirst(Word.step3Rules) { word, n in word.measureAbove0(n) }
    }

    mutating func step4() {
        applyFirst(Word.step4Rules) { word, n in
            guard word.measureAbove1(n) else { return false }
            // -ion is removed only after s or t.
            if word.ends(with: "ion"), word.count - 3 == n {
                return word.bytes[n - 1] == UInt8(ascii: "s") || word.bytes[n - 1] == UInt8(ascii: "t")
            }
            return true
        }
    }

    mutating func step5() {
        if bytes[count - 1] == UInt8(ascii: "e") {
            let n = count - 1
            if measureAbove1(n) || (measureIs1(n) && !endsCVC(n)) {
                bytes.removeLast()
            }
        }
        if count > 1, bytes[count - 1] == UInt8(ascii: "l"), bytes[count - 2] == UInt8(ascii: "l"),
            measureAbove1(count - 1)
        {
            bytes.removeLast()
        }
    }

    // In each list, rules sharing a second-to-last letter keep the reference order.
    static let step2Rules = Rule.rules([
        ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"),
        ("logi", "log"), ("bli", "ble"), ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous"),
        ("ization", "ize"), ("ation", "ate"), ("ator", "ate"), ("alism", "al"), ("iveness", "ive"),
        ("fulness", "ful"), ("ousness", "ous"), ("aliti", "al"), ("iviti", "ive"), ("biliti", "ble"),
    ])
    static let step3Rules = Rule.rules([
        ("ical", "ic"), ("ness", ""), ("icate", "ic"), ("iciti", "ic"), ("ful", ""), ("ative", ""), ("alize", "al"),
    ])
    static let step4Rules = Rule.rules([
        ("al", ""), ("ance", ""), ("ence", ""), ("er", ""), ("ic", ""), ("able", ""), ("ible", ""), ("ant", ""),
        ("ement", ""), ("ment", ""), ("ent", ""), ("ion", ""), ("ou", ""), ("ism", ""), ("ate", ""), ("iti", ""),
        ("ous", ""), ("ive", ""), ("ize", ""),
    ])
}
