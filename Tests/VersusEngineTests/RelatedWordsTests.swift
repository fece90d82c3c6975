import Testing

@testable import VersusEngine

/// The related-words file is searched by halves; a word it lacks has no related stems, and the
/// bundled file relates a qualifier to the words its sense is explained with.
@Suite struct RelatedWordsTests {
    static let file = RelatedWords(text: "# licence\n#\nangry\tanger enrag\nmining\textract or coal\nspy\tsecret agent inform\n")

    @Test(arguments: [
        ("angry", ["anger", "enrag"]), ("mining", ["extract", "or", "coal"]), ("spy", ["secret", "agent", "inform"]),
        ("anger", []), ("zzz", []), ("", []),
    ])
    func stemsAreFoundByWord(_ word: String, _ stems: [String]) {
        #expect(Self.file.stems(of: word) == stems)
    }

    @Test(arguments: [("angry", "anger"), ("mining", "coal"), ("customer", "servic"), ("overpriced", "expens")])
    func theBundledFileRelatesAQualifierToItsSenseWords(_ word: String, _ stem: String) {
        #expect(RelatedWords.bundled.stems(of: word).contains(stem), "\(word)")
    }
}
