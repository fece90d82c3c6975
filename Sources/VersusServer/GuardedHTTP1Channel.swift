import Hummingbird
import HummingbirdCore
import Logging
import NIOCore
import NIOHTTP1

/// Hummingbird's HTTP/1 channel with ``RequestGuardHandler`` right after NIO's request
/// decoder, where Hummingbird's `additionalChannelHandlers` cannot go (they come after the
/// conversion to HTTPTypes, past the decoder's errors).
struct GuardedHTTP1Channel: ServerChildChannel {
    typealias Value = HTTP1Channel.Value
    let base: HTTP1Channel
    /// How long a request may take to arrive whole once its head is read.
    let requestReadTimeout: TimeAmount

    func setup(channel: any Channel, logger: Logger) -> EventLoopFuture<Value> {
        let readTimeout = requestReadTimeout
        return base.setup(channel: channel, logger: logger).flatMapThrowing { value in
            let pipeline = channel.pipeline.syncOperations
            let decoder = try pipeline.context(handlerType: ByteToMessageHandler<HTTPRequestDecoder>.self)
            try pipeline.addHandler(RequestGuardHandler(readTimeout: readTimeout, logger: logger), position: .after(decoder.handler))
            return value
        }
    }

    func handle(value: Value, logger: Logger) async {
        await base.handle(value: value, logger: logger)
    }
}

extension HTTPServerBuilder {
    /// `.http1(configuration:)` with ``RequestGuardHandler``: JSON answers to requests NIO
    /// cannot parse, a deadline for reading a request, connections closed after HTTP/1.0.
    static func guardedHTTP1(configuration: HTTP1Channel.Configuration, requestReadTimeout: TimeAmount) -> HTTPServerBuilder {
        HTTPServerBuilder { responder in
            GuardedHTTP1Channel(
                base: HTTP1Channel(responder: responder, configuration: configuration), requestReadTimeout: requestReadTimeout)
        }
    }
}
