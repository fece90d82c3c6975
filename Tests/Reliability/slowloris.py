#!/usr/bin/env python3
"""Slow clients against `versus serve`, with a normal client measuring the service meanwhile.

Keeps CONNECTIONS connections open that send a request a byte at a time, one byte every
INTERVAL seconds (and reopens the ones the server closes, as an attacker would):

  headers  the request head: "GET /search?q=udp HTTP/1.1", then header lines byte by byte,
           never the blank line that ends the head (classic slowloris);
  body     a complete head announcing a 60,000-byte body, then the body byte by byte
           (slow POST / R.U.D.Y.).

Meanwhile a probe opens a new connection every 0.25 s for GET /search and times the answer.
Prints how long the server kept the slow connections open and the probe's latencies; exits 1
when a probe failed or took longer than --max-probe-seconds, or when a slow connection was
kept open longer than --max-hold-seconds. Standard library only.

  python3 Tests/Reliability/slowloris.py --port 8080 --connections 1000 --duration 60
"""

import argparse
import errno
import http.client
import random
import socket
import statistics
import sys
import threading
import time


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--connections", type=int, default=1000)
    parser.add_argument("--interval", type=float, default=3.0, help="seconds between a slow client's bytes")
    parser.add_argument("--duration", type=float, default=60.0)
    parser.add_argument("--mode", choices=["headers", "body"], default="headers")
    parser.add_argument("--max-probe-seconds", type=float, default=2.0)
    parser.add_argument("--max-hold-seconds", type=float, required=True,
                        help="the longest the server may keep a slow connection (its deadline plus slack)")
    return parser.parse_args()


class SlowClient:
    """One slow connection: its socket, when it opened, and the bytes it has left to send."""

    def __init__(self, host, port, mode, number):
        self.opened = time.monotonic()
        self.socket = socket.create_connection((host, port), timeout=5)
        self.socket.setblocking(False)
        if mode == "headers":
            self.socket.sendall(b"GET /search?q=udp HTTP/1.1\r\nHost: 127.0.0.1\r\n")
            # Header lines forever (a new one whenever one is sent), never the blank line.
            self.pending = b"".join(b"X-Slow-%d-%d: a\r\n" % (number, i) for i in range(1000))
        else:
            self.socket.sendall(b"GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 60000\r\n\r\n")
            self.pending = b"x" * 60000
        self.next_send = self.opened + random.uniform(0, 1)

    def closed_by_server(self):
        """True when the server has closed the connection (or answered and closed it)."""
        try:
            data = self.socket.recv(65536)
            return data == b"" or self._answered(data)
        except BlockingIOError:
            return False
        except OSError:
            return True

    def _answered(self, data):
        # An answer (e.g. a 408 or 400) counts as the server giving up on us; keep reading to EOF.
        return data.startswith(b"HTTP/")

    def trickle(self, interval):
        """Sends the next byte when due; False when the connection is gone."""
        now = time.monotonic()
        if now < self.next_send:
            return True
        self.next_send = now + interval
        try:
            self.socket.send(self.pending[:1])
            self.pending = self.pending[1:]
            return True
        except BlockingIOError:
            return True
        except OSError:
            return False

    def close(self):
        try:
            self.socket.close()
        except OSError:
            pass


def probe(host, port, stop, results):
    """A normal client: a new connection every 0.25 s, one search, its latency (or its error)."""
    while not stop.is_set():
        started = time.monotonic()
        try:
            connection = http.client.HTTPConnection(host, port, timeout=30)
            connection.request("GET", "/search?q=is+udp+reliable&limit=3")
            response = connection.getresponse()
            response.read()
            connection.close()
            results.append((time.monotonic() - started, response.status))
        except OSError as error:
            results.append((time.monotonic() - started, f"{type(error).__name__}: {error}"))
        stop.wait(0.25)


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))] if ordered else float("nan")


def main():
    arguments = parse_arguments()
    random.seed(1)
    start = time.monotonic()
    clients, held, connect_errors, number = [], [], {}, 0

    def open_clients():
        nonlocal number
        while len(clients) < arguments.connections:
            number += 1
            try:
                clients.append(SlowClient(arguments.host, arguments.port, arguments.mode, number))
            except OSError as error:
                name = errno.errorcode.get(error.errno, type(error).__name__)
                connect_errors[name] = connect_errors.get(name, 0) + 1
                return

    open_clients()
    print(f"{len(clients)} slow connections ({arguments.mode}) open after {time.monotonic() - start:.1f} s", flush=True)

    stop = threading.Event()
    probes = []
    prober = threading.Thread(target=probe, args=(arguments.host, arguments.port, stop, probes), daemon=True)
    prober.start()

    peak = len(clients)
    while time.monotonic() - start < arguments.duration:
        alive = []
        for client in clients:
            if client.closed_by_server() or not client.trickle(arguments.interval):
                held.append(time.monotonic() - client.opened)
                client.close()
            else:
                alive.append(client)
        clients[:] = alive
        open_clients()  # reopen what the server closed, as an attacker would
        peak = max(peak, len(clients))
        time.sleep(0.05)

    stop.set()
    prober.join()
    still_open = [time.monotonic() - client.opened for client in clients]
    for client in clients:
        client.close()

    latencies = [seconds for seconds, status in probes if status == 200]
    failures = [(seconds, status) for seconds, status in probes if status != 200]
    longest_open = max(held + still_open) if held or still_open else 0.0
    print(f"slow connections: {number} opened in all ({arguments.connections} at a time, peak {peak}), "
          f"connect errors {connect_errors or 'none'}")
    if held:
        print(f"closed by the server: {len(held)}, after {min(held):.1f} s min, "
              f"{statistics.median(held):.1f} s median, {max(held):.1f} s max")
    else:
        print("closed by the server: none")
    print(f"still open at the end: {len(still_open)} (the oldest {max(still_open, default=0):.1f} s)")
    print(f"probe: {len(probes)} searches, {len(failures)} failed, latency p50 {percentile(latencies, 0.5) * 1000:.1f} ms, "
          f"p99 {percentile(latencies, 0.99) * 1000:.1f} ms, max {max(latencies, default=float('nan')) * 1000:.1f} ms")
    for seconds, status in failures[:5]:
        print(f"  failed after {seconds:.2f} s: {status}")

    ok = (probes and not failures and max(latencies) <= arguments.max_probe_seconds
          and longest_open <= arguments.max_hold_seconds)
    print("PASSED" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
