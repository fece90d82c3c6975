import Testing
@testable import VersusEngine

/// Properties of ranking and query analysis beyond bm25:
/// - intent is read from wording and only favours passage kinds, never filters them;
/// - a query naming an article's terms is routed to that article;
/// - misspelled words are corrected against the index, within the edit budget for their length;
/// - synonyms and prefixes widen matching;
/// - `explain` accounts for the whole score.
@Suite struct RankingTests {
    var index: ArticleIndex { TestSupport.corpusIndex }

    @Test(arguments: [
        ("affect in a sentence", QueryIntent.example),
        ("example of lay used correctly", .example),
        ("examples of lie used correctly", .example),
        // Examples of a thing are instances of it, not sentences: a chart row or an FAQ.
        ("examples of server software", .keyword),
        ("meaning of affect", .define),
        ("define udp", .define),
        ("what does udp stand for", .define),
        ("affect vs effect", .difference),
        ("difference between tcp and udp", .difference),
        ("fewer or less", .difference),
        ("which is faster tcp or udp", .attribute),
        ("jam vs jelly which has more sugar", .attribute),
        ("jam vs jelly sugar", .difference),
        ("is email asynchronous?", .question),
        ("can you freeze jam", .question),
        ("udp packet loss", .keyword),
        ("what is a compiler", .define),
        ("what's an interpreter", .define),
        ("whats mitosis", .define),
        ("what are viruses", .define),
        ("what is email", .question),
        ("explain meiosis", .define),
        ("mitosis", .define),
        ("debit card", .define),
        ("tell me about udp", .define),
        ("describe a compiler", .define),
        ("what is the difference between tcp and udp", .difference),
        ("explain the difference between weather and climate", .difference),
    ])
    func intentFromWording(_ query: String, _ intent: QueryIntent) throws {
        #expect(try index.analyze(query).intent == intent)
    }

    @Test(arguments: [
        ("What does 'further to' mean?", QueryIntent?.some(.define)),
        ("WHAT IS THE MEANING OF LAY?", .define),
        ("How is \"principle\" defined?", .define),
        ("What does UDP stand for?", .define),
        ("Can you use affect in a sentence?", .example),
        ("Examples of lie used correctly?", .example),
        ("What are some examples of current liabilities?", nil),
        ("Is email asynchronous?", nil),
        ("Does a standby generator need a transfer switch?", nil),
        ("Is it mean to say so?", .define),
        // A count of meanings or examples is a number, not a meaning.
        ("How many meanings does psychiatrist have?", nil),
        ("How many examples does the article give?", nil),
        ("", nil),
    ])
    func whatAnFAQAsksFor(_ question: String, _ intent: QueryIntent?) {
        #expect(QueryIntent.asked(by: question) == intent)
    }

    @Test func intentIsABoostNotAFilter() throws {
        let hits = try index.search(SearchRequest(query: "meaning of tcp handshake", limit: 20)).hits
        #expect(Set(hits.map(\.kind)).count > 1)
    }

    @Test(arguments: [
        ("affect vs effect", "affect-vs-effect"), ("effect vs affect", "affect-vs-effect"),
        ("difference between udp and tcp", "tcp-vs-udp"), ("stocks or bonds", "stocks-vs-bonds"),
        ("broth vs stock", "broth-vs-stock"),
        // Abbreviations the index lacks name the terms through the synonyms file.
        ("difference between async and sync", "synchronous-vs-asynchronous"), ("croc vs gator", "alligator-vs-crocodile"),
    ])
    func namingBothTermsAnswersWithTheSummary(_ query: String, _ slug: String) throws {
        let hit = try #require(try index.search(SearchRequest(query: query)).hits.first)
        #expect(hit.article == slug)
        #expect(hit.kind == .summary)
    }

    @Test func exactTermWordsWinOverSharedStems() throws {
        // "https" stems to "http": naming HTTP alone must not count as naming both.
        #expect(try index.analyze("http definition").namedArticles["http-vs-https"] == .a)
        #expect(try index.analyze("http vs https").namedArticles["http-vs-https"] == .both)
    }

    @Test(arguments: [
        ("asynchronus email", "asynchronus", "asynchronous"),
        ("diffrence between afect and effect", "afect", "affect"),
        ("is steal a compund", "compund", "compound"),
    ])
    func misspellingsAreCorrected(_ query: String, _ typo: String, _ fix: String) throws {
        let response = try index.search(SearchRequest(query: query))
        #expect(response.didYouMean?.contains(fix) == true)
        #expect(response.hits.contains { $0.corrected })
        #expect(try index.analyze(query).corrections.contains(Correction(from: typo, to: fix)))
    }

    @Test(arguments: [("cal", 0), ("tcp", 0), ("emial", 1), ("synchronus", 2), ("asynchronos", 2)])
    func editBudgetGrowsWithLength(_ word: String, _ budget: Int) {
        #expect(SpellingCorrector.allowedEdits(forLength: word.count) == budget)
    }

    @Test func knownWordsAreNotCorrected() throws {
        #expect(try index.analyze("email asynchronous").corrections.isEmpty)
        // Not in the index, but in the synonyms file: an abbreviation, not a misspelling of "syn".
        #expect(try index.analyze("sync vs async").corrections.isEmpty)
    }

    /// A correction is a guess and weighs less than the typed words, unless it corrects to a
    /// word of an article's terms: people misspell the subject they ask about.
    @Test(arguments: [("is emial asynchronous", "email", true), ("is steal a compund", "compound", false)])
    func correctionsToOtherWordsWeighLess(_ query: String, _ corrected: String, _ discounted: Bool) throws {
        let term = try #require(try index.analyze(query).terms.first { $0.word == corrected })
        #expect(term.isCorrection == discounted)
        let typed = try #require(try index.analyze(query).terms.first { $0.word != corrected })
        #expect(!typed.isCorrection)
    }

    @Test(arguments: [("abc", "abd", 1), ("email", "emial", 1), ("kitten", "sitting", 3), ("same", "same", 0)])
    func editDistance(_ a: String, _ b: String, _ expected: Int) {
        #expect(SpellingCorrector.distance(a, b, limit: 5) == expected)
        #expect(SpellingCorrector.distance(a, b, limit: expected - 1) == nil || expected == 0)
    }

    /// The letter-set bound that skips most correction candidates never exceeds the distance,
    /// so it can never skip the right correction: checked on 20,000 seeded random pairs of
    /// words over a small alphabet (where near misses are common) and some non-ASCII ones.
    @Test func letterBoundNeverExceedsTheDistance() {
        var random = FuzzInput(seed: 42)
        let alphabet = Array("abcde9é".utf8)
        for _ in 0..<20_000 {
            let a = (0..<Int.random(in: 1...9, using: &random)).map { _ in alphabet.randomElement(using: &random)! }
            let b = (0..<Int.random(in: 1...9, using: &random)).map { _ in alphabet.randomElement(using: &random)! }
            var scratch = SpellingCorrector.DistanceScratch(capacity: 12)
            let distance = SpellingCorrector.distance(a, b, limit: 20, scratch: &scratch)!
            let bound = SpellingCorrector.Entry(b).minimumEdits(from: SpellingCorrector.Entry.letters(of: a))
            #expect(bound <= distance, "\(a) \(b)")
        }
    }

    /// The first stage's partial selection gives exactly what a full sort gives, ties included
    /// (scores drawn from a few values, so most entries tie).
    @Test(arguments: [1, 7, 60, 500])
    func topMatchesAFullSort(_ count: Int) {
        var random = FuzzInput(seed: UInt64(count))
        var scores: [Int64: Double] = [:]
        for rowid in 0..<Int64(5_000) where Bool.random(using: &random) {
            scores[rowid] = Double(Int.random(in: 0..<6, using: &random)) * 1.5
        }
        let sorted = scores.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(count).map(\.key)
        let ordered = scores.keys.sorted()
        let scored = CandidatePlan.Scored(rowids: ordered, scores: ordered.map { scores[$0]! })
        #expect(CandidatePlan.top(count, of: scored) == Array(sorted))
    }

    /// Summing sorted lists gives what a dictionary gives: every rowid once, in order, with the
    /// sum of its scores.
    @Test(arguments: [0, 1, 2, 3, 5, 9])
    func sumOfScoredListsMatchesADictionary(_ lists: Int) {
        var random = FuzzInput(seed: UInt64(100 + lists))
        var expected: [Int64: Double] = [:]
        var scored: [CandidatePlan.Scored] = []
        for list in 0..<lists {
            let rowids = (0..<Int64(400)).filter { _ in Int.random(in: 0..<3, using: &random) == 0 }
            for rowid in rowids { expected[rowid, default: 0] += Double(list + 1) }
            scored.append(CandidatePlan.Scored(rowids: rowids, scores: rowids.map { _ in Double(list + 1) }))
        }
        let sum = CandidatePlan.Scored.sum(scored)
        #expect(sum.rowids == expected.keys.sorted())
        #expect(sum.scores == expected.keys.sorted().map { expected[$0]! })
    }

    @Test(arguments: [
        ("prescriptions", [["prescribe"]]),
        ("prescribing", [["prescription"]]),
        ("prescription", [["prescribe"]]),
        ("vaccines", [["shot"], ["jab"]]),
        ("unrelated", []),
    ])
    func synonymsApplyToOtherFormsOfAWord(_ word: String, _ expected: [[String]]) {
        let synonyms = Synonyms(text: "prescribe, prescription\nshot, jab, vaccine\n")
        #expect(synonyms.alternatives(for: word) == expected)
    }

    @Test func synonymsMatchBothWays() throws {
        let synonyms = Synonyms(text: "# comment\nram, random access memory\nflu, influenza\n\nlonely entry\n")
        #expect(synonyms.groups.count == 2)
        #expect(synonyms.alternatives(for: "flu") == [["influenza"]])
        #expect(synonyms.alternatives(for: "influenza") == [["flu"]])
        #expect(synonyms.alternatives(for: "ram") == [["random", "access", "memory"]])
        let phrase = synonyms.expandPhrases(in: [QueryTerm(word: "random"), QueryTerm(word: "access"), QueryTerm(word: "memory")],
                                            words: ["random", "access", "memory"])
        #expect(phrase[0].alternatives == [["ram"]])
        #expect(phrase[2].alternatives == [["ram"]], "every word of the phrase is covered by its synonym")
        #expect(QueryTerm(word: "ram", alternatives: [["random", "access", "memory"]]).matchExpression == #"("ram" OR "random access memory")"#)
    }

    @Test func bundledSynonymsAreApplied() throws {
        let hits = try index.search(SearchRequest(query: "influenza symptoms", limit: 3)).hits
        #expect(hits.first?.article == "cold-vs-flu")
        // A short form people type for an ordinary word.
        let temp = try #require(try index.analyze("oven temp").terms.first { $0.word == "temp" })
        #expect(temp.alternatives.contains(["temperature"]))
        // The short name of a field of study ("dividend meaning in math": "In mathematics, …").
        let math = try #require(try index.analyze("dividend meaning in math").terms.first { $0.word == "math" })
        #expect(math.alternatives.contains(["mathematics"]))
    }

    /// A comparative finds the chart row of the attribute it compares ("cheaper": the cost row).
    @Test func comparativesFindTheirAttributesRow() throws {
        let hit = try #require(try index.search(SearchRequest(query: "is a thread cheaper to create than a process")).hits.first)
        #expect(hit.kind == .chart)
        #expect(hit.heading == "Creation cost")
    }

    /// A request framed around one term ("what's an interpreter", "tell me about udp") gets the
    /// term's definition; framing words match nothing ("tell" would find "How do you tell…").
    @Test(arguments: [
        ("what's an interpreter", "Interpreter"), ("whats mitosis", "Mitosis"), ("what are viruses", "Virus"),
        ("explain meiosis", "Meiosis"), ("tell me about udp", "UDP"),
    ])
    func framedRequestsGetTheTermsDefinition(_ query: String, _ term: String) throws {
        let hit = try #require(try index.search(SearchRequest(query: query)).hits.first)
        #expect(hit.kind == .definition)
        #expect(hit.term == term)
    }

    /// "X vs Y header": a word beside both terms that names a chart row asks for that row; when
    /// a key-difference paragraph's first sentence names it too ("That difference shows in look
    /// and texture."), for that paragraph, which explains what the row states.
    @Test(arguments: [
        ("tcp vs udp header", PassageKind.chart, "Header size"), ("jam vs jelly appearance", .chart, "Appearance"),
        ("jam vs jelly texture", .difference, "That difference shows in look and texture."),
    ])
    func aWordBesideBothTermsNamesItsPassage(_ query: String, _ kind: PassageKind, _ opening: String) throws {
        #expect(try index.analyze(query).intent == .difference)
        let hit = try #require(try index.search(SearchRequest(query: query)).hits.first)
        #expect(hit.kind == kind)
        #expect((hit.heading ?? hit.text).hasPrefix(opening))
    }

    /// A reworded question keeps how it opens; a question about what a thing is made of or tastes
    /// like says so anywhere; yes/no questions have no form.
    @Test(arguments: [
        ("who came up with margarine", QuestionForm?.some(.person)), ("how come my ip keeps changing", .reason),
        ("why is the sky blue", .reason), ("so why is it", .reason), ("what causes a cold", .reason),
        ("how often should i water", .frequency), ("how much sunscreen do i need", .amount), ("how long is a violin", .amount),
        ("how do i tell them apart", .manner), ("what's it called", .thing), ("whats a compiler", .thing),
        ("where do spices come from", .place), ("when was it invented", .time), ("which is faster", .choice),
        ("what is a slow cooker made of", .material), ("what ingredients are in pesto", .material),
        ("what does coriander taste like", .taste), ("how does kefir taste", .taste), ("what made you stay", .reason),
        ("is it made of steel", nil), ("is email asynchronous", nil), ("can you freeze jam", nil), ("", nil),
    ])
    func questionFormFromTheOpening(_ query: String, _ form: QuestionForm?) {
        #expect(QuestionForm.read(WordTokenizer.words(in: query)) == form)
    }

    /// A chart label answers the question it opens as, or the one a word of it names; a duration
    /// is an amount, a point in time a time.
    @Test(arguments: [
        ("Where It Grows", QuestionForm?.some(.place)), ("Common Sites", .place), ("Habitat", .place),
        ("Issued By", .person), ("Who Can File", .person), ("How Often", .frequency), ("Typical Frequency", .frequency),
        ("When Issued", .time), ("Usual Age", .time), ("Typical Cause", .reason), ("Cooking Time", .amount),
        ("Typical Size", .amount), ("Typical Material", .material), ("Dairy Base", .material), ("Flavor", .taste),
        ("How It Works", nil), ("Example Sentence", nil), ("", nil),
    ])
    func questionFormOfAChartLabel(_ label: String, _ form: QuestionForm?) {
        #expect(QuestionForm.answered(byLabel: WordTokenizer.words(in: label)) == form)
    }

    /// A run-together word is split into two indexed words, but not where a half is a stop word,
    /// nor into a fragment of two letters, unless beside a number.
    @Test(arguments: [
        ("heatwave", ["heat", "wave"]), ("below", nil), ("somebody", nil), ("heat", nil), ("councle", nil),
        ("128gb", ["128", "gb"]),
    ] as [(String, [String]?)])
    func runTogetherWordsAreSplit(_ word: String, _ parts: [String]?) {
        let words = ["heat", "wave", "be", "low", "some", "body", "co", "uncle", "128", "gb"]
        let lexicon = Lexicon(generation: 0, wordFrequency: Dictionary(uniqueKeysWithValues: words.map { ($0, 3) }), articles: [])
        #expect(SpellingCorrector(lexicon: lexicon).split(word) == parts)
    }

    /// A split loses to a one-typo correction that is more frequent than its rarer half: with
    /// "comp" and "und" rare and "compound" common, "compund" means "compound"; "heatwave" splits.
    /// A form of an indexed word is no misspelling ("thicker" of "thick"), unless a word one typo
    /// away is more common than the form: "volly" is "vol" (of "vol-au-vent") and "ly", rarer than
    /// "volley".
    @Test(arguments: [("half volly", "half volley"), ("thicker soup", nil)] as [(String, String?)])
    func aCommonCorrectionBeatsARareForm(_ query: String, _ meant: String?) {
        let frequency = ["vol": 2, "volley": 11, "half": 40, "thick": 30, "thicket": 3, "soup": 20]
        let lexicon = Lexicon(generation: 0, wordFrequency: frequency, articles: [])
        #expect(QueryAnalyzer(lexicon: lexicon).analyze(query).didYouMean == meant)
    }

    /// At 100,000 articles "bi" and "sion" are each in more articles than "bison": not enough.
    @Test(arguments: [
        ("is it a compund", "is it a compound"), ("a heatwave", "a heat wave"), ("how heavy is a bision", "how heavy is a bison"),
    ])
    func aFrequentCorrectionBeatsARareSplit(_ query: String, _ meant: String) {
        let frequency = ["comp": 1, "und": 1, "compound": 40, "heat": 30, "wave": 30, "heatware": 1, "bi": 18, "sion": 10, "bison": 8]
        let lexicon = Lexicon(generation: 0, wordFrequency: frequency, articles: [])
        #expect(QueryAnalyzer(lexicon: lexicon).analyze(query).didYouMean == meant)
    }

    /// One edit away, the slips people make most come before a more frequent word: a doubled
    /// letter typed once or twice, neighbours swapped, a vowel for a vowel.
    @Test(arguments: [
        ("simer", "simmer"), ("wobbbler", "wobbler"), ("mortra", "mortar"), ("morter", "mortar"), ("stel", "steel"),
    ])
    func likelySlipsComeFirst(_ typed: String, _ meant: String) {
        let frequency = ["simmer": 1, "sixer": 50, "wobbler": 1, "wobblers": 50, "mortar": 1, "porter": 50, "mortal": 50, "steal": 1, "steel": 1, "stem": 50]
        let lexicon = Lexicon(generation: 0, wordFrequency: frequency, articles: [])
        #expect(SpellingCorrector(lexicon: lexicon).correction(for: typed) == meant)
    }

    @Test(arguments: [("simer", "simmer", true), ("sixer", "simmer", false), ("mroe", "more", true), ("mare", "more", true),
                      ("mxre", "more", false), ("moore", "more", true), ("mor", "more", false), ("empaty", "empathy", true),
        ("rythm", "rhythm", true), ("emptyh", "empty", false)])
    func whatCountsAsALikelySlip(_ typed: String, _ word: String, _ likely: Bool) {
        #expect(SpellingCorrector.isLikelyTypo(of: Array(word.utf8), typed: Array(typed.utf8)) == likely)
    }

    /// A misspelled marker word is corrected to it, even when the index lacks it.
    @Test(arguments: [("sentnce", "sentence"), ("diffrence", "difference"), ("defintion", "definition"), ("exmaple", "example"), ("meen", nil), ("sentence", nil)])
    func misspelledMarkersAreCorrected(_ word: String, _ marker: String?) {
        #expect(SpellingCorrector(lexicon: .empty).markerCorrection(for: word) == marker)
    }

    /// A misspelled marker that stems as indexed words do ("differance", "different") is still
    /// the marker: the query asks for the difference.
    @Test func aMisspelledMarkerSharingAStemIsTheMarker() throws {
        let query = try index.analyze("differance between fewer and less")
        #expect(query.corrections == [Correction(from: "differance", to: "difference")])
        #expect(query.intent == .difference)
        #expect(!query.terms.contains { $0.stem == "differ" })
    }

    /// "Where does X come from" asks for a source: the chart row labelled so.
    @Test func comeFromFindsTheSourceRow() throws {
        let hit = try #require(try index.search(SearchRequest(query: "where does the money come from debit vs credit card")).hits.first)
        #expect(hit.heading == "Source of money")
    }

    /// Forms that Porter stems apart join the query word; forms the index lacks, or that share
    /// the word's stem already, do not.
    @Test(arguments: [
        ("virus", ["viruses", "viral"]),  // "viral": a derivation (Derivations)
        ("viruses", ["virus"]),
        ("suddenly", ["sudden"]),
        ("sudden", ["suddenly"]),
        ("email", [String]()),
        ("packets", []),
        ("harmonic", ["harmony"]),
        ("thicker", ["thick"]),
        ("hotter", ["hot"]),
    ])
    func wordVariantsBridgePorterSplits(_ word: String, _ expected: [String]) throws {
        let term = try #require(try index.analyze(word).terms.first)
        let variants = term.alternatives.filter { $0.count == 1 }.map { $0[0] }
        #expect(variants.sorted() == expected.sorted())
    }

    @Test func pluralFindsTheSingularsFAQ() throws {
        let hits = try index.search(SearchRequest(query: "can antibiotics kill a virus", limit: 3)).hits
        #expect(hits.contains { $0.heading == "Do antibiotics work on viruses?" })
    }

    @Test func prefixMatchesTheWordBeingTyped() throws {
        let typed = try index.search(SearchRequest(query: "asynchro", prefix: true)).hits
        #expect(typed.first?.article == "synchronous-vs-asynchronous")
        #expect(try index.search(SearchRequest(query: "asynchro")).hits.isEmpty)
        #expect(try index.analyze("is email asynchro", prefix: true).terms.last?.isPrefix == true)
    }

    @Test func explanationAccountsForTheScore() throws {
        let hits = try index.search(SearchRequest(query: "is email asynchronous", explain: true)).hits
        let explained = try #require(hits.first?.explanation)
        let product = explained.factors.reduce(explained.bm25) { $0 * $1.value }
        #expect(abs(product - explained.score) < 1e-9)
        #expect(explained.factors.allSatisfy { !$0.reason.isEmpty })
        #expect(explained.factors.contains { $0.name == "coverage" })
        #expect(try index.search(SearchRequest(query: "email")).hits.allSatisfy { $0.explanation == nil })
    }

    @Test(arguments: [
        ("To bring about a result.", PartOfSpeech.verb), ("A result or consequence.", .noun),
        ("As a verb, to praise someone.", .verb), ("In a hurried manner.", .adverb), ("Having no flavor.", .adjective),
        ("Random words", nil),
    ])
    func partOfSpeechFromDefinitions(_ definition: String, _ part: PartOfSpeech?) {
        #expect(PartOfSpeech.guess(fromDefinition: definition) == part)
    }

    @Test func askingForAVerbSenseFindsIt() throws {
        let hit = try #require(try index.search(SearchRequest(query: "effect as a verb meaning", kinds: [.definition])).hits.first)
        #expect(hit.term == "Effect")
        #expect(hit.text.lowercased().hasPrefix("to ") || hit.text.lowercased().contains("verb"))
    }

    @Test(arguments: [
        ("how many years of weather make a climate", AnswerType?.some(.quantity)),
        ("concrete: how long to cure", .quantity),
        ("HOW MUCH RAM DO I NEED", .quantity),
        ("how is a viola tuned", nil),
        ("many years of weather", nil),
        ("how", nil),
    ])
    func quantityQuestionsFromWording(_ query: String, _ type: AnswerType?) throws {
        #expect(try index.analyze(query).answerType == type)
    }

    @Test(arguments: [
        ("Climatologists average weather over 30 years.", true), ("It takes about three weeks.", true),
        ("Twice as long.", true), ("One of the main differences.", false), ("Weather changes by the hour.", false),
        ("An adult needs about one ounce.", true), ("More than one is fine.", true), ("This one is better.", false),
    ])
    func passagesStatingAnAmount(_ text: String, _ states: Bool) {
        #expect(AnswerType.statesQuantity(text) == states)
    }

    /// "How many years…" is answered by the FAQ that says how many, not by one that only talks
    /// about years.
    @Test func quantityQuestionFindsTheAnswerWithANumber() throws {
        let hits = try index.search(SearchRequest(query: "how many years of weather make a climate", explain: true)).hits
        let first = try #require(hits.first)
        #expect(first.text.contains("30 years"))
        #expect(first.explanation?.factors.contains { $0.name == "quantity" } == true)
    }
}
