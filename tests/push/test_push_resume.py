"""A push that stops part-way names the graphs it replaced and resumes with only what is left; the
reference graph goes last and is merged, never replaced by a partial one."""

from __future__ import annotations

import shutil
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest

from kg.graph.iris import REFERENCE_GRAPH
from kg.push import PushFailed, run_push
from kg.store import open_source

MINI = Path(__file__).resolve().parents[1] / "fixtures" / "linked" / "mini.trig"


class _Remote(BaseHTTPRequestHandler):
    """A Graph Store endpoint that records requests and fails the request numbered ``fail_at``."""

    log: list[tuple[str, str]] = []
    fail_at: int | None = None

    def _handle(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        graph = parse_qs(urlparse(self.path).query).get("graph", ["default graph"])[0]
        if self.fail_at is not None and len(self.log) + 1 == self.fail_at:
            type(self).fail_at = None
            self.send_response(500)
            self.end_headers()
            self.wfile.write(b"disk full")
            return
        self.log.append((self.command, graph))
        self.send_response(204)
        self.end_headers()

    do_PUT = do_POST = _handle

    def log_message(self, *args) -> None:
        pass


@pytest.fixture()
def remote():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Remote)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    _Remote.log = []
    yield f"http://127.0.0.1:{server.server_address[1]}/store"
    server.shutdown()
    server.server_close()


def test_a_push_stopped_part_way_names_what_it_replaced_and_resumes(remote, tmp_path):
    graph = tmp_path / "mini.trig"
    shutil.copy(MINI, graph)
    graphs = sorted(g.value for g in open_source(graph).named_graphs())
    assert str(REFERENCE_GRAPH) in graphs and len(graphs) >= 3
    _Remote.fail_at = 2
    with pytest.raises(PushFailed) as failure:
        run_push(graph, remote, graph_iri=None)
    first = _Remote.log[0][1]
    assert f"1 graph(s) sent before it: {first};" in str(failure.value) and "HTTP 500" in str(failure.value)
    sent = run_push(graph, remote, graph_iri=None, changed_only=True)
    assert first not in sent and sorted([first, *sent]) == graphs
    assert _Remote.log[-1] == ("POST", str(REFERENCE_GRAPH))  # last, merged
    assert all(method == "PUT" for method, name in _Remote.log if name != str(REFERENCE_GRAPH))
    assert run_push(graph, remote, graph_iri=None, changed_only=True) == []  # nothing changed since


def test_the_reference_graph_can_be_replaced_when_asked(remote, tmp_path):
    graph = tmp_path / "mini.trig"
    shutil.copy(MINI, graph)
    run_push(graph, remote, graph_iri=None, replace_reference=True)
    assert ("PUT", str(REFERENCE_GRAPH)) in _Remote.log
