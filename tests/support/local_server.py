"""Real HTTP(S) servers on 127.0.0.1 for tests: a handler class on an ephemeral port, with TLS
when given a way to load the server's certificate (e.g. a trustme leaf's ``configure_cert``)."""

from __future__ import annotations

import http.server
import ssl
import threading
from contextlib import contextmanager
from typing import Callable, Iterator
from urllib.parse import parse_qs

ServerClass = type[http.server.ThreadingHTTPServer]


@contextmanager
def local_server(handler: type[http.server.BaseHTTPRequestHandler],
                 tls: Callable[[ssl.SSLContext], None] | None = None,
                 server_class: ServerClass = http.server.ThreadingHTTPServer,
                 ) -> Iterator[http.server.ThreadingHTTPServer]:
    """Serve until the block ends; the port is ``server.server_address[1]``."""
    server = server_class(("127.0.0.1", 0), handler)
    if tls is not None:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        tls(context)
        server.socket = context.wrap_socket(server.socket, server_side=True)
    threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


class FormPostHandler(http.server.BaseHTTPRequestHandler):
    """Answers each form POST (as Withings' API gets them) with the JSON ``answer`` returns."""

    def answer(self, form: dict[str, str]) -> bytes:
        raise NotImplementedError

    def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
        length = int(self.headers.get("Content-Length") or 0)
        form = parse_qs(self.rfile.read(length).decode())
        body = self.answer({key: values[0] for key, values in form.items()})
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args) -> None:
        pass
