import Hummingbird
import VersusEngine

/// The HTML search page at `GET /`: a form, then the hits with their highlighted snippets and
/// articles. Plain HTML, no JavaScript.
///
/// Every piece of text that comes from the query or an article goes through ``HTML/escape(_:)``;
/// snippets are the engine's ``Snippet/html`` (escaped text, matches in `<mark>`); every link is
/// built from percent-encoded parts and then escaped as an attribute.
struct SearchPage {
    /// What the form holds.
    var query: String?
    var kinds: Set<PassageKind> = []
    var article: String?
    var offset = 0
    /// The results, when a query was given and answered.
    var response: SearchResponse?
    /// A message in place of results: a bad parameter, an index that cannot be read.
    var error: String?

    /// Hits a page shows.
    static let pageSize = 10

    func render() -> String {
        var html = """
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(query.map { HTML.escape($0) + " – " } ?? "")Versus</title>
            <style>\(Self.style)</style>
            </head>
            <body>
            <header><h1><a href="/">Versus</a></h1>
            \(form())
            </header>
            <main>

            """
        if let error {
            html += "<p class=\"error\">\(HTML.escape(error))</p>\n"
        } else if let response {
            html += results(response)
        } else {
            html += "<p class=\"intro\">Ask a question (“is email asynchronous?”) or search keywords in comparison articles.</p>\n"
        }
        html += "</main>\n</body>\n</html>\n"
        return html
    }

    private func form() -> String {
        var options = "<option value=\"\">any passage</option>"
        for kind in PassageKind.allCases {
            let selected = kinds == [kind] ? " selected" : ""
            options += "<option value=\"\(kind.rawValue)\"\(selected)>\(kind.rawValue)</option>"
        }
        let articleField = article.map { "<input type=\"hidden\" name=\"article\" value=\"\(HTML.escape($0))\">" } ?? ""
        return """
            <form method="get" action="/" role="search">
            <input type="search" name="q" value="\(HTML.escape(query ?? ""))" placeholder="Is email asynchronous?" aria-label="Query" autofocus>
            <select name="kind" aria-label="Passage kind">\(options)</select>\(articleField)
            <button type="submit">Search</button>
            </form>
            """
    }

    private func results(_ response: SearchResponse) -> String {
        var html = ""
        if let didYouMean = response.didYouMean {
            html += "<p class=\"note\">Showing results for <a href=\"\(link(query: didYouMean))\">\(HTML.escape(didYouMean))</a>.</p>\n"
        }
        if let article {
            html += "<p class=\"note\">In the article <code>\(HTML.escape(article))</code> only. <a href=\"\(link(article: nil))\">Search all articles</a>.</p>\n"
        }
        guard !response.hits.isEmpty else {
            return html + "<p>No passage matches “\(HTML.escape(response.query))”.</p>\n"
        }
        let first = response.offset + 1
        let last = response.offset + response.hits.count
        html += "<p class=\"count\">\(first)–\(last) of about \(response.estimatedTotalHits) passages</p>\n"
        html += "<ol start=\"\(first)\">\n"
        for hit in response.hits {
            html += item(hit)
        }
        html += "</ol>\n"
        html += pager(response)
        return html
    }

    private func item(_ hit: Hit) -> String {
        let about = [hit.kind.rawValue, hit.term].compactMap { $0 }.map { HTML.escape($0) }.joined(separator: " · ")
        var html = "<li>\n<p class=\"article\"><a href=\"/articles/\(HTML.escape(Self.percentEncode(hit.article)))\">\(HTML.escape(hit.title))</a>"
        html += " <span class=\"kind\">\(about)</span></p>\n"
        if let heading = hit.heading, hit.kind == .faq || hit.kind == .chart {
            html += "<p class=\"heading\">\(HTML.escape(heading))</p>\n"
        }
        if let sense = hit.sense {
            html += "<p class=\"sense\">(\(HTML.escape(sense)))</p>\n"
        }
        html += "<p class=\"snippet\">\(hit.snippet.html)</p>\n"
        html += "<p class=\"more\"><a href=\"\(link(article: hit.article))\">More from this article</a></p>\n</li>\n"
        return html
    }

    private func pager(_ response: SearchResponse) -> String {
        var links: [String] = []
        if response.offset > 0 {
            links.append("<a rel=\"prev\" href=\"\(link(offset: max(0, response.offset - Self.pageSize)))\">Previous</a>")
        }
        let next = response.offset + response.hits.count
        if next < response.estimatedTotalHits, next <= SearchRequest.maximumOffset, response.hits.count == Self.pageSize {
            links.append("<a rel=\"next\" href=\"\(link(offset: next))\">Next</a>")
        }
        return links.isEmpty ? "" : "<nav>\(links.joined(separator: " "))</nav>\n"
    }

    /// A link to this page with some fields changed, escaped for an attribute.
    private func link(query: String? = nil, article: String?? = .none, offset: Int = 0) -> String {
        var parameters = [("q", query ?? self.query ?? "")]
        for kind in kinds.sorted() { parameters.append(("kind", kind.rawValue)) }
        if let article = article ?? self.article { parameters.append(("article", article)) }
        if offset > 0 { parameters.append(("offset", String(offset))) }
        let target = "/?" + parameters.map { "\($0.0)=\(Self.percentEncode($0.1))" }.joined(separator: "&")
        return HTML.escape(target)
    }

    /// Percent-encodes everything but RFC 3986's unreserved characters.
    static func percentEncode(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                UInt8(ascii: "~"):
                out.append(Character(Unicode.Scalar(byte)))
            default:
                let hex = Array("0123456789ABCDEF")
                out += "%\(hex[Int(byte >> 4)])\(hex[Int(byte & 0xF)])"
            }
        }
        return out
    }

    /// The page's Content-Security-Policy, defence in depth behind the escaping: no script at all,
    /// nothing loaded from anywhere, only the page's own stylesheet (by its hash, so that an
    /// injected `<style>` or `style=` would not apply), forms sent only here, no `<base>`, and no
    /// framing (clickjacking).
    static let contentSecurityPolicy = ContentSecurityPolicy([
        .defaultSrc(.none), .styleSrc(.hash(.sha256, base64: styleHash)), .formAction(.self), .baseURI(.none),
        .frameAncestors(.none),
    ]).description

    /// The base64 SHA-256 of ``style``. A constant, so that the server needs no crypto library:
    /// SecurityTests hashes the served stylesheet with swift-crypto and fails, giving the new
    /// value, when the two differ.
    static let styleHash = "T58QDET2Acm8TgetDLt1w5vRN8WsSvRGpGLsgZQOl+g="

    static let style = """
        body{font:16px/1.5 system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#222}\
        h1{font-size:1.4rem;margin:0 0 .5rem}h1 a{color:inherit;text-decoration:none}\
        form{display:flex;gap:.5rem;flex-wrap:wrap}input[type=search]{flex:1;min-width:14rem;padding:.4rem}\
        ol{padding-left:1.5rem}li{margin:1rem 0}p{margin:.2rem 0}.article a{font-weight:600}\
        .kind,.count,.note,.more,.sense{color:#666;font-size:.9rem}.heading{font-weight:600}\
        mark{background:#fe8;padding:0 .1em}.error{color:#a00}nav{display:flex;gap:1rem}
        """
}
