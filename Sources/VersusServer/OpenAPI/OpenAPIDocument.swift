/// The OpenAPI 3.1 description of the HTTP API, served at `GET /openapi.yaml`.
///
/// Kept beside the code it describes; `OpenAPIConformanceTests` parses it and checks real
/// responses of every route against its schemas, so the two cannot drift apart unnoticed.
enum OpenAPIDocument {
    static let contentType = "application/yaml"

    static let yaml = #"""
        openapi: 3.1.0
        info:
          title: Versus
          version: 1.0.0
          summary: Search comparison articles ("A vs. B - What's the Difference?").
          description: |
            The HTTP sibling of the `versus` command: the same engine, the same JSON.
            Every route also answers HEAD. Any other method on a known path is a 405 with `Allow`;
            an unknown path is a 404. Every error is JSON in the `Error` shape.
        servers:
          - url: http://127.0.0.1:8080
        paths:
          /search:
            get:
              operationId: search
              summary: Ranked passages with highlighted snippets (`versus search --json`).
              parameters:
                - $ref: "#/components/parameters/q"
                - name: limit
                  in: query
                  description: How many hits to return. Empty (`limit=`) counts as absent, as for every optional parameter.
                  allowEmptyValue: true
                  schema: {type: integer, minimum: 1, maximum: 100, default: 10}
                - name: offset
                  in: query
                  description: How many hits to skip.
                  allowEmptyValue: true
                  schema: {type: integer, minimum: 0, maximum: 1000, default: 0}
                - name: kind
                  in: query
                  description: Only passages of these kinds; repeat for several (`kind=faq&kind=definition`). The empty value is no filter.
                  style: form
                  explode: true
                  schema:
                    type: array
                    items: {type: string, enum: ["", summary, difference, chart, definition, example, faq]}
                - name: article
                  in: query
                  description: Only passages of the article with this slug.
                  allowEmptyValue: true
                  schema: {type: string}
                - name: prefix
                  in: query
                  description: Match the last word as a prefix (search as you type).
                  allowEmptyValue: true
                  schema: {type: boolean, default: false}
                - name: explain
                  in: query
                  description: Attach to each hit how its score was made.
                  allowEmptyValue: true
                  schema: {type: boolean, default: false}
              responses:
                "200":
                  description: The hits, best first.
                  content:
                    application/json:
                      schema: {$ref: "#/components/schemas/SearchResponse"}
                "400": {$ref: "#/components/responses/BadRequest"}
                "413": {$ref: "#/components/responses/ContentTooLarge"}
                "414": {$ref: "#/components/responses/URITooLong"}
                "503": {$ref: "#/components/responses/IndexUnavailable"}
          /ask:
            get:
              operationId: ask
              summary: The passage that best answers a question, its article, and alternatives (`versus ask --json`).
              parameters:
                - $ref: "#/components/parameters/q"
              responses:
                "200":
                  description: The answer; `answer` and `article` are null when nothing matches.
                  content:
                    application/json:
                      schema: {$ref: "#/components/schemas/AskResponse"}
                "400": {$ref: "#/components/responses/BadRequest"}
                "413": {$ref: "#/components/responses/ContentTooLarge"}
                "414": {$ref: "#/components/responses/URITooLong"}
                "503": {$ref: "#/components/responses/IndexUnavailable"}
          /articles/{slug}:
            get:
              operationId: showArticle
              summary: The parsed article, passage by passage (`versus show --json`).
              parameters:
                - name: slug
                  in: path
                  required: true
                  description: The article's file name without extension, e.g. `affect-vs-effect`.
                  schema: {type: string}
              responses:
                "200":
                  description: The article.
                  content:
                    application/json:
                      schema: {$ref: "#/components/schemas/Article"}
                "404":
                  description: No article has this slug (`article_not_found`).
                  content:
                    application/json:
                      schema: {$ref: "#/components/schemas/Error"}
                "413": {$ref: "#/components/responses/ContentTooLarge"}
                "414": {$ref: "#/components/responses/URITooLong"}
                "503": {$ref: "#/components/responses/IndexUnavailable"}
          /health:
            get:
              operationId: health
              summary: Whether the index can be read.
              responses:
                "200":
                  description: Available.
                  content:
                    application/json:
                      schema: {$ref: "#/components/schemas/Health"}
                "503":
                  description: Unavailable, with the reason (no index, or an index that cannot be read).
                  content:
                    application/json:
                      schema: {$ref: "#/components/schemas/Health"}
          /stats:
            get:
              operationId: stats
              summary: Counts and facts about the index (`versus stats --json`).
              responses:
                "200":
                  description: The figures.
                  content:
                    application/json:
                      schema: {$ref: "#/components/schemas/Stats"}
                "503": {$ref: "#/components/responses/IndexUnavailable"}
          /metrics:
            get:
              operationId: metrics
              summary: Prometheus metrics.
              description: |
                `versus_http_requests_total{route,status}`, the histogram
                `versus_http_request_duration_seconds{route}`, `versus_http_requests_in_flight`,
                `versus_index_available`, and when it is, `versus_index_size_bytes`,
                `versus_index_articles` and `versus_index_passages`.
              responses:
                "200":
                  description: Prometheus text exposition format 0.0.4.
                  content:
                    text/plain:
                      schema: {type: string}
          /openapi.yaml:
            get:
              operationId: openAPI
              summary: This document.
              responses:
                "200":
                  description: OpenAPI 3.1 in YAML.
                  content:
                    application/yaml:
                      schema: {type: string}
          /:
            get:
              operationId: searchPage
              summary: An HTML search page (no JavaScript).
              description: Without `q`, the empty form. Errors are shown on the page with the status of the JSON routes.
              parameters:
                - name: q
                  in: query
                  schema: {type: string, maxLength: 1000}
                - name: kind
                  in: query
                  description: As for /search; the empty value (the form's "any passage") is no filter.
                  style: form
                  explode: true
                  schema:
                    type: array
                    items: {type: string, enum: ["", summary, difference, chart, definition, example, faq]}
                - name: article
                  in: query
                  allowEmptyValue: true
                  schema: {type: string}
                - name: offset
                  in: query
                  allowEmptyValue: true
                  schema: {type: integer, minimum: 0, maximum: 1000, default: 0}
              responses:
                "200":
                  description: The page.
                  content:
                    text/html:
                      schema: {type: string}
                "400":
                  description: The page, with what is wrong with a parameter.
                  content:
                    text/html:
                      schema: {type: string}
                "413": {$ref: "#/components/responses/ContentTooLarge"}
                "414": {$ref: "#/components/responses/URITooLong"}
                "503":
                  description: The page, saying the index cannot be read.
                  content:
                    text/html:
                      schema: {type: string}
        components:
          parameters:
            q:
              name: q
              in: query
              required: true
              description: The query or question. Any text is valid, including the empty string; at most 1000 characters.
              schema: {type: string, maxLength: 1000}
          responses:
            BadRequest:
              description: A parameter is missing or invalid; `code` names it (`missing_q`, `invalid_limit`, ...).
              content:
                application/json:
                  schema: {$ref: "#/components/schemas/Error"}
            ContentTooLarge:
              description: The request has a body larger than 64 KiB (`payload_too_large`). No route takes a body.
              content:
                application/json:
                  schema: {$ref: "#/components/schemas/Error"}
            URITooLong:
              description: The request target is longer than 16 KiB (`uri_too_long`).
              content:
                application/json:
                  schema: {$ref: "#/components/schemas/Error"}
            IndexUnavailable:
              description: The index is missing, unreadable or busy; try again later.
              headers:
                Retry-After:
                  schema: {type: integer}
              content:
                application/json:
                  schema: {$ref: "#/components/schemas/Error"}
          schemas:
            PassageKind:
              type: string
              enum: [summary, difference, chart, definition, example, faq]
            Error:
              type: object
              description: Meilisearch's error shape.
              additionalProperties: false
              required: [message, code, type, link]
              properties:
                message:
                  type: string
                  description: What went wrong and how to fix it.
                code:
                  type: string
                  description: |
                    `missing_q` (400): `q` is required.
                    `invalid_q`, `invalid_limit`, `invalid_offset`, `invalid_kind`, `invalid_article`,
                    `invalid_prefix`, `invalid_explain` (400): the parameter is malformed, out of range or repeated.
                    `malformed_query_string` (400): bad percent-encoding or not UTF-8.
                    `route_not_found` (404), `article_not_found` (404), `method_not_allowed` (405),
                    `payload_too_large` (413), `uri_too_long` (414),
                    `malformed_request` (400): not valid HTTP/1.1 (a bad request line, header or chunk),
                    `headers_too_large` (431): headers over 80 KiB or 1000 fields,
                    `request_timeout` (408): a body still arriving 10 s after its head; these three close the connection.
                    `index_not_found`, `index_unusable`, `index_busy`, `disk_full`, `index_write_failed` (503),
                    `internal` (500, logged), `http_error` (any other status).
                  enum:
                    - missing_q
                    - invalid_q
                    - invalid_limit
                    - invalid_offset
                    - invalid_kind
                    - invalid_article
                    - invalid_prefix
                    - invalid_explain
                    - malformed_query_string
                    - route_not_found
                    - article_not_found
                    - path_not_found
                    - method_not_allowed
                    - payload_too_large
                    - uri_too_long
                    - malformed_request
                    - headers_too_large
                    - request_timeout
                    - index_not_found
                    - index_unusable
                    - index_busy
                    - disk_full
                    - index_write_failed
                    - internal
                    - http_error
                type:
                  type: string
                  enum: [invalid_request, system, internal]
                link:
                  type: string
                  description: Where the codes are documented (this schema).
            Hit:
              type: object
              additionalProperties: false
              required: [article, title, kind, term, heading, text, sense, snippet, score, corrected]
              properties:
                article: {type: string, description: "The article's slug."}
                title: {type: string}
                kind: {$ref: "#/components/schemas/PassageKind"}
                term: {type: [string, "null"], description: "The term the passage is about; null when about both."}
                heading: {type: [string, "null"], description: "FAQ question, chart label or term."}
                text: {type: string}
                sense: {type: [string, "null"], description: "For an example, the definition it illustrates."}
                snippet: {type: string, description: "HTML-safe; matches wrapped in <mark>."}
                score: {type: number}
                corrected: {type: boolean, description: "Matched through a spelling correction of the query."}
                explain: {$ref: "#/components/schemas/Explanation"}
            Explanation:
              type: object
              required: [bm25, factors, score]
              properties:
                bm25: {type: number}
                score: {type: number}
                factors:
                  type: array
                  items:
                    type: object
                    required: [name, value, reason]
                    properties:
                      name: {type: string}
                      value: {type: number}
                      reason: {type: string}
            SearchResponse:
              type: object
              additionalProperties: false
              required: [query, hits, estimatedTotalHits, limit, offset, processingTimeMs, didYouMean]
              properties:
                query: {type: string}
                hits:
                  type: array
                  items: {$ref: "#/components/schemas/Hit"}
                estimatedTotalHits: {type: integer, minimum: 0}
                limit: {type: integer, minimum: 1, maximum: 100}
                offset: {type: integer, minimum: 0}
                processingTimeMs: {type: number, minimum: 0}
                didYouMean: {type: [string, "null"], description: "The query with misspellings corrected, when any were."}
            ArticleReference:
              type: object
              additionalProperties: false
              required: [slug, title, terms, summary]
              properties:
                slug: {type: string}
                title: {type: string}
                terms: {type: array, items: {type: string}}
                summary: {type: string}
            AskResponse:
              type: object
              additionalProperties: false
              required: [query, answer, article, alternatives, processingTimeMs, didYouMean]
              properties:
                query: {type: string}
                answer:
                  anyOf:
                    - $ref: "#/components/schemas/Hit"
                    - type: "null"
                article:
                  anyOf:
                    - $ref: "#/components/schemas/ArticleReference"
                    - type: "null"
                alternatives:
                  type: array
                  items:
                    type: object
                    additionalProperties: false
                    required: [article, title, hits]
                    properties:
                      article: {type: string}
                      title: {type: string}
                      hits:
                        type: array
                        items: {$ref: "#/components/schemas/Hit"}
                processingTimeMs: {type: number, minimum: 0}
                didYouMean: {type: [string, "null"]}
            Article:
              type: object
              additionalProperties: false
              required: [slug, title, terms, author, editor, published, summary, passages]
              properties:
                slug: {type: string}
                title: {type: string}
                terms: {type: array, items: {type: string}}
                author: {type: [string, "null"]}
                editor: {type: [string, "null"]}
                published: {type: [string, "null"]}
                summary: {type: string}
                passages:
                  type: array
                  items:
                    type: object
                    additionalProperties: false
                    required: [kind, term, heading, text, sense]
                    properties:
                      kind: {$ref: "#/components/schemas/PassageKind"}
                      term: {type: [string, "null"]}
                      heading: {type: [string, "null"]}
                      text: {type: string}
                      sense: {type: [string, "null"]}
            Stats:
              type: object
              additionalProperties: false
              required: [path, articles, passages, passagesByKind, vocabulary, indexSizeBytes, tokenizer, schemaVersion, roots]
              properties:
                path: {type: string}
                articles: {type: integer, minimum: 0}
                passages: {type: integer, minimum: 0}
                passagesByKind:
                  type: object
                  additionalProperties: {type: integer, minimum: 0}
                vocabulary: {type: integer, minimum: 0}
                indexSizeBytes: {type: integer, minimum: 0}
                tokenizer: {type: string}
                schemaVersion: {type: integer}
                lastIndexed: {type: string, description: "ISO 8601 time of the last indexing run; absent before the first."}
                roots: {type: array, items: {type: string}}
            Health:
              type: object
              additionalProperties: false
              required: [status]
              properties:
                status: {type: string, enum: [available, unavailable]}
                reason: {type: string, description: "Why the service is unavailable; absent when available."}
                code: {type: string, enum: [index_not_found, index_unusable, index_busy, disk_full, index_write_failed]}
        """#
}
