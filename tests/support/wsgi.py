"""The Flask app behind a real HTTP server on loopback, for tests that need one in-process."""
import threading

from werkzeug.serving import make_server


class ThreadedWsgiServer:
    """The Flask app behind a real HTTP server on loopback, in a thread of the test process."""

    def __init__(self, app, port: int):
        self._server = make_server("127.0.0.1", port, app, threaded=True)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._server.shutdown()
