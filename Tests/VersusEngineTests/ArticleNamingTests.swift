import Testing
@testable import VersusEngine

/// Articles whose terms are intent markers, parts of speech, or words that share a stem.
enum ArticleNamingFixture {
    static let lexicon = Lexicon(
        generation: 0, wordFrequency: [:],
        articles: [
            ("who-vs-whom", "Who", "Whom"), ("example-vs-sample", "Example", "Sample"),
            ("adjective-vs-noun", "Adjective", "Noun"), ("lay-vs-lie", "Lay", "Lie"),
            ("definition-vs-description", "Definition", "Description"),
            ("synchronous-vs-asynchronous", "Synchronous", "Asynchronous"), ("synchronize-vs-regulate", "Synchronize", "Regulate"),
            ("stocks-vs-bonds", "Stocks", "Bonds"), ("broth-vs-stock", "Broth", "Stock"),
            ("bake-vs-roast", "Bake", "Roast"), ("construction-vs-baking", "Construction", "Baking"),
            ("roasting-vs-poaching", "Roasting", "Poaching"),
            ("deficit-vs-lead", "Deficit", "Lead"), ("leaded-vs-unleaded", "Leaded", "Unleaded"),
        ])
}

/// On a real site the words that say how to answer — intent markers, framing words, parts of
/// speech — are themselves some articles' terms ("Example vs. Sample", "Adjective vs. Noun"). While
/// another word of the query names an article, or is a content word at all, such a word names none
/// and does not match: it only sets the intent. Alone, or completing a pair that other words name, it still names its article.
@Suite struct MarkerNamingTests {
    static let lexicon = ArticleNamingFixture.lexicon

    @Test(arguments: [
        ("whom in a sentence example", ["who-vs-whom"], QueryIntent.example),
        ("define lay as an adjective", ["lay-vs-lie"], .define),
        ("lie definition", ["lay-vs-lie"], .define),
        ("example vs sample", ["example-vs-sample"], .difference),
        ("adjective vs noun", ["adjective-vs-noun"], .difference),
        ("example of an adjective", ["adjective-vs-noun", "example-vs-sample"], .example),
        ("definition", ["definition-vs-description"], .define),
        // A content word that names no article still is what the query asks about.
        ("amoled definition", [], .define),
        ("zorbing in a sentence example", [], .example),
    ])
    func markersNameArticlesOnlyWhenNothingElseDoes(_ text: String, _ named: [String], _ intent: QueryIntent) {
        let query = QueryAnalyzer(lexicon: Self.lexicon).analyze(text)
        #expect(query.namedArticles.keys.sorted() == named, "\(text)")
        #expect(query.intent == intent, "\(text)")
    }

    @Test(arguments: [
        ("whom in a sentence example", ["whom"]),
        // A part of speech names nothing here but still matches: a sense may read "as an adjective".
        ("define lay as an adjective", ["lay", "adjective"]),
        ("example vs sample", ["example", "sample"]),
    ])
    func markersDoNotMatchWhenTheyNameNothing(_ text: String, _ words: [String]) {
        let query = QueryAnalyzer(lexicon: Self.lexicon).analyze(text)
        // The stop words of "in a sentence" stay only as evidence that weighs nothing.
        #expect(query.terms.filter { $0.weight > 0 }.map(\.word) == words, "\(text)")
    }
}

/// A term that only shares its stem with a word the query writes out names its article only when
/// no other article's term is that very word, or when the word is its plural or singular, or its
/// "-ing" or "-ed" form: "synchronous" names "Synchronous vs. Asynchronous", not "Synchronize vs.
/// Regulate"; "stock" names both "Stocks" and "Stock"; "baking" both "Baking" and "Bake", but
/// "lead" not "Leaded".
@Suite struct StemNamingTests {
    static let lexicon = ArticleNamingFixture.lexicon

    @Test(arguments: [
        ("synchronous in a sentence", ["synchronous-vs-asynchronous"]),
        // Neither term written out: both share the stem, and both are named.
        ("synchronizing clocks", ["synchronize-vs-regulate", "synchronous-vs-asynchronous"]),
        ("stock meaning soup", ["broth-vs-stock", "stocks-vs-bonds"]),
        ("baking vs roasting", ["bake-vs-roast", "construction-vs-baking", "roasting-vs-poaching"]),
        ("lead meaning first place", ["deficit-vs-lead"]),
    ])
    func writtenWordsWinOverSharedStems(_ text: String, _ named: [String]) {
        #expect(QueryAnalyzer(lexicon: Self.lexicon).analyze(text).namedArticles.keys.sorted() == named, "\(text)")
    }
}

/// The named articles searched first are those the query names most fully: both terms, then the
/// longest term ("computer virus" before "virus"), then by slug.
@Suite struct NamedArticleOrderTests {
    static let lexicon = Lexicon(
        generation: 0, wordFrequency: [:],
        articles: [
            ("climate-vs-clime", "Climate", "Clime"), ("climate-vs-inhospitableness", "Climate", "Inhospitableness"),
            ("weather-vs-climate", "Weather", "Climate"), ("virus-vs-bacteria", "Virus", "Bacteria"),
            ("logic-bomb-vs-computer-virus", "Logic Bomb", "Computer Virus"),
        ])

    @Test(arguments: [
        ("climate vs weather", ["weather-vs-climate", "climate-vs-clime", "climate-vs-inhospitableness"]),
        ("computer virus definition", ["logic-bomb-vs-computer-virus", "virus-vs-bacteria"]),
    ])
    func fullestNamingFirst(_ text: String, _ order: [String]) {
        let query = QueryAnalyzer(lexicon: Self.lexicon).analyze(text)
        #expect(Self.lexicon.namedArticlesStanding(query.namedArticles).map(\.slug) == order, "\(text)")
    }

    /// Named alike, the article where the rest of the query fits best comes first; the fit never
    /// outranks a fuller naming.
    @Test func bestFitAmongTheNamedAlike() {
        let query = QueryAnalyzer(lexicon: Self.lexicon).analyze("climate in the tropics")
        let fit = ["climate-vs-inhospitableness": 2.0, "weather-vs-climate": 1.0]
        #expect(
            Self.lexicon.namedArticlesStanding(query.namedArticles) { fit[$0] ?? 0 }.map(\.slug)
                == ["climate-vs-inhospitableness", "weather-vs-climate", "climate-vs-clime"])
        let pair = QueryAnalyzer(lexicon: Self.lexicon).analyze("virus vs bacteria in the tropics")
        #expect(
            Self.lexicon.namedArticlesStanding(pair.namedArticles) { $0 == "virus-vs-bacteria" ? 0 : 5 }.first?.slug
                == "virus-vs-bacteria")
    }

    /// Step 2 searches the first three named articles; in a request for a meaning or an example,
    /// also those after them that stand exactly as the third does, up to five in all.
    @Test(arguments: [
        // Six alike ("scallion in a sentence"): five among equals, three otherwise.
        ([1, 1, 1, 1, 1, 1], true, 5),
        ([1, 1, 1, 1, 1, 1], false, 3),
        // The fourth fits the rest of the query less: it stands apart, and the search stops.
        ([3, 2, 1, 0.5, 0.5], true, 3),
        // The third and fourth tie, the fifth does not.
        ([3, 1, 1, 1, 0], true, 4),
        // Fewer named than three, or none.
        ([1, 1], true, 2),
        ([], true, 0),
    ] as [([Double], Bool, Int)])
    func namedArticlesSearched(_ fits: [Double], _ amongEquals: Bool, _ count: Int) {
        let named = fits.enumerated().map { index, fit in
            (slug: "article-\(index)", standing: Lexicon.NamedStanding(both: false, covered: 1, fit: fit))
        }
        let searched = CandidatePlan.searched(named, settings: .init(), amongEquals: amongEquals)
        #expect(searched == named.prefix(count).map(\.slug))
    }

    /// A fuller naming stands apart from a weaker one whatever the fit.
    @Test func standingOrdersNamingBeforeFit() {
        let query = QueryAnalyzer(lexicon: Self.lexicon).analyze("climate vs weather")
        let standings = Self.lexicon.namedArticlesStanding(query.namedArticles) { $0 == "climate-vs-clime" ? 9 : 1 }
        #expect(standings.map(\.slug) == ["weather-vs-climate", "climate-vs-clime", "climate-vs-inhospitableness"])
        #expect(standings[0].standing.both && !standings[1].standing.both)
        #expect(standings[1].standing.precedes(standings[2].standing))
        #expect(!standings[2].standing.precedes(standings[1].standing))
    }

    /// The best score of step 1 within an article's rowids.
    @Test(arguments: [(1...3, 0.5), (4...9, 2.0), (11...12, 0.0), (0...100, 2.0)] as [(ClosedRange<Int64>, Double)])
    func bestScoreInARange(_ range: ClosedRange<Int64>, _ best: Double) {
        let scored = CandidatePlan.Scored(rowids: [2, 3, 5, 7, 10], scores: [0.5, 0.25, 2.0, 1.0, 1.5])
        #expect(scored.best(in: range) == best)
    }

    /// The rowids of a word's step-1 list that fall in an article's range, as a named article's
    /// own-text matches take them without asking FTS5.
    @Test(arguments: [(1...3, [2, 3]), (4...9, [5, 7]), (11...12, []), (0...100, [2, 3, 5, 7, 10]), (10...10, [10])]
        as [(ClosedRange<Int64>, [Int64])])
    func listedRowidsInARange(_ range: ClosedRange<Int64>, _ expected: [Int64]) {
        let rowids: [Int64] = [2, 3, 5, 7, 10]
        #expect(Array(rowids[CandidatePlan.positions(of: range, in: rowids)]) == expected)
    }
}

/// A request for a meaning or a usage writes its subject first, then the words that say which
/// sense: those name an article only when the subject names none.
@Suite struct SubjectNamingTests {
    static let lexicon = Lexicon(
        generation: 0, wordFrequency: [:],
        articles: [
            ("broth-vs-stock", "Broth", "Stock"), ("barbeque-vs-soup", "Barbeque", "Soup"),
            ("harmony-vs-melody", "Harmony", "Melody"), ("peace-vs-war", "Peace", "War"),
            ("who-vs-whom", "Who", "Whom"), ("with-vs-without", "With", "Without"), ("violin-vs-viola", "Violin", "Viola"),
            ("count-vs-coordinate", "Count", "Coordinate"), ("desert-vs-dessert", "Desert", "Dessert"),
            ("bank-vs-shore", "Bank", "Shore"), ("river-vs-stream", "River", "Stream"),
            ("glacier-vs-iceberg", "Glacier", "Iceberg"), ("celebrated-vs-famous", "Celebrated", "Famous"),
            ("vote-vs-voting", "Vote", "Voting"), ("democracy-vs-monarchy", "Democracy", "Monarchy"),
        ])

    @Test(arguments: [
        ("stock meaning soup", ["broth-vs-stock"]),
        ("harmony meaning peace", ["harmony-vs-melody"]),
        ("harmony used in a sentence about peace", ["harmony-vs-melody"]),
        // The sense words come first: nothing before them names an article, so nothing is dropped.
        ("meaning of harmony and peace", ["harmony-vs-melody", "peace-vs-war"]),
        // A stop word before the sense words is no subject (and names nothing beside "violin").
        ("sentence with the word violin", ["violin-vs-viola"]),
        // No request for a sense: every named article stays.
        ("harmony peace", ["harmony-vs-melody", "peace-vs-war"]),
        // "as" asks for a sense before a word class or "in"; otherwise it is a plain word.
        ("whom as a relative pronoun", ["who-vs-whom"]),
        ("bank as in river", ["bank-vs-shore"]),
        ("how much rain makes an area count as a desert", ["count-vs-coordinate", "desert-vs-dessert"]),
        // A pair named whole by the sense words stays; one word naming both terms is no pair.
        ("famous examples of glaciers and icebergs", ["celebrated-vs-famous", "glacier-vs-iceberg"]),
        ("democracy meaning everyone votes", ["democracy-vs-monarchy"]),
    ])
    func theSubjectNamesTheArticle(_ text: String, _ named: [String]) {
        #expect(QueryAnalyzer(lexicon: Self.lexicon).analyze(text).namedArticles.keys.sorted() == named, "\(text)")
    }
}

/// With a pair named, the intent is the difference unless other words ask something of the pair;
/// a stop word that is some article's term ("or") asks nothing, a word that names another
/// article ("kg") does. Only the words of one term ask its meaning.
@Suite struct PairIntentTests {
    static let lexicon = Lexicon(
        generation: 0, wordFrequency: [:],
        articles: [
            ("lay-vs-lie", "Lay", "Lie"), ("and-vs-or", "And", "Or"), ("mass-vs-weight", "Mass", "Weight"),
            ("kg-vs-metric-grain", "Kg", "Metric Grain"), ("alligator-vs-roan", "Alligator", "Roan"),
            ("bite-vs-nip", "Bite", "Nip"), ("force-vs-power", "Force", "Power"),
        ])

    @Test(arguments: [
        ("lay or lie", QueryIntent.difference),
        ("lay vs lie", .difference),
        ("is kg mass or weight", .attribute),
        ("mass or weight on the moon?", .attribute),
        // A bare term asks its meaning; words of several articles' terms are keywords.
        ("metric grain", .define),
        ("alligator", .define),
        ("alligator bite force", .keyword),
        ("what is alligator bite force", .question),
    ])
    func theWordsBesideThePairSetTheIntent(_ text: String, _ intent: QueryIntent) {
        #expect(QueryAnalyzer(lexicon: Self.lexicon).analyze(text).intent == intent, "\(text)")
    }
}

/// On a real site stop words are terms too ("A vs. An", "In vs. On", "As vs. Like"): a stop word
/// names its article only when no other word, bar those that say how to answer, names one, or
/// when the query writes its pair joined ("than or then part of speech"). A form that Porter
/// stems apart names its word's article ("viruses" names "virus", "wolves" "wolf"), unless the
/// query word is itself a term word: "fewer" names "Fewer vs. Less", not "Few vs. A Few".
@Suite struct StopWordAndVariantNamingTests {
    static let lexicon = Lexicon(
        generation: 0,
        wordFrequency: [
            "few": 3, "fewer": 2, "less": 2, "virus": 3, "viruses": 1, "bacteria": 2, "wolf": 2, "wolves": 1, "knife": 2,
            "knives": 1,
        ],
        articles: [
            ("process-vs-procedure", "Process", "Procedure"), ("a-vs-an", "A", "An"), ("in-vs-on", "In", "On"),
            ("as-vs-like", "As", "Like"), ("who-vs-whom", "Who", "Whom"), ("example-vs-sample", "Example", "Sample"),
            ("fewer-vs-less", "Fewer", "Less"), ("few-vs-a-few", "Few", "A Few"), ("virus-vs-bacteria", "Virus", "Bacteria"),
            ("than-vs-then", "Than", "Then"), ("jump-vs-part", "Jump", "Part"), ("wolf-vs-coyote", "Wolf", "Coyote"),
            ("chefs-knife-vs-santoku", "Chef's Knife", "Santoku"), ("make-vs-do", "Make", "Do"),
        ])

    @Test(arguments: [
        ("process used as a verb in a sentence", ["process-vs-procedure"]),
        ("a vs an", ["a-vs-an"]),
        ("when to use in or on", ["in-vs-on"]),
        ("as vs like in a sentence", ["as-vs-like"]),
        // Only markers beside the stop word: the stop word is the subject.
        ("whom example", ["who-vs-whom"]),
        ("an example of a process", ["process-vs-procedure"]),
        ("fewer in a sentence", ["fewer-vs-less"]),
        ("can antibiotics kill viruses", ["virus-vs-bacteria"]),
        ("do wolves hunt alone", ["wolf-vs-coyote"]),
        // A possessive typed without its apostrophe, and a slip for "knife" or "knives".
        ("chefs knife", ["chefs-knife-vs-santoku"]),
        ("chefs knive country of origin", ["chefs-knife-vs-santoku"]),
        ("few meaning", ["few-vs-a-few"]),
        ("than or then part of speech", ["jump-vs-part", "than-vs-then"]),
        ("difference between then and than", ["than-vs-then"]),
        ("more than a part then", ["jump-vs-part"]),
    ])
    func stopWordsAndVariantsNameOnlyWhenTheyShould(_ text: String, _ named: [String]) {
        #expect(QueryAnalyzer(lexicon: Self.lexicon).analyze(text).namedArticles.keys.sorted() == named, "\(text)")
    }

    /// A stop word that asks the question ("how often do…") does not complete a pair whose other
    /// term a content word names; a query that writes the pair names both.
    @Test(arguments: [
        ("how often do pros make eagles", TermSide.a), ("what does it take to make bread", .a),
        ("make or do", .both), ("do vs make", .both), ("when to use make and do", .both), ("make", .a),
    ])
    func aStopWordCompletesAPairOnlyWhereThePairIsWritten(_ text: String, _ side: TermSide) {
        #expect(QueryAnalyzer(lexicon: Self.lexicon).analyze(text).namedArticles["make-vs-do"] == side, "\(text)")
    }
}

/// A term of several words is named by the query's adjacent words in its order, in any of their
/// forms ("sites I visit" is no "site visit", "market bear" no "bear market"), or parted by the
/// other side of a pair that shares their last word ("debit vs credit card", "type 1 vs type 2
/// diabetes"), but not farther.
@Suite struct AdjacentTermNamingTests {
    static let lexicon = Lexicon(
        generation: 0, wordFrequency: [:],
        articles: [
            ("site-visit-vs-inspection", "Site Visit", "Inspection"), ("bear-market-vs-bull-market", "Bear Market", "Bull Market"),
            ("debit-card-vs-credit-card", "Debit Card", "Credit Card"),
            ("type-1-diabetes-vs-type-2-diabetes", "Type 1 Diabetes", "Type 2 Diabetes"),
        ])

    @Test(arguments: [
        ("site visit checklist", ["site-visit-vs-inspection"]),
        ("site visits before a sale", ["site-visit-vs-inspection"]),
        ("do sites i visit know my address", []),
        ("what is a bear market", ["bear-market-vs-bull-market"]),
        ("is the market a bear now", []),
        ("debit card vs credit card", ["debit-card-vs-credit-card"]),
        ("debit vs credit card", ["debit-card-vs-credit-card"]),
        ("bear or bull market", ["bear-market-vs-bull-market"]),
        ("does a debit card help my credit score", ["debit-card-vs-credit-card"]),
        ("type 1 vs type 2 diabetes treatment", ["type-1-diabetes-vs-type-2-diabetes"]),
    ])
    func severalWordsNameATermOnlyTogether(_ text: String, _ named: [String]) {
        #expect(QueryAnalyzer(lexicon: Self.lexicon).analyze(text).namedArticles.keys.sorted() == named, "\(text)")
    }

    @Test func onlyTheAdjacentTermOfAPairIsNamed() {
        let named = QueryAnalyzer(lexicon: Self.lexicon).analyze("does a debit card help my credit score").namedArticles
        #expect(named == ["debit-card-vs-credit-card": .a])
        let both = QueryAnalyzer(lexicon: Self.lexicon).analyze("type 1 vs type 2 diabetes").namedArticles
        #expect(both == ["type-1-diabetes-vs-type-2-diabetes": .both])
        // The shared word too far past the connective: only the second term.
        let second = QueryAnalyzer(lexicon: Self.lexicon).analyze("type 1 or a late onset type 2 diabetes").namedArticles
        #expect(second == ["type-1-diabetes-vs-type-2-diabetes": .b])
    }
}

/// A term of several words written together ("wifi" for "Wi-Fi") names it and matches its words,
/// unless the word is itself a term's word, which means its own term ("touchdown"). Two words that
/// write a one-word term apart ("front end") name it and match it.
@Suite struct JoinedTermNamingTests {
    static let lexicon = Lexicon(
        generation: 0, wordFrequency: [:],
        articles: [
            ("ethernet-vs-wi-fi", "Ethernet", "Wi-Fi"), ("touchdown-vs-field-goal", "Touchdown", "Field Goal"),
            ("land-vs-touch-down", "Land", "Touch Down"), ("us-vs-uk", "U.S.", "U.K."),
            ("frontend-vs-backend", "Frontend", "Backend"),
        ])

    @Test(arguments: [
        ("how is ethernet different from wifi", ["ethernet-vs-wi-fi"]),
        ("wifi password", ["ethernet-vs-wi-fi"]),
        ("wi-fi password", ["ethernet-vs-wi-fi"]),
        ("touchdown example sentence", ["touchdown-vs-field-goal"]),
        ("fieldgoal", ["touchdown-vs-field-goal"]),
        // And the other way: two words that write a one-word term apart name it.
        ("compiler front end definition", ["frontend-vs-backend"]),
        ("when does a plane touch down", ["land-vs-touch-down", "touchdown-vs-field-goal"]),
        ("front desk", []),
        // Fewer than four letters written together: another word.
        ("us", []),
    ])
    func aTermWrittenTogetherNamesIt(_ text: String, _ named: [String]) {
        #expect(QueryAnalyzer(lexicon: Self.lexicon).analyze(text).namedArticles.keys.sorted() == named, "\(text)")
    }

    @Test func itMatchesTheTermsWords() throws {
        let query = QueryAnalyzer(lexicon: Self.lexicon).analyze("wifi password")
        let wifi = try #require(query.terms.first { $0.word == "wifi" })
        #expect(wifi.alternatives.contains(["wi", "fi"]))
        let touchdown = try #require(QueryAnalyzer(lexicon: Self.lexicon).analyze("touchdown rules").terms.first)
        #expect(!touchdown.alternatives.contains(["touch", "down"]))
        let apart = QueryAnalyzer(lexicon: Self.lexicon).analyze("compiler front end").terms
        #expect(apart.filter { $0.alternatives.contains(["frontend"]) }.map(\.word) == ["front", "end"])
    }

    /// A term written together is no misspelling, even one typo from an indexed word ("wifi",
    /// "wife"): it names the term, uncorrected.
    @Test func aTermWrittenTogetherIsNotCorrected() {
        let lexicon = Lexicon(
            generation: 0, wordFrequency: ["ethernet": 1, "wi": 1, "fi": 1, "wife": 40, "husband": 40],
            articles: [("ethernet-vs-wi-fi", "Ethernet", "Wi-Fi"), ("husband-vs-wife", "Husband", "Wife")])
        let query = QueryAnalyzer(lexicon: lexicon).analyze("what does wifi stand for")
        #expect(query.corrections.isEmpty)
        #expect(query.namedArticles == ["ethernet-vs-wi-fi": .b])
        let misspelled = QueryAnalyzer(lexicon: lexicon).analyze("wief meaning")
        #expect(misspelled.corrections.map(\.to) == ["wife"])
    }

    /// A pair with one term written apart is the pair alone, as with the term written together:
    /// its two words are no aspect that would make the query a question about an attribute.
    @Test(arguments: [("frontend vs backend", QueryIntent.difference), ("front end vs backend", .difference),
                      ("front end vs backend speed and cost", .attribute)])
    func aTermWrittenApartIsPartOfThePair(_ text: String, _ intent: QueryIntent) {
        let query = QueryAnalyzer(lexicon: Self.lexicon).analyze(text)
        #expect(query.namedArticles == ["frontend-vs-backend": .both], "\(text)")
        #expect(query.intent == intent, "\(text)")
    }
}
