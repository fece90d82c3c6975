import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A plain TCP connection to a server on loopback that sends any bytes — malformed requests,
/// pipelined ones, headers a byte at a time — and reads whatever comes back.
///
/// Blocking socket calls run on threads of their own: never on Swift's cooperative pool, which
/// the in-process server under test needs to answer, nor on Dispatch's global queue, which on
/// Linux is only as wide as the machine has cores. Every read has a deadline, so a test cannot hang.
final class RawConnection: @unchecked Sendable {
    private let socket: Int32
    private let lock = NSLock()
    private var closed = false

    struct ConnectFailed: Error, CustomStringConvertible {
        var errno: Int32
        var description: String { "connect failed: \(String(cString: strerror(errno)))" }
    }

    private init(socket: Int32) { self.socket = socket }

    /// Connects to 127.0.0.1:`port`.
    static func open(port: Int) async throws -> RawConnection {
        try await offThread { try openBlocking(port: port) }
    }

    /// A slow client, all on one thread of its own: connects to 127.0.0.1:`port`, sends `head`,
    /// then one byte of `trickle` every `interval` until a send fails (the server has closed the
    /// connection; the first send after it may still pass) or `limit` passes. On Swift's
    /// cooperative pool the trickle would stall whenever other tests hold it, and the server
    /// under test would close the connection before a second byte.
    ///
    /// Returns the connection, the trickle's bytes sent and whether a send failed.
    static func trickling(
        port: Int, head: String, _ trickle: String, every interval: Duration, limit: Duration
    ) async throws -> (connection: RawConnection, sent: Int, sendFailed: Bool) {
        let bytes = Array(trickle.utf8)
        let pause = Double(interval.components.seconds) + Double(interval.components.attoseconds) / 1e18
        return try await offThread {
            let connection = try openBlocking(port: port)
            guard connection.send(head) else { return (connection, 0, true) }
            let started = ContinuousClock.now
            var sent = 0
            while ContinuousClock.now - started < limit {
                guard connection.send([bytes[sent % bytes.count]]) else { return (connection, sent, true) }
                sent += 1
                Thread.sleep(forTimeInterval: pause)
            }
            return (connection, sent, false)
        }
    }

    private static func openBlocking(port: Int) throws -> RawConnection {
        #if canImport(Glibc)
        let fd = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let fd = Darwin.socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard fd >= 0 else { throw ConnectFailed(errno: errno) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard result == 0 else {
            let error = errno
            closeSocket(fd)
            throw ConnectFailed(errno: error)
        }
        return RawConnection(socket: fd)
    }

    /// Sends all of `bytes`; false when the server has closed the connection (or reset it).
    @discardableResult
    func send(_ bytes: [UInt8]) -> Bool {
        var sent = 0
        while sent < bytes.count {
            let count = bytes[sent...].withUnsafeBytes { buffer in
                #if canImport(Glibc)
                Glibc.send(socket, buffer.baseAddress, buffer.count, Int32(MSG_NOSIGNAL))
                #else
                Darwin.send(socket, buffer.baseAddress, buffer.count, 0)
                #endif
            }
            guard count > 0 else { return false }
            sent += count
        }
        return true
    }

    @discardableResult
    func send(_ text: String) -> Bool { send(Array(text.utf8)) }

    /// What the server sent until it closed the connection, or until `timeout`; `closed` says
    /// which. Reads stop early once `enough` is true of the bytes so far.
    func receive(timeout: Duration, until enough: @escaping @Sendable ([UInt8]) -> Bool = { _ in false }) async -> (
        bytes: [UInt8], closed: Bool
    ) {
        let socket = self.socket
        return await Self.offThread {
            let deadline = ContinuousClock.now + timeout
            var received: [UInt8] = []
            var buffer = [UInt8](repeating: 0, count: 65_536)
            while true {
                if enough(received) { return (received, false) }
                let left = deadline - ContinuousClock.now
                guard left > .zero else { return (received, false) }
                var poller = pollfd(fd: socket, events: Int16(POLLIN), revents: 0)
                let milliseconds = Int32(min(left / .milliseconds(1), 1_000) + 1)
                let ready = poll(&poller, 1, milliseconds)
                if ready < 0 && errno != EINTR { return (received, true) }
                guard ready > 0 else { continue }
                let count = buffer.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
                if count <= 0 { return (received, true) }  // EOF, or reset
                received += buffer[0..<count]
            }
        }
    }

    /// The next `count` responses (fewer if the connection closes or `timeout` passes first),
    /// and whether the server closed the connection after them.
    func responses(_ count: Int, timeout: Duration = .seconds(30)) async -> (responses: [RawResponse], closed: Bool) {
        let (bytes, closed) = await receive(timeout: timeout) { RawResponse.parseAll($0).count >= count }
        return (RawResponse.parseAll(bytes), closed)
    }

    /// Whether the server closes the connection within `timeout` (reading and dropping anything sent).
    func closedByServer(within timeout: Duration) async -> Bool {
        await receive(timeout: timeout).closed
    }

    func close() {
        lock.withLock {
            guard !closed else { return }
            closed = true
            closeSocket(socket)
        }
    }

    deinit { close() }

    private static func offThread<Value: Sendable>(_ work: @escaping @Sendable () throws -> Value) async throws -> Value {
        try await withCheckedThrowingContinuation { continuation in
            Thread { continuation.resume(with: Result { try work() }) }.start()
        }
    }

    private static func offThread<Value: Sendable>(_ work: @escaping @Sendable () -> Value) async -> Value {
        await withCheckedContinuation { continuation in
            Thread { continuation.resume(returning: work()) }.start()
        }
    }
}

/// One HTTP/1.x response as read off the wire.
struct RawResponse: Sendable, CustomStringConvertible {
    var version: String
    var status: Int
    /// Names lowercased, in order.
    var headers: [(name: String, value: String)]
    var body: [UInt8]

    func header(_ name: String) -> String? {
        headers.first { $0.name == name.lowercased() }?.value
    }

    var text: String { String(decoding: body, as: UTF8.self) }

    var description: String { "\(version) \(status) \(text.prefix(200))" }

    /// The complete responses at the start of `bytes` (bodies framed by Content-Length; none is
    /// chunked here). A response to HEAD would be misread: the tests send HEAD last or alone.
    static func parseAll(_ bytes: [UInt8], headRequests: Bool = false) -> [RawResponse] {
        var responses: [RawResponse] = []
        var start = 0
        let separator: [UInt8] = [13, 10, 13, 10]
        while start < bytes.count {
            guard let end = bytes[start...].firstRange(of: separator)?.lowerBound else { break }
            let head = String(decoding: bytes[start..<end], as: UTF8.self)
            var lines = head.components(separatedBy: "\r\n")
            let statusLine = lines.removeFirst().split(separator: " ", maxSplits: 2)
            guard statusLine.count >= 2, let status = Int(statusLine[1]) else { break }
            let headers = lines.compactMap { line -> (String, String)? in
                guard let colon = line.firstIndex(of: ":") else { return nil }
                return (line[..<colon].lowercased(), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
            }
            let length = headRequests ? 0 : headers.first { $0.0 == "content-length" }.flatMap { Int($0.1) } ?? 0
            let bodyStart = end + separator.count
            guard bytes.count >= bodyStart + length else { break }
            responses.append(
                RawResponse(
                    version: String(statusLine[0]), status: status, headers: headers,
                    body: Array(bytes[bodyStart..<bodyStart + length])))
            start = bodyStart + length
        }
        return responses
    }
}

private func closeSocket(_ socket: Int32) {
    #if canImport(Glibc)
    _ = Glibc.close(socket)
    #else
    _ = Darwin.close(socket)
    #endif
}
