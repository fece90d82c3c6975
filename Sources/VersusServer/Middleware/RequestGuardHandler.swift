import Foundation
import Logging
import NIOCore
import NIOHTTP1

/// What Hummingbird 2.28 leaves to the connection, handled right after NIO's HTTP/1 decoder:
///
/// - A request the decoder rejects — headers over its limits, a malformed request line or
///   header, bad chunked framing — gets a JSON error in the API's shape (``APIError``, with the
///   ``SecurityHeaders``) instead of Hummingbird's bare `400`, and the connection is closed.
/// - A request must be read whole within `readTimeout` of its head: a client trickling its body
///   a byte at a time (slow POST) would otherwise hold the connection for ever, since every byte
///   restarts Hummingbird's idle timer. It gets a 408 and is closed. (A head trickled a byte at
///   a time restarts nothing: the idle timeout closes it.)
/// - A request that does not keep the connection alive — HTTP/1.0 without
///   `Connection: keep-alive`, or a CONNECT, after which NIO parses no more requests — has the
///   connection closed after its response, with `Connection: close`. Hummingbird closes only
///   after HTTP/1.1's `Connection: close`.
///
/// When a parse error comes while a request's body is being read, the handler reading it gets
/// the error, and ``ErrorMiddleware`` answers it (``APIError/malformedRequest``). When it comes
/// in a request head while an earlier (pipelined) request is still being answered, that answer
/// is written first.
final class RequestGuardHandler: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias InboundOut = HTTPServerRequestPart
    typealias OutboundIn = HTTPServerResponsePart
    typealias OutboundOut = HTTPServerResponsePart

    private struct Unanswered {
        /// Close the connection once this request is answered.
        var closeAfter: Bool
        var responseStarted = false
    }

    private let readTimeout: TimeAmount
    private let logger: Logger
    /// Requests read (their head at least) and not fully answered yet, oldest first.
    private var unanswered: [Unanswered] = []
    /// A request head was read and its body has not ended.
    private var readingBody = false
    private var readDeadline: Scheduled<Void>?
    /// The error to answer once the earlier responses are written.
    private var pending: APIError?
    /// The connection is being answered an error and closed: ignore the rest.
    private var failed = false

    init(readTimeout: TimeAmount, logger: Logger) {
        self.readTimeout = readTimeout
        self.logger = logger
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        guard !failed else { return }
        switch unwrapInboundIn(data) {
        case .head(let head):
            unanswered.append(Unanswered(closeAfter: !head.isKeepAlive || head.method == .CONNECT))
            readingBody = true
            readDeadline?.cancel()
            readDeadline = context.eventLoop.assumeIsolated().scheduleTask(in: readTimeout) { [self] in
                readTimedOut(context: context)
            }
        case .body:
            break
        case .end:
            readingBody = false
            readDeadline?.cancel()
            readDeadline = nil
        }
        context.fireChannelRead(data)
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        guard !unanswered.isEmpty else {
            context.write(data, promise: promise)
            return
        }
        switch unwrapOutboundIn(data) {
        case .head(var head):
            unanswered[0].responseStarted = true
            if unanswered[0].closeAfter {
                head.headers.replaceOrAdd(name: "Connection", value: "close")
                context.write(wrapOutboundOut(.head(head)), promise: promise)
            } else {
                context.write(data, promise: promise)
            }
        case .body:
            context.write(data, promise: promise)
        case .end:
            let answered = unanswered.removeFirst()
            if answered.closeAfter {
                let channel = context.channel
                context.writeAndFlush(data).whenComplete { _ in channel.close(promise: nil) }
                promise?.succeed()
            } else {
                context.write(data, promise: promise)
                if unanswered.isEmpty, let pending {
                    self.pending = nil
                    answer(pending, context: context)
                }
            }
        }
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        switch error {
        case let error as HTTPParserError where !failed:
            if readingBody {
                // The handler reading this body gets the error and answers it.
                failed = true
                context.fireErrorCaught(error)
            } else if !unanswered.isEmpty {
                failed = true
                pending = Self.apiError(for: error)
            } else {
                answer(Self.apiError(for: error), context: context)
            }
        case is HTTPParserError, is ByteToMessageDecoderError:
            // What the decoder reports after its first error (the bytes that followed it).
            break
        default:
            context.fireErrorCaught(error)
        }
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        readDeadline?.cancel()
    }

    func channelInactive(context: ChannelHandlerContext) {
        readDeadline?.cancel()
        context.fireChannelInactive()
    }

    /// Headers beyond the decoder's limits are a 431, anything else a 400.
    static func apiError(for error: HTTPParserError) -> APIError {
        error == .headerOverflow ? .headersTooLarge : .malformedRequest
    }

    /// The request being read took too long: a 408 when nothing was answered to it yet, else
    /// the connection is just closed.
    private func readTimedOut(context: ChannelHandlerContext) {
        readDeadline = nil
        guard readingBody, !failed else { return }
        if unanswered.count == 1, !unanswered[0].responseStarted {
            answer(.requestTimeout, context: context)
        } else {
            failed = true
            logger.info("a request body was still arriving after \(readTimeout.nanoseconds / 1_000_000) ms; connection closed")
            context.close(promise: nil)
        }
    }

    /// Writes `error` as a complete response that closes the connection, then closes it, and logs
    /// it (these never reach the router's request log).
    private func answer(_ error: APIError, context: ChannelHandlerContext) {
        failed = true
        logger.info("\(error.status.code) \(error.code): \(error.message); connection closed")
        readDeadline?.cancel()
        let body = (try? JSONResponse.encode(APIError.Body(error))) ?? Data()
        var headers = HTTPHeaders()
        headers.add(name: "Content-Type", value: JSONResponse.contentType)
        headers.add(name: "Content-Length", value: String(body.count))
        headers.add(name: "Connection", value: "close")
        for field in SecurityHeaders.fields {
            headers.add(name: field.name.canonicalName, value: field.value)
        }
        headers.add(name: "Content-Security-Policy", value: SecurityHeaders.contentSecurityPolicy)
        let status = HTTPResponseStatus(statusCode: error.status.code, reasonPhrase: error.status.reasonPhrase)
        context.write(wrapOutboundOut(.head(HTTPResponseHead(version: .http1_1, status: status, headers: headers))), promise: nil)
        context.write(wrapOutboundOut(.body(.byteBuffer(ByteBuffer(bytes: body)))), promise: nil)
        let channel = context.channel
        context.writeAndFlush(wrapOutboundOut(.end(nil))).whenComplete { _ in channel.close(promise: nil) }
    }
}
