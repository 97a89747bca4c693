"""A small TCP proxy for fault tests: per connection it passes traffic through, drops the
connection, truncates the answer, loses the answer after the server has handled the
request, or delays it — chosen at random from a seeded generator."""

from __future__ import annotations

import contextlib
import random
import socket
import threading
import time
from collections import Counter

FAULTS = ("ok", "drop", "truncate", "lose_answer", "delay")


class FaultProxy:
    def __init__(self, target_port: int, seed: int,
                 weights: tuple[float, ...] = (0.3, 0.15, 0.15, 0.15, 0.25)) -> None:
        self.target_port = target_port
        self.rng = random.Random(seed)
        self.weights = weights
        self.counts: Counter[str] = Counter()
        self._lock = threading.Lock()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self._stopped = threading.Event()
        threading.Thread(target=self._accept, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def stop(self) -> None:
        self._stopped.set()
        self._listener.close()

    def _accept(self) -> None:
        while not self._stopped.is_set():
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            with self._lock:
                fault = self.rng.choices(FAULTS, self.weights)[0]
                limit = self.rng.randint(1, 4000)
                self.counts[fault] += 1
            threading.Thread(target=self._serve, args=(client, fault, limit),
                             daemon=True).start()

    def _serve(self, client: socket.socket, fault: str, limit: int) -> None:
        if fault == "drop":
            client.close()
            return
        try:
            upstream = socket.create_connection(("127.0.0.1", self.target_port))
        except OSError:
            client.close()
            return
        threading.Thread(target=self._pump, args=(client, upstream, None, 0.0, False),
                         daemon=True).start()
        delay = 0.2 if fault == "delay" else 0.0
        self._pump(upstream, client, limit if fault == "truncate" else None, delay,
                   fault == "lose_answer")

    @staticmethod
    def _pump(source: socket.socket, sink: socket.socket, limit: int | None, delay: float,
              swallow: bool) -> None:
        sent = 0
        try:
            while True:
                data = source.recv(65536)
                if not data:
                    break
                if swallow:  # the server answered; the answer never arrives
                    break
                if delay:
                    time.sleep(delay)
                if limit is not None and sent + len(data) >= limit:
                    sink.sendall(data[:max(limit - sent, 0)])
                    break
                sink.sendall(data)
                sent += len(data)
        except OSError:
            pass
        finally:
            for sock in (source, sink):
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
                sock.close()
