import Hummingbird

/// Adds ``SecurityHeaders`` to every response the router gives, errors included: no response is
/// sniffed as another type, framed, or sends a referrer; JSON and text get a CSP that allows
/// nothing, the search page its own (set by ``PageRoutes``).
///
/// Outermost, so that it also sees the answers of the log, metrics and error middleware.
///
/// Not Hummingbird's `ContentSecurityMiddleware`: it appends one policy to every response, so
/// the page would carry two (the strictest would apply, blocking its stylesheet), and it sets
/// neither `Referrer-Policy` nor `X-Frame-Options`. The policies are built with Hummingbird's
/// `ContentSecurityPolicy`.
struct SecurityHeadersMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response: Response
        do {
            response = try await next(request, context)
        } catch let error as any HTTPResponseError {
            // ErrorMiddleware answers every error; this is only a backstop.
            response = try error.response(from: request, context: context)
        }
        SecurityHeaders.add(to: &response.headers)
        return response
    }
}

/// The security headers of every response, also used for the errors answered below the router
/// (``RequestGuardHandler``).
enum SecurityHeaders {
    /// The policy of responses that are not the page: JSON, YAML and text load nothing.
    static let contentSecurityPolicy = ContentSecurityPolicy([.defaultSrc(.none), .frameAncestors(.none)]).description

    static let fields: HTTPFields = [
        // Browsers must take the Content-Type as given: JSON holding article text is never HTML.
        .xContentTypeOptions: "nosniff",
        .referrerPolicy: "no-referrer",
        // For browsers without CSP's frame-ancestors.
        .xFrameOptions: "DENY",
    ]

    /// Adds the headers `headers` does not set already (the page sets its own CSP).
    static func add(to headers: inout HTTPFields) {
        for field in fields where headers[field.name] == nil {
            headers.append(field)
        }
        if headers[.contentSecurityPolicy] == nil {
            headers[.contentSecurityPolicy] = contentSecurityPolicy
        }
    }
}

extension HTTPFields.Element.Name {
    static let referrerPolicy = Self("Referrer-Policy")!
    static let xFrameOptions = Self("X-Frame-Options")!
}
