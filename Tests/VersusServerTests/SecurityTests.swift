import Crypto
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import VersusEngine
@testable import VersusServer

/// The server's defences: headers on every response, a page that renders hostile article text
/// and queries inert under a strict Content-Security-Policy, loopback by default, and user text
/// reaching SQL only as bound arguments.
struct SecurityTests {
    // MARK: - Headers

    static let everyKindOfResponse: [(method: HTTPRequest.Method, uri: String, body: Int)] = [
        (.get, "/search?q=udp", 0), (.get, "/ask?q=udp", 0), (.get, "/articles/tcp-vs-udp", 0), (.get, "/stats", 0),
        (.get, "/health", 0), (.get, "/metrics", 0), (.get, "/openapi.yaml", 0), (.get, "/", 0), (.get, "/?q=udp", 0),
        (.get, "/?kind=nope", 0), (.head, "/search?q=udp", 0), (.get, "/search", 0), (.get, "/nope", 0),
        (.post, "/search", 0), (.get, "/articles/nope", 0), (.get, "/search?q=" + String(repeating: "a", count: 17_000), 0),
        (.get, "/health", 70_000),
    ]

    @Test(arguments: everyKindOfResponse.indices)
    func everyResponseHasTheSecurityHeaders(_ index: Int) async throws {
        let (method, uri, bodySize) = Self.everyKindOfResponse[index]
        let app = makeApplication(databasePath: try Fixtures.sharedIndex())
        try await app.test(.router) { client in
            let body = bodySize > 0 ? ByteBuffer(repeating: 0x78, count: bodySize) : nil
            let response = try await client.execute(uri: uri, method: method, body: body)
            #expect(response.headers[.xContentTypeOptions] == "nosniff", "\(method) \(uri.prefix(40))")
            #expect(response.headers[.referrerPolicy] == "no-referrer")
            #expect(response.headers[.xFrameOptions] == "DENY")
            let policy = try #require(response.headers[.contentSecurityPolicy])
            if response.mediaType == "text/html" {
                #expect(policy == SearchPage.contentSecurityPolicy)
            } else {
                #expect(policy == "default-src 'none'; frame-ancestors 'none'")
            }
            #expect(response.headers[values: .contentSecurityPolicy].count == 1)
        }
    }

    /// The page's policy, directive by directive: nothing but its own stylesheet, by hash.
    @Test func pagePolicyAllowsOnlyThePagesOwnStylesheet() async throws {
        let app = makeApplication(databasePath: try Fixtures.sharedIndex())
        try await app.test(.router) { client in
            let response = try await client.execute(uri: "/?q=is+email+asynchronous", method: .get)
            let policy = try #require(response.headers[.contentSecurityPolicy])
            var directives: [String: [String]] = [:]
            for directive in policy.split(separator: ";") {
                let words = directive.split(separator: " ").map(String.init)
                directives[words[0]] = Array(words.dropFirst())
            }
            #expect(directives["default-src"] == ["'none'"])
            #expect(directives["script-src"] == nil)  // falls back to default-src 'none'
            #expect(directives["frame-ancestors"] == ["'none'"])
            #expect(directives["base-uri"] == ["'none'"])
            #expect(directives["form-action"] == ["'self'"])
            #expect(!policy.contains("unsafe"))
            // The one style source is the hash of the page's one <style> element, as browsers hash it.
            let html = response.text
            #expect(html.components(separatedBy: "<style>").count == 2)
            let style = try #require(html.range(of: "<style>").flatMap { start in
                html.range(of: "</style>", range: start.upperBound..<html.endIndex).map { String(html[start.upperBound..<$0.lowerBound]) }
            })
            #expect(directives["style-src"] == ["'sha256-\(Data(SHA256.hash(data: Data(style.utf8))).base64EncodedString())'"])
            #expect(!html.contains(" style="))
            #expect(!html.lowercased().contains("<script"))
        }
    }

    /// The stylesheet's hash is a constant of the server: it is the SHA-256 of the stylesheet.
    @Test func styleHashIsTheStylesheetsSHA256() {
        #expect(SearchPage.styleHash == Data(SHA256.hash(data: Data(SearchPage.style.utf8))).base64EncodedString())
    }

    // MARK: - Hostile article text

    /// Markup that would run or load something if it reached the page unescaped.
    static let payloads = [
        "<script>alert(1)</script>", "\"><img src=x onerror=alert(2)>", "'><svg onload=alert(3)>", "</textarea><script>alert(4)</script>",
        "</title><script>alert(5)</script>", "</style><script>alert(6)</script>", "<a href=\"javascript:alert(7)\">x</a>",
        "<iframe src=//evil.example>", "&lt;script&gt;", "<!--", "<base href=//evil.example/>",
    ]

    /// An article whose every part carries the payloads, in a file named like one.
    static func hostileCorpus() throws -> (folder: URL, slug: String) {
        let folder = try Fixtures.temporaryFolder().appendingPathComponent("Corpus")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let all = payloads.joined(separator: " ")
        let text = """
            Scriptlet \(payloads[0]) vs. Onerror \(payloads[1]): What's the Difference?

            By Mallory \(payloads[2]) || Published on June 1, 2024
            The scriptlet runs alert payloads \(all) while the onerror handler fires on broken images.

            Key Differences

            A scriptlet is inline code \(payloads[3]) injected into a page; an onerror handler \(payloads[4]) runs when an image fails to load.

            Comparison Chart

            Trigger \(payloads[5])
            Parsing a script element \(payloads[6])
            A failed image load \(payloads[7])

            Scriptlet and Onerror Definitions

            A small script \(payloads[8]) embedded in a page.
            The scriptlet \(payloads[0]) popped an alert payload.

            An event handler attribute \(payloads[9]) run on a load error.
            The onerror \(payloads[1]) attribute fired the alert payload.

            Is a scriptlet \(payloads[10]) dangerous?
            Yes: an alert payload \(all) proves the page runs injected script.
            """
        let slug = "scriptlet-\"><svg onload=alert(9)>-vs-onerror"
        try Data(text.utf8).write(to: folder.appendingPathComponent("\(slug).txt"))
        return (folder, slug)
    }

    @Test func hostileArticleRendersInertOnThePage() async throws {
        let (corpus, slug) = try Self.hostileCorpus()
        let path = corpus.deletingLastPathComponent().appendingPathComponent("index.sqlite").path
        let report = try ArticleIndex.open(at: path, creating: true).update(from: [corpus.path])
        #expect(report.added == 1, "\(report.failures)")
        let app = makeApplication(databasePath: path)
        try await app.test(.router) { client in
            let searches = [
                "/?q=alert+payload+scriptlet", "/?q=" + SearchPage.percentEncode("<script>alert(1)</script>"),
                "/?q=onerror+image&kind=definition", "/?q=is+a+scriptlet+dangerous&kind=faq",
                "/?q=trigger+parsing&kind=chart", "/?q=alert&article=" + SearchPage.percentEncode(slug),
                "/?q=scriptlet&offset=10", "/?q=scriptlt+alrt",  // a correction shown as a link
                "/?q=" + SearchPage.percentEncode("\"><img src=x onerror=alert(1)>") + "&article="
                    + SearchPage.percentEncode("</textarea><script>alert(1)</script>"),
            ]
            var hits = 0
            for uri in searches {
                let response = try await client.execute(uri: uri, method: .get)
                #expect(response.status == .ok, "\(uri)")
                let html = response.text
                #expect(Self.executableMarkup(in: html).isEmpty, "\(uri): \(Self.executableMarkup(in: html))")
                if html.contains("<li>") {
                    hits += 1
                    // The article's text is there, escaped.
                    #expect(html.contains("&lt;script&gt;alert(") || html.contains("&lt;") , "\(uri)")
                    #expect(html.contains("/articles/scriptlet-%22%3E%3Csvg%20onload%3Dalert%289%29%3E-vs-onerror"))
                }
            }
            #expect(hits >= 6, "the hostile article should have been found by most searches")

            // JSON: the text as data, which nosniff and the none-CSP keep from being read as HTML.
            let json = try await client.execute(uri: "/articles/" + SearchPage.percentEncode(slug), method: .get)
            #expect(json.status == .ok)
            #expect(json.mediaType == "application/json")
            #expect(json.headers[.xContentTypeOptions] == "nosniff")
            #expect(try json.json()["title"]?.string?.contains("<script>alert(1)</script>") == true)
        }
    }

    /// What in `html` could run script, load something or change where links or forms go:
    /// tags other than the page's own, event-handler attributes, `javascript:` URLs, links off
    /// the site. Text is all escaped, so every `<` that is left starts one of the page's tags.
    static func executableMarkup(in html: String) -> [String] {
        let allowedTags: Set<String> = [
            "!doctype", "html", "head", "meta", "title", "style", "body", "header", "h1", "a", "form", "input", "select",
            "option", "button", "main", "p", "ol", "li", "span", "mark", "nav", "code",
        ]
        var problems: [String] = []
        var rest = html[...]
        while let open = rest.firstIndex(of: "<") {
            guard let close = rest[open...].firstIndex(of: ">") else {
                problems.append("an unclosed <")
                break
            }
            let tag = rest[rest.index(after: open)..<close]
            rest = rest[rest.index(after: close)...]
            let name = tag.drop { $0 == "/" }.prefix { !$0.isWhitespace && $0 != "/" }.lowercased()
            guard allowedTags.contains(name) else {
                problems.append("<\(tag.prefix(40))>")
                continue
            }
            for (attribute, value) in attributes(of: tag.drop { $0 != " " }) {
                if attribute.hasPrefix("on") || attribute == "style" || attribute == "srcdoc" || attribute == "src" {
                    problems.append("\(name) \(attribute)=")
                }
                if ["href", "action", "formaction"].contains(attribute), !value.hasPrefix("/") || value.hasPrefix("//") {
                    problems.append("\(name) \(attribute)=\(value.prefix(40))")
                }
            }
        }
        return problems
    }

    /// A tag's attributes: names, and values in double quotes (the page's only form; escaped
    /// text never holds a raw `"`), or bare.
    static func attributes(of text: Substring) -> [(name: String, value: String)] {
        var result: [(String, String)] = []
        var rest = text
        while true {
            rest = rest.drop { $0.isWhitespace || $0 == "/" }
            guard !rest.isEmpty else { break }
            let name = rest.prefix { !$0.isWhitespace && $0 != "=" && $0 != "/" }
            rest = rest.dropFirst(name.count)
            guard name.count > 0 else { rest = rest.dropFirst(); continue }
            var value = ""
            if rest.first == "=" {
                rest = rest.dropFirst()
                if rest.first == "\"" {
                    rest = rest.dropFirst()
                    value = String(rest.prefix { $0 != "\"" })
                    rest = rest.dropFirst(value.count + 1)
                } else {
                    value = String(rest.prefix { !$0.isWhitespace })
                    rest = rest.dropFirst(value.count)
                }
            }
            result.append((name.lowercased(), value))
        }
        return result
    }

    /// The checker itself finds what it must.
    @Test(arguments: [
        "<p><script>alert(1)</script></p>", "<p><img src=x onerror=alert(1)></p>", "<a href=\"javascript:alert(1)\">x</a>",
        "<p onclick=\"x\">", "<textarea></textarea>", "<a href=\"//evil.example\">", "<p style=\"x\">",
    ])
    func markupCheckerCatchesExecutableMarkup(_ html: String) {
        #expect(!Self.executableMarkup(in: html).isEmpty)
    }

    // MARK: - Reflected input

    @Test(arguments: payloads)
    func reflectedQueryIsEscaped(_ payload: String) async throws {
        let app = makeApplication(databasePath: try Fixtures.sharedIndex())
        try await app.test(.router) { client in
            let encoded = SearchPage.percentEncode(payload)
            for uri in ["/?q=\(encoded)", "/?q=udp&article=\(encoded)", "/?q=\(encoded)&kind=\(encoded)", "/?q=\(encoded)&offset=\(encoded)"] {
                let response = try await client.execute(uri: uri, method: .get)
                #expect(response.status.code < 500)
                #expect(Self.executableMarkup(in: response.text).isEmpty, "\(uri): \(Self.executableMarkup(in: response.text))")
            }
        }
    }

    // MARK: - Binding and SQL

    @Test func serveBindsLoopbackByDefault() {
        #expect(ServerSettings(databasePath: "x").host == "127.0.0.1")
    }

    /// `versus serve` without `--host` listens on 127.0.0.1 only: its listening socket, as the
    /// kernel lists it.
    @Test func serveCommandListensOnLoopbackOnly() async throws {
        let folder = try Fixtures.temporaryFolder()
        let database = try Fixtures.index(of: [try Fixtures.corpusCopy(["tcp-vs-udp"], in: folder)])
        let server = try ServeCommandTests.Server(arguments: ["--port", "0", "--db", database, "--no-refresh"], in: folder)
        let port = try #require(try await server.port(timeout: .seconds(60)), "\(server.log)")
        #if os(Linux)
        // /proc/net/tcp: "sl local_address rem_address st …", addresses as hex IP:port, 0A = LISTEN.
        let table = try String(contentsOfFile: "/proc/\(server.process.processIdentifier)/net/tcp", encoding: .utf8)
        let portSuffix = String(format: ":%04X", port)
        var listening: [String] = []
        for line in table.split(separator: "\n").dropFirst() {
            let fields = line.split(separator: " ").map(String.init)
            if fields.count > 3, fields[3] == "0A", fields[1].hasSuffix(portSuffix) { listening.append(fields[1]) }
        }
        #expect(listening == [String(format: "0100007F:%04X", port)])
        let table6 = (try? String(contentsOfFile: "/proc/\(server.process.processIdentifier)/net/tcp6", encoding: .utf8)) ?? ""
        #expect(!table6.contains(String(format: ":%04X 00000000000000000000000000000000:0000 0A", port)))
        #endif
        #expect(server.log.contains("listening on http://127.0.0.1:\(port)"))
        kill(server.process.processIdentifier, SIGTERM)
        #expect(try await server.exitStatus(timeout: .seconds(60)) == 0)
    }

    /// SQLite reads a bound string up to its first NUL: a slug with one must not find the
    /// article named by the part before it.
    @Test func nulDoesNotTruncateASlug() async throws {
        let app = makeApplication(databasePath: try Fixtures.sharedIndex())
        try await app.test(.router) { client in
            #expect(try await client.execute(uri: "/articles/tcp-vs-udp", method: .get).status == .ok)
            #expect(try await client.execute(uri: "/articles/tcp-vs-udp%00", method: .get).status == .notFound)
            #expect(try await client.execute(uri: "/articles/tcp-vs-udp%00.txt", method: .get).status == .notFound)
            let all = try await client.execute(uri: "/search?q=udp&article=tcp-vs-udp", method: .get)
            #expect(try all.json()["hits"]?.array?.isEmpty == false)
            let truncated = try await client.execute(uri: "/search?q=udp&article=tcp-vs-udp%00x", method: .get)
            #expect(try truncated.json()["hits"]?.array?.isEmpty == true)
        }
    }

    /// Queries shaped like SQL or FTS5 syntax are words to search, and the index is intact after.
    @Test func sqlShapedInputIsOnlyText() async throws {
        let app = makeApplication(databasePath: try Fixtures.sharedIndex())
        try await app.test(.router) { client in
            let before = try await client.execute(uri: "/stats", method: .get).json()
            for text in [
                "'; DROP TABLE article; --", "\" OR 1=1 --", "udp') UNION SELECT sql FROM sqlite_master --",
                "passage_fts MATCH '*'", "x\" NEAR(\"y", "{body}: udp", "udp*", "-udp", "^udp",
            ] {
                let encoded = SearchPage.percentEncode(text)
                for uri in ["/search?q=\(encoded)", "/search?q=udp&article=\(encoded)", "/ask?q=\(encoded)", "/articles/\(encoded)"] {
                    let response = try await client.execute(uri: uri, method: .get)
                    #expect([200, 404].contains(response.status.code), "\(uri) → \(response.status.code)")
                }
            }
            #expect(try await client.execute(uri: "/stats", method: .get).json() == before)
        }
    }

    /// Every SQL string in the sources: what is interpolated into it is a constant of the code
    /// (a table or column name, a number of `?` placeholders, a pragma value), never a value from
    /// a request or a file. Values are bound arguments (`?`). A new interpolation fails here
    /// until it is reviewed and listed.
    @Test func sqlIsNeverBuiltFromValues() throws {
        let allowed: [String: String] = [
            "table": "IndexWriter.add: the table name, one of the two literals its callers pass",
            "key": "IndexWriter.add: the key column name, a literal",
            "count": "IndexWriter.add: the count column name, a literal",
            "databaseQuestionMarks(count: kinds.count)": "placeholders for bound kinds",
            "Self.indexingCacheKiB": "a constant",
            "ArticleRow.columns": "a constant: the column list of an article row",
        ]
        let sqlWords = try Regex(#"\b(SELECT|INSERT|UPDATE|DELETE|WHERE|FROM|VALUES|PRAGMA|MATCH|ORDER BY|LIMIT|JOIN|SET|AND|IN|BETWEEN)\b|sql"#)
        var found: [String] = []
        var seen: Set<String> = []
        for folder in ["Sources/VersusEngine", "Sources/VersusServer", "Sources/versus"] {
            let root = Fixtures.repository.appendingPathComponent(folder)
            let files = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? []
            for file in files where file.pathExtension == "swift" {
                let lines = try String(contentsOf: file, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
                for (number, line) in lines.enumerated() {
                    let code = line.trimmingCharacters(in: .whitespaces)
                    guard !code.hasPrefix("//"), code.contains(sqlWords) else { continue }
                    for range in code.ranges(of: "\\(") {
                        let expression = Self.interpolatedExpression(in: code, from: range.lowerBound)
                        seen.insert(expression)
                        if allowed[expression] == nil {
                            found.append("\(file.lastPathComponent):\(number + 1): \\(\(expression))")
                        }
                    }
                }
            }
        }
        #expect(found.isEmpty, "\(found)")
        // The scan sees the interpolations it allows (the list holds no stale entries).
        #expect(seen == Set(allowed.keys))
    }

    /// The expression of the interpolation starting at `start` (`\(` … the matching `)`).
    static func interpolatedExpression(in line: String, from start: String.Index) -> String {
        var depth = 0
        var expression = ""
        for character in line[line.index(start, offsetBy: 2)...] {
            if character == "(" { depth += 1 }
            if character == ")" {
                if depth == 0 { break }
                depth -= 1
            }
            expression.append(character)
        }
        return expression
    }
}
